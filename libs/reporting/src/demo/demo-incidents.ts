import { ReportIncidentCommand } from '../../../incidents/src/commands/report-incident.handler';
import { ReportIncidentRequest } from '../../../incidents/src/http/incident.dto';
import type { Mission } from '../../../shared-kernel/src';
import { incidentStreamId } from '../../../incidents/src/incident.events';
import { baghdad, demoId, FICTIONAL, later, seededRandom, type DemoStep } from './demo-step';

/*
 * The fictional 2024 incident log of the Force Protection company at Camp Union III: indirect fire and drone
 * alerts in the first months, demonstrations in spring and autumn, a summer of heat illness, and two uses of force.
 */

const CAMP = { name: 'Camp Union III, Baghdad', lat: 33.3026, lon: 44.3949 };
const ROUTE_IRISH = { name: 'Route Irish, Baghdad' };
const TAHRIR = { name: 'Checkpoint near Tahrir Square, Baghdad', lat: 33.3333, lon: 44.4167 };

type Facts = { category: string; mission: Mission; location: object; summary: string; severity: number; details: Record<string, unknown> };

function incident(key: string, date: string, time: string, facts: Facts): DemoStep {
  const id = demoId('incident', key);
  const occurredAt = baghdad(date, time);
  return {
    key: `incident/${key}`,
    role: 'operations',
    at: later(occurredAt, 40),
    request: ReportIncidentRequest,
    body: { id, occurredAt, ...facts, summary: `${FICTIONAL} ${facts.summary}` },
    command: (body: ReportIncidentRequest, context) => new ReportIncidentCommand(id, body, context),
    reactions: incidentStreamId(id),
  };
}

/** Rocket or drone alerts: [date, time, rounds or drones, intercepted]. */
const INDIRECT_FIRE: Array<[string, string, number, number]> = [
  ['2024-01-12', '21:40', 3, 2], ['2024-01-29', '02:15', 2, 2], ['2024-02-03', '22:05', 4, 3], ['2024-03-09', '23:50', 1, 1],
  ['2024-04-21', '01:30', 2, 1], ['2024-06-14', '20:10', 3, 3], ['2024-08-06', '03:05', 2, 2], ['2024-10-02', '22:45', 1, 0],
];
const DRONES: Array<[string, string, number, number]> = [
  ['2024-01-18', '04:20', 2, 2], ['2024-01-23', '23:10', 1, 1], ['2024-02-01', '05:40', 3, 2], ['2024-02-04', '23:30', 1, 1],
  ['2024-02-05', '01:30', 1, 1], ['2024-05-11', '02:50', 1, 1], ['2024-07-19', '03:35', 2, 2], ['2024-11-08', '21:55', 1, 1],
];
const DEMONSTRATIONS: Array<[string, string, number, boolean]> = [
  ['2024-02-16', '13:00', 1500, false], ['2024-03-29', '12:30', 3000, true], ['2024-04-12', '14:00', 800, false],
  ['2024-05-24', '13:15', 2500, false], ['2024-08-22', '16:30', 4000, true], ['2024-10-01', '11:00', 6000, true],
  ['2024-10-25', '12:00', 1200, false], ['2024-11-29', '13:30', 900, false],
];

function alerts(): DemoStep[] {
  const steps: DemoStep[] = [];
  for (const [date, time, rounds, intercepted] of INDIRECT_FIRE) {
    const summary = `${rounds} rocket(s) launched towards the Green Zone; the C-RAM engaged ${intercepted}. No Dutch personnel hurt; shelter drill completed.`;
    const details = { munition: 'ROCKET', rounds, intercepted };
    steps.push(incident(`if-${date}`, date, time, { category: 'INDIRECT_FIRE', mission: 'NMI', location: CAMP, summary, severity: rounds - intercepted > 0 ? 3 : 2, details }));
  }
  for (const [date, time, drones, intercepted] of DRONES) {
    const summary = `Alert for ${drones} one-way attack drone(s) approaching Camp Union III; ${intercepted} shot down by air defence. Personnel in shelters for 40 minutes.`;
    steps.push(incident(`drone-${date}-${time}`, date, time, { category: 'ARMED_DRONE', mission: 'NMI', location: CAMP, summary, severity: 3, details: { drones, intercepted } }));
  }
  for (const [date, time, crowdEstimate, violent] of DEMONSTRATIONS) {
    const summary = violent
      ? `Demonstration of about ${crowdEstimate} people turned violent; Iraqi police used tear gas. Escort routes changed for the day.`
      : `Peaceful demonstration of about ${crowdEstimate} people; adviser movements rerouted around Tahrir Square.`;
    steps.push(incident(`unrest-${date}`, date, time, { category: 'CIVIL_UNREST', mission: 'NMI', location: TAHRIR, summary, severity: violent ? 3 : 1, details: { crowdEstimate, violent } }));
  }
  return steps;
}

