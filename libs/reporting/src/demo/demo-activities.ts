import { LogAdviserEngagementCommand } from '../../../activities/src/commands/log-adviser-engagement.handler';
import { LogMovementCommand } from '../../../activities/src/commands/log-movement.handler';
import { LogAdviserEngagementRequest, LogMovementRequest } from '../../../activities/src/http/activity.dto';
import type { Mission } from '../../../shared-kernel/src';
import { daysOf, demoId, FICTIONAL, later, seededRandom, type DemoStep } from './demo-step';

/** The output indicators of the letter: daily escort movements and advisers' engagements with Iraqi counterparts. */

const DESTINATIONS = ['Ministry of Defence', 'Joint Operations Command', 'Ministry of Interior', 'NMI headquarters', 'Baghdad International Airport'];
const COUNTERPARTS = ['Iraqi Joint Operations Command', 'Ministry of Defence, directorate of training', 'Iraqi Army Institute of Leadership', 'Ministry of Interior, directorate of planning'];
const TOPICS = ['Force protection planning', 'Leadership development curriculum', 'Logistics and maintenance', 'Civil-military cooperation'];

function movement(date: string, time: string, mission: Mission, destination: string, advisersEscorted: number): DemoStep {
  const id = demoId('movement', date, time);
  const occurredAt = `${date}T${time}:00+03:00`;
  return {
    key: `movement/${date}/${time}`,
    role: 'operations',
    at: later(occurredAt, 240),
    request: LogMovementRequest,
    body: { id, occurredAt, mission, destination: `${FICTIONAL} ${destination}, Baghdad`, advisersEscorted },
    command: (body: LogMovementRequest, context) => new LogMovementCommand(id, body, context),
  };
}

function engagement(date: string, index: number): DemoStep {
  const id = demoId('engagement', date);
  const occurredAt = `${date}T10:30:00+03:00`;
  const mission: Mission = index % 7 === 3 ? 'EUAM' : 'NMI';
  return {
    key: `engagement/${date}`,
    role: 'operations',
    at: later(occurredAt, 180),
    request: LogAdviserEngagementRequest,
    body: { id, occurredAt, mission, counterpart: `${FICTIONAL} ${COUNTERPARTS[index % COUNTERPARTS.length]}`, topic: `${FICTIONAL} ${TOPICS[index % TOPICS.length]}` },
    command: (body: LogAdviserEngagementRequest, context) => new LogAdviserEngagementCommand(id, body, context),
  };
}

/** From the first full week of the deployment to the last: a movement each working day, two on Tuesdays and Thursdays. */
export function demoActivities(): DemoStep[] {
  const random = seededRandom(145);
  const steps: DemoStep[] = [];
  for (const [index, day] of daysOf('2024-01-08', '2024-12-20').entries()) {
    if (day.weekday === 5) continue; // Friday: no advisory work
    const date = day.toISODate()!;
    const mission: Mission = index % 11 === 0 ? 'EUAM' : index % 13 === 0 ? 'OIR' : 'NMI';
    steps.push(movement(date, '07:30', mission, DESTINATIONS[index % DESTINATIONS.length], 1 + Math.floor(random() * 4)));
    if (day.weekday === 2 || day.weekday === 4) steps.push(movement(date, '13:00', 'NMI', DESTINATIONS[(index + 2) % DESTINATIONS.length], 1 + Math.floor(random() * 2)));
    if (day.weekday === 1 || day.weekday === 3 || day.weekday === 4) steps.push(engagement(date, index));
  }
  return steps;
}
