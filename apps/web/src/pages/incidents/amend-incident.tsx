import { useEffect, useState } from 'preact/hooks';
import { apiRequest } from '../../api/client';
import type { IncidentDetail } from '../../api/types';
import { useResource } from '../../api/use-resource';
import { CommandForm } from '../../components/command-form';
import { Alert, Loading } from '../../components/feedback';
import { TextAreaField } from '../../components/fields';
import { PageHeader } from '../../components/layout';
import { navigate } from '../../router';
import { FIELD_LABELS, IncidentFields } from './incident-fields';
import { incidentPayload, localFromInstant } from './incident-payload';

/** The form's text values for a recorded incident, so an amendment starts from what is on record. */
function formValues(incident: IncidentDetail): Record<string, string> {
  const values: Record<string, string> = {
    category: incident.category,
    mission: incident.mission,
    occurredAt: localFromInstant(incident.occurredAt),
    severity: String(incident.severity),
    'location.name': incident.location.name,
    'location.lat': incident.location.lat === undefined ? '' : String(incident.location.lat),
    'location.lon': incident.location.lon === undefined ? '' : String(incident.location.lon),
    summary: incident.summary,
  };
  for (const [name, value] of Object.entries(incident.details)) values[`details.${name}`] = String(value);
  return values;
}

/** Only what changed goes to the server; category and details always travel together. */
function amendment(original: Record<string, unknown>, edited: Record<string, unknown>): Record<string, unknown> {
  const changed = Object.keys(edited).filter((key) => JSON.stringify(edited[key]) !== JSON.stringify(original[key]));
  const body = Object.fromEntries(changed.map((key) => [key, edited[key]]));
  if (changed.includes('category') || changed.includes('details')) Object.assign(body, { category: edited.category, details: edited.details });
  return body;
}

export function AmendIncidentPage({ id }: { id: string }) {
  const incident = useResource<IncidentDetail>(`/incidents/${id}`);
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (incident.data && values === null) setValues(formValues(incident.data));
  }, [incident.data]);
  const set = (name: string) => (value: string) => setValues((current) => ({ ...current!, [name]: value }));
  const data = incident.data;
  return (
    <>
      <PageHeader title="Amend an incident" lead="Correct what was recorded. The history keeps the original and your reason." />
      {incident.error && <Alert kind="error" title="The incident could not be loaded">{incident.error.message}</Alert>}
      {!values && !incident.error && <Loading what="the incident" />}
      {data && values && (
        <div class="card form">
          <CommandForm
            title="Corrections"
            submitLabel="Save amendment"
            labels={{ ...FIELD_LABELS, reason: 'Reason' }}
            send={() =>
              apiRequest('POST', `/incidents/${id}/amendments`, {
                ...amendment(incidentPayload(formValues(data)), incidentPayload(values)),
                reason,
                expectedRevision: data.revision,
              })
            }
            onDone={() => navigate(`/incidents/${id}`)}
            onConflict={incident.reload}
          >
            {(errors) => (
              <>
                <IncidentFields values={values} set={set} errors={errors} />
                <TextAreaField name="reason" label="Reason for the amendment" rows={3} value={reason} onInput={setReason} errors={errors.reason} />
              </>
            )}
          </CommandForm>
        </div>
      )}
    </>
  );
}
