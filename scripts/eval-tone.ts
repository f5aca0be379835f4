// Scores the tone check on a labelled set of texts:
// `npx tsx scripts/eval-tone.ts [FILE]` (default test/fixtures/tone-blind/texts.json).
// Prints texts right (flagged rules equal to the label exactly), precision and
// recall per rule, and every miss. Exit code 1 below the bar, 2 on a bad file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatToneScore, parseLabelledTexts, scoreTone } from '../src/core/tone/tone.score.js';

/** The share of texts that must come out exactly right (issue 15). */
const BAR = 0.95;

const file = resolve(process.argv[2] ?? join(import.meta.dirname, '../test/fixtures/tone-blind/texts.json'));
function refuse(why: string): never {
  console.error(`eval-tone: ${file}: ${why}`);
  process.exit(2);
}
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  refuse(`${message(error)} (expected a JSON array of {id, company, role, text, expected})`);
}
let items: ReturnType<typeof parseLabelledTexts> = [];
try {
  items = parseLabelledTexts(raw);
} catch (error) {
  refuse(message(error));
}
const score = scoreTone(items);
console.log(`tone eval: ${file} (${score.total} texts)\n`);
console.log(formatToneScore(score));
const met = score.total > 0 && score.right / score.total >= BAR;
console.log(met ? `\nbar (${100 * BAR}% of texts right): met` : `\nbar (${100 * BAR}% of texts right): NOT met`);
process.exitCode = met ? 0 : 1;
