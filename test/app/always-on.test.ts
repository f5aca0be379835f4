/**
 * Always on, end to end with real parts: the built CLI's `afterview serve`
 * against a real Dovecot (test/dovecot.ts) and a real SMTP peer
 * (test/smtp-peer.ts), on a real SQLite file.
 *
 * - A message appended to the inbox while serve runs is read by itself
 *   (IMAP IDLE), the agenda changes and /api/events says so within 10 s.
 * - Dovecot killed and started again while a sync reads thousands of
 *   messages: the watch reconnects by itself and every message is read
 *   exactly once.
 * - The morning digest, with a fixed clock: one message a day to the
 *   seeker's own address with today's moves and links to their drafts,
 *   never a second one after a restart, and none on a day with nothing to do.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewMessage } from '../../src/mail/send/preview.js';
import { CLI, cli, cliEnv, ensureBuilt, freshHome, ROOT } from '../cli/cli-runner.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../dovecot.js';
import { BRIGHTWATER_DOC as DOC, message as mail } from '../factories/brightwater-mail.js';
import { type SmtpPeer, startSmtpPeer } from '../smtp-peer.js';
import { until } from '../until.js';

/** Thursday, November 26, 2026, 09:00 in New York. */
const NOW = '2026-11-26T14:00:00Z';

const SAM = 'Sam Lee <sam.lee@example.com>';
const message = (opts: Omit<Parameters<typeof mail>[0], 'to'>) => mail({ ...opts, to: SAM });

const TIMELINE = message({
  id: 'timeline-1@brightwater.example',
  from: 'Maya Chen <maya@brightwater.example>',
  subject: 'Next steps',
  date: 'Tue, 24 Nov 2026 09:30:00 -0500',
  body: 'Hi Sam,\r\n\r\nThanks again for your time. The team will make a decision by Friday, December 4, and I will let you know either way.\r\n\r\nMaya',
});

/** A home with the document imported and `settings` set. */
function homeWith(settings: Record<string, string>): string {
  const home = freshHome();
  const file = join(home, 'doc.json');
  writeFileSync(file, JSON.stringify(DOC));
  for (const args of [['import', file], ...Object.entries(settings).map(([k, v]) => ['config', 'set', k, v])]) {
    const r = cli(home, args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  return home;
}

interface Serve {
  url: string;
  get<T>(path: string): Promise<T>;
  stop(): Promise<void>;
  stderr(): string;
}

/** `afterview serve --port 0` from the built CLI, resolved once it says where it runs. */
async function serve(home: string, now = NOW): Promise<Serve> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: cliEnv(home, now),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 15_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  return {
    url,
    async get<T>(path: string) {
      const res = await fetch(new URL(path, url));
      return (await res.json()) as T;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    stderr: () => err,
  };
}

interface Status {
  state: string;
  lastSyncedAt: string | null;
  lastError: { message: string; hint: string | null } | null;
  digest: { lastDay: string | null; outcome: string | null };
}
interface AgendaJson {
  items: { id: string; kind: string; state: string; title: string; draft: { to: string | null } | null }[];
  holds: { opportunityId: string; until: string }[];
}
type InboxJson = { messageId: string }[];

/** Reads `revision` events from /api/events into a list. */
async function events(url: string): Promise<{ revisions: number[]; close(): void }> {
  const controller = new AbortController();
  const res = await fetch(new URL('/api/events', url), { signal: controller.signal });
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const revisions: number[] = [];
  const reader = res.body!.getReader();
  void (async () => {
    let text = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += new TextDecoder().decode(value);
        for (const m of text.matchAll(/event: revision\ndata: (\{[^\n]*\})\n\n/g)) {
          revisions.push(JSON.parse(m[1]!).revision);
        }
        text = text.slice(text.lastIndexOf('\n\n') + 2);
      }
    } catch {
      // Aborted.
    }
  })();
  return { revisions, close: () => controller.abort() };
}

