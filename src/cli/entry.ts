/**
 * The `afterview` executable (dist/cli.js). The plainest `today` and
 * `agenda` requests are answered here without the command-line program:
 * from what was printed last time when nothing was written since
 * (./cached-output.ts), else computed on their own (./agenda-alone.ts, a
 * file of its own in the build, run by ./code-cache.ts).
 * Everything else, and any problem on those paths, goes to ./main.ts, which
 * runs the command line and reports errors.
 */
import { printCachedOutput, requestOfArgs } from './cached-output.js';
import { printAlone } from './code-cache.js';

const request = requestOfArgs(process.argv.slice(2));
const printed = request !== null && (printCachedOutput(request) || (await printAlone(request)));
if (!printed) await import('./main.js');
