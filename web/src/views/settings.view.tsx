/**
 * Settings, as forms: Profile, Playbook, Mail, Calendar feed, Your coaches,
 * Your data and the import from another tracker, each a section with one
 * save. A section saves only the fields that changed and says which in a
 * toast; a refused value shows its one line under its field. The zone and
 * country are picked from lists; a mail account is a provider, an address
 * and an app password (the server's presets fill the hosts and ports), with
 * "Test connection" before saving. The mail banner says when syncing needs
 * the seeker.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import {
  ApiError,
  api,
  type CalendarAnswer,
  type ConfigEntry,
  type ConnectMailAnswer,
  type ConnectMailRequest,
  type ImportAnswer,
  type MailProviderEntry,
  type TestMailAnswer,
} from '../api.js';
import { ErrorNote, errorText, Field, Select, Status, useLoad, useOneAtATime } from '../components/common.js';
import { ImportCsv } from '../components/import-csv.js';
import { MailBanner } from '../components/mail-banner.js';
import { CountryPicker, isTimeZone, ZonePicker } from '../components/settings-pickers.js';
import { YourCoaches } from '../components/your-coaches.js';

/** A field of a section: its setting key and how it is labelled. */
interface FieldSpec {
  key: string;
  label: string;
}

const PROFILE: readonly FieldSpec[] = [
  { key: 'name', label: 'Your name' },
  { key: 'email', label: 'Your email' },
  { key: 'signature', label: 'Signature' },
  { key: 'timezone', label: 'Time zone' },
  { key: 'country', label: 'Country' },
];

const SETTING_LABEL: Record<string, string> = {
  'settings.thankYouHours': 'Hours to send a thank-you',
  'settings.askTimelineOpensDays': 'Days after an interview to ask the timeline (opens)',
  'settings.askTimelineDueDays': 'Days after an interview to ask the timeline (due)',
  'settings.checkInGapDays': 'Days between check-ins',
  'settings.silenceDays': 'Days of silence before a status check',
  'settings.checkInWindowBusinessDays': 'Business days to check in after a promised date',
  'settings.minOpenOpportunities': 'Open opportunities to keep',
  'settings.newOpportunityDays': 'Days that count as recently added',
};

export function SettingsView() {
  const { data, error, reload } = useLoad(() => api<ConfigEntry[]>('GET', '/settings'), []);
  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Status>Loading settings…</Status>;
  const playbook: FieldSpec[] = data
    .filter((e) => e.key.startsWith('settings.'))
    .map((e) => ({ key: e.key, label: SETTING_LABEL[e.key] ?? e.key }));
  return (
    <section aria-labelledby="settings-title" className="settings">
      <MailBanner here />
      <h1 id="settings-title">Settings</h1>
      <ProfileSection entries={data} onSaved={reload} />
      <PlaybookSection entries={data} fields={playbook} onSaved={reload} />
      <MailSection entries={data} onSaved={reload} />
      <section aria-labelledby="calendar-title">
        <h2 id="calendar-title">Calendar feed</h2>
        <CalendarFeed />
      </section>
      <YourCoaches />
      <section aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <DataFile />
      </section>
      <ImportCsv />
    </section>
  );
}

const shown = (value: ConfigEntry['value'] | undefined) => (value === null || value === undefined ? '' : String(value));

/** "a, b and c". */
function listed(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * A section's form state: the values as typed, which differ from the saved
 * ones, each field's error, and `save`, which PUTs only the changed ones (in
 * order), toasts what was saved, and keeps what was refused as typed.
 */