/** A summer of heat illness: mostly heat exhaustion, one heat stroke, more among the newly arrived in June. */
function heatIllness(): DemoStep[] {
  const random = seededRandom(2024);
  const days = ['06-05', '06-13', '06-21', '06-27', '07-03', '07-09', '07-16', '07-24', '07-30', '08-08', '08-14', '08-20', '08-29', '09-10'];
  return days.map((day, index) => {
    const wbgtCelsius = Math.round((29 + random() * 6.5) * 10) / 10;
    const casualties = 1 + Math.floor(random() * 3);
    const stroke = day === '07-24';
    const acclimatised = !day.startsWith('06');
    const summary = `${casualties} soldier(s) treated for heat ${stroke ? 'stroke (evacuated to the US role 2 facility)' : 'exhaustion'} during ${index % 2 ? 'an escort' : 'physical training'}, WBGT ${wbgtCelsius} °C.`;
    const details = { casualties, severity: stroke ? 'HEAT_STROKE' : 'HEAT_EXHAUSTION', wbgtCelsius, acclimatised };
    return incident(`heat-2024-${day}`, `2024-${day}`, index % 2 ? '14:20' : '11:45', { category: 'HEAT_ILLNESS', mission: 'NMI', location: CAMP, summary, severity: stroke ? 4 : 2, details });
  });
}

const WARNING_SHOTS_KEY = 'uof-2024-04-17';
export const AIMED_FIRE_KEY = 'uof-2024-08-22';

function usesOfForce(): DemoStep[] {
  return [
    incident(WARNING_SHOTS_KEY, '2024-04-17', '10:20', {
      category: 'USE_OF_FORCE', mission: 'NMI', location: ROUTE_IRISH, severity: 2,
      summary: 'A car closed in on the escorted convoy at speed and ignored hand signals and a flare; two warning shots were fired into the verge, after which it stopped. Iraqi police took over.',
      details: { basis: 'DEFENCE_OF_ESCORTED_PERSONNEL', escalation: 'WARNING_SHOTS', roundsFired: 2, casualtiesObserved: false, publicSummary: `${FICTIONAL} During an escort a vehicle approached the convoy at speed and ignored warnings; two warning shots were fired. Nobody was hurt.` },
    }),
    incident(AIMED_FIRE_KEY, '2024-08-22', '17:45', {
      category: 'USE_OF_FORCE', mission: 'NMI', location: TAHRIR, severity: 4,
      summary: 'During a violent demonstration an armed man opened fire at the escort team covering a stranded adviser vehicle; the team returned three aimed shots. Two bystanders were seen falling.',
      details: { basis: 'SELF_DEFENCE', escalation: 'AIMED_FIRE', roundsFired: 3, casualtiesObserved: true, publicSummary: `${FICTIONAL} During a violent demonstration an armed man fired at an escort team, which fired back in self-defence. Possible civilian casualties are being reviewed.` },
    }),
  ];
}

function others(): DemoStep[] {
  return [
    incident('cyber-2024-03-05', '2024-03-05', '09:10', { category: 'CYBER_ESPIONAGE', mission: 'NMI', location: CAMP, severity: 2, summary: 'Targeted phishing e-mails to advisers, posing as an Iraqi ministry; reported and blocked, no accounts compromised.', details: { notes: 'Reported to the CERT' } }),
    incident('cyber-2024-09-18', '2024-09-18', '15:30', { category: 'CYBER_ESPIONAGE', mission: 'OIR', location: CAMP, severity: 2, summary: 'Unknown drone filmed the accommodation area; personal phones of staff received tracking messages.', details: {} }),
    incident('direct-2024-06-30', '2024-06-30', '22:15', { category: 'DIRECT_FIRE', mission: 'NMI', location: ROUTE_IRISH, severity: 2, summary: 'Celebratory gunfire close to the route during a wedding; no rounds hit the convoy.', details: {} }),
    incident('other-2024-07-12', '2024-07-12', '06:00', { category: 'OTHER', mission: 'EUAM', location: { name: 'EUAM compound, Baghdad' }, severity: 1, summary: 'Power failure in the accommodation blocks; air conditioning out for six hours during a heat wave.', details: {} }),
  ];
}

export function demoIncidents(): DemoStep[] {
  return [...alerts(), ...heatIllness(), ...usesOfForce(), ...others()];
}
