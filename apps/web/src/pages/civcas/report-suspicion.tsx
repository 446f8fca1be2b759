import { newUuid } from '../../api/client';
import { humanize } from '../../api/labels';
import { CASUALTY_SOURCES, MISSIONS } from '../../api/types';
import { useCreate } from '../../api/use-create';
import { useDraft } from '../../api/use-draft';
import { ErrorSummary } from '../../components/feedback';
import { InputField, SelectField, TextAreaField } from '../../components/fields';
import { PageHeader } from '../../components/layout';
import { navigate } from '../../router';
import { instantFromLocal } from '../incidents/incident-payload';

const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: humanize(code) }));
const LABELS: Record<string, string> = {
  source: 'Source',
  description: 'Description',
  occurredAt: 'Occurred at',
  mission: 'Mission',
  'location.name': 'Location',
  estimatedKilled: 'Estimated killed',
  estimatedInjured: 'Estimated injured',
  incidentId: 'Incident id',
};
const blank = () => ({ clientId: newUuid(), source: '', description: '', occurredAt: '', mission: '', location: '', estimatedKilled: '0', estimatedInjured: '0', incidentId: '' });
const count = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** Anyone in operations or legal can report a suspicion of civilian casualties, from any source. */
export function ReportSuspicionPage({ incidentId }: { incidentId: string | null }) {
  const draft = useDraft('report-suspicion', () => ({ ...blank(), incidentId: incidentId ?? '' }));
  const { values, set } = draft;
  const create = useCreate(draft, '/casualty-reviews', () => ({
    source: values.source || undefined,
    description: values.description,
    occurredAt: instantFromLocal(values.occurredAt),
    mission: values.mission || undefined,
    location: { name: values.location },
    estimatedKilled: count(values.estimatedKilled),
    estimatedInjured: count(values.estimatedInjured),
    incidentId: values.incidentId.trim() || undefined,
  }), (id) => navigate(`/civcas/${id}`));
  const { failure, busy } = create;
  const errors = failure?.fields ?? {};
  return (
    <>
      <PageHeader title="Report a CIVCAS suspicion" lead="Any credible sign of civilian casualties, from any source. Legal will assess it." />
      <form class="card form" onSubmit={create.submit} noValidate>
        {failure && <ErrorSummary message={failure.message} fields={failure.fields} labels={LABELS} />}
        <div class="grid">
          <SelectField name="source" label="Source" value={values.source} onInput={set('source')} options={options(CASUALTY_SOURCES)} placeholder="Choose a source" errors={errors.source} />
          <SelectField name="mission" label="Mission" value={values.mission} onInput={set('mission')} options={options(MISSIONS)} placeholder="Choose a mission" errors={errors.mission} />
          <InputField name="occurredAt" label="Occurred at" type="datetime-local" value={values.occurredAt} onInput={set('occurredAt')} errors={errors.occurredAt} />
          <InputField name="location.name" label="Location" value={values.location} onInput={set('location')} errors={errors['location.name'] ?? errors.location} />
          <InputField name="estimatedKilled" label="Estimated killed" type="number" min={0} value={values.estimatedKilled} onInput={set('estimatedKilled')} errors={errors.estimatedKilled} />
          <InputField name="estimatedInjured" label="Estimated injured" type="number" min={0} value={values.estimatedInjured} onInput={set('estimatedInjured')} errors={errors.estimatedInjured} />
          <InputField name="incidentId" label="Incident id" optional hint="When the suspicion concerns a logged incident." value={values.incidentId} onInput={set('incidentId')} errors={errors.incidentId} />
        </div>
        <TextAreaField name="description" label="Description" rows={5} value={values.description} onInput={set('description')} errors={errors.description} />
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? 'Sending…' : 'Report suspicion'}
          </button>
        </div>
      </form>
    </>
  );
}
