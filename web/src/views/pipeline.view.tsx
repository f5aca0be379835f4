/**
 * The pipeline as a board by stage, truthful about moves: a card's stage
 * follows from what is logged, so a move logs the fact that makes it true
 * (an interview, an offer, how it ended), asked for in a dialog; the card
 * moves only once the server has said yes, a toast says what happened with
 * Undo, and a move no fact can make true says why and leaves the card. The
 * counts are the server's (the same numbers as Today's pipeline health).
 * Search and filters run over the loaded list, long columns draw only what
 * is in view, and Closed is folded until asked for.
 */
import {
  type Dispatch,
  memo,
  type SetStateAction,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { toast } from 'sonner';
import {
  api,
  type CreateOpportunityRequest,
  getToday,
  type OpportunitySummary,
  STAGES,
  type Stage,
  type TodayJson,
} from '../api.js';
import { BoardColumn } from '../components/board-column.js';
import { MoveDialog, type MoveDialogKind, type MoveDone, reopen } from '../components/board-dialogs.js';
import {
  type BoardFilter,
  type BoardSort,
  byStage,
  filterCards,
  isFiltered,
  NO_FILTER,
  planMove,
  SORT_LABEL,
  STAGE_LABEL,
  sortCards,
  toCards,
} from '../components/board-model.js';
import { ErrorNote, errorText, Status } from '../components/common.js';
import { useRevisionEvents } from '../components/live.js';
import { Link } from '../router.js';

const COLLATOR = new Intl.Collator();

export function PipelineView() {
  const [list, setList] = useState<OpportunitySummary[] | null>(null);
  const [today, setToday] = useState<TodayJson | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER);
  const [sort, setSort] = useState<BoardSort>('next');
  const [closedShown, setClosedShown] = useState(false);
  const [dragOver, setDragOver] = useState<Stage | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ opp: OpportunitySummary; kind: MoveDialogKind } | null>(null);

  /**
   * Reads the list again (resolving with it), then Today's pipeline numbers:
   * the board is drawn as soon as the list is here.
   */
  const refresh = useCallback(async () => {
    try {
      const opps = await api<OpportunitySummary[]>('GET', '/opportunities');
      setList(opps);
      setError(null);
      getToday().then(setToday, setError);
      return opps;
    } catch (e) {
      setError(e);
      return null;
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useRevisionEvents(refresh);
  useEffect(() => {
    if (list && !performance.getEntriesByName('board-rendered').length) performance.mark('board-rendered');
  }, [list]);

  const cards = useMemo(() => toCards(list ?? []), [list]);
  const totals = useMemo(() => byStage(cards), [cards]);
  // Sorted once per list and order; a keystroke only filters (which keeps the order).
  const sorted = useMemo(() => sortCards(cards, sort), [cards, sort]);
  // The search box answers each key at once; the board follows in a render React can interrupt for the next key.
  const deferred = useDeferredValue(filter);
  const shown = useMemo(() => byStage(filterCards(sorted, deferred)), [sorted, deferred]);
  /** The card just moved: once the board is drawn again, the focus follows it (or its folded column's button). */
  const focusAfter = useRef<{ id: string; stage: Stage | null } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each drawing of the columns
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const moved =
      document.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.id)}"] .move-trigger`) ??
      (target.stage ? document.querySelector<HTMLElement>(`#col-${target.stage} .fold`) : null);
    moved?.focus();
  }, [shown]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: marks each drawing of new results (bench/board-ui.bench.ts reads it)
  useEffect(() => {
    performance.clearMarks('board-drawn');
    performance.mark('board-drawn');
  }, [shown]);
  const companies = useMemo(() => [...new Set(cards.map((c) => c.opp.company))].sort(COLLATOR.compare), [cards]);
  const filtered = isFiltered(deferred);
  const nowMs = today ? Date.parse(today.asOf) : null;

  /** After the server said yes: the fresh list moves the card, then the toast says where it is. */
  const finish = useCallback(
    async (opp: OpportunitySummary, done: MoveDone) => {
      const fresh = await refresh();
      const stage = fresh?.find((o) => o.id === opp.id)?.stage;
      const where = stage ? ` It is in ${STAGE_LABEL[stage]} now.` : '';
      const undo = done.undo;
      toast.success(`${done.text}${where}`, {
        duration: 10_000,
        ...(undo
          ? {
              action: {
                label: 'Undo',
                onClick: () => {
                  undo().then(
                    async (text) => {
                      await refresh();
                      toast.success(text);
                    },
                    (e: unknown) => toast.error(`Could not undo: ${errorText(e)}`),
                  );
                },
              },
            }
          : {}),
      });
      focusAfter.current = { id: opp.id, stage: stage ?? null };
    },
    [refresh],
  );

  const move = useCallback(
    async (opp: OpportunitySummary, to: Stage) => {
      const plan = planMove(opp, to);
      if (plan.kind === 'none') return;
      if (plan.kind === 'refuse') {
        toast.error(plan.why);
        return;
      }
      if (plan.kind === 'dialog') {
        setAsking({ opp, kind: plan.dialog });
        return;
      }
      setBusy(opp.id);
      try {
        await finish(opp, await reopen(opp));
      } catch (e) {
        toast.error(errorText(e));
      } finally {
        setBusy(null);
      }
    },
    [finish],
  );
  const dropCard = useCallback(
    (id: string, stage: Stage) => {
      const opp = list?.find((o) => o.id === id);
      if (opp) void move(opp, stage);
    },
    [list, move],
  );
  const toggleClosed = useCallback(() => setClosedShown((v) => !v), []);

  if (error && !list) return <ErrorNote error={error} />;
  if (!list) return <Status>Loading the pipeline…</Status>;
  const stages = deferred.stage ? [deferred.stage] : STAGES;
  const matching = STAGES.reduce((n, s) => n + shown[s].length, 0);
  return (
    <section aria-labelledby="pipeline-title" className="board-view">
      <h1 id="pipeline-title">Pipeline</h1>
      <AddOpportunity
        onAdded={(company) => {
          toast.success(`Added ${company}.`);
          void refresh();
        }}
      />
      {today ? <PipelineNumbers pipeline={today.pipeline} /> : null}
      <ErrorNote error={error} />
      {list.length === 0 ? (
        <p className="empty">
          No opportunities yet. Add the first company you applied to above, or load the demo from{' '}
          <Link href="/">Today</Link>.
        </p>
      ) : (
        <search className="board-tools" aria-label="Search and filter the board">
          <div className="field board-search">
            <label htmlFor="board-q">Search company, role or contact</label>
            <input
              id="board-q"
              type="search"
              value={filter.text}
              autoComplete="off"
              onChange={(e) => {
                const text = e.target.value;
                setFilter((f) => ({ ...f, text }));
              }}
            />
          </div>
          <FilterBar filter={filter} sort={sort} companies={companies} setFilter={setFilter} setSort={setSort} />
          {isFiltered(filter) ? (
            <button type="button" onClick={() => setFilter(NO_FILTER)}>
              Clear
            </button>
          ) : null}
          <p className="muted small board-matching" role="status">
            {filtered ? `${matching} of ${list.length} match.` : ''}
          </p>
        </search>
      )}
      <div className="board" data-columns={stages.length}>
        {stages.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            cards={shown[stage]}
            total={totals[stage].length}
            filtered={filtered}
            over={dragOver === stage}
            busy={busy}
            onDragOver={setDragOver}
            onDropCard={dropCard}
            onMove={move}
            {...(stage === 'closed' && deferred.stage !== 'closed'
              ? { collapsed: !closedShown, onToggle: toggleClosed }
              : {})}
          />
        ))}
      </div>
      {asking ? (
        <MoveDialog
          opp={asking.opp}
          kind={asking.kind}
          nowMs={nowMs}
          onCancel={() => setAsking(null)}
          onDone={(done) => {
            const { opp } = asking;
            setAsking(null);
            void finish(opp, done);
          }}
        />
      ) : null}
    </section>
  );
}

