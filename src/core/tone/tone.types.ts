/**
 * Types of the tone check (CONTRACT.md "The tone check"). Pure types.
 */

export const TONE_RULES = [
  'pleading',
  'over-apology',
  'pressure',
  'generic',
  'too-long',
  'exclamations',
  'unbacked-claim',
] as const;
export type ToneRule = (typeof TONE_RULES)[number];

/** One thing the tone check flags, with a better wording. */
export interface ToneFlag {
  rule: ToneRule;
  /** Character offset (UTF-16) into the text; null for whole-text rules. */
  start: number | null;
  /** End offset, exclusive; null for whole-text rules. */
  end: number | null;
  /** The flagged words (for whole-text rules, a short description). */
  text: string;
  suggestion: string;
}

/** What the text may be checked against; each field enables the checks that need it. */
export interface ToneFacts {
  company?: string;
  role?: string | null;
  otherOpenOpportunities?: number;
  hasOtherOffer?: boolean;
  isCheckIn?: boolean;
}
