/**
 * The `afterview` command line: argv -> one app command -> human or JSON
 * output and an exit code (CONTRACT.md). Commands load their modules on
 * demand so each start pays only for what it runs.
 *
 * Exit codes: 0 success; 2 bad input (one line on stderr saying what was
 * wrong and what would be right, nothing written); 3 a service that could
 * not be reached or refused (one line naming it); 1 anything unexpected.
 * `reportError` is the one place that decides which.
 */
import { Command, CommanderError, Option } from 'commander';
import { DATA_FILE_LIMIT, TEXT_LIMIT } from '../app/input-limits.js';
import type { Runtime } from '../main.js';
import { AppError, exitCodeFor } from '../records/errors.js';
import { readInput, writeOutput } from './files.js';
import { makeStyle, type Style } from './style.js';

const REPORT_URL = 'https://github.com/afterview/afterview/issues';

interface GlobalOptions {
  home?: string;
  database?: string;
  now?: string;
}

class Output {
  constructor(readonly style: Style) {}
  json(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  line(text = ''): void {
    process.stdout.write(`${text}\n`);
  }
  warn(text: string): void {
    process.stderr.write(`${text}\n`);
  }
}

/** Runs one command body with an opened runtime, mapping errors to exit codes. */
function run<A extends unknown[]>(
  program: Command,
  body: (rt: Runtime, out: Output, ...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const { startRuntime } = await import('../main.js');
    const rt = await startRuntime(program.opts<GlobalOptions>());
    try {
      await body(rt, new Output(makeStyle(rt.config.color)), ...args);
    } finally {
      await rt.close();
    }
  };
}

/** The build's own modification time stands for the program's version, so a new build never reads an older one's cache. */
function buildVersion(statSync: (path: string) => { mtimeMs: number }, fileURLToPath: (url: string) => string): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    // Not a file (bundled elsewhere): entries still carry the revision and the minute.
    return 'dev';
  }
}

