/**
 * kill -9 trials of the built CLI, shared by test/faults/kill.test.ts (a few
 * trials) and bench/faults.bench.ts (many): a scenario is a prepared SQLite
 * home, a command that writes into it, and the state a clean run leaves.
 * Each trial copies the home, starts the command, kills it with SIGKILL
 * after a random delay (`randomDelay`), then
 *
 * 1. checks the file (`PRAGMA integrity_check`) and what was stored: a data
 *    file is in whole or not at all; no message is stored twice; every
 *    message recorded as read has its touch (and an offer its offer, a
 *    rejection its closed opportunity), and every touch read from mail its
 *    record; what is there is what the clean run stored;
 * 2. runs the command again, which must succeed, and compares the home with
 *    the clean one: the `afterview export` document and every column of the
 *    messages-read log (`mail_messages`) but `seq`, and the IMAP position.
 *
 * Nothing else is ignored. `seq` is the order messages were recorded in:
 * when a run is killed between batches, the next run records the rest in
 * the same order after them, so it matches too; it is left out only because
 * it is bookkeeping no reader shows (`inbox` sorts by it). The clock is the
 * same for every run (`AFTERVIEW_NOW`), as it is an input: with another
 * clock, a message without a Date header and an opportunity without
 * `createdAt` would take the time of the run that stored them (none here).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { CLI, cliEnv, NOW, ROOT } from '../cli/cli-runner.js';
import type { Dovecot } from '../dovecot.js';
import { MAIL_OPPORTUNITIES, mailMessage, SEEKER_EMAIL, writeMbox } from '../factories/mbox.js';
import { generatePipeline } from '../factories/pipeline.js';

export interface Scenario {
  name: string;
  /** A home to copy for each run (its afterview.db and files). */
  template: string;
  /** The command, after `afterview`. */
  args: string[];
  /** Extra environment (e.g. AFTERVIEW_IMAP_URL). */
  env?: Record<string, string>;
  /** True for a data-file import: all or nothing. */
  allOrNothing: boolean;
}

export interface Snapshot {
  export: string;
  /** mail_messages rows without seq, ordered by Message-ID, as JSON lines. */
  mail: string[];
  imap: string;
  opportunities: number;
}

export interface Clean {
  scenario: Scenario;
  snapshot: Snapshot;
  /** The snapshot of the untouched template. */
  empty: Snapshot;
  ms: number;
}

export interface Tally {
  trials: number;
  /** Runs the SIGKILL ended (the rest finished first). */
  kills: number;
  /** Kills that left some but not all of the clean run's writes (the kill landed mid-work). */
  partial: number;
  /** Half-imported data files (must stay 0). */
  halfImported: number;
  /** Messages or opportunities of the clean run missing after the re-run. */
  lost: number;
  /** Messages stored twice, after the kill or after the re-run. */
  duplicated: number;
  /** Failed `PRAGMA integrity_check` or consistency checks. */
  integrity: number;
  /** Re-runs that failed or whose home differs from the clean one. */
  mismatched: number;
  /** One line per problem found, for the report. */
  problems: string[];
}

export function newTally(): Tally {
  return {
    trials: 0,
    kills: 0,
    partial: 0,
    halfImported: 0,
    lost: 0,
    duplicated: 0,
    integrity: 0,
    mismatched: 0,
    problems: [],
  };
}

