/**
 * "Send": an item's message goes out through the seeker's SMTP account and
 * is logged. A check-in that comes too soon is held back with the reason and
 * when it would be fine, and can be sent anyway; a missing mail account
 * points to Settings.
 */
import { useState } from 'react';
import { ApiError, api, itemPath, type SendRequest, type SendResult } from '../api.js';
import { Link } from '../router.js';
import { ErrorNote } from './common.js';

export interface Outgoing {
  subject: string;
  body: string;
  /** An address other than the draft's. */
  to?: string | null;
}

export function SendButton(props: { itemId: string; message: () => Outgoing; onSent: (text: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const send = async (anyway: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      const m = props.message();
      const r = await api<SendResult>('POST', `${itemPath(props.itemId)}/send`, {
        subject: m.subject,
        body: m.body,
        ...(m.to ? { to: m.to } : {}),
        ...(anyway ? { anyway: true } : {}),
      } satisfies SendRequest);
      props.onSent(`Sent to ${r.to} and logged.`);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  };
  const code = problem instanceof ApiError ? problem.code : null;
  return (
    <>
      <button type="button" className="primary" disabled={busy} onClick={() => send(false)}>
        {busy ? 'Sending…' : 'Send'}
      </button>
      {code === 'check_in_too_soon' && problem instanceof ApiError ? (
        <div className="send-problem" role="alert">
          <p>
            {problem.message}
            {problem.hint ? `; ${problem.hint.replace(/; use --anyway.*$/, '')}.` : ''}
          </p>
          <button type="button" disabled={busy} onClick={() => send(true)}>
            Send anyway
          </button>
        </div>
      ) : code === 'not_configured' && problem instanceof ApiError ? (
        <div className="send-problem" role="alert">
          <p>
            {problem.message}. Set it up under <Link href="/settings">Settings</Link> (mail accounts and your email), or
            use "Open in mail app" and then "Mark as sent".
          </p>
        </div>
      ) : (
        <ErrorNote error={problem} />
      )}
    </>
  );
}
