import { newUuid } from '../../api/client';
import { humanize } from '../../api/labels';
import { MISSIONS, RISK_CATEGORIES } from '../../api/types';
import { useCreate } from '../../api/use-create';
import { useDraft } from '../../api/use-draft';
import { ErrorSummary } from '../../components/feedback';
import { InputField, SelectField, TextAreaField } from '../../components/fields';
import { PageHeader } from '../../components/layout';
import { navigate } from '../../router';
import { ASSESSMENT_LABELS, AssessmentFields, assessmentPayload } from './assessment-fields';

const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: humanize(code) }));
const LABELS = { ...ASSESSMENT_LABELS, category: 'Category', title: 'Title', description: 'Description', mission: 'Mission', owner: 'Owner', reviewBy: 'Review by' };
const blank = () => ({ clientId: newUuid(), category: '', title: '', description: '', mission: '', owner: '', reviewBy: '', likelihood: '', impact: '', residualLikelihood: '', residualImpact: '' });

export function IdentifyRiskPage() {
  const draft = useDraft('identify-risk', blank);
  const { values, set } = draft;
  const create = useCreate(
    draft,
    '/risks',
    () => ({
      category: values.category || undefined,
      title: values.title,
      description: values.description,
      mission: values.mission || undefined,
      owner: values.owner,
      reviewBy: values.reviewBy || undefined,
      ...assessmentPayload(values),
    }),
    (id) => navigate(`/risks/${id}`),
  );
  const errors = create.failure?.fields ?? {};
  return (
    <>
      <PageHeader title="Identify a risk" />
      <form class="card form" onSubmit={create.submit} noValidate>
        {create.failure && <ErrorSummary message={create.failure.message} fields={create.failure.fields} labels={LABELS} />}
        <div class="grid">
          <InputField name="title" label="Title" value={values.title} onInput={set('title')} errors={errors.title} />
          <SelectField name="category" label="Category" value={values.category} onInput={set('category')} options={options(RISK_CATEGORIES)} placeholder="Choose a category" errors={errors.category} />
          <SelectField name="mission" label="Mission" value={values.mission} onInput={set('mission')} options={options(MISSIONS)} placeholder="Choose a mission" errors={errors.mission} />
          <InputField name="owner" label="Owner" value={values.owner} onInput={set('owner')} errors={errors.owner} />
          <InputField name="reviewBy" label="Review by" type="date" value={values.reviewBy} onInput={set('reviewBy')} errors={errors.reviewBy} />
        </div>
        <TextAreaField name="description" label="Description" rows={4} value={values.description} onInput={set('description')} errors={errors.description} />
        <AssessmentFields values={values} set={set} errors={errors} />
        <div class="form-actions">
          <button type="submit" class="button" disabled={create.busy}>
            {create.busy ? 'Sending…' : 'Identify risk'}
          </button>
        </div>
      </form>
    </>
  );
}
