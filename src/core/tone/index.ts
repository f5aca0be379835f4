/**
 * The tone check's public face: `checkTone(text, facts?)` and its types.
 */
export { CHECK_IN_MAX_WORDS, checkTone, countWords } from './tone.check.js';
export type { ToneFacts, ToneFlag, ToneRule } from './tone.types.js';
export { TONE_RULES } from './tone.types.js';
