/**
 * The pipeline as a board by stage. A card moves by drag and drop or with
 * its "Move to" menu (keyboard); each move calls the command that makes it
 * true: closing asks the outcome, offer logs an expected offer, reopening
 * brings a closed one back, and the interview stages lead to logging one.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  api,
  CLOSED_STATUSES,
  type CreateOpportunityRequest,
  type OpportunitySummary,
  oppPath,
  STAGES,
  type Stage,
} from '../api.js';
import { ErrorNote, Status, useLoad } from '../components/common.js';
import { Link, navigate } from '../router.js';

export const STAGE_LABEL: Record<Stage, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  waiting: 'Waiting',
  offer: 'Offer',
  closed: 'Closed',
};

const STATUS_LABEL: Record<string, string> = {
  accepted: 'Accepted their offer',
  declined: 'Declined their offer',
  rejected: 'They said no',
  withdrawn: 'I withdrew',
  'no-response': 'No response',
};

export function PipelineView() {
  const { data, error, reload } = useLoad(() => api<OpportunitySummary[]>('GET', '/opportunities'), []);
  const [moveError, setMoveError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [closing, setClosing] = useState<OpportunitySummary | null>(null);
  const [dragOver, setDragOver] = useState<Stage | null>(null);

  const move = async (opp: OpportunitySummary, to: Stage) => {
    setMoveError(null);
    if (opp.stage === to) return;
    try {
      if (to === 'closed') return setClosing(opp);
      if (opp.stage === 'closed') await api('POST', `${oppPath(opp.id)}/reopen`);
      if (to === 'offer') {
        await api('POST', `${oppPath(opp.id)}/offers`, { expected: true });
        setNotice(`${opp.company}: an offer is expected. Log it as received with its deadline when it comes.`);
      } else if (to === 'interviewing' || to === 'waiting') {
        navigate(`/opportunities/${encodeURIComponent(opp.id)}?log=interview`);
        return;
      } else setNotice(`${opp.company} is open again.`);
      reload();
    } catch (e) {
      setMoveError(e);
    }
  };

  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Status>Loading the pipeline…</Status>;
  return (
    <section aria-labelledby="pipeline-title">
      <h1 id="pipeline-title">Pipeline</h1>
      <AddOpportunity
        onAdded={(company) => {
          setNotice(`Added ${company}.`);
          reload();
        }}
      />
      {notice ? <Status>{notice}</Status> : null}
      <ErrorNote error={moveError} />
      {data.length === 0 ? (
        <p className="empty">
          No opportunities yet. Add the first company you applied to above, or load the demo from{' '}
          <Link href="/">Today</Link>.
        </p>
      ) : null}
      <div className="board">
        {STAGES.map((stage) => {
          const cards = data.filter((o) => o.stage === stage);
          return (
            <section
              key={stage}
              className={`column${dragOver === stage ? ' over' : ''}`}
              aria-labelledby={`col-${stage}`}
              data-stage={stage}
              onDragOver={(e) => {
                e.preventDefault();
                setDragOver(stage);
              }}
              onDragLeave={() => setDragOver(null)}
              onDrop={(e) => {
                e.preventDefault();
                setDragOver(null);
                const opp = data.find((o) => o.id === e.dataTransfer.getData('text/plain'));
                if (opp) void move(opp, stage);
              }}
            >
              <h2 id={`col-${stage}`}>
                {STAGE_LABEL[stage]} <span className="count">{cards.length}</span>
              </h2>
              <ul>
                {cards.map((o) => (
                  <li key={o.id}>
                    <Card opp={o} onMove={(to) => void move(o, to)} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {closing ? (
        <CloseDialog
          opp={closing}
          onCancel={() => setClosing(null)}
          onClosed={(status) => {
            setNotice(`Closed ${closing.company}: ${STATUS_LABEL[status]?.toLowerCase() ?? status}.`);
            setClosing(null);
            reload();
          }}
        />
      ) : null}
    </section>
  );
}

function Card({ opp, onMove }: { opp: OpportunitySummary; onMove: (to: Stage) => void }) {
  return (
    <article
      className="card opp"
      draggable
      data-id={opp.id}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', opp.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <h3>
        <Link href={`/opportunities/${encodeURIComponent(opp.id)}`}>{opp.company}</Link>
      </h3>
      {opp.role ? <p className="muted">{opp.role}</p> : null}
      <p className="muted small">
        Interest {opp.interest}/5{opp.status !== 'open' ? ` · ${opp.status}` : ''}
      </p>
      <label className="move">
        <span>Move {opp.company} to</span>
        <select
          value=""
          onChange={(e) => {
            const to = e.target.value as Stage;
            if (to) onMove(to);
          }}
        >
          <option value="">Move to…</option>
          {STAGES.filter((s) => s !== opp.stage).map((s) => (
            <option key={s} value={s}>
              {STAGE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
    </article>
  );
}

function CloseDialog(props: { opp: OpportunitySummary; onCancel: () => void; onClosed: (status: string) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<string>('withdrawn');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('POST', `${oppPath(props.opp.id)}/close`, { as: status });
      props.onClosed(status);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <dialog ref={ref} aria-labelledby="close-title" onCancel={props.onCancel}>
      <form onSubmit={submit}>
        <h2 id="close-title">Close {props.opp.company}</h2>
        <fieldset>
          <legend>How did it end?</legend>
          {CLOSED_STATUSES.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="outcome" value={s} checked={status === s} onChange={() => setStatus(s)} />
              {STATUS_LABEL[s]}
            </label>
          ))}
        </fieldset>
        <ErrorNote error={error} />
        <div className="actions">
          <button type="submit" className="primary">
            Close it
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** One line: "Company, role" (the role is optional). */
function AddOpportunity({ onAdded }: { onAdded: (company: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      className="add-line"
      onSubmit={async (e) => {
        e.preventDefault();
        const [company = '', ...rest] = text.split(',');
        const role = rest.join(',').trim();
        try {
          await api('POST', '/opportunities', {
            company: company.trim(),
            role: role || null,
          } satisfies CreateOpportunityRequest);
          setText('');
          setError(null);
          onAdded(company.trim());
        } catch (err) {
          setError(err);
        }
      }}
    >
      <label htmlFor="add-opp">Add an opportunity</label>
      <div className="row">
        <input
          id="add-opp"
          value={text}
          placeholder="Company, role (e.g. Acme, Backend Engineer)"
          onChange={(e) => setText(e.target.value)}
          required
        />
        <button type="submit" className="primary">
          Add
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
