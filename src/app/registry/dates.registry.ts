/**
 * Reading a date in words back (src/app/commands/dates.ts): what a form
 * shows under its date field, read as the command that takes the date will
 * read it.
 */
import { z } from 'zod';
import { defineCommand } from './command.js';
import { seekerWhen } from './fields.js';

export const readWhen = defineCommand({
  name: 'read_when',
  summary: 'read a date in words ("next friday", "Dec 4 3pm") back as a date or a moment in the seeker zone',
  input: z.strictObject({
    text: z
      .string()
      .min(1, 'give the words to read, e.g. "next friday"')
      .max(200)
      .describe('a date or time: ISO 8601 or words such as "next friday", "yesterday 3pm"'),
    kind: z
      .enum(['date', 'instant'])
      .default('date')
      .describe('date: a calendar day (a deadline, a snooze); instant: a moment (an interview, a message)'),
  }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await import('../commands/dates.js')).readWhen(await seekerWhen(ctx), input),
});
