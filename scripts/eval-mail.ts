// Scores the mail reader on labelled sets: `npm run eval:mail [DIR...]`.
// Each DIR holds setup.json, labels.json and messages/*.eml (the layout of
// test/fixtures/mail-*); with no DIR, every labelled set in test/fixtures is
// scored. Prints accuracy per kind and purpose, decisionBy and match shares,
// and every miss. Exit code 1 when a set is below the bar, 2 on a DIR that is
// not a labelled set.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { holidaysFor } from '../src/app/holidays.js';
import { evaluateCorpus } from '../src/mail/corpus-eval.js';

/** The quality bar of INGEST.md, judged here on each set. */
const BAR = { category: 0.95, decisionBy: 0.9, match: 0.95 } as const;
const FIXTURES = resolve(import.meta.dirname, '../test/fixtures');

const isSet = (dir: string) => existsSync(join(dir, 'labels.json')) && existsSync(join(dir, 'setup.json'));
const dirs =
  process.argv.length > 2
    ? // A relative DIR is read from where npm was called, not from the package root npm runs in.
      process.argv.slice(2).map((d) => resolve(process.env.INIT_CWD ?? '.', d))
    : readdirSync(FIXTURES)
        .sort()
        .map((name) => join(FIXTURES, name))
        .filter(isSet);
const notSets = dirs.filter((d) => !isSet(d));
if (notSets.length > 0) {
  console.error(
    `eval:mail: ${notSets.join(', ')} is not a labelled set (needs setup.json, labels.json and messages/); usage: npm run eval:mail [DIR...]`,
  );
  process.exit(2);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const results: { dir: string; pass: boolean }[] = [];
for (const dir of dirs) results.push({ dir, pass: await score(dir) });
if (results.length > 1) {
  console.log('\nsummary');
  for (const r of results) console.log(`  ${r.pass ? 'met    ' : 'NOT met'}  ${r.dir}`);
}
process.exitCode = results.every((r) => r.pass) ? 0 : 1;

/** Scores one set, prints its report and says whether it meets the bar. */
async function score(dir: string): Promise<boolean> {
  // Public holidays of the setup's country, as `import mail` reads with them (2026 and the years around it).
  const report = await evaluateCorpus(dir, { holidays: (country) => holidaysFor(country, 2026, null) });
  console.log(`mail eval: ${dir} (${report.total} messages)\n`);
  console.log('category                  labelled predicted correct precision recall');
  for (const c of report.perCategory) {
    console.log(
      `${c.category.padEnd(26)}${String(c.labelled).padStart(8)}${String(c.predicted).padStart(10)}${String(c.correct).padStart(8)}${pct(c.precision).padStart(10)}${pct(c.recall).padStart(7)}`,
    );
  }
  console.log('');
  console.log(`kind/purpose right   ${pct(report.categoryAccuracy)}   (bar ${pct(BAR.category)})`);
  console.log(
    `decisionBy exact     ${pct(report.decisionByExact)}   of ${report.decisionByLabelled} labelled (bar ${pct(BAR.decisionBy)}); ${report.decisionByFalse} false dates on messages without one`,
  );
  console.log(`matches right        ${pct(report.matchAccuracy)}   (bar ${pct(BAR.match)})`);
  console.log(`interviews right     ${pct(report.interviewAccuracy)}`);

  const misses = report.rows.filter((r) => Object.values(r.ok).some((ok) => !ok) || r.error);
  console.log(`\nmisses: ${misses.length}`);
  for (const r of misses) {
    const wrong = Object.entries(r.ok)
      .filter(([, ok]) => !ok)
      .map(([k]) => k);
    const expected = r.label.direction === 'out' ? r.label.purpose : r.label.kind;
    console.log(`- ${r.label.file}: ${wrong.join(', ')}${r.error ? ` (parse error: ${r.error})` : ''}`);
    console.log(
      `    expected ${r.label.direction}/${expected} by=${r.label.decisionBy} opp=${r.label.opportunityId} iv=${JSON.stringify(r.label.interview)}`,
    );
    console.log(
      `    got      ${r.direction}/${r.category} by=${r.decisionBy} opp=${r.opportunityId} iv=${JSON.stringify(r.interview)} conf=${r.confidence}`,
    );
  }

  const pass =
    report.categoryAccuracy >= BAR.category &&
    report.decisionByExact >= BAR.decisionBy &&
    report.matchAccuracy >= BAR.match;
  console.log(pass ? '\nbar: met\n' : '\nbar: NOT met\n');
  return pass;
}
