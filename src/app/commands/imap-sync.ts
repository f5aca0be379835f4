/**
 * `sync imap`: new mail from the inbox and the sent folder since the last
 * sync (by UIDVALIDITY and UID), read into the facts like imported files.
 * The position is saved even when the sync stops half-way, so rerunning it
 * resumes; messages seen twice are duplicates by Message-ID and change nothing.
 */
import { fetchNew, type ImapAccount, type ImapState } from '../../mail/imap-source.js';
import { AppError, networkReason, serviceUnavailable } from '../../records/errors.js';
import type { AppContext } from '../context.js';
import { isDigestMessage } from '../digest-mark.js';
import { mailAccessToken, reconnectError } from '../mail-oauth.js';
import { refusePlainImapBeyondLoopback } from '../mail-url.js';
import { oneSyncAtATime } from '../mail-watch/sync-lock.js';
import { redactUrl } from '../secrets.js';
import { settingsOf } from '../seeker-settings.js';
import { ingestMail, type MailProgress, type MailReport, type RawMail } from './mail.js';

/** The IMAP URL: the environment's, else the one saved with `config set imap.url`. */
export async function imapUrlOf(ctx: AppContext): Promise<string | null> {
  return ctx.imapUrl ?? (await settingsOf(ctx).secrets.read())['imap.url'] ?? null;
}

/** `imaps://user:pass@host:993` or `imap://user:pass@127.0.0.1:1143` (plain: loopback only). Throws `invalid_setting`. */
export function parseImapUrl(url: string): ImapAccount {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('invalid_setting', 'imap.url is not a URL', {
      hint: 'write imaps://user:password@mail.example.com:993',
    });
  }
  const secure = parsed.protocol === 'imaps:';
  if (!secure && parsed.protocol !== 'imap:') {
    throw new AppError('invalid_setting', `imap.url must start with imaps:// or imap:// (got ${redactUrl(url)})`);
  }
  if (!parsed.username || !parsed.hostname) {
    throw new AppError('invalid_setting', `imap.url needs a user and a host (got ${redactUrl(url)})`, {
      hint: 'write imaps://user:password@mail.example.com:993',
    });
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  refusePlainImapBeyondLoopback(parsed.protocol, host);
  return {
    host,
    port: parsed.port ? Number(parsed.port) : secure ? 993 : 143,
    secure,
    user: decodeURIComponent(parsed.username),
    pass: decodeURIComponent(parsed.password),
  };
}

/**
 * The account of `url`, with an OAuth access token (refreshed when due)
 * when the URL has no password and a grant is saved. Throws as
 * {@link parseImapUrl} and `mailAccessToken` (`mail_reconnect`) do.
 */
export async function imapAccountOf(ctx: AppContext, url: string): Promise<ImapAccount> {
  const account = parseImapUrl(url);
  const accessToken = await mailAccessToken(ctx, url);
  return accessToken ? { ...account, accessToken } : account;
}

/**
 * Reads what is new; one sync at a time per seeker in this process (a second
 * waits for the first). Throws `not_configured`, `invalid_setting`,
 * `service_unavailable` and `imap_failed`.
 */
export async function syncImap(
  ctx: AppContext,
  input: { onProgress?: (progress: MailProgress) => void } = {},
): Promise<MailReport> {
  return oneSyncAtATime(ctx.store.seekerId, () => syncNow(ctx, input));
}

async function syncNow(ctx: AppContext, input: { onProgress?: (progress: MailProgress) => void }): Promise<MailReport> {
  const url = await imapUrlOf(ctx);
  if (!url) {
    throw new AppError('not_configured', 'no IMAP account is set', {
      hint: 'set the IMAP account in the settings (imap.url)',
      details: { setting: 'imap.url' },
    });
  }
  const account = await imapAccountOf(ctx, url);
  const state: ImapState = await ctx.store.getImapState();
  const before = JSON.stringify(state);
  async function* messages(): AsyncIterable<RawMail> {
    for await (const m of fetchNew(account, state)) {
      // The seeker's own morning digest, back in their inbox: not news about their search.
      if (isDigestMessage(m.raw)) continue;
      yield { source: `imap:${m.folder}/${m.uid}`, raw: m.raw, error: null };
    }
  }
  try {
    return await ingestMail(ctx, messages(), input.onProgress);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (account.accessToken && (error as { authenticationFailed?: unknown }).authenticationFailed) {
      throw reconnectError('IMAP');
    }
    const unreachable = networkReason(error);
    if (unreachable) {
      throw serviceUnavailable(
        { service: 'imap', host: `${account.host}:${account.port}` },
        unreachable,
        'check imap.url (`afterview config get imap.url`) or $AFTERVIEW_IMAP_URL, and the network; what was read so far is kept',
        error,
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'imap_failed',
      `IMAP sync with ${account.host} failed: ${message.split(account.pass).join('***')}`,
      {
        hint: 'what was read so far is kept; sync again',
      },
    );
  } finally {
    if (JSON.stringify(state) !== before) {
      for (const [folder, position] of Object.entries(state)) await ctx.store.putImapState(folder, position);
    }
  }
}
