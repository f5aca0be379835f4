/**
 * Small decisions of issue 9, through the built CLI: what is refused with
 * one line and exit 2 (and writes nothing), and what is accepted.
 * - `accept` and `decline` both refuse when no offer is pending;
 * - `sent --to` and `heard --from` refuse a contact nobody has, listing the
 *   known ones, and add one only when given with an address;
 * - a data file's `profile.country` must be known, as `config set` wants;
 * - a data file may start with a UTF-8 byte-order mark.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, cli, ensureBuilt, freshHome, ok, okJson } from './cli-runner.js';

beforeAll(() => ensureBuilt(), 60_000);

function expectRefused(r: CliResult, mentions: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
}

/** A home with Acme, one interview with Jane, and nothing else. */
function homeWithAcme(): string {
  const home = freshHome();
  ok(home, ['add', 'Acme']);
  ok(home, ['interview', 'acme', '--at', '2026-11-20T10:00', '--with', 'Jane Doe <jane@acme.example>']);
  return home;
}

describe('accept and decline without a pending offer', () => {
  it.each(['accept', 'decline'])('%s refuses, pointing at `afterview offer`, and writes nothing', (verb) => {
    const home = homeWithAcme();
    const before = ok(home, ['export']);
    expectRefused(
      cli(home, [verb, 'acme']),
      new RegExp(`no pending offer to ${verb}.*log it first: \`afterview offer acme\``),
    );
    expect(ok(home, ['export'])).toBe(before);
  });

  it('accepts once the offer is logged', () => {
    const home = homeWithAcme();
    ok(home, ['offer', 'acme']);
    ok(home, ['accept', 'acme']);
    expect(okJson(home, ['export']).opportunities[0]).toMatchObject({
      status: 'accepted',
      offers: [{ id: 'o1', status: 'accepted' }],
    });
  });
});

describe('a contact that does not exist', () => {
  it.each([
    ['sent', ['status-check', '--to', 'ghost']],
    ['heard', ['reply', '--from', 'ghost']],
  ])('%s refuses an unknown bare name, listing the known contacts, and writes nothing', (command, rest) => {
    const home = homeWithAcme();
    const before = ok(home, ['export']);
    expectRefused(cli(home, [command, 'acme', ...rest]), /acme has no contact "ghost" \(known: jane\).*"Name <email>"/);
    expect(ok(home, ['export'])).toBe(before);
  });

  it('says so when the opportunity has no contacts yet', () => {
    const home = freshHome();
    ok(home, ['add', 'Acme']);
    expectRefused(cli(home, ['sent', 'acme', 'other', '--to', 'ghost']), /no contact "ghost" \(none yet\)/);
  });

  it('finds a known contact by id, first name or email, and adds one given with an address', () => {
    const home = homeWithAcme();
    ok(home, ['sent', 'acme', 'status-check', '--to', 'jane']);
    ok(home, ['heard', 'acme', 'reply', '--from', 'JANE@acme.example']);
    ok(home, ['sent', 'acme', 'other', '--to', 'Bob Stone <bob@acme.example>']);
    ok(home, ['sent', 'acme', 'other', '--to', 'kim@acme.example']);
    const opp = okJson(home, ['export']).opportunities[0];
    expect(opp.contacts.map((c: { id: string }) => c.id)).toEqual(['jane', 'bob', 'kim']);
    expect(opp.touches.map((t: { contactId: string }) => t.contactId)).toEqual(['jane', 'jane', 'bob', 'kim']);
  });
});

describe('the data file', () => {
  it('refuses a country with no known holidays, naming the JSON path, as `config set country` does', () => {
    const home = freshHome();
    const file = join(home, 'xx.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'afterview/1',
        profile: { country: 'XX' },
        opportunities: [{ id: 'acme', company: 'Acme' }],
      }),
    );
    expectRefused(cli(home, ['import', file]), /^afterview: profile\.country: "XX"/);
    expectRefused(cli(home, ['config', 'set', 'country', 'XX']), /country/);
    expect(okJson(home, ['export']).opportunities ?? []).toEqual([]);
    expect(ok(home, ['config', 'get', 'country'])).toMatch(/unset/);
  });

  it('accepts a known country', () => {
    const home = freshHome();
    const file = join(home, 'gb.json');
    writeFileSync(file, JSON.stringify({ format: 'afterview/1', profile: { country: 'GB' } }));
    ok(home, ['import', file]);
    expect(okJson(home, ['export']).profile.country).toBe('GB');
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const home = freshHome();
    const file = join(home, 'bom.json');
    const doc = JSON.stringify({ format: 'afterview/1', opportunities: [{ id: 'acme', company: 'Acme' }] });
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc)]));
    ok(home, ['import', file]);
    expect(okJson(home, ['export']).opportunities.map((o: { id: string }) => o.id)).toEqual(['acme']);
    // The same through standard input.
    const piped = freshHome();
    ok(piped, ['import', '-'], { input: `\uFEFF${doc}` });
    expect(okJson(piped, ['export']).opportunities.map((o: { id: string }) => o.id)).toEqual(['acme']);
  });
});
