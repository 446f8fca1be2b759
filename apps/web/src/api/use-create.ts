import { useState } from 'preact/hooks';
import { ApiError, apiRequest, newUuid } from './client';
import type { CommandResult } from './types';

interface Draft {
  values: Record<string, string>;
  set: (name: string) => (value: string) => void;
  clear: () => void;
}

/**
 * Submits a creation form with the draft's client-chosen `id`: a retry after a lost answer is recognised by the
 * server and creates nothing twice. A refusal keeps every typed value and gets a fresh id (nothing was written).
 */
export function useCreate(draft: Draft, path: string, body: () => Record<string, unknown>, onCreated: (id: string) => void) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      const id = draft.values.clientId ? { id: draft.values.clientId } : {};
      const result = await apiRequest<CommandResult>('POST', path, { ...id, ...body() });
      draft.clear();
      onCreated(result.id);
    } catch (error) {
      const refused = error instanceof ApiError ? error : new ApiError(0, String(error));
      if (refused.status >= 400 && refused.status < 500 && draft.values.clientId) draft.set('clientId')(newUuid());
      setFailure(refused);
    } finally {
      setBusy(false);
    }
  };
  return { submit, failure, busy, reset: () => setFailure(null) };
}
