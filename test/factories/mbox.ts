/**
 * A synthetic job-search mailbox for benchmarks and fault tests: 30
 * opportunities (each with one recruiter contact) and varied messages about
 * them (timelines, rejections, slots, quoted promises, out-of-office, offers,
 * mboxrd-escaped lines), one in five sent by the seeker. Message `i` is
 * always the same text, with a unique Message-ID, so runs can be compared.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { OpportunityRecord } from '../../src/records/data-file.schema.js';

/** The seeker's own address in every generated message. */
export const SEEKER_EMAIL = 'sam.lee@example.com';

/** The opportunities the messages are about. */
export const MAIL_OPPORTUNITIES: OpportunityRecord[] = Array.from({ length: 30 }, (_, i) => ({
  id: `opp-${i}`,
  company: `Company ${i} Labs`,
  role: 'Backend Engineer',
  createdAt: '2026-10-01T09:00:00-04:00',
  url: `https://company${i}.example/jobs`,
  contacts: [{ id: `c${i}`, name: `Contact ${i}`, email: `recruiter@company${i}.example` }],
}));

const BODIES = [
  "Thanks for your patience. We'll have a decision for you within 10 days.\n\nBest,\nLinda\n\nLinda Park\nRecruiter",
  'Unfortunately, we have decided to move forward with other candidates.\n\nRegards,\nThe team',
  'Would either of these times work for you?\n\n  - Thursday, November 19, 10:00 AM\n  - Monday, November 23, 1:00 PM\n',
  "Hi Sam,\n\nYou'll hear from us in a couple of weeks.\n\nOn Mon, Nov 2, 2026 at 10:15 AM Maya wrote:\n> old text by Friday\n> more\n",
  'I am out of the office through Friday, December 4, with limited access to email.',
  "We'd like to offer you the position! Please let us know your decision by Friday, December 11.",
  '>From the archive: a line that mboxrd escapes.\nAnd some more filler text about the weekly newsletter.',
];

/** Message `i` as an RFC 5322 text (LF line ends), without the mbox `From ` line. */
export function mailMessage(i: number): string {
  const c = i % 30;
  const from = i % 5 === 0 ? `Sam Lee <${SEEKER_EMAIL}>` : `Recruiter <recruiter@company${c}.example>`;
  const to = i % 5 === 0 ? `recruiter@company${c}.example` : SEEKER_EMAIL;
  const body = BODIES[i % BODIES.length]!;
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: Update ${i} on your application`,
    `Date: Tue, 17 Nov 2026 10:00:00 -0500`,
    `Message-ID: <bench-${i}@company${c}.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body.replace(/^From /gm, '>From '),
    '',
  ].join('\n');
}

/**
 * Writes an mbox of `count` messages to `path` (or, when `targetBytes` > 0,
 * of as many ~13 KB messages as reach that size). Returns how many it wrote.
 */
export async function writeMbox(path: string, count: number, targetBytes = 0): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  let n = 0;
  const filler = `\n${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40)}\n`;
  while (targetBytes > 0 ? written < targetBytes : n < count) {
    let m = `From sender@x Mon Nov  2 13:41:12 2026\n${mailMessage(n++)}\n`;
    if (targetBytes > 0) m = m.replace('\n\n\n', `${filler.repeat(20)}\n\n`);
    written += Buffer.byteLength(m);
    if (!out.write(m)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return n;
}

/** One message from `from` about `company` as an mbox (Thursday, November 26, 2026, 08:00 in New York). */
export function oneMessageMbox(message: { from: string; company: string; messageId: string; body: string }): string {
  return [
    `From ${message.from} Thu Nov 26 08:00:00 2026`,
    `From: <${message.from}>`,
    'To: Sam Lee <sam@example.com>',
    `Subject: Re: ${message.company}`,
    'Date: Thu, 26 Nov 2026 08:00:00 -0500',
    `Message-ID: <${message.messageId}>`,
    '',
    message.body,
    '',
  ].join('\n');
}
