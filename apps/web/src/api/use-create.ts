import { newUuid, apiRequest } from './client';
import type { CommandResult } from './types';
import { useSubmit } from './use-submit';

interface Draft {
  values: Record<string, string>;
  set: (name: string) => (value: string) => void;
  clear: () => void;
}

/**
 * Submits a creation form with the draft's client-chosen `id` (when it has one): a retry after a lost answer is
 * recognised by the server and creates nothing twice. A refusal keeps every typed value and gets a fresh id,
 * since nothing was written.
 */
export function useCreate(draft: Draft, path: string, body: () => Record<string, unknown>, onCreated: (id: string) => void) {
  return useSubmit(
    async () => {
      const id = draft.values.clientId ? { id: draft.values.clientId } : {};
      const result = await apiRequest<CommandResult>('POST', path, { ...id, ...body() });
      draft.clear();
      onCreated(result.id);
    },
    (refused) => {
      if (refused.status >= 400 && refused.status < 500 && draft.values.clientId) draft.set('clientId')(newUuid());
    },
  );
}
