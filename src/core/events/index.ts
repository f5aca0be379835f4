/**
 * What an event does to an opportunity (apply-event.ts), its vocabulary,
 * and its effects in words.
 */
export { applyEvent, latestEndedInterview } from './apply-event.js';
export { effectText } from './effect-text.js';
export type * from './event.types.js';
