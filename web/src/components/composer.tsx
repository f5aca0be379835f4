/**
 * The composer: a message's fields and text with the tone check running as
 * you type; flagged words are highlighted in a copy of the text, each with
 * its suggested wording. Used by the Composer page and by Today's draft
 * panel, each adding its own actions (send, mark as sent).
 */
import { Fragment, type ReactNode, useEffect, useId, useState } from 'react';
import { mailtoLink } from '../../../src/core/drafts/mailto.js';
import { type AgendaItemJson, api, type CheckAnswer, type ToneFlag } from '../api.js';
import { ErrorNote, Field } from './common.js';

const RULE_LABEL: Record<string, string> = {
  pleading: 'Pleading',
  'over-apology': 'Over-apologising',
  pressure: 'Pressure',
  generic: 'Generic',
  'too-long': 'Too long',
  exclamations: 'Exclamation marks',
  'unbacked-claim': 'Claim without a fact behind it',
};

const CHECK_INS = new Set(['ask-timeline', 'status-check', 'explicit-check']);

/** A message as written in the composer. */
export interface Message {
  to: string;
  subject: string;
  body: string;
}

/**
 * The fields, the live tone check and the copy / mail-app actions. `initial`
 * is read once: give the component a `key` to start over with another
 * draft. `actions` adds the caller's buttons beside them.
 */
export function Composer(props: {
  initial: Message;
  item: Pick<AgendaItemJson, 'kind'> | null;
  forOpp: string | null;
  rows?: number;
  actions?: (message: Message) => ReactNode;
}) {
  const { item, forOpp } = props;
  const [to, setTo] = useState(props.initial.to);
  const [subject, setSubject] = useState(props.initial.subject);
  const [body, setBody] = useState(props.initial.body);
  const [flags, setFlags] = useState<ToneFlag[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);
  const textId = useId();

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
        ...(item ? { checkIn: CHECK_INS.has(item.kind) } : {}),
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

  return (
    <div className="composer">
      <div className="compose-fields">
        <ErrorNote error={error} />
        <Field label="To" value={to} onChange={setTo} type="email" />
        <Field label="Subject" value={subject} onChange={setSubject} />
        <div className="field">
          <label htmlFor={textId}>Message</label>
          <textarea
            id={textId}
            rows={props.rows ?? 14}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-describedby={`${textId}-flags`}
          />
        </div>
        <div className="actions">
          <button
            type="button"
            onClick={() =>
              navigator.clipboard.writeText(`Subject: ${subject}\n\n${body}`).then(
                () => setCopied(true),
                () => setError(new Error('The browser did not allow copying; select the text and copy it instead.')),
              )
            }
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
          <a className="button" href={mailtoLink({ to: to || null, subject, body })}>
            Open in mail app
          </a>
          {props.actions?.({ to, subject, body })}
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
