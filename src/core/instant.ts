/**
 * An instant that remembers its epoch milliseconds. With temporal-polyfill,
 * reading `epochMilliseconds` costs a slot lookup and a bigint conversion on
 * every call, and the engine reads the time of every touch and interview of
 * every open opportunity; a fact loaded once is read many times. It is a
 * real `Temporal.Instant` (a subclass): every method works, and the domain
 * types do not change.
 */
import { Temporal } from 'temporal-polyfill';

const NS_PER_MS = 1_000_000n;

export class MsInstant extends Temporal.Instant {
  readonly #ms: number;

  /** @param ms epoch milliseconds, a safe integer; throws RangeError outside Temporal's range. */
  constructor(ms: number) {
    super(BigInt(ms) * NS_PER_MS);
    this.#ms = ms;
  }

  override get epochMilliseconds(): number {
    return this.#ms;
  }
}

/** The instant as an MsInstant (whole milliseconds; sub-millisecond parts are dropped). */
export function msInstant(ms: number): Temporal.Instant {
  return new MsInstant(ms);
}
