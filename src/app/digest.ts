/**
 * The morning digest: once a day, at the hour the seeker chose
 * (`digest.hour`, their zone), one email to their own address through their
 * own SMTP account listing today's moves (what, to whom, why, and a link to
 * each draft in the web app). Nothing is sent on a day with nothing to do.
 *
 * The day is claimed in the store before anything is sent (a key
 * `digest:YYYY-MM-DD` in the seeker's request keys, whose primary key lets
 * exactly one claim win), so a restart, a second server or two ticks at
 * once never send it twice. A send that fails gives the claim back and is
 * tried again at the next tick; a process that dies between claiming and
 * sending leaves the day claimed: at most one digest a day, never two.
 */
import type { AgendaItem } from '../core/model.js';
import { composeMessage } from '../mail/send/compose.js';
import type { MailSender } from '../mail/send/smtp-sender.js';
import { AppError } from '../records/errors.js';
import { smtpUrlOf, toAppError } from './commands/send.js';
import type { AppContext } from './context.js';
import { DIGEST_HEADER } from './digest-mark.js';
import { smtpSenderFor } from './mail-oauth.js';
import { agendaFor, loadSeeker } from './seeker.js';
import { settingsOf } from './seeker-settings.js';

/** How long a day's claim is kept: past the end of that day in any zone. */
const CLAIM_KEEP_MS = 3 * 24 * 60 * 60 * 1000;
/** What the claim's row says it is (a web request's key never reads like this). */
const CLAIM_REQUEST = 'morning digest';

/** What a digest tick did. */
export type DigestOutcome =
  | { state: 'off' }
  | { state: 'not_yet'; day: string; hour: number }
  | { state: 'done_today'; day: string }
  | { state: 'nothing_to_do'; day: string }
  | { state: 'sent'; day: string; messageId: string; moves: number };

/** The seeker's digest hour (0-23), or null when the digest is off. */
export async function digestHourOf(ctx: AppContext): Promise<number | null> {
  const text = (await settingsOf(ctx).secrets.read())['digest.hour'];
  if (text === undefined || text === '') return null;
  const hour = Number(text);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : null;
}

/**
 * Sends today's digest when it is due and not yet done for the day.
 * `publicUrl` is where the web app is reached (links to drafts). Throws
 * `not_configured` (no own address, no SMTP account) and the sending
 * failures (`service_unavailable`, `smtp_auth_failed`, `smtp_rejected`);
 * the day stays unclaimed then, so a later tick tries again.
 */
export async function runDigest(
  ctx: AppContext,
  options: { publicUrl: string; sender?: MailSender },
): Promise<DigestOutcome> {
  const hour = await digestHourOf(ctx);
  if (hour === null) return { state: 'off' };
  const seeker = await loadSeeker(ctx);
  const local = ctx.now.toZonedDateTimeISO(seeker.timeZone);
  const day = local.toPlainDate().toString();
  if (local.hour < hour) return { state: 'not_yet', day, hour };
  const key = `digest:${day}`;
  const claim = await ctx.store.claimRequestKey({
    key,
    request: CLAIM_REQUEST,
    nowMs: ctx.now.epochMilliseconds,
    keepMs: CLAIM_KEEP_MS,
  });
  if (claim.state !== 'claimed') return { state: 'done_today', day };
  try {
    const agenda = await agendaFor(ctx, seeker, false);
    const moves = agenda.items.filter((i) => i.state !== 'upcoming' && i.kind !== 'keep-searching');
    if (moves.length === 0) {
      await ctx.store.finishRequestKey(key, { status: 204, contentType: null, body: 'nothing to do' });
      return { state: 'nothing_to_do', day };
    }
    const email = seeker.profile.email;
    if (!email) {
      throw new AppError('not_configured', 'the morning digest needs your own address', {
        hint: 'run `afterview config set email you@example.com`',
      });
    }
    const message = await composeMessage({
      from: { name: seeker.profile.name ?? null, email },
      to: email,
      subject:
        moves.length === 1 ? 'Today: 1 move in your job search' : `Today: ${moves.length} moves in your job search`,
      body: digestBody(moves, options.publicUrl),
      messageIdDomain: email.split('@')[1] ?? 'localhost',
      now: ctx.now,
    });
    // Marked so the inbox sync passes it by when it comes back (src/app/digest-mark.ts).
    const marked = { ...message, raw: `${DIGEST_HEADER}: ${day}\r\n${message.raw}` };
    try {
      await (options.sender ?? (await senderOf(ctx))).send(marked);
    } catch (error) {
      throw toAppError(error, options.sender ? null : await smtpUrlOf(ctx));
    }
    await ctx.store.finishRequestKey(key, { status: 200, contentType: 'text/plain', body: message.messageId });
    return { state: 'sent', day, messageId: message.messageId, moves: moves.length };
  } catch (error) {
    await ctx.store.releaseRequestKey(key).catch(() => {});
    throw error;
  }
}

/** The plain-text body: one paragraph per move. */
export function digestBody(moves: readonly AgendaItem[], publicUrl: string): string {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const lines = ['Good morning. Here is what your search needs from you today.', ''];
  moves.forEach((item, n) => {
    const who = item.draft?.to ? ` (to ${item.draft.to})` : '';
    const where = item.company ? ` at ${item.company}` : '';
    lines.push(`${n + 1}. ${item.title}${where}${who}${item.state === 'overdue' ? ' [overdue]' : ''}`);
    lines.push(`   Why: ${item.why}`);
    if (item.draft) lines.push(`   Draft: ${base}compose?item=${encodeURIComponent(item.id)}`);
    else if (item.guidance) lines.push(`   How: ${item.guidance}`);
    lines.push('');
  });
  lines.push(`Everything else: ${base}`);
  lines.push('(Sent by afterview at the hour in digest.hour; set it empty to stop.)');
  return lines.join('\n');
}

async function senderOf(ctx: AppContext): Promise<MailSender> {
  const url = await smtpUrlOf(ctx);
  if (!url) {
    throw new AppError('not_configured', 'the morning digest needs an SMTP account to send through', {
      hint: 'run `afterview connect PROVIDER ADDRESS` or `afterview config set smtp.url smtps://...`',
    });
  }
  return smtpSenderFor(ctx, url);
}
