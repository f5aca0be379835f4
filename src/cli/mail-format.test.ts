import { describe, expect, it } from 'vitest';
import { progressBar } from './mail-format.js';

/** A stand-in for stderr that keeps what is written. */
function sink(): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('progressBar', () => {
  it('draws the share of bytes read when the total is known, and ends at 100%', () => {
    const { stream, written } = sink();
    let now = 10_000;
    const bar = progressBar(stream, undefined, () => now);
    bar.update({ messages: 1, bytes: 0, totalBytes: 1000 });
    now += 99;
    bar.update({ messages: 2, bytes: 500, totalBytes: 1000 }); // within 100 ms: not drawn
    expect(written).toEqual(['\r  reading mail [------------------------]   0%  1 message']);
    bar.update({ messages: 1500, bytes: 1000, totalBytes: 1000 });
    bar.done();
    expect(written.at(-1)).toBe('\r  reading mail [########################] 100%  1,500 messages, done\n');
  });

  it('counts messages when the total is not known (IMAP)', () => {
    const { stream, written } = sink();
    const bar = progressBar(stream);
    bar.update({ messages: 3, bytes: 900, totalBytes: null });
    bar.done();
    expect(written).toEqual(['\r  reading mail: 3 messages', '\r  reading mail: 3 messages, done\n']);
  });

  it('writes nothing for an import that read nothing', () => {
    const { stream, written } = sink();
    progressBar(stream).done();
    expect(written).toEqual([]);
  });
});