/** The agenda through the on-disk cache (src/app/agenda-file-cache.ts), with the store open. */
async function agendaOf(rt: Runtime, all: boolean) {
  const { cachedAgenda } = await import('../app/agenda-file-cache.js');
  const { statSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const where = rt.config.databaseUrl ? rt.config.databaseUrl.replace(/:[^:@/]*@/, '@') : rt.config.sqlitePath;
  return cachedAgenda(rt.ctx, { all, version: buildVersion(statSync, fileURLToPath), where });
}

/**
 * The cached agenda without opening the store: on SQLite, the revision is
 * read straight from the file (no Kysely, no migrations). Null whenever the
 * ordinary path must run (PostgreSQL, no entry, anything unusual).
 */
async function peekAgenda(program: Command, all: boolean) {
  const { loadConfig } = await import('../config.js');
  const config = loadConfig(program.opts<GlobalOptions>());
  if (config.databaseUrl) return null;
  const { peekSqliteRevision } = await import('../store/sqlite-peek.js');
  const revision = peekSqliteRevision(config.sqlitePath, config.seekerId);
  if (revision === null) return null;
  const [{ readCachedAgenda }, { statSync }, { fileURLToPath }] = await Promise.all([
    import('../app/agenda-file-cache.js'),
    import('node:fs'),
    import('node:url'),
  ]);
  const agenda = readCachedAgenda(
    {
      all,
      version: buildVersion(statSync, fileURLToPath),
      where: config.sqlitePath,
      seekerId: config.seekerId,
      nowMs: config.nowMs,
      machineZone: config.machineZone,
      home: config.home,
    },
    revision,
  );
  return agenda ? { agenda, out: new Output(makeStyle(config.color)) } : null;
}

/** An agenda command: answered from the cache when it can be, else with the store open. */
function agendaAction<O extends { json?: boolean }>(
  program: Command,
  allOf: (opts: O) => boolean,
  show: (agenda: Awaited<ReturnType<typeof agendaOf>>, out: Output, opts: O) => Promise<void> | void,
): (opts: O) => Promise<void> {
  const slow = run(program, async (rt, out, opts: O) => show(await agendaOf(rt, allOf(opts)), out, opts));
  return async (opts: O) => {
    const fast = await peekAgenda(program, allOf(opts));
    if (fast) return show(fast.agenda, fast.out, opts);
    return slow(opts);
  };
}

async function seekerZone(rt: Runtime): Promise<string> {
  return (await rt.ctx.store.getProfile()).timezone ?? rt.config.machineZone;
}

async function whenCtx(rt: Runtime) {
  return { now: rt.ctx.now, timeZone: await seekerZone(rt) };
}

function intOption(name: string) {
  return (value: string) => {
    if (!/^-?\d+$/.test(value)) throw new AppError('invalid_input', `${name} must be a whole number (got "${value}")`);
    return Number(value);
  };
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function printWarnings(out: Output, warnings: { message: string }[]): void {
  for (const w of warnings) out.warn(out.style.yellow(`warning: ${w.message}`));
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function buildProgram(): Command {
  const program = new Command('afterview')
    .description('Your coach for the weeks after an interview: what to send, to whom, when, and what to leave alone.')
    .option('--home <dir>', 'data home (default $AFTERVIEW_HOME or ~/.local/share/afterview)')
    .option('--database <url>', 'PostgreSQL URL instead of the SQLite file (or $AFTERVIEW_DATABASE_URL)')
    .option('--now <iso>', 'fix "now", e.g. 2026-11-26T09:00:00-05:00 (or $AFTERVIEW_NOW)')
    .version('0.1.0')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      examples(
        'afterview demo',
        'afterview today',
        'afterview interview acme --at "yesterday 2pm" --with "Jane Doe <jane@acme.example>"',
        'afterview sent acme thank-you',
        'afterview help interview',
      ),
    );

  program
    .command('today', { isDefault: true })
    .description('what to do now, what is on hold and why, and how the pipeline looks')
    .option('--json', 'print the agenda JSON (same as `agenda --json`)')
    .addHelpText('after', examples('afterview today', 'afterview --now 2026-12-01T09:00 today'))
    .action(
      agendaAction(
        program,
        (opts: { json?: boolean }) => !opts.json,
        async (result, out, opts) => {
          if (opts.json) return out.json(result);
          const { formatToday } = await import('./format.js');
          out.line(formatToday(result, out.style));
          if (result.items.length === 0 && result.holds.length === 0 && result.pipeline.open === 0) {
            out.line('');
            out.line(
              'New here? `afterview demo` loads a sample search to explore, or start with `afterview add "Company" --role "Role"`.',
            );
          }
        },
      ),
    );

  program
    .command('agenda')
    .description('the agenda: due and overdue items (most urgent first), holds and pipeline health')
    .option('--all', 'include upcoming items')
    .option('--json', 'print JSON (CONTRACT.md "The agenda")')
    .addHelpText('after', examples('afterview agenda --json', 'afterview agenda --all'))
    .action(
      agendaAction(
        program,
        (opts: { all?: boolean; json?: boolean }) => opts.all ?? false,
        async (result, out, opts) => {
          if (opts.json) return out.json(result);
          const { formatAgendaItems } = await import('./format.js');
          out.line(formatAgendaItems(result, out.style));
        },
      ),
    );

  program
    .command('add')
    .description('add an opportunity (one job at one employer); prints its id')
    .argument('<company>', 'the employer')
    .option('--role <role>', 'the job title')
    .option('--interest <n>', '1-5, 5 = first choice (default 3)', intOption('--interest'))
    .option('--url <url>', 'the job posting')
    .option('--again', 'add it even though an open one of that company and role exists')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview add "Acme" --role "Backend Engineer" --interest 5'))
    .action(
      run(
        program,
        async (
          rt,
          out,
          company: string,
          opts: { role?: string; interest?: number; url?: string; again?: boolean; json?: boolean },
        ) => {
          const { addOpportunity } = await import('../app/commands/opportunities.js');
          const result = await addOpportunity(rt.ctx, {
            company,
            role: opts.role,
            interest: opts.interest,
            url: opts.url,
            again: opts.again ?? false,
          });
          if (opts.json) return out.json(result);
          out.line(result.id);
        },
      ),
    );

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
          const { parseWhenInstant, parseWhenDate, showDay, showInstant } = await import('../app/when.js');
          const { logInterview, parsePerson } = await import('../app/commands/facts.js');
          const w = await whenCtx(rt);
          const at = parseWhenInstant(opts.at, w, '--at');
          const decisionBy = opts.decisionBy ? parseWhenDate(opts.decisionBy, w, '--decision-by') : null;
          const result = await logInterview(rt.ctx, {
            opportunity: opp,
            at,
            with: (opts.with ?? []).map(parsePerson),
            round: opts.round ?? null,
            ...(opts.duration !== undefined ? { durationMinutes: opts.duration } : {}),
            ...(opts.askedTimeline ? { timelineAsked: true } : {}),
            decisionBy,
            ...(opts.notes !== undefined ? { notes: opts.notes } : {}),
          });
          if (opts.json) return out.json(result);
          out.line(
            `Logged interview ${result.id} for ${result.opportunityId} on ${showInstant(at, w)}${decisionBy ? `; they will decide by ${showDay(decisionBy, w)}` : ''}.`,
          );
        },
      ),
    );

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
          const { parseWhenInstant, showInstant } = await import('../app/when.js');
          const { logSent } = await import('../app/commands/facts.js');
          const w = await whenCtx(rt);
          const at = opts.at ? parseWhenInstant(opts.at, w, '--at') : null;
          const result = await logSent(rt.ctx, {
            opportunity: opp,
            purpose,
            interview: opts.interview ?? null,
            to: opts.to ?? null,
            at,
            channel: opts.channel ?? null,
            subject: opts.subject ?? null,
            again: opts.again ?? false,
          });
          if (opts.json) return out.json(result);
          out.line(
            `Logged ${purpose} for ${result.opportunityId} (${result.ids.join(', ')})${at ? ` on ${showInstant(at, w)}` : ''}.`,
          );
          printWarnings(out, result.warnings);
        },
      ),
    );

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
          const { IN_KINDS } = await import('../core/model.js');
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
          const { parseWhenInstant, parseWhenDate, showDay, showInstant } = await import('../app/when.js');
          const { logHeard } = await import('../app/commands/facts.js');
          const w = await whenCtx(rt);
          const at = opts.at ? parseWhenInstant(opts.at, w, '--at') : null;
          const result = await logHeard(rt.ctx, {
            opportunity: opp,
            kind,
            text,
            by: opts.by ? parseWhenDate(opts.by, w, '--by') : null,
            at,
            from: opts.from ?? null,
            channel: opts.channel ?? null,
            again: opts.again ?? false,
          });
          if (opts.json) return out.json(result);
          out.line(
            `Logged ${result.kind} from ${result.opportunityId} (${result.id})${at ? ` on ${showInstant(at, w)}` : ''}${result.decisionBy ? `; they will decide by ${showDay(result.decisionBy, w)}` : ''}.`,
          );
          for (const effect of result.effects) out.line(`  ${effect}`);
          printWarnings(out, result.warnings);
        },
      ),
    );

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
        const { parseWhenDate, showDay } = await import('../app/when.js');
        const { logOffer } = await import('../app/commands/facts.js');
        const w = await whenCtx(rt);
        const deadline = opts.deadline ? parseWhenDate(opts.deadline, w, '--deadline') : null;
        const result = await logOffer(rt.ctx, { opportunity: opp, expected: opts.expected ?? false, deadline });
        if (opts.json) return out.json(result);
        out.line(
          `Logged ${result.status} offer ${result.id} for ${result.opportunityId}${deadline ? `; answer by ${showDay(deadline, w)}` : ''}.`,
        );
      }),
    );

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
          const { decideOffer } = await import('../app/commands/facts.js');
          const result = await decideOffer(rt.ctx, { opportunity: opp, decision });
          if (opts.json) return out.json(result);
          out.line(`${verb} the offer from ${result.opportunityId}.`);
        }),
      );
  }

  program
    .command('close')
    .description('close an opportunity: accepted, declined, rejected, withdrawn or no-response')
    .argument('<opp>', 'opportunity id or company name')
    .requiredOption('--as <status>', 'the outcome')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview close copperleaf --as no-response'))
    .action(
      run(program, async (rt, out, opp: string, opts: { as: string; json?: boolean }) => {
        const { closeOpportunity } = await import('../app/commands/opportunities.js');
        const result = await closeOpportunity(rt.ctx, { opportunity: opp, as: opts.as });
        if (opts.json) return out.json(result);
        out.line(`Closed ${result.id} as ${result.status}.`);
      }),
    );

  program
    .command('reopen')
    .description('reopen a closed opportunity')
    .argument('<opp>', 'opportunity id or company name')
    .option('--json', 'print JSON')
    .action(
      run(program, async (rt, out, opp: string, opts: { json?: boolean }) => {
        const { reopenOpportunity } = await import('../app/commands/opportunities.js');
        const result = await reopenOpportunity(rt.ctx, { opportunity: opp });
        if (opts.json) return out.json(result);
        out.line(`Reopened ${result.id}.`);
      }),
    );

  program
    .command('snooze')
    .description('put an item off until a day')
    .argument('<item>', 'the item id (see `afterview agenda --all --json`)')
    .requiredOption('--until <when>', 'the day it comes back')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview snooze status-check:acme:2026-12-07 --until "next Wednesday"'))
    .action(
      run(program, async (rt, out, item: string, opts: { until: string; json?: boolean }) => {
        const { parseWhenDate, showDay } = await import('../app/when.js');
        const { snoozeItem } = await import('../app/commands/items.js');
        const w = await whenCtx(rt);
        const result = await snoozeItem(rt.ctx, { item, until: parseWhenDate(opts.until, w, '--until') });
        if (opts.json) return out.json(result);
        out.line(`Snoozed ${result.item} until ${showDay(result.until, w)}.`);
      }),
    );

  program
    .command('dismiss')
    .description('dismiss an item for good')
    .argument('<item>', 'the item id')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview dismiss thank-you:acme:i1:jane'))
    .action(
      run(program, async (rt, out, item: string, opts: { json?: boolean }) => {
        const { dismissItem } = await import('../app/commands/items.js');
        const result = await dismissItem(rt.ctx, { item });
        if (opts.json) return out.json(result);
        out.line(`Dismissed ${result.item}.`);
      }),
    );

  program
    .command('draft')
    .description("print an item's draft message (or its guidance)")
    .argument('<item>', 'the item id')
    .option('--check', 'run the tone check on the draft')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview draft thank-you:acme:i1:jane', 'afterview draft status-check:acme:2026-12-07 --check'),
    )
    .action(
      run(program, async (rt, out, item: string, opts: { check?: boolean; json?: boolean }) => {
        const { draftItem } = await import('../app/commands/items.js');
        const result = await draftItem(rt.ctx, { item, check: opts.check ?? false });
        if (opts.json) return out.json(result);
        const s = out.style;
        out.line(s.bold(result.item.title));
        if (result.item.draft) {
          out.line(`To: ${result.item.draft.to ?? '(no address yet)'}`);
          out.line(`Subject: ${result.item.draft.subject}`);
          out.line('');
          out.line(result.item.draft.body);
        } else {
          out.line(result.item.guidance ?? '');
        }
        if (result.flags) printFlags(out, result.flags);
      }),
    );

  program
    .command('check')
    .description(
      'the tone check on any text: pleading, over-apology, pressure, generic, too long, exclamations, unbacked claims',
    )
    .argument('[file]', 'a file, or - for standard input')
    .option('--for <opp>', 'also check against this opportunity (names the company or role, claims the facts back)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview check note.txt --for acme', 'echo "Sorry to bother you!!" | afterview check -'),
    )
    .action(
      run(program, async (rt, out, file: string | undefined, opts: { for?: string; json?: boolean }) => {
        const text = await readInput(file, TEXT_LIMIT);
        const { checkText } = await import('../app/commands/items.js');
        const result = await checkText(rt.ctx, { text, for: opts.for ?? null });
        if (opts.json) return out.json(result);
        printFlags(out, result.flags);
      }),
    );

  program
    .command('show')
    .description("one opportunity's story: interviews, every touch, promises, offers")
    .argument('<opp>', 'opportunity id or company name')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview show acme', 'afterview show "Brightwater Analytics" --json'))
    .action(
      run(program, async (rt, out, opp: string, opts: { json?: boolean }) => {
        const { showOpportunity } = await import('../app/commands/opportunities.js');
        const story = await showOpportunity(rt.ctx, { opportunity: opp });
        if (opts.json) return out.json(story);
        const [{ formatStory }, { Temporal }] = await Promise.all([import('./format.js'), import('temporal-polyfill')]);
        const zone = await seekerZone(rt);
        const toLocal = (iso: string) =>
          Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toString({ timeZoneName: 'never' });
        out.line(formatStory(story, toLocal, out.style));
      }),
    );

  program
    .command('list')
    .description('all opportunities with their stage')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview list', 'afterview list --json'))
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const { listOpportunities } = await import('../app/commands/opportunities.js');
        const list = await listOpportunities(rt.ctx);
        if (opts.json) return out.json(list);
        const { formatList } = await import('./format.js');
        out.line(formatList(list, out.style));
      }),
    );

  program
    .command('import')
    .description(
      'import an afterview/1 data file (all or nothing); `import mail PATH...` and `import ics FILE` read mail and calendars',
    )
    .argument('<file>', 'the data file, - for standard input, or "mail"/"ics"')
    .argument('[paths...]', 'for mail: .eml files, folders of them, mbox files; for ics: the file')
    .option('--for <opp>', 'for ics: the opportunity the invitation belongs to (default: matched by address)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview import backup.json',
        'afterview import mail ~/Mail/jobs.mbox',
        'afterview import ics invite.ics',
      ),
    )
    .action(
      run(program, async (rt, out, file: string, paths: string[], opts: { json?: boolean; for?: string }) => {
        if (file === 'mail' || file === 'ics') {
          const { runImportExtra } = await import('./extra.js');
          return runImportExtra(rt, out, file, paths, opts);
        }
        if (paths.length > 0)
          throw new AppError('invalid_input', `import takes one file (got ${paths.length + 1})`, {
            hint: 'import them one at a time',
          });
        const { parseDocumentText, importDocument } = await import('../app/commands/data.js');
        const doc = parseDocumentText(await readInput(file, DATA_FILE_LIMIT));
        const result = await importDocument(rt.ctx, doc);
        if (opts.json) return out.json(result);
        out.line(
          `Imported ${result.created + result.updated} opportunities (${result.created} new, ${result.updated} updated).`,
        );
      }),
    );

  program
    .command('export')
    .description('write the data file (afterview/1 JSON) to standard output; `export ics` writes a calendar')
    .argument('[what]', '"ics" for a calendar')
    .addOption(new Option('--format <format>', 'json').choices(['json']).default('json'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addHelpText('after', examples('afterview export > backup.json', 'afterview export ics -o followups.ics'))
    .action(
      run(program, async (rt, out, what: string | undefined, opts: { output?: string }) => {
        if (what === 'ics') {
          const { runExportIcs } = await import('./extra.js');
          return runExportIcs(rt, out, opts);
        }
        if (what !== undefined)
          throw new AppError('invalid_input', `unknown export "${what}"`, {
            hint: 'use `afterview export` or `afterview export ics`',
          });
        const { exportDocument } = await import('../app/commands/data.js');
        const text = `${JSON.stringify(await exportDocument(rt.ctx), null, 2)}\n`;
        if (opts.output) await writeOutput(opts.output, text);
        else process.stdout.write(text);
      }),
    );

  program
    .command('demo')
    .description('fill an empty home with a realistic sample search, so every kind of item shows')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview --home /tmp/afterview-demo demo && afterview --home /tmp/afterview-demo today'),
    )
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const { loadDemo } = await import('../app/commands/data.js');
        const result = await loadDemo(rt.ctx);
        if (opts.json) return out.json(result);
        out.line(
          `Loaded a sample search with ${result.opportunities} opportunities. Run \`afterview today\` to see what to do.`,
        );
      }),
    );

  program
    .command('serve')
    .description('the web app in your browser, on 127.0.0.1 unless --host says otherwise')
    .option('--port <n>', 'the port (0 picks a free one)', intOption('--port'), 4411)
    .option('--host <host>', 'the address to listen on; beyond loopback a token is generated and required')
    .option('--public-url <url>', 'the address people open (e.g. behind a reverse proxy); its host is allowed')
    .addHelpText(
      'after',
      examples(
        'afterview serve',
        'afterview serve --port 8080',
        'afterview serve --host 0.0.0.0 --public-url https://jobs.example.org',
      ),
    )
    .action(
      run(program, async (rt, out, opts: { port: number; host?: string; publicUrl?: string }) => {
        const { serveUntilStopped } = await import('../server/serve-command.js');
        await serveUntilStopped(rt, opts, { line: (t) => out.line(t), warn: (t) => out.warn(out.style.yellow(t)) });
      }),
    );

  program
    .command('send')
    .description(
      "send an item's draft through your SMTP server and log it (refuses a check-in that is too early unless --anyway)",
    )
    .argument('<item>', 'the item id')
    .option('--dry-run', 'print the message as it will be read, then its headers, instead of sending it')
    .option('--anyway', 'send a check-in even inside the weekly gap or before a promised date')
    .option('--body <file>', 'send this text (a file, or - for standard input) instead of the draft')
    .option('--to <address>', 'another recipient address')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview send thank-you:acme:i1:jane --dry-run',
        'afterview send thank-you:acme:i1:jane',
        'afterview draft status-check:acme:2026-12-07 | $EDITOR - ; afterview send status-check:acme:2026-12-07 --body edited.txt',
      ),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          item: string,
          opts: { dryRun?: boolean; anyway?: boolean; body?: string; to?: string; json?: boolean },
        ) => {
          const { sendItem } = await import('../app/commands/send.js');
          const result = await sendItem(rt.ctx, {
            item,
            body: opts.body ? await readInput(opts.body, TEXT_LIMIT) : null,
            to: opts.to ?? null,
            dryRun: opts.dryRun ?? false,
            anyway: opts.anyway ?? false,
          });
          if (opts.json) return out.json(result);
          if (result.preview !== null) {
            const { formatPreview } = await import('./mail-format.js');
            out.line(formatPreview(result.preview, result.to, out.style));
            out.line(out.style.dim(`(dry run: nothing was sent; in your own mail app: ${result.mailto})`));
            return;
          }
          out.line(
            `Sent "${result.subject}" to ${result.to} (${result.messageId}); logged as ${result.loggedTouches.join(', ')}.`,
          );
        },
      ),
    );

  program
    .command('sync')
    .description('read new mail from your IMAP account (inbox and sent folder)')
    .argument('<source>', '"imap"')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples('afterview config set imap.url imaps://sam:secret@mail.example.com:993', 'afterview sync imap'),
    )
    .action(
      run(program, async (rt, out, source: string, opts: { json?: boolean }) => {
        if (source !== 'imap')
          throw new AppError('invalid_input', `unknown source "${source}"`, { hint: 'use `afterview sync imap`' });
        const { syncImap } = await import('../app/commands/imap-sync.js');
        const { formatMailReport, progressBar } = await import('./mail-format.js');
        const progress = !opts.json && process.stderr.isTTY ? progressBar(process.stderr) : null;
        const report = await syncImap(rt.ctx, { onProgress: progress?.update });
        progress?.done();
        if (opts.json) return out.json(report);
        out.line(formatMailReport(report, out.style));
      }),
    );

  program
    .command('inbox')
    .description('mail that needs you: unmatched messages and readings to confirm; assign, correct or ignore them')
    .argument('[message-id]', 'the message to settle')
    .option('--assign <opp>', 'it belongs to this opportunity')
    .option('--kind <kind>', 'correct the kind of a received message')
    .option('--purpose <purpose>', 'correct the purpose of a sent message')
    .option('--decision-by <when>', 'correct the promised date')
    .option('--ignore', 'not about your search')
    .option('--confirm', 'the reading is right')
    .option('--all', 'list every message read, not only those that need you')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview inbox',
        'afterview inbox "<abc@acme.example>" --assign acme --kind timeline --decision-by "Dec 4"',
        'afterview inbox "<xyz@news.example>" --ignore',
      ),
    )
    .action(
      run(
        program,
        async (
          rt,
          out,
          messageId: string | undefined,
          opts: {
            assign?: string;
            kind?: string;
            purpose?: string;
            decisionBy?: string;
            ignore?: boolean;
            confirm?: boolean;
            all?: boolean;
            json?: boolean;
          },
        ) => {
          const mail = await import('../app/commands/mail.js');
          if (!messageId) {
            const list = await mail.inbox(rt.ctx, { all: opts.all ?? false });
            if (opts.json) return out.json(list);
            if (list.length === 0) return out.line('Nothing to review.');
            const { showDay } = await import('../app/when.js');
            const w = await whenCtx(rt);
            for (const m of list) {
              const reading = m.reading
                ? (m.reading.kind ?? m.reading.purpose ?? '') +
                  (m.reading.decisionBy ? `, by ${showDay(m.reading.decisionBy, w)}` : '')
                : '';
              out.line(
                `${out.style.bold(m.status.padEnd(9))} ${m.messageId}\n    ${m.sentAt ?? ''} ${m.sender ?? ''}: "${m.subject}" ${out.style.dim(`${reading}${m.note ? ` (${m.note})` : ''}`)}`,
              );
            }
            return;
          }
          const { parseWhenDate, showDay } = await import('../app/when.js');
          const action = opts.ignore ? 'ignore' : opts.assign ? 'assign' : opts.confirm ? 'confirm' : null;
          if (!action)
            throw new AppError('invalid_input', 'say what to do with the message', {
              hint: 'use --assign OPP, --confirm or --ignore',
            });
          const w = await whenCtx(rt);
          const decisionBy = opts.decisionBy ? parseWhenDate(opts.decisionBy, w, '--decision-by') : null;
          const result = await mail.reviewMail(rt.ctx, {
            messageId,
            action,
            opportunity: opts.assign ?? null,
            kind: (opts.kind as never) ?? null,
            purpose: (opts.purpose as never) ?? null,
            decisionBy,
          });
          if (opts.json) return out.json(result);
          const by = decisionBy ? `; decision by ${showDay(decisionBy, w)}` : '';
          out.line(`${result.messageId}: ${result.status}${result.touchId ? ` (${result.touchId})` : ''}${by}`);
        },
      ),
    );

  const config = program
    .command('config')
    .description('settings: profile, playbook settings, mail accounts')
    .addHelpText('after', examples('afterview config get', 'afterview config set timezone America/New_York'));
  config
    .command('get')
    .description('print settings (mail passwords are never shown)')
    .argument('[key]', 'one key')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview config get', 'afterview config get settings.checkInGapDays'))
    .action(
      run(program, async (rt, out, key: string | undefined, opts: { json?: boolean }) => {
        const { getConfig } = await import('../app/commands/settings.js');
        const entries = await getConfig(rt.ctx, { key: key ?? null });
        if (opts.json) return out.json(key ? entries[0] : entries);
        for (const e of entries)
          out.line(
            `${e.key} = ${e.value === null ? out.style.dim('(unset)') : JSON.stringify(e.value)}${e.default !== undefined && e.value !== e.default ? out.style.dim(` (default ${e.default})`) : ''}`,
          );
      }),
    );
  config
    .command('set')
    .description('set a key; an empty value clears it')
    .argument('<key>', 'name, email, timezone, country, signature, settings.NAME, smtp.url, imap.url')
    .argument('[value]', 'the value')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      examples(
        'afterview config set timezone America/New_York',
        'afterview config set country US',
        'afterview config set settings.checkInGapDays 10',
        'afterview config set smtp.url smtp://sam:secret@mail.example.com:587',
      ),
    )
    .action(
      run(program, async (rt, out, key: string, value: string | undefined, opts: { json?: boolean }) => {
        const { setConfig } = await import('../app/commands/settings.js');
        const entry = await setConfig(rt.ctx, { key, value: value ?? null });
        if (opts.json) return out.json(entry);
        out.line(`${entry.key} = ${entry.value === null ? '(unset)' : JSON.stringify(entry.value)}`);
      }),
    );

  program
    .command('help')
    .description('explain a command, with an example')
    .argument('[command]', 'the command')
    .action((name: string | undefined) => {
      const target = name ? program.commands.find((c) => c.name() === name || c.aliases().includes(name)) : undefined;
      if (name && !target)
        throw new AppError('invalid_input', `unknown command "${name}"`, { hint: 'see `afterview help` for the list' });
      (target ?? program).outputHelp();
    });

  return program;
}

