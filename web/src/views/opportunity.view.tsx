/**
 * One opportunity: its timeline, with each logged fact editable or
 * deletable, and the forms to log an interview, what was sent, what was
 * heard and an offer. Dates typed in words are read back before saving.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import {
  api,
  CHANNELS,
  type HeardAnswer,
  type HeardRequest,
  IN_KINDS,
  type Interview,
  type InterviewAnswer,
  type LogInterviewRequest,
  type OfferAnswer,
  type OfferRequest,
  type OpportunityStory,
  OUT_PURPOSES,
  oppPath,
  type SentAnswer,
  type SentRequest,
  type TimelineEntry,
  type UpdateInterviewRequest,
  type UpdateOpportunityRequest,
} from '../api.js';
import {
  DateField,
  ErrorNote,
  Field,
  formatDate,
  formatDateTime,
  Select,
  Status,
  useLoad,
} from '../components/common.js';
import { Link, navigate, useLocation } from '../router.js';

export function OpportunityView({ id }: { id: string }) {
  const { search } = useLocation();
  const { data, error, reload } = useLoad(() => api<OpportunityStory>('GET', oppPath(id)), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const done = (text: string) => {
    setNotice(text);
    setActionError(null);
    reload();
  };
  const act = async (action: () => Promise<string>) => {
    try {
      done(await action());
    } catch (e) {
      setActionError(e);
    }
  };

  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Status>Loading…</Status>;
  const opp = data.opportunity;
  const base = oppPath(opp.id);
  const pending = (opp.offers ?? []).find((o) => o.status === 'expected' || o.status === 'received');
  const closed = (opp.status ?? 'open') !== 'open';
  const logInterview = new URLSearchParams(search).get('log') === 'interview';

  return (
    <section aria-labelledby="opp-title">
      <p>
        <Link href="/pipeline">← Pipeline</Link>
      </p>
      <h1 id="opp-title">{opp.company}</h1>
      <p className="muted">
        {opp.role ? `${opp.role} · ` : ''}
        {data.stage} · interest {opp.interest ?? 3}/5{closed ? ` · closed as ${opp.status}` : ''}
      </p>
      {notice ? <Status>{notice}</Status> : null}
      <ErrorNote error={actionError} />
      <div className="actions">
        <Link className="button" href={`/compose?for=${encodeURIComponent(opp.id)}`}>
          Write to {opp.company}
        </Link>
        {closed ? (
          <button
            type="button"
            onClick={() =>
              act(async () => {
                await api('POST', `${base}/reopen`);
                return 'Reopened.';
              })
            }
          >
            Reopen
          </button>
        ) : null}
        {pending ? (
          <>
            <button
              type="button"
              className="primary"
              onClick={() =>
                act(async () => {
                  await api('POST', `${base}/offers/accept`);
                  return 'Offer accepted. Congratulations!';
                })
              }
            >
              Accept the offer
            </button>
            <button
              type="button"
              onClick={() =>
                act(async () => {
                  await api('POST', `${base}/offers/decline`);
                  return 'Offer declined.';
                })
              }
            >
              Decline the offer
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="danger"
          onClick={async () => {
            if (!window.confirm(`Delete ${opp.company} and everything logged for it?`)) return;
            try {
              await api('DELETE', base);
              navigate('/pipeline');
            } catch (e) {
              setActionError(e);
            }
          }}
        >
          Delete
        </button>
      </div>

      <h2>Timeline</h2>
      <ol className="timeline">
        {data.timeline.map((entry, index) => (
          <li key={`${entry.type}-${'id' in entry ? entry.id : index}`}>
            <TimelineRow
              entry={entry}
              interview={(opp.interviews ?? []).find((iv) => entry.type === 'interview' && iv.id === entry.id)}
              messageId={entry.type === 'touch' ? entry.messageId : null}
              base={base}
              onDone={done}
              onError={setActionError}
            />
          </li>
        ))}
      </ol>

      <h2>Log what happened</h2>
      <Panel title="An interview" open={logInterview}>
        <InterviewForm base={base} onDone={done} />
      </Panel>
      <Panel title="What you sent">
        <SentForm base={base} contacts={opp.contacts ?? []} onDone={done} />
      </Panel>
      <Panel title="What you heard">
        <HeardForm base={base} onDone={done} />
      </Panel>
      {!closed ? (
        <Panel title="An offer">
          <OfferForm base={base} onDone={done} />
        </Panel>
      ) : null}
      <Panel title="Details">
        <DetailsForm story={data} onDone={done} />
      </Panel>
    </section>
  );
}

function Panel({ title, open, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="panel" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

function TimelineRow(props: {
  entry: TimelineEntry;
  interview: Interview | undefined;
  /** Set for a touch read from mail. */
  messageId: string | null;
  base: string;
  onDone: (text: string) => void;
  onError: (e: unknown) => void;
}) {
  const { entry } = props;
  const [editing, setEditing] = useState(false);
  const path =
    entry.type === 'interview'
      ? `${props.base}/interviews/${entry.id}`
      : entry.type === 'touch'
        ? `${props.base}/touches/${entry.id}`
        : entry.type === 'offer'
          ? `${props.base}/offers/${entry.id}`
          : null;
  return (
    <div className={`entry ${entry.type}${entry.type === 'touch' ? ` ${entry.direction}` : ''}`}>
      <span className="when">{formatDateTime(entry.at)}</span>
      <span className="what">
        {entry.text}
        {entry.type === 'interview' && entry.upcoming ? ' (upcoming)' : ''}
        {props.messageId ? (
          <span className="from-mail" title={`Read from mail: Message-ID ${props.messageId}`}>
            from mail
          </span>
        ) : null}
        {entry.type === 'touch' && entry.effects.length > 0 ? (
          <span className="effects">{entry.effects.map((effect) => `→ ${effect}`).join('; ')}</span>
        ) : null}
      </span>
      {path ? (
        <span className="row-actions">
          {props.interview ? (
            <button type="button" className="link" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
              Edit<span className="visually-hidden"> {entry.text}</span>
            </button>
          ) : null}
          <button
            type="button"
            className="link danger"
            onClick={async () => {
              if (!window.confirm(`Delete "${entry.text}"?`)) return;
              try {
                await api('DELETE', path);
                props.onDone('Deleted.');
              } catch (e) {
                props.onError(e);
              }
            }}
          >
            Delete<span className="visually-hidden"> {entry.text}</span>
          </button>
        </span>
      ) : null}
      {editing && props.interview ? (
        <EditInterview
          interview={props.interview}
          path={path ?? ''}
          onDone={(t) => {
            setEditing(false);
            props.onDone(t);
          }}
        />
      ) : null}
    </div>
  );
}

