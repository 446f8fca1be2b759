import type { JSX } from 'preact';
import { may } from './api/permissions';
import type { Session } from './api/session';
import type { Role } from './api/types';
import { LogIncidentPage } from './pages/incidents/log-incident';

export interface Route {
  path: string;
  allowed: (role: Role) => boolean;
  render: (params: Record<string, string>, query: URLSearchParams, session: Session) => JSX.Element;
}

/** Every page, with the role check that also decides whether the navigation shows it. */
export const ROUTES: Route[] = [
  { path: '/incidents/new', allowed: may.logIncident, render: () => <LogIncidentPage /> },
];
