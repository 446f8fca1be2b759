import { formatDateTime, humanize } from '../../api/labels';
import type { IncidentHistoryEntry } from '../../api/types';
import { describeValue } from './incident-facts';
import { FIELD_LABELS } from './incident-fields';

const TITLES: Record<string, string> = {
  IncidentReported: 'Reported',
  UseOfForceReported: 'Use of force reported',
  IncidentAmended: 'Amended',
  IncidentClosed: 'Closed',
};

/** Every change in order; an amendment shows what each field was and became, so the original stays readable. */
export function IncidentHistory({ history }: { history: IncidentHistoryEntry[] }) {
  return (
    <ol class="timeline">
      {history.map((entry) => (
        <li key={entry.revision}>
          <strong>{TITLES[entry.type] ?? humanize(entry.type)}</strong>{' '}
          <span class="when">{formatDateTime(entry.at)}</span>
          <div class="who">
            by {entry.userId} ({entry.role})
          </div>
          {entry.reason && <p class="prose">Reason: {entry.reason}</p>}
          {entry.type === 'IncidentAmended' && entry.changes && (
            <ul class="changes">
              {Object.entries(entry.changes as Record<string, { from: unknown; to: unknown }>).map(([field, change]) => (
                <li key={field}>
                  {FIELD_LABELS[field] ?? humanize(field)}: <del>{describeValue(change.from)}</del> → <ins>{describeValue(change.to)}</ins>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
