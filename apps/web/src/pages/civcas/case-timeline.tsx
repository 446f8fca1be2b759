import { formatDateTime, humanize } from '../../api/labels';
import type { HistoryEntry } from '../../api/types';
import { STEP_TITLES } from './case-steps';

/** The words that matter in each step; the full record stays in the API. */
function stepText(step: HistoryEntry): string[] {
  const data = step.data as Record<string, string | number | boolean | undefined>;
  switch (step.type) {
    case 'CasualtySuspicionReported':
      return [data.automatic ? 'Opened automatically by a use-of-force report.' : `Source: ${humanize(String(data.source))}.`];
    case 'CasualtyAssessed':
      return [`Outcome: ${humanize(String(data.outcome))}.`, String(data.rationale)];
    case 'CasualtyInvestigationOpened':
      return [`Investigation ${data.investigation} by ${data.authority}${data.reference ? ` (${data.reference})` : ''}.`];
    case 'CasualtyInvestigationConcluded':
      return [`Confirmed killed ${data.confirmedKilled}, injured ${data.confirmedInjured}.`, String(data.findings)];
    case 'CasualtyReviewClosed':
      return [`Reason: ${humanize(String(data.reason))}.`];
    case 'CasualtyReviewReopened':
      return [String(data.reason), `New information: ${data.newInformation}`];
    default:
      return [];
  }
}

export function CaseTimeline({ steps }: { steps: HistoryEntry[] }) {
  return (
    <ol class="timeline">
      {steps.map((step) => (
        <li key={step.revision}>
          <strong>{STEP_TITLES[step.type] ?? humanize(step.type)}</strong> <span class="when">{formatDateTime(step.at)}</span>
          <div class="who">
            by {step.userId} ({step.role})
          </div>
          {stepText(step).map((line, index) => (
            <p key={index} class="prose">
              {line}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
