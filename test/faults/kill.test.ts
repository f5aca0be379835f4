/**
 * kill -9 at random moments during `afterview import FILE`, `import mail
 * MBOX` and `sync imap` (against a throwaway Dovecot), three trials each, on
 * SQLite: after each kill the file passes `PRAGMA integrity_check`, a data
 * file is in whole or not at all, no message is stored twice, every message
 * read has its effects; a re-run then leaves exactly what a clean run leaves
 * (test/faults/kill-harness.ts says what is compared). Small inputs keep it
 * quick; bench/faults.bench.ts runs many trials on large ones.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../cli/cli-runner.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../dovecot.js';
import {
  type Clean,
  cleanRun,
  dataFileScenario,
  imapScenario,
  mailScenario,
  newTally,
  randomDelay,
  type Scenario,
  trial,
} from './kill-harness.js';

const TRIALS = 3;
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'afterview-kill-'));
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Three trials: the first kills a third of the way into the clean run's time, the others at random. */
async function trials(scenario: Scenario): Promise<void> {
  const clean: Clean = await cleanRun(scenario, dir);
  expect(clean.snapshot.export).not.toBe(clean.empty.export);
  const tally = newTally();
  const lines: string[] = [];
  for (let i = 0; i < TRIALS; i++) {
    const delay = i === 0 ? clean.ms * 0.3 : randomDelay(clean);
    lines.push(await trial(clean, dir, delay, tally));
  }
  expect(tally.problems, lines.join('\n')).toEqual([]);
  expect(tally).toMatchObject({ trials: TRIALS, lost: 0, duplicated: 0, integrity: 0, halfImported: 0, mismatched: 0 });
  expect(tally.kills, lines.join('\n')).toBeGreaterThanOrEqual(1);
}

describe('kill -9 mid-command, then a re-run', () => {
  it('import FILE: all or nothing, and the re-run matches a clean run', async () => {
    await trials(dataFileScenario(dir, 250));
  }, 60_000);

  it('import mail MBOX: nothing stored twice or without its effects, and the re-run matches', async () => {
    await trials(await mailScenario(dir, 300));
  }, 60_000);

  describe.runIf(dovecotAvailable())('sync imap', () => {
    let server: Dovecot;
    beforeAll(async () => {
      server = await startDovecot();
    }, 30_000);
    afterAll(async () => server?.stop());

    it('nothing stored twice or lost, the position resumes, and the re-run matches', async () => {
      await trials(await imapScenario(dir, server, 300));
    }, 60_000);
  });
});
