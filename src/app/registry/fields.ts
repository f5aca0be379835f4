/**
 * Input fields that several commands share, each with the message a person
 * reads when it is wrong. Dates stay text here ("yesterday 3pm", "Dec 4",
 * ISO): a command reads them in the seeker's zone (src/app/when.ts), so
 * every front end gets the same reading.
 */

import type { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { limitedText } from '../../records/data-file.schema.js';
import type { AppContext } from '../context.js';
import type { WhenContext } from '../when.js';

/** A date or date-time as words or ISO, read by the command in the seeker's zone. */
export const WhenText = z
  .string()
  .trim()
  .min(1, 'give a date, e.g. "yesterday 3pm"')
  .max(200)
  .describe('a date or time: ISO 8601 or words such as "yesterday 3pm", "Dec 4", "next Friday"');

/** An opportunity: its id or the company's name. */
export const OpportunityRef = z
  .string()
  .trim()
  .min(1, 'give an opportunity id or company name')
  .max(200)
  .describe('opportunity id or company name');

/** How much the seeker wants the job: 1 to 5, 5 the first choice. */
export const Interest = z
  .number({ message: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be a whole number from 1 to 5')
  .max(5, 'must be a whole number from 1 to 5')
  .describe('1-5, 5 = first choice');

/** A person as "Name <email>", a name, or an email address. */
export const Person = limitedText('person').trim().min(1, 'give a name or "Name <email>"');

/** Free notes. */
export const Notes = limitedText('notes');

/** Log it even when the same one was just logged (src/app/duplicates.ts). */
export const Again = z.boolean().optional().describe('log it even when the same one was just logged');

/** What dates in words are read against in a command: now, in the seeker's zone (else the machine's). */
export async function seekerWhen(ctx: AppContext): Promise<WhenContext> {
  const profile = await ctx.store.getProfile();
  return { now: ctx.now, timeZone: profile.timezone ?? ctx.machineZone };
}

/** A moment as a result gives it back: ISO with the seeker's offset, to the second (`2026-12-08T14:00:00-05:00`). */
export function isoSecond(at: Temporal.ZonedDateTime): string {
  return at.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** An agenda item's id, as the agenda gives it (`thank-you:acme:i1:jane`). */
export const ItemId = limitedText('item')
  .min(1, 'give an item id, e.g. thank-you:acme:i1:jane')
  .describe('an agenda item id');
