import { humanize } from '../../api/labels';
import { INCIDENT_CATEGORIES, MISSIONS, type IncidentCategory } from '../../api/types';
import { ChoiceField, YES_NO } from '../../components/choice-field';
import { InputField, SelectField, TextAreaField } from '../../components/fields';
import { DETAIL_FIELDS, type DetailField } from './category-details';

export interface FieldsProps {
  values: Record<string, string>;
  set: (name: string) => (value: string) => void;
  errors: Record<string, string[]>;
}

const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: humanize(code) }));
const SEVERITIES = ['1 – minor', '2', '3', '4', '5 – grave'].map((label, index) => ({ value: String(index + 1), label }));

/** Labels of every field path, for the error summary. */
export const FIELD_LABELS: Record<string, string> = {
  category: 'Category',
  mission: 'Mission',
  occurredAt: 'Occurred at',
  severity: 'Severity',
  location: 'Location',
  details: 'Details',
  'location.name': 'Location',
  'location.lat': 'Latitude',
  'location.lon': 'Longitude',
  summary: 'Summary',
  ...Object.fromEntries(Object.values(DETAIL_FIELDS).flatMap((fields) => fields.map((field) => [`details.${field.name}`, field.label]))),
};

/** The incident's facts; the details part changes with the category, keeping what was typed for the others. */
export function IncidentFields({ values, set, errors }: FieldsProps) {
  const category = values.category as IncidentCategory | '';
  return (
    <>
      <fieldset class="form-section">
        <legend>What and when</legend>
        <div class="grid">
          <SelectField name="category" label="Category" value={values.category} onInput={set('category')} options={options(INCIDENT_CATEGORIES)} placeholder="Choose a category" errors={errors.category} />
          <SelectField name="mission" label="Mission" value={values.mission} onInput={set('mission')} options={options(MISSIONS)} placeholder="Choose a mission" errors={errors.mission} />
          <InputField name="occurredAt" label="Occurred at" type="datetime-local" value={values.occurredAt} onInput={set('occurredAt')} hint={`Your local time (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`} errors={errors.occurredAt} />
          <SelectField name="severity" label="Severity" value={values.severity} onInput={set('severity')} options={SEVERITIES} placeholder="Choose 1–5" errors={errors.severity} />
        </div>
      </fieldset>
      <fieldset class="form-section">
        <legend>Where</legend>
        <div class="grid">
          <InputField name="location.name" label="Location" value={values['location.name']} onInput={set('location.name')} errors={errors['location.name'] ?? errors.location} />
          <InputField name="location.lat" label="Latitude" type="number" step="any" min={-90} max={90} optional value={values['location.lat']} onInput={set('location.lat')} errors={errors['location.lat']} />
          <InputField name="location.lon" label="Longitude" type="number" step="any" min={-180} max={180} optional value={values['location.lon']} onInput={set('location.lon')} errors={errors['location.lon']} />
        </div>
      </fieldset>
      {category && (
        <fieldset class="form-section">
          <legend>{humanize(category)} details</legend>
          {errors.details && <p class="field-error">{errors.details.join('. ')}</p>}
          <div class="grid">
            {DETAIL_FIELDS[category].map((field) => (
              <DetailInput key={`${category}.${field.name}`} field={field} values={values} set={set} errors={errors} />
            ))}
          </div>
        </fieldset>
      )}
      <fieldset class="form-section">
        <legend>Summary</legend>
        <TextAreaField name="summary" label="What happened" hint="Facts first: who, what, where, when. Up to 4000 characters." maxLength={4000} rows={5} value={values.summary} onInput={set('summary')} errors={errors.summary} />
      </fieldset>
    </>
  );
}

function DetailInput({ field, values, set, errors }: FieldsProps & { field: DetailField }) {
  const name = `details.${field.name}`;
  const common = { name, errors: errors[name], value: values[name] ?? '', onInput: set(name) };
  switch (field.kind) {
    case 'number':
      return <InputField {...common} label={field.label} type="number" min={field.min} max={field.max} step={field.step ?? 1} optional={field.optional} hint={field.hint} />;
    case 'select':
      return <SelectField {...common} label={field.label} options={options(field.options)} placeholder="Choose" />;
    case 'yes-no':
      return <ChoiceField {...common} legend={field.label} options={YES_NO} hint={field.hint} />;
    case 'text':
      return <TextAreaField {...common} label={field.label} maxLength={field.maxLength} optional={field.optional} hint={field.hint} rows={3} />;
  }
}
