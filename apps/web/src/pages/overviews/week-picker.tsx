import { useState } from 'preact/hooks';
import { navigate } from '../../router';
import { isIsoWeek, shiftWeek } from './iso-week';

/** Previous / next week and a typed week id; `base` is the page path the week is appended to. */
export function WeekPicker({ week, base, suffix = '' }: { week: string; base: string; suffix?: string }) {
  const [typed, setTyped] = useState(week);
  const go = (target: string) => navigate(`${base}/${target}${suffix}`);
  return (
    <form
      class="week-picker no-print"
      aria-label="Choose a week"
      onSubmit={(event) => {
        event.preventDefault();
        if (isIsoWeek(typed.trim().toUpperCase())) go(typed.trim().toUpperCase());
      }}
    >
      <button type="button" class="button button--secondary button--small" onClick={() => go(shiftWeek(week, -1))}>
        ← <span class="sr-only">Previous week</span>
        <span aria-hidden="true">Prev</span>
      </button>
      <label for="week-id" class="sr-only">
        Week (YYYY-Www)
      </label>
      <input id="week-id" value={typed} onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)} pattern="\d{4}-W\d{2}" size={9} />
      <button type="submit" class="button button--secondary button--small">
        Go
      </button>
      <button type="button" class="button button--secondary button--small" onClick={() => go(shiftWeek(week, 1))}>
        <span aria-hidden="true">Next</span>
        <span class="sr-only">Next week</span> →
      </button>
    </form>
  );
}
