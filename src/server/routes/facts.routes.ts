/**
 * What happened, per opportunity: interviews (log, edit, delete), touches
 * sent and heard (log, delete) and offers (log, accept, decline, delete).
 * Dates may be ISO or words; each is read in the seeker's zone.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  decideOffer,
  deleteFact,
  logHeard,
  logInterview,
  logOffer,
  logSent,
  parsePerson,
  updateInterview,
} from '../../app/commands/facts.js';
import { CHANNELS, IN_KINDS, OUT_PURPOSES } from '../../core/model.js';
import { limitedText } from '../../records/data-file.schema.js';
import type { ServerEnv } from '../env.js';
import { dateField, instantField, instantText, readBody, whenContext } from '../validate.js';

const When = z.string().trim().min(1, 'give a date, e.g. "yesterday 3pm"').max(200);
const Notes = limitedText('notes');
const Person = limitedText('person').trim().min(1);
/** `true` logs a touch even when the same one was just logged (see src/app/duplicates.ts). */
const Again = z.boolean().optional();

export const LogInterviewBody = z.object({
  at: When,
  with: z.array(Person).max(20).default([]),
  round: limitedText('round').nullish(),
  durationMinutes: z.number().int().min(1).max(1440).optional(),
  timelineAsked: z.boolean().optional(),
  decisionBy: When.nullish(),
  notes: Notes.optional(),
});

export const UpdateInterviewBody = z
  .object({
    at: When.optional(),
    round: limitedText('round').nullish(),
    durationMinutes: z.number().int().min(1).max(1440).optional(),
    timelineAsked: z.boolean().optional(),
    decisionBy: When.nullish(),
    notes: Notes.optional(),
  })
  .strict();

export const SentBody = z.object({
  purpose: z.enum(OUT_PURPOSES),
  interview: z.string().min(1).nullish(),
  to: Person.nullish(),
  at: When.nullish(),
  channel: z.enum(CHANNELS).nullish(),
  subject: limitedText('subject').nullish(),
  body: limitedText('body').nullish(),
  again: Again,
});

export const HeardBody = z.object({
  kind: z.enum(IN_KINDS).nullish(),
  by: When.nullish(),
  at: When.nullish(),
  text: limitedText('body').nullish(),
  from: Person.nullish(),
  channel: z.enum(CHANNELS).nullish(),
  subject: limitedText('subject').nullish(),
  again: Again,
});

export const OfferBody = z.object({
  expected: z.boolean().optional(),
  deadline: When.nullish(),
  at: When.nullish(),
});

export const factRoutes = new Hono<ServerEnv>()
  .post('/opportunities/:id/interviews', async (c) => {
    const body = await readBody(c, LogInterviewBody);
    const ctx = c.var.ctx;
    const when = await whenContext(ctx);
    const at = instantField(body.at, when, 'at');
    const decisionBy = body.decisionBy ? dateField(body.decisionBy, when, 'decisionBy') : null;
    const result = await logInterview(ctx, {
      opportunity: c.req.param('id'),
      at,
      with: body.with.map(parsePerson),
      round: body.round ?? null,
      ...(body.durationMinutes !== undefined ? { durationMinutes: body.durationMinutes } : {}),
      ...(body.timelineAsked !== undefined ? { timelineAsked: body.timelineAsked } : {}),
      decisionBy,
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
    });
    // The dates as read, so the page can show them back with their weekday.
    return c.json({ ...result, at: instantText(at), decisionBy: decisionBy?.toString() ?? null }, 201);
  })
  .patch('/opportunities/:id/interviews/:interviewId', async (c) => {
    const body = await readBody(c, UpdateInterviewBody);
    const ctx = c.var.ctx;
    const when = await whenContext(ctx);
    return c.json(
      await updateInterview(ctx, {
        opportunity: c.req.param('id'),
        interview: c.req.param('interviewId'),
        ...(body.at !== undefined ? { at: instantField(body.at, when, 'at') } : {}),
        ...(body.round !== undefined ? { round: body.round } : {}),
        ...(body.durationMinutes !== undefined ? { durationMinutes: body.durationMinutes } : {}),
        ...(body.timelineAsked !== undefined ? { timelineAsked: body.timelineAsked } : {}),
        ...(body.decisionBy !== undefined
          ? { decisionBy: body.decisionBy ? dateField(body.decisionBy, when, 'decisionBy') : null }
          : {}),
        ...(body.notes !== undefined ? { notes: body.notes } : {}),
      }),
    );
  })
  .delete('/opportunities/:id/interviews/:interviewId', async (c) =>
    c.json(
      await deleteFact(c.var.ctx, {
        opportunity: c.req.param('id'),
        type: 'interview',
        id: c.req.param('interviewId'),
      }),
    ),
  )
  .post('/opportunities/:id/sent', async (c) => {
    const body = await readBody(c, SentBody);
    const ctx = c.var.ctx;
    const at = body.at ? instantField(body.at, await whenContext(ctx), 'at') : null;
    const result = await logSent(ctx, {
      opportunity: c.req.param('id'),
      purpose: body.purpose,
      interview: body.interview ?? null,
      to: body.to ?? null,
      at,
      channel: body.channel ?? null,
      subject: body.subject ?? null,
      body: body.body ?? null,
      again: body.again ?? false,
    });
    return c.json(result, 201);
  })
  .post('/opportunities/:id/heard', async (c) => {
    const body = await readBody(c, HeardBody);
    const ctx = c.var.ctx;
    const when = await whenContext(ctx);
    const result = await logHeard(ctx, {
      opportunity: c.req.param('id'),
      kind: body.kind ?? null,
      by: body.by ? dateField(body.by, when, 'by') : null,
      at: body.at ? instantField(body.at, when, 'at') : null,
      text: body.text ?? null,
      from: body.from ?? null,
      channel: body.channel ?? null,
      subject: body.subject ?? null,
      again: body.again ?? false,
    });
    return c.json(result, 201);
  })
  .delete('/opportunities/:id/touches/:touchId', async (c) =>
    c.json(await deleteFact(c.var.ctx, { opportunity: c.req.param('id'), type: 'touch', id: c.req.param('touchId') })),
  )
  .post('/opportunities/:id/offers', async (c) => {
    const body = await readBody(c, OfferBody);
    const ctx = c.var.ctx;
    const when = await whenContext(ctx);
    const deadline = body.deadline ? dateField(body.deadline, when, 'deadline') : null;
    const result = await logOffer(ctx, {
      opportunity: c.req.param('id'),
      expected: body.expected ?? false,
      deadline,
      at: body.at ? instantField(body.at, when, 'at') : null,
    });
    return c.json({ ...result, deadline: deadline?.toString() ?? null }, 201);
  })
  .post('/opportunities/:id/offers/accept', async (c) =>
    c.json(await decideOffer(c.var.ctx, { opportunity: c.req.param('id'), decision: 'accepted' })),
  )
  .post('/opportunities/:id/offers/decline', async (c) =>
    c.json(await decideOffer(c.var.ctx, { opportunity: c.req.param('id'), decision: 'declined' })),
  )
  .delete('/opportunities/:id/offers/:offerId', async (c) =>
    c.json(await deleteFact(c.var.ctx, { opportunity: c.req.param('id'), type: 'offer', id: c.req.param('offerId') })),
  );
