/**
 * `afterview import csv` and `export csv` end to end with the built CLI on
 * a real SQLite home: the --json report CONTRACT.md fixes, twice without a
 * change, --dry-run writing nothing, bad input as one line with exit 2,
 * and an export that reads back.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, freshHome, ROOT } from './cli-runner.js';

const FIXTURES = join(ROOT, 'test/fixtures/csv');

beforeAll(() => ensureBuilt());

describe('afterview import csv', () => {
  it('prints the report as JSON, and the same file twice changes nothing', () => {
    const home = freshHome();
    const first = cli(home, ['import', 'csv', join(FIXTURES, 'teal-download-data.csv'), '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
      failed: [
        {
          row: 6,
          error: 'created: cannot read the date "someday soon" (use 2026-12-04, 12/4/2026, 4.12.2026 or Dec 4, 2026)',
        },
      ],
    });
    const second = cli(home, ['import', 'csv', join(FIXTURES, 'teal-download-data.csv'), '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(JSON.parse(cli(home, ['list', '--json']).stdout)).toHaveLength(4);
  });

  it('prints a line per row for people, and --dry-run writes nothing', () => {
    const home = freshHome();
    const dry = cli(home, ['import', 'csv', join(FIXTURES, 'huntr-jobs.csv'), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('created   line 2     Acme Robotics (Backend Engineer) -> acme-robotics');
    expect(dry.stdout).toContain('failed    line 9     company: the row has no company name');
    expect(dry.stdout).toContain('warning   line 10    status: "Maybe later"');
    expect(dry.stdout).toContain(
      'Dry run of a Huntr CSV: 5 created, 0 updated, 1 unchanged, 1 failed. Nothing was written.',
    );
    expect(JSON.parse(cli(home, ['list', '--json']).stdout)).toEqual([]);
    const real = cli(home, ['import', 'csv', join(FIXTURES, 'huntr-jobs.csv'), '--from', 'huntr']);
    expect(real.stdout).toContain('Imported a Huntr CSV: 5 created, 0 updated, 1 unchanged, 1 failed.');
  });

  it('refuses bad input in one line with exit 2', () => {
    const home = freshHome();
    const missing = cli(home, ['import', 'csv', join(FIXTURES, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const wrongFormat = cli(home, ['import', 'csv', join(FIXTURES, 'huntr-jobs.csv'), '--from', 'lever']);
    expect(wrongFormat.code).toBe(2);
    const notTeal = cli(home, ['import', 'csv', join(FIXTURES, 'huntr-jobs.csv'), '--from', 'teal']);
    expect(notTeal.code).toBe(2);
    expect(notTeal.stderr).toContain("the header does not look like Teal's export");
    const noFile = cli(home, ['import', 'csv']);
    expect(noFile.code).toBe(2);
    const dryData = cli(home, ['import', join(FIXTURES, 'huntr-jobs.csv'), '--dry-run']);
    expect(dryData.code).toBe(2);
    expect(JSON.parse(cli(home, ['list', '--json']).stdout)).toEqual([]);
  });
});

describe('afterview export csv', () => {
  it('writes the header and a row per opportunity, with a BOM only when asked', () => {
    const home = freshHome();
    cli(home, ['import', 'csv', join(FIXTURES, 'generic-utf16.csv')]);
    const out = cli(home, ['export', 'csv']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'id,company,role,status,stage,interest,url,createdAt,closedAt,lastTouchAt,nextMove,nextMoveDue',
    );
    expect(lines.filter((l) => l !== '')).toHaveLength(4);
    expect(cli(home, ['export', 'csv', '--bom']).stdout.charCodeAt(0)).toBe(0xfeff);
    const back = cli(home, ['import', 'csv', '-', '--json'], { input: out.stdout });
    expect(JSON.parse(back.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: [] });
  });
});
