/**
 * RFC 5322 `Date:` header values to ISO 8601 strings that keep the sender's
 * own UTC offset ("Tue, 01 Dec 2026 11:48:33 -0500" -> "2026-12-01T11:48:33-05:00").
 * Relative words in a message ("tomorrow") are read in that offset, so the
 * offset must survive parsing; postal-mime normalises dates to UTC.
 */

/** Month numbers by the first three letters of the English name, lowercase. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Obsolete zone names RFC 5322 section 4.3 still allows, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const DATE_RE =
  /^\s*(?:[A-Za-z]{2,9}\s*,?\s*)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([+-]\d{4}|[A-Za-z]{1,5})?/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Parses an RFC 5322 date (tolerating the usual deviations: no weekday, no
 * seconds, two-digit years, named zones, a trailing comment) into
 * `YYYY-MM-DDTHH:MM:SS±HH:MM`. An unknown or missing zone is read as UTC
 * (`+00:00`), as RFC 5322 says for `-0000`.
 * @returns null when the value is not a recognisable date (never throws).
 */
export function parseRfc5322Date(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] ? Math.min(Number(m[6]), 59) : 0;
  if (!month || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  let offset = 0;
  const zone = m[7];
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    const hh = Number(zone.slice(1, 3));
    const mm = Number(zone.slice(3, 5));
    if (hh > 23 || mm > 59) return null;
    offset = sign * (hh * 60 + mm);
  } else if (zone) {
    offset = ZONES[zone.toUpperCase()] ?? 0;
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
