import { newUuid } from '../../api/client';
import { useCreate } from '../../api/use-create';
import { useDraft } from '../../api/use-draft';
import { Alert, ErrorSummary } from '../../components/feedback';
import { PageHeader } from '../../components/layout';
import { navigate } from '../../router';
import { FIELD_LABELS, IncidentFields } from './incident-fields';
import { EMPTY_INCIDENT, incidentPayload, localFromInstant, opensCasualtyReview } from './incident-payload';

const freshReport = () => ({ ...EMPTY_INCIDENT, occurredAt: localFromInstant(new Date().toISOString()), clientId: newUuid() });

export function LogIncidentPage() {
  const draft = useDraft('log-incident', freshReport);
  const { values } = draft;
  const create = useCreate(draft, '/incidents', () => incidentPayload(values), (id) =>
    navigate(`/incidents/${id}?logged=${opensCasualtyReview(values) ? 'civcas' : 'yes'}`),
  );
  const { failure, busy } = create;

  return (
    <>
      <PageHeader title="Log an incident" lead="Report every incident, including bad news. Only malformed reports are refused." />
      <form class="card form" onSubmit={create.submit} noValidate>
        {failure && <ErrorSummary message={failure.message} fields={failure.fields} labels={FIELD_LABELS} />}
        <IncidentFields values={values} set={draft.set} errors={failure?.fields ?? {}} />
        {opensCasualtyReview(values) && (
          <Alert kind="info" title="A CIVCAS review will be opened">
            <p>This use of force will open a review of possible civilian casualties for the legal advisers.</p>
          </Alert>
        )}
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? 'Sending…' : 'Log incident'}
          </button>
          <button type="button" class="button button--secondary" onClick={() => (draft.clear(), create.reset())}>
            Clear form
          </button>
        </div>
      </form>
    </>
  );
}
