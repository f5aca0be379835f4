/**
 * One column of the board and its cards. A long column draws only the
 * cards in view (@tanstack/react-virtual), so 2,000 opportunities stay
 * smooth; a card moves by drag and drop or from its "Move" menu (Radix:
 * arrow keys, Enter, Escape, mounted on first use), which lists every
 * other stage.
 */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState } from 'react';
import { type OpportunitySummary, STAGES, type Stage } from '../api.js';
import { Link } from '../router.js';
import { type BoardCard, STAGE_LABEL } from './board-model.js';
import { formatDate } from './common.js';

/** Columns longer than this draw only the cards in view. */
export const VIRTUAL_FROM = 40;
/** A card's height before it is measured (px). */
const CARD_ESTIMATE = 132;

export interface ColumnProps {
  stage: Stage;
  cards: readonly BoardCard[];
  /** The stage's count before the search and filters. */
  total: number;
  filtered: boolean;
  /** Only the Closed column folds: its count stays in view. */
  collapsed?: boolean;
  onToggle?: () => void;
  over: boolean;
  busy: string | null;
  onDragOver: (stage: Stage | null) => void;
  onDropCard: (id: string, stage: Stage) => void;
  onMove: (opp: OpportunitySummary, to: Stage) => void;
}

/** A column: its heading and count, and its cards (virtualised when long). */
export const BoardColumn = memo(function BoardColumn(props: ColumnProps) {
  const { stage, cards, collapsed } = props;
  const count = props.filtered ? `${cards.length} of ${props.total}` : String(props.total);
  return (
    <section
      className={`column${props.over ? ' over' : ''}${collapsed ? ' folded' : ''}`}
      aria-labelledby={`col-${stage}`}
      data-stage={stage}
      onDragOver={(e) => {
        e.preventDefault();
        props.onDragOver(stage);
      }}
      onDragLeave={() => props.onDragOver(null)}
      onDrop={(e) => {
        e.preventDefault();
        props.onDragOver(null);
        const id = e.dataTransfer.getData('text/plain');
        if (id) props.onDropCard(id, stage);
      }}
    >
      <h2 id={`col-${stage}`}>
        {props.onToggle ? (
          <button type="button" className="fold" aria-expanded={!collapsed} onClick={props.onToggle}>
            {STAGE_LABEL[stage]} <span className="count">{count}</span>
            <span className="visually-hidden">{collapsed ? ', folded: show them' : ', shown: fold them'}</span>
          </button>
        ) : (
          <>
            {STAGE_LABEL[stage]} <span className="count">{count}</span>
          </>
        )}
      </h2>
      {collapsed ? null : cards.length > VIRTUAL_FROM ? (
        <VirtualCards {...props} />
      ) : (
        <ul className="cards">
          {cards.map((c) => (
            <li key={c.opp.id}>
              <Card opp={c.opp} busy={props.busy === c.opp.id} onMove={props.onMove} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

function VirtualCards(props: ColumnProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: props.cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_ESTIMATE,
    overscan: 3,
    getItemKey: (i) => props.cards[i]?.opp.id ?? i,
  });
  return (
    <div ref={scroller} className="column-scroll">
      <ul className="cards virtual" style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map((row) => {
          const c = props.cards[row.index];
          if (!c) return null;
          return (
            <li
              key={row.key}
              ref={rows.measureElement}
              data-index={row.index}
              aria-setsize={props.cards.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <Card opp={c.opp} busy={props.busy === c.opp.id} onMove={props.onMove} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const Card = memo(function Card(props: {
  opp: OpportunitySummary;
  busy: boolean;
  onMove: (opp: OpportunitySummary, to: Stage) => void;
}) {
  const { opp } = props;
  const next = opp.nextMove;
  return (
    <article
      className="card opp"
      draggable
      data-id={opp.id}
      aria-busy={props.busy || undefined}
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
        {next ? ` · next: ${next.title}${next.dueAt ? `, ${formatDate(next.dueAt)}` : ''}` : ''}
      </p>
      <MoveMenu opp={opp} busy={props.busy} onMove={props.onMove} />
    </article>
  );
});

/** Keys that open a menu button (WAI-ARIA menu button pattern). */
const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * The card's "Move to…" menu. Until it is first used it is a plain menu
 * button, so a column of cards mounts no menu machinery (a search that
 * redraws the cards in view stays fast); the first press mounts the Radix
 * menu already open, with its arrow keys, Escape and focus return.
 */
function MoveMenu(props: {
  opp: OpportunitySummary;
  busy: boolean;
  onMove: (opp: OpportunitySummary, to: Stage) => void;
}) {
  const { opp } = props;
  const [armed, setArmed] = useState(false);
  const label = (
    <>
      Move<span className="visually-hidden"> {opp.company}</span> to…
    </>
  );
  if (!armed)
    return (
      <button
        type="button"
        className="move-trigger"
        aria-haspopup="menu"
        aria-expanded={false}
        disabled={props.busy}
        onPointerDown={(e) => {
          if (e.button !== 0 || e.ctrlKey) return;
          e.preventDefault();
          setArmed(true);
        }}
        onKeyDown={(e) => {
          if (!OPEN_KEYS.has(e.key)) return;
          e.preventDefault();
          setArmed(true);
        }}
      >
        {label}
      </button>
    );
  return (
    <Menu.Root defaultOpen>
      <Menu.Trigger className="move-trigger" disabled={props.busy}>
        {label}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="move-menu" align="start" sideOffset={4}>
          {STAGES.filter((s) => s !== opp.stage).map((s) => (
            <Menu.Item
              key={s}
              className="move-item"
              // After the menu has closed and given the focus back, so a dialog the move opens keeps it.
              onSelect={() => window.setTimeout(() => props.onMove(opp, s), 0)}
            >
              {STAGE_LABEL[s]}
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
