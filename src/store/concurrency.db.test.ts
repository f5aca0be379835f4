/**
 * Two processes writing to one database at once, on every dialect: each
 * opens a brand-new database (so their first-open migrations race too) and
 * commits 200 read-then-write transactions. None may fail; on SQLite that
 * means no "database is locked".
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../../test/dialects.js';
import { openStore } from './index.js';

const SCRIPT = fileURLToPath(new URL('./concurrent-writer.fixture.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const TRANSACTIONS = 200;

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runWriter(location: object, writer: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, JSON.stringify(location), writer, String(TRANSACTIONS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip !== null)(`two writer processes on ${dialect.name}`, () => {
    let db: TestDatabase | null = null;
    afterEach(async () => {
      await db?.dispose();
      db = null;
    });

    it(`commits ${TRANSACTIONS} transactions from each of two processes with no lock errors`, async () => {
      db = await dialect.freshDatabase();
      const [a, b] = await Promise.all([runWriter(db.location, 'a'), runWriter(db.location, 'b')]);
      for (const r of [a, b]) {
        expect(r.stderr).not.toMatch(/locked|SQLITE_BUSY/i);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
      expect(JSON.parse(a.stdout)).toEqual({ writer: 'a', ok: TRANSACTIONS, failed: 0 });
      expect(JSON.parse(b.stdout)).toEqual({ writer: 'b', ok: TRANSACTIONS, failed: 0 });

      const store = await openStore({ ...db.location });
      try {
        const shared = await store.getOpportunity('shared');
        const ids = new Set(shared?.touches?.map((t) => t.id));
        expect(ids.size).toBe(2 * TRANSACTIONS);
        expect((await store.getProfile()).dismissed).toHaveLength(2 * TRANSACTIONS);
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}
