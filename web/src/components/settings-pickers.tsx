/**
 * Settings' pickers: the time zone (a searchable list of the zones this
 * browser knows, from `Intl.supportedValuesOf('timeZone')`, typed into with
 * suggestions) and the country (a list of the countries afterview knows the
 * public holidays of, by name). Each is labelled, says what it is for, and
 * ties its error to itself.
 */
import { useId } from 'react';

/** The countries the server's holiday calendar knows (ISO 3166-1 alpha-2; src/app/commands/settings.ts checks them). */
const HOLIDAY_COUNTRIES =
  'AD AE AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU IC ID IE IL IM IN IR IS IT JE JM JP KE KM KN KR KY KZ LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MK ML MQ MR MS MT MU MW MX MY MZ NA NC NE NF NG NI NL NO NZ PA PE PF PH PK PL PM PR PT PY RE RO RS RU RW SA SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SZ TC TD TG TH TN TO TR TT TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF XK YT ZA ZM ZW'.split(
    ' ',
  );

/** The zones this browser knows, with UTC first (it is not always in the list). */
export function timeZones(): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...listed.filter((z) => z !== 'UTC')];
}

/** Countries by name, in the reader's alphabetical order. */
export function countries(): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    names = null;
  }
  return HOLIDAY_COUNTRIES.map((code) => ({ code, name: names?.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

/** Whether `zone` is one the browser can use (what the server checks too). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface PickerProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint: string;
  /** The field's error, shown under it and announced with it. */
  error?: string | null;
}

/** The hint and, when there is one, the error under a picker (ids `<id>-hint` and `<id>-error`). */
function HintAndError(props: { id: string; hint: string; error?: string | null | undefined }) {
  return (
    <>
      <span id={`${props.id}-hint`} className="hint">
        {props.hint}
      </span>
      {props.error ? (
        <span id={`${props.id}-error`} className="error">
          {props.error}
        </span>
      ) : null}
    </>
  );
}

/** The time zone: type a city or region, pick from the suggestions (arrows, Enter). */
export function ZonePicker(props: PickerProps) {
  const id = useId();
  const described = [`${id}-hint`, props.error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        list={`${id}-zones`}
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={`${id}-zones`}>
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <HintAndError id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** The country, by name (type its first letters to jump); "None" skips no holidays. */
export function CountryPicker(props: PickerProps) {
  const id = useId();
  const described = [`${id}-hint`, props.error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">None</option>
        {countries().map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      <HintAndError id={id} hint={props.hint} error={props.error} />
    </div>
  );
}
