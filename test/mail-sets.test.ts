/**
 * The mbox the import tests build from a labelled set reads back, through the
 * product's own mbox reader, as the set's messages byte for byte, in order;
 * and every set holds the number of messages the tests count on.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMbox } from '../src/mail/sources.js';
import { MAIL_SETS, setMessages, writeSetMbox } from './mail-sets.js';

const dir = mkdtempSync(join(tmpdir(), 'afterview-sets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(MAIL_SETS)('test/fixtures/$name', ({ name, dir: setDir, total }) => {
  it('holds its messages and labels, and its mbox reads back as them, byte for byte', async () => {
    const files = setMessages(setDir);
    expect(files).toHaveLength(total);
    expect(JSON.parse(readFileSync(join(setDir, 'labels.json'), 'utf8'))).toHaveLength(total);
    const read: Buffer[] = [];
    for await (const entry of readMbox(writeSetMbox(setDir, join(dir, `${name}.mbox`)))) {
      expect(entry.error).toBeNull();
      if (entry.raw) read.push(entry.raw);
    }
    expect(read.map((raw) => raw.toString('latin1'))).toEqual(files.map((f) => readFileSync(f, 'latin1')));
  });
});

describe('writeSetMbox', () => {
  it('escapes body lines that begin with From, so they read back unchanged', async () => {
    const set = join(dir, 'tricky');
    mkdirSync(join(set, 'messages'), { recursive: true });
    const bodies = [
      'Subject: one\n\nFrom\n>>From twice quoted\nno final newline',
      'Subject: two\r\n\r\nFrom here on, plans change.\r\n>From the notes: none.\r\n',
    ];
    for (const [i, body] of bodies.entries()) writeFileSync(join(set, 'messages', `${i}.eml`), body);
    const read: string[] = [];
    for await (const entry of readMbox(writeSetMbox(set, join(dir, 'tricky.mbox')))) read.push(String(entry.raw));
    expect(read).toEqual(bodies);
  });
});
