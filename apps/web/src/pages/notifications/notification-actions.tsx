import { apiRequest } from '../../api/client';
import { may } from '../../api/permissions';
import type { NotificationItem, Role } from '../../api/types';
import { useDraft } from '../../api/use-draft';
import { CommandForm } from '../../components/command-form';
import { InputField, TextAreaField } from '../../components/fields';

const LABELS = { text: 'Text', paperReference: 'Paper reference', sentOn: 'Date sent' };
const today = () => new Date().toLocaleDateString('en-CA');

/** Draft (legal), approve (manager) and dispatch (legal or manager), each only in the state that allows it. */
export function NotificationActions({ notification, role, reload }: { notification: NotificationItem; role: Role; reload: () => void }) {
  const draft = useDraft(`notification-${notification.id}`, () => ({ text: notification.text ?? '', paperReference: '', sentOn: today() }));
  const { values, set } = draft;
  const post = (step: string, body: Record<string, unknown> = {}) =>
    apiRequest('POST', `/parliamentary-notifications/${notification.id}/${step}`, { ...body, expectedRevision: notification.revision });
  const common = { labels: LABELS, onDone: () => (draft.clear(), reload()), onConflict: reload };
  const { status } = notification;
  const canDraft = may.draftNotification(role) && status !== 'SENT';
  const canApprove = may.approveNotification(role) && status === 'DRAFTED';
  const canDispatch = may.dispatchNotification(role) && status === 'APPROVED';
  if (!canDraft && !canApprove && !canDispatch) {
    return <p class="empty">{status === 'SENT' ? 'Sent: nothing left to do.' : 'Nothing for your role to do at this stage.'}</p>;
  }
  return (
    <>
      {canApprove && (
        <CommandForm {...common} title="Approve the text" submitLabel="Approve" send={() => post('approval')}>
          {() => <p>Approving releases this text for sending to the Tweede Kamer.</p>}
        </CommandForm>
      )}
      {canDispatch && (
        <CommandForm {...common} title="Record dispatch" submitLabel="Record as sent" send={() => post('dispatch', { paperReference: values.paperReference, sentOn: values.sentOn })}>
          {(errors) => (
            <div class="grid">
              <InputField name="paperReference" label="Paper reference" hint="For example: Kamerstuk 27 925, nr. 999" value={values.paperReference} onInput={set('paperReference')} errors={errors.paperReference} />
              <InputField name="sentOn" label="Date sent" type="date" value={values.sentOn} onInput={set('sentOn')} errors={errors.sentOn} />
            </div>
          )}
        </CommandForm>
      )}
      {canDraft && (
        <CommandForm {...common} title={status === 'REQUIRED' ? 'Draft the letter' : 'Redraft the letter'} submitLabel="Save draft" send={() => post('draft', { text: values.text })}>
          {(errors) => (
            <>
              {status === 'APPROVED' && <p class="hint">This text is approved. Redrafting returns it to drafted, and the manager must approve it again.</p>}
              <TextAreaField name="text" label="Text of the letter" rows={10} value={values.text} onInput={set('text')} errors={errors.text} />
            </>
          )}
        </CommandForm>
      )}
    </>
  );
}
