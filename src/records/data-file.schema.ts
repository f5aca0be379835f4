/**
 * The `afterview/1` data file (CONTRACT.md): the zod schema that validates
 * imports, and the record types the store reads and writes. Records keep
 * times exactly as written (ISO strings with their offsets), so export,
 * import, export gives the same document.
 */
import { z } from 'zod';
import {
  CHANNELS,
  IN_KINDS,
  OFFER_STATUSES,
  OPPORTUNITY_STATUSES,
  OUT_PURPOSES,
  SETTING_BOUNDS,
  type Settings,
} from '../core/model.js';
import type { AppError } from './errors.js';
import { TEXT_LIMITS, type TextField, textTooLong } from './text-limits.js';

export const DATA_FORMAT = 'afterview/1';

const id = z.string().min(1, 'must be a non-empty id').max(200);
/** An instant with an explicit UTC offset or Z, e.g. 2026-11-20T14:00:00-05:00. */
export const instantString = z.iso.datetime({
  offset: true,
  local: false,
  message: 'must be an ISO 8601 date-time with an offset, like 2026-11-20T14:00:00-05:00',
});
/** A calendar date, e.g. 2026-12-04. */
export const dateString = z.iso.date({ message: 'must be a date like 2026-12-04' });
/** A string within the limit of `field` (text-limits.ts); over it, the issue names the limit. */
export function limitedText(field: TextField) {
  const limit = TEXT_LIMITS[field];
  return z.string().max(limit, `must be at most ${limit} characters`);
}
const text = (field: TextField) => limitedText(field);

const settingsShape = Object.fromEntries(
  Object.entries(SETTING_BOUNDS).map(([key, { min, max }]) => [key, z.number().int().min(min).max(max).optional()]),
) as { [K in keyof Settings]: z.ZodOptional<z.ZodNumber> };
export const SettingsSchema = z.strictObject(settingsShape);

export const ContactSchema = z.strictObject({
  id,
  name: text('name'),
  email: text('email').email('must be an email address').nullable().optional(),
  title: text('title').nullable().optional(),
});

export const InterviewSchema = z.strictObject({
  id,
  at: instantString,
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  round: text('round').nullable().optional(),
  interviewers: z.array(id).optional(),
  timelineAsked: z.boolean().optional(),
  decisionBy: dateString.nullable().optional(),
  notes: text('notes').optional(),
});

const touchBase = {
  id,
  at: instantString,
  channel: z.enum(CHANNELS).optional(),
  contactId: id.nullable().optional(),
  interviewId: id.nullable().optional(),
  subject: text('subject').nullable().optional(),
  body: text('body').nullable().optional(),
  messageId: text('messageId').nullable().optional(),
};
export const OutTouchSchema = z.strictObject({
  ...touchBase,
  direction: z.literal('out'),
  purpose: z.enum(OUT_PURPOSES),
});
export const InTouchSchema = z.strictObject({
  ...touchBase,
  direction: z.literal('in'),
  kind: z.enum(IN_KINDS),
  decisionBy: dateString.nullable().optional(),
});
export const TouchSchema = z.discriminatedUnion('direction', [OutTouchSchema, InTouchSchema]);

export const OfferSchema = z.strictObject({
  id,
  status: z.enum(OFFER_STATUSES),
  at: instantString,
  deadline: dateString.nullable().optional(),
  decidedAt: instantString.nullable().optional(),
});

export const SnoozeSchema = z.strictObject({ item: text('item').min(1), until: dateString });

export const OpportunitySchema = z.strictObject({
  id,
  company: text('company').min(1, 'must name the company'),
  role: text('role').nullable().optional(),
  interest: z.number().int().min(1).max(5).optional(),
  createdAt: instantString,
  status: z.enum(OPPORTUNITY_STATUSES).optional(),
  closedAt: instantString.nullable().optional(),
  url: text('url').nullable().optional(),
  notes: text('notes').optional(),
  contacts: z.array(ContactSchema).optional(),
  interviews: z.array(InterviewSchema).optional(),
  touches: z.array(TouchSchema).optional(),
  offers: z.array(OfferSchema).optional(),
  snoozed: z.array(SnoozeSchema).optional(),
  dismissed: z.array(text('item').min(1)).optional(),
});

export const ProfileSchema = z.strictObject({
  name: text('name').nullable().optional(),
  email: text('email').email('must be an email address').nullable().optional(),
  timezone: z
    .string()
    .refine((tz) => isIanaZone(tz), 'must be an IANA time zone like America/New_York')
    .nullable()
    .optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like US')
    .nullable()
    .optional(),
  signature: text('signature').nullable().optional(),
  settings: SettingsSchema.optional(),
  /** Extension within afterview/1: snoozes and dismissals of items without an opportunity (keep-searching). */
  snoozed: z.array(SnoozeSchema).optional(),
  dismissed: z.array(text('item').min(1)).optional(),
});

