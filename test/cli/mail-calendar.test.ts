/**
 * End-to-end tests of the mail and calendar commands of the built command
 * line: `import mail` (report and counts, duplicates), `inbox` (list,
 * ignore), `export ics` (parsed with ical.js), `import ics` (an invitation
 * with its own zone, once), `send` (dry run, and for real to an SMTP server
 * started in this process), and mail passwords saved with `config set`
 * (never printed or exported, kept in a 0600 file).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dovecot, dovecotAvailable, startDovecot } from '../dovecot.js';
import { HELD_OUT, setMessages, writeSetMbox } from '../mail-sets.js';
import { type SmtpPeer, startSmtpPeer } from '../smtp-peer.js';
import { CLI, type CliResult, cli, ensureBuilt, freshHome, NOW, ok, okJson, ROOT } from './cli-runner.js';

/** A labelled set of our own: 45 messages, 42 about its opportunities and 3 about nothing. */
const SET = HELD_OUT;
const SETUP = join(SET, 'setup.json');
/** The set's messages as one mbox, written for this run (see test/mail-sets.ts). */
const MBOX_DIR = mkdtempSync(join(tmpdir(), 'afterview-mbox-'));
const MBOX = writeSetMbox(SET, join(MBOX_DIR, 'all.mbox'));
afterAll(() => rmSync(MBOX_DIR, { recursive: true, force: true }));

beforeAll(() => ensureBuilt(), 60_000);

/**
 * Runs the CLI without blocking this process (so an SMTP server in it can
 * answer), with extra environment such as AFTERVIEW_SMTP_URL.
 */
function cliWithEnv(home: string, args: string[], extra: Record<string, string>, now = NOW): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AFTERVIEW_')) env[k] = v;
  Object.assign(env, { AFTERVIEW_HOME: home, AFTERVIEW_NOW: now, NO_COLOR: '1', TZ: 'UTC' }, extra);
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env, encoding: 'utf8' },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
    child.stdin?.end('');
  });
}

interface MailReport {
  imported: number;
  duplicate: number;
  unmatched: number;
  failed: number;
  review: number;
  messages: { source: string; messageId: string | null; outcome: string; detail: string }[];
}

