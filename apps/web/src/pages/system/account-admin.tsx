import { useState } from 'preact/hooks';
import { apiRequest, withQuery } from '../../api/client';
import { formatDate, humanize } from '../../api/labels';
import { currentSession } from '../../api/session';
import { ROLES, type AccountItem, type Page } from '../../api/types';
import { useCreate } from '../../api/use-create';
import { useResource } from '../../api/use-resource';
import { CommandForm } from '../../components/command-form';
import { Alert, ErrorSummary, Loading } from '../../components/feedback';
import { InputField, SelectField } from '../../components/fields';
import { Pager, StatusBadge } from '../../components/layout';

type Step = 'disable' | 'enable' | 'sessions-ended' | 'password-reset';

/** What each step does, said before it is done: every one of them signs the person out except enabling. */
const STEPS: Record<Step, { button: string; title: (username: string) => string; consequence: string; confirm: string; done: string; danger: boolean }> = {
  disable: {
    button: 'Disable',
    title: (username) => `Disable ${username}`,
    consequence: 'Signed out everywhere at once; cannot sign in again until an administrator enables the account.',
    confirm: 'Disable account',
    done: 'is disabled and signed out everywhere',
    danger: true,
  },
  enable: {
    button: 'Enable',
    title: (username) => `Enable ${username}`,
    consequence: 'May sign in again with the current password.',
    confirm: 'Enable account',
    done: 'may sign in again',
    danger: false,
  },
  'sessions-ended': {
    button: 'End sessions',
    title: (username) => `End the sessions of ${username}`,
    consequence: 'Signed out everywhere at once; the password keeps working.',
    confirm: 'End sessions',
    done: 'is signed out everywhere',
    danger: true,
  },
  'password-reset': {
    button: 'Reset password',
    title: (username) => `Reset the password of ${username}`,
    consequence: 'The old password stops working and the person is signed out everywhere at once. Hand over the new password in person.',
    confirm: 'Set new password',
    done: 'has a new password and is signed out everywhere',
    danger: true,
  },
};

const PAGE_SIZE = 50;

/** Accounts for administrators (SPEC 2): who has one, adding one, and acting on a leaked or departed one. */
export function AccountAdmin() {
  const [page, setPage] = useState(1);
  const accounts = useResource<Page<AccountItem>>(withQuery('/accounts', { page, pageSize: PAGE_SIZE }));
  const [pending, setPending] = useState<{ account: AccountItem; step: Step } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const self = currentSession()?.username;
  const choose = (account: AccountItem, step: Step) => (setDone(null), setPending({ account, step }));
  return (
    <section class="card" aria-labelledby="accounts-title">
        <h2 id="accounts-title">Accounts</h2>
        {accounts.error && <Alert kind="error">{accounts.error.message}</Alert>}
        {!accounts.data && !accounts.error && <Loading what="accounts" />}
        {done && <Alert kind="success">{done}</Alert>}
        {accounts.data && (
          <>
            <div class="table-wrap">
              <table class="table--stack">
                <thead>
                  <tr><th scope="col">Username</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Since</th><th scope="col">Actions</th></tr>
                </thead>
                <tbody>
                  {accounts.data.items.map((account) => [
                    <tr key={account.id}>
                      <td data-label="Username"><strong>{account.username}</strong>{account.username === self && <span class="hint-inline"> (you)</span>}</td>
                      <td data-label="Role">{humanize(account.role)}</td>
                      <td data-label="Status"><StatusBadge status={account.status} /></td>
                      <td data-label="Since">{formatDate(account.registeredAt)}</td>
                      <td data-label="Actions">
                        <div class="row-actions">
                          {stepsFor(account).map((step) => (
                            <button key={step} type="button" class="button button--secondary button--small" onClick={() => choose(account, step)} aria-label={`${STEPS[step].button} ${account.username}`}>
                              {STEPS[step].button}
                            </button>
                          ))}
                        </div>
                      </td>
                    </tr>,
                    // Right under the row it acts on, so the keyboard reaches it next and nobody confirms for another row.
                    pending?.account.id === account.id && (
                      <tr key={`${account.id}-confirm`} class="confirmation-row">
                        <td colSpan={5}>
                          <ConfirmStep
                            key={pending.step}
                            {...pending}
                            onCancel={() => setPending(null)}
                            onDone={(message) => (setPending(null), setDone(message), accounts.reload())}
                            onConflict={accounts.reload}
                          />
                        </td>
                      </tr>
                    ),
                  ])}
                </tbody>
              </table>
            </div>
            <Pager page={page} pageSize={PAGE_SIZE} total={accounts.data.total} onPage={setPage} />
          </>
        )}
      <NewAccount onAdded={accounts.reload} />
    </section>
  );
}

