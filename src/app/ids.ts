/**
 * Ids for facts created from the command line or the web app. The rules
 * live in the core (src/core/ids.ts), which numbers the facts an event adds;
 * the app uses the same ones for what it creates itself.
 */
export { nextId, slugify, uniqueId } from '../core/ids.js';
