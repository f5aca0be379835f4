/**
 * The labelled mail sets kept in this repository (test/fixtures/mail-*), and
 * an mbox built from one of them at test time. Tests read only these, so a
 * fresh clone runs them with nothing beside it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** One labelled set: a home to import (setup.json), its labels and its messages. */
export interface MailSet {
  name: string;
  dir: string;
  /** Messages in the set, by file name in its messages/ folder. */
  total: number;
}

/** Every labelled set in test/fixtures, with the number of messages it holds. */
export const MAIL_SETS: readonly MailSet[] = [
  { name: 'mail-heldout', total: 45 },
  { name: 'mail-validation', total: 40 },
  { name: 'mail-blind3', total: 42 },
  { name: 'mail-blind4', total: 36 },
  { name: 'mail-blind5', total: 30 },
  { name: 'mail-blind7', total: 61 },
  { name: 'mail-blind8', total: 55 },
  { name: 'mail-blind9', total: 85 },
  { name: 'mail-blind10', total: 74 },
  { name: 'mail-families', total: 53 },
].map((s) => ({ ...s, dir: join(FIXTURES, s.name) }));

/** The set the import tests read: 45 messages, three of them unrelated to any opportunity. */
export const HELD_OUT = join(FIXTURES, 'mail-heldout');

/** The .eml files of a set's messages/ folder, sorted by name, as absolute paths. */
export function setMessages(dir: string): string[] {
  return readdirSync(join(dir, 'messages'))
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => join(dir, 'messages', f));
}

/**
 * Writes the set's messages, in file-name order, to one mboxrd file at
 * `path`: a From_ line before each, `From ` lines in a message escaped with
 * one more `>`, a blank line after each. Reading it back gives every message
 * byte for byte. Returns the path.
 */
export function writeSetMbox(dir: string, path: string): string {
  const parts = setMessages(dir).map((file) => {
    const text = readFileSync(file, 'latin1').replace(/^(>*From )/gm, '>$1');
    return `From afterview-fixture Thu Jan  1 00:00:00 2026\n${text}\n`;
  });
  writeFileSync(path, parts.join(''), 'latin1');
  return path;
}
