import { currentSession, endSession } from './session';

/** A refusal from the server: `fields` names each offending field on a 400. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Calls the register's API with the session's bearer token; a 401 ends the session. */
export async function apiRequest<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const session = currentSession();
  const allHeaders: Record<string, string> = { accept: 'application/json', ...headers };
  if (session) allHeaders.authorization = `Bearer ${session.token}`;
  if (body !== undefined) allHeaders['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, headers: allHeaders, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'The register cannot be reached. Check the connection; nothing was lost from this page.');
  }
  const text = await response.text();
  const payload = text ? safeJson(text) : undefined;
  if (response.ok) return payload as T;
  // An expired or revoked token: back to sign-in, which returns here; drafts stay in this tab.
  if (response.status === 401 && path !== '/auth/token') endSession(true);
  throw toApiError(response.status, payload);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  const body = (typeof payload === 'object' && payload !== null ? payload : {}) as { message?: unknown; fields?: Record<string, string[]> };
  const message = Array.isArray(body.message) ? body.message.join('; ') : typeof body.message === 'string' ? body.message : defaultMessage(status);
  return new ApiError(status, message, body.fields ?? {});
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Your role may not do this.';
  if (status === 404) return 'Not found.';
  if (status === 503) return 'The register is busy catching up. Try again in a moment.';
  return `The server answered ${status}.`;
}

/** A v4 UUID that also works on plain http (crypto.randomUUID needs a secure context). */
export function newUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Fetches a file the API produces (CSV) with the session's token and offers it as a download. */
export async function downloadFromApi(path: string, filename: string): Promise<void> {
  const session = currentSession();
  const response = await fetch(`/api${path}`, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  if (!response.ok) throw toApiError(response.status, safeJson(await response.text()));
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