function useSectionForm(
  entries: ConfigEntry[],
  fields: readonly FieldSpec[],
  onSaved: () => void,
  options: {
    /** The value to PUT for what was typed (default: the text, trimmed). */
    toValue?: (key: string, text: string) => string | null;
    /** A check before saving: the error line, or null. */
    check?: (key: string, text: string) => string | null;
  } = {},
) {
  const saved = Object.fromEntries(fields.map((f) => [f.key, shown(entries.find((e) => e.key === f.key)?.value)]));
  const [draft, setDraft] = useState<Record<string, string>>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { pending, guard } = useOneAtATime();
  // After a save (a reload), a field takes its new saved value; what was refused stays as typed.
  const before = useRef(saved);
  const savedKey = JSON.stringify(saved);
  // biome-ignore lint/correctness/useExhaustiveDependencies: savedKey stands for `saved`
  useEffect(() => {
    const moved = Object.keys(saved).filter((k) => saved[k] !== before.current[k]);
    before.current = saved;
    if (moved.length > 0) setDraft((d) => ({ ...d, ...Object.fromEntries(moved.map((k) => [k, saved[k] ?? ''])) }));
  }, [savedKey]);
  const text = (key: string) => draft[key] ?? '';
  const changed = fields.filter((f) => text(f.key).trim() !== (saved[f.key] ?? ''));
  const set = (key: string) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
  };
  const save = () =>
    guard(async () => {
      const refused: Record<string, string> = {};
      for (const f of changed) {
        const wrong = options.check?.(f.key, text(f.key).trim()) ?? null;
        if (wrong) refused[f.key] = wrong;
      }
      const done: string[] = [];
      for (const f of changed) {
        if (refused[f.key]) continue;
        const typed = text(f.key).trim();
        try {
          await api('PUT', `/settings/${encodeURIComponent(f.key)}`, {
            value: options.toValue ? options.toValue(f.key, typed) : typed,
          });
          done.push(f.label.toLowerCase());
        } catch (e) {
          refused[f.key] = errorText(e);
        }
      }
      setErrors(refused);
      if (done.length > 0) {
        toast.success(`Saved ${listed(done)}.`);
        onSaved();
      }
      const wrong = fields.filter((f) => refused[f.key]).map((f) => f.label.toLowerCase());
      if (wrong.length > 0) toast.error(`Not saved: ${listed(wrong)}. The field says why.`);
    });
  return { text, set, errors, changed, pending, save };
}

/** A section with its heading and its one form, whose submit is `save`. */
function SectionForm(props: {
  id: string;
  title: string;
  intro?: string;
  saveLabel: string;
  canSave: boolean;
  pending: boolean;
  onSave: () => void;
  children: ReactNode;
  extraActions?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <form
        className="card settings-form"
        aria-labelledby={`${props.id}-title`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave();
        }}
      >
        {props.intro ? <p className="muted">{props.intro}</p> : null}
        {props.children}
        <div className="actions">
          {props.extraActions}
          <button type="submit" className="primary" disabled={!props.canSave || props.pending}>
            {props.saveLabel}
          </button>
        </div>
      </form>
    </section>
  );
}

function ProfileSection({ entries, onSaved }: { entries: ConfigEntry[]; onSaved: () => void }) {
  const form = useSectionForm(entries, PROFILE, onSaved, {
    check: (key, text) =>
      key === 'timezone' && text !== '' && !isTimeZone(text)
        ? `"${text}" is not a time zone: pick one from the list, like America/New_York.`
        : key === 'email' && text !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
          ? 'Give an address like sam@example.com.'
          : null,
  });
  const field = (key: string, label: string, extra: { multiline?: boolean; type?: string; hint?: string } = {}) => (
    <Field label={label} value={form.text(key)} onChange={form.set(key)} error={form.errors[key]} rows={3} {...extra} />
  );
  return (
    <SectionForm
      id="profile"
      title="Profile"
      saveLabel="Save profile"
      canSave={form.changed.length > 0}
      pending={form.pending}
      onSave={form.save}
    >
      {field('name', 'Your name')}
      {field('email', 'Your email', { type: 'email' })}
      {field('signature', 'Signature', { multiline: true })}
      <ZonePicker
        label="Time zone"
        value={form.text('timezone')}
        onChange={form.set('timezone')}
        error={form.errors['timezone']}
        hint="Type a city or region and pick from the list; dates and times are read in this zone."
      />
      <CountryPicker
        label="Country"
        value={form.text('country')}
        onChange={form.set('country')}
        error={form.errors['country']}
        hint="Its public holidays are skipped when counting business days."
      />
    </SectionForm>
  );
}

