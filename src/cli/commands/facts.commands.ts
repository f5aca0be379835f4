/**
 * The commands that log what happened: `interview`, `sent`, `heard`,
 * `offer`, `accept`/`decline`, and the outcomes `close` and `reopen`. Dates
 * in words are read in the seeker's zone (src/app/when.ts).
 */
import type { Command } from 'commander';
import { AppError } from '../../records/errors.js';
import { call, collect, examples, intOption, printWarnings, run, whenCtx } from '../program-helpers.js';

/** `afterview interview OPP --at WHEN`: an interview, past or upcoming. */
function registerInterview(program: Command): void {
  program
    .command('interview')
    .description('log an interview, past or upcoming')
    .argument('<opp>', 'opportunity id or company name')
    .requiredOption('--at <when>', 'when it starts: ISO or words ("yesterday 2pm", "Tuesday 10am")')
    .option('--with <person>', 'an interviewer, "Name <email>" (repeatable)', collect)
    .option('--round <round>', 'e.g. "Phone screen", "Onsite"')
    .option('--duration <min>', 'minutes (default 60)', intOption('--duration'))
    .option('--asked-timeline', 'you asked when they will decide')
    .option('--decision-by <when>', 'the date they said they would decide by')
    .option('--notes <text>', 'what you talked about (drafts use it)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview interview acme --at "2026-11-20 14:00" --with "Jane Doe <jane@acme.example>" --round Onsite --decision-by "Dec 4"',
      ),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          opp: string,
          opts: {
            at: string;
            with?: string[];
            round?: string;
            duration?: number;
            askedTimeline?: boolean;
            decisionBy?: string;
            notes?: string;
            json?: boolean;
          },
        ) => {
          const [{ COMMANDS }, { showDay, showInstantText }] = await Promise.all([
            import('../../app/registry/index.js'),
            import('../../app/when.js'),
          ]);
          const result = await call(rt, COMMANDS.logInterview, {
            opportunity: opp,
            at: opts.at,
            with: opts.with ?? [],
            round: opts.round ?? null,
            durationMinutes: opts.duration,
            ...(opts.askedTimeline ? { timelineAsked: true } : {}),
            decisionBy: opts.decisionBy ?? null,
            notes: opts.notes,
          });
          if (opts.json) return out.json({ id: result.id, opportunityId: result.opportunityId });
          const w = await whenCtx(rt);
          out.line(
            `Logged interview ${result.id} for ${result.opportunityId} on ${showInstantText(result.at, w)}${result.decisionBy ? `; they will decide by ${showDay(result.decisionBy, w)}` : ''}.`,
          );
        },
      ),
    );
}

/** `afterview sent OPP PURPOSE`: something the seeker sent. */
function registerSent(program: Command): void {
  program
    .command('sent')
    .description(
      'log something you sent (purpose: thank-you, ask-timeline, status-check, explicit-check, offer-nudge, withdraw, reply, other)',
    )
    .argument('<opp>', 'opportunity id or company name')
    .argument('<purpose>', 'what it was for')
    .option('--interview <id>', 'the interview a thank-you is for (default: the latest that has ended)')
    .option('--to <contact>', 'contact id, name or email (default for thank-you: every interviewer)')
    .option('--at <when>', 'when you sent it (default now)')
    .option('--channel <channel>', 'email, phone, letter, linkedin, in-person, other (default email)')
    .option('--subject <text>', 'the subject line')
    .option('--again', 'log it even though the same was logged within 30 minutes')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview sent acme thank-you', 'afterview sent acme status-check --to jane --at "this morning 9am"'),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          opp: string,
          purpose: string,
          opts: {
            interview?: string;
            to?: string;
            at?: string;
            channel?: string;
            subject?: string;
            again?: boolean;
            json?: boolean;
          },
        ) => {
          const [{ COMMANDS }, { showInstantText }] = await Promise.all([
            import('../../app/registry/index.js'),
            import('../../app/when.js'),
          ]);
          const { at, ...result } = await call(rt, COMMANDS.logSent, {
            opportunity: opp,
            purpose,
            interview: opts.interview ?? null,
            to: opts.to ?? null,
            at: opts.at ?? null,
            channel: opts.channel ?? null,
            subject: opts.subject ?? null,
            again: opts.again ?? false,
          });
          if (opts.json) return out.json(result);
          const w = await whenCtx(rt);
          out.line(
            `Logged ${purpose} for ${result.opportunityId} (${result.ids.join(', ')})${at ? ` on ${showInstantText(at, w)}` : ''}.`,
          );
          printWarnings(out, result.warnings);
        },
      ),
    );
}

