/**
 * Today: one compact row per move, grouped so what changes decisions
 * (offers, deadlines, closing) comes first, then what is due, then what is
 * coming up (snoozed items with the day they come back). A row opens its
 * draft in a side panel (a sheet on phones) with the composer and the tone
 * check. Holds say what they hold back and what they do not. Every move can
 * be undone from its toast; focus goes to the next row; the keyboard drives
 * it all (`?` lists the keys). Reads the lean agenda (`GET /api/today`):
 * drafts are fetched when a row opens.
 */
import * as Dialog from '@radix-ui/react-dialog';
import { type MouseEvent, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toast } from 'sonner';
import { type Done, dismiss, markSent, restore, snooze } from '../actions.js';
import {
  api,
  type DraftResult,
  getToday,
  type HoldJson,
  itemPath,
  oppPath,
  type SnoozedItemJson,
  sentPurposeOf,
  type TodayItemJson,
  type TodayJson,
} from '../api.js';
import { DateField, ErrorNote, errorText, formatDate, Status, useLoad, useOneAtATime } from '../components/common.js';
import { Composer } from '../components/composer.js';
import { FirstRun } from '../components/first-run.js';
import { useRevisionEvents } from '../components/live.js';
import { MailBanner } from '../components/mail-banner.js';
import { SendButton } from '../components/send.js';
import { Link } from '../router.js';
import { dueInWords, shortDay } from '../when.js';

/** Moves that change a decision: offers and their deadlines, telling others, withdrawing, closing. */
const DECISIONS = new Set(['evaluate-offer', 'offer-nudge', 'withdraw', 'move-on', 'reconsider']);
/** Within "Decide": the offer in hand first, then what it changes for the others, then closing. */
const DECISION_RANK: Readonly<Record<string, number>> = {
  'evaluate-offer': 0,
  'offer-nudge': 1,
  withdraw: 1,
  reconsider: 2,
  'move-on': 2,
};
/** Rows shown per group before "Show more": a long search stays quick to draw. */
const PAGE = 40;
/** How far ahead "Coming up" looks. */
const COMING_DAYS = 14;

/** The keys Today answers to, for the `?` overlay. */
const SHORTCUTS: readonly [string, string][] = [
  ['j / ↓', 'next move'],
  ['k / ↑', 'previous move'],
  ['Enter', 'open the move and its draft'],
  ['s', 'mark as sent'],
  ['z', 'snooze'],
  ['d', 'dismiss'],
  ['u', 'undo the last action'],
  ['?', 'show these keys'],
];

const canMarkSent = (item: TodayItemJson) =>
  item.hasDraft && item.opportunityId !== null && sentPurposeOf(item.kind) !== null;

interface Groups {
  decisions: TodayItemJson[];
  due: TodayItemJson[];
  coming: (TodayItemJson | SnoozedItemJson)[];
  keepSearching: TodayItemJson | null;
}

function groupsOf(data: TodayJson, hidden: ReadonlySet<string>): Groups {
  const horizon = Date.parse(data.asOf) + COMING_DAYS * 24 * 3600 * 1000;
  const shown = data.items.filter((i) => !hidden.has(i.id));
  const now = shown.filter((i) => i.state !== 'upcoming' && i.kind !== 'keep-searching');
  const rank = { overdue: 0, due: 1, upcoming: 2 } as const;
  const urgent = (a: TodayItemJson, b: TodayItemJson) => rank[a.state] - rank[b.state];
  const coming = [
    ...shown.filter((i) => i.state === 'upcoming' && i.kind !== 'keep-searching' && Date.parse(i.opensAt) <= horizon),
    ...data.snoozed.filter((i) => !hidden.has(snoozedKey(i.id))),
  ].sort((a, b) => comingDay(a).localeCompare(comingDay(b)));
  return {
    decisions: now
      .filter((i) => DECISIONS.has(i.kind))
      .sort((a, b) => (DECISION_RANK[a.kind] ?? 9) - (DECISION_RANK[b.kind] ?? 9) || urgent(a, b)),
    due: now.filter((i) => !DECISIONS.has(i.kind)).sort(urgent),
    coming,
    keepSearching: shown.find((i) => i.kind === 'keep-searching' && i.state !== 'upcoming') ?? null,
  };
}

