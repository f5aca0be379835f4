/**
 * Sending an item's draft (or the seeker's edit of it) through the seeker's
 * SMTP account, logged as the touch that completes the item; with `dryRun`,
 * the message as it would go, sent to no one (src/app/commands/send.ts).
 */
import { z } from 'zod';
import { limitedText } from '../../records/data-file.schema.js';
import { defineCommand } from './command.js';
import { ItemId } from './fields.js';

export const sendItem = defineCommand({
  name: 'send_item',
  summary: "send an agenda item's draft by SMTP and log it (a check-in too early is refused unless anyway)",
  input: z.strictObject({
    item: ItemId,
    body: limitedText('body').nullish().describe("the seeker's text instead of the draft's"),
    subject: limitedText('subject').nullish().describe("a subject instead of the draft's"),
    to: limitedText('email').trim().min(3, 'give an email address').nullish().describe('another recipient address'),
    dryRun: z.boolean().optional().describe('build the message and show it, without sending it'),
    anyway: z.boolean().optional().describe('send a check-in even inside the weekly gap or before a promised date'),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await import('../commands/send.js')).sendItem(ctx, input),
});
