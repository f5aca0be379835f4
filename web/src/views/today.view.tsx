/**
 * Today: what to do now (overdue and due first, each with its why and its
 * draft), what is on hold and why, pipeline health with the keep-searching
 * nudge, and what is coming up this week. An empty home teaches the first
 * step and offers the demo.
 */
import { useEffect, useState } from 'react';
import { mailtoLink } from '../../../src/core/drafts/mailto.js';
import {
  type AgendaItemJson,
  type AgendaJson,
  api,
  getAgenda,
  itemPath,
  oppPath,
  type SentAnswer,
  type SentRequest,
  type SnoozeAnswer,
  sentPurposeOf,
} from '../api.js';
import {
  DateField,
  ErrorNote,
  errorText,
  formatDate,
  formatDateTime,
  Status,
  useLoad,
  useOneAtATime,
} from '../components/common.js';
import { useRevisionEvents } from '../components/live.js';
import { SendButton } from '../components/send.js';
import { Link, navigate } from '../router.js';

/** Item kinds whose draft, once sent, is logged with the kind as its purpose. */
const SENDABLE = new Set(['thank-you', 'ask-timeline', 'status-check', 'explicit-check', 'offer-nudge', 'withdraw']);
const WEEK_MS = 7 * 24 * 3600 * 1000;