/** `afterview heard OPP [KIND] [WORDS]`: what they said; a date in their words becomes the promise. */
function registerHeard(program: Command): void {
  program
    .command('heard')
    .description(
      'log what you heard from them; a date in their words ("we will decide by next Friday") becomes the promise',
    )
    .argument('<opp>', 'opportunity id or company name')
    .argument(
      '[kind]',
      'reply, timeline, scheduling, rejection, offer, auto-reply, other (default: read from the words)',
    )
    .argument('[words]', 'what they said, in quotes')
    .option('--by <when>', 'the date they promised a decision by')
    .option('--at <when>', 'when you heard (default now)')
    .option('--from <contact>', 'who wrote: contact id, name or email')
    .option('--channel <channel>', 'email, phone, letter, linkedin, in-person, other (default email)')
    .option('--again', 'log it even though the same was logged within 30 minutes')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview heard acme "We will get back to you by next Friday"',
        'afterview heard acme rejection',
        'afterview heard acme timeline --by "Dec 11"',
      ),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          opp: string,
          kindOrWords: string | undefined,
          words: string | undefined,
          opts: { by?: string; at?: string; from?: string; channel?: string; again?: boolean; json?: boolean },
        ) => {
          const { IN_KINDS } = await import('../../core/model.js');
          let kind: string | null = null;
          let text: string | null = words ?? null;
          if (kindOrWords !== undefined) {
            if (
              (IN_KINDS as readonly string[]).includes(kindOrWords) ||
              (words !== undefined && /^[a-z-]+$/.test(kindOrWords))
            )
              kind = kindOrWords;
            else if (words === undefined) text = kindOrWords;
            else
              throw new AppError('invalid_input', `unknown kind "${kindOrWords}"`, {
                hint: `use one of ${IN_KINDS.join(', ')}`,
              });
          }
          const [{ COMMANDS }, { showDay, showInstantText }] = await Promise.all([
            import('../../app/registry/index.js'),
            import('../../app/when.js'),
          ]);
          const { at, ...result } = await call(rt, COMMANDS.logHeard, {
            opportunity: opp,
            kind,
            text,
            by: opts.by ?? null,
            at: opts.at ?? null,
            from: opts.from ?? null,
            channel: opts.channel ?? null,
            again: opts.again ?? false,
          });
          if (opts.json) return out.json(result);
          const w = await whenCtx(rt);
          out.line(
            `Logged ${result.kind} from ${result.opportunityId} (${result.id})${at ? ` on ${showInstantText(at, w)}` : ''}${result.decisionBy ? `; they will decide by ${showDay(result.decisionBy, w)}` : ''}.`,
          );
          for (const effect of result.effects) out.line(`  ${effect}`);
          printWarnings(out, result.warnings);
        },
      ),
    );
}

/** `afterview offer OPP`: an offer, received or expected. */
function registerOffer(program: Command): void {
  program
    .command('offer')
    .description('log an offer, received or expected')
    .argument('<opp>', 'opportunity id or company name')
    .option('--expected', 'you expect an offer but do not have it yet')
    .option('--deadline <when>', 'the date they need your answer by')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview offer pinecrest --deadline "Dec 11"', 'afterview offer pinecrest --expected'),
    )
    .action(
      run(program, async (rt, out, opp: string, opts: { expected?: boolean; deadline?: string; json?: boolean }) => {
        const [{ COMMANDS }, { showDay }] = await Promise.all([
          import('../../app/registry/index.js'),
          import('../../app/when.js'),
        ]);
        const { deadline, ...result } = await call(rt, COMMANDS.logOffer, {
          opportunity: opp,
          expected: opts.expected ?? false,
          deadline: opts.deadline ?? null,
        });
        if (opts.json) return out.json(result);
        const w = await whenCtx(rt);
        out.line(
          `Logged ${result.status} offer ${result.id} for ${result.opportunityId}${deadline ? `; answer by ${showDay(deadline, w)}` : ''}.`,
        );
      }),
    );
}

/** `afterview accept OPP` and `afterview decline OPP`: the answer to an offer. */
function registerDecisions(program: Command): void {
  for (const [name, decision, verb] of [
    ['accept', 'accepted', 'Accepted'],
    ['decline', 'declined', 'Declined'],
  ] as const) {
    program
      .command(name)
      .description(`${name} the offer (closes the opportunity as ${decision})`)
      .argument('<opp>', 'opportunity id or company name')
      .option('--json', 'print JSON')
      .addHelpText('after', examples(`afterview ${name} pinecrest`))
      .action(
        run(program, async (rt, out, opp: string, opts: { json?: boolean }) => {
          const { COMMANDS } = await import('../../app/registry/index.js');
          const result = await call(rt, decision === 'accepted' ? COMMANDS.acceptOffer : COMMANDS.declineOffer, {
            opportunity: opp,
          });
          if (opts.json) return out.json(result);
          out.line(`${verb} the offer from ${result.opportunityId}.`);
        }),
      );
  }
}

/** `afterview close OPP --as STATUS`: an outcome. */
function registerClose(program: Command): void {
  program
    .command('close')
    .description('close an opportunity: accepted, declined, rejected, withdrawn or no-response')
    .argument('<opp>', 'opportunity id or company name')
    .requiredOption('--as <status>', 'the outcome')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview close copperleaf --as no-response'))
    .action(
      run(program, async (rt, out, opp: string, opts: { as: string; json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.closeOpportunity, { opportunity: opp, as: opts.as });
        if (opts.json) return out.json(result);
        out.line(`Closed ${result.id} as ${result.status}.`);
      }),
    );
}

/** `afterview reopen OPP`. */
function registerReopen(program: Command): void {
  program
    .command('reopen')
    .description('reopen a closed opportunity')
    .argument('<opp>', 'opportunity id or company name')
    .option('--json', 'print JSON')
    .action(
      run(program, async (rt, out, opp: string, opts: { json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const result = await call(rt, COMMANDS.reopenOpportunity, { opportunity: opp });
        if (opts.json) return out.json(result);
        out.line(`Reopened ${result.id}.`);
      }),
    );
}

/** Adds the fact and outcome commands to the program. */
export function register(program: Command): void {
  registerInterview(program);
  registerSent(program);
  registerHeard(program);
  registerOffer(program);
  registerDecisions(program);
  registerClose(program);
  registerReopen(program);
}
