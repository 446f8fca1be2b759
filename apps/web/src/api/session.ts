import type { Role } from './types';

export interface Session {
  token: string;
  role: Role;
  username: string;
  expiresAt: number;
}

const KEY = 'register.session';
const EXPIRED_KEY = 'register.session-expired';
const listeners = new Set<() => void>();

/** The signed-in user, kept for this browser tab only (a shared terminal should not stay signed in). */
export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  return session.expiresAt > Date.now() ? session : null;
}

export function startSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  sessionStorage.removeItem(EXPIRED_KEY);
  listeners.forEach((listener) => listener());
}

/** Ends the session; `expired` tells the sign-in page to say why (and that drafts were kept). */
export function endSession(expired = false): void {
  sessionStorage.removeItem(KEY);
  if (expired) sessionStorage.setItem(EXPIRED_KEY, 'yes');
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sessionExpired(): boolean {
  return sessionStorage.getItem(EXPIRED_KEY) === 'yes';
}
