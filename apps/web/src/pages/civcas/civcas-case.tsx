import { formatDateTime, humanize } from '../../api/labels';
import { may } from '../../api/permissions';
import type { CasualtyReviewDetail, Role } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { ResourceState } from '../../components/feedback';
import { DefinitionList, PageHeader, StatusBadge } from '../../components/layout';
import { Link } from '../../router';
import { describeValue } from '../incidents/incident-facts';
import { CaseActions } from './case-actions';
import { CaseTimeline } from './case-timeline';

/** One CIVCAS case: what was reported, where it stands, its timeline and, for legal, the steps it allows. */
export function CivcasCasePage({ id, role }: { id: string; role: Role }) {
  const review = useResource<CasualtyReviewDetail>(`/casualty-reviews/${id}`);
  const data = review.data;
  return (
    <>
      <PageHeader
        title={data ? `CIVCAS review · ${data.location.name}` : 'CIVCAS review'}
        lead={data && <>Reported {formatDateTime(data.reportedAt)} · {data.ageDays} days · <StatusBadge status={data.status} /></>}
      />
      <ResourceState resource={review} what="the review" />
      {data && (
        <div class="columns">
          <div>
            <section class="card">
              <h2>Report</h2>
              <DefinitionList
                items={[
                  ['Source', data.automatic ? 'Use of force (automatic)' : humanize(data.source)],
                  ['Mission', humanize(data.mission)],
                  ['Occurred', formatDateTime(data.occurredAt)],
                  ['Location', describeValue(data.location)],
                  ['Estimated killed', data.estimatedKilled],
                  ['Estimated injured', data.estimatedInjured],
                  ['Incident', data.incidentId ? <Link href={`/incidents/${data.incidentId}`}>View incident</Link> : 'None linked'],
                ]}
              />
              <h3 class="spaced">Description</h3>
              <p class="prose">{data.description}</p>
            </section>
            <section class="card">
              <h2>Where it stands</h2>
              <DefinitionList
                items={[
                  ['Assessment', data.assessment ? humanize(data.assessment.outcome) : 'Not yet assessed'],
                  ['Investigation', data.investigation ? `${data.investigation.authority}${data.investigation.reference ? ` · ${data.investigation.reference}` : ''}` : 'None'],
                  ['Confirmed killed / injured', data.conclusion ? `${data.conclusion.confirmedKilled} / ${data.conclusion.confirmedInjured}` : '—'],
                ]}
              />
            </section>
            {may.decideCasualtyReview(role) && (
              <section class="card" aria-label="Next steps">
                <h2>Next steps</h2>
                <CaseActions review={data} reload={review.reload} />
              </section>
            )}
          </div>
          <section class="card">
            <h2>Timeline</h2>
            <CaseTimeline steps={data.history} />
          </section>
        </div>
      )}
    </>
  );
}
