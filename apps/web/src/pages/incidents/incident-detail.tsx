import { useState } from 'preact/hooks';
import { apiRequest } from '../../api/client';
import { formatDateTime, humanize } from '../../api/labels';
import { may } from '../../api/permissions';
import type { IncidentDetail, Page, Role } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { CommandForm } from '../../components/command-form';
import { Alert, ResourceState } from '../../components/feedback';
import { TextAreaField } from '../../components/fields';
import { PageHeader, StatusBadge } from '../../components/layout';
import { Link } from '../../router';
import { IncidentDetails, IncidentFacts } from './incident-facts';
import { IncidentHistory } from './incident-history';

interface LinkedReview {
  id: string;
  status: string;
  reportedAt: string;
}

export function IncidentDetailPage({ id, role, logged }: { id: string; role: Role; logged: string | null }) {
  const incident = useResource<IncidentDetail>(`/incidents/${id}`);
  const reviews = useResource<Page<LinkedReview>>(may.readCasualtyReviews(role) ? `/casualty-reviews?incidentId=${id}` : null);
  const [reason, setReason] = useState('');
  const data = incident.data;
  return (
    <>
      <PageHeader
        title={data ? `${humanize(data.category)} · ${data.location.name}` : 'Incident'}
        lead={data && <>Occurred {formatDateTime(data.occurredAt)} · <StatusBadge status={data.status} /></>}
        actions={data && data.status === 'REPORTED' && may.amendIncident(role) && <Link class="button button--secondary" href={`/incidents/${id}/amend`}>Amend</Link>}
      />
      {logged && (
        <Alert kind="success" title="Incident logged">
          {logged === 'civcas' && <p>A CIVCAS review has been opened for the legal advisers.</p>}
        </Alert>
      )}
      <ResourceState resource={incident} what="the incident" />
      {data && (
        <div class="columns">
          <div>
            <section class="card">
              <h2>Facts</h2>
              <IncidentFacts incident={data} />
              <h3 class="spaced">Summary</h3>
              <p class="prose">{data.summary}</p>
            </section>
            <section class="card">
              <h2>{humanize(data.category)} details</h2>
              <IncidentDetails category={data.category} details={data.details} />
            </section>
            {reviews.data && reviews.data.items.length > 0 && (
              <section class="card">
                <h2>CIVCAS reviews</h2>
                <ul class="plain">
                  {reviews.data.items.map((review) => (
                    <li key={review.id}>
                      <Link href={`/civcas/${review.id}`}>Review opened {formatDateTime(review.reportedAt)}</Link> <StatusBadge status={review.status} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          <div>
            <section class="card">
              <h2>History</h2>
              <IncidentHistory history={data.history} />
            </section>
            {data.status === 'REPORTED' && may.amendIncident(role) && (
              <section class="card">
                <CommandForm
                  title="Close this incident"
                  submitLabel="Close incident"
                  labels={{ reason: 'Reason' }}
                  send={() => apiRequest('POST', `/incidents/${id}/closure`, { reason, expectedRevision: data.revision })}
                  onDone={() => (setReason(''), incident.reload())}
                  onConflict={incident.reload}
                >
                  {(errors) => <TextAreaField name="reason" label="Reason for closing" rows={3} value={reason} onInput={setReason} errors={errors.reason} />}
                </CommandForm>
              </section>
            )}
          </div>
        </div>
      )}
    </>
  );
}
