/**
 * Connecting a mail account and keeping it synced: the provider presets,
 * `connect_mail` (an address and an app password become imap.url and
 * smtp.url), and `mail_status` (what the always-on watch of `afterview
 * serve` is doing: src/app/mail-watch).
 */
import { z } from 'zod';
import { defineCommand } from './command.js';

const connect = () => import('../commands/connect-mail.js');

const Host = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$/, 'give a host name like imap.example.com');
const Port = z.number().int().min(1, 'must be from 1 to 65535').max(65_535, 'must be from 1 to 65535');

export const listMailProviders = defineCommand({
  name: 'list_mail_providers',
  summary: 'the mail providers afterview knows the servers of, and where each makes app passwords',
  input: z.strictObject({}),
  writes: false,
  access: 'seeker',
  run: async () => (await connect()).listMailProviders(),
});

/** The account fields `connect_mail` and `test_mail` share: a preset (or other with its hosts), the address, the app password. */
const Account = {
  provider: z.string().min(1, 'give gmail, icloud, fastmail, yahoo, outlook or other').max(40),
  address: z
    .string()
    .min(3)
    .max(320)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'give an address like sam@example.com'),
  password: z.string().min(1, 'give the app password').max(1000).nullish(),
  imapHost: Host.nullish(),
  imapPort: Port.nullish(),
  smtpHost: Host.nullish(),
  smtpPort: Port.nullish(),
};

export const connectMail = defineCommand({
  name: 'connect_mail',
  summary:
    'connect a mail account with an app password, or with the grant of a sign-in with gmail or outlook: a provider preset (or other with its hosts) fills the servers',
  input: z.strictObject({
    ...Account,
    /** Instead of a password: the grant of a sign-in with gmail or outlook (src/app/mail-oauth.ts). */
    oauth: z
      .strictObject({
        clientId: z.string().min(1).max(500),
        clientSecret: z.string().max(500).nullable(),
        tokenUrl: z.string().url().max(2000),
        refreshToken: z.string().min(1).max(10_000),
        accessToken: z.string().min(1).max(10_000),
        expiresAt: z.number().int(),
      })
      .nullish(),
  }),
  writes: true,
  access: 'seeker',
  run: async (ctx, input) => (await connect()).connectMail(ctx, input),
});

export const testMail = defineCommand({
  name: 'test_mail',
  summary:
    'check that an address and app password sign in to its IMAP and SMTP servers (a short timeout), reading, sending and saving nothing',
  input: z.strictObject(Account),
  writes: false,
  access: 'seeker',
  run: async (_ctx, input) => (await connect()).testMail(input),
});

export const mailStatus = defineCommand({
  name: 'mail_status',
  summary: 'whether mail syncs by itself (while afterview serve runs), when it last did, and what failed',
  input: z.strictObject({}),
  writes: false,
  access: 'seeker',
  run: async (ctx) => (await import('../mail-watch/watch-status.js')).mailStatus(ctx.store.seekerId),
});