function PlaybookSection(props: { entries: ConfigEntry[]; fields: FieldSpec[]; onSaved: () => void }) {
  const form = useSectionForm(props.entries, props.fields, props.onSaved, {
    toValue: (_key, text) => (text === '' ? null : text),
  });
  return (
    <SectionForm
      id="playbook"
      title="Playbook"
      intro="When the playbook suggests each move. Leave a field empty to use its default."
      saveLabel="Save playbook"
      canSave={form.changed.length > 0}
      pending={form.pending}
      onSave={form.save}
    >
      {props.fields.map((f) => (
        <Field
          key={f.key}
          label={f.label}
          type="number"
          value={form.text(f.key)}
          onChange={form.set(f.key)}
          error={form.errors[f.key]}
          hint={`Default ${props.entries.find((e) => e.key === f.key)?.default ?? 'none'}`}
        />
      ))}
    </SectionForm>
  );
}

/** Where each provider makes app passwords (the server's preset says how, in words). */
const APP_PASSWORD_PAGES: Readonly<Record<string, string>> = {
  gmail: 'https://myaccount.google.com/apppasswords',
  icloud: 'https://account.apple.com/account/manage',
  fastmail: 'https://app.fastmail.com/settings/security/apps',
  yahoo: 'https://login.yahoo.com/account/security',
  outlook: 'https://account.microsoft.com/security',
};

/** The providers whose sign-in (OAuth) the command line sets up. */
const SIGN_IN: Readonly<Record<string, string>> = { gmail: 'Google', outlook: 'Microsoft' };

type MailFieldKey = 'provider' | 'address' | 'password' | 'imapHost' | 'imapPort' | 'smtpHost' | 'smtpPort';

/** The field a server error names (`password: give the app password`), if it is one of the form's. */
function fieldOf(error: unknown): MailFieldKey | null {
  const named = error instanceof ApiError ? /^(\w+):/.exec(error.message)?.[1] : undefined;
  const fields: MailFieldKey[] = ['provider', 'address', 'password', 'imapHost', 'imapPort', 'smtpHost', 'smtpPort'];
  return fields.find((f) => f === named) ?? null;
}

