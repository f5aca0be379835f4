/**
 * Human output for mail: a progress line on a terminal while importing, and
 * the per-message report (imported, duplicate, unmatched, failed: why).
 */
import type { MailReport } from '../app/commands/mail.js';
import type { Style } from './style.js';

/** A one-line counter redrawn in place on a terminal (stderr), at most every 100 ms. */
export function progressBar(stream: NodeJS.WriteStream): { update: (done: number) => void; done: () => void } {
  let last = 0;
  let count = 0;
  return {
    update(done: number) {
      count = done;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      stream.write(`\r  reading mail: ${done} messages`);
    },
    done() {
      if (count > 0) stream.write(`\r  reading mail: ${count} messages, done\n`);
    },
  };
}

export function formatMailReport(report: MailReport, s: Style): string {
  const lines: string[] = [];
  const interesting = report.messages.filter((m) => m.outcome !== 'duplicate');
  for (const m of interesting.slice(0, 200)) {
    const mark =
      m.outcome === 'imported'
        ? s.green('imported ')
        : m.outcome === 'unmatched'
          ? s.yellow('unmatched')
          : s.red('failed   ');
    lines.push(
      `  ${mark} ${m.source}: ${m.detail}${m.review && m.outcome === 'imported' ? s.yellow(' (to review)') : ''}`,
    );
  }
  if (interesting.length > 200) lines.push(s.dim(`  ... and ${interesting.length - 200} more (see --json)`));
  if (lines.length > 0) lines.push('');
  lines.push(
    `${report.imported} imported, ${report.duplicate} duplicate, ${report.unmatched} unmatched, ${report.failed} failed` +
      (report.review > 0 ? `; ${report.review} to review with \`afterview inbox\`` : ''),
  );
  return lines.join('\n');
}
