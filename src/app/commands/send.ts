/**
 * `send ITEM`: the item's draft (or the seeker's edited text) goes out
 * through their SMTP server and is logged as the touch that completes the
 * item, with its Message-ID so the employer's reply threads. A check-in
 * inside the weekly gap or before a promised date is refused (saying when it
 * would be fine) unless `anyway`.
 */

import { mailtoLink } from '../../core/drafts/mailto.js';
import { CHECK_IN_ITEM_KINDS, DRAFTED_ITEM_KINDS, type ItemKind, type OutPurpose } from '../../core/model.js';
import { checkInGuard } from '../../core/playbook/check-in-guard.js';
import { type ComposedMessage, composeMessage } from '../../mail/send/compose.js';
import { type MessagePreview, previewMessage } from '../../mail/send/preview.js';
import { SendError } from '../../mail/send/send-error.js';
import type { MailSender } from '../../mail/send/smtp-sender.js';
import { AppError, type ErrorCode, networkReason, serviceUnavailable } from '../../records/errors.js';
import type { AppContext } from '../context.js';
import { smtpSenderFor } from '../mail-oauth.js';
import { loadSeeker } from '../seeker.js';
import { settingsOf } from '../seeker-settings.js';
import { logSent } from './facts.js';
import { findItem } from './items.js';

/** The purpose of the touch that completes each drafted item kind. */
const PURPOSE_OF: Partial<Record<ItemKind, OutPurpose>> = {
  'thank-you': 'thank-you',
  'ask-timeline': 'ask-timeline',
  'status-check': 'status-check',
  'explicit-check': 'explicit-check',
  'offer-nudge': 'offer-nudge',
  withdraw: 'withdraw',
};

/** A msg-id `<left@right>` as the composer accepts it for In-Reply-To and References. */
const THREADABLE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

export interface SendInput {
  item: string;
  /** The seeker's edited text instead of the draft's body. */
  body?: string | null;
  subject?: string | null;
  to?: string | null;
  dryRun?: boolean;
  anyway?: boolean;
}

export interface SendResult {
  item: string;
  sent: boolean;
  messageId: string;
  to: string;
  subject: string;
  /** The exact message (RFC 5322) for --dry-run. */
  raw: string | null;
  /** For --dry-run: the message as its recipient will read it (decoded subject, text and headers). */
  preview: MessagePreview | null;
  mailto: string;
  loggedTouches: string[];
}

/** The SMTP URL: the environment's, else the one saved with `config set smtp.url`. */
export async function smtpUrlOf(ctx: AppContext): Promise<string | null> {
  return ctx.smtpUrl ?? (await settingsOf(ctx).secrets.read())['smtp.url'] ?? null;
}

/**
 * Sends (or with `dryRun` builds) the item's message, its input checked by
 * the registry (src/app/registry/send.registry.ts). Throws `item_not_found`,
 * `invalid_input` for an item that comes with guidance and no draft,
 * `check_in_too_soon`, `invalid_recipient`, `not_configured`, and the SMTP
 * failures.
 */
