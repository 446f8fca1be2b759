import type { JSX } from 'preact';
import { may } from './api/permissions';
import type { Session } from './api/session';
import type { Role } from './api/types';
import { CivcasCasePage } from './pages/civcas/civcas-case';
import { CivcasQueuePage } from './pages/civcas/civcas-queue';
import { ReportSuspicionPage } from './pages/civcas/report-suspicion';
import { NotificationBoardPage } from './pages/notifications/notification-board';
import { NotificationDetailPage } from './pages/notifications/notification-detail';
import { IdentifyRiskPage } from './pages/risks/identify-risk';
import { RiskDetailPage } from './pages/risks/risk-detail';
import { RiskRegisterPage } from './pages/risks/risk-register';
import { LatestWeekRedirect } from './pages/overviews/latest-week';
import { PublicEditionPage } from './pages/overviews/public-edition';
import { WeeklyOverviewPage } from './pages/overviews/weekly-overview';
import { ProgressReportPage } from './pages/reports/progress-report';
import { SystemPage } from './pages/system/system-page';
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
  { path: '/civcas/new', allowed: may.reportCasualty, render: (_, query) => <ReportSuspicionPage incidentId={query.get('incidentId')} /> },
  { path: '/civcas', allowed: may.readCasualtyReviews, render: (_, query, session) => <CivcasQueuePage query={query} role={session.role} /> },
  { path: '/civcas/:id', allowed: may.readCasualtyReviews, render: ({ id }, _, session) => <CivcasCasePage key={id} id={id} role={session.role} /> },
  { path: '/notifications', allowed: may.readNotifications, render: (_, query) => <NotificationBoardPage query={query} /> },
  { path: '/notifications/:id', allowed: may.readNotifications, render: ({ id }, _, session) => <NotificationDetailPage key={id} id={id} role={session.role} /> },
  { path: '/risks/new', allowed: may.manageRisks, render: () => <IdentifyRiskPage /> },
  { path: '/risks', allowed: may.readRisks, render: (_, query, session) => <RiskRegisterPage query={query} role={session.role} /> },
  { path: '/risks/:id', allowed: may.readRisks, render: ({ id }, _, session) => <RiskDetailPage key={id} id={id} role={session.role} /> },
  { path: '/overviews/weekly', allowed: may.readOverviews, render: () => <LatestWeekRedirect /> },
  { path: '/overviews/weekly/:week', allowed: may.readOverviews, render: ({ week }, _, session) => <WeeklyOverviewPage key={week} week={week} role={session.role} /> },
  { path: '/overviews/weekly/:week/public', allowed: may.readOverviews, render: ({ week }) => <PublicEditionPage key={week} week={week} /> },
  { path: '/reports/progress', allowed: may.readProgressReport, render: (_, query) => <ProgressReportPage key={query.toString()} query={query} /> },
  { path: '/system', allowed: may.administer, render: () => <SystemPage /> },
];