function useSubmit(onDone: (text: string) => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = (action: () => Promise<string | null>) => async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const text = await action();
      if (text) onDone(text);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, submit };
}

/** Refuses to save while a typed date has not been read back. */
function needRead(text: string, iso: string | null, label: string): void {
  if (text.trim() !== '' && !iso)
    throw new Error(`${label}: wait for the date to be read back, or type it differently.`);
}

function InterviewForm({ base, onDone }: { base: string; onDone: (t: string) => void }) {
  const [at, setAt] = useState('');
  const [atIso, setAtIso] = useState<string | null>(null);
  const [people, setPeople] = useState('');
  const [round, setRound] = useState('');
  const [asked, setAsked] = useState(false);
  const [by, setBy] = useState('');
  const [byIso, setByIso] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(onDone);
  return (
    <form
      onSubmit={submit(async () => {
        needRead(at, atIso, 'When');
        needRead(by, byIso, 'Decision by');
        if (!atIso) throw new Error('When: say when the interview was or will be.');
        const r = await api<InterviewAnswer>('POST', `${base}/interviews`, {
          at: atIso,
          with: people
            .split(/[\n;]+|,(?![^<]*>)/)
            .map((p) => p.trim())
            .filter(Boolean),
          round: round || null,
          timelineAsked: asked || byIso !== null,
          decisionBy: byIso,
        } satisfies LogInterviewRequest);
        setAt('');
        setPeople('');
        setRound('');
        setBy('');
        setAsked(false);
        return `Interview logged for ${formatDateTime(r.at)}${r.decisionBy ? `; they will decide by ${formatDate(r.decisionBy)}` : ''}.`;
      })}
    >
      <DateField label="When" kind="instant" value={at} onChange={setAt} onRead={setAtIso} required />
      <Field
        label="With (one per line or comma: Name <email>)"
        value={people}
        onChange={setPeople}
        multiline
        rows={2}
        placeholder="Jane Doe <jane@acme.example>"
      />
      <Field label="Round" value={round} onChange={setRound} placeholder="Onsite, phone screen…" />
      <label className="check">
        <input type="checkbox" checked={asked} onChange={(e) => setAsked(e.target.checked)} />I asked about their
        timeline
      </label>
      <DateField label="They will decide by (optional)" kind="date" value={by} onChange={setBy} onRead={setByIso} />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Log the interview
      </button>
    </form>
  );
}