/** Today's pipeline health, the same numbers from the same server answer; open = the four open columns. */
function PipelineNumbers({ pipeline }: { pipeline: TodayJson['pipeline'] }) {
  return (
    <dl className="stats board-numbers" aria-label="Pipeline health">
      <div>
        <dt>Open</dt>
        <dd>{pipeline.open}</dd>
      </div>
      <div>
        <dt>Interviewing</dt>
        <dd>{pipeline.interviewing}</dd>
      </div>
      <div>
        <dt>Offers</dt>
        <dd>{pipeline.offers}</dd>
      </div>
    </dl>
  );
}

const INTEREST_OPTIONS = [
  { value: '1', label: 'Any' },
  { value: '5', label: '5 only' },
  { value: '4', label: '4 and up' },
  { value: '3', label: '3 and up' },
  { value: '2', label: '2 and up' },
];
const OFFER_OPTIONS = [
  { value: '', label: 'Any' },
  { value: 'with', label: 'Has an offer' },
  { value: 'without', label: 'No offer' },
];
const STAGE_OPTIONS = [{ value: '', label: 'All stages' }, ...STAGES.map((s) => ({ value: s, label: STAGE_LABEL[s] }))];
const SORT_OPTIONS = (Object.keys(SORT_LABEL) as BoardSort[]).map((k) => ({ value: k, label: SORT_LABEL[k] }));

