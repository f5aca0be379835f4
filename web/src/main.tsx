/**
 * The web app: a shell with the main navigation (the Inbox entry counts the
 * mail waiting for review) and one view per route. Marks the first render of
 * Today for the end-to-end timing.
 */
import { type JSX, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { getInbox, INBOX_CHANGED } from './api.js';
import { Link, Router, useLocation } from './router.js';
import { ComposerView } from './views/composer.view.js';
import { InboxView } from './views/inbox.view.js';
import { OpportunityView } from './views/opportunity.view.js';
import { PipelineView } from './views/pipeline.view.js';
import { SettingsView } from './views/settings.view.js';
import { SigninView } from './views/signin.view.js';
import { TodayView } from './views/today.view.js';
import './styles.css';

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/pipeline', label: 'Pipeline' },
  { href: '/inbox', label: 'Inbox' },
  { href: '/compose', label: 'Composer' },
  { href: '/settings', label: 'Settings' },
];

/** How many messages wait for review; refreshed on each move and when the inbox changes. */
function useInboxCount(path: string): number {
  const [count, setCount] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((t) => t + 1);
    window.addEventListener(INBOX_CHANGED, bump);
    return () => window.removeEventListener(INBOX_CHANGED, bump);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: path and tick are the reasons to count again
  useEffect(() => {
    let live = true;
    getInbox().then(
      (list) => live && setCount(list.length),
      () => live && setCount(0),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  return count;
}

function Shell() {
  const { path } = useLocation();
  const inboxCount = useInboxCount(path);
  const current = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));
  let view: JSX.Element;
  const opp = /^\/opportunities\/([^/]+)$/.exec(path);
  if (path === '/') view = <TodayView />;
  else if (path === '/pipeline') view = <PipelineView />;
  else if (path === '/compose') view = <ComposerView />;
  else if (path === '/inbox') view = <InboxView />;
  else if (path === '/settings') view = <SettingsView />;
  else if (path === '/signin') view = <SigninView />;
  else if (opp?.[1]) view = <OpportunityView id={decodeURIComponent(opp[1])} />;
  else
    view = (
      <section>
        <h1>Not found</h1>
        <p>
          There is nothing at this address. <Link href="/">Go to Today</Link>.
        </p>
      </section>
    );
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">afterview</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
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
      </header>
      <main id="main" tabIndex={-1}>
        {view}
      </main>
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