/**
 * An opportunity as a file may write it: `createdAt` may be left out (the
 * import fills it in: the stored value for an id that exists, else the time
 * of the import). Exports always write it.
 */
export const OpportunityInputSchema = OpportunitySchema.extend({ createdAt: instantString.optional() });

function dataFileSchema<O extends typeof OpportunitySchema | typeof OpportunityInputSchema>(opportunity: O) {
  return z
    .strictObject({
      format: z.literal(DATA_FORMAT, { message: `must be "${DATA_FORMAT}"` }),
      profile: ProfileSchema.optional(),
      opportunities: z.array(opportunity).optional(),
    })
    .superRefine((doc, ctx) => {
      const seen = new Map<string, number>();
      (doc.opportunities ?? []).forEach((opp, i) => {
        if (seen.has(opp.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['opportunities', i, 'id'],
            message: `duplicates the id of opportunities[${seen.get(opp.id)}]`,
          });
        }
        seen.set(opp.id, i);
        checkReferences(opp, i, ctx);
      });
    });
}

/** The document as exports write it and the store reads it. */
export const DataFileSchema = dataFileSchema(OpportunitySchema);
/** The document as an import accepts it (see OpportunityInputSchema). */
export const DataFileInputSchema = dataFileSchema(OpportunityInputSchema);

function checkReferences(opp: z.infer<typeof OpportunityInputSchema>, i: number, ctx: z.RefinementCtx): void {
  const contacts = new Set((opp.contacts ?? []).map((c) => c.id));
  const interviews = new Set((opp.interviews ?? []).map((iv) => iv.id));
  const unique = (list: { id: string }[] | undefined, name: string) => {
    const ids = new Set<string>();
    (list ?? []).forEach((x, j) => {
      if (ids.has(x.id))
        ctx.addIssue({
          code: 'custom',
          path: ['opportunities', i, name, j, 'id'],
          message: 'duplicates another id in this list',
        });
      ids.add(x.id);
    });
  };
  unique(opp.contacts, 'contacts');
  unique(opp.interviews, 'interviews');
  unique(opp.touches, 'touches');
  unique(opp.offers, 'offers');
  (opp.interviews ?? []).forEach((iv, j) => {
    (iv.interviewers ?? []).forEach((c, k) => {
      if (!contacts.has(c))
        ctx.addIssue({
          code: 'custom',
          path: ['opportunities', i, 'interviews', j, 'interviewers', k],
          message: `names no contact of this opportunity ("${c}")`,
        });
    });
  });
  (opp.touches ?? []).forEach((t, j) => {
    if (t.contactId != null && !contacts.has(t.contactId))
      ctx.addIssue({
        code: 'custom',
        path: ['opportunities', i, 'touches', j, 'contactId'],
        message: `names no contact of this opportunity ("${t.contactId}")`,
      });
    if (t.interviewId != null && !interviews.has(t.interviewId))
      ctx.addIssue({
        code: 'custom',
        path: ['opportunities', i, 'touches', j, 'interviewId'],
        message: `names no interview of this opportunity ("${t.interviewId}")`,
      });
  });
  if ((opp.status ?? 'open') === 'open' && opp.closedAt != null) {
    ctx.addIssue({
      code: 'custom',
      path: ['opportunities', i, 'closedAt'],
      message: 'must be null while the status is open',
    });
  }
}

function isIanaZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

export type DataFile = z.infer<typeof DataFileSchema>;
export type DataFileInput = z.infer<typeof DataFileInputSchema>;
export type ProfileRecord = z.infer<typeof ProfileSchema>;
export type OpportunityRecord = z.infer<typeof OpportunitySchema>;
export type ContactRecord = z.infer<typeof ContactSchema>;
export type InterviewRecord = z.infer<typeof InterviewSchema>;
export type TouchRecord = z.infer<typeof TouchSchema>;
export type OfferRecord = z.infer<typeof OfferSchema>;
export type SnoozeRecord = z.infer<typeof SnoozeSchema>;

/** Formats a zod path as CONTRACT.md writes it: `opportunities[2].interviews[0].at`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}

/**
 * The `text_too_long` error for a zod issue that is a string over its
 * limit, or null for any other issue. `input` is what was parsed (the
 * length is read from it); `label` names the field as the caller shows it.
 */
export function textTooLongIssue(
  issue: z.core.$ZodIssue | undefined,
  input: unknown,
  label: (path: readonly PropertyKey[]) => string,
): AppError | null {
  if (issue?.code !== 'too_big' || issue.origin !== 'string') return null;
  let value: unknown = input;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key];
  if (typeof value !== 'string') return null;
  return textTooLong(label(issue.path), Number(issue.maximum), value.length);
}
