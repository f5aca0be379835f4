/**
 * The web app: a shell with the main navigation (the Inbox entry counts the
 * mail waiting for review; a tab bar at the bottom on phones), the theme
 * toggle and the toasts (above that bar on phones), and one view
 * per route. Each route sets the page title and, when reached by
 * navigation, gets the focus. Marks the first render of Today for the
 * end-to-end timing.
 */
import { type JSX, lazy, StrictMode, Suspense, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Toaster } from 'sonner';
import 'sonner/dist/styles.css';
import { api, getInbox, INBOX_CHANGED } from './api.js';
import { Link, Router, useLocation } from './router.js';
import { TodayView } from './views/today.view.js';
import './styles.css';

// Today, the page opened every morning, comes with the first load; every other view is its own
// chunk, fetched when first visited, so the board's and the settings' libraries don't delay Today.
const ComposerView = lazy(() => import('./views/composer.view.js').then((m) => ({ default: m.ComposerView })));
const InboxView = lazy(() => import('./views/inbox.view.js').then((m) => ({ default: m.InboxView })));
const OpportunityView = lazy(() => import('./views/opportunity.view.js').then((m) => ({ default: m.OpportunityView })));
const PipelineView = lazy(() => import('./views/pipeline.view.js').then((m) => ({ default: m.PipelineView })));
const SeekersView = lazy(() => import('./views/seekers.view.js').then((m) => ({ default: m.SeekersView })));
const SeekerView = lazy(() => import('./views/seekers.view.js').then((m) => ({ default: m.SeekerView })));
const SettingsView = lazy(() => import('./views/settings.view.js').then((m) => ({ default: m.SettingsView })));
const SigninView = lazy(() => import('./views/signin.view.js').then((m) => ({ default: m.SigninView })));

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/pipeline', label: 'Pipeline' },
  { href: '/inbox', label: 'Inbox' },
  { href: '/compose', label: 'Composer' },
  { href: '/settings', label: 'Settings' },
];

/** A coach's account has one place: the seekers who granted access. */
const COACH_NAV = [{ href: '/seekers', label: 'Your seekers' }];

/** Whether a coach is signed in (a server with accounts); read on load and again once the sign-in page is left. */
function useCoach(path: string): boolean {
  const [coach, setCoach] = useState(false);
  const signingIn = path === '/signin';
  useEffect(() => {
    if (signingIn) return;
    let live = true;
    api<{ role: string }>('GET', '/session').then(
      (account) => live && setCoach(account.role === 'coach'),
      () => live && setCoach(false),
    );
    return () => {
      live = false;
    };
  }, [signingIn]);
  return coach;
}

/** How many messages wait for review; refreshed on each move and when the inbox changes. */
function useInboxCount(path: string, coach: boolean): number {
  const [count, setCount] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((t) => t + 1);
    window.addEventListener(INBOX_CHANGED, bump);
    return () => window.removeEventListener(INBOX_CHANGED, bump);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: path and tick are the reasons to count again
  useEffect(() => {
    if (coach) {
      setCount(0);
      return;
    }
    let live = true;
    getInbox().then(
      (list) => live && setCount(list.length),
      () => live && setCount(0),
    );
    return () => {
      live = false;
    };
  }, [path, tick, coach]);
  return count;
}

type Theme = 'system' | 'light' | 'dark';
const THEME_KEY = 'afterview-theme';
const THEME_LABEL: Record<Theme, string> = { system: 'Auto', dark: 'Dark', light: 'Light' };
const THEME_NEXT: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'system' };

const DARK_QUERY = window.matchMedia('(prefers-color-scheme: dark)');

function storedTheme(): Theme {
  const saved = window.localStorage.getItem(THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** The theme in use: the seeker's choice, or the system's (followed as it changes). */
function useTheme(): [Theme, 'light' | 'dark', () => void] {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const [systemDark, setSystemDark] = useState(DARK_QUERY.matches);
  useEffect(() => {
    const follow = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    DARK_QUERY.addEventListener('change', follow);
    return () => DARK_QUERY.removeEventListener('change', follow);
  }, []);
  const resolved = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
    if (theme === 'system') window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, theme);
  }, [theme, resolved]);
  return [theme, resolved, () => setTheme((t) => THEME_NEXT[t])];
}

