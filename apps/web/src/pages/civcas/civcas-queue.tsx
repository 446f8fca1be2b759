import { withQuery } from '../../api/client';
import { formatDate, humanize } from '../../api/labels';
import { may } from '../../api/permissions';
import { MISSIONS, REVIEW_STATUSES, type CasualtyReviewItem, type Page, type Role } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { ResourceState } from '../../components/feedback';
import { SelectField } from '../../components/fields';
import { PageHeader, StatusBadge, PagedItems } from '../../components/layout';
import { Link, navigate } from '../../router';

const PAGE_SIZE = 25;
const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: humanize(code) }));

/** The legal advisers' queue of suspected civilian casualties, oldest first; open cases by default. */
export function CivcasQueuePage({ query, role }: { query: URLSearchParams; role: Role }) {
  const status = query.get('status') ?? '';
  const mission = query.get('mission') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const queue = useResource<Page<CasualtyReviewItem>>(withQuery('/casualty-reviews', { status, mission, page, pageSize: PAGE_SIZE }));
  const go = (change: Record<string, string | number>) => navigate(withQuery('/civcas', { status, mission, ...change }));
  return (
    <>
      <PageHeader
        title="CIVCAS reviews"
        lead="Suspected civilian casualties, oldest report first. Use-of-force reports with casualties observed arrive here automatically."
        actions={may.reportCasualty(role) && <Link class="button" href="/civcas/new">Report a suspicion</Link>}
      />
      <div class="card filters no-print" role="search" aria-label="Filter CIVCAS reviews">
        <SelectField name="status" label="Status" value={status} onInput={(value) => go({ status: value, page: 1 })} options={options(REVIEW_STATUSES)} placeholder="All" />
        <SelectField name="mission" label="Mission" value={mission} onInput={(value) => go({ mission: value, page: 1 })} options={options(MISSIONS)} placeholder="All" />
      </div>
      <ResourceState resource={queue} what="the queue" />
      {queue.data && (
        <section class="card" aria-label="CIVCAS reviews">
          <PagedItems page={queue.data} empty="No CIVCAS reviews match." onPage={(next) => go({ page: next })}>
            {(reviews) => <QueueTable reviews={reviews} />}
          </PagedItems>
        </section>
      )}
    </>
  );
}

function QueueTable({ reviews }: { reviews: CasualtyReviewItem[] }) {
  return (
    <div class="table-wrap">
      <table class="table--stack">
        <thead>
          <tr>
            <th scope="col">Reported</th>
            <th scope="col">Mission</th>
            <th scope="col">Location</th>
            <th scope="col">Source</th>
            <th scope="col" class="number">Est. killed / injured</th>
            <th scope="col">Status</th>
            <th scope="col" class="number">Age</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((review) => (
            <tr key={review.id}>
              <td data-label="Reported">
                <Link href={`/civcas/${review.id}`}>{formatDate(review.reportedAt)}</Link>
              </td>
              <td data-label="Mission">{humanize(review.mission)}</td>
              <td data-label="Location">{review.location.name}</td>
              <td data-label="Source">{review.automatic ? 'Use of force (automatic)' : humanize(review.source)}</td>
              <td data-label="Est. killed / injured" class="number">
                {review.estimatedKilled} / {review.estimatedInjured}
              </td>
              <td data-label="Status"><StatusBadge status={review.status} /></td>
              <td data-label="Age" class="number">{review.ageDays} d</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
