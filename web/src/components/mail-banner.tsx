/**
 * The mail banner: shown at the top of Today and Settings only when the
 * seeker's mail needs them (the provider sign-in was revoked, or syncing
 * keeps failing), with what to do in one sentence. Reads GET
 * /api/mail/status, and again every so often while the page is open (the
 * watch's state is not a data change, so no event says it moved).
 */
import { useEffect } from 'react';
import { api, type MailStatusAnswer } from '../api.js';
import { Link } from '../router.js';
import { useLoad } from './common.js';

/** How often an open page asks again. */
const EVERY_MS = 15_000;

/** What the banner says for a status, or null when mail needs nothing from the seeker. */
export function mailTrouble(status: MailStatusAnswer): { title: string; todo: string } | null {
  if (status.state === 'reconnect') {
    return {
      title: 'Your mail account needs signing in again.',
      todo: 'The provider withdrew afterview’s access: run afterview connect with --oauth again (Settings, Mail explains how), and syncing picks it up by itself.',
    };
  }
  if (status.state === 'retrying' || (status.lastError && status.state !== 'watching' && status.state !== 'off')) {
    const why = status.lastError ? ` ${status.lastError.message.replace(/[.\s]+$/, '')}.` : '';
    return {
      title: `Mail is not syncing.${why}`,
      // The error's own hint is written for the command line ("sync again"); here the watch retries by itself.
      todo: 'Check the address and app password under Mail with “Test connection”; afterview keeps trying by itself.',
    };
  }
  return null;
}

/** The banner, or nothing. `here` is true on Settings, where the link would lead to the same page. */
export function MailBanner({ here = false }: { here?: boolean }) {
  const { data, reload } = useLoad(() => api<MailStatusAnswer>('GET', '/mail/status'), []);
  useEffect(() => {
    const timer = setInterval(reload, EVERY_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const trouble = data ? mailTrouble(data) : null;
  if (!trouble) return null;
  return (
    <div className="banner banner-warn" role="status">
      <p>
        <strong>{trouble.title}</strong> {trouble.todo}
      </p>
      {here ? (
        <a href="#mail-title">Go to the mail account</a>
      ) : (
        <Link href="/settings#mail-title">Fix it in Settings</Link>
      )}
    </div>
  );
}
