/**
 * `syncImap` against a real Dovecot (test/dovecot.ts) on a real SQLite file:
 * the inbox and the sent folder become touches with their Message-IDs, a
 * sync reads only what is new, the position survives a new process, a
 * renumbered folder (new UIDVALIDITY) doubles nothing, and a wrong password
 * fails without showing it. Skipped with a warning where Dovecot is not
 * installed, unless CI is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument, validateDocument } from '../../src/app/commands/data.js';
import { parseImapUrl, syncImap } from '../../src/app/commands/imap-sync.js';
import type { AppContext } from '../../src/app/context.js';
import { AppError } from '../../src/records/errors.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.types.js';
import { type Dovecot, dovecotAvailable, startDovecot } from '../dovecot.js';
import { BRIGHTWATER_DOC as DOC, message } from '../factories/brightwater-mail.js';

const NOW = Temporal.Instant.from('2026-11-26T14:00:00Z');

const MAYA = 'Maya Chen <maya@brightwater.example>';
const SAM = 'Sam Lee <sam.lee@example.com>';

const THANKS = message({
  id: 'thanks-1@example.com',
  from: SAM,
  to: MAYA,
  subject: 'Thank you for the technical interview',
  date: 'Mon, 16 Nov 2026 15:10:00 -0500',
  body: 'Hi Maya,\r\n\r\nThank you for taking the time to talk with me today about the reliability work.\r\n\r\nBest,\r\nSam',
});
const TIMELINE = message({
  id: 'timeline-1@brightwater.example',
  from: MAYA,
  to: SAM,
  subject: 'Next steps',
  date: 'Tue, 17 Nov 2026 09:30:00 -0500',
  body: 'Hi Sam,\r\n\r\nThanks again for your time. The team will make a decision by Friday, December 4, and I will let you know either way.\r\n\r\nMaya',
});
const LOGISTICS = message({
  id: 'logistics-1@brightwater.example',
  from: MAYA,
  to: SAM,
  subject: 'Re: Thank you for the technical interview',
  date: 'Tue, 17 Nov 2026 11:00:00 -0500',
  body: 'You are welcome, Sam. It was good to meet you.\r\n\r\nMaya',
});
const LATER = message({
  id: 'update-2@brightwater.example',
  from: MAYA,
  to: SAM,
  subject: 'Quick update',
  date: 'Mon, 23 Nov 2026 10:00:00 -0500',
  body: 'Hi Sam,\r\n\r\nA quick note: we are still on track and expect to decide by December 4.\r\n\r\nMaya',
});

describe.runIf(dovecotAvailable())('syncImap against Dovecot', () => {
  let server: Dovecot;
  let home: string;
  let store: Store;
  let ctx: AppContext;

  const url = (pass: string) => `imap://${server.user}:${encodeURIComponent(pass)}@127.0.0.1:${server.port}`;
  const touches = async () => (await store.getOpportunity('brightwater'))?.touches ?? [];

  beforeAll(async () => {
    server = await startDovecot();
    await server.append('INBOX', TIMELINE);
    await server.append('INBOX', LOGISTICS);
    await server.append('Sent', THANKS);
    home = mkdtempSync(join(tmpdir(), 'afterview-imap-'));
    store = await openStore({ sqlitePath: join(home, 'afterview.db') });
    ctx = { store, now: NOW, machineZone: 'UTC', home, imapUrl: url(server.pass) };
    await importDocument(ctx, validateDocument(structuredClone(DOC)));
  });
  afterAll(async () => {
    await store?.close();
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  // The cases build on each other, in order, on one mailbox and one home.
  it('imports the inbox and the sent folder as touches carrying their Message-IDs', async () => {
    const report = await syncImap(ctx);
    expect(report).toMatchObject({ imported: 3, duplicate: 0, unmatched: 0, failed: 0 });
    expect(report.messages.map((m) => m.source).sort()).toEqual(['imap:INBOX/1', 'imap:INBOX/2', 'imap:Sent/1']);

    const byId = new Map((await touches()).map((t) => [t.messageId, t]));
    expect(byId.size).toBe(3);
    expect(byId.get('<timeline-1@brightwater.example>')).toMatchObject({
      direction: 'in',
      kind: 'timeline',
      decisionBy: '2026-12-04',
      contactId: 'maya',
    });
    expect(byId.get('<logistics-1@brightwater.example>')).toMatchObject({ direction: 'in', contactId: 'maya' });
    expect(byId.get('<thanks-1@example.com>')).toMatchObject({
      direction: 'out',
      purpose: 'thank-you',
      interviewId: 'i1',
      contactId: 'maya',
    });

    const state = await store.getImapState();
    expect(state['INBOX']?.lastUid).toBe(2);
    expect(state['Sent']?.lastUid).toBe(1);
    expect(state['INBOX']?.uidValidity).toBeGreaterThan(0);
  });

  it('reads nothing on a second sync when nothing is new', async () => {
    const before = JSON.stringify(await store.exportDocument());
    const report = await syncImap(ctx);
    expect(report).toMatchObject({ imported: 0, duplicate: 0, unmatched: 0, failed: 0 });
    expect(report.messages).toEqual([]);
    expect(JSON.stringify(await store.exportDocument())).toBe(before);
  });

  it('reads exactly the message that arrived since', async () => {
    await server.append('INBOX', LATER);
    const report = await syncImap(ctx);
    expect(report.imported).toBe(1);
    expect(report.messages).toHaveLength(1);
    expect(report.messages[0]).toMatchObject({
      source: 'imap:INBOX/3',
      messageId: '<update-2@brightwater.example>',
      outcome: 'imported',
    });
    expect((await touches()).filter((t) => t.messageId === '<update-2@brightwater.example>')).toHaveLength(1);
    expect((await store.getImapState())['INBOX']?.lastUid).toBe(3);
  });

  it('resumes from the saved position in a new process (a fresh store on the same file)', async () => {
    const saved = await store.getImapState();
    await store.close();
    store = await openStore({ sqlitePath: join(home, 'afterview.db') });
    ctx = { ...ctx, store };
    expect(await store.getImapState()).toEqual(saved);

    const report = await syncImap(ctx);
    expect(report.messages).toEqual([]);
    expect(await touches()).toHaveLength(4);
  });

  it('reads a renumbered folder (new UIDVALIDITY) again without doubling anything', async () => {
    const before = await store.getImapState();
    const touchesBefore = await touches();
    await server.recreate('Sent');
    await server.append('Sent', THANKS);

    const report = await syncImap(ctx);

    expect(report.messages).toHaveLength(1);
    expect(report.messages[0]).toMatchObject({
      source: 'imap:Sent/1',
      messageId: '<thanks-1@example.com>',
      outcome: 'duplicate',
    });
    expect(report.imported).toBe(0);
    expect(await touches()).toEqual(touchesBefore);
    const after = await store.getImapState();
    expect(after['Sent']?.uidValidity).not.toBe(before['Sent']?.uidValidity);
    expect(after['Sent']?.lastUid).toBe(1);
    expect(after['INBOX']).toEqual(before['INBOX']);
  });

  it('fails with imap_failed on a wrong password, without showing it, and keeps the position', async () => {
    const wrong = 'Wr0ng-pass%word';
    const before = await store.getImapState();
    let error: unknown;
    try {
      await syncImap({ ...ctx, imapUrl: url(wrong) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe('imap_failed');
    expect(e.message).toContain('127.0.0.1');
    const shown = `${e.message} ${e.hint ?? ''}`;
    for (const secret of [wrong, encodeURIComponent(wrong), Buffer.from(wrong).toString('base64')])
      expect(shown).not.toContain(secret);
    expect(await store.getImapState()).toEqual(before);
  });
});

describe('parseImapUrl', () => {
  it('reads user, password, host and port, percent-decoded', () => {
    expect(parseImapUrl('imaps://sam%40example.com:p%40ss@mail.example.com')).toEqual({
      host: 'mail.example.com',
      port: 993,
      secure: true,
      user: 'sam@example.com',
      pass: 'p@ss',
    });
    expect(parseImapUrl('imap://sam:pw@127.0.0.1:1143')).toMatchObject({ port: 1143, secure: false });
  });

  it('refuses other schemes and URLs without a user, never echoing the password', () => {
    for (const bad of [
      'pop3://sam:topsecret@mail.example.com',
      'imaps://mail.example.com',
      'not a url topsecret',
      // Plain IMAP is for a server on this machine only: the password would travel in clear.
      'imap://sam:topsecret@mail.example.com:143',
    ]) {
      let error: unknown;
      try {
        parseImapUrl(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'invalid_setting' });
      expect((error as AppError).line).not.toContain('topsecret');
    }
  });
});