describe('import mail and inbox', () => {
  let home: string;
  beforeAll(() => {
    home = freshHome();
    ok(home, ['import', SETUP]);
  });

  it('prints a line per message and the totals', () => {
    const out = ok(home, ['import', 'mail', MBOX]);
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => /^ {2}imported {2}\S*all\.mbox#\d+: /.test(l))).toHaveLength(42);
    expect(lines.filter((l) => /^ {2}unmatched \S*all\.mbox#\d+: /.test(l))).toHaveLength(3);
    expect(out).toContain('-> kestrel-analytics (');
    expect(lines.at(-1)).toBe('42 imported, 0 duplicate, 3 unmatched, 0 failed; 3 to review with `afterview inbox`');
  });

  it('reads the same mbox again as 45 duplicates, in JSON too', () => {
    const again = okJson<MailReport>(home, ['import', 'mail', MBOX, '--json']);
    expect(again).toMatchObject({ imported: 0, duplicate: 45, unmatched: 0, failed: 0 });
    expect(again.messages).toHaveLength(45);
    expect(ok(home, ['import', 'mail', MBOX]).trim()).toBe('0 imported, 45 duplicate, 0 unmatched, 0 failed');
  });

  it('lists the unmatched messages in the inbox, and --ignore takes one off the list', () => {
    const list = okJson<{ messageId: string; status: string; sender: string | null }[]>(home, ['inbox', '--json']);
    expect(list).toHaveLength(3);
    expect(list.every((m) => m.status === 'unmatched')).toBe(true);
    expect(list.map((m) => m.sender).sort()).toEqual([
      'alerts@jobwire-mail.example',
      'jordan.pike@gmail.com',
      'nina.rivera@icloud.com',
    ]);
    const alert = list.find((m) => m.sender === 'alerts@jobwire-mail.example')!;
    expect(ok(home, ['inbox', alert.messageId, '--ignore'])).toContain('ignored');
    const after = okJson<{ messageId: string }[]>(home, ['inbox', '--json']);
    expect(after.map((m) => m.messageId).sort()).toEqual(
      list
        .filter((m) => m !== alert)
        .map((m) => m.messageId)
        .sort(),
    );
    const all = okJson<{ messageId: string; status: string }[]>(home, ['inbox', '--all', '--json']);
    expect(all.find((m) => m.messageId === alert.messageId)?.status).toBe('ignored');
    expect(all).toHaveLength(45);
  });

  it('refuses a path that does not exist, in one line, before reading anything', () => {
    const other = freshHome();
    ok(other, ['import', SETUP]);
    const before = ok(other, ['export']);
    const r = cli(other, ['import', 'mail', MBOX, join(SET, 'no-such.mbox')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('no such file or folder')]);
    expect(ok(other, ['export'])).toBe(before);
  });

  it('a first import in a fresh home gives the counts in JSON', () => {
    const other = freshHome();
    ok(other, ['import', SETUP]);
    const report = okJson<MailReport>(other, ['import', 'mail', MBOX, '--json']);
    expect(report).toMatchObject({ imported: 42, unmatched: 3, failed: 0, duplicate: 0 });
    expect(report.messages.filter((m) => m.outcome === 'imported').every((m) => m.messageId?.startsWith('<'))).toBe(
      true,
    );
  });
});

describe('calendars', () => {
  let home: string;
  beforeAll(() => {
    home = freshHome();
    ok(home, ['import', SETUP]);
    ok(home, ['import', 'mail', MBOX]);
    ok(home, ['config', 'set', 'smtp.url', 'smtp://sam:Cal3ndar-secret@127.0.0.1:2525']);
    ok(home, ['config', 'set', 'imap.url', 'imaps://sam:Cal3ndar-secret@127.0.0.1:993']);
  });

  it('export ics: one VEVENT per open item, interview and hold, and no secrets', () => {
    const ics = ok(home, ['export', 'ics']);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.name).toBe('vcalendar');
    const uids = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));

    const agenda = okJson<{ items: { id: string }[]; holds: { opportunityId: string; until: string }[] }>(home, [
      'agenda',
      '--all',
      '--json',
    ]);
    const doc = okJson<{ opportunities: { id: string; interviews?: { id: string }[] }[] }>(home, ['export']);
    const interviews = doc.opportunities.flatMap((o) => (o.interviews ?? []).map((iv) => `${o.id}:${iv.id}`));
    expect(agenda.items.length).toBeGreaterThan(0);
    expect(agenda.holds.length).toBeGreaterThan(0);
    expect(interviews.length).toBeGreaterThan(0);

    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toHaveLength(agenda.items.length + interviews.length + agenda.holds.length);
    for (const item of agenda.items) expect(uids).toContain(`${item.id}@afterview`);
    for (const iv of interviews) expect(uids).toContain(`interview:${iv}@afterview`);
    expect(uids.filter((u) => u.startsWith('hold:'))).toHaveLength(agenda.holds.length);

    expect(ics).not.toContain('Cal3ndar-secret');
    expect(ics).not.toContain('smtp://');
  });

  const invitation = (uid: string) =>
    [
      'BEGIN:VCALENDAR',
      'PRODID:-//Granite Ridge Energy//Scheduling//EN',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:19701101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'TZNAME:EST',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'TZNAME:EDT',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTAMP:20261125T180000Z',
      // 14:30 in New York (EST, -05:00) is 19:30Z, 13:30 in Chicago where the seeker lives.
      'DTSTART;TZID=America/New_York:20261203T143000',
      'DTEND;TZID=America/New_York:20261203T153000',
      'SUMMARY:Final round',
      'ORGANIZER;CN=Recruiting:mailto:recruiting@graniteridge.example',
      'ATTENDEE;CN=Victor Osei;ROLE=REQ-PARTICIPANT:mailto:victor.osei@graniteridge.example',
      'ATTENDEE;CN=Alex Rivera;ROLE=REQ-PARTICIPANT:mailto:alex.rivera@example.org',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');

  it('import ics --for adds the interview at the right instant, once', () => {
    const file = join(home, 'invite.ics');
    writeFileSync(file, invitation('final-7731@graniteridge.example'));
    const interviewsAt = () =>
      okJson<{
        opportunity: {
          interviews: { id: string; at: string; durationMinutes: number; round: string; interviewers: string[] }[];
        };
      }>(home, ['show', 'granite-ridge', '--json']).opportunity.interviews.filter(
        (iv) => Date.parse(iv.at) === Date.parse('2026-12-03T19:30:00Z'),
      );

    expect(interviewsAt()).toHaveLength(0);
    const first = okJson(home, ['import', 'ics', file, '--for', 'granite-ridge', '--json']);
    expect(first).toMatchObject({ opportunityId: 'granite-ridge', at: '2026-12-03T13:30:00-06:00', duplicate: false });
    const added = interviewsAt();
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ durationMinutes: 60, round: 'Final round', interviewers: ['victor'] });

    const second = okJson(home, ['import', 'ics', file, '--for', 'granite-ridge', '--json']);
    expect(second).toMatchObject({ interviewId: first.interviewId, duplicate: true });
    expect(ok(home, ['import', 'ics', file, '--for', 'granite-ridge'])).toMatch(/^Already logged: interview /);
    expect(interviewsAt()).toHaveLength(1);
  });

  it('import ics of an updated invitation (same UID, new time) moves the interview instead of adding one', () => {
    const file = join(home, 'moved.ics');
    writeFileSync(file, invitation('moved-1@graniteridge.example').replaceAll('20261203T', '20261210T'));
    const first = okJson<{ interviewId: string }>(home, ['import', 'ics', file, '--for', 'granite-ridge', '--json']);
    writeFileSync(
      file,
      invitation('moved-1@graniteridge.example')
        .replace('20261203T143000', '20261211T090000')
        .replace('20261203T153000', '20261211T100000'),
    );
    expect(ok(home, ['import', 'ics', file, '--for', 'granite-ridge'])).toMatch(
      new RegExp(`^Moved interview ${first.interviewId} of granite-ridge to 2026-12-11T08:00:00-06:00`),
    );
    const mine = okJson<{ opportunity: { interviews: { id: string; at: string }[] } }>(home, [
      'show',
      'granite-ridge',
      '--json',
    ]).opportunity.interviews.filter((iv) => iv.id === first.interviewId || iv.at.startsWith('2026-12-10'));
    expect(mine).toEqual([expect.objectContaining({ id: first.interviewId, at: '2026-12-11T08:00:00-06:00' })]);
  });

  it("import ics without --for finds the opportunity by the organiser's domain, and refuses a stranger", () => {
    const file = join(home, 'by-domain.ics');
    // An Outlook-style zone name, defined by the file's own VTIMEZONE: 10:00 EST is 09:00 in Chicago.
    writeFileSync(
      file,
      invitation('by-domain-1@graniteridge.example')
        .replaceAll('America/New_York', 'Eastern Standard Time')
        .replace('20261203T143000', '20261207T100000')
        .replace('20261203T153000', '20261207T110000'),
    );
    expect(okJson(home, ['import', 'ics', file, '--json'])).toMatchObject({
      opportunityId: 'granite-ridge',
      at: '2026-12-07T09:00:00-06:00',
      duplicate: false,
    });
    const stranger = join(home, 'stranger.ics');
    writeFileSync(
      stranger,
      invitation('x-1@mailbox.example')
        .replaceAll('graniteridge.example', 'gmail.com')
        .replace('20261203T143000', '20261208T100000'),
    );
    const before = ok(home, ['export']);
    const r = cli(home, ['import', 'ics', stranger]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--for');
    expect(ok(home, ['export'])).toBe(before);
  });

  it('import ics of a file without an invitation is bad input and changes nothing', () => {
    const file = join(home, 'empty.ics');
    writeFileSync(file, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
    const before = ok(home, ['export']);
    const r = cli(home, ['import', 'ics', file, '--for', 'granite-ridge']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(ok(home, ['export'])).toBe(before);
  });
});

/** Friday, November 20, 2026, 10:00 in New York: Jane's onsite ended yesterday. */
const SEND_NOW = '2026-11-20T15:00:00Z';
const SEND_DOC = {
  format: 'afterview/1',
  profile: { name: 'Sam Lee', email: 'sam@example.com', timezone: 'America/New_York', country: 'US' },
  opportunities: [
    {
      id: 'acme',
      company: 'Acme',
      role: 'Backend Engineer',
      createdAt: '2026-11-01T15:00:00Z',
      contacts: [{ id: 'jane', name: 'Jane Doe', email: 'jane@acme.example', title: 'Hiring manager' }],
      interviews: [
        { id: 'i1', at: '2026-11-19T14:00:00-05:00', durationMinutes: 60, round: 'Onsite', interviewers: ['jane'] },
      ],
      touches: [
        {
          id: 't1',
          at: '2026-11-19T16:30:00-05:00',
          direction: 'in',
          channel: 'email',
          kind: 'reply',
          contactId: 'jane',
          messageId: '<logistics-2@acme.example>',
        },
      ],
    },
  ],
};
const ITEM = 'thank-you:acme:i1:jane';

describe('send', () => {
  let peer: SmtpPeer;
  const PASSWORD = 'correct horse';
  beforeAll(async () => {
    peer = await startSmtpPeer({ users: { sam: PASSWORD } });
  });
  afterAll(async () => {
    await peer?.close();
  });

  function sendHome(): string {
    const home = freshHome();
    const file = join(home, 'doc.json');
    writeFileSync(file, JSON.stringify(SEND_DOC));
    ok(home, ['import', file], { now: SEND_NOW });
    return home;
  }
  const outTouches = (home: string) =>
    okJson<{ opportunities: { touches?: { direction: string; messageId?: string | null }[] }[] }>(home, ['export'], {
      now: SEND_NOW,
    }).opportunities[0]!.touches!.filter((t) => t.direction === 'out');

  it('--dry-run prints the message as it will be read, then its headers, and sends and logs nothing', async () => {
    const home = sendHome();
    peer.messages.length = 0;
    ok(home, ['config', 'set', 'name', 'Sám Lée'], { now: SEND_NOW });
    const draft = okJson<{ item: { draft: { subject: string } } }>(home, ['draft', ITEM, '--json'], { now: SEND_NOW });
    const long =
      `Merci pour l'entretien d'hier — j'ai beaucoup aimé parler de la façon dont l'équipe déploie. ${'Zoë et René ont été très clairs. '.repeat(6)}`.trim();
    const text = `Hi Jane,\n\n${long}\n\nSam`;
    const file = join(home, 'edited.txt');
    writeFileSync(file, text);
    const r = await cliWithEnv(
      home,
      ['send', ITEM, '--dry-run', '--body', file],
      { AFTERVIEW_SMTP_URL: peer.url('sam', PASSWORD) },
      SEND_NOW,
    );
    expect(r.code, r.stderr).toBe(0);
    const [reading, headers] = r.stdout.split('\nHeaders:\n');
    // First the message as Jane's mail app shows it: decoded, the long line whole.
    expect(reading).toBe(`To: jane@acme.example\nSubject: ${draft.item.draft.subject}\n\n${text}\n`);
    expect(long.length).toBeGreaterThan(200);
    // Then its headers, decoded, and nothing of the transfer encoding.
    expect(headers).toMatch(/^ {2}From: Sám Lée <sam@example\.com>$/m);
    expect(headers).toMatch(/^ {2}In-Reply-To: <logistics-2@acme\.example>$/m);
    expect(headers).toMatch(/^ {2}Content-Transfer-Encoding: quoted-printable$/m);
    expect(r.stdout).not.toMatch(/=C3|=\?UTF-8\?/i);
    expect(r.stdout).toContain('nothing was sent');
    expect(peer.messages).toHaveLength(0);
    expect(outTouches(home)).toHaveLength(0);
  });

  it('sends through AFTERVIEW_SMTP_URL to a real server and logs the touch with its Message-ID', async () => {
    const home = sendHome();
    peer.messages.length = 0;
    const r = await cliWithEnv(
      home,
      ['send', ITEM, '--json'],
      { AFTERVIEW_SMTP_URL: peer.url('sam', PASSWORD) },
      SEND_NOW,
    );
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { sent: boolean; messageId: string; loggedTouches: string[] };
    expect(result.sent).toBe(true);
    expect(peer.messages).toHaveLength(1);
    expect(peer.messages[0]!.to).toEqual(['jane@acme.example']);
    const parsed = await PostalMime.parse(peer.messages[0]!.raw);
    expect(parsed.messageId).toBe(result.messageId);
    expect(outTouches(home).map((t) => t.messageId)).toEqual([result.messageId]);
    const agenda = okJson<{ items: { id: string }[] }>(home, ['agenda', '--all', '--json'], { now: SEND_NOW });
    expect(agenda.items.map((i) => i.id)).not.toContain(ITEM);
  });

  it('a wrong password fails in one line without it, and logs nothing', async () => {
    const home = sendHome();
    peer.messages.length = 0;
    const r = await cliWithEnv(home, ['send', ITEM], { AFTERVIEW_SMTP_URL: peer.url('sam', 'Wr0ng-horse') }, SEND_NOW);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/refused the login/);
    expect(r.stderr).not.toMatch(/this is a bug/);
    expect(`${r.stdout}${r.stderr}`).not.toContain('Wr0ng-horse');
    expect(peer.messages).toHaveLength(0);
    expect(outTouches(home)).toHaveLength(0);
  });

  it('without any SMTP account says how to set one (exit 2)', () => {
    const home = sendHome();
    const r = cli(home, ['send', ITEM], { now: SEND_NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('smtp.url');
    expect(outTouches(home)).toHaveLength(0);
  });
});

describe.runIf(dovecotAvailable())('sync imap', () => {
  let server: Dovecot;
  beforeAll(async () => {
    server = await startDovecot();
    // Two messages of the set: a recruiter's to the inbox, the seeker's own to the sent folder.
    const messages = setMessages(SET).map((file) => readFileSync(file, 'latin1'));
    const pick = (re: RegExp) => {
      const found = messages.find((m) => re.test(m));
      if (!found) throw new Error(`no message of the set for ${re}`);
      return Buffer.from(found.replace(/\r?\n/g, '\r\n'), 'latin1');
    };
    await server.append('INBOX', pick(/^From: .*@kestrel-analytics\.example/m));
    await server.append('Sent', pick(/^From: .*alex\.rivera@example\.org/m));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reads the inbox and the sent folder once, with the account from AFTERVIEW_IMAP_URL', async () => {
    const home = freshHome();
    ok(home, ['import', SETUP]);
    const env = { AFTERVIEW_IMAP_URL: `imap://${server.user}:${server.pass}@127.0.0.1:${server.port}` };
    const first = await cliWithEnv(home, ['sync', 'imap', '--json'], env);
    expect(first.code, first.stderr).toBe(0);
    const report = JSON.parse(first.stdout) as MailReport;
    expect(report).toMatchObject({ imported: 2, failed: 0 });
    expect(report.messages.map((m) => m.source).sort()).toEqual(['imap:INBOX/1', 'imap:Sent/1']);
    const again = await cliWithEnv(home, ['sync', 'imap'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim()).toBe('0 imported, 0 duplicate, 0 unmatched, 0 failed');

    const wrong = await cliWithEnv(home, ['sync', 'imap'], {
      AFTERVIEW_IMAP_URL: `imap://${server.user}:Wr0ng-imap@127.0.0.1:${server.port}`,
    });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('IMAP sync with 127.0.0.1 failed');
    expect(`${wrong.stdout}${wrong.stderr}`).not.toContain('Wr0ng-imap');
  });
});

describe('mail account passwords', () => {
  it('config set smtp.url keeps the password out of config get, export and the log, in a 0600 file', () => {
    const home = freshHome();
    const set = ok(home, ['config', 'set', 'smtp.url', 'smtp://u:secret@127.0.0.1:2525']);
    expect(set).not.toContain('secret');
    const got = ok(home, ['config', 'get', '--json']);
    expect(got).not.toContain('secret');
    const entries = JSON.parse(got) as { key: string; value: unknown }[];
    expect(entries.find((e) => e.key === 'smtp.url')?.value).toBe('smtp://u:***@127.0.0.1:2525');
    expect(ok(home, ['config', 'get', 'smtp.url'])).not.toContain('secret');
    expect(ok(home, ['export'])).not.toContain('secret');
    expect(ok(home, ['export', 'ics'])).not.toContain('secret');

    const file = join(home, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('smtp://u:secret@127.0.0.1:2525');
    // Only that file holds it: not the database.
    expect(readFileSync(join(home, 'afterview.db')).includes('u:secret@')).toBe(false);
  });
});
