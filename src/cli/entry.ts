/**
 * The `afterview` executable (dist/cli.js). The usual `afterview today`
 * (nothing written since the last run) is answered here from what was
 * printed last time (./cached-output.ts), before the program is loaded;
 * everything else loads ./main.ts, which runs the command line.
 */
import { printCachedOutput } from './cached-output.js';

if (!printCachedOutput(process.argv.slice(2))) await import('./main.js');