describe.runIf(dovecotAvailable())('always on: mail syncs by itself while serve runs', () => {
  let dovecot: Dovecot;
  let home: string;
  let server: Serve;
  beforeAll(async () => {
    ensureBuilt();
    dovecot = await startDovecot();
    home = homeWith({ 'imap.url': `imap://${dovecot.user}:${dovecot.pass}@127.0.0.1:${dovecot.port}` });
    server = await serve(home);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await dovecot?.stop();
  });

  it('a message appended to the inbox changes the agenda within 10 s, and /api/events says so', async () => {
    await until('the watch', async () => (await server.get<Status>('/api/mail/status')).state === 'watching');
    const stream = await events(server.url);
    try {
      await until('the first revision event', async () => stream.revisions.length > 0);
      const before = await server.get<AgendaJson>('/api/agenda');
      expect(before.holds).toEqual([]);
      const started = Date.now();
      await dovecot.append('INBOX', TIMELINE);
      const after = await until('the hold from the timeline', async () => {
        const agenda = await server.get<AgendaJson>('/api/agenda');
        return agenda.holds.length > 0 ? agenda : null;
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(after.holds[0]).toMatchObject({ opportunityId: 'brightwater', until: '2026-12-04' });
      await until('a revision event', async () => stream.revisions.length > 1);
      expect(stream.revisions.at(-1)).toBeGreaterThan(stream.revisions[0]!);
      const status = await server.get<Status>('/api/mail/status');
      expect(status).toMatchObject({ state: 'watching', lastError: null });
      expect(status.lastSyncedAt).not.toBeNull();
    } finally {
      stream.close();
    }
  }, 30_000);

  it('passes by its own morning digest when it comes back into the inbox', async () => {
    await dovecot.append(
      'INBOX',
      `X-Afterview-Digest: 2026-11-26\r\n${message({ ...bulkLast(), id: 'digest@example.com', from: SAM })}`,
    );
    await dovecot.append('INBOX', message({ ...bulkLast(), id: 'after-digest@news.example' }));
    const inbox = await until('the message after the digest', async () => {
      const read = await server.get<InboxJson>('/api/inbox?all=1');
      return read.some((m) => m.messageId === '<after-digest@news.example>') ? read : null;
    });
    expect(inbox.map((m) => m.messageId)).not.toContain('<digest@example.com>');
  }, 30_000);

  it('Dovecot killed and restarted mid-sync: reconnects by itself, reads every message once', async () => {
    const count = 3000;
    const initial = (await server.get<InboxJson>('/api/inbox?all=1')).length;
    const expected = initial + count + 1;
    dovecot.deliver(
      'INBOX',
      Array.from({ length: count }, (_, n) =>
        message({
          id: `bulk-${n}@news.example`,
          from: `Newsletter <news${n}@news.example>`,
          subject: `Weekly digest ${n}`,
          date: 'Wed, 25 Nov 2026 08:00:00 -0500',
          body: `Issue ${n}: nothing about your job search.`,
        }),
      ),
    );
    const states = new Set<string>();
    const watching = setInterval(() => {
      server
        .get<Status>('/api/mail/status')
        .then((s) => states.add(s.lastError ? `${s.state}:error` : s.state))
        .catch(() => {});
    }, 50);
    try {
      // One appended message wakes the watch, whose sync then reads the delivered ones too.
      await dovecot.append('INBOX', message({ ...bulkLast(), id: 'wake@news.example' }));
      const readBefore = await until('the sync to start', async () => {
        const inbox = await server.get<InboxJson>('/api/inbox?all=1');
        return inbox.length > initial ? inbox.length : null;
      });
      await dovecot.restart({ downMs: 500 });
      // Killed mid-sync: part of the messages was read before the connection went.
      expect(readBefore).toBeLessThan(expected);
      const inbox = await until(
        'every message',
        async () => {
          const read = await server.get<InboxJson>('/api/inbox?all=1');
          return read.length >= expected ? read : null;
        },
        60_000,
      );
      const ids = inbox.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(expected);
      await until('the watch again', async () => (await server.get<Status>('/api/mail/status')).state === 'watching');
      expect([...states].some((s) => s === 'retrying:error')).toBe(true);
      // The timeline read before is still there, once.
      const doc = await server.get<{ opportunities: { touches: { messageId: string | null }[] }[] }>('/api/export');
      const touches = doc.opportunities[0]!.touches.filter((t) => t.messageId === '<timeline-1@brightwater.example>');
      expect(touches.length).toBeLessThanOrEqual(1);
    } finally {
      clearInterval(watching);
    }
  }, 90_000);
});

function bulkLast() {
  return {
    from: 'Newsletter <wake@news.example>',
    subject: 'Wake up',
    date: 'Wed, 25 Nov 2026 08:00:00 -0500',
    body: 'One more.',
  };
}

describe('the morning digest', () => {
  let peer: SmtpPeer;
  beforeAll(async () => {
    ensureBuilt();
    peer = await startSmtpPeer();
  });
  afterAll(async () => {
    await peer?.close();
  });

  async function digestDay(home: string, now: string): Promise<Status['digest']> {
    const server = await serve(home, now);
    try {
      return await until('the digest tick', async () => {
        const status = await server.get<Status>('/api/mail/status');
        return status.digest.outcome ? status.digest : null;
      });
    } finally {
      await server.stop();
    }
  }

  it('sends one message a day with the moves and links to drafts, never twice across restarts', async () => {
    const home = homeWith({ 'smtp.url': peer.url('sam', 'correct horse'), 'digest.hour': '8' });
    const agenda = JSON.parse(cli(home, ['today', '--json']).stdout) as AgendaJson;
    const moves = agenda.items.filter((i) => i.state !== 'upcoming' && i.kind !== 'keep-searching');
    expect(moves.length).toBeGreaterThan(0);

    expect(await digestDay(home, NOW)).toMatchObject({ lastDay: '2026-11-26', outcome: 'sent' });
    expect(peer.messages).toHaveLength(1);
    const first = peer.messages[0]!;
    expect(first.to).toEqual(['sam.lee@example.com']);
    expect(first.raw.toString('utf8')).toMatch(/^X-Afterview-Digest: 2026-11-26\r\n/);
    const read = await previewMessage(first.raw.toString('utf8'));
    expect(read.subject).toBe(
      moves.length === 1 ? 'Today: 1 move in your job search' : `Today: ${moves.length} moves in your job search`,
    );
    for (const move of moves) {
      expect(read.text).toContain(move.title);
      if (move.draft)
        expect(read.text).toMatch(
          new RegExp(
            `http://127\\.0\\.0\\.1:\\d+/compose\\?item=${encodeURIComponent(move.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`,
          ),
        );
    }

    // Restarted later the same day: the day is done.
    expect(await digestDay(home, '2026-11-26T16:30:00Z')).toMatchObject({ outcome: 'done_today' });
    expect(peer.messages).toHaveLength(1);

    // The next morning: one more, and only one even with two restarts.
    expect(await digestDay(home, '2026-11-27T13:59:00Z')).toMatchObject({ outcome: 'sent', lastDay: '2026-11-27' });
    expect(await digestDay(home, '2026-11-27T14:05:00Z')).toMatchObject({ outcome: 'done_today' });
    expect(peer.messages).toHaveLength(2);
  }, 90_000);

  it('sends nothing before the hour, nor on a day with nothing to do', async () => {
    const home = homeWith({ 'smtp.url': peer.url('sam', 'correct horse'), 'digest.hour': '10' });
    const sent = peer.messages.length;
    expect(await digestDay(home, NOW)).toMatchObject({ outcome: 'not_yet' });

    const idle = freshHome();
    for (const args of [
      ['config', 'set', 'email', 'sam.lee@example.com'],
      ['config', 'set', 'smtp.url', peer.url('sam', 'correct horse')],
      ['config', 'set', 'digest.hour', '7'],
    ]) {
      expect(cli(idle, args).code).toBe(0);
    }
    expect(await digestDay(idle, NOW)).toMatchObject({ outcome: 'nothing_to_do', lastDay: '2026-11-26' });
    expect(peer.messages).toHaveLength(sent);
  }, 60_000);
});