function printFlags(out: Output, flags: { rule: string; text: string; suggestion: string }[]): void {
  if (flags.length === 0) {
    out.line(out.style.green('Tone check: nothing to change.'));
    return;
  }
  out.line(out.style.yellow(`Tone check: ${flags.length} thing${flags.length > 1 ? 's' : ''} to look at`));
  for (const f of flags) out.line(`  ${out.style.bold(f.rule)}: "${f.text}"\n    ${f.suggestion}`);
}

/** Entry: parse, run, map errors to one line and an exit code. */
export async function main(argv: string[]): Promise<number> {
  // `afterview agenda --json | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const program = buildProgram();
  // Subcommands copy these settings only when created, so apply them to every command:
  // otherwise commander exits 1 on its own for a bad option of a subcommand.
  const quiet = (command: Command): void => {
    command.exitOverride();
    command.configureOutput({
      writeErr: (text) => {
        if (!/^error:|^\(outputHelp\)/.test(text)) process.stderr.write(text);
      },
    });
    for (const sub of command.commands) quiet(sub);
  };
  quiet(program);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(program, error);
  }
}

/**
 * The one place errors become output and an exit code (CONTRACT.md): a bad
 * command line or bad input is one line and 2, an outside service that could
 * not be reached or refused is one line and 3, anything else is a bug: 1,
 * with the trace and where to report it. The one line never carries a raw
 * line break or control character, whatever text the user typed into it.
 */
