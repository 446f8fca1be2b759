import type { Role } from './types';

const READERS: Role[] = ['operations', 'legal', 'manager'];

/** What each role may do (SPEC section 2 and 4); pages show a control only when the role may use it. */
export const may = {
  logIncident: (role: Role) => role === 'operations',
  readIncidents: (role: Role) => READERS.includes(role),
  amendIncident: (role: Role) => role === 'operations',
  readCasualtyReviews: (role: Role) => READERS.includes(role),
  reportCasualty: (role: Role) => role === 'operations' || role === 'legal',
  decideCasualtyReview: (role: Role) => role === 'legal',
  readNotifications: (role: Role) => role === 'legal' || role === 'manager',
  draftNotification: (role: Role) => role === 'legal',
  approveNotification: (role: Role) => role === 'manager',
  dispatchNotification: (role: Role) => role === 'legal' || role === 'manager',
  readRisks: (role: Role) => READERS.includes(role),
  manageRisks: (role: Role) => role === 'operations' || role === 'manager',
  readOverviews: (role: Role) => READERS.includes(role),
  publishOverview: (role: Role) => role === 'manager',
  readProgressReport: (role: Role) => role === 'manager',
  administer: (role: Role) => role === 'admin',
};

export interface NavItem {
  href: string;
  label: string;
  visible: (role: Role) => boolean;
}

export const NAVIGATION: NavItem[] = [
  { href: '/incidents/new', label: 'Log incident', visible: may.logIncident },
  { href: '/incidents', label: 'Incidents', visible: may.readIncidents },
  { href: '/civcas', label: 'CIVCAS', visible: may.readCasualtyReviews },
  { href: '/notifications', label: 'Notifications', visible: may.readNotifications },
  { href: '/risks', label: 'Risks', visible: may.readRisks },
  { href: '/overviews/weekly', label: 'Weekly overview', visible: may.readOverviews },
  { href: '/reports/progress', label: 'Progress report', visible: may.readProgressReport },
  { href: '/system', label: 'System', visible: may.administer },
];

/** Where each role starts its day. */
export function homeFor(role: Role): string {
  if (role === 'operations') return '/incidents';
  if (role === 'legal') return '/civcas';
  if (role === 'manager') return '/notifications';
  return '/system';
}