function EditInterview(props: { interview: Interview; path: string; onDone: (t: string) => void }) {
  const iv = props.interview;
  const [at, setAt] = useState(iv.at);
  const [atIso, setAtIso] = useState<string | null>(iv.at);
  const [round, setRound] = useState(iv.round ?? '');
  const [asked, setAsked] = useState(iv.timelineAsked ?? false);
  const [by, setBy] = useState(iv.decisionBy ?? '');
  const [byIso, setByIso] = useState<string | null>(iv.decisionBy ?? null);
  const { error, busy, submit } = useSubmit(props.onDone);
  return (
    <form
      className="edit"
      onSubmit={submit(async () => {
        needRead(at, atIso, 'When');
        needRead(by, byIso, 'Decision by');
        await api('PATCH', props.path, {
          ...(atIso ? { at: atIso } : {}),
          round: round || null,
          timelineAsked: asked,
          decisionBy: byIso,
        } satisfies UpdateInterviewRequest);
        return 'Interview updated.';
      })}
    >
      <DateField label="When" kind="instant" value={at} onChange={setAt} onRead={setAtIso} />
      <Field label="Round" value={round} onChange={setRound} />
      <label className="check">
        <input type="checkbox" checked={asked} onChange={(e) => setAsked(e.target.checked)} />I asked about their
        timeline
      </label>
      <DateField label="They will decide by" kind="date" value={by} onChange={setBy} onRead={setByIso} />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Save
      </button>
    </form>
  );
}

function SentForm({
  base,
  contacts,
  onDone,
}: {
  base: string;
  contacts: { id: string; name: string }[];
  onDone: (t: string) => void;
}) {
  const [purpose, setPurpose] = useState<(typeof OUT_PURPOSES)[number]>('thank-you');
  const [to, setTo] = useState('');
  const [at, setAt] = useState('');
  const [atIso, setAtIso] = useState<string | null>(null);
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('email');
  const [subject, setSubject] = useState('');
  const { error, busy, submit } = useSubmit(onDone);
  return (
    <form
      onSubmit={submit(async () => {
        needRead(at, atIso, 'When');
        const r = await api<SentAnswer>('POST', `${base}/sent`, {
          purpose,
          to: to || null,
          at: atIso,
          channel,
          subject: subject || null,
        } satisfies SentRequest);
        setSubject('');
        return ['Logged what you sent.', ...r.warnings.map((w) => w.message)].join(' ');
      })}
    >
      <Select label="What it was" value={purpose} options={OUT_PURPOSES} onChange={setPurpose} />
      <Select
        label="To"
        value={to}
        options={[
          { value: '', label: '(everyone in the interview, or nobody in particular)' },
          ...contacts.map((c) => ({ value: c.id, label: c.name })),
        ]}
        onChange={setTo}
      />
      <DateField label="When (blank: now)" kind="instant" value={at} onChange={setAt} onRead={setAtIso} />
      <Select label="How" value={channel} options={CHANNELS} onChange={setChannel} />
      <Field label="Subject (optional)" value={subject} onChange={setSubject} />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Log it
      </button>
    </form>
  );
}

