/**
 * `import mail` on a folder that holds more than mail, on a real SQLite
 * file: a .eml is read, while a JSON file and a small binary file are
 * reported as failed with the reason ("not a mail message: ...") and put
 * nothing in the inbox; an mbox next to them is read entry by entry.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMail, inbox } from '../../src/app/commands/mail.js';
import { addOpportunity } from '../../src/app/commands/opportunities.js';
import type { AppContext } from '../../src/app/context.js';
import { notMailReason } from '../../src/mail/parse.js';
import { openStore } from '../../src/store/index.js';

const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');

const message = (n: number) =>
  [
    'From: Jane Doe <jane@acme.example>',
    'To: Sam Lee <sam@example.com>',
    `Subject: Next steps (${n})`,
    'Date: Wed, 25 Nov 2026 10:00:00 -0500',
    `Message-ID: <next-${n}@acme.example>`,
    '',
    'Thanks for your time yesterday. We will decide by Friday.',
    '',
  ].join('\r\n');

let home: string;
let ctx: AppContext;
beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'afterview-mail-files-'));
  const store = await openStore({ sqlitePath: join(home, 'afterview.db') });
  ctx = { store, now: NOW, machineZone: 'America/New_York', home };
  await addOpportunity(ctx, { company: 'Acme' });
  await store.putContact('acme', { id: 'jane', name: 'Jane Doe', email: 'jane@acme.example', title: null });
});
afterEach(async () => {
  await ctx.store.close();
  rmSync(home, { recursive: true, force: true });
});

describe('a folder of mail with other files in it', () => {
  it('reads the .eml and the mbox, and reports the JSON and the binary file as not mail, keeping nothing of them', async () => {
    const dir = join(home, 'mail');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.eml'), message(1));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ format: 'afterview/1', opportunities: [] }, null, 2));
    writeFileSync(join(dir, 'c.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff]));
    writeFileSync(
      join(dir, 'd.mbox'),
      `From jane Wed Nov 25 10:00:00 2026\n${message(2)}\nFrom jane Wed Nov 25 11:00:00 2026\n${message(3)}`,
    );
    const report = await importMail(ctx, { paths: [dir] });
    expect(report).toMatchObject({ imported: 3, failed: 2, unmatched: 0 });
    expect(
      report.messages.map((m) => [m.source.slice(dir.length + 1), m.outcome, m.outcome === 'failed' ? m.detail : '']),
    ).toEqual([
      ['a.eml', 'imported', ''],
      ['b.json', 'failed', 'not a mail message: no header lines'],
      ['c.png', 'failed', 'not a mail message: no header lines'],
      ['d.mbox#0', 'imported', ''],
      ['d.mbox#1', 'imported', ''],
    ]);
    expect(await inbox(ctx, { all: true })).toHaveLength(3);
    expect((await inbox(ctx, {})).map((m) => m.status)).toEqual([]);
  });

  it('takes a header block as at least one Name: value line first, with a From, Date, Message-ID or Subject', () => {
    const bytes = (s: string) => Buffer.from(s, 'latin1');
    expect(notMailReason(bytes(message(1)))).toBeNull();
    expect(notMailReason(bytes('Subject: hello\n\nbody'))).toBeNull();
    expect(notMailReason(bytes('subject: only a header block, no body'))).toBeNull();
    expect(notMailReason(bytes(''))).toBe('not a mail message: no header lines');
    expect(notMailReason(bytes('\nFrom: after an empty line'))).toBe('not a mail message: no header lines');
    expect(notMailReason(bytes('Dear Jane,\nFrom: me'))).toBe('not a mail message: no header lines');
    expect(notMailReason(bytes('Content-Type: text/plain\n\nhello'))).toBe(
      'not a mail message: no From, Date, Message-ID or Subject header',
    );
    // Only the header block counts: a From line in the body does not make one.
    expect(notMailReason(bytes('X-Note: 1\n\nFrom: someone'))).toBe(
      'not a mail message: no From, Date, Message-ID or Subject header',
    );
  });
});