export function TodayView() {
  const { data, error, reload } = useLoad(() => getAgenda(true), []);
  // New mail read by the server (or a change elsewhere) shows up without a reload.
  useRevisionEvents(reload);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (data && !performance.getEntriesByName('today-rendered').length) performance.mark('today-rendered');
  }, [data]);

  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Status>Loading today's moves…</Status>;

  const now = items(data).filter((i) => i.state !== 'upcoming' && i.kind !== 'keep-searching');
  const keepSearching = data.items.find((i) => i.kind === 'keep-searching' && i.state !== 'upcoming');
  const horizon = Date.parse(data.asOf) + WEEK_MS;
  const soon = data.items.filter((i) => i.state === 'upcoming' && Date.parse(i.opensAt) <= horizon);
  // Nothing logged yet: only the keep-searching nudge can be on the agenda.
  const empty =
    data.pipeline.open === 0 && data.holds.length === 0 && data.items.every((i) => i.kind === 'keep-searching');

  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">Today</h1>
      <p className="muted">As of {formatDateTime(data.asOf)}</p>
      {notice ? <Status>{notice}</Status> : null}
      {empty ? (
        <EmptyHome onLoaded={reload} />
      ) : (
        <>
          <h2>Do now</h2>
          {now.length === 0 ? (
            <p className="empty">Nothing needs you right now. Waiting well is part of the job.</p>
          ) : (
            <ol className="items">
              {now.map((item) => (
                <li key={item.id}>
                  <ItemCard
                    item={item}
                    onDone={(text) => {
                      setNotice(text);
                      reload();
                    }}
                  />
                </li>
              ))}
            </ol>
          )}
          <Holds data={data} />
          <Health data={data} nudge={keepSearching ?? null} />
          <h2>Coming up this week</h2>
          {soon.length === 0 ? (
            <p className="empty">Nothing else opens in the next seven days.</p>
          ) : (
            <ul className="soon">
              {soon.map((i) => (
                <li key={i.id}>
                  <span className="when">{formatDate(i.opensAt)}</span> {i.title}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** Most urgent first: overdue, then due, each by due time (the server's order is kept within). */
function items(data: AgendaJson): AgendaItemJson[] {
  const rank = { overdue: 0, due: 1, upcoming: 2 } as const;
  return [...data.items].sort((a, b) => rank[a.state] - rank[b.state]);
}

function EmptyHome({ onLoaded }: { onLoaded: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="card welcome">
      <h2>Start here</h2>
      <p>
        afterview tells you what to send after an interview, to whom and when, and what to leave alone. Begin by adding
        the companies you have applied to on the <Link href="/pipeline">Pipeline</Link>, then log each interview as it
        happens.
      </p>
      <p>Want to look around first? Load a sample search with interviews, promises and offers.</p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await api('POST', '/demo', {});
            onLoaded();
          } catch (e) {
            setError(e);
          } finally {
            setBusy(false);
          }
        }}
      >
        Load the demo
      </button>
      <ErrorNote error={error} />
    </div>
  );
}

function ItemCard({ item, onDone }: { item: AgendaItemJson; onDone: (text: string) => void }) {
  const [error, setError] = useState<unknown>(null);
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState('');
  const [untilIso, setUntilIso] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { pending, guard } = useOneAtATime();
  const run = (action: () => Promise<string>) =>
    guard(async () => {
      setError(null);
      try {
        onDone(await action());
      } catch (e) {
        setError(e);
      }
    });
  const draft = item.draft;
  const titleId = `item-${item.id.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <article className={`card item ${item.state}`} aria-labelledby={titleId}>
      <header>
        <h3 id={titleId}>{item.title}</h3>
        <span className={`badge ${item.state}`}>
          {item.state === 'overdue' ? 'Overdue' : 'Due'} {formatDateTime(item.dueAt)}
        </span>
      </header>
      {item.opportunityId ? (
        <p className="muted">
          <Link href={`/opportunities/${encodeURIComponent(item.opportunityId)}`}>
            {item.company}
            {item.role ? ` · ${item.role}` : ''}
          </Link>
        </p>
      ) : null}
      <p className="why">
        <strong>Why: </strong>
        {item.why}
      </p>
      {item.guidance ? <p className="guidance">{item.guidance}</p> : null}
      {draft ? (
        <div className="draft">
          <p className="draft-head">
            To: {draft.to ?? '(add the address)'}
            <br />
            Subject: {draft.subject}
          </p>
          <pre className="draft-body">{draft.body}</pre>
        </div>
      ) : null}
      <div className="actions">
        {draft ? (
          <>
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard.writeText(`Subject: ${draft.subject}\n\n${draft.body}`).then(
                  () => setCopied(true),
                  () => setError(new Error('The browser did not allow copying; select the text instead.')),
                );
              }}
            >
              {copied ? 'Copied' : 'Copy draft'}
            </button>
            <a className="button" href={mailtoLink(draft)}>
              Open in mail app
            </a>
            <button type="button" onClick={() => navigate(`/compose?item=${encodeURIComponent(item.id)}`)}>
              Edit in composer
            </button>
          </>
        ) : null}
        {draft && item.opportunityId && SENDABLE.has(item.kind) ? (
          <SendButton
            itemId={item.id}
            message={() => ({ subject: draft.subject, body: draft.body })}
            onSent={(text) => onDone(`${text} ${item.title}.`)}
          />
        ) : null}
        {draft && item.opportunityId && SENDABLE.has(item.kind) ? (
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              run(async () => {
                const purpose = sentPurposeOf(item.kind);
                if (!purpose) throw new Error(`There is nothing to log as sent for this ${item.kind} item.`);
                const r = await api<SentAnswer>('POST', `${oppPath(item.opportunityId ?? '')}/sent`, {
                  purpose,
                  interview: item.interviewId,
                  to: item.contactId,
                  subject: draft.subject,
                  body: draft.body,
                } satisfies SentRequest);
                return [`Logged: ${item.title}.`, ...r.warnings.map((w) => w.message)].join(' ');
              })
            }
          >
            Mark as sent
          </button>
        ) : null}
        {item.kind === 'move-on' && item.opportunityId ? (
          <button
            type="button"
            className="primary"
            onClick={() =>
              run(async () => {
                await api('POST', `${oppPath(item.opportunityId ?? '')}/close`, { as: 'no-response' });
                return `Closed ${item.company} as no response.`;
              })
            }
          >
            Close as no response
          </button>
        ) : null}
        <button type="button" aria-expanded={snoozing} onClick={() => setSnoozing((s) => !s)}>
          Snooze…
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              await api('POST', `${itemPath(item.id)}/dismiss`);
              return `Dismissed: ${item.title}.`;
            })
          }
        >
          Dismiss
        </button>
      </div>
      {snoozing ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!untilIso) return setError(new Error('Type a day the server can read, e.g. "next Monday".'));
            void run(async () => {
              const r = await api<SnoozeAnswer>('POST', `${itemPath(item.id)}/snooze`, { until: untilIso });
              return `Snoozed until ${formatDate(r.until)}: ${item.title}.`;
            });
          }}
        >
          <DateField label="Snooze until" kind="date" value={until} onChange={setUntil} onRead={setUntilIso} required />
          <button type="submit">Snooze</button>
        </form>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </article>
  );
}

function Holds({ data }: { data: AgendaJson }) {
  if (data.holds.length === 0) return null;
  return (
    <>
      <h2>On hold, on purpose</h2>
      <ul className="holds">
        {data.holds.map((h) => (
          <li key={h.opportunityId} className="card hold">
            <h3>
              <Link href={`/opportunities/${encodeURIComponent(h.opportunityId)}`}>{h.company}</Link>
            </h3>
            <p>
              No check-in until <strong>{formatDate(h.until)}</strong>; a check-in is fine from{' '}
              {formatDate(h.checkInFrom)}.{h.offerNudge !== null && ' The offer news above is the exception: send it.'}
            </p>
            <p className="muted">{h.reason}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

function Health({ data, nudge }: { data: AgendaJson; nudge: AgendaItemJson | null }) {
  const p = data.pipeline;
  return (
    <>
      <h2>Pipeline health</h2>
      <div className="card health">
        <dl className="stats">
          <div>
            <dt>Open</dt>
            <dd>{p.open}</dd>
          </div>
          <div>
            <dt>Interviewing</dt>
            <dd>{p.interviewing}</dd>
          </div>
          <div>
            <dt>Offers</dt>
            <dd>{p.offers}</dd>
          </div>
          <div>
            <dt>Added this week</dt>
            <dd>{p.addedLast7Days}</dd>
          </div>
        </dl>
        {nudge ? (
          <div className="nudge">
            <p>
              <strong>{nudge.title}</strong>
            </p>
            <p>{nudge.why}</p>
            {nudge.guidance ? <p>{nudge.guidance}</p> : null}
            <Link href="/pipeline" className="button">
              Add an opportunity
            </Link>
          </div>
        ) : (
          <p className="muted">Your pipeline has enough going on; keep it that way as things close.</p>
        )}
      </div>
    </>
  );
}
