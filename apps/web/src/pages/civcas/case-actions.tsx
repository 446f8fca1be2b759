import { apiRequest } from '../../api/client';
import { humanize } from '../../api/labels';
import { ASSESSMENT_OUTCOMES, type CasualtyReviewItem } from '../../api/types';
import { useDraft } from '../../api/use-draft';
import { ChoiceField } from '../../components/choice-field';
import { CommandForm } from '../../components/command-form';
import { InputField, TextAreaField } from '../../components/fields';
import { allowedSteps } from './case-steps';

interface ActionsProps {
  review: CasualtyReviewItem;
  reload: () => void;
}

const OUTCOMES = ASSESSMENT_OUTCOMES.map((value) => ({ value, label: humanize(value) }));
const LABELS = {
  outcome: 'Outcome',
  rationale: 'Rationale',
  authority: 'Investigating authority',
  reference: 'Reference',
  findings: 'Findings',
  confirmedKilled: 'Confirmed killed',
  confirmedInjured: 'Confirmed injured',
  newInformation: 'New information',
  reason: 'Reason',
};

const whole = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** The next steps the case allows; each form keeps its text in the tab's drafts until the server accepts it. */
export function CaseActions({ review, reload }: ActionsProps) {
  const draft = useDraft(`civcas-${review.id}`, () => ({ outcome: '', rationale: '', authority: '', reference: '', findings: '', confirmedKilled: '', confirmedInjured: '', newInformation: '', reason: '' }));
  const { values, set } = draft;
  const post = (step: string, body: Record<string, unknown>) => apiRequest('POST', `/casualty-reviews/${review.id}/${step}`, { ...body, expectedRevision: review.revision });
  const done = () => (draft.clear(), reload());
  const common = { labels: LABELS, onDone: done, onConflict: reload };
  const steps = allowedSteps(review);
  if (steps.length === 0) return <p class="empty">No further steps: the case is {humanize(review.status).toLowerCase()}.</p>;
  return (
    <>
      {steps.includes('assess') && (
        <CommandForm {...common} title="Assess the suspicion" submitLabel="Record assessment" send={() => post('assessment', { outcome: values.outcome || undefined, rationale: values.rationale })}>
          {(errors) => (
            <>
              <ChoiceField name="outcome" legend="Outcome" options={OUTCOMES} value={values.outcome} onInput={set('outcome')} errors={errors.outcome} hint="Not credible closes the case; insufficient information keeps it open for reassessment." />
              <TextAreaField name="rationale" label="Rationale" hint="At least 20 characters." rows={4} value={values.rationale} onInput={set('rationale')} errors={errors.rationale} />
            </>
          )}
        </CommandForm>
      )}
      {steps.includes('investigate') && (
        <CommandForm {...common} title="Open an investigation" submitLabel="Open investigation" send={() => post('investigation', { authority: values.authority, reference: values.reference.trim() || undefined })}>
          {(errors) => (
            <>
              <InputField name="authority" label="Investigating authority" hint="For example: Koninklijke Marechaussee." value={values.authority} onInput={set('authority')} errors={errors.authority} />
              <InputField name="reference" label="Reference" optional value={values.reference} onInput={set('reference')} errors={errors.reference} />
              <p class="hint">Opening an investigation starts a parliamentary notification.</p>
            </>
          )}
        </CommandForm>
      )}
      {steps.includes('conclude') && (
        <CommandForm
          {...common}
          title="Conclude the investigation"
          submitLabel="Conclude and close"
          send={() => post('conclusion', { findings: values.findings, confirmedKilled: whole(values.confirmedKilled), confirmedInjured: whole(values.confirmedInjured) })}
        >
          {(errors) => (
            <>
              <TextAreaField name="findings" label="Findings" rows={5} value={values.findings} onInput={set('findings')} errors={errors.findings} />
              <div class="grid">
                <InputField name="confirmedKilled" label="Confirmed killed" type="number" min={0} value={values.confirmedKilled} onInput={set('confirmedKilled')} errors={errors.confirmedKilled} />
                <InputField name="confirmedInjured" label="Confirmed injured" type="number" min={0} value={values.confirmedInjured} onInput={set('confirmedInjured')} errors={errors.confirmedInjured} />
              </div>
            </>
          )}
        </CommandForm>
      )}
      {steps.includes('reopen') && (
        <CommandForm {...common} title="Reopen the case" submitLabel="Reopen case" send={() => post('reopening', { newInformation: values.newInformation, reason: values.reason })}>
          {(errors) => (
            <>
              <TextAreaField name="newInformation" label="New information" rows={4} value={values.newInformation} onInput={set('newInformation')} errors={errors.newInformation} />
              <TextAreaField name="reason" label="Reason" rows={2} value={values.reason} onInput={set('reason')} errors={errors.reason} />
            </>
          )}
        </CommandForm>
      )}
    </>
  );
}
