/**
 * Which column of another tracker's CSV means what. Headers are compared
 * after dropping case, spaces and punctuation (`companyName`,
 * `company_name` and `Company Name` are one name), against one list of
 * synonyms per field, first synonym first. The format (Huntr, Teal, any
 * other) is told from the header's exact spelling when it is not given.
 * Also here: a tracker's stage onto afterview's status, and a rating onto
 * interest 1-5. docs/import-csv.md lists the same in words.
 */
import type { OpportunityStatus } from '../../core/model.js';
import { AppError } from '../../records/errors.js';

export const CSV_FORMATS = ['huntr', 'teal', 'generic'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** The fields a row can fill, each with its header names (normalized: lowercase letters and digits). */
const SYNONYMS = {
  company: ['companyname', 'company', 'employer', 'organization', 'organisation', 'org', 'employername'],
  role: ['title', 'role', 'jobtitle', 'position', 'jobposition', 'jobrole', 'positiontitle', 'rolename'],
  status: ['listname', 'statusname', 'status', 'stage', 'list', 'applicationstatus', 'jobstatus'],
  url: ['url', 'joburl', 'link', 'joblink', 'postingurl', 'posting', 'jobposting', 'website'],
  location: ['location', 'joblocation', 'city'],
  salary: ['salary', 'compensation', 'pay', 'salaryrange'],
  salaryMin: ['minsalary', 'salarymin'],
  salaryMax: ['maxsalary', 'salarymax'],
  interest: ['excitement', 'interest', 'stars', 'rating', 'priority'],
  notes: ['notes', 'note', 'comments', 'comment'],
  created: ['createdat', 'created', 'addedat', 'dateadded', 'added', 'datecreated', 'datesaved', 'savedat'],
  applied: ['appliedat', 'dateapplied', 'applied', 'applieddate', 'applicationdate', 'appliedon'],
  closed: ['archivedat', 'closedat', 'dateclosed', 'closed'],
  followUp: ['followupat', 'followup', 'followupdate', 'nextfollowup'],
  deadline: ['deadline', 'applicationdeadline'],
  lastMoved: ['lastmovedat', 'lastmoved', 'updatedat', 'lastupdated'],
} as const;

export type CsvField = keyof typeof SYNONYMS;

/** For each field found, the indexes of its columns, first synonym first (a row's value is the first not empty). */
export type ColumnMap = Partial<Record<CsvField, number[]>>;

/** A header name without case, spaces or punctuation. */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Headers as each tracker spells them: any one of these tells the format. */
const SIGNATURES: Readonly<Record<Exclude<CsvFormat, 'generic'>, readonly string[]>> = {
  huntr: ['companyName', 'listName', 'lastMovedAt'],
  teal: ['company_name', 'statusName', 'excitement', 'added_at', 'min_salary', 'archived_at'],
};

const FORMAT_NAMES: Readonly<Record<CsvFormat, string>> = { huntr: 'Huntr', teal: 'Teal', generic: 'generic' };

/** The tracker's name as people write it (`Huntr`). */
export function formatName(format: CsvFormat): string {
  return FORMAT_NAMES[format];
}

/** The format a header shows, when none is given. */
export function detectFormat(header: readonly string[]): CsvFormat {
  const names = new Set(header.map((h) => h.trim()));
  if (SIGNATURES.huntr.some((h) => names.has(h))) return 'huntr';
  if (SIGNATURES.teal.some((h) => names.has(h))) return 'teal';
  return 'generic';
}

/**
 * The columns of `header`, checked against `format`. Throws `invalid_file`
 * when no column names the company, or when `format` is a tracker whose
 * columns are not there.
 */
export function mapColumns(header: readonly string[], format: CsvFormat): ColumnMap {
  if (format !== 'generic') {
    const names = new Set(header.map((h) => h.trim()));
    if (!SIGNATURES[format].some((h) => names.has(h))) {
      throw new AppError(
        'invalid_file',
        `the header does not look like ${formatName(format)}'s export (none of ${SIGNATURES[format].join(', ')})`,
        { hint: 'read it as a generic CSV, or let the format be recognised from the header' },
      );
    }
  }
  const normalized = header.map(normalizeHeader);
  const map: ColumnMap = {};
  for (const [field, names] of Object.entries(SYNONYMS) as [CsvField, readonly string[]][]) {
    const at = names.flatMap((name) => normalized.flatMap((h, i) => (h === name ? [i] : [])));
    if (at.length > 0) map[field] = at;
  }
  if (map.company === undefined) {
    const shown = header
      .slice(0, 12)
      .map((h) => JSON.stringify(h))
      .join(', ');
    throw new AppError('invalid_file', `no column names the company (the header has ${shown || 'nothing'})`, {
      hint: 'name a column company, employer or organization; nothing was imported',
    });
  }
  return map;
}

/** Stages that mean the search is still going, in any tracker's words (letters only). */
const OPEN_STAGES = new Set([
  'wishlist',
  'bookmarked',
  'saved',
  'interested',
  'applying',
  'applied',
  'applicationsent',
  'applicationsubmitted',
  'submitted',
  'screen',
  'screening',
  'phonescreen',
  'recruiterscreen',
  'interview',
  'interviews',
  'interviewing',
  'onsite',
  'finalround',
  'technical',
  'assessment',
  'takehome',
  'offer',
  'offers',
  'offerreceived',
  'negotiating',
  'negotiation',
  'inprogress',
  'open',
  'active',
  'waiting',
  'followedup',
  'reachedout',
  'networking',
  'contacted',
  'referred',
  'new',
  'todo',
]);

/**
 * A tracker's stage as afterview's status, and whether it was recognised.
 * Closing words win (`Offer declined` is declined); a stage of a search
 * still going (`Interview`, `Offer`) is `open`, and no interview or offer is
 * made up for it; an unknown stage is `open`, not recognised.
 */
export function mapStatus(stage: string): { status: OpportunityStatus; known: boolean } {
  const word = stage.toLowerCase().replace(/[^a-z]/g, '');
  if (word === '') return { status: 'open', known: true };
  if (word.includes('noresponse') || word.includes('ghost') || word.includes('noreply'))
    return { status: 'no-response', known: true };
  if (word.includes('declin') || word.includes('turneddown')) return { status: 'declined', known: true };
  if (word.includes('accept') || word.includes('hired') || word === 'signed')
    return { status: 'accepted', known: true };
  if (
    word.includes('reject') ||
    word.includes('notselected') ||
    word.includes('unsuccessful') ||
    word.includes('notmovingforward') ||
    word === 'denied'
  )
    return { status: 'rejected', known: true };
  if (word.includes('withdr') || word === 'archived' || word === 'notinterested' || word === 'dropped')
    return { status: 'withdrawn', known: true };
  return { status: 'open', known: OPEN_STAGES.has(word) };
}

/** Teal may write the stage as JSON (`{"name":"Applied",...}`): its name, else the text as it is. */
export function stageText(value: string): string {
  const text = value.trim();
  if (!text.startsWith('{')) return text;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    for (const key of ['name', 'statusName', 'label', 'status', 'title']) {
      if (typeof parsed[key] === 'string') return parsed[key] as string;
    }
  } catch {
    // not JSON after all: the text is the stage
  }
  return text;
}

const RATING_WORDS: Readonly<Record<string, number>> = {
  highest: 5,
  top: 5,
  high: 5,
  medium: 3,
  normal: 3,
  mid: 3,
  low: 1,
  lowest: 1,
};

/**
 * A rating as interest 1-5: a number of stars (0 means none given, a
 * 10-point rating is halved), star characters, or high/medium/low.
 * `undefined` for no rating; `null` for a value that is not a rating.
 */
export function mapInterest(value: string): number | undefined | null {
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  const stars = [...text].filter((c) => c === '★' || c === '*').length;
  if (stars > 0 && /^[★☆*\s]+$/.test(text)) return Math.min(5, stars);
  if (RATING_WORDS[text] !== undefined) return RATING_WORDS[text];
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  if (n === 0) return undefined;
  if (n <= 5) return Math.max(1, Math.round(n));
  if (n <= 10) return Math.max(1, Math.round(n / 2));
  return null;
}
