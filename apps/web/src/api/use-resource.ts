import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, apiRequest } from './client';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Reads `path` from the API whenever it changes; `reload` after a command (reads are read-your-writes). */
export function useResource<T>(path: string | null): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setLoading(true);
    apiRequest<T>('GET', path)
      .then((answer) => current && (setData(answer), setError(undefined)))
      .catch((failure: unknown) => current && setError(failure instanceof ApiError ? failure : new ApiError(0, String(failure))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [path, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
