import { useState } from 'preact/hooks';
import { ApiError, apiRequest, newUuid } from '../../api/client';
import type { CommandResult } from '../../api/types';
import { useDraft } from '../../api/use-draft';
import { Alert, ErrorSummary } from '../../components/feedback';
import { PageHeader } from '../../components/layout';
import { navigate } from '../../router';
import { opensCasualtyReview } from './category-details';
import { FIELD_LABELS, IncidentFields } from './incident-fields';
import { EMPTY_INCIDENT, incidentPayload, localFromInstant } from './incident-payload';

const freshReport = () => ({ ...EMPTY_INCIDENT, occurredAt: localFromInstant(new Date().toISOString()), clientId: newUuid() });

export function LogIncidentPage() {
  const draft = useDraft('log-incident', freshReport);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { values } = draft;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      // The same client id on a retry after a lost answer is recognised by the server: no second incident.
      const result = await apiRequest<CommandResult>('POST', '/incidents', { id: values.clientId, ...incidentPayload(values) });
      const civcas = opensCasualtyReview(values.category, values);
      draft.clear();
      navigate(`/incidents/${result.id}?logged=${civcas ? 'civcas' : 'yes'}`);
    } catch (error) {
      const refused = error instanceof ApiError ? error : new ApiError(0, String(error));
      // Nothing was written on a refusal; a fresh id keeps a corrected resubmission from looking like a conflict.
      if (refused.status >= 400 && refused.status < 500) draft.set('clientId')(newUuid());
      setFailure(refused);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title="Log an incident" lead="Report every incident, including bad news. Only malformed reports are refused." />
      <form class="card form" onSubmit={submit} noValidate>
        {failure && <ErrorSummary message={failure.message} fields={failure.fields} labels={FIELD_LABELS} />}
        <IncidentFields values={values} set={draft.set} errors={failure?.fields ?? {}} />
        {opensCasualtyReview(values.category, values) && (
          <Alert kind="info" title="A CIVCAS review will be opened">
            <p>This use of force will open a review of possible civilian casualties for the legal advisers.</p>
          </Alert>
        )}
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? 'Sending…' : 'Log incident'}
          </button>
          <button type="button" class="button button--secondary" onClick={() => (draft.clear(), setFailure(null))}>
            Clear form
          </button>
        </div>
      </form>
    </>
  );
}
