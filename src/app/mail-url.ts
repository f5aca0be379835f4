/**
 * Rules shared by every place a mail account URL is accepted (`config set`,
 * `$AFTERVIEW_IMAP_URL` at sync): a password may travel without TLS only to
 * a server on this machine.
 */
import { isLoopbackHost } from '../mail/loopback.js';
import { AppError } from '../records/errors.js';

/**
 * Refuses `imap://` (no TLS) for a host beyond this machine.
 * Throws `invalid_setting` naming the host and the `imaps://` form to use.
 */
export function refusePlainImapBeyondLoopback(protocol: string, host: string): void {
  if (protocol !== 'imap:' || isLoopbackHost(host)) return;
  throw new AppError(
    'invalid_setting',
    `imap.url: imap:// (no TLS) is only for a server on this machine, not ${host}`,
    {
      hint: `write imaps://user:password@${host}:993 so the password is encrypted`,
    },
  );
}