function HeardForm({ base, onDone }: { base: string; onDone: (t: string) => void }) {
  const [kind, setKind] = useState<'' | (typeof IN_KINDS)[number]>('');
  const [text, setText] = useState('');
  const [by, setBy] = useState('');
  const [byIso, setByIso] = useState<string | null>(null);
  const [at, setAt] = useState('');
  const [atIso, setAtIso] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(onDone);
  return (
    <form
      onSubmit={submit(async () => {
        needRead(by, byIso, 'Decision by');
        needRead(at, atIso, 'When');
        const r = await api<HeardAnswer>('POST', `${base}/heard`, {
          kind: kind || null,
          text: text || null,
          by: byIso,
          at: atIso,
        } satisfies HeardRequest);
        setText('');
        setBy('');
        return [
          `Logged a ${r.kind}.`,
          r.decisionBy ? `They promised a decision by ${formatDate(r.decisionBy)}.` : '',
          ...r.effects.map((e) => `${e[0]?.toUpperCase()}${e.slice(1)}.`),
          ...r.warnings.map((w) => `Note: ${w.message}.`),
        ]
          .filter(Boolean)
          .join(' ');
      })}
    >
      <Field
        label="What they said"
        value={text}
        onChange={setText}
        multiline
        rows={3}
        placeholder="We'll make a decision by next Friday."
      />
      <Select
        label="Kind"
        value={kind}
        options={[{ value: '', label: '(read it from the words)' }, ...IN_KINDS.map((k) => ({ value: k, label: k }))]}
        onChange={setKind}
      />
      <DateField label="Decision promised by (optional)" kind="date" value={by} onChange={setBy} onRead={setByIso} />
      <DateField label="When (blank: now)" kind="instant" value={at} onChange={setAt} onRead={setAtIso} />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Log it
      </button>
    </form>
  );
}

function OfferForm({ base, onDone }: { base: string; onDone: (t: string) => void }) {
  const [expected, setExpected] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [deadlineIso, setDeadlineIso] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(onDone);
  return (
    <form
      onSubmit={submit(async () => {
        needRead(deadline, deadlineIso, 'Deadline');
        const r = await api<OfferAnswer>('POST', `${base}/offers`, {
          expected,
          deadline: deadlineIso,
        } satisfies OfferRequest);
        setDeadline('');
        return `Offer logged (${r.status})${r.deadline ? `; answer by ${formatDate(r.deadline)}` : ''}.`;
      })}
    >
      <label className="check">
        <input type="checkbox" checked={expected} onChange={(e) => setExpected(e.target.checked)} />
        Not in hand yet: they said one is coming
      </label>
      <DateField
        label="Answer by (deadline)"
        kind="date"
        value={deadline}
        onChange={setDeadline}
        onRead={setDeadlineIso}
      />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Log the offer
      </button>
    </form>
  );
}

function DetailsForm({ story, onDone }: { story: OpportunityStory; onDone: (t: string) => void }) {
  const opp = story.opportunity;
  const [role, setRole] = useState(opp.role ?? '');
  const [interest, setInterest] = useState(String(opp.interest ?? 3));
  const [url, setUrl] = useState(opp.url ?? '');
  const [notes, setNotes] = useState(opp.notes ?? '');
  const { error, busy, submit } = useSubmit(onDone);
  return (
    <form
      onSubmit={submit(async () => {
        await api('PATCH', oppPath(opp.id), {
          role: role || null,
          interest: Number(interest),
          url: url || null,
          notes,
        } satisfies UpdateOpportunityRequest);
        return 'Saved.';
      })}
    >
      <Field label="Role" value={role} onChange={setRole} />
      <Select
        label="Interest (5: first choice)"
        value={interest}
        options={['1', '2', '3', '4', '5']}
        onChange={setInterest}
      />
      <Field label="Job posting URL" value={url} onChange={setUrl} type="url" />
      <Field label="Notes" value={notes} onChange={setNotes} multiline />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={busy}>
        Save details
      </button>
    </form>
  );
}
