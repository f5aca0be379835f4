/**
 * The mail and calendar commands: the inbox of messages that need the
 * seeker and settling one, reading mail from files or the IMAP account,
 * reading an invitation, the calendar of follow-ups and its private feed.
 */
import { z } from 'zod';
import { IN_KINDS, OUT_PURPOSES } from '../../core/model.js';
import { limitedText } from '../../records/data-file.schema.js';
import { parseWhenDate } from '../when.js';
import { defineCommand } from './command.js';
import { OpportunityRef, seekerWhen, WhenText } from './fields.js';

const mail = () => import('../commands/mail.js');
const calendar = () => import('../commands/calendar.js');
const feed = () => import('../commands/calendar-feed.js');

export const listInbox = defineCommand({
  name: 'list_inbox',
  summary: 'mail that needs the seeker: unmatched messages and readings to confirm (all: every message read)',
  input: z.strictObject({
    all: z.boolean().optional().describe('every message read, not only those that need the seeker'),
  }),
  writes: false,
  access: 'seeker',
  run: async (ctx, input) => (await mail()).inbox(ctx, { all: input.all ?? false }),
});

export const reviewMail = defineCommand({
  name: 'review_mail',
  summary: 'settle a message of the inbox: ignore it, assign it to an opportunity, or confirm its reading',
  input: z.strictObject({
    messageId: limitedText('messageId').min(1, 'give the Message-ID from the inbox'),
    action: z.enum(['ignore', 'assign', 'confirm'], { message: 'must be ignore, assign or confirm' }),
    opportunity: OpportunityRef.nullish().describe('for assign: the opportunity it belongs to'),
    kind: z.enum(IN_KINDS, { message: `must be one of ${IN_KINDS.join(', ')}` }).nullish(),
    purpose: z.enum(OUT_PURPOSES, { message: `must be one of ${OUT_PURPOSES.join(', ')}` }).nullish(),
    decisionBy: WhenText.nullish().describe('the promised date, corrected'),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const decisionBy = input.decisionBy ? parseWhenDate(input.decisionBy, await seekerWhen(ctx), 'decisionBy') : null;
    const result = await (await mail()).reviewMail(ctx, {
      messageId: input.messageId,
      action: input.action,
      opportunity: input.opportunity ?? null,
      kind: input.kind ?? null,
      purpose: input.purpose ?? null,
      decisionBy,
    });
    return { ...result, decisionBy: decisionBy?.toString() ?? undefined };
  },
});

export const importMail = defineCommand({
  name: 'import_mail',
  summary: 'read mail from .eml files, folders of them and mbox files on this machine',
  input: z.strictObject({
    paths: z.array(z.string().min(1).max(4096)).min(1, 'give at least one .eml file, folder or mbox file').max(10_000),
  }),
  writes: true,
  access: 'local',
  run: async (ctx, input, io) => (await mail()).importMail(ctx, { paths: input.paths, onProgress: io.onProgress }),
});

export const syncImap = defineCommand({
  name: 'sync_imap',
  summary: "read new mail from the seeker's IMAP account (inbox and sent folder)",
  input: z.strictObject({}),
  writes: true,
  access: 'seeker',
  run: async (ctx, _input, io) =>
    (await import('../commands/imap-sync.js')).syncImap(ctx, { onProgress: io.onProgress }),
});

export const importCalendar = defineCommand({
  name: 'import_calendar',
  summary: 'log the interview an invitation (.ics text) schedules, or move the one it updates',
  input: z.strictObject({
    // Empty text is read too: the use case says no invitation was found in it, as for any other file.
    text: z
      .string()
      .max(10 * 1024 * 1024)
      .describe('the text of an .ics file'),
    for: OpportunityRef.nullish().describe('the opportunity it belongs to (default: matched by address)'),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await calendar()).importCalendar(ctx, { text: input.text, for: input.for ?? null }),
});

export const exportCalendar = defineCommand({
  name: 'export_calendar',
  summary: 'the calendar (iCalendar text) of interviews, promised dates and follow-ups',
  input: z.strictObject({}),
  writes: false,
  access: 'seeker',
  run: async (ctx) => (await calendar()).exportCalendar(ctx),
});

export const calendarFeed = defineCommand({
  name: 'calendar_feed',
  summary: "the secret token of the seeker's calendar feed (a calendar app subscribes to it)",
  input: z.strictObject({}),
  writes: false,
  access: 'seeker',
  run: async (ctx) => ({ token: await (await feed()).calendarFeedToken(ctx) }),
});

export const rotateCalendarFeed = defineCommand({
  name: 'rotate_calendar_feed',
  summary: 'a new secret token for the calendar feed; the old address stops working',
  input: z.strictObject({}),
  writes: true,
  access: 'seeker',
  run: async (ctx) => ({ token: await (await feed()).rotateCalendarFeedToken(ctx) }),
});
