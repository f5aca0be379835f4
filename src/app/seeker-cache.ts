/**
 * What a long-running server keeps between requests for one seeker: the
 * loaded facts and the agendas computed from them, valid while the store's
 * revision is unchanged (any write, from any process, raises it). Agendas
 * are also keyed by the minute of "now", so item states are never more than
 * a minute behind the clock.
 */
import type { AgendaJson } from './agenda.json.js';
import type { Seeker } from './seeker.types.js';

/** How many distinct agendas (all/not, minute) are kept per revision. */
const MAX_AGENDAS = 8;

export class SeekerCache {
  #revision: number | null = null;
  #seeker: Seeker | null = null;
  readonly #agendas = new Map<string, AgendaJson>();

  /** The facts loaded at `revision`, or null. */
  seeker(revision: number): Seeker | null {
    return revision === this.#revision ? this.#seeker : null;
  }

  setSeeker(revision: number, seeker: Seeker): void {
    if (revision !== this.#revision) this.#agendas.clear();
    this.#revision = revision;
    this.#seeker = seeker;
  }

  agenda(revision: number, key: string): AgendaJson | null {
    return revision === this.#revision ? (this.#agendas.get(key) ?? null) : null;
  }

  setAgenda(revision: number, key: string, agenda: AgendaJson): void {
    if (revision !== this.#revision) return;
    if (this.#agendas.size >= MAX_AGENDAS) {
      const oldest = this.#agendas.keys().next().value;
      if (oldest !== undefined) this.#agendas.delete(oldest);
    }
    this.#agendas.set(key, agenda);
  }
}
