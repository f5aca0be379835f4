/**
 * The commands that log what happened on an opportunity: interviews (log,
 * edit, delete), touches sent and heard (log, delete) and offers (log,
 * accept, decline, delete). Dates arrive as words or ISO and are read here,
 * in the seeker's zone; each result gives them back as read (ISO), so a
 * front end can show them with their weekday.
 */
import { z } from 'zod';
import { CHANNELS, IN_KINDS, OUT_PURPOSES } from '../../core/model.js';
import { limitedText } from '../../records/data-file.schema.js';
import { parseWhenDate, parseWhenInstant } from '../when.js';
import { defineCommand } from './command.js';
import { Again, isoSecond, Notes, OpportunityRef, Person, seekerWhen, WhenText } from './fields.js';

const load = () => import('../commands/facts.js');

const Id = z.string().trim().min(1, 'give an id').max(200);
const Round = limitedText('round').nullish().describe('e.g. "Phone screen", "Onsite"');
const Duration = z
  .number({ message: 'must be minutes from 1 to 1440' })
  .int('must be minutes from 1 to 1440')
  .min(1, 'must be minutes from 1 to 1440')
  .max(1440, 'must be minutes from 1 to 1440');
const Channel = z
  .enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` })
  .nullish()
  .describe('how: email (default), phone, letter, linkedin, in-person, other');

export const logInterview = defineCommand({
  name: 'log_interview',
  summary: 'log an interview, past or upcoming',
  input: z.strictObject({
    opportunity: OpportunityRef,
    at: WhenText.describe('when it starts: ISO or words ("yesterday 2pm", "Tuesday 10am")'),
    with: z.array(Person).max(20).default([]).describe('the interviewers, "Name <email>" each'),
    round: Round,
    durationMinutes: Duration.optional(),
    timelineAsked: z.boolean().optional().describe('the seeker asked when they will decide'),
    decisionBy: WhenText.nullish().describe('the date they said they would decide by'),
    notes: Notes.optional(),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const { logInterview, parsePerson } = await load();
    const when = await seekerWhen(ctx);
    const at = parseWhenInstant(input.at, when, 'at');
    const decisionBy = input.decisionBy ? parseWhenDate(input.decisionBy, when, 'decisionBy') : null;
    const result = await logInterview(ctx, {
      opportunity: input.opportunity,
      at,
      with: input.with.map((person) => parsePerson(person, 'with')),
      round: input.round ?? null,
      ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      ...(input.timelineAsked !== undefined ? { timelineAsked: input.timelineAsked } : {}),
      decisionBy,
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    });
    return { ...result, at: isoSecond(at), decisionBy: decisionBy?.toString() ?? null };
  },
});

export const updateInterview = defineCommand({
  name: 'update_interview',
  summary: 'change a logged interview: its time, round, length, the timeline asked, the decision date, notes',
  input: z.strictObject({
    opportunity: OpportunityRef,
    interview: Id.describe('the interview id, e.g. i1'),
    at: WhenText.optional(),
    round: Round,
    durationMinutes: Duration.optional(),
    timelineAsked: z.boolean().optional(),
    decisionBy: WhenText.nullish(),
    notes: Notes.optional(),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const when = await seekerWhen(ctx);
    return (await load()).updateInterview(ctx, {
      opportunity: input.opportunity,
      interview: input.interview,
      ...(input.at !== undefined ? { at: parseWhenInstant(input.at, when, 'at') } : {}),
      ...(input.round !== undefined ? { round: input.round } : {}),
      ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      ...(input.timelineAsked !== undefined ? { timelineAsked: input.timelineAsked } : {}),
      ...(input.decisionBy !== undefined
        ? { decisionBy: input.decisionBy ? parseWhenDate(input.decisionBy, when, 'decisionBy') : null }
        : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    });
  },
});

export const deleteInterview = defineCommand({
  name: 'delete_interview',
  summary: 'delete a logged interview',
  input: z.strictObject({ opportunity: OpportunityRef, interview: Id }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) =>
    (await load()).deleteFact(ctx, { opportunity: input.opportunity, type: 'interview', id: input.interview }),
});

export const logSent = defineCommand({
  name: 'log_sent',
  summary: `log something the seeker sent (${OUT_PURPOSES.join(', ')})`,
  input: z.strictObject({
    opportunity: OpportunityRef,
    purpose: z.enum(OUT_PURPOSES, { message: `must be one of ${OUT_PURPOSES.join(', ')}` }),
    interview: Id.nullish().describe('the interview a thank-you is for (default: the latest that has ended)'),
    to: Person.nullish().describe('contact id, name or email (default for a thank-you: every interviewer)'),
    at: WhenText.nullish().describe('when it was sent (default now)'),
    channel: Channel,
    subject: limitedText('subject').nullish(),
    body: limitedText('body').nullish(),
    again: Again,
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const at = input.at ? parseWhenInstant(input.at, await seekerWhen(ctx), 'at') : null;
    const result = await (await load()).logSent(ctx, {
      opportunity: input.opportunity,
      purpose: input.purpose,
      interview: input.interview ?? null,
      to: input.to ?? null,
      at,
      channel: input.channel ?? null,
      subject: input.subject ?? null,
      body: input.body ?? null,
      again: input.again ?? false,
    });
    // The moment as read, when words gave one, so a front end can show it back.
    return at ? { ...result, at: isoSecond(at) } : { ...result, at: undefined };
  },
});

export const logHeard = defineCommand({
  name: 'log_heard',
  summary: 'log what the seeker heard from them; a date in their words about deciding becomes the promise',
  input: z.strictObject({
    opportunity: OpportunityRef,
    kind: z
      .enum(IN_KINDS, { message: `must be one of ${IN_KINDS.join(', ')}, or left out to read it from the words` })
      .nullish(),
    by: WhenText.nullish().describe('the date they promised a decision by'),
    at: WhenText.nullish().describe('when it was heard (default now)'),
    text: limitedText('body').nullish().describe('what they said'),
    from: Person.nullish().describe('who wrote: contact id, name or email'),
    channel: Channel,
    subject: limitedText('subject').nullish(),
    again: Again,
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const when = await seekerWhen(ctx);
    const at = input.at ? parseWhenInstant(input.at, when, 'at') : null;
    const result = await (await load()).logHeard(ctx, {
      opportunity: input.opportunity,
      kind: input.kind ?? null,
      by: input.by ? parseWhenDate(input.by, when, 'by') : null,
      at,
      text: input.text ?? null,
      from: input.from ?? null,
      channel: input.channel ?? null,
      subject: input.subject ?? null,
      again: input.again ?? false,
    });
    // The moment as read, when words gave one, so a front end can show it back.
    return at ? { ...result, at: isoSecond(at) } : { ...result, at: undefined };
  },
});

export const deleteTouch = defineCommand({
  name: 'delete_touch',
  summary: 'delete a logged touch (something sent or heard)',
  input: z.strictObject({ opportunity: OpportunityRef, touch: Id }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) =>
    (await load()).deleteFact(ctx, { opportunity: input.opportunity, type: 'touch', id: input.touch }),
});

export const logOffer = defineCommand({
  name: 'log_offer',
  summary: 'log an offer, received or expected',
  input: z.strictObject({
    opportunity: OpportunityRef,
    expected: z.boolean().optional().describe('an offer is expected but not here yet'),
    deadline: WhenText.nullish().describe('the date they need an answer by'),
    at: WhenText.nullish().describe('when it came (default now)'),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => {
    const when = await seekerWhen(ctx);
    const deadline = input.deadline ? parseWhenDate(input.deadline, when, 'deadline') : null;
    const result = await (await load()).logOffer(ctx, {
      opportunity: input.opportunity,
      expected: input.expected ?? false,
      deadline,
      at: input.at ? parseWhenInstant(input.at, when, 'at') : null,
    });
    return { ...result, deadline: deadline?.toString() ?? null };
  },
});

export const acceptOffer = defineCommand({
  name: 'accept_offer',
  summary: 'accept the pending offer (closes the opportunity as accepted)',
  input: z.strictObject({ opportunity: OpportunityRef }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).decideOffer(ctx, { opportunity: input.opportunity, decision: 'accepted' }),
});

export const declineOffer = defineCommand({
  name: 'decline_offer',
  summary: 'decline the pending offer (closes the opportunity as declined)',
  input: z.strictObject({ opportunity: OpportunityRef }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await load()).decideOffer(ctx, { opportunity: input.opportunity, decision: 'declined' }),
});

export const deleteOffer = defineCommand({
  name: 'delete_offer',
  summary: 'delete a logged offer',
  input: z.strictObject({ opportunity: OpportunityRef, offer: Id }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) =>
    (await load()).deleteFact(ctx, { opportunity: input.opportunity, type: 'offer', id: input.offer }),
});