function stepsFor(account: AccountItem): Step[] {
  return account.status === 'ACTIVE' ? ['disable', 'sessions-ended', 'password-reset'] : ['enable', 'password-reset'];
}

interface ConfirmStepProps {
  account: AccountItem;
  step: Step;
  onCancel: () => void;
  onDone: (message: string) => void;
  onConflict: () => void;
}

/** The chosen step, confirmed (with the new password for a reset); nothing is sent before Confirm. */
function ConfirmStep({ account, step, onCancel, onDone, onConflict }: ConfirmStepProps) {
  // Kept in memory only: a password must never land in the tab's stored drafts.
  const [password, setPassword] = useState('');
  const text = STEPS[step];
  const body = step === 'password-reset' ? { password, expectedRevision: account.revision } : { expectedRevision: account.revision };
  return (
    <div class="confirmation">
      <CommandForm
        title={text.title(account.username)}
        submitLabel={text.confirm}
        danger={text.danger}
        labels={{ password: 'New password' }}
        fieldNames={{ password: 'newPassword' }}
        send={() => apiRequest('POST', `/accounts/${encodeURIComponent(account.id)}/${step}`, body)}
        onDone={() => onDone(`${account.username} ${text.done}.`)}
        onConflict={onConflict}
        onCancel={onCancel}
      >
        {(errors) => (
          <>
            <p>{text.consequence}</p>
            {step === 'password-reset' && (
              <InputField name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 12 characters." value={password} onInput={setPassword} errors={errors.password} />
            )}
          </>
        )}
      </CommandForm>
    </div>
  );
}

function NewAccount({ onAdded }: { onAdded: () => void }) {
  // Kept in memory only: a password must never land in the tab's stored drafts.
  const blank = { username: '', role: '', password: '' };
  const [values, setValues] = useState<Record<string, string>>(blank);
  const set = (name: string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const body = () => ({ username: values.username, role: values.role || undefined, password: values.password });
  const create = useCreate({ values, set, clear: () => setValues(blank) }, '/accounts', body, onAdded);
  const errors = create.failure?.fields ?? {};
  return (
    <form class="command-form new-account" onSubmit={create.submit} noValidate aria-labelledby="new-account-title">
      <h3 id="new-account-title">Add an account</h3>
      {create.failure && <ErrorSummary message={create.failure.message} fields={create.failure.fields} />}
      <div class="grid">
        <InputField name="username" label="Username" autoComplete="off" value={values.username} onInput={set('username')} errors={errors.username} />
        <SelectField name="role" label="Role" value={values.role} onInput={set('role')} options={ROLES.map((role) => ({ value: role, label: humanize(role) }))} placeholder="Choose a role" errors={errors.role} />
        <InputField name="password" label="Initial password" type="password" autoComplete="new-password" hint="At least 12 characters." value={values.password} onInput={set('password')} errors={errors.password} />
      </div>
      <div class="form-actions">
        <button type="submit" class="button" disabled={create.busy}>Add account</button>
      </div>
    </form>
  );
}
