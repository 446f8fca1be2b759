import { humanize } from '../../api/labels';
import { useResource } from '../../api/use-resource';
import { Alert, Loading } from '../../components/feedback';
import { PageHeader, StatusBadge } from '../../components/layout';
import { AccountAdmin } from './account-admin';

interface Health {
  status: 'ok' | 'degraded' | 'unavailable';
  eventStore: { engine: string; status: string; headPosition?: string; error?: string };
  projections: Array<{
    name: string;
    kind: string;
    state: string;
    lag: string;
    lastError?: string;
    /** Events it could not handle and went past: a rebuild tries them again. */
    quarantined?: Array<{ position: string; eventType: string; error: string }>;
  }>;
}

const HEALTH_TONE = { ok: 'SENT', degraded: 'REQUIRED', unavailable: 'OVERDUE' } as const;

/** For administrators: is the service healthy, and the accounts (SPEC 2). */
export function SystemPage() {
  const health = useResource<Health>('/health');
  return (
    <>
      <PageHeader title="System" lead="Accounts and service health." />
      <AccountAdmin />
      <section class="card">
        <h2>Health</h2>
        {health.error && <Alert kind="error">{health.error.message}</Alert>}
        {!health.data && !health.error && <Loading what="health" />}
        {health.data && (
          <>
            <p>
              <StatusBadge status={HEALTH_TONE[health.data.status]} label={humanize(health.data.status)} /> Event store {health.data.eventStore.engine}: {health.data.eventStore.status}
              {health.data.eventStore.headPosition && `, head at ${health.data.eventStore.headPosition}`}
            </p>
            <div class="table-wrap">
              <table class="table--stack">
                <thead>
                  <tr><th scope="col">Consumer</th><th scope="col">Kind</th><th scope="col">State</th><th scope="col" class="number">Lag</th></tr>
                </thead>
                <tbody>
                  {health.data.projections.map((consumer) => (
                    <tr key={consumer.name}>
                      <td data-label="Consumer">{consumer.name}</td>
                      <td data-label="Kind">{consumer.kind}</td>
                      <td data-label="State">
                        {consumer.state}{consumer.lastError && ` · ${consumer.lastError}`}
                        {consumer.quarantined?.map((event) => (
                          <div key={event.position} class="hint-inline">quarantined {event.eventType} at {event.position}: {event.error}</div>
                        ))}
                      </td>
                      <td data-label="Lag" class="number">{consumer.lag}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