/** The day an item shows under "Coming up": the day its snooze ends, or the day it opens. */
const comingDay = (i: TodayItemJson | SnoozedItemJson) => ('until' in i ? i.until : i.opensAt.slice(0, 10));

/** Focuses an item's row when it is drawn; true when it was. */
function focusRow(id: string): boolean {
  const row = document.querySelector<HTMLElement>(`[data-row="${CSS.escape(id)}"]`);
  row?.focus();
  return row !== null;
}

/** How long a toast takes to leave: the toaster gives the focus back when it does, so ours comes after. */
const TOAST_LEAVES_MS = 450;

/** The key that hides a snoozed item's line under "Coming up" (its row on Today is hidden by its id). */
const snoozedKey = (id: string) => `snoozed:${id}`;

export function TodayView() {
  const { data, error, reload } = useLoad(getToday, []);
  // New mail read by the server (or a change elsewhere) shows up without a reload.
  useRevisionEvents(reload);
  /** Items acted on and not yet gone from the server's answer: hidden at once. */
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [snoozing, setSnoozing] = useState<TodayItemJson | null>(null);
  const [help, setHelp] = useState(false);
  /** The row the keys overlay was opened from, focused again when it closes. */
  const helpFrom = useRef<string | null>(null);
  const lastUndo = useRef<(() => void) | null>(null);
  const focusNext = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (data && !performance.getEntriesByName('today-rendered').length) performance.mark('today-rendered');
  }, [data]);

  const groups = useMemo(() => (data ? groupsOf(data, hidden) : null), [data, hidden]);
  const actionable = useMemo(() => (groups ? [...groups.decisions, ...groups.due] : []), [groups]);
  const open = data?.items.find((i) => i.id === openId) ?? null;

  // After an action, focus the row that took the acted one's place (or the heading when none is left).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each redraw of the rows
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    const row = target ? document.querySelector<HTMLElement>(`[data-row="${CSS.escape(target)}"]`) : null;
    // A row that is not drawn yet (an undo waiting for the reload) is focused when it is.
    if (target && !row) return;
    focusNext.current = null;
    (row ?? headingRef.current)?.focus();
  }, [groups]);

  /** Runs one move on an item: hides its row, toasts the outcome with Undo, focuses the next row. */
  const act = useCallback(
    async (item: TodayItemJson, move: () => Promise<Done>, hide = item.id) => {
      const at = actionable.findIndex((i) => i.id === item.id);
      const next = actionable[at + 1] ?? actionable[at - 1] ?? null;
      focusNext.current = next?.id ?? '';
      setHidden((h) => new Set(h).add(hide));
      setOpenId((o) => (o === item.id ? null : o));
      try {
        const done = await move();
        const undo = () => {
          lastUndo.current = null;
          done.undo().then(
            (text) => {
              setHidden((h) => {
                const rest = new Set(h);
                rest.delete(hide);
                return rest;
              });
              focusNext.current = item.id;
              toast.success(text);
              reload();
              window.setTimeout(() => focusRow(item.id), TOAST_LEAVES_MS);
            },
            (e: unknown) => toast.error(`Could not undo: ${errorText(e)}`),
          );
        };
        lastUndo.current = undo;
        toast.success(done.text, { action: { label: 'Undo', onClick: undo }, duration: 10_000 });
        reload();
      } catch (e) {
        setHidden((h) => {
          const rest = new Set(h);
          rest.delete(hide);
          return rest;
        });
        focusNext.current = item.id;
        toast.error(errorText(e));
      }
    },
    [actionable, reload],
  );

  const sendLogged = useCallback(
    (item: TodayItemJson) =>
      act(item, async () => {
        const draft = (await api<DraftResult>('GET', `${itemPath(item.id)}/draft`)).item.draft;
        if (!draft) throw new Error(`"${item.title}" has no draft to log as sent.`);
        return markSent(item, draft);
      }),
    [act],
  );

  // The keyboard: j/k move between rows, s/z/d act on the focused row, u undoes, ? lists the keys.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      const rows = [...document.querySelectorAll<HTMLElement>('[data-row]')];
      const current = target?.closest<HTMLElement>('[data-row]') ?? null;
      const at = current ? rows.indexOf(current) : -1;
      const item = actionable.find((i) => i.id === current?.dataset.row) ?? null;
      const key = event.key;
      if (key === 'j' || key === 'ArrowDown') rows[Math.min(at + 1, rows.length - 1)]?.focus();
      else if (key === 'k' || key === 'ArrowUp') rows[Math.max(at - 1, 0)]?.focus();
      else if (key === '?') {
        helpFrom.current = current?.dataset.row ?? null;
        setHelp(true);
      } else if (key === 'u' && lastUndo.current) lastUndo.current();
      else if (key === 's' && item && canMarkSent(item)) void sendLogged(item);
      else if (key === 'z' && item) setSnoozing(item);
      else if (key === 'd' && item) void act(item, () => dismiss(item));
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actionable, act, sendLogged]);

  if (error && !data) return <ErrorNote error={error} />;
  if (!data || !groups) return <Status>Loading today's moves…</Status>;

  // Nothing logged yet: only the keep-searching nudge can be on the agenda.
  const empty =
    data.pipeline.open === 0 && data.holds.length === 0 && data.items.every((i) => i.kind === 'keep-searching');
  const rowProps = {
    asOf: data.asOf,
    onOpen: (item: TodayItemJson) => setOpenId(item.id),
    onSent: sendLogged,
    onSnooze: setSnoozing,
    onDismiss: (item: TodayItemJson) => act(item, () => dismiss(item)),
  };

  return (
    <section aria-labelledby="today-title" className="today">
      <MailBanner />
      <div className="today-head">
        <h1 id="today-title" ref={headingRef} tabIndex={-1}>
          Today
        </h1>
        <p className="muted">
          {dayLine(data.asOf)}
          {empty ? null : (
            <span className="keys-hint">
              {' · '}
              <button type="button" className="link" onClick={() => setHelp(true)}>
                Keyboard shortcuts <kbd>?</kbd>
              </button>
            </span>
          )}
        </p>
      </div>
      {empty ? (
        <EmptyHome onLoaded={reload} />
      ) : (
        <>
          {groups.decisions.length > 0 ? (
            <Group id="decisions" title="Decide" hint="Offers, deadlines and closing: these change your other moves.">
              <Rows items={groups.decisions} {...rowProps} />
            </Group>
          ) : null}
          <Group id="due" title="Due">
            {groups.due.length === 0 ? (
              <p className="empty">Nothing else needs you right now. Waiting well is part of the job.</p>
            ) : (
              <Rows items={groups.due} {...rowProps} />
            )}
          </Group>
          <Holds holds={data.holds} moves={actionable} />
          <Group id="coming" title="Coming up" hint={`The next ${COMING_DAYS} days, and what you snoozed.`}>
            {groups.coming.length === 0 ? (
              <p className="empty">Nothing else opens in the next {COMING_DAYS} days.</p>
            ) : (
              <Coming
                items={groups.coming}
                asOf={data.asOf}
                onRestore={(i) => act(i, () => unsnooze(i), snoozedKey(i.id))}
              />
            )}
          </Group>
          <Health data={data} nudge={groups.keepSearching} />
        </>
      )}
      {open ? (
        <DraftPanel
          item={open}
          asOf={data.asOf}
          hold={data.holds.find((h) => h.opportunityId === open.opportunityId) ?? null}
          onClose={() => setOpenId(null)}
          onAct={act}
          onSnooze={setSnoozing}
        />
      ) : null}
      {snoozing ? (
        <SnoozeDialog
          item={snoozing}
          onClose={() => setSnoozing(null)}
          onPick={(until) => {
            const item = snoozing;
            setSnoozing(null);
            void act(item, () => snooze(item, until));
          }}
        />
      ) : null}
      <Dialog.Root open={help} onOpenChange={setHelp}>
        <Dialog.Portal>
          <Dialog.Overlay className="overlay" />
          <Dialog.Content className="dialog small-dialog" onCloseAutoFocus={(e) => returnFocus(e, helpFrom.current)}>
            <Dialog.Title>Keyboard shortcuts</Dialog.Title>
            <Dialog.Description className="muted">On Today, when no field has the focus.</Dialog.Description>
            <dl className="keys">
              {SHORTCUTS.map(([key, what]) => (
                <div key={key}>
                  <dt>
                    <kbd>{key}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
            <Dialog.Close asChild>
              <button type="button">Close</button>
            </Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </section>
  );
}

/** Bringing a snoozed item back now; undo snoozes it again to the same day. */
async function unsnooze(item: SnoozedItemJson): Promise<Done> {
  const text = await restore(item);
  return { text, undo: async () => (await snooze(item, item.until)).text };
}

/**
 * A dialog closing gives the focus back to the row it was about; when that
 * row has left (the dialog acted on it), the next row gets it instead.
 */
function returnFocus(event: Event, rowId: string | null): void {
  if (!rowId) return;
  event.preventDefault();
  focusRow(rowId);
}

/** "Thursday, November 26" for the agenda's day (as written, in the seeker's zone). */
function dayLine(asOf: string): string {
  const date = new Date(`${asOf.slice(0, 10)}T12:00:00Z`);
  return date.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function Group(props: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section className={`group group-${props.id}`} aria-labelledby={`group-${props.id}`}>
      <h2 id={`group-${props.id}`}>{props.title}</h2>
      {props.hint ? <p className="muted small">{props.hint}</p> : null}
      {props.children}
    </section>
  );
}

interface RowActions {
  asOf: string;
  onOpen: (item: TodayItemJson) => void;
  onSent: (item: TodayItemJson) => void;
  onSnooze: (item: TodayItemJson) => void;
  onDismiss: (item: TodayItemJson) => void;
}

/** A group's rows, the first `PAGE` at once and the rest on request. */
function Rows({ items, ...actions }: { items: TodayItemJson[] } & RowActions) {
  const [limit, setLimit] = useState(PAGE);
  return (
    <>
      <ul className="rows">
        {items.slice(0, limit).map((item) => (
          <Row key={item.id} item={item} {...actions} />
        ))}
      </ul>
      {items.length > limit ? (
        <button type="button" className="more" onClick={() => setLimit((l) => l + PAGE * 5)}>
          Show {Math.min(items.length - limit, PAGE * 5)} more of {items.length - limit}
        </button>
      ) : null}
    </>
  );
}

/**
 * A click handler that ignores the later clicks of a double click: the row
 * acted on leaves at once, and the second click must not land on the row
 * that takes its place.
 */
const once = (run: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
  if (event.detail <= 1) run();
};

function Row({ item, asOf, onOpen, onSent, onSnooze, onDismiss }: { item: TodayItemJson } & RowActions) {
  const who = [item.company, item.to].filter(Boolean).join(' · ');
  return (
    <li className={`today-row ${item.state}`}>
      <button type="button" className="row-open" data-row={item.id} aria-haspopup="dialog" onClick={() => onOpen(item)}>
        <span className="row-title">{item.title}</span>
        <span className="row-meta">
          <span className={`when ${item.state}`}>{dueInWords(item, asOf)}</span>
          {who ? <span className="who">{who}</span> : null}
        </span>
      </button>
      <span className="row-actions">
        {canMarkSent(item) ? (
          <button type="button" onClick={once(() => onSent(item))} aria-label={`Mark sent: ${item.title}`}>
            Mark sent
          </button>
        ) : null}
        <button type="button" onClick={once(() => onSnooze(item))} aria-label={`Snooze: ${item.title}`}>
          Snooze
        </button>
        <button type="button" onClick={once(() => onDismiss(item))} aria-label={`Dismiss: ${item.title}`}>
          Dismiss
        </button>
      </span>
    </li>
  );
}

function Coming(props: {
  items: (TodayItemJson | SnoozedItemJson)[];
  asOf: string;
  onRestore: (item: SnoozedItemJson) => void;
}) {
  const [limit, setLimit] = useState(PAGE);
  const { items, asOf } = props;
  return (
    <>
      <ul className="rows coming">
        {items.slice(0, limit).map((i) => (
          <li key={i.id} className="today-row upcoming" data-id={i.id}>
            <span className="row-open static">
              <span className="row-title">{i.title}</span>
              <span className="row-meta">
                <span className="when">
                  {'until' in i ? `snoozed until ${shortDay(i.until, asOf)}` : dueInWords(i, asOf)}
                </span>
                {i.company ? <span className="who">{i.company}</span> : null}
              </span>
            </span>
            {'until' in i ? (
              <span className="row-actions always">
                <button type="button" onClick={() => props.onRestore(i)} aria-label={`Bring back now: ${i.title}`}>
                  Bring back
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {items.length > limit ? (
        <button type="button" className="more" onClick={() => setLimit((l) => l + PAGE * 5)}>
          Show more ({items.length - limit} left)
        </button>
      ) : null}
    </>
  );
}

/** The move in full: why, guidance, the hold that touches it, and its draft in the composer. */
function DraftPanel(props: {
  item: TodayItemJson;
  asOf: string;
  hold: HoldJson | null;
  onClose: () => void;
  onAct: (item: TodayItemJson, move: () => Promise<Done>) => Promise<void>;
  onSnooze: (item: TodayItemJson) => void;
}) {
  const { item, hold } = props;
  const draft = useLoad(
    () =>
      item.hasDraft ? api<DraftResult>('GET', `${itemPath(item.id)}/draft`).then((r) => r.item) : Promise.resolve(null),
    [item.id],
  );
  const { pending, guard } = useOneAtATime();
  const full = draft.data;
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? null : props.onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content
          className="dialog side-panel"
          aria-describedby={undefined}
          onCloseAutoFocus={(e) => returnFocus(e, item.id)}
        >
          <header className="panel-head">
            <Dialog.Title>{item.title}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="close">
                Close
              </button>
            </Dialog.Close>
          </header>
          <p className="muted">
            {[item.company, item.role].filter(Boolean).join(' · ')}
            {item.company ? ' · ' : ''}
            <span className={`when ${item.state}`}>{dueInWords(item, props.asOf)}</span>
            {item.opportunityId ? (
              <>
                {' · '}
                <Link href={`/opportunities/${encodeURIComponent(item.opportunityId)}`}>Open {item.company}</Link>
              </>
            ) : null}
          </p>
          <p className="why">{item.why}</p>
          {item.guidance ? <p className="guidance">{item.guidance}</p> : null}
          {hold ? <p className="hold-note">{holdAndMove(hold, item)}</p> : null}
          <ErrorNote error={draft.error} />
          {item.hasDraft && !full ? <Status>Loading the draft…</Status> : null}
          {full?.draft ? (
            <Composer
              key={full.id}
              rows={10}
              initial={{ to: full.draft.to ?? '', subject: full.draft.subject, body: full.draft.body }}
              item={full}
              forOpp={full.opportunityId}
              actions={(m) =>
                full.opportunityId && sentPurposeOf(full.kind) ? (
                  <>
                    <SendButton
                      itemId={full.id}
                      message={() => ({
                        subject: m.subject,
                        body: m.body,
                        to: m.to && m.to !== full.draft?.to ? m.to : null,
                      })}
                      onSent={(text) => {
                        toast.success(`${text} ${full.title}.`);
                        props.onClose();
                      }}
                    />
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => guard(() => props.onAct(item, () => markSent(item, m)))}
                    >
                      Mark as sent
                    </button>
                  </>
                ) : null
              }
            />
          ) : null}
          <div className="actions panel-actions">
            {item.kind === 'move-on' && item.opportunityId ? (
              <button
                type="button"
                className="primary"
                onClick={() =>
                  guard(() =>
                    props.onAct(item, async () => {
                      await api('POST', `${oppPath(item.opportunityId ?? '')}/close`, { as: 'no-response' });
                      return {
                        text: `Closed ${item.company} as no response.`,
                        undo: async () => {
                          await api('POST', `${oppPath(item.opportunityId ?? '')}/reopen`, {});
                          return `${item.company} is open again.`;
                        },
                      };
                    }),
                  )
                }
              >
                Close as no response
              </button>
            ) : null}
            <button type="button" onClick={() => props.onSnooze(item)}>
              Snooze…
            </button>
            <button type="button" onClick={() => guard(() => props.onAct(item, () => dismiss(item)))}>
              Dismiss
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A hold beside a move on the same opportunity: the hold is about check-ins; the move still stands. */
function holdAndMove(hold: HoldJson, item: TodayItemJson): string {
  const checkIn = ['ask-timeline', 'status-check', 'explicit-check'].includes(item.kind);
  return checkIn
    ? `${hold.company} asked for time: a check-in is fine from ${formatDate(hold.checkInFrom)}.`
    : `${hold.company} asked for time, which holds back check-ins only: this move is still yours to make.`;
}

function SnoozeDialog(props: { item: TodayItemJson; onClose: () => void; onPick: (until: string) => void }) {
  const [text, setText] = useState('');
  const [iso, setIso] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? null : props.onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog small-dialog" onCloseAutoFocus={(e) => returnFocus(e, props.item.id)}>
          <Dialog.Title>Snooze “{props.item.title}”</Dialog.Title>
          <Dialog.Description className="muted">
            It leaves Today and shows under Coming up until that day.
          </Dialog.Description>
          <div className="actions">
            {['tomorrow', 'next monday', 'in a week'].map((when) => (
              <button key={when} type="button" onClick={() => props.onPick(when)}>
                {when[0]?.toUpperCase()}
                {when.slice(1)}
              </button>
            ))}
          </div>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!iso) return setProblem('Type a day the server can read, for example "next Friday" or "Dec 14".');
              props.onPick(iso);
            }}
          >
            <DateField label="Or another day" kind="date" value={text} onChange={setText} onRead={setIso} />
            <button type="submit">Snooze</button>
          </form>
          {problem ? (
            <p className="error" role="alert">
              {problem}
            </p>
          ) : null}
          <Dialog.Close asChild>
            <button type="button" className="link">
              Cancel
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** An empty home: the first run (the seeker's details, a first opportunity) or the demo; Today's heading takes the focus after. */
function EmptyHome({ onLoaded }: { onLoaded: () => void }) {
  return (
    <FirstRun
      onDone={() => {
        onLoaded();
        document.getElementById('today-title')?.focus();
      }}
    />
  );
}

/** Holds, each saying what it holds back (check-ins) and, when there is one, that the move above still stands. */
function Holds({ holds, moves }: { holds: HoldJson[]; moves: TodayItemJson[] }) {
  if (holds.length === 0) return null;
  return (
    <Group id="holds" title="On hold, on purpose" hint="They asked for time: a check-in now would only press them.">
      <ul className="holds">
        {holds.map((h) => {
          const standing = moves.filter((m) => m.opportunityId === h.opportunityId);
          return (
            <li key={h.opportunityId} className="card hold">
              <h3>
                <Link href={`/opportunities/${encodeURIComponent(h.opportunityId)}`}>{h.company}</Link>
              </h3>
              <p>
                No check-in until <strong>{formatDate(h.until)}</strong>; a check-in is fine from{' '}
                {formatDate(h.checkInFrom)}.
                {standing.length > 0
                  ? ` The hold is about check-ins only: ${standing.map((m) => `“${m.title}”`).join(', ')} above still stands.`
                  : ''}
              </p>
              <p className="muted">{h.reason}</p>
            </li>
          );
        })}
      </ul>
    </Group>
  );
}

function Health({ data, nudge }: { data: TodayJson; nudge: TodayItemJson | null }) {
  const p = data.pipeline;
  return (
    <Group id="health" title="Pipeline health">
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
    </Group>
  );
}
