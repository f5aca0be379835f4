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
 * How many seekers' entries are kept; the one used longest ago goes first.
 * A seeker's facts are a few MB at most, so this bounds the memory of a
 * server for many seekers while the active ones stay warm.
 */
const MAX_SEEKERS = 64;
/**
 * How many seekers' small summaries (a coach's view, about 1 KB each) are
 * kept, apart from the facts: enough for every seeker a coach follows to
 * stay warm when there are more of them than `MAX_SEEKERS`.
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
  agendas: Map<string, AgendaJson>;
}

export class SeekerCache {
  /** By seeker id, in order of last use (oldest first). */
  readonly #entries = new Map<string, Entry>();
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

  /** Keeps the facts of `seekerId` at `revision`; its agendas at another revision are dropped. */
  setSeeker(seekerId: string, revision: number, seeker: Seeker): void {
    const agendas = this.#at(seekerId, revision)?.agendas ?? new Map<string, AgendaJson>();
    this.#entries.delete(seekerId);
    if (this.#entries.size >= MAX_SEEKERS) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(seekerId, { revision, seeker, agendas });
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
