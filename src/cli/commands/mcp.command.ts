/**
 * `afterview mcp`: the Model Context Protocol on standard input and output,
 * for an AI assistant started by its client (src/mcp). The session's "now"
 * moves with the clock, and its facts are kept between calls like a
 * server's, refreshed whenever the data changes.
 */
import type { Command } from 'commander';
import { examples, run } from '../program-helpers.js';

/** `afterview mcp`. */
function registerMcp(program: Command): void {
  program
    .command('mcp')
    .description('talk to an AI assistant over the Model Context Protocol on standard input and output')
    .addHelpText(
      'after',
      `${examples('afterview mcp', 'afterview --home ~/jobs mcp')}\nAn MCP client starts it; see docs/agents.md. Nothing but protocol messages goes to standard output.\n`,
    )
    .action(
      run(program, async (rt) => {
        const [{ serveStdio }, { movingClock }, { SeekerCache }] = await Promise.all([
          import('../../mcp/stdio.js'),
          import('../../server/serve-command.js'),
          import('../../app/seeker-cache.js'),
        ]);
        const clock = movingClock(rt.ctx.now);
        const base = { ...rt.ctx, cache: rt.ctx.cache ?? new SeekerCache() };
        await serveStdio({ contextOf: () => ({ ...base, now: clock() }) });
      }),
    );
}

/** Adds `mcp` to the program. */
export function register(program: Command): void {
  registerMcp(program);
}
