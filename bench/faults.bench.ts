// kill -9 trials: `npx tsx bench/faults.bench.ts [--trials=20] [--opportunities=1000] [--messages=2500] [--seed=N]`.
// Builds the CLI's inputs (a data file of N opportunities, an mbox of M
// messages, the same messages in a throwaway Dovecot's inbox and sent
// folder), runs each command cleanly (twice: the second is timed), then per trial copies the home,
// starts `afterview import FILE` / `import mail MBOX` / `sync imap`, kills it
// with SIGKILL after a random delay (up to 1.5x the clean run's time), checks the
// SQLite file and what was stored, re-runs the command and compares the
// home with the clean one (test/faults/kill-harness.ts says exactly what).
// Prints a line per trial and, per command: trials, kills, kills that landed
// mid-work, lost, duplicated, integrity failures, half imports, mismatches.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../test/cli/cli-runner.js';
import { DOVECOT_BIN, type Dovecot, startDovecot } from '../test/dovecot.js';
import { mulberry32 } from '../test/factories/pipeline.js';
import {
  cleanRun,
  dataFileScenario,
  imapScenario,
  mailScenario,
  newTally,
  randomDelay,
  type Scenario,
  type Tally,
  trial,
} from '../test/faults/kill-harness.js';

const arg = (name: string, dflt: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : dflt;
};
const TRIALS = arg('trials', 20);
const OPPORTUNITIES = arg('opportunities', 1000);
const MESSAGES = arg('messages', 2500);
const SEED = arg('seed', Date.now() % 1_000_000);

ensureBuilt();
const dir = mkdtempSync(join(tmpdir(), 'afterview-faults-'));
let server: Dovecot | null = null;
const results: { name: string; tally: Tally; cleanMs: number }[] = [];
try {
  const scenarios: Scenario[] = [dataFileScenario(dir, OPPORTUNITIES), await mailScenario(dir, MESSAGES)];
  if (DOVECOT_BIN) {
    server = await startDovecot();
    scenarios.push(await imapScenario(dir, server, MESSAGES));
  } else console.log('dovecot not installed: sync imap is not tried');
  // The delays of a run can be replayed with --seed.
  const rnd = mulberry32(SEED);
  console.log(
    `faults: ${TRIALS} trials each; data file of ${OPPORTUNITIES} opportunities, ${MESSAGES} messages; seed ${SEED}`,
  );
  for (const scenario of scenarios) {
    await cleanRun(scenario, dir); // warm-up: the first sync also has Dovecot index the folders
    const clean = await cleanRun(scenario, dir);
    console.log(
      `${scenario.name}: clean run ${clean.ms.toFixed(0)} ms (${clean.snapshot.opportunities} opportunities, ${clean.snapshot.mail.length} messages read)`,
    );
    const tally = newTally();
    for (let i = 0; i < TRIALS; i++)
      console.log(`  ${i + 1}. ${await trial(clean, dir, randomDelay(clean, rnd), tally)}`);
    results.push({ name: scenario.name, tally, cleanMs: clean.ms });
  }
} finally {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log('\ncommand       trials  kills  mid-work  lost  duplicated  integrity  half-imported  re-run differs');
for (const { name, tally: t } of results) {
  console.log(
    `${name.padEnd(13)} ${String(t.trials).padStart(6)} ${String(t.kills).padStart(6)} ${String(t.partial).padStart(9)} ${String(t.lost).padStart(5)} ${String(t.duplicated).padStart(11)} ${String(t.integrity).padStart(10)} ${String(t.halfImported).padStart(14)} ${String(t.mismatched).padStart(15)}`,
  );
}
const problems = results.flatMap((r) => r.tally.problems);
for (const p of problems) console.log(`  ${p}`);
const kills = results.reduce((n, r) => n + r.tally.kills, 0);
const trials = results.reduce((n, r) => n + r.tally.trials, 0);
console.log(
  problems.length === 0
    ? `PASS: ${kills} kills in ${trials} trials; nothing lost, nothing stored twice, every file sound, every re-run equal to a clean run`
    : `FAIL: ${problems.length} problems in ${trials} trials`,
);
process.exitCode = problems.length === 0 ? 0 : 1;
