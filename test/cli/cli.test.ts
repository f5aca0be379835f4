/**
 * End-to-end tests of the `afterview` command line against CONTRACT.md: the
 * agenda JSON, a new seeker's first days, bad input (exit 2, one line, nothing
 * written), the data file round trip, the tone check, help and concurrency.
 * Every test spawns the built dist/cli.js in its own temp home.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliAsync, ensureBuilt, freshHome, ok, okJson } from './cli-runner.js';

interface Item {
  id: string;
  kind: string;
  opportunityId: string | null;
  state: string;
  title: string;
  why: string;
  draft: { to: string | null; subject: string; body: string } | null;
  [key: string]: unknown;
}
interface Agenda {
  asOf: string;
  timezone: string;
  items: Item[];
  holds: { opportunityId: string; until: string; reason: string; offerNudge?: string | null }[];
  pipeline: { open: number; interviewing: number; offers: number; addedLast7Days: number };
}

const OFFSET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

beforeAll(() => ensureBuilt(), 60_000);

function expectBadInput(r: { code: number; stdout: string; stderr: string }, mentions?: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/this is a bug|at .*\.js:\d+/);
  if (mentions) expect(lines[0]).toMatch(mentions);
}

describe('demo', () => {
  const home = freshHome();
  let due: Agenda;
  let all: Agenda;

  beforeAll(() => {
    ok(home, ['demo']);
    due = okJson<Agenda>(home, ['agenda', '--json']);
    all = okJson<Agenda>(home, ['agenda', '--all', '--json']);
  });

  it('gives an agenda of the contract shape', () => {
    expect(due.asOf).toMatch(OFFSET_TIME);
    expect(typeof due.timezone).toBe('string');
    expect(due.items.length).toBeGreaterThan(0);
    for (const item of all.items) {
      for (const key of ['id', 'kind', 'title', 'why', 'company', 'role', 'contactId', 'interviewId'])
        expect(item, `${item.id} has ${key}`).toHaveProperty(key);
      expect(item.id.startsWith(`${item.kind}:`), item.id).toBe(true);
      expect(['upcoming', 'due', 'overdue']).toContain(item.state);
      expect(item.opensAt).toMatch(OFFSET_TIME);
      expect(item.dueAt).toMatch(OFFSET_TIME);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.why.length).toBeGreaterThan(0);
      if (item.kind === 'keep-searching') expect(item.opportunityId).toBeNull();
      else expect(typeof item.opportunityId).toBe('string');
      if (item.draft !== null) {
        expect(typeof item.draft.subject).toBe('string');
        expect(item.draft.body.length).toBeGreaterThan(0);
      }
    }
    for (const key of ['open', 'interviewing', 'offers', 'addedLast7Days'])
      expect(Number.isInteger(due.pipeline[key as keyof Agenda['pipeline']])).toBe(true);
    expect(due.pipeline.open).toBeGreaterThan(0);
    expect(due.pipeline.offers).toBeGreaterThanOrEqual(1);
  });

  it('lists only due and overdue items by default, overdue first; --all adds upcoming', () => {
    expect(due.items.every((i) => i.state === 'due' || i.state === 'overdue')).toBe(true);
    const states = due.items.map((i) => i.state);
    if (states.includes('overdue') && states.includes('due'))
      expect(states.lastIndexOf('overdue')).toBeLessThan(states.indexOf('due'));
    const upcoming = all.items.filter((i) => i.state === 'upcoming');
    expect(upcoming.length).toBeGreaterThan(0);
    const dueIds = new Set(due.items.map((i) => i.id));
    expect(
      all.items
        .filter((i) => i.state !== 'upcoming')
        .map((i) => i.id)
        .sort(),
    ).toEqual([...dueIds].sort());
  });

  it('keeps item ids stable across runs', () => {
    const again = okJson<Agenda>(home, ['agenda', '--all', '--json']);
    expect(again.items.map((i) => i.id)).toEqual(all.items.map((i) => i.id));
    expect(new Set(all.items.map((i) => i.id)).size).toBe(all.items.length);
  });

  it('shows every kind of item it is meant to, and a hold for brightwater', () => {
    const kinds = new Set(all.items.map((i) => i.kind));
    for (const kind of [
      'thank-you',
      'ask-timeline',
      'status-check',
      'explicit-check',
      'move-on',
      'reconsider',
      'offer-nudge',
      'evaluate-offer',
      'keep-searching',
      'prepare-timeline-question',
    ])
      expect(kinds, kind).toContain(kind);
    const hold = all.holds.find((h) => h.opportunityId === 'brightwater');
    expect(hold).toBeDefined();
    expect(hold?.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(hold && hold.until > '2026-11-26').toBe(true);
    expect(hold?.reason.length).toBeGreaterThan(0);
  });

  it('refuses to load into a home that has data, in one line, changing nothing', () => {
    const before = ok(home, ['export']);
    expectBadInput(cli(home, ['demo']), /demo/);
    expect(ok(home, ['export'])).toBe(before);
  });

  it('prints a draft with the tone check for a thank-you item', () => {
    const thanks = all.items.find((i) => i.kind === 'thank-you' && i.draft !== null);
    expect(thanks).toBeDefined();
    const r = okJson(home, ['draft', thanks?.id ?? '', '--check', '--json']);
    expect(r.item.id).toBe(thanks?.id);
    expect(r.item.draft.body).toBe(thanks?.draft?.body);
    expect(r.item.draft.to).toMatch(/@/);
    expect(Array.isArray(r.flags)).toBe(true);
    for (const f of r.flags) expect(typeof f.rule).toBe('string');
  });

  it('has human output without ANSI escapes under NO_COLOR', () => {
    for (const args of [['today'], ['agenda', '--all'], ['list']]) {
      const out = ok(home, args);
      expect(out.length).toBeGreaterThan(0);
      expect(out).not.toMatch(ANSI);
    }
  });
});

describe("a new seeker's walk", () => {
  const home = freshHome();
  const agenda = (all = false): Agenda => okJson<Agenda>(home, ['agenda', ...(all ? ['--all'] : []), '--json']);

  it('sets up and adds an opportunity, printing its id', () => {
    ok(home, ['config', 'set', 'timezone', 'America/New_York']);
    ok(home, ['config', 'set', 'country', 'US']);
    expect(ok(home, ['add', 'Acme', '--role', 'Backend Engineer', '--interest', '5']).trim()).toBe('acme');
  });

  it('asks for a thank-you to each interviewer after an interview', () => {
    ok(home, ['interview', 'acme', '--at', 'yesterday 2pm', '--with', 'Jane Doe <jane@acme.example>']);
    const a = agenda();
    expect(a.timezone).toBe('America/New_York');
    expect(a.asOf).toBe('2026-11-26T09:00:00-05:00');
    const item = a.items.find((i) => i.id === 'thank-you:acme:i1:jane');
    expect(item, JSON.stringify(a.items.map((i) => i.id))).toBeDefined();
    expect(item?.opportunityId).toBe('acme');
    expect(item?.draft?.to).toBe('jane@acme.example');
    expect(item?.opensAt).toBe('2026-11-25T15:00:00-05:00');
  });

  it('ends the thank-you once it is sent', () => {
    ok(home, ['sent', 'acme', 'thank-you']);
    expect(agenda(true).items.map((i) => i.id)).not.toContain('thank-you:acme:i1:jane');
  });

  it('reads "next Friday" in their words as a promise and holds until then', () => {
    // Heard earlier this morning, so the status check below comes after it.
    const out = ok(home, ['heard', 'acme', '--at', 'today 8am', 'We will get back to you by next Friday']);
    // "next Friday" from Thursday Nov 26: Friday of next week (INGEST.md: "next week" is Friday of the next week).
    expect(out).toContain('they will decide by Fri, Dec 4.');
    const a = agenda(true);
    expect(a.holds).toContainEqual(expect.objectContaining({ opportunityId: 'acme', until: '2026-12-04' }));
    expect(a.items.filter((i) => i.opportunityId === 'acme' && /check/.test(i.kind) && i.state !== 'upcoming')).toEqual(
      [],
    );
  });

  it('logs a status check during the hold, with a warning on stderr', () => {
    const r = cli(home, ['sent', 'acme', 'status-check']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning:.*December 4/);
    expect(r.stderr).not.toMatch(ANSI);
  });

  it('nudges the first choice when a less wanted employer makes an offer', () => {
    expect(ok(home, ['add', 'Pinecrest', '--role', 'Platform Engineer', '--interest', '3']).trim()).toBe('pinecrest');
    ok(home, ['interview', 'pinecrest', '--at', 'Nov 16 10am', '--with', 'Omar Ali <omar@pinecrest.example>']);
    ok(home, ['offer', 'pinecrest', '--deadline', 'Dec 11']);
    const a = agenda(true);
    const nudge = a.items.find((i) => i.kind === 'offer-nudge' && i.opportunityId === 'acme');
    expect(nudge, JSON.stringify(a.items.map((i) => i.id))).toBeDefined();
    expect(nudge?.id).toContain('pinecrest');
    expect(nudge?.draft?.body).toContain('Acme is my first choice');
    expect(a.items.some((i) => i.kind === 'evaluate-offer' && i.opportunityId === 'pinecrest')).toBe(true);
    expect(a.items.some((i) => i.kind === 'keep-searching')).toBe(true);
  });

  it('says in today why the held first choice still gets the offer news, without contradicting itself', () => {
    // Acme is on hold until Dec 4 and has the nudge: the hold names it as the exception.
    const hold = agenda(true).holds.find((h) => h.opportunityId === 'acme');
    expect(hold?.offerNudge).toMatch(/^offer-nudge:acme:pinecrest:/);
    const today = ok(home, ['today']);
    const held = today.slice(today.indexOf('ON HOLD'));
    expect(held).toMatch(/Except: tell Acme you have an offer from Pinecrest/);
    expect(held).not.toMatch(/leave these alone|nothing to send/);
  });

  it('after accepting, asks to withdraw from the other open ones and stops the search', () => {
    ok(home, ['add', 'Globex', '--role', 'SRE']);
    ok(home, ['accept', 'pinecrest']);
    const a = agenda(true);
    const withdraw = a.items.filter((i) => i.kind === 'withdraw').map((i) => i.opportunityId);
    expect(withdraw.sort()).toEqual(['acme', 'globex']);
    expect(a.items.some((i) => i.kind === 'keep-searching')).toBe(false);
    expect(a.items.some((i) => i.kind === 'offer-nudge')).toBe(false);
  });
});

describe('"by Friday" (INGEST.md: a weekday is the next such day on or after the message date)', () => {
  it('is tomorrow, Friday, Nov 27, when heard on Thursday', () => {
    const home = freshHome();
    ok(home, ['config', 'set', 'timezone', 'America/New_York']);
    ok(home, ['add', 'Acme']);
    const r = okJson(home, ['heard', 'acme', 'We will make a decision by Friday', '--json']);
    expect(r.decisionBy).toBe('2026-11-27');
  });
});

describe('bad input: exit 2, one line, nothing written', () => {
  const home = freshHome();
  let before = '';

  beforeAll(() => {
    ok(home, ['config', 'set', 'timezone', 'America/New_York']);
    ok(home, ['add', 'Acme', '--role', 'Backend Engineer']);
    ok(home, ['interview', 'acme', '--at', 'yesterday 2pm', '--with', 'Jane Doe <jane@acme.example>']);
    before = ok(home, ['export']);
  });

  const cases: [string, string[], RegExp][] = [
    ['unknown opportunity', ['sent', 'nope', 'thank-you'], /nope/],
    ['unreadable date', ['interview', 'acme', '--at', 'blorp'], /blorp/],
    ['interest out of range', ['add', 'Initech', '--interest', '9'], /interest/],
    ['interest not a number', ['add', 'Initech', '--interest', 'lots'], /interest/],
    ['unknown purpose', ['sent', 'acme', 'bribe'], /bribe/],
    ['unknown command', ['frobnicate'], /frobnicate/],
    ['unknown option', ['agenda', '--sideways'], /--sideways/],
    ['unknown global option', ['--sideways'], /--sideways/],
    ['missing argument', ['sent', 'acme'], /purpose/],
    ['setting out of range', ['config', 'set', 'settings.checkInGapDays', '0'], /checkInGapDays/],
    ['unknown close status', ['close', 'acme', '--as', 'maybe'], /maybe/],
    ['plain IMAP beyond this machine', ['config', 'set', 'imap.url', 'imap://sam:pw@mail.example.com'], /imaps:\/\//],
    ['unknown help topic', ['help', 'frobnicate'], /frobnicate/],
    ['unknown item', ['dismiss', 'thank-you:nope:i9:x'], /nope|item/],
    ['unreadable snooze day', ['snooze', 'thank-you:acme:i1:jane', '--until', 'blorp'], /blorp/],
  ];

  it.each(cases)('%s', (_name, args, mentions) => {
    expectBadInput(cli(home, args), mentions);
    expect(ok(home, ['export'])).toBe(before);
  });

  it('an invalid data file on import names the JSON path and imports nothing', () => {
    const doc = JSON.parse(before);
    doc.opportunities.push({
      id: 'initech',
      company: 'Initech',
      createdAt: '2026-11-20T09:00:00-05:00',
      interviews: [],
    });
    doc.opportunities[0].interviews[0].at = 'last Tuesday-ish';
    const file = join(home, 'bad.json');
    writeFileSync(file, JSON.stringify(doc));
    expectBadInput(cli(home, ['import', file]), /opportunities\[0\]\.interviews\[0\]\.at/);
    expect(ok(home, ['export'])).toBe(before);
  });

  it('a file that is not JSON is refused the same way', () => {
    expectBadInput(cli(home, ['import', '-'], { input: '{"format": "afterview/1", ' }));
    expectBadInput(cli(home, ['import', join(home, 'missing.json')]), /missing\.json/);
    expect(ok(home, ['export'])).toBe(before);
  });
});

describe('export and import', () => {
  it('round-trips byte for byte through an empty home, from a file and from stdin', () => {
    const source = freshHome();
    ok(source, ['demo']);
    ok(source, ['sent', 'northwind', 'thank-you']);
    const first = ok(source, ['export']);
    const doc = JSON.parse(first);
    expect(doc.format).toBe('afterview/1');
    expect(doc.opportunities.length).toBe(10);

    const viaFile = freshHome();
    const file = join(viaFile, 'backup.json');
    writeFileSync(file, first);
    ok(viaFile, ['import', file]);
    expect(ok(viaFile, ['export'])).toBe(first);

    const viaStdin = freshHome();
    ok(viaStdin, ['import', '-'], { input: first });
    expect(ok(viaStdin, ['export'])).toBe(first);

    // Re-importing the same ids updates in place.
    ok(viaStdin, ['import', '-'], { input: first });
    expect(ok(viaStdin, ['export'])).toBe(first);
    expect(okJson<Agenda>(viaStdin, ['agenda', '--all', '--json']).items.map((i) => i.id)).toEqual(
      okJson<Agenda>(source, ['agenda', '--all', '--json']).items.map((i) => i.id),
    );
  });
});

describe('check', () => {
  const home = freshHome();

  it('flags over-apology, pleading and exclamations', () => {
    const r = cli(home, ['check', '-', '--json'], { input: 'Sorry to bother you, I really need this job!!' });
    expect(r.code, r.stderr).toBe(0);
    const rules = (JSON.parse(r.stdout).flags as { rule: string }[]).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['over-apology', 'pleading', 'exclamations']));
    for (const f of JSON.parse(r.stdout).flags) {
      expect(typeof f.suggestion).toBe('string');
      expect(f.start === null || Number.isInteger(f.start)).toBe(true);
    }
  });

  it('gives an empty list for a clean text, with exit 0', () => {
    const r = cli(home, ['check', '-', '--json'], {
      input:
        'Hi Jane,\n\nThank you for the conversation on Wednesday about the billing migration. I enjoyed hearing how the team plans the cut-over.\n\nBest regards,\nSam',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ flags: [] });
  });
});

describe('help', () => {
  const home = freshHome();
  const commands = [
    'today',
    'agenda',
    'add',
    'interview',
    'sent',
    'heard',
    'offer',
    'accept',
    'decline',
    'close',
    'snooze',
    'dismiss',
    'draft',
    'check',
    'show',
    'list',
    'import',
    'export',
    'serve',
    'mcp',
    'sync',
    'inbox',
    'send',
    'config',
    'demo',
  ];

  it('shows an example for every command in the contract', async () => {
    const results = await Promise.all(commands.map((c) => cliAsync(home, [c, '--help'])));
    results.forEach((r, i) => {
      expect(r.code, `${commands[i]}: ${r.stderr}`).toBe(0);
      expect(r.stdout, commands[i]).toMatch(new RegExp(`\\$ afterview .*${commands[i]}`));
      expect(r.stdout).not.toMatch(ANSI);
    });
  });

  it('`help interview` explains interview, with an example', () => {
    const out = ok(home, ['help', 'interview']);
    expect(out).toContain('--at');
    expect(out).toMatch(/\$ afterview interview /);
    const top = ok(home, ['--help']);
    expect(top).toMatch(/Examples:/);
  });
});

describe('concurrency', () => {
  it('two `sent` at once on the same home both succeed', async () => {
    const home = freshHome();
    ok(home, ['demo']);
    const [a, b] = await Promise.all([
      cliAsync(home, ['sent', 'northwind', 'thank-you']),
      cliAsync(home, ['sent', 'tidewater', 'status-check']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(a.stderr + b.stderr).not.toMatch(/locked|busy/i);
    const doc = JSON.parse(ok(home, ['export']));
    const touches = (id: string) => doc.opportunities.find((o: { id: string }) => o.id === id).touches;
    expect(touches('northwind').some((t: { purpose?: string }) => t.purpose === 'thank-you')).toBe(true);
    expect(
      touches('tidewater').filter(
        (t: { purpose?: string; at: string }) => t.purpose === 'status-check' && t.at.startsWith('2026-11-26'),
      ),
    ).toHaveLength(1);
  });
});

describe('serve', () => {
  it('says in one line that the port is taken, and how to choose another (exit 2)', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const r = await cliAsync(freshHome(), ['serve', '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/port \d+ on 127\.0\.0\.1 is already in use.*--port/),
      ]);
    } finally {
      taken.close();
    }
  });
});

describe('repeats and long text: exit 2, one line, nothing written', () => {
  const home = freshHome();
  beforeAll(() => {
    ok(home, ['config', 'set', 'timezone', 'America/New_York']);
    ok(home, ['add', 'Acme', '--role', 'Backend Engineer']);
    ok(home, ['interview', 'acme', '--at', 'yesterday 2pm', '--with', 'Jane Doe <jane@acme.example>']);
  });

  it('refuses `sent acme thank-you` run twice, saying what exists and that --again logs it', () => {
    ok(home, ['sent', 'acme', 'thank-you']);
    const before = ok(home, ['export']);
    const r = cli(home, ['sent', 'acme', 'thank-you'], { now: '2026-11-26T14:05:00Z' });
    expectBadInput(r, /^afterview: acme already has "thank-you" sent to Jane Doe \(interview i1\) logged at .*--again/);
    expect(ok(home, ['export'])).toBe(before);
    expect(ok(home, ['sent', 'acme', 'thank-you', '--again'], { now: '2026-11-26T14:05:00Z' })).toMatch(/\(t2\)/);
  });

  it('refuses `add Acme` while Acme is open, and adds it with --again', () => {
    expectBadInput(cli(home, ['add', 'acme']), /Acme \(Backend Engineer\) is already open as acme.*--again/);
    expect(ok(home, ['add', 'Acme', '--role', 'SRE']).trim()).toBe('acme-2');
    expect(ok(home, ['add', 'acme', '--again']).trim()).toBe('acme-3');
  });

  it('refuses a 10,000-character --role naming the field, the limit and the length', () => {
    const before = ok(home, ['export']);
    expectBadInput(
      cli(home, ['add', 'Initech', '--role', 'r'.repeat(10_000)]),
      /^afterview: --role is 10,000 characters long, more than the 200 allowed/,
    );
    expectBadInput(cli(home, ['sent', 'acme', 'other', '--subject', 's'.repeat(501)]), /--subject is 501 characters/);
    expect(ok(home, ['export'])).toBe(before);
  });
});
