import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NAVIGATION } from '../api/permissions';
import { endSession, type Session } from '../api/session';
import { discardAllDrafts } from '../api/use-draft';
import { Link } from '../router';

/** Header with the role's navigation (only what the role may do), a skip link and the page. */
export function Shell({ session, path, children }: { session: Session; path: string; children: ComponentChildren }) {
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    setMenuOpen(false);
    document.getElementById('page-title')?.focus({ preventScroll: true });
  }, [path]);
  const items = NAVIGATION.filter((item) => item.visible(session.role));
  const active = items.filter((item) => path === item.href || path.startsWith(`${item.href}/`)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true" />
          <span>
            Risk and Incident Register
            <small>Force Protection · Iraq</small>
          </span>
        </div>
        <button type="button" class="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
          Menu
        </button>
        <nav id="main-nav" class={`main-nav${menuOpen ? ' main-nav--open' : ''}`} aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={item === active ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          <div class="user">
            <span>
              {session.username} <span class="role">{session.role}</span>
            </span>
            <button type="button" class="button button--quiet" onClick={() => (discardAllDrafts(), endSession())}>
              Sign out
            </button>
          </div>
        </nav>
      </header>
      <div id="announcer" class="sr-only" role="status" aria-live="polite" />
      <main id="main" class="content">
        <p class="print-only print-brand">Risk and Incident Register · Force Protection Iraq · printed by {session.username}</p>
        {children}
      </main>
    </div>
  );
}
