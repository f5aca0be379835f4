/**
 * Settings: the profile (name, email, signature, zone, country), the
 * playbook settings with their defaults, and the data file in and out.
 */
import { useEffect, useState } from 'react';
import { api, type ConfigEntry } from '../api.js';
import { ErrorNote, Field, Status, useLoad } from '../components/common.js';

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
      <h2>Your data</h2>
      <DataFile onImported={saved} />
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
              const r = await api<{ created: number; updated: number }>('POST', '/import', await file.text());
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
