import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMailPaths, readMbox } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'afterview-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('readMbox', () => {
  it('splits on From_ lines and unescapes mboxrd ">From " lines', async () => {
    const path = join(dir, 'a.mbox');
    writeFileSync(
      path,
      'From a@x Mon Nov  2 13:41:12 2026\nSubject: one\n\n>From the archive\n>>From deeper\nend\n\nFrom b@x Mon Nov  2 13:41:13 2026\r\nSubject: two\r\n\r\nbody two\r\n\r\n',
    );
    const all = await collect(readMbox(path));
    expect(all.map((e) => e.index)).toEqual([0, 1]);
    expect(all[0]!.raw?.toString()).toBe('Subject: one\n\nFrom the archive\n>From deeper\nend\n');
    expect(all[1]!.raw?.toString()).toBe('Subject: two\r\n\r\nbody two\r\n');
  });
  it('reads messages larger than one read chunk', async () => {
    const path = join(dir, 'big.mbox');
    const big = 'x'.repeat(3 * 1024 * 1024);
    writeFileSync(path, `From a@x Mon\nSubject: big\n\n${big}\n\nFrom b@x Mon\nSubject: small\n\nok\n`);
    const all = await collect(readMbox(path));
    expect(all).toHaveLength(2);
    expect(all[0]!.raw?.length).toBe('Subject: big\n\n'.length + big.length + 1);
    expect(all[1]!.raw?.toString()).toBe('Subject: small\n\nok\n');
  });
});

describe('readMbox with a message past the limit', () => {
  it('reports the message without its bytes and goes on with the next, also across read chunks', async () => {
    const path = join(dir, 'limit.mbox');
    const huge = 'y'.repeat(3 * 1024 * 1024); // three read chunks
    writeFileSync(
      path,
      `From a@x Mon\nSubject: one\n\nok\n\nFrom b@x Mon\nSubject: huge\n\n${huge}\n\nFrom c@x Mon\nSubject: three\n\nok\n\nFrom d@x Mon\nSubject: huge at the end\n\n${huge}\n`,
    );
    const all = await collect(readMbox(path, 1024 * 1024));
    expect(all.map((e) => [e.index, e.raw?.toString().split('\n')[0] ?? e.error])).toEqual([
      [0, 'Subject: one'],
      [1, 'larger than 1 MB, the limit for one message; skipped'],
      [2, 'Subject: three'],
      [3, 'larger than 1 MB, the limit for one message; skipped'],
    ]);
  });

  it('reports a single file past the limit as failed', async () => {
    const path = join(dir, 'huge.eml');
    writeFileSync(path, `Subject: huge\n\n${'z'.repeat(2048)}`);
    const items = await collect(readMailPaths([path], 1024));
    expect(items).toEqual([{ source: path, raw: null, error: 'larger than 1 KB, the limit for one message; skipped' }]);
  });
});

describe('readMailPaths', () => {
  it('reads .eml files, folders recursively and mbox files, and reports unreadable paths', async () => {
    mkdirSync(join(dir, 'tree/sub'), { recursive: true });
    writeFileSync(join(dir, 'tree/1.eml'), 'Subject: one\n\nx');
    writeFileSync(join(dir, 'tree/sub/2.eml'), 'Subject: two\n\ny');
    writeFileSync(join(dir, 'tree/sub/box.mbox'), 'From a@x Mon\nSubject: three\n\nz\n');
    const items = await collect(readMailPaths([join(dir, 'tree'), join(dir, 'missing.eml')]));
    expect(items.map((i) => i.source.replace(dir, ''))).toEqual([
      '/tree/1.eml',
      '/tree/sub/2.eml',
      '/tree/sub/box.mbox#0',
      '/missing.eml',
    ]);
    expect(items[3]!.error).toMatch(/ENOENT/);
  });
});