function reportError(program: Command, error: unknown): number {
  const say = (line: string) => process.stderr.write(`afterview: ${oneLine(line)}\n`);
  if (error instanceof CommanderError) {
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      return 0;
    // An unknown command word lands on the default command (`today`) as an extra argument.
    const today = program.commands.find((c) => c.name() === 'today');
    if (error.code === 'commander.excessArguments' && today && today.args.length > 0) {
      const word = String(today.args[0]);
      const near = closestName(
        word,
        program.commands.map((c) => c.name()),
      );
      say(`unknown command "${word}"${near ? ` (did you mean ${near}?)` : ''}; see \`afterview help\` for the list`);
      return 2;
    }
    // Commander puts its "(Did you mean --json?)" on a line of its own.
    const message = error.message
      .replace(/^error:\s*/, '')
      .replace(/\s*\n\s*\(Did you mean (.*)\)\s*$/s, ' (did you mean $1)');
    say(`${message}; see \`afterview help\``);
    return 2;
  }
  const code = exitCodeFor(error);
  if (error instanceof AppError && code !== 1) {
    say(error.line);
    return code;
  }
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `afterview: unexpected error, this is a bug: ${oneLine(message)}\nPlease report it at ${REPORT_URL} with this trace:\n${detail}\n`,
  );
  return 1;
}

/** Line breaks, tabs and other control characters written as escapes (`\n`, `\u001b`), so a message stays one line. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is replaced
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The known name nearest to `word` when it is a likely typo (at most a third of it edited), else null. */
function closestName(word: string, names: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent swaps counted as one edit ("lsit" -> "list"). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const code = await main(process.argv);
process.exitCode = code;