function MailSection({ entries, onSaved }: { entries: ConfigEntry[]; onSaved: () => void }) {
  const providers = useLoad(() => api<MailProviderEntry[]>('GET', '/mail/providers'), []);
  const [provider, setProvider] = useState('gmail');
  const [values, setValues] = useState<Record<MailFieldKey, string>>({
    provider: 'gmail',
    address: '',
    password: '',
    imapHost: '',
    imapPort: '993',
    smtpHost: '',
    smtpPort: '587',
  });
  const [errors, setErrors] = useState<Partial<Record<MailFieldKey, string>>>({});
  const [checks, setChecks] = useState<TestMailAnswer | null>(null);
  const { pending, guard } = useOneAtATime();
  const preset = providers.data?.find((p) => p.id === provider) ?? null;
  const current = {
    smtp: shown(entries.find((e) => e.key === 'smtp.url')?.value),
    imap: shown(entries.find((e) => e.key === 'imap.url')?.value),
  };
  const set = (key: MailFieldKey) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
    setChecks(null);
  };

  /** The request, or the errors that keep it from going. */
  const request = (): ConnectMailRequest | null => {
    const wrong: Partial<Record<MailFieldKey, string>> = {};
    const address = values.address.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) wrong.address = 'Give the address, like sam@example.com.';
    if (values.password === '') wrong.password = 'Give the app password (not your usual password).';
    const other = provider === 'other';
    const port = (key: 'imapPort' | 'smtpPort') => {
      const n = Number(values[key]);
      if (!Number.isInteger(n) || n < 1 || n > 65_535) wrong[key] = 'A port is a number from 1 to 65535.';
      return n;
    };
    const hosts = other
      ? {
          imapHost: values.imapHost.trim(),
          imapPort: port('imapPort'),
          smtpHost: values.smtpHost.trim(),
          smtpPort: port('smtpPort'),
        }
      : {};
    if (other && !values.imapHost.trim()) wrong.imapHost = 'Give the reading server, like imap.example.com.';
    if (other && !values.smtpHost.trim()) wrong.smtpHost = 'Give the sending server, like smtp.example.com.';
    setErrors(wrong);
    if (Object.keys(wrong).length > 0) return null;
    return { provider, address, password: values.password, ...hosts };
  };
  const failed = (e: unknown) => {
    const field = fieldOf(e);
    if (field) setErrors((x) => ({ ...x, [field]: errorText(e) }));
    else toast.error(errorText(e));
  };
  const test = () =>
    guard(async () => {
      const body = request();
      if (!body) return;
      setChecks(null);
      try {
        setChecks(await api<TestMailAnswer>('POST', '/mail/test', body));
      } catch (e) {
        failed(e);
      }
    });
  const save = () =>
    guard(async () => {
      const body = request();
      if (!body) return;
      try {
        const r = await api<ConnectMailAnswer>('POST', '/mail/connect', body);
        const what = r.imapUrl ? 'reading and sending' : 'sending only';
        toast.success(`Saved the ${preset?.label ?? 'mail'} account (${what})${r.note ? `: ${r.note}` : ''}.`);
        setValues((v) => ({ ...v, password: '' }));
        setChecks(null);
        onSaved();
      } catch (e) {
        failed(e);
      }
    });
  const remove = () =>
    guard(async () => {
      if (!window.confirm('Remove the mail account? Sending and syncing stop until you connect one again.')) return;
      try {
        await api('PUT', '/settings/smtp.url', { value: null });
        await api('PUT', '/settings/imap.url', { value: null });
        toast.success('Removed the mail account.');
        onSaved();
      } catch (e) {
        toast.error(errorText(e));
      }
    });

  const server = (s: { host: string; port: number; secure: boolean }) =>
    `${s.host}:${s.port} (${s.secure ? 'TLS' : 'STARTTLS'})`;
  const providerOptions = [
    ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.label })),
    { value: 'other', label: 'Another provider' },
  ];
  return (
    <SectionForm
      id="mail"
      title="Mail"
      intro="afterview reads your mail to keep up with each opportunity, and sends what you approve. The password is kept in a file in your data folder that only you can read, and is never shown again."
      saveLabel="Save mail account"
      canSave={true}
      pending={pending}
      onSave={save}
      extraActions={
        <>
          <button type="button" onClick={test} disabled={pending}>
            Test connection
          </button>
          {current.smtp || current.imap ? (
            <button type="button" onClick={remove} disabled={pending}>
              Remove the mail account
            </button>
          ) : null}
        </>
      }
    >
      <div className="mail-servers">
        <p>
          <strong>Sending: </strong>
          {current.smtp ? <code>{current.smtp}</code> : <span className="muted">not set</span>}
        </p>
        <p>
          <strong>Reading: </strong>
          {current.imap ? <code>{current.imap}</code> : <span className="muted">not set</span>}
        </p>
      </div>
      <ErrorNote error={providers.error} />
      <Select
        label="Provider"
        value={provider}
        options={providerOptions}
        onChange={(id) => {
          setProvider(id);
          set('provider')(id);
        }}
      />
      {SIGN_IN[provider] ? (
        <p className="hint">
          Sign in with {SIGN_IN[provider]} instead of an app password: that is set up from the command line for now,
          with your own client id: <code>afterview connect {provider} you@example.com --oauth --client-id ID</code>{' '}
          (docs/connect-mail.md walks through making one). There is no sign-in button here yet.
        </p>
      ) : null}
      <Field
        label="Email address"
        type="email"
        autoComplete="email"
        value={values.address}
        onChange={set('address')}
        error={errors.address}
      />
      <Field
        label="App password"
        type="password"
        autoComplete="current-password"
        value={values.password}
        onChange={set('password')}
        error={errors.password}
        hint={
          preset
            ? `How to get one: ${preset.appPassword}.`
            : 'Your provider’s app password, or your mail password if it has none.'
        }
      />
      {preset && APP_PASSWORD_PAGES[preset.id] ? (
        <p>
          <a href={APP_PASSWORD_PAGES[preset.id]} target="_blank" rel="noreferrer">
            Open the {preset.label} page for app passwords
          </a>
        </p>
      ) : null}
      {preset ? (
        <p className="hint mail-servers">
          {preset.imap ? `Reads from ${server(preset.imap)}; ` : 'Cannot read this mailbox with a password; '}
          sends through {server(preset.smtp)}.
        </p>
      ) : provider === 'other' ? (
        <>
          <Field
            label="Reading server (IMAP)"
            value={values.imapHost}
            onChange={set('imapHost')}
            error={errors.imapHost}
          />
          <Field
            label="Reading port"
            type="number"
            value={values.imapPort}
            onChange={set('imapPort')}
            error={errors.imapPort}
            hint="993 is TLS; anything else uses STARTTLS."
          />
          <Field
            label="Sending server (SMTP)"
            value={values.smtpHost}
            onChange={set('smtpHost')}
            error={errors.smtpHost}
          />
          <Field
            label="Sending port"
            type="number"
            value={values.smtpPort}
            onChange={set('smtpPort')}
            error={errors.smtpPort}
            hint="465 is TLS; 587 uses STARTTLS."
          />
        </>
      ) : null}
      {checks ? (
        <div role="status" className="mail-test">
          <p className={checks.ok ? 'ok' : 'error'}>
            {checks.ok ? 'Connection works: you can save the account.' : 'The connection did not work.'}
          </p>
          <ul className="mail-checks">
            {checks.imap ? <li>{checks.imap.message}</li> : null}
            <li>{checks.smtp.message}</li>
          </ul>
        </div>
      ) : null}
    </SectionForm>
  );
}

