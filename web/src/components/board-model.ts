/**
 * The board's rules, without React: which cards a search and the filters
 * keep, their order (numbers sorted as numbers, dates as dates), and what a
 * move from one stage to another takes: nothing, a dialog that asks what
 * the server needs to make it true, a reopen, or a refusal said in one
 * sentence.
 */
import type { OpportunitySummary, Stage } from '../api.js';

export const STAGE_LABEL: Record<Stage, string> = {
  applied: 'Applied',
  interviewing: 'Interview ahead',
  waiting: 'Waiting to hear',
  offer: 'Offer',
  closed: 'Closed',
};

/** What the board shows: a text and the filters (empty string: any). */
export interface BoardFilter {
  text: string;
  stage: Stage | '';
  /** The lowest interest kept (1 keeps all). */
  minInterest: number;
  offer: '' | 'with' | 'without';
  company: string;
}

export const NO_FILTER: BoardFilter = { text: '', stage: '', minInterest: 1, offer: '', company: '' };

export type BoardSort = 'next' | 'interest' | 'activity';

export const SORT_LABEL: Record<BoardSort, string> = {
  next: 'Next move (soonest first)',
  interest: 'Interest (highest first)',
  activity: 'Last activity (most recent first)',
};

/** One card as the board filters and sorts it: the summary and numbers read once. */
export interface BoardCard {
  opp: OpportunitySummary;
  /** Company, role and contacts in lower case, searched by the text. */
  haystack: string;
  /** Epoch ms of the last touch (or of its creation), for "last activity". */
  activityMs: number;
  /** Epoch ms of the next move's due time, +Infinity when there is none. */
  nextMs: number;
}

const ms = (iso: string | null | undefined): number => {
  const value = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
};

/** Reads each summary once, so a keystroke costs one `includes` per card. */
export function toCards(list: readonly OpportunitySummary[]): BoardCard[] {
  return list.map((opp) => {
    const next = ms(opp.nextMove?.dueAt);
    return {
      opp,
      haystack: [opp.company, opp.role ?? '', ...(opp.contacts ?? [])].join('\n').toLowerCase(),
      activityMs: Math.max(ms(opp.lastTouchAt), ms(opp.createdAt)),
      nextMs: next === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : next,
    };
  });
}

/** Whether the filter is narrowing anything. */
export function isFiltered(f: BoardFilter): boolean {
  return f.text.trim() !== '' || f.stage !== '' || f.minInterest > 1 || f.offer !== '' || f.company !== '';
}

/** The cards the search and filters keep. */
export function filterCards(cards: readonly BoardCard[], f: BoardFilter): BoardCard[] {
  const words = f.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const company = f.company.toLowerCase();
  return cards.filter(
    (c) =>
      (f.stage === '' || c.opp.stage === f.stage) &&
      c.opp.interest >= f.minInterest &&
      (f.offer === '' || (c.opp.stage === 'offer') === (f.offer === 'with')) &&
      (company === '' || c.opp.company.toLowerCase() === company) &&
      words.every((w) => c.haystack.includes(w)),
  );
}

const COLLATOR = new Intl.Collator();

/** Sorted by the numbers, never by their text; ties go by company. */
export function sortCards(cards: readonly BoardCard[], sort: BoardSort): BoardCard[] {
  const key: (c: BoardCard) => number =
    sort === 'interest' ? (c) => -c.opp.interest : sort === 'activity' ? (c) => -c.activityMs : (c) => c.nextMs;
  return [...cards].sort((a, b) => {
    const d = key(a) - key(b);
    return d !== 0 && !Number.isNaN(d) ? d : COLLATOR.compare(a.opp.company, b.opp.company);
  });
}

/** The cards of each stage, in order. */
export function byStage(cards: readonly BoardCard[]): Record<Stage, BoardCard[]> {
  const out: Record<Stage, BoardCard[]> = { applied: [], interviewing: [], waiting: [], offer: [], closed: [] };
  for (const c of cards) out[c.opp.stage].push(c);
  return out;
}

/** What moving a card takes. */
export type MovePlan =
  | { kind: 'none' }
  | { kind: 'refuse'; why: string }
  | { kind: 'reopen' }
  | { kind: 'dialog'; dialog: 'interview-ahead' | 'interview-past' | 'offer' | 'close' };

/**
 * A card's stage follows from what is logged (an offer pending, an interview
 * ahead or past, the status), so a move is a fact to log: the plan says
 * which, or why no fact makes it true.
 */
export function planMove(opp: Pick<OpportunitySummary, 'company' | 'stage'>, to: Stage): MovePlan {
  const from = opp.stage;
  const who = opp.company;
  if (from === to) return { kind: 'none' };
  if (to === 'closed') return { kind: 'dialog', dialog: 'close' };
  if (from === 'closed') return { kind: 'reopen' };
  if (from === 'offer')
    return {
      kind: 'refuse',
      why: `${who} has an offer pending, so it stays in Offer until you accept it, decline it or close it.`,
    };
  if (to === 'offer') return { kind: 'dialog', dialog: 'offer' };
  if (to === 'applied')
    return {
      kind: 'refuse',
      why: `${who} has an interview logged, so it cannot go back to Applied; delete the interview on its page if it was a mistake.`,
    };
  if (to === 'interviewing') return { kind: 'dialog', dialog: 'interview-ahead' };
  if (from === 'interviewing')
    return {
      kind: 'refuse',
      why: `${who}'s interview is still ahead; it moves to Waiting to hear by itself once the interview has taken place.`,
    };
  return { kind: 'dialog', dialog: 'interview-past' };
}

/** The ways to close a card: an offer's outcomes only when it has an offer. */
export function closeReasons(stage: Stage): { value: string; label: string }[] {
  return [
    ...(stage === 'offer'
      ? [
          { value: 'accepted', label: 'I accepted their offer' },
          { value: 'declined', label: 'I declined their offer' },
        ]
      : []),
    { value: 'rejected', label: 'They said no' },
    { value: 'withdrawn', label: 'I withdrew' },
    { value: 'no-response', label: 'They never answered' },
  ];
}