/**
 * The filters and the order. Drawn again only when one of them or the list
 * of companies changes, not on each keystroke in the search.
 */
const FilterBar = memo(function FilterBar(props: {
  filter: BoardFilter;
  sort: BoardSort;
  companies: readonly string[];
  setFilter: Dispatch<SetStateAction<BoardFilter>>;
  setSort: (sort: BoardSort) => void;
}) {
  const { filter, setFilter } = props;
  const set = (patch: Partial<BoardFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const companyOptions = useMemo(
    () => [{ value: '', label: 'All companies' }, ...props.companies.map((c) => ({ value: c, label: c }))],
    [props.companies],
  );
  return (
    <>
      <ToolSelect
        id="board-stage"
        label="Stage"
        value={filter.stage}
        onChange={(v) => set({ stage: v as Stage | '' })}
        options={STAGE_OPTIONS}
      />
      <ToolSelect
        id="board-interest"
        label="Interest"
        value={String(filter.minInterest)}
        onChange={(v) => set({ minInterest: Number(v) })}
        options={INTEREST_OPTIONS}
      />
      <ToolSelect
        id="board-offer"
        label="Offer"
        value={filter.offer}
        onChange={(v) => set({ offer: v as BoardFilter['offer'] })}
        options={OFFER_OPTIONS}
      />
      <ToolSelect
        id="board-company"
        label="Company"
        value={filter.company}
        onChange={(v) => set({ company: v })}
        options={companyOptions}
      />
      <ToolSelect
        id="board-sort"
        label="Sort by"
        value={props.sort}
        onChange={(v) => props.setSort(v as BoardSort)}
        options={SORT_OPTIONS}
      />
    </>
  );
}, sameFilters);

/** Equal for the bar when all but the search text are the same. */
function sameFilters(
  a: { filter: BoardFilter; sort: BoardSort; companies: readonly string[] },
  b: { filter: BoardFilter; sort: BoardSort; companies: readonly string[] },
): boolean {
  return (
    a.sort === b.sort &&
    a.companies === b.companies &&
    a.filter.stage === b.filter.stage &&
    a.filter.minInterest === b.filter.minInterest &&
    a.filter.offer === b.filter.offer &&
    a.filter.company === b.filter.company
  );
}

function ToolSelect(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One compact row: the company and the role (optional) in fields of their own, so a comma stays in the name. */
function AddOpportunity({ onAdded }: { onAdded: (company: string) => void }) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      className="add-line add-pair"
      aria-labelledby="add-opp-title"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await api('POST', '/opportunities', {
            company: company.trim(),
            role: role.trim() || null,
          } satisfies CreateOpportunityRequest);
          setCompany('');
          setRole('');
          setError(null);
          onAdded(company.trim());
        } catch (err) {
          setError(err);
        }
      }}
    >
      <span id="add-opp-title" className="add-title">
        Add an opportunity
      </span>
      <div className="row">
        <div className="field">
          <label htmlFor="add-company">Company name</label>
          <input id="add-company" value={company} onChange={(e) => setCompany(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="add-role">Role</label>
          <input id="add-role" value={role} placeholder="Optional" onChange={(e) => setRole(e.target.value)} />
        </div>
        <button type="submit" className="primary">
          Add
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