function DataFile() {
  const [error, setError] = useState<unknown>(null);
  return (
    <div className="card">
      <p>
        Everything you logged, in one <code>afterview/1</code> JSON file, the same as <code>afterview export</code>.
      </p>
      <a className="button" href="/api/export" download="afterview-export.json">
        Export the data file
      </a>
      <div className="field">
        <label htmlFor="import-file">Import a data file (all or nothing)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            try {
              const r = await api<ImportAnswer>('POST', '/import', await file.text());
              setError(null);
              toast.success(
                `Imported ${r.created + r.updated} opportunities (${r.created} new, ${r.updated} updated).`,
              );
            } catch (err) {
              setError(err);
            }
            e.target.value = '';
          }}
        />
      </div>
      <ErrorNote error={error} />
    </div>
  );
}

function CalendarFeed() {
  const { data, error, reload } = useLoad(() => api<CalendarAnswer>('GET', '/calendar'), []);
  const [actionError, setActionError] = useState<unknown>(null);
  const url = data ? `${window.location.origin}${data.url}` : '';
  return (
    <div className="card">
      <p>
        Subscribe to this address in your calendar app to see every follow-up, interview and hold as it changes. Anyone
        with the link can read it: keep it to yourself, and replace it if it gets out.
      </p>
      <ErrorNote error={error} />
      {data ? (
        <div className="field">
          <label htmlFor="calendar-feed-url">Calendar feed address</label>
          <input id="calendar-feed-url" className="feed-url" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      ) : null}
      <div className="actions">
        <button
          type="button"
          disabled={!data}
          onClick={() =>
            navigator.clipboard.writeText(url).then(
              () => toast.success('Copied the feed address.'),
              () => setActionError(new Error('The browser did not allow copying; select the address instead.')),
            )
          }
        >
          Copy the address
        </button>
        <button
          type="button"
          disabled={!data}
          onClick={async () => {
            if (!window.confirm('Replace the link? Calendars subscribed to the old one stop updating.')) return;
            try {
              await api('POST', '/calendar/rotate');
              setActionError(null);
              toast.success('Replaced the link: the old one no longer works.');
              reload();
            } catch (e) {
              setActionError(e);
            }
          }}
        >
          Replace link
        </button>
      </div>
      <ErrorNote error={actionError} />
    </div>
  );
}
