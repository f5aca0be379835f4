/**
 * Pickers for the profile's time zone and country, shared by the first run
 * and Settings: the zone is typed and narrowed against the browser's list
 * of IANA zones (a native datalist), the country is chosen by name from the
 * regions the browser can name. Both start from a guess: the browser's own
 * zone, and the region of its language (en-US: US).
 */
import { useId } from 'react';

/** The browser's time zone (e.g. Europe/Berlin), or UTC when it does not say. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The IANA zones the browser knows, UTC included. */
export function zoneNames(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** Whether `zone` is a zone the browser can use. */
export function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
}

/** The country of the browser's language (en-GB: GB), or null when the language names none. */
export function browserCountry(): string | null {
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // An odd language tag: try the next one.
    }
  }
  return null;
}

/** Two-letter codes Intl names that are not countries (groupings, old or private codes). */
const NOT_COUNTRIES = new Set([
  'AN',
  'BU',
  'CP',
  'CS',
  'DD',
  'DG',
  'EA',
  'EU',
  'EZ',
  'FX',
  'IC',
  'NT',
  'QO',
  'SU',
  'TA',
  'TP',
  'UN',
  'XA',
  'XB',
  'YD',
  'YU',
  'ZR',
  'ZZ',
]);

let countries: { value: string; label: string }[] | null = null;

/** Every country the browser can name, as {code, name}, sorted by name. */
export function countryOptions(): { value: string; label: string }[] {
  if (countries) return countries;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const list: { value: string; label: string }[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) list.push({ value: code, label: name });
    }
  countries = list.sort((x, y) => x.label.localeCompare(y.label));
  return countries;
}

/** A time zone field: type to narrow the list ("berl" finds Europe/Berlin); the hint says what it is now. */
export function ZonePicker(props: { label?: string; value: string; onChange: (zone: string) => void }) {
  const id = useId();
  const valid = isZone(props.value);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label ?? 'Time zone'}</label>
      <input
        id={id}
        list={`${id}-zones`}
        value={props.value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        aria-invalid={valid ? undefined : true}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={`${id}-zones`}>
        {zoneNames().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <span id={`${id}-hint`} className={valid ? 'hint' : 'hint readback bad'}>
        {valid ? `Now ${zoneClock(props.value)} there` : 'Type part of a city or region and pick a zone from the list'}
      </span>
    </div>
  );
}

function zoneClock(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(new Date());
}

/** A country chooser by name; its value is the two-letter code (US, GB). */
export function CountryPicker(props: {
  label?: string;
  value: string;
  onChange: (code: string) => void;
  hint?: string;
}) {
  const id = useId();
  const options = countryOptions();
  const known = options.some((o) => o.value === props.value);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label ?? 'Country'}</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {known ? null : <option value={props.value}>{props.value ? props.value : 'Choose a country'}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint ? (
        <span id={`${id}-hint`} className="hint">
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
