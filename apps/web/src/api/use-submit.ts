import { useState } from 'preact/hooks';
import { ApiError } from './client';

/** Runs a form's action with a busy flag, keeping the server's refusal (if any) for the form to show. */
export function useSubmit(action: () => Promise<void>, onRefused?: (refusal: ApiError) => ApiError | void) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event?: Event) => {
    event?.preventDefault();
    setBusy(true);
    try {
      await action();
      setFailure(null);
    } catch (error) {
      const refused = error instanceof ApiError ? error : new ApiError(0, String(error));
      setFailure(onRefused?.(refused) ?? refused);
    } finally {
      setBusy(false);
    }
  };
  return { submit, failure, busy, reset: () => setFailure(null) };
}
