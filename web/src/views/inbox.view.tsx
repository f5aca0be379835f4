/**
 * The inbox: mail that could not be placed on an opportunity, and readings
 * the reader was unsure of, each with who sent it, when, what it was read as
 * and why. The seeker assigns it (correcting the kind, purpose or promised
 * date), confirms the reading, or ignores it.
 */
import { useId, useState } from 'react';
import {
  api,
  getInbox,
  IN_KINDS,
  INBOX_CHANGED,
  type InboxEntry,
  type OpportunitySummary,
  OUT_PURPOSES,
} from '../api.js';
import { DateField, ErrorNote, formatDate, formatDateTime, Select, Status, useLoad } from '../components/common.js';
import { Link } from '../router.js';

export function InboxView() {
  const { data, error, reload } = useLoad(
    () => Promise.all([getInbox(), api<OpportunitySummary[]>('GET', '/opportunities')]),
    [],
  );
  const [notice, setNotice] = useState<string | null>(null);
  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Status>Loading the inbox…</Status>;
  const [messages, opportunities] = data;
  const done = (text: string) => {
    setNotice(text);
    reload();
    window.dispatchEvent(new Event(INBOX_CHANGED));
  };
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">Inbox</h1>
      <p className="muted">Mail that needs a word from you before it counts: where it belongs, or what it says.</p>
      {notice ? <Status>{notice}</Status> : null}
      {messages.length === 0 ? (
        <div className="card welcome">
          <p className="empty">Nothing to review.</p>
          <p>
            afterview reads your mail from the command line: <code>afterview import mail PATH...</code> takes{' '}
            <code>.eml</code> files, folders of them and <code>mbox</code> files, and <code>afterview sync imap</code>{' '}
            reads your mailbox (set its address under <Link href="/settings">Settings</Link>). Messages it places on an
            opportunity go straight to its timeline; the ones it cannot place, or is unsure about, wait here.
          </p>
        </div>
      ) : (
        <ol className="inbox">
          {messages.map((m) => (
            <li key={m.messageId}>
              <Message entry={m} opportunities={opportunities} onDone={done} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const STATUS_LABEL: Record<InboxEntry['status'], string> = {
  unmatched: 'Not placed',
  review: 'Unsure reading',
  failed: 'Could not be read',
  applied: 'Settled',
  ignored: 'Ignored',
};

function Message(props: { entry: InboxEntry; opportunities: OpportunitySummary[]; onDone: (text: string) => void }) {
  const m = props.entry;
  const titleId = useId();
  const [assigning, setAssigning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const subject = m.subject || '(no subject)';
  const review = async (body: Record<string, unknown>, text: string) => {
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/inbox/review', { messageId: m.messageId, ...body });
      props.onDone(text);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reading = m.reading;
  const what = reading ? (m.direction === 'out' ? reading.purpose : reading.kind) : null;
  return (
    <article className="card message" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>{subject}</h2>
        <span className="badge">{STATUS_LABEL[m.status]}</span>
      </header>
      <p className="muted">
        {m.direction === 'out' ? 'You sent it' : `From ${m.sender ?? 'an unknown sender'}`}
        {m.sentAt ? `, ${formatDateTime(m.sentAt)}` : ''}
      </p>
      {reading || m.note ? (
        <div className="reading">
          {what ? (
            <p>
              Read as <strong>{what}</strong>
              {reading?.decisionBy ? `, a decision promised by ${formatDate(reading.decisionBy)}` : ''}
              {reading ? ` (${Math.round(reading.confidence * 100)}% sure)` : ''}.
            </p>
          ) : null}
          {reading && reading.reasons.length > 0 ? <p className="small">Why: {reading.reasons.join('; ')}.</p> : null}
          {m.note ? (
            <p className="small">
              {m.status === 'review'
                ? `Placed because: ${m.note}`
                : m.status === 'unmatched'
                  ? `Not placed: ${m.note}`
                  : m.note}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="actions">
        {m.status !== 'failed' ? (
          <button type="button" aria-expanded={assigning} onClick={() => setAssigning((a) => !a)}>
            Assign…<span className="visually-hidden"> {subject}</span>
          </button>
        ) : null}
        {m.status === 'review' ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => review({ action: 'confirm' }, `Confirmed: ${subject}.`)}
          >
            Confirm<span className="visually-hidden"> {subject}</span>
          </button>
        ) : null}
        <button type="button" disabled={busy} onClick={() => review({ action: 'ignore' }, `Ignored: ${subject}.`)}>
          Ignore<span className="visually-hidden"> {subject}</span>
        </button>
      </div>
      {assigning ? (
        <AssignForm
          entry={m}
          opportunities={props.opportunities}
          busy={busy}
          onAssign={(body, company) => review({ action: 'assign', ...body }, `Assigned "${subject}" to ${company}.`)}
        />
      ) : null}
      <ErrorNote error={error} />
    </article>
  );
}

function AssignForm(props: {
  entry: InboxEntry;
  opportunities: OpportunitySummary[];
  busy: boolean;
  onAssign: (body: Record<string, unknown>, company: string) => void;
}) {
  const m = props.entry;
  const out = m.direction === 'out';
  const open = props.opportunities.filter((o) => o.status === 'open');
  const choices = open.length > 0 ? open : props.opportunities;
  const [opportunity, setOpportunity] = useState(m.opportunityId ?? choices[0]?.id ?? '');
  const [kind, setKind] = useState(m.reading?.kind ?? '');
  const [purpose, setPurpose] = useState(m.reading?.purpose ?? '');
  const [by, setBy] = useState(m.reading?.decisionBy ?? '');
  const [byIso, setByIso] = useState<string | null>(m.reading?.decisionBy ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  if (props.opportunities.length === 0)
    return (
      <p className="muted">
        There is no opportunity to assign it to yet: add one on the <Link href="/pipeline">Pipeline</Link>.
      </p>
    );
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (by.trim() !== '' && !byIso) return setProblem('Decision by: wait for the date to be read back.');
        setProblem(null);
        const company = props.opportunities.find((o) => o.id === opportunity)?.company ?? opportunity;
        props.onAssign(
          {
            opportunity,
            ...(out ? { purpose: purpose || null } : { kind: kind || null }),
            ...(out ? {} : { decisionBy: byIso }),
          },
          company,
        );
      }}
    >
      <Select
        label="Opportunity"
        value={opportunity}
        options={choices.map((o) => ({ value: o.id, label: o.role ? `${o.company} · ${o.role}` : o.company }))}
        onChange={setOpportunity}
      />
      {out ? (
        <Select
          label="What you sent"
          value={purpose}
          options={[{ value: '', label: '(as read)' }, ...OUT_PURPOSES.map((p) => ({ value: p, label: p }))]}
          onChange={setPurpose}
        />
      ) : (
        <>
          <Select
            label="What it says"
            value={kind}
            options={[{ value: '', label: '(as read)' }, ...IN_KINDS.map((k) => ({ value: k, label: k }))]}
            onChange={setKind}
          />
          <DateField label="Decision promised by" kind="date" value={by} onChange={setBy} onRead={setByIso} />
        </>
      )}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={props.busy}>
        Assign
      </button>
    </form>
  );
}
