/**
 * A coach's view (a server shared by many seekers, signed in as a coach):
 * "Your seekers", one compact row per seeker who granted access with what
 * needs the coach (overdue moves, offers and their deadlines, opportunities
 * gone silent, the board by stage), sorted by what needs attention first;
 * and one seeker's agenda and opportunities, read only (no action, no
 * draft, no mail settings). When the seeker takes access back, the next
 * read answers 404 and the view says access ended.
 */
import { useEffect, useState } from 'react';
import { type AgendaJson, ApiError, api, type OpportunitySummary, type SeekerEntry, STAGES } from '../api.js';
import { STAGE_LABEL } from '../components/board-model.js';
import { ErrorNote, formatDate, formatDateTime, Select, Status, useLoad } from '../components/common.js';
import { Link } from '../router.js';

type SortKey = 'attention' | 'overdue' | 'deadline' | 'silent' | 'name';

const SORTS: { value: SortKey; label: string }[] = [
  { value: 'attention', label: 'Needs attention' },
  { value: 'overdue', label: 'Overdue moves' },
  { value: 'deadline', label: 'Nearest offer deadline' },
  { value: 'silent', label: 'Gone silent' },
  { value: 'name', label: 'Name' },
];

/** The nearest offer deadline, as text that sorts (no deadline last). */
const nearestDeadline = (s: SeekerEntry) => s.summary.offers.find((o) => o.deadline)?.deadline ?? '9999-12-31';
const nameOf = (s: SeekerEntry) => s.name || s.email;

const ORDER: Record<SortKey, (a: SeekerEntry, b: SeekerEntry) => number> = {
  attention: (a, b) => b.summary.attention - a.summary.attention,
  overdue: (a, b) => b.summary.overdue - a.summary.overdue,
  deadline: (a, b) => nearestDeadline(a).localeCompare(nearestDeadline(b)),
  silent: (a, b) => b.summary.silent.length - a.summary.silent.length,
  name: () => 0,
};

