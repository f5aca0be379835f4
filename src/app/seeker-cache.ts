/**
 * What a long-running server keeps between requests, per seeker: the loaded
 * facts and the agendas computed from them, valid while that seeker's store
 * revision is unchanged (any write, from any process, raises it). Every
 * entry is keyed by the seeker and the revision: revisions are counted per
 * seeker, so two seekers at the same revision never share an entry. Agendas
 * are also keyed by the minute of "now", so item states are never more than
 * a minute behind the clock.
 */
import type { AgendaJson } from './agenda.json.js';
import type { Seeker } from './seeker.types.js';

/** How many distinct agendas (all/not, minute) are kept per seeker and revision. */
const MAX_AGENDAS = 8;
/**
 * How many opportunities the kept seekers hold together, at most; the seeker
 * used longest ago goes first. A server keeps a seeker's records (their
 * facts are mapped again when needed, src/app/seeker.ts): about 3.5 KB of
 * heap per opportunity, so this bounds the facts of a server for many
 * seekers to about 50 MB, some 400 seekers of 30 opportunities each. A
 * seeker larger than the whole bound is still kept, alone.
 */
export const MAX_KEPT_OPPORTUNITIES = 12_000;
/** How many seekers' entries are kept at most, however small (each costs a little even when empty). */
const MAX_SEEKERS = 4096;
/**
 * How many seekers' small summaries (a coach's view, about 1 KB each) are
 * kept, apart from the facts: enough for every seeker a coach follows to
 * stay warm when there are more of them than the facts kept.
 */
const MAX_SUMMARIES = 4096;

interface Entry {
  revision: number;
  /** Its share of MAX_KEPT_OPPORTUNITIES: its opportunities, and one for the rest of the entry. */
  weight: number;
  seeker: Seeker;
  agendas: Map<string, AgendaJson>;
}

export class SeekerCache {
  /** By seeker id, in order of last use (oldest first). */
  readonly #entries = new Map<string, Entry>();
  /** The sum of the kept entries' weights. */
  #weight = 0;
  /** Small derived answers by seeker id (oldest first), each valid at one revision and key. */
  readonly #summaries = new Map<string, { revision: number; key: string; value: unknown }>();

  /** The summary of `seekerId` kept at `revision` under `key` (e.g. the minute), or null. */
  summary<T>(seekerId: string, revision: number, key: string): T | null {
    const kept = this.#summaries.get(seekerId);
    return kept?.revision === revision && kept.key === key ? (kept.value as T) : null;
  }

  /** Keeps one summary per seeker (the last one); the oldest seeker's goes first beyond `MAX_SUMMARIES`. */
  setSummary(seekerId: string, revision: number, key: string, value: unknown): void {
    this.#summaries.delete(seekerId);
    if (this.#summaries.size >= MAX_SUMMARIES) {
      const oldest = this.#summaries.keys().next().value;
      if (oldest !== undefined) this.#summaries.delete(oldest);
    }
    this.#summaries.set(seekerId, { revision, key, value });
  }

  /** The facts of `seekerId` loaded at `revision`, or null. */
  seeker(seekerId: string, revision: number): Seeker | null {
    return this.#at(seekerId, revision)?.seeker ?? null;
  }

  /**
   * Keeps the facts of `seekerId` at `revision`; its agendas at another
   * revision are dropped, and the seekers used longest ago while the kept
   * ones are over MAX_KEPT_OPPORTUNITIES or MAX_SEEKERS.
   */
  setSeeker(seekerId: string, revision: number, seeker: Seeker): void {
    const agendas = this.#at(seekerId, revision)?.agendas ?? new Map<string, AgendaJson>();
    this.#drop(seekerId);
    const weight = seeker.records.length + 1;
    for (const [oldest] of this.#entries) {
      if (this.#entries.size < MAX_SEEKERS && this.#weight + weight <= MAX_KEPT_OPPORTUNITIES) break;
      this.#drop(oldest);
    }
    this.#entries.set(seekerId, { revision, weight, seeker, agendas });
    this.#weight += weight;
  }

  /** How many seekers' facts are kept, and their opportunities together (for tests and measurements). */
  get size(): { seekers: number; opportunities: number } {
    return { seekers: this.#entries.size, opportunities: this.#weight - this.#entries.size };
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

  #drop(seekerId: string): void {
    const entry = this.#entries.get(seekerId);
    if (!entry) return;
    this.#entries.delete(seekerId);
    this.#weight -= entry.weight;
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
