import { SelectField } from '../../components/fields';

const SCALE = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

export const ASSESSMENT_LABELS: Record<string, string> = {
  likelihood: 'Likelihood',
  impact: 'Impact',
  residualLikelihood: 'Residual likelihood',
  residualImpact: 'Residual impact',
};

/** Likelihood and impact 1–5, and the optional residual pair (after mitigation). */
export function AssessmentFields({ values, set, errors }: { values: Record<string, string>; set: (name: string) => (value: string) => void; errors: Record<string, string[]> }) {
  return (
    <div class="grid">
      {Object.entries(ASSESSMENT_LABELS).map(([name, label]) => (
        <SelectField key={name} name={name} label={label} value={values[name] ?? ''} onInput={set(name)} options={SCALE} placeholder={name.startsWith('residual') ? 'Not judged' : 'Choose 1–5'} errors={errors[name]} />
      ))}
    </div>
  );
}

/** The assessment part of a request body; blanks are left out so the server can name what is missing. */
export function assessmentPayload(values: Record<string, string>): Record<string, number> {
  const body: Record<string, number> = {};
  for (const name of Object.keys(ASSESSMENT_LABELS)) if (values[name]) body[name] = Number(values[name]);
  return body;
}
