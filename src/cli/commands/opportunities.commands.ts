/**
 * The opportunity commands: `add` one, and the views `show` (one story) and
 * `list` (all with their stage). Closing and reopening are outcomes and live
 * with the facts (facts.commands.ts).
 */
import type { Command } from 'commander';
import { call, examples, intOption, run, seekerZone } from '../program-helpers.js';

/** `afterview add COMPANY`: a new opportunity; prints its id. */
function registerAdd(program: Command): void {
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
          const { COMMANDS } = await import('../../app/registry/index.js');
          const result = await call(rt, COMMANDS.addOpportunity, {
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
}

/** `afterview show OPP`: one opportunity's story, in the seeker's zone. */
function registerShow(program: Command): void {
  program
    .command('show')
    .description("one opportunity's story: interviews, every touch, promises, offers")
    .argument('<opp>', 'opportunity id or company name')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview show acme', 'afterview show "Brightwater Analytics" --json'))
    .action(
      run(program, async (rt, out, opp: string, opts: { json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const story = await call(rt, COMMANDS.showOpportunity, { opportunity: opp });
        if (opts.json) return out.json(story);
        const [{ formatStory }, { Temporal }] = await Promise.all([
          import('../format.js'),
          import('temporal-polyfill'),
        ]);
        const zone = await seekerZone(rt);
        const toLocal = (iso: string) =>
          Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toString({ timeZoneName: 'never' });
        out.line(formatStory(story, toLocal, out.style));
      }),
    );
}

/** `afterview list`: every opportunity with its stage. */
function registerList(program: Command): void {
  program
    .command('list')
    .description('all opportunities with their stage')
    .option('--json', 'print JSON')
    .addHelpText('after', examples('afterview list', 'afterview list --json'))
    .action(
      run(program, async (rt, out, opts: { json?: boolean }) => {
        const { COMMANDS } = await import('../../app/registry/index.js');
        const list = await call(rt, COMMANDS.listOpportunities, {});
        if (opts.json) return out.json(list);
        const { formatList } = await import('../format.js');
        out.line(formatList(list, out.style));
      }),
    );
}

/** Adds `add` to the program. */
export function register(program: Command): void {
  registerAdd(program);
}

/** Adds `show` and `list` to the program (after the items commands, where `afterview help` lists them). */
export function registerViews(program: Command): void {
  registerShow(program);
  registerList(program);
}