export async function sendItem(ctx: AppContext, input: SendInput, sender?: MailSender): Promise<SendResult> {
  const seeker = await loadSeeker(ctx);
  const item = await findItem(ctx, seeker, input.item);
  const purpose = PURPOSE_OF[item.kind];
  if (!DRAFTED_ITEM_KINDS.has(item.kind) || !item.draft || !purpose || !item.opportunityId) {
    throw new AppError(
      'invalid_input',
      `${item.id} is not a message to send (${item.kind} comes with guidance, not a draft)`,
    );
  }
  if (CHECK_IN_ITEM_KINDS.has(item.kind) && !input.anyway) {
    const guard = checkInGuard(seeker.facts, item.opportunityId, ctx.now, seeker.holidays);
    const first = guard.warnings[0];
    if (first) {
      throw new AppError('check_in_too_soon', `not sent: ${first.message}`, {
        hint: `it is fine from ${first.fineFrom}; send it anyway to send it now`,
        details: { fineFrom: first.fineFrom.toString() },
      });
    }
  }
  const to = input.to ?? item.draft.to;
  if (!to)
    throw new AppError('invalid_recipient', `no address for ${item.id}`, {
      hint: "add the contact's email, or give another address",
      details: { field: 'to' },
    });
  const email = seeker.profile.email;
  if (!email)
    throw new AppError('not_configured', 'your own address is not set', {
      hint: 'set your email address in the settings',
      details: { setting: 'email' },
    });
  const opp = seeker.records.find((o) => o.id === item.opportunityId);
  // Thread onto the latest message of theirs we know, so the reply lands in the same conversation.
  // Only ids a header can carry and the other side knows: not malformed ones kept as written, nor our own hashes.
  const thread = (opp?.touches ?? [])
    .filter((t) => t.messageId && THREADABLE_ID.test(t.messageId) && !t.messageId.endsWith('@afterview.invalid>'))
    .filter((t) => item.contactId === null || t.contactId === item.contactId || t.contactId == null)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((t) => t.messageId as string);
  const subject = input.subject ?? item.draft.subject;
  const body = input.body ?? item.draft.body;
  let message: ComposedMessage;
  try {
    message = await composeMessage({
      from: { name: seeker.profile.name ?? null, email },
      to,
      subject,
      body,
      inReplyTo: thread[thread.length - 1] ?? null,
      references: thread,
      messageIdDomain: email.split('@')[1] ?? 'localhost',
      now: ctx.now,
    });
  } catch (error) {
    throw toAppError(error);
  }
  const mailto = mailtoLink({ to, subject, body });
  if (input.dryRun) {
    return {
      item: item.id,
      sent: false,
      messageId: message.messageId,
      to,
      subject,
      raw: message.raw,
      preview: await previewMessage(message.raw),
      mailto,
      loggedTouches: [],
    };
  }
  let transport = sender;
  if (!transport) {
    const url = await smtpUrlOf(ctx);
    if (!url)
      throw new AppError('not_configured', 'no SMTP account is set', {
        hint: 'set the SMTP account in the settings (smtp.url)',
        details: { setting: 'smtp.url' },
      });
    try {
      transport = await smtpSenderFor(ctx, url);
    } catch (error) {
      throw toAppError(error);
    }
  }
  try {
    await transport.send(message);
  } catch (error) {
    throw toAppError(error, sender ? null : await smtpUrlOf(ctx));
  }
  const logged = await logSent(ctx, {
    opportunity: item.opportunityId,
    purpose,
    interview: item.interviewId,
    // Logged against whom it really went to: another address given with --to becomes (or finds) that contact.
    to: input.to ? input.to : (item.contactId ?? to),
    subject,
    body,
    messageId: message.messageId,
    // It went out (its own Message-ID): the log must say so even right after a similar one.
    again: true,
  });
  return {
    item: item.id,
    sent: true,
    messageId: message.messageId,
    to,
    subject,
    raw: null,
    preview: null,
    mailto,
    loggedTouches: logged.ids,
  };
}

/**
 * The app's error for a sending failure. With the account's `url`, a server
 * that cannot be reached is `service_unavailable` naming its host and port.
 */
export function toAppError(error: unknown, url: string | null = null): unknown {
  if (!(error instanceof SendError)) return error;
  if (error.code === 'smtp_unreachable' && url) {
    return serviceUnavailable(
      { service: 'smtp', host: hostAndPort(url, url.startsWith('smtps:') ? 465 : 587) },
      networkReason(error.cause) ?? 'the connection failed',
      'check smtp.url (`afterview config get smtp.url`) or $AFTERVIEW_SMTP_URL, and the network; nothing was sent',
      error,
    );
  }
  const code: ErrorCode = error.code === 'invalid_smtp_url' ? 'invalid_setting' : error.code;
  return new AppError(code, error.message);
}

/** `host:port` of a mail URL, never its user or password. */
function hostAndPort(url: string, defaultPort: number): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || defaultPort}`;
  } catch {
    return 'the configured host';
  }
}