/** Starts `afterview ARGS` in `home`; `done` resolves with its exit code or the signal that ended it. */
export function start(
  home: string,
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...cliEnv(home, NOW), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

/** Runs `afterview ARGS` to its end; throws with its standard error when it fails. */
export function runOk(home: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...cliEnv(home, NOW), ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`afterview ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

/** Copies the scenario's template into a new home under `dir`. */
export function copyHome(template: string, dir: string): string {
  const home = mkdtempSync(join(dir, 'trial-'));
  cpSync(template, home, { recursive: true });
  return home;
}

/**
 * What a home holds: the document `afterview export` prints (the same store
 * call, in this process: a CLI start per look would double a trial's time),
 * plus the mail log and the IMAP position.
 */
export async function snapshot(home: string): Promise<Snapshot> {
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  let exported: string;
  try {
    exported = `${JSON.stringify(await store.exportDocument(), null, 2)}\n`;
  } finally {
    await store.close();
  }
  const db = new Database(join(home, 'afterview.db'), { readonly: true });
  try {
    const mail = (db.prepare('select * from mail_messages order by message_id').all() as Record<string, unknown>[]).map(
      ({ seq: _seq, ...row }) => JSON.stringify(row),
    );
    const imap = JSON.stringify(db.prepare('select * from imap_state order by folder').all());
    const opportunities = Number(
      (db.prepare('select count(*) as n from opportunities').get() as { n: number | bigint }).n,
    );
    return { export: exported, mail, imap, opportunities };
  } finally {
    db.close();
  }
}

/** Runs the scenario once, cleanly, in a copy of its template. */
export async function cleanRun(scenario: Scenario, dir: string): Promise<Clean> {
  const empty = await snapshot(scenario.template);
  const home = copyHome(scenario.template, dir);
  const t0 = performance.now();
  const { done } = start(home, scenario.args, scenario.env);
  const r = await done;
  const ms = performance.now() - t0;
  if (r.code !== 0) throw new Error(`clean ${scenario.name} exited ${r.code}: ${r.stderr}`);
  const clean = { scenario, snapshot: await snapshot(home), empty, ms };
  rmSync(home, { recursive: true, force: true });
  return clean;
}

/** Problems with the file and what the tables hold (empty when sound); counts messages stored twice. */
function checkFile(home: string, tally: Tally): string[] {
  const problems: string[] = [];
  const db = new Database(join(home, 'afterview.db'));
  try {
    const check = db.prepare('pragma integrity_check').all() as { integrity_check: string }[];
    if (check.map((r) => r.integrity_check).join() !== 'ok') problems.push(`integrity_check: ${JSON.stringify(check)}`);
    const twice = db
      .prepare(
        'select message_id, count(*) as n from touches where message_id is not null group by message_id having count(*) > 1',
      )
      .all() as { message_id: string; n: number }[];
    tally.duplicated += twice.length;
    if (twice.length > 0) problems.push(`stored twice: ${twice.map((t) => t.message_id).join(', ')}`);
    const count = (what: string, query: string) => {
      const n = db.prepare(query).all().length;
      if (n > 0) problems.push(`${n} ${what}`);
    };
    count(
      'messages read without their touch',
      `select m.message_id from mail_messages m where m.touch_id is not null and not exists (
         select 1 from touches t where t.seeker_id = m.seeker_id and t.opportunity_id = m.opportunity_id
           and t.id = m.touch_id and t.message_id = m.message_id)`,
    );
    count(
      'touches from mail without their record',
      `select t.message_id from touches t where t.message_id is not null and not exists (
         select 1 from mail_messages m where m.seeker_id = t.seeker_id and m.message_id = t.message_id)`,
    );
    count(
      'offer messages without an offer',
      `select t.message_id from touches t where t.kind = 'offer' and not exists (
         select 1 from offers o where o.seeker_id = t.seeker_id and o.opportunity_id = t.opportunity_id)`,
    );
    count(
      'rejections that left their opportunity open',
      `select t.message_id from touches t join opportunities o on o.seeker_id = t.seeker_id and o.id = t.opportunity_id
       where t.kind = 'rejection' and o.status = 'open'`,
    );
  } finally {
    db.close();
  }
  return problems;
}

/** After a kill: what is there must be some of the clean run's work and nothing else; a data file all or nothing. */
function checkKilled(now: Snapshot, clean: Clean, tally: Tally): string[] {
  const problems: string[] = [];
  const cleanMail = new Set(clean.snapshot.mail);
  const foreign = now.mail.filter((row) => !cleanMail.has(row));
  if (foreign.length > 0) problems.push(`${foreign.length} messages recorded differently from the clean run`);
  if (now.mail.length > clean.empty.mail.length && now.mail.length < clean.snapshot.mail.length) tally.partial++;
  if (clean.scenario.allOrNothing && now.export !== clean.snapshot.export && now.export !== clean.empty.export) {
    tally.halfImported++;
    problems.push(`half imported: ${now.opportunities} of ${clean.snapshot.opportunities} opportunities`);
  }
  return problems;
}

/** After the re-run: lost rows and any other difference from the clean run. */
function compare(now: Snapshot, clean: Clean, tally: Tally): string[] {
  const problems: string[] = [];
  const have = new Set(now.mail);
  const lostMail = clean.snapshot.mail.filter((row) => !have.has(row)).length;
  const lostOpps = Math.max(0, clean.snapshot.opportunities - now.opportunities);
  tally.lost += lostMail + lostOpps;
  if (lostMail + lostOpps > 0) problems.push(`lost ${lostMail} messages, ${lostOpps} opportunities`);
  if (now.mail.length > clean.snapshot.mail.length)
    problems.push(`${now.mail.length - clean.snapshot.mail.length} more messages than the clean run`);
  if (now.export !== clean.snapshot.export) problems.push('export differs from the clean run');
  if (now.imap !== clean.snapshot.imap) problems.push(`IMAP position differs: ${now.imap} vs ${clean.snapshot.imap}`);
  return problems;
}

/**
 * One trial: copy, start, SIGKILL after `delayMs`, check, re-run, compare.
 * Adds to `tally`; returns a line saying what happened.
 */
export async function trial(clean: Clean, dir: string, delayMs: number, tally: Tally): Promise<string> {
  const { scenario } = clean;
  const home = copyHome(scenario.template, dir);
  try {
    tally.trials++;
    const { child, done } = start(home, scenario.args, scenario.env);
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    const r = await done;
    clearTimeout(timer);
    const killed = r.signal === 'SIGKILL';
    if (killed) tally.kills++;
    const problems: string[] = [];
    if (!killed && r.code !== 0) problems.push(`the run exited ${r.code}: ${r.stderr.trim()}`);
    const onKill = checkFile(home, tally);
    const killedState = await snapshot(home);
    onKill.push(...checkKilled(killedState, clean, tally));
    const rerun = await start(home, scenario.args, scenario.env).done;
    const onRerun = checkFile(home, tally);
    const after =
      rerun.code === 0
        ? compare(await snapshot(home), clean, tally)
        : [`re-run exited ${rerun.code}: ${rerun.stderr.trim()}`];
    if (onKill.length + onRerun.length > 0) tally.integrity++;
    if (after.length > 0) tally.mismatched++;
    problems.push(...onKill, ...onRerun.map((p) => `after the re-run, ${p}`), ...after);
    for (const p of problems) tally.problems.push(`${scenario.name} (kill at ${delayMs.toFixed(0)} ms): ${p}`);
    const left = `${killedState.mail.length - clean.empty.mail.length} messages, ${killedState.opportunities - clean.empty.opportunities} opportunities stored`;
    return `${scenario.name}: kill at ${delayMs.toFixed(0)} ms, ${killed ? `killed (${left})` : `finished first (exit ${r.code})`}${problems.length ? `; ${problems.join('; ')}` : ''}`;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** `import FILE` of a generated data file of `opportunities` opportunities into an empty home. */
export function dataFileScenario(dir: string, opportunities: number): Scenario {
  const template = join(dir, 'empty-home');
  mkdirSync(template);
  runOk(template, ['list']);
  const file = join(dir, 'pipeline.json');
  writeFileSync(file, JSON.stringify(generatePipeline({ opportunities, seed: 9, now: NOW })));
  return { name: 'import FILE', template, args: ['import', file], allOrNothing: true };
}

/** A home holding the mailbox's 30 opportunities and the seeker's address. */
function mailHome(dir: string): string {
  const template = join(dir, 'mail-home');
  mkdirSync(template, { recursive: true });
  const file = join(dir, 'mail-opportunities.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'afterview/1',
      profile: { name: 'Sam Lee', email: SEEKER_EMAIL, timezone: 'America/New_York' },
      opportunities: MAIL_OPPORTUNITIES,
    }),
  );
  runOk(template, ['import', file]);
  return template;
}

/** `import mail MBOX` of a generated mbox of `messages` messages. */
export async function mailScenario(dir: string, messages: number): Promise<Scenario> {
  const mbox = join(dir, 'jobs.mbox');
  await writeMbox(mbox, messages);
  return { name: 'import mail', template: mailHome(dir), args: ['import', 'mail', mbox], allOrNothing: false };
}

/** `sync imap` of `messages` generated messages put in the server's INBOX (and every fifth in Sent). */
export async function imapScenario(dir: string, server: Dovecot, messages: number): Promise<Scenario> {
  const all = Array.from({ length: messages }, (_, i) => mailMessage(i).replace(/\n/g, '\r\n'));
  server.deliver(
    'INBOX',
    all.filter((_, i) => i % 5 !== 0),
  );
  server.deliver(
    'Sent',
    all.filter((_, i) => i % 5 === 0),
  );
  return {
    name: 'sync imap',
    template: mailHome(join(dir, 'imap')),
    args: ['sync', 'imap'],
    env: { AFTERVIEW_IMAP_URL: `imap://${server.user}:${encodeURIComponent(server.pass)}@127.0.0.1:${server.port}` },
    allOrNothing: false,
  };
}

/**
 * A random delay up to 1.5 times the clean run's duration: on a shared
 * machine a run can take longer than the clean one did, and a window of just
 * its duration then kills most runs before their first commit. Runs that
 * finish first are checked all the same.
 */
export function randomDelay(clean: Clean, random: () => number = Math.random): number {
  return random() * clean.ms * 1.5;
}
