import type { IncidentCategory } from '../../api/types';

/** One field of an incident's `details`, as the form shows it (SPEC 3.1 table). */
export type DetailField =
  | { name: string; label: string; kind: 'number'; min?: number; max?: number; step?: number; optional?: boolean; hint?: string }
  | { name: string; label: string; kind: 'select'; options: string[] }
  | { name: string; label: string; kind: 'yes-no'; hint?: string }
  | { name: string; label: string; kind: 'text'; maxLength: number; optional?: boolean; hint?: string };

const NOTES: DetailField[] = [{ name: 'notes', label: 'Notes', kind: 'text', maxLength: 4000, optional: true }];

export const DETAIL_FIELDS: Record<IncidentCategory, DetailField[]> = {
  INDIRECT_FIRE: [
    { name: 'munition', label: 'Munition', kind: 'select', options: ['ROCKET', 'MORTAR', 'UNKNOWN'] },
    { name: 'rounds', label: 'Rounds', kind: 'number', min: 1 },
    { name: 'intercepted', label: 'Intercepted', kind: 'number', min: 0, hint: 'Between 0 and the number of rounds.' },
  ],
  ARMED_DRONE: [
    { name: 'drones', label: 'Drones', kind: 'number', min: 1 },
    { name: 'intercepted', label: 'Intercepted', kind: 'number', min: 0, hint: 'Between 0 and the number of drones.' },
  ],
  CIVIL_UNREST: [
    { name: 'crowdEstimate', label: 'Crowd estimate', kind: 'number', min: 0 },
    { name: 'violent', label: 'Did it turn violent?', kind: 'yes-no' },
  ],
  HEAT_ILLNESS: [
    { name: 'casualties', label: 'Casualties', kind: 'number', min: 1 },
    { name: 'severity', label: 'Heat illness', kind: 'select', options: ['HEAT_EXHAUSTION', 'HEAT_STROKE'] },
    { name: 'wbgtCelsius', label: 'WBGT (°C)', kind: 'number', min: 10, max: 45, step: 0.1, optional: true, hint: 'Wet-bulb globe temperature, 10–45.' },
    { name: 'acclimatised', label: 'Had the casualties completed acclimatisation?', kind: 'yes-no' },
  ],
  USE_OF_FORCE: [
    { name: 'basis', label: 'Legal basis', kind: 'select', options: ['SELF_DEFENCE', 'DEFENCE_OF_ESCORTED_PERSONNEL', 'OTHER'] },
    { name: 'escalation', label: 'Highest escalation', kind: 'select', options: ['WARNING', 'WARNING_SHOTS', 'AIMED_FIRE'] },
    { name: 'roundsFired', label: 'Rounds fired', kind: 'number', min: 0 },
    {
      name: 'casualtiesObserved',
      label: 'Were casualties observed?',
      kind: 'yes-no',
      hint: 'Yes opens a CIVCAS review for the legal advisers automatically.',
    },
    {
      name: 'publicSummary',
      label: 'Public summary',
      kind: 'text',
      maxLength: 1000,
      hint: 'Published in the weekly overview. No names, unit details or exact grid references.',
    },
  ],
  DIRECT_FIRE: NOTES,
  CYBER_ESPIONAGE: NOTES,
  OTHER: NOTES,
};

/** The `details` object the API expects, from the form's text values; blanks are left out so the server names them. */
export function detailsPayload(category: IncidentCategory, values: Record<string, string>): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS[category]) {
    const raw = (values[`details.${field.name}`] ?? '').trim();
    if (raw === '') continue;
    if (field.kind === 'number') details[field.name] = Number(raw);
    else if (field.kind === 'yes-no') details[field.name] = raw === 'true';
    else details[field.name] = raw;
  }
  return details;
}
