/** Shapes of the register's API (SPEC section 4), as far as the pages rely on them. */
export const ROLES = ['operations', 'legal', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const MISSIONS = ['NMI', 'OIR', 'EUAM', 'MOPA'] as const;
export type Mission = (typeof MISSIONS)[number];

export const INCIDENT_CATEGORIES = [
  'INDIRECT_FIRE',
  'ARMED_DRONE',
  'DIRECT_FIRE',
  'CIVIL_UNREST',
  'HEAT_ILLNESS',
  'CYBER_ESPIONAGE',
  'USE_OF_FORCE',
  'OTHER',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const RISK_CATEGORIES = [...INCIDENT_CATEGORIES, 'CIVILIAN_CASUALTIES', 'MEDICAL', 'INFRASTRUCTURE', 'OPERATIONAL_READINESS'] as const;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CommandResult {
  id: string;
  revision: number | string;
  position: number | string;
}

export interface Location {
  name: string;
  lat?: number;
  lon?: number;
}

export interface IssuedToken {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  role: Role;
}

export interface Incident {
  id: string;
  status: 'REPORTED' | 'CLOSED';
  revision: number;
  category: IncidentCategory;
  mission: Mission;
  occurredAt: string;
  location: Location;
  summary: string;
  severity: number;
  details: Record<string, unknown>;
  reportedAt: string;
  closedAt: string | null;
}

export interface HistoryEntry {
  revision: number;
  type: string;
  at: string;
  userId: string;
  role: string;
  reason: string | null;
  changes: Record<string, unknown> | null;
}

export type IncidentDetail = Incident & { history: HistoryEntry[] };
