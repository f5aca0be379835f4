/**
 * Human output for mail: a progress line on a terminal while importing, the
 * per-message report (imported, duplicate, unmatched, failed: why), and a
 * message about to be sent as its recipient will read it (`send --dry-run`).
 */
import type { MailProgress, MailReport } from '../app/commands/mail.js';
import type { MessagePreview } from '../mail/send/preview.js';
import type { Style } from './style.js';

/** Cells of the bar drawn when the size of what is read is known. */
const BAR_WIDTH = 24;

/**
 * A progress line redrawn in place on a terminal (stderr), at most every
 * 100 ms: a bar with the share of bytes read when the total is known (files),
 * else the count of messages read (IMAP). `what` names the work and what
 * it counts (`reading CSV`, `row`) when it is not mail.
 */
export function progressBar(
  stream: NodeJS.WriteStream,
  what: { label: string; unit: string } = { label: 'reading mail', unit: 'message' },
  clock: () => number = Date.now,
): {
  update: (progress: MailProgress) => void;
  done: () => void;
} {
  let last = 0;
  let latest: MailProgress | null = null;
  const draw = (p: MailProgress, end: string) => {
    const count = `${p.messages.toLocaleString('en-US')} ${what.unit}${p.messages === 1 ? '' : 's'}`;
    if (p.totalBytes === null || p.totalBytes === 0) {
      stream.write(`\r  ${what.label}: ${count}${end}`);
      return;
    }
    const share = Math.min(1, p.bytes / p.totalBytes);
    const filled = Math.round(share * BAR_WIDTH);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
    stream.write(`\r  ${what.label} [${bar}] ${String(Math.floor(share * 100)).padStart(3)}%  ${count}${end}`);
  };
  return {
    update(progress: MailProgress) {
      latest = progress;
      const now = clock();
      if (now - last < 100) return;
      last = now;
      draw(progress, '');
    },
    done() {
      if (latest && latest.messages > 0) draw(latest, ', done\n');
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

/**
 * `send --dry-run`: who it goes to and the subject, the text as it will be
 * read (decoded, long lines whole), then every header as sent, decoded.
 */
export function formatPreview(preview: MessagePreview, to: string, style: Style): string {
  const lines = [
    `${style.bold('To:')} ${to}`,
    `${style.bold('Subject:')} ${preview.subject}`,
    '',
    preview.text.trimEnd(),
  ];
  lines.push('', style.dim('Headers:'));
  for (const h of preview.headers) lines.push(style.dim(`  ${h.name}: ${h.value}`));
  return lines.join('\n');
}
