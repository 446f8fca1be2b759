import { useEffect, useState } from 'preact/hooks';

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
  useEffect(() => sessionStorage.setItem(storageKey, JSON.stringify(values)), [storageKey, values]);
  const set = (name: string) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const clear = () => {
    sessionStorage.removeItem(storageKey);
    setValues(initial());
  };
  /** Back to the initial values for these fields only: one form of several on a page succeeded. */
  const reset = (names: string[]) => {
    const fresh = initial();
    setValues((current) => ({ ...current, ...Object.fromEntries(names.map((name) => [name, fresh[name] ?? ''])) }));
  };
  return { values, set, clear, reset, replace: setValues };
}

/** On sign-out the next person at this terminal must not see someone else's drafts. */
export function discardAllDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
