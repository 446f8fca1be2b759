import type { JSX } from 'preact';
import { may } from './api/permissions';
import type { Session } from './api/session';
import type { Role } from './api/types';
import { AmendIncidentPage } from './pages/incidents/amend-incident';
import { IncidentDetailPage } from './pages/incidents/incident-detail';
import { IncidentRegisterPage } from './pages/incidents/incident-register';
import { LogIncidentPage } from './pages/incidents/log-incident';

export interface Route {
  path: string;
  allowed: (role: Role) => boolean;
  render: (params: Record<string, string>, query: URLSearchParams, session: Session) => JSX.Element;
}

/** Every page, with the role check that also decides whether the navigation shows it. First match wins. */
export const ROUTES: Route[] = [
  { path: '/incidents/new', allowed: may.logIncident, render: () => <LogIncidentPage /> },
  { path: '/incidents', allowed: may.readIncidents, render: (_, query, session) => <IncidentRegisterPage key={query.toString()} query={query} role={session.role} /> },
  { path: '/incidents/:id/amend', allowed: may.amendIncident, render: ({ id }) => <AmendIncidentPage key={id} id={id} /> },
  { path: '/incidents/:id', allowed: may.readIncidents, render: ({ id }, query, session) => <IncidentDetailPage key={id} id={id} role={session.role} logged={query.get('logged')} /> },
];
