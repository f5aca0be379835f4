/** `afterview serve`: the web app, until stopped (src/server/serve-command.ts). */
import type { Command } from 'commander';
import { examples, intOption, run } from '../program-helpers.js';

/** `afterview serve`. */
function registerServe(program: Command): void {
  program
    .command('serve')
    .description('the web app in your browser, on 127.0.0.1 unless --host says otherwise')
    .option('--port <n>', 'the port (0 picks a free one)', intOption('--port'), 4411)
    .option('--host <host>', 'the address to listen on; beyond loopback a token is generated and required')
    .option('--public-url <url>', 'the address people open (e.g. behind a reverse proxy); its host is allowed')
    .option('--no-sync', 'do not sync mail by itself or send the morning digest while serving')
    .addHelpText(
      'after',
      examples(
        'afterview serve',
        'afterview serve --port 8080',
        'afterview serve --host 0.0.0.0 --public-url https://jobs.example.org',
      ),
    )
    .action(
      run(program, async (rt, out, opts: { port: number; host?: string; publicUrl?: string; sync: boolean }) => {
        const { serveUntilStopped } = await import('../../server/serve-command.js');
        await serveUntilStopped(rt, opts, { line: (t) => out.line(t), warn: (t) => out.warn(out.style.yellow(t)) });
      }),
    );
}

/** Adds `serve` to the program. */
export function register(program: Command): void {
  registerServe(program);
}
