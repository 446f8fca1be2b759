import { useState } from 'preact/hooks';
import { ApiError, apiRequest } from '../api/client';
import { useSubmit } from '../api/use-submit';
import { homeFor } from '../api/permissions';
import { sessionExpired, startSession } from '../api/session';
import type { IssuedToken } from '../api/types';
import { Alert, ErrorSummary } from '../components/feedback';
import { InputField } from '../components/fields';
import { navigate } from '../router';

export function SignInPage({ next }: { next?: string }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { submit, failure, busy } = useSubmit(
    async () => {
      const token = await apiRequest<IssuedToken>('POST', '/auth/token', { username, password });
      startSession({ token: token.accessToken, role: token.role, username, expiresAt: Date.now() + token.expiresIn * 1000 });
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : homeFor(token.role), { replace: true });
    },
    (refused) => {
      setPassword('');
      if (refused.status === 401) return new ApiError(401, 'The username or password is not right.');
    },
  );

  return (
    <main class="sign-in" id="main">
      <form class="card sign-in-card" onSubmit={submit} noValidate>
        <p class="eyebrow">Force Protection · Iraq</p>
        <h1>Risk and Incident Register</h1>
        <p class="lead">Sign in with your register account.</p>
        {sessionExpired() && !failure && (
          <Alert kind="info" title="Your session has ended">
            <p>Sign in again to carry on where you were. Anything you had typed is kept.</p>
          </Alert>
        )}
        {failure && <ErrorSummary message={failure.message} fields={failure.fields} />}
        <InputField name="username" label="Username" value={username} onInput={setUsername} autoComplete="username" required />
        <InputField name="password" label="Password" type="password" value={password} onInput={setPassword} autoComplete="current-password" required />
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
