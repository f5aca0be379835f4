/**
 * The composer: a draft (an item's, or a blank page) in a textarea with the
 * tone check running as you type. Flagged words are highlighted in a copy
 * of the text, each with its suggested wording.
 */
import { Fragment, useEffect, useId, useState } from 'react';
import { mailtoLink } from '../../../src/core/drafts/mailto.js';
import {
  type AgendaItemJson,
  api,
  type CheckAnswer,
  type DraftResult,
  itemPath,
  oppPath,
  type SentAnswer,
  type SentRequest,
  sentPurposeOf,
  type ToneFlag,
} from '../api.js';
import { ErrorNote, Field, Status, useOneAtATime } from '../components/common.js';
import { SendButton } from '../components/send.js';
import { useLocation } from '../router.js';

const RULE_LABEL: Record<string, string> = {
  pleading: 'Pleading',
  'over-apology': 'Over-apologising',
  pressure: 'Pressure',
  generic: 'Generic',
  'too-long': 'Too long',
  exclamations: 'Exclamation marks',
  'unbacked-claim': 'Claim without a fact behind it',
};

export function ComposerView() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const itemId = params.get('item');
  const [item, setItem] = useState<AgendaItemJson | null>(null);
  const [forOpp, setForOpp] = useState<string | null>(params.get('for'));
  const [to, setTo] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [flags, setFlags] = useState<ToneFlag[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const textId = useId();

  useEffect(() => {
    if (!itemId) return;
    api<DraftResult>('GET', `${itemPath(itemId)}/draft`).then((r) => {
      setItem(r.item);
      setForOpp(r.item.opportunityId);
      setTo(r.item.draft?.to ?? '');
      setSubject(r.item.draft?.subject ?? '');
      setBody(r.item.draft?.body ?? '');
    }, setError);
  }, [itemId]);

  useEffect(() => {
    if (body.trim() === '') {
      setFlags(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api<CheckAnswer>('POST', '/check', {
        text: body,
        opportunity: forOpp,
        ...(item ? { checkIn: ['ask-timeline', 'status-check', 'explicit-check'].includes(item.kind) } : {}),
      }).then(
        (r) => live && setFlags(r.flags),
        (e: unknown) => live && setError(e),
      );
    }, 300);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [body, forOpp, item]);

  const { pending, guard } = useOneAtATime();
  const markSent = () =>
    guard(async () => {
      if (!item?.opportunityId) return;
      try {
        const purpose = sentPurposeOf(item.kind);
        if (!purpose) throw new Error(`There is nothing to log as sent for this ${item.kind} item.`);
        const r = await api<SentAnswer>('POST', `${oppPath(item.opportunityId)}/sent`, {
          purpose,
          interview: item.interviewId,
          to: item.contactId,
          subject,
          body,
        } satisfies SentRequest);
        setNotice(['Logged as sent.', ...r.warnings.map((w) => w.message)].join(' '));
      } catch (e) {
        setError(e);
      }
    });

  return (
    <section aria-labelledby="composer-title">
      <h1 id="composer-title">Composer</h1>
      <p className="muted">
        {item
          ? `${item.title}.`
          : 'Write any follow-up here; the tone check reads it as you type. Open a draft from Today to start from it.'}
      </p>
      {notice ? <Status>{notice}</Status> : null}
      <ErrorNote error={error} />
      <div className="composer">
        <div className="compose-fields">
          <Field label="To" value={to} onChange={setTo} type="email" />
          <Field label="Subject" value={subject} onChange={setSubject} />
          <div className="field">
            <label htmlFor={textId}>Message</label>
            <textarea
              id={textId}
              rows={14}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-describedby={`${textId}-flags`}
            />
          </div>
          <div className="actions">
            <button type="button" onClick={() => navigator.clipboard.writeText(`Subject: ${subject}\n\n${body}`)}>
              Copy
            </button>
            <a className="button" href={mailtoLink({ to: to || null, subject, body })}>
              Open in mail app
            </a>
            {item?.opportunityId && item.draft ? (
              <SendButton
                itemId={item.id}
                message={() => ({ subject, body, to: to && to !== item.draft?.to ? to : null })}
                onSent={setNotice}
              />
            ) : null}
            {item?.opportunityId ? (
              <button type="button" disabled={pending} onClick={markSent}>
                Mark as sent
              </button>
            ) : null}
          </div>
        </div>
        <aside className="tone" id={`${textId}-flags`} aria-live="polite" aria-label="Tone check">
          <h2>Tone check</h2>
          {flags === null ? (
            <p className="muted">Start writing and the check runs here.</p>
          ) : flags.length === 0 ? (
            <p className="ok">Nothing to change: calm, specific, short.</p>
          ) : (
            <>
              <Highlighted text={body} flags={flags} />
              <ol className="flags">
                {flags.map((f) => (
                  <li key={`${f.rule}-${f.start ?? 'all'}-${f.end ?? ''}`}>
                    <strong>{RULE_LABEL[f.rule] ?? f.rule}</strong>
                    {f.start !== null ? <q>{f.text}</q> : null}
                    <p>{f.suggestion}</p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </aside>
      </div>
    </section>
  );
}

/** The text with each flagged span in a <mark>; overlapping spans keep the first. */
function Highlighted({ text, flags }: { text: string; flags: ToneFlag[] }) {
  const spans = flags
    .filter((f): f is ToneFlag & { start: number; end: number } => f.start !== null && f.end !== null)
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return null;
  const parts: { text: string; flag: ToneFlag | null }[] = [];
  let pos = 0;
  for (const f of spans) {
    if (f.start < pos) continue;
    if (f.start > pos) parts.push({ text: text.slice(pos, f.start), flag: null });
    parts.push({ text: text.slice(f.start, f.end), flag: f });
    pos = f.end;
  }
  parts.push({ text: text.slice(pos), flag: null });
  return (
    <pre className="highlighted">
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional and rebuilt on every change
        <Fragment key={i}>
          {p.flag ? (
            <mark title={`${RULE_LABEL[p.flag.rule] ?? p.flag.rule}: ${p.flag.suggestion}`}>{p.text}</mark>
          ) : (
            p.text
          )}
        </Fragment>
      ))}
    </pre>
  );
}
