/**
 * What a long-running server keeps between requests, per seeker: the loaded
 * facts and the agendas computed from them, valid while that seeker's store
 * revision is unchanged (any write, from any process, raises it). Every
 * entry is keyed by the seeker and the revision: revisions are counted per
 * seeker, so two seekers at the same revision never share an entry. Agendas
 * are also keyed by the minute of "now", so item states are never more than
 * a minute behind the clock; a coach's summaries are kept over the span of
 * time their maker says they hold (seeker-summary.ts). The facts are bounded
 * by how many facts they hold, not by seekers.
 */
import type { AgendaJson } from './agenda.json.js';
import type { Seeker } from './seeker.types.js';

/** How many distinct agendas (all/not, minute) are kept per seeker and revision. */
const MAX_AGENDAS = 8;
/**
 * How many seekers' entries are kept at most, however small; the one used
 * longest ago goes first.
 */
const MAX_SEEKERS = 4096;
/**
 * How many facts (opportunities, contacts, interviews, touches, offers) the
 * kept entries may hold together, a few hundred bytes to a few KB each once
 * held twice (records and facts): about 100 MB at worst. Small seekers all
 * stay warm (a coach's hundred seekers of 30 opportunities are some 20,000),
 * and one very large seeker pushes the others out rather than growing the
 * memory without bound.
 */
const MAX_FACTS = 100_000;
/**
 * How many seekers' small summaries (a coach's view, about 1 KB each) are
 * kept, apart from the facts: enough for every seeker a server's coaches
 * follow to stay warm even when their facts do not all fit.
 */
const MAX_SUMMARIES = 4096;

/** When a kept summary holds: from the instant it was computed at until (excluded) the first that could change it. */
export interface SummarySpan {
  fromMs: number;
  untilMs: number;
}

interface Entry {
  revision: number;
  seeker: Seeker;
  /** `weightOf(seeker)`, counted against the cache's budget of facts. */
  weight: number;
  agendas: Map<string, AgendaJson>;
}

/** How many facts a seeker holds: one per opportunity, contact, interview, touch and offer, and one for the profile. */
function weightOf(seeker: Seeker): number {
  let weight = 1;
  for (const o of seeker.records) {
    weight +=
      1 + (o.contacts?.length ?? 0) + (o.interviews?.length ?? 0) + (o.touches?.length ?? 0) + (o.offers?.length ?? 0);
  }
  return weight;
}

export class SeekerCache {
  /** By seeker id, in order of last use (oldest first). */
  readonly #entries = new Map<string, Entry>();
  /** The sum of the kept entries' weights. */
  #facts = 0;
  readonly #maxFacts: number;

  /** `maxFacts` bounds the facts kept across seekers (see `MAX_FACTS`). */
  constructor(options: { maxFacts?: number } = {}) {
    this.#maxFacts = options.maxFacts ?? MAX_FACTS;
  }
  /** Small derived answers by seeker id (oldest first), each valid at one revision over a span of time. */
  readonly #summaries = new Map<string, { revision: number; valid: SummarySpan; value: unknown }>();

  /** The summary of `seekerId` kept at `revision` and valid at `nowMs`, or null. */
  summary<T>(seekerId: string, revision: number, nowMs: number): T | null {
    const kept = this.#summaries.get(seekerId);
    if (kept?.revision !== revision || nowMs < kept.valid.fromMs || nowMs >= kept.valid.untilMs) return null;
    return kept.value as T;
  }

  /**
   * Keeps one summary per seeker (the last one), valid at `revision` while
   * now is in `[valid.fromMs, valid.untilMs)`; the oldest seeker's goes first
   * beyond `MAX_SUMMARIES`.
   */
  setSummary(seekerId: string, revision: number, valid: SummarySpan, value: unknown): void {
    this.#summaries.delete(seekerId);
    if (this.#summaries.size >= MAX_SUMMARIES) {
      const oldest = this.#summaries.keys().next().value;
      if (oldest !== undefined) this.#summaries.delete(oldest);
    }
    this.#summaries.set(seekerId, { revision, valid, value });
  }

  /** The facts of `seekerId` loaded at `revision`, or null. */
  seeker(seekerId: string, revision: number): Seeker | null {
    return this.#at(seekerId, revision)?.seeker ?? null;
  }

  /**
   * Keeps the facts of `seekerId` at `revision`; its agendas at another
   * revision are dropped. The seekers used longest ago go first while the
   * entries would exceed `MAX_SEEKERS` or the budget of facts; a seeker
   * larger than the whole budget is kept alone.
   */
  setSeeker(seekerId: string, revision: number, seeker: Seeker): void {
    const agendas = this.#at(seekerId, revision)?.agendas ?? new Map<string, AgendaJson>();
    this.#drop(seekerId);
    const weight = weightOf(seeker);
    while (this.#entries.size >= MAX_SEEKERS || this.#facts + weight > this.#maxFacts) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#drop(oldest);
    }
    this.#entries.set(seekerId, { revision, seeker, weight, agendas });
    this.#facts += weight;
  }

  #drop(seekerId: string): void {
    const entry = this.#entries.get(seekerId);
    if (!entry) return;
    this.#entries.delete(seekerId);
    this.#facts -= entry.weight;
  }

  agenda(seekerId: string, revision: number, key: string): AgendaJson | null {
    return this.#at(seekerId, revision)?.agendas.get(key) ?? null;
  }

  /** Kept only while the seeker's facts are cached at the same revision (the facts the agenda came from). */
  setAgenda(seekerId: string, revision: number, key: string, agenda: AgendaJson): void {
    const agendas = this.#at(seekerId, revision)?.agendas;
    if (!agendas) return;
    if (agendas.size >= MAX_AGENDAS) {
      const oldest = agendas.keys().next().value;
      if (oldest !== undefined) agendas.delete(oldest);
    }
    agendas.set(key, agenda);
  }

  /** The seeker's entry when it is at `revision` (and marked as just used), else undefined. */
  #at(seekerId: string, revision: number): Entry | undefined {
    const entry = this.#entries.get(seekerId);
    if (entry?.revision !== revision) return undefined;
    this.#entries.delete(seekerId);
    this.#entries.set(seekerId, entry);
    return entry;
  }
}
