/**
 * Settings: the profile (name, email, signature, zone, country), the
 * playbook settings with their defaults, the mail accounts (shown with the
 * password hidden; the server never sends it back), the calendar feed's
 * address, and the data file in and out.
 */
import { useEffect, useState } from 'react';
import { api, type CalendarAnswer, type ConfigEntry, type ImportAnswer } from '../api.js';
import { ErrorNote, Field, Status, useLoad } from '../components/common.js';
import { ImportCsv } from '../components/import-csv.js';
import { YourCoaches } from '../components/your-coaches.js';

const MAIL_ACCOUNTS: { key: string; label: string; example: string; hint: string }[] = [
  {
    key: 'smtp.url',
    label: 'Sending (SMTP)',
    example: 'smtp://you%40example.com:app-password@smtp.example.com:587',
    hint: 'For "Send". smtp:// uses STARTTLS when the server offers it; smtps:// is TLS from the start (port 465).',
  },
  {
    key: 'imap.url',
    label: 'Reading (IMAP)',
    example: 'imaps://you%40example.com:app-password@imap.example.com:993',
    hint: 'For `afterview sync imap` on the command line.',
  },
];

const PROFILE: { key: string; label: string; hint?: string; multiline?: boolean }[] = [
  { key: 'name', label: 'Your name' },
  { key: 'email', label: 'Your email' },
  { key: 'signature', label: 'Signature', multiline: true },
  { key: 'timezone', label: 'Time zone', hint: 'An IANA zone, e.g. America/New_York' },
  { key: 'country', label: 'Country', hint: 'Two letters, e.g. US: public holidays are skipped' },
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
  const [notice, setNotice] = useState<string | null>(null);
  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Status>Loading settings…</Status>;
  const saved = (text: string) => {
    setNotice(text);
    reload();
  };
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {notice ? <Status>{notice}</Status> : null}
      <h2>Profile</h2>
      <div className="card">
        {PROFILE.map((p) => (
          <SettingRow
            key={p.key}
            entry={data.find((e) => e.key === p.key) ?? { key: p.key, value: null }}
            label={p.label}
            hint={p.hint}
            multiline={p.multiline}
            onSaved={saved}
          />
        ))}
      </div>
      <h2>Playbook</h2>
      <div className="card">
        {data
          .filter((e) => e.key.startsWith('settings.'))
          .map((e) => (
            <SettingRow
              key={e.key}
              entry={e}
              label={SETTING_LABEL[e.key] ?? e.key}
              hint={`Default ${e.default}`}
              type="number"
              onSaved={saved}
            />
          ))}
      </div>
      <h2>Mail accounts</h2>
      <div className="card">
        <p className="muted">
          Saved in a file in your data folder that only you can read. Write any @ or : in the user name or password as
          %40 or %3A.
        </p>
        {MAIL_ACCOUNTS.map((a) => (
          <MailAccountRow
            key={a.key}
            account={a}
            current={data.find((e) => e.key === a.key)?.value ?? null}
            onSaved={saved}
          />
        ))}
      </div>
      <h2>Calendar feed</h2>
      <CalendarFeed />
      <YourCoaches />
      <h2>Your data</h2>
      <DataFile onImported={saved} />
      <ImportCsv />
    </section>
  );
}

function SettingRow(props: {
  entry: ConfigEntry;
  label: string;
  hint?: string | undefined;
  multiline?: boolean | undefined;
  type?: string;
  onSaved: (text: string) => void;
}) {
  const initial = props.entry.value === null ? '' : String(props.entry.value);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setValue(initial), [initial]);
  const save = async (next: string | null) => {
    try {
      await api('PUT', `/settings/${encodeURIComponent(props.entry.key)}`, { value: next });
      setError(null);
      props.onSaved(`Saved ${props.label.toLowerCase()}.`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form
      className="setting"
      onSubmit={(e) => {
        e.preventDefault();
        void save(value);
      }}
    >
      <Field
        label={props.label}
        value={value}
        onChange={setValue}
        hint={props.hint}
        multiline={props.multiline}
        rows={3}
        type={props.type}
      />
      <div className="actions">
        <button type="submit" disabled={value === initial}>
          Save<span className="visually-hidden"> {props.label}</span>
        </button>
        {props.entry.default !== undefined && props.entry.value !== props.entry.default ? (
          <button type="button" onClick={() => save(null)}>
            Reset<span className="visually-hidden"> {props.label}</span> to {props.entry.default}
          </button>
        ) : null}
      </div>
      <ErrorNote error={error} />
    </form>
  );
}

function DataFile({ onImported }: { onImported: (text: string) => void }) {
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
              onImported(`Imported ${r.created + r.updated} opportunities (${r.created} new, ${r.updated} updated).`);
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

function MailAccountRow(props: {
  account: { key: string; label: string; example: string; hint: string };
  current: string | number | null;
  onSaved: (text: string) => void;
}) {
  const { account } = props;
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const save = async (next: string | null) => {
    try {
      await api('PUT', `/settings/${encodeURIComponent(account.key)}`, { value: next });
      setError(null);
      setValue('');
      props.onSaved(next === null ? `Removed the ${account.label} account.` : `Saved the ${account.label} account.`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form
      className="setting"
      onSubmit={(e) => {
        e.preventDefault();
        void save(value.trim());
      }}
    >
      <p>
        <strong>{account.label}: </strong>
        {props.current ? <code>{String(props.current)}</code> : <span className="muted">not set</span>}
      </p>
      <Field
        label={`${props.current ? 'Replace' : 'Set'} the ${account.label} account`}
        value={value}
        onChange={setValue}
        type="password"
        placeholder={account.example}
        hint={account.hint}
      />
      <div className="actions">
        <button type="submit" disabled={value.trim() === ''}>
          Save<span className="visually-hidden"> {account.label}</span>
        </button>
        {props.current ? (
          <button type="button" onClick={() => save(null)}>
            Remove<span className="visually-hidden"> {account.label}</span>
          </button>
        ) : null}
      </div>
      <ErrorNote error={error} />
    </form>
  );
}

function CalendarFeed() {
  const { data, error, reload } = useLoad(() => api<CalendarAnswer>('GET', '/calendar'), []);
  const [notice, setNotice] = useState<string | null>(null);
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
      {notice ? <Status>{notice}</Status> : null}
      <div className="actions">
        <button
          type="button"
          disabled={!data}
          onClick={() =>
            navigator.clipboard.writeText(url).then(
              () => setNotice('Copied the feed address.'),
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
              setNotice('Replaced the link: the old one no longer works.');
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
