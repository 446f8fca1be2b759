import { apiRequest } from '../../api/client';
import type { RiskDetail } from '../../api/types';
import { useDraft } from '../../api/use-draft';
import { CommandForm } from '../../components/command-form';
import { InputField, TextAreaField } from '../../components/fields';
import { ASSESSMENT_LABELS, AssessmentFields, assessmentPayload } from './assessment-fields';

const LABELS = { ...ASSESSMENT_LABELS, description: 'Mitigation', owner: 'Owner', dueBy: 'Due by', reviewBy: 'Review by', rationale: 'Rationale', reason: 'Reason' };

/** Add a mitigation, reassess, close: for operations and managers while the risk is open. */
export function RiskActions({ risk, reload }: { risk: RiskDetail; reload: () => void }) {
  const draft = useDraft(`risk-${risk.id}`, () => ({
    description: '',
    owner: '',
    dueBy: '',
    likelihood: String(risk.likelihood),
    impact: String(risk.impact),
    residualLikelihood: risk.residual ? String(risk.residual.likelihood) : '',
    residualImpact: risk.residual ? String(risk.residual.impact) : '',
    reviewBy: risk.reviewBy.slice(0, 10),
    rationale: '',
    reason: '',
  }));
  const { values, set } = draft;
  const post = (step: string, body: Record<string, unknown>) => apiRequest('POST', `/risks/${risk.id}/${step}`, { ...body, expectedRevision: risk.revision });
  const common = (fields: string[]) => ({ labels: LABELS, onDone: () => (draft.reset(fields), reload()), onConflict: reload });
  return (
    <>
      <CommandForm {...common(['description', 'owner', 'dueBy'])} title="Add a mitigation" submitLabel="Add mitigation" send={() => post('mitigations', { description: values.description, owner: values.owner, dueBy: values.dueBy || undefined })}>
        {(errors) => (
          <>
            <TextAreaField name="description" label="Mitigation" rows={2} value={values.description} onInput={set('description')} errors={errors.description} />
            <div class="grid">
              <InputField name="owner" label="Owner" value={values.owner} onInput={set('owner')} errors={errors.owner} />
              <InputField name="dueBy" label="Due by" type="date" value={values.dueBy} onInput={set('dueBy')} errors={errors.dueBy} />
            </div>
          </>
        )}
      </CommandForm>
      <CommandForm
        {...common(['rationale'])}
        title="Reassess"
        submitLabel="Record reassessment"
        send={() => post('assessments', { ...assessmentPayload(values), reviewBy: values.reviewBy || undefined, rationale: values.rationale.trim() || undefined })}
      >
        {(errors) => (
          <>
            <AssessmentFields values={values} set={set} errors={errors} />
            <div class="grid">
              <InputField name="reviewBy" label="Review by" type="date" value={values.reviewBy} onInput={set('reviewBy')} errors={errors.reviewBy} />
            </div>
            <TextAreaField name="rationale" label="Rationale" optional rows={2} value={values.rationale} onInput={set('rationale')} errors={errors.rationale} />
          </>
        )}
      </CommandForm>
      <CommandForm {...common(['reason'])} title="Close the risk" submitLabel="Close risk" danger send={() => post('closure', { reason: values.reason })}>
        {(errors) => <TextAreaField name="reason" label="Reason for closing" rows={2} value={values.reason} onInput={set('reason')} errors={errors.reason} />}
      </CommandForm>
    </>
  );
}
