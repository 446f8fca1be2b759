import { useEffect, useState } from 'preact/hooks';
import { homeFor } from './api/permissions';
import { currentSession, onSessionChange } from './api/session';
import { Alert } from './components/feedback';
import { Shell } from './components/shell';
import { SignInPage } from './pages/sign-in';
import { ROUTES } from './routes';
import { matchPath, navigate, useLocation } from './router';

export function App() {
  const location = useLocation();
  const [session, setSession] = useState(currentSession);
  useEffect(() => onSessionChange(() => setSession(currentSession())), []);

  if (!session) {
    const next = location.path === '/sign-in' ? location.query.get('next') ?? undefined : location.path + (location.query.size ? `?${location.query}` : '');
    if (location.path !== '/sign-in') navigate(`/sign-in?next=${encodeURIComponent(next ?? '/')}`, { replace: true });
    return <SignInPage next={next} />;
  }
  if (location.path === '/' || location.path === '/sign-in') {
    navigate(homeFor(session.role), { replace: true });
    return null;
  }
  for (const route of ROUTES) {
    const params = matchPath(route.path, location.path);
    if (!params) continue;
    return (
      <Shell session={session} path={location.path}>
        {route.allowed(session.role) ? (
          route.render(params, location.query, session)
        ) : (
          <Alert kind="warning" title="Not available to your role">
            <p>Your role ({session.role}) cannot use this page.</p>
          </Alert>
        )}
      </Shell>
    );
  }
  return (
    <Shell session={session} path={location.path}>
      <Alert kind="warning" title="Page not found">
        <p>There is no page at {location.path}.</p>
      </Alert>
    </Shell>
  );
}
