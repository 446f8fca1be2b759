import { useState } from 'preact/hooks';
import { formatDateTime, humanize } from '../../api/labels';
import { ROLES } from '../../api/types';
import { useCreate } from '../../api/use-create';
import { useResource } from '../../api/use-resource';
import { Alert, ErrorSummary, Loading } from '../../components/feedback';
import { InputField, SelectField } from '../../components/fields';
import { PageHeader, StatusBadge } from '../../components/layout';

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

interface Account {
  username: string;
  role: string;
  registeredAt: string;
}

const HEALTH_TONE = { ok: 'SENT', degraded: 'REQUIRED', unavailable: 'OVERDUE' } as const;

/** For administrators: is the service healthy, who has an account, and adding one. */
export function SystemPage() {
  const health = useResource<Health>('/health');
  const accounts = useResource<{ items: Account[] }>('/accounts');
  // Kept in memory only: a password must never land in the tab's stored drafts.
  const blank = { username: '', role: '', password: '' };
  const [values, setValues] = useState<Record<string, string>>(blank);
  const set = (name: string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const create = useCreate({ values, set, clear: () => setValues(blank) }, '/accounts', () => ({ username: values.username, role: values.role || undefined, password: values.password }), accounts.reload);
  const errors = create.failure?.fields ?? {};
  return (
    <>
      <PageHeader title="System" lead="Service health and accounts." />
      <div class="columns">
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
        <section class="card">
          <h2>Accounts</h2>
          <ul class="plain">
            {accounts.data?.items.map((account) => (
              <li key={account.username}>
                <strong>{account.username}</strong> <span class="hint-inline">{account.role} · since {formatDateTime(account.registeredAt)}</span>
              </li>
            ))}
          </ul>
          <form class="command-form spaced" onSubmit={create.submit} noValidate aria-labelledby="new-account-title">
            <h3 id="new-account-title">Add an account</h3>
            {create.failure && <ErrorSummary message={create.failure.message} fields={create.failure.fields} />}
            <InputField name="username" label="Username" autoComplete="off" value={values.username} onInput={set('username')} errors={errors.username} />
            <SelectField name="role" label="Role" value={values.role} onInput={set('role')} options={ROLES.map((role) => ({ value: role, label: humanize(role) }))} placeholder="Choose a role" errors={errors.role} />
            <InputField name="password" label="Initial password" type="password" autoComplete="new-password" hint="At least 12 characters." value={values.password} onInput={set('password')} errors={errors.password} />
            <div class="form-actions">
              <button type="submit" class="button" disabled={create.busy}>Add account</button>
            </div>
          </form>
        </section>
      </div>
    </>
  );
}
