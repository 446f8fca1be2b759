import { formatDateTime, humanize } from '../../api/labels';
import type { UseOfForceItem, WeeklyOverview } from '../../api/types';
import { Link } from '../../router';
import { Stat } from './counts-chart';

/** The week's indicators at a glance; overdue notifications stand out. */
export function OverviewFigures({ overview }: { overview: WeeklyOverview }) {
  const reviews = overview.casualtyReviews;
  return (
    <>
      <div class="stats" aria-label="Indicators">
        <Stat label="Incidents" value={overview.incidents.total} />
        <Stat label="Uses of force" value={overview.useOfForce.length} />
        <Stat label="Heat-illness casualties" value={overview.heatIllnessCasualties} />
        <Stat label="Movements" value={overview.activities.movements} />
        <Stat label="Advisers escorted" value={overview.activities.advisersEscorted} />
        <Stat label="Adviser engagements" value={overview.activities.adviserEngagements} />
      </div>
      <div class="columns columns--even">
        <section class="card">
          <h2>CIVCAS reviews</h2>
          <dl class="facts">
            <div><dt>Reported in week</dt><dd>{reviews.reported}</dd></div>
            {reviews.assessed !== undefined && <div><dt>Assessed</dt><dd>{reviews.assessed}</dd></div>}
            {reviews.investigationsOpened !== undefined && <div><dt>Investigations opened</dt><dd>{reviews.investigationsOpened}</dd></div>}
            {reviews.investigationsConcluded !== undefined && <div><dt>Investigations concluded</dt><dd>{reviews.investigationsConcluded}</dd></div>}
          </dl>
          <p class="hint spaced">
            Of those reported: {Object.entries(reviews.byStatus).filter(([, count]) => count > 0).map(([status, count]) => `${count} ${humanize(status).toLowerCase()}`).join(', ') || 'none'}.
          </p>
        </section>
        <section class="card">
          <h2>Parliamentary notifications</h2>
          <div class="stats stats--compact">
            <Stat label="Due in week" value={overview.notifications.dueInWeek} />
            <Stat label="Sent in week" value={overview.notifications.sentInWeek} />
            <Stat label="Overdue at end of week" value={overview.notifications.overdueAtEndOfWeek} alert={overview.notifications.overdueAtEndOfWeek > 0} />
          </div>
        </section>
      </div>
    </>
  );
}

/** Every use of force in the week, as SPEC 3.6 lists it; links lead to the incident for staff. */
export function UseOfForceTable({ items }: { items: UseOfForceItem[] }) {
  if (items.length === 0) return <p class="empty">No use of force this week.</p>;
  return (
    <div class="table-wrap">
      <table class="table--stack">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Mission</th>
            <th scope="col">Location</th>
            <th scope="col">Basis</th>
            <th scope="col">Public summary</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.incidentId}>
              <td data-label="Date">
                <Link href={`/incidents/${item.incidentId}`}>{formatDateTime(item.occurredAt)}</Link>
              </td>
              <td data-label="Mission">{humanize(item.mission)}</td>
              <td data-label="Location">{item.location.name}</td>
              <td data-label="Basis">{humanize(item.basis)}</td>
              <td data-label="Public summary">{item.publicSummary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