/** The page title and the view for a path. */
function route(path: string, coach: boolean): { title: string; view: JSX.Element } {
  const opp = /^\/opportunities\/([^/]+)$/.exec(path);
  const seeker = /^\/seekers\/([^/]+)$/.exec(path);
  if (path === '/seekers' || (coach && path === '/')) return { title: 'Your seekers', view: <SeekersView /> };
  if (seeker?.[1]) {
    const id = decodeURIComponent(seeker[1]);
    return { title: 'A seeker, read only', view: <SeekerView id={id} /> };
  }
  if (path === '/') return { title: 'Today', view: <TodayView /> };
  if (path === '/pipeline') return { title: 'Pipeline', view: <PipelineView /> };
  if (path === '/compose') return { title: 'Composer', view: <ComposerView /> };
  if (path === '/inbox') return { title: 'Inbox', view: <InboxView /> };
  if (path === '/settings') return { title: 'Settings', view: <SettingsView /> };
  if (path === '/signin') return { title: 'Sign in', view: <SigninView /> };
  if (opp?.[1]) {
    const id = decodeURIComponent(opp[1]);
    return { title: `Opportunity ${id}`, view: <OpportunityView id={id} /> };
  }
  return {
    title: 'Not found',
    view: (
      <section>
        <h1>Not found</h1>
        <p>
          There is nothing at this address. <Link href="/">Go to Today</Link>.
        </p>
      </section>
    ),
  };
}

function Shell() {
  const { path } = useLocation();
  const coach = useCoach(path);
  const inboxCount = useInboxCount(path, coach);
  const [theme, resolved, nextTheme] = useTheme();
  // A coach's home is their seekers: "Your seekers" is the current page there too.
  const current = (href: string) =>
    href === '/' ? path === '/' : path.startsWith(href) || (coach && href === '/seekers' && path === '/');
  const { title, view } = route(path, coach);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);

  useEffect(() => {
    document.title = `${title} · afterview`;
  }, [title]);
  // A move to another route puts the focus on the new page (its heading once drawn), not on the link left behind.
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    const main = mainRef.current;
    main?.focus();
    // The view may still be loading: its heading takes the focus once drawn (if the focus has not moved on).
    let tries = 0;
    const timer = window.setInterval(() => {
      // A view still loading leaves the one before it in the page, hidden: only a drawn heading counts.
      const heading = [...(main?.querySelectorAll<HTMLElement>('h1') ?? [])].find((h) => h.getClientRects().length > 0);
      if (heading && document.activeElement === main) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
      }
      if (heading || document.activeElement !== main || ++tries > 40) window.clearInterval(timer);
    }, 50);
    return () => window.clearInterval(timer);
  }, [path]);

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">afterview</span>
        <nav aria-label="Main">
          <ul>
            {(coach ? COACH_NAV : NAV).map((n) => (
              <li key={n.href}>
                <Link href={n.href} aria-current={current(n.href) ? 'page' : undefined}>
                  {n.label}
                  {n.href === '/inbox' && inboxCount > 0 ? (
                    <span className="count">
                      {inboxCount}
                      <span className="visually-hidden"> to review</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="theme"
          onClick={nextTheme}
          aria-label={`Theme: ${THEME_LABEL[theme]}${theme === 'system' ? ` (the system's, ${resolved})` : ''}; change it`}
        >
          Theme: {THEME_LABEL[theme]}
        </button>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef}>
        <Suspense fallback={<p className="status">Loading…</p>}>{view}</Suspense>
      </main>
      <Toaster
        theme={resolved}
        position="bottom-center"
        richColors={false}
        duration={8000}
        mobileOffset={{ bottom: 'calc(4rem + env(safe-area-inset-bottom))' }}
      />
    </>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Router>
        <Shell />
      </Router>
    </StrictMode>,
  );
