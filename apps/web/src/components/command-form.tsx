import type { ComponentChildren } from 'preact';
import { ApiError } from '../api/client';
import { useSubmit } from '../api/use-submit';
import { announce } from './announce';
import { ErrorSummary } from './feedback';

interface CommandFormProps {
  title: string;
  submitLabel: string;
  /** Sends the command; the caller owns the typed values, so a refusal never clears them. */
  send: () => Promise<unknown>;
  onDone: () => void;
  /** Another user changed the item meanwhile (409): reload it, keep what was typed. */
  onConflict?: () => void;
  labels?: Record<string, string>;
  fieldNames?: Record<string, string>;
  danger?: boolean;
  /** Shows a Cancel button: for a confirmation the user may step back from. */
  onCancel?: () => void;
  children: (errors: Record<string, string[]>) => ComponentChildren;
}

/** One command on an existing item (assess, approve, close…), with the server's refusals shown in place. */
export function CommandForm(props: CommandFormProps) {
  const { submit, failure, busy } = useSubmit(
    async () => {
      await props.send();
      announce(`${props.title}: done.`);
      props.onDone();
    },
    (refused) => {
      if (refused.status !== 409) return;
      props.onConflict?.();
      return new ApiError(409, 'Someone else changed this item while you were working. It has been reloaded; check it and send again.');
    },
  );
  const slug = props.title.toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <form class="command-form" aria-labelledby={`${slug}-title`} onSubmit={submit} noValidate>
      <h3 id={`${slug}-title`}>{props.title}</h3>
      {failure && <ErrorSummary message={failure.message} fields={failure.fields} labels={props.labels} fieldNames={props.fieldNames} />}
      {props.children(failure?.fields ?? {})}
      <div class="form-actions">
        <button type="submit" class={`button${props.danger ? ' button--danger' : ''}`} disabled={busy}>
          {busy ? 'Sending…' : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button button--secondary" onClick={props.onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
