/**
 * The tone check: flags pleading, over-apology, pressure, generic text,
 * over-long check-ins, repeated exclamation marks and unbacked claims.
 */
import type { ToneFacts, ToneFlag } from './tone.types.js';

export type { ToneFacts, ToneFlag, ToneRule } from './tone.types.js';
export { TONE_RULES } from './tone.types.js';

/** First version: no rules yet. */
export function checkTone(_text: string, _facts?: ToneFacts): ToneFlag[] {
  return [];
}
