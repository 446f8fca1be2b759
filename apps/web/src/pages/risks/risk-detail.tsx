import { useRef } from 'preact/hooks';
import { apiRequest } from '../../api/client';
import { formatDate, formatDateTime, humanize } from '../../api/labels';
import { may } from '../../api/permissions';
import type { RiskDetail, Role } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { useSubmit } from '../../api/use-submit';
import { Alert, ResourceState } from '../../components/feedback';
import { DefinitionList, PageHeader, StatusBadge } from '../../components/layout';
import { RiskActions } from './risk-actions';

const STEP_TITLES: Record<string, string> = {
  RiskIdentified: 'Identified',
  RiskReassessed: 'Reassessed',
  MitigationAdded: 'Mitigation added',
  MitigationCompleted: 'Mitigation completed',
  RiskClosed: 'Closed',
};

export function RiskDetailPage({ id, role }: { id: string; role: Role }) {
  const risk = useResource<RiskDetail>(`/risks/${id}`);
  const data = risk.data;
  const manage = data?.status === 'OPEN' && may.manageRisks(role);
  const completing = useRef('');
  const completion = useSubmit(async () => {
    await apiRequest('POST', `/risks/${id}/mitigations/${completing.current}/completion`, { expectedRevision: data!.revision });
    risk.reload();
  }, (refused) => {
    if (refused.status === 409) risk.reload();
  });
  const complete = (mitigationId: string) => {
    completing.current = mitigationId;
    void completion.submit();
  };
  const failure = completion.failure;
  return (
    <>
      <PageHeader title={data?.title ?? 'Risk'} lead={data && <><StatusBadge status={data.level} label={`Score ${data.score} · ${humanize(data.level)}`} /> {data.status === 'CLOSED' && <StatusBadge status="CLOSED" />}</>} />
      {failure && <Alert kind="error" title="Not done">{failure.message}</Alert>}
      <ResourceState resource={risk} what="the risk" />
      {data && (
        <div class="columns">
          <div>
            <section class="card">
              <h2>Risk</h2>
              <DefinitionList
                items={[
                  ['Category', humanize(data.category)],
                  ['Mission', humanize(data.mission)],
                  ['Owner', data.owner],
                  ['Likelihood × impact', `${data.likelihood} × ${data.impact} = ${data.score}`],
                  ['Residual', data.residual ? `${data.residual.likelihood} × ${data.residual.impact} = ${data.residual.score} (${humanize(data.residual.level)})` : 'Not judged'],
                  ['Review by', formatDate(data.reviewBy)],
                  ['Materialised, last 28 days', data.materialisations],
                  ['Closed', data.closedAt ? `${formatDate(data.closedAt)}: ${data.closeReason}` : '—'],
                ]}
              />
              <h3 class="spaced">Description</h3>
              <p class="prose">{data.description}</p>
            </section>
            <section class="card">
              <h2>Mitigations</h2>
              {data.mitigations.length === 0 ? (
                <p class="empty">No mitigations yet.</p>
              ) : (
                <ul class="plain mitigations">
                  {data.mitigations.map((mitigation) => (
                    <li key={mitigation.id}>
                      <div>
                        <strong>{mitigation.description}</strong>
                        <div class="hint-inline">
                          {mitigation.owner} · due {formatDate(mitigation.dueBy)}
                          {mitigation.completedAt && ` · completed ${formatDate(mitigation.completedAt)}`}
                        </div>
                      </div>
                      {!mitigation.completedAt && manage && (
                        <button type="button" class="button button--secondary button--small" onClick={() => complete(mitigation.id)}>
                          Mark complete<span class="sr-only">: {mitigation.description}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {manage && (
              <section class="card" aria-label="Manage this risk">
                <RiskActions risk={data} reload={risk.reload} />
              </section>
            )}
          </div>
          <section class="card">
            <h2>History</h2>
            <ol class="timeline">
              {data.history.map((step) => (
                <li key={step.revision}>
                  <strong>{STEP_TITLES[step.type] ?? humanize(step.type)}</strong> <span class="when">{formatDateTime(step.at)}</span>
                  <div class="who">
                    by {step.userId} ({step.role})
                  </div>
                  {typeof step.data.rationale === 'string' && <p class="prose">{step.data.rationale}</p>}
                  {typeof step.data.reason === 'string' && <p class="prose">{step.data.reason}</p>}
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </>
  );
}
