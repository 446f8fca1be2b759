import { useRef, useState } from 'preact/hooks';

const PREFIX = 'register.draft.';

/**
 * Form values kept in this tab's storage as they are typed, so neither a refusal, a reload nor an expired
 * sign-in loses a half-written report. `clear` after the server has accepted it.
 */
export function useDraft(key: string, initial: () => Record<string, string>) {
  const storageKey = PREFIX + key;
  const [values, setValues] = useState<Record<string, string>>(() => {
    const saved = sessionStorage.getItem(storageKey);
    return saved ? { ...initial(), ...(JSON.parse(saved) as Record<string, string>) } : initial();
  });
  // Stored in the same event as the keystroke, not in an effect after the next paint: a reload straight after
  // typing (or a tab the browser throttles) must not lose the last words.
  const latest = useRef(values);
  const keep = (next: Record<string, string>) => {
    latest.current = next;
    setValues(next);
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the form still works, only a reload would lose it.
    }
  };
  const set = (name: string) => (value: string) => keep({ ...latest.current, [name]: value });
  const clear = () => {
    sessionStorage.removeItem(storageKey);
    latest.current = initial();
    setValues(latest.current);
  };
  /** Back to the initial values for these fields only: one form of several on a page succeeded. */
  const reset = (names: string[]) => {
    const fresh = initial();
    keep({ ...latest.current, ...Object.fromEntries(names.map((name) => [name, fresh[name] ?? ''])) });
  };
  return { values, set, clear, reset };
}

/** On sign-out the next person at this terminal must not see someone else's drafts. */
export function discardAllDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
