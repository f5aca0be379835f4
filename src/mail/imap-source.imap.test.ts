import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dovecot, dovecotAvailable, startDovecot } from '../../test/dovecot.js';
import { fetchNew, type ImapMessage, type ImapState } from './imap-source.js';

const mail = (id: string, from = 'maya@brightwater.example') =>
  `From: ${from}\r\nTo: sam.lee@example.com\r\nSubject: ${id}\r\nDate: Tue, 17 Nov 2026 10:00:00 -0500\r\nMessage-ID: <${id}@x.example>\r\n\r\nbody ${id}\r\n`;

describe.runIf(dovecotAvailable())('fetchNew against Dovecot', () => {
  let server: Dovecot;
  const account = () => ({ host: server.host, port: server.port, secure: false, user: server.user, pass: server.pass });
  const sync = async (state: ImapState) => {
    const out: ImapMessage[] = [];
    for await (const m of fetchNew(account(), state)) out.push(m);
    return out.map((m) => `${m.folder}:${m.uid}:${/Subject: (\S+)/.exec(m.raw.toString())?.[1]}`);
  };

  beforeAll(async () => {
    server = await startDovecot();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reads everything on the first sync, then only what is new, from INBOX and Sent', async () => {
    await server.append('INBOX', mail('in-1'));
    await server.append('INBOX', mail('in-2'));
    await server.append('Sent', mail('out-1', 'sam.lee@example.com'));
    const state: ImapState = {};
    expect(await sync(state)).toEqual(['INBOX:1:in-1', 'INBOX:2:in-2', 'Sent:1:out-1']);
    expect(state['INBOX']?.lastUid).toBe(2);

    expect(await sync(state)).toEqual([]);
    await server.append('INBOX', mail('in-3'));
    await server.append('Sent', mail('out-2', 'sam.lee@example.com'));
    expect(await sync(state)).toEqual(['INBOX:3:in-3', 'Sent:2:out-2']);
  });

  it('re-reads a folder from the start when its UIDVALIDITY changes', async () => {
    const state: ImapState = {};
    await sync(state);
    const before = state['Sent']!.uidValidity;
    await server.recreate('Sent');
    await server.append('Sent', mail('out-after', 'sam.lee@example.com'));
    expect(await sync(state)).toEqual(['Sent:1:out-after']);
    expect(state['Sent']!.uidValidity).not.toBe(before);
    expect(state['Sent']!.lastUid).toBe(1);
  });

  it('fails on a wrong password', async () => {
    const bad = fetchNew({ ...account(), pass: 'wrong' }, {});
    const drain = async () => {
      for await (const _ of bad) expect.unreachable('no message without a login');
    };
    await expect(drain()).rejects.toThrow();
  });
});
