/**
 * A throwaway Dovecot IMAP server for tests (STACK.md): a private config in
 * a temp dir, a free loopback port, one passwd-file user, maildir storage,
 * no systemd. `startDovecot()` resolves when the server accepts logins;
 * `append` puts raw messages in a folder; `recreate` deletes and recreates a
 * folder so its UIDVALIDITY changes; `deliver` fills a folder at once.
 * With `oauth2` it also takes XOAUTH2 and OAUTHBEARER sign-ins, whose
 * tokens it checks at the given introspection endpoint (RFC 7662).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export const DOVECOT_BIN = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => existsSync(p)) ?? null;

/** Whether Dovecot tests run here: skipped (with a warning) without the binary unless CI is set, when they must fail. */
export function dovecotAvailable(): boolean {
  if (DOVECOT_BIN) return true;
  if (process.env['CI']) return true;
  console.warn('dovecot not installed: skipping IMAP tests (apt-get install -y dovecot-imapd)');
  return false;
}

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  pass: string;
  append(folder: string, raw: string | Buffer): Promise<void>;
  /**
   * Delivers many messages at once by writing them into the folder's maildir
   * `new/` directory, as a local delivery agent would (IMAP APPEND costs a
   * round trip and a sync each). Dovecot numbers them when a client next
   * opens the folder.
   */
  deliver(folder: string, raws: Iterable<string | Buffer>): void;
  createFolder(folder: string, specialUse?: string): Promise<void>;
  /** Deletes and recreates the folder (empty), which gives it a new UIDVALIDITY. */
  recreate(folder: string): Promise<void>;
  /** Kills the server (SIGKILL, connections cut), then starts it again on the same port with the same mail. */
  restart(options?: { downMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

export interface DovecotOptions {
  /** The login (default `seeker`); an address works too. */
  user?: string;
  /** Accept OAuth 2.0 tokens (XOAUTH2, OAUTHBEARER), valid when this endpoint says they are active for the user. */
  oauth2?: { introspectionUrl: string };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts Dovecot. @throws when the binary is missing or the server does not come up within 10 s.
 */
export async function startDovecot(options: DovecotOptions = {}): Promise<Dovecot> {
  if (!DOVECOT_BIN) throw new Error('dovecot is not installed (apt-get install -y dovecot-imapd)');
  const dir = mkdtempSync(join(tmpdir(), 'afterview-dovecot-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const user = options.user ?? 'seeker';
  const pass = 'test-password';
  for (const sub of ['run', 'state', 'home']) mkdirSync(join(dir, sub), { recursive: true });
  chmodSync(join(dir, 'home'), 0o777);
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${pass}::::::\n`);
  const runAs = process.getuid?.() === 0 ? 'nobody' : (process.env['USER'] ?? 'nobody');
  const conf = `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${options.oauth2 ? ' xoauth2 oauthbearer' : ''}
default_login_user = ${runAs}
default_internal_user = ${runAs}
${process.getuid?.() === 0 ? '' : `default_internal_group = ${spawnSync('id', ['-gn']).stdout.toString().trim()}\n`}mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
${
  options.oauth2
    ? `passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${dir}/oauth2.conf.ext
}
`
    : ''
}userdb {
  driver = static
  args = uid=${runAs} gid=${process.getuid?.() === 0 ? 'nogroup' : spawnSync('id', ['-gn']).stdout.toString().trim()} home=${dir}/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
}
`;
  writeFileSync(join(dir, 'dovecot.conf'), conf);
  if (options.oauth2) {
    writeFileSync(
      join(dir, 'oauth2.conf.ext'),
      `introspection_mode = post
introspection_url = ${options.oauth2.introspectionUrl}
username_attribute = username
active_attribute = active
active_value = true
`,
    );
  }
  // stdio ignored: the daemon keeps inherited pipes open, and spawnSync would wait for them.
  const bin = DOVECOT_BIN;
  const launch = () => {
    const started = spawnSync(bin, ['-c', join(dir, 'dovecot.conf')], { stdio: 'ignore', timeout: 10_000 });
    if (started.status !== 0) {
      throw new Error(`dovecot failed to start (status ${started.status})${readLog(dir)}`);
    }
  };
  launch();
  const connect = async () => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass },
      logger: false,
    });
    await client.connect();
    return client;
  };
  const ready = async () => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        const c = await connect();
        await c.logout();
        break;
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`dovecot did not accept logins: ${String(err)}${readLog(dir)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  await ready();
  const masterPid = () => {
    const pidFile = join(dir, 'run', 'master.pid');
    return existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : null;
  };
  const withClient = async (fn: (c: ImapFlow) => Promise<void>) => {
    const c = await connect();
    try {
      await fn(c);
    } finally {
      await c.logout().catch(() => c.close());
    }
  };
  return {
    host: '127.0.0.1',
    port,
    user,
    pass,
    append: (folder, raw) =>
      withClient(async (c) => {
        await c.append(folder, raw);
      }),
    deliver: (folder, raws) => {
      const box = join(dir, 'home', user, 'Maildir', folder === 'INBOX' ? '' : `.${folder}`);
      for (const sub of ['', 'cur', 'new', 'tmp']) {
        mkdirSync(join(box, sub), { recursive: true });
        chmodSync(join(box, sub), 0o777);
      }
      let n = 0;
      for (const raw of raws) {
        n++;
        // Unique, and in delivery order when listed by name.
        const file = join(box, 'new', `1700000000.M${String(n).padStart(7, '0')}P${process.pid}.afterview-test`);
        writeFileSync(file, raw, { mode: 0o666 });
      }
    },
    createFolder: (folder) =>
      withClient(async (c) => {
        await c.mailboxCreate(folder);
      }),
    recreate: (folder) =>
      withClient(async (c) => {
        await c.mailboxDelete(folder);
        await c.mailboxCreate(folder);
      }),
    restart: async (options = {}) => {
      const pid = masterPid();
      if (pid !== null) {
        // The master's children (imap, imap-login) end when their master goes; wait until the port is free.
        spawnSync('pkill', ['-KILL', '-P', String(pid)]);
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        const until = Date.now() + 5000;
        while (Date.now() < until && isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
      }
      await new Promise((r) => setTimeout(r, options.downMs ?? 0));
      rmSync(join(dir, 'run', 'master.pid'), { force: true });
      for (let attempt = 0; ; attempt++) {
        try {
          launch();
          break;
        } catch (error) {
          if (attempt > 40) throw error;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      await ready();
    },
    stop: async () => {
      const pid0 = masterPid();
      if (pid0 !== null) {
        const pid = pid0;
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        const until = Date.now() + 5000;
        while (Date.now() < until && isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readLog(dir: string): string {
  try {
    return `\n${readFileSync(join(dir, 'dovecot.log'), 'utf8').slice(-2000)}`;
  } catch {
    return '';
  }
}