/** The list, sorted by `key`, then by name. */
export function sortSeekers(list: readonly SeekerEntry[], key: SortKey): SeekerEntry[] {
  return [...list].sort((a, b) => ORDER[key](a, b) || nameOf(a).localeCompare(nameOf(b)));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function SeekersView() {
  const { data, error } = useLoad(() => api<SeekerEntry[]>('GET', '/seekers'), []);
  const [sort, setSort] = useState<SortKey>('attention');
  return (
    <section aria-labelledby="seekers-title">
      <h1 id="seekers-title">Your seekers</h1>
      <ErrorNote error={error} />
      {data === null ? (
        error ? null : (
          <Status>Loading your seekers…</Status>
        )
      ) : data.length === 0 ? (
        <p className="empty">No seeker has given you access yet. A seeker adds you by email in their Settings.</p>
      ) : (
        <>
          <Select label="Sort by" value={sort} options={SORTS} onChange={setSort} />
          <ul className="rows" aria-label="Seekers">
            {sortSeekers(data, sort).map((s) => (
              <SeekerRow key={s.id} seeker={s} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SeekerRow({ seeker }: { seeker: SeekerEntry }) {
  const { summary } = seeker;
  const tone = summary.overdue > 0 ? ' overdue' : summary.due > 0 ? ' due' : '';
  const offer = summary.offers[0];
  return (
    <li className={`today-row${tone}`} data-seeker={seeker.id}>
      <Link className="row-open" href={`/seekers/${encodeURIComponent(seeker.id)}`}>
        <span className="row-title">{nameOf(seeker)}</span>
        <span className="row-meta">
          <span className={summary.overdue > 0 ? 'when overdue' : ''}>{plural(summary.overdue, 'overdue move')}</span>
          {offer ? (
            <span className={offer.deadline ? 'when due' : ''}>
              {summary.offers.length > 1 ? `${summary.offers.length} offers; ` : ''}
              {offer.status === 'received' ? 'offer' : 'offer expected'} from {offer.company}
              {offer.deadline ? `, answer by ${formatDate(offer.deadline)}` : ''}
            </span>
          ) : null}
          <span>{plural(summary.silent.length, 'gone silent', 'gone silent')}</span>
          <span>
            {STAGES.filter((stage) => stage !== 'closed')
              .map((stage) => `${STAGE_LABEL[stage]} ${summary.stages[stage]}`)
              .join(' · ')}
          </span>
        </span>
      </Link>
    </li>
  );
}

/** Whether an error means the seeker took access back (or never gave it): the coach's reads answer 404. */
const accessEnded = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 403);

/** One seeker's agenda and opportunities, read only; read again on Refresh and when the window comes back. */
export function SeekerView({ id }: { id: string }) {
  const base = `/seekers/${encodeURIComponent(id)}`;
  const { data, error, reload } = useLoad(
    () =>
      Promise.all([
        api<AgendaJson>('GET', `${base}/agenda`),
        api<OpportunitySummary[]>('GET', `${base}/opportunities`),
        api<SeekerEntry[]>('GET', '/seekers').then((list) => list.find((s) => s.id === id) ?? null),
      ]),
    [id],
  );
  useEffect(() => {
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);
  const ended = accessEnded(error);
  const [agenda, opportunities, entry] = ended ? [null, null, null] : (data ?? [null, null, null]);
  const name = entry ? nameOf(entry) : 'Seeker';
  return (
    <section aria-labelledby="seeker-title">
      <p>
        <Link href="/seekers">← Your seekers</Link>
      </p>
      <h1 id="seeker-title">{ended ? 'Access ended' : name}</h1>
      {ended ? (
        <p role="alert" className="error">
          Your access to this seeker's search has ended: they took it back, so nothing of it is shown any more.
        </p>
      ) : (
        <ErrorNote error={error} />
      )}
      {agenda && opportunities ? (
        <>
          <p className="muted">
            Read only: you see {name}'s agenda and opportunities as they do, and cannot change or send anything.{' '}
            <button type="button" className="link" onClick={reload}>
              Refresh
            </button>
          </p>
          <ReadOnlyAgenda agenda={agenda} />
          <ReadOnlyOpportunities list={opportunities} />
        </>
      ) : !error ? (
        <Status>Loading…</Status>
      ) : null}
    </section>
  );
}

function ReadOnlyAgenda({ agenda }: { agenda: AgendaJson }) {
  return (
    <>
      <h2>Agenda</h2>
      {agenda.items.length === 0 ? (
        <p className="empty">Nothing is due.</p>
      ) : (
        <ul className="rows" aria-label="Agenda">
          {agenda.items.map((item) => (
            <li key={item.id} className={`today-row ${item.state}`}>
              <span className="row-open static">
                <span className="row-title">{item.title}</span>
                <span className="row-meta">
                  <span className={`when ${item.state}`}>
                    {item.state === 'overdue' ? 'Overdue since' : 'Due'} {formatDateTime(item.dueAt)}
                  </span>
                  <span>{item.why}</span>
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <dl className="stats" aria-label="Pipeline health">
        <div>
          <dt>Open</dt>
          <dd>{agenda.pipeline.open}</dd>
        </div>
        <div>
          <dt>Interviewing</dt>
          <dd>{agenda.pipeline.interviewing}</dd>
        </div>
        <div>
          <dt>Offers</dt>
          <dd>{agenda.pipeline.offers}</dd>
        </div>
        <div>
          <dt>Added this week</dt>
          <dd>{agenda.pipeline.addedLast7Days}</dd>
        </div>
      </dl>
    </>
  );
}

function ReadOnlyOpportunities({ list }: { list: OpportunitySummary[] }) {
  return (
    <>
      <h2>Opportunities</h2>
      {list.length === 0 ? (
        <p className="empty">No opportunity yet.</p>
      ) : (
        <ul className="rows" aria-label="Opportunities">
          {list.map((o) => (
            <li key={o.id} className="today-row">
              <span className="row-open static">
                <span className="row-title">
                  {o.company}
                  {o.role ? `, ${o.role}` : ''}
                </span>
                <span className="row-meta">
                  <span>{STAGE_LABEL[o.stage]}</span>
                  {o.nextMove ? (
                    <span className={`when ${o.nextMove.state}`}>
                      Next: {o.nextMove.title} ({formatDateTime(o.nextMove.dueAt)})
                    </span>
                  ) : null}
                  {o.lastTouchAt ? <span>Last touch {formatDate(o.lastTouchAt)}</span> : null}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
