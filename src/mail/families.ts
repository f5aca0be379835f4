/**
 * Families of wording added for the eighth blind set (issue 15): rejections
 * as a change of direction or a headcount freeze, explicit checks in the
 * seeker's own words, offers told mostly as terms and start dates, and the
 * reading a message's match settles (no opportunity: never a promise; an
 * answer to the seeker's last note: a reply). Phrase lists, one per line.
 */

import { words } from './phrases.js';
import type { Reading } from './reading.types.js';

/** Rejections without the usual words: the hiring went another way, or the headcount or budget went. */
export const REJECTION_FAMILY = words(
  // A change of direction.
  [
    '(?:go|goes|going|gone|went|head|heading|headed|move|moving|moved|take|taking|took)(?: (?:the|this|our|that) (?:role|search|process|team|hiring))? in (?:an?other|a different) direction',
  ],
  // A freeze, or headcount or budget withdrawn.
  [
    // Not a freeze that is over ("the hiring freeze has been lifted").
    // Nor a scare that came to nothing ("a hiring freeze scare that is now resolved").
    '(?:a|an|the|our) (?:[\\w-]+ )?(?:hiring|recruiting|recruitment|headcount) (?:freeze|pause)(?! (?:has (?:now )?been|have been|is|was|is now) (?:lifted|over|ended|reversed))(?! (?:scare|rumou?r|worry|threat)\\b)(?![^.]{0,40}\\b(?:(?:is|was|has been|is now|now) (?:resolved|lifted|over|behind us|averted)|came to nothing)\\b)',
    '(?:headcount|budget|funding|hiring)(?: for(?: [\\w-]+){1,5})? (?:has (?:now )?been|have (?:now )?been|was|were|is now|is|are) (?:now )?(?:frozen|withdrawn|pulled|cut|removed|cancell?ed|paused|reallocated|put on hold|on hold)',
    '(?:froze|frozen|freezing|paused|pausing|withdrawn|withdrew|pulled|cut) (?:the |our |all |its |this )?(?:headcount|hiring|budget|funding) for',
    '(?:lost|lose|losing|no longer have) (?:the )?(?:headcount|budget|funding) for',
    '(?:unable|not able) to (?:progress|proceed with|take forward|continue with) (?:any |your |the |further )?(?:applications?|candidac(?:y|ies)|candidates)',
  ],
);

/** An explicit check in other words: still considered? moved on? other decisions are coming. */
export const EXPLICIT_CHECK_FAMILY = words(
  // Am I still in it?
  [
    'am I still (?:being considered|in (?:the )?(?:running|process|mix)|under consideration)',
    "(?:if|whether) I(?:'m| am) still (?:being considered|in (?:the )?(?:running|process|mix)|in contention|under consideration|on the shortlist)",
    "(?:if|whether) (?:you(?:'ve| have)|the team has|they(?:'ve| have)) (?:already )?(?:decided to )?(?:go|gone) (?:another|a different) way",
    "(?:if|whether|in case) (?:the team|you|you all|they|the company|the panel) (?:has|have|'ve) (?:already |since )?moved on",
    "(?:I'?d|I would) (?:just )?(?:rather|prefer to) know",
  ],
  // Other processes are moving.
  [
    "(?:I have|I've got|I've|there are) (?:some |a few |two )?other (?:decisions|offers|deadlines|processes|conversations) (?:coming up|to make|pending|in progress|moving)",
    '(?:talking|speaking|interviewing|in conversations?) (?:to|with) (?:a few |a couple of |several |some |two )?other (?:companies|employers|teams|firms)',
  ],
);

/** An offer told as its terms: a pay figure, an offer document, a start date, an answer by. */
const OFFER_TERMS = {
  pay: words([
    '(?:USD|SGD|S\\$|US\\$|EUR|GBP|AUD|\\$|€|£) ?\\d[\\d,.]*k?(?: (?:base|salary|per (?:annum|year|month)|a year|annually|p\\.?a\\.?))?',
    '\\d[\\d,.]*k? (?:base|base salary|salary|per annum)',
  ]),
  document: words([
    '(?:written |formal |signed |official )?offer(?: letter| document| pack)? (?:is )?(?:attached|enclosed|on its way|coming via)',
    '(?:attached|enclosed) (?:is |please find )?(?:your|the|our) (?:formal |written |signed )?offer',
    "(?:wants?|would like|'d like|would love|'d love) (?:you )?to join (?:us|the team|our team|[A-Z][\\w&.-]*)",
    '(?:like|love|want|pleased|delighted|happy|glad|thrilled) to offer (?:you|the|this|a)',
  ]),
  start: words(['(?:proposed |planned |suggested )?start(?:ing)? date', 'onboarding (?:date|day)']),
  answer: words([
    '(?:let us know|get back to us|come back to us|your (?:decision|answer)|reply|respond)[^.?]{0,40}? by',
  ]),
} as const;

/**
 * An offer read from its terms: an offer document or "wants you to join"
 * with one more term, or a pay figure with a start date or an answer-by.
 * Such mail talks of dates and calls, but it is no scheduling.
 */
export function isOfferByTerms(text: string): boolean {
  const has = (k: keyof typeof OFFER_TERMS) => OFFER_TERMS[k].test(text);
  const others = [has('pay'), has('start'), has('answer')].filter(Boolean).length;
  if (has('document')) return others >= 1;
  return has('pay') && others >= 2;
}

/** What the match of a message says about it. */
export interface MatchFacts {
  opportunityId: string | null;
  /** How it matched (`contact`, `thread`, `domain`, `ats-company`), null when it did not. */
  method: string | null;
  /** Opportunities that fit equally well when ambiguous. */
  candidates: readonly string[];
}

/**
 * A reading settled by its match. A received message matched to no
 * opportunity at all (not an ambiguous one) is `other` and promises
 * nothing: a friend's "decide by wed" is no timeline. A received message
 * with no known pattern, from the company's own domain or a contact, when
 * the seeker's latest message about the same opportunity asked something,
 * answers that question: a reply. `seekerAsked`: the seeker's latest message
 * on the opportunity before this one asked a question (see `asksQuestion`).
 */
export function settleReading(reading: Reading, match: MatchFacts, seekerAsked: boolean): Reading {
  if (reading.direction !== 'in') return reading;
  if (match.opportunityId == null && match.method == null && match.candidates.length === 0) {
    if (reading.kind === 'other' && reading.decisionBy == null) return reading;
    if (reading.kind === 'auto-reply') return reading;
    return { ...reading, kind: 'other', decisionBy: null, reasons: [...reading.reasons, 'matches no opportunity'] };
  }
  const sameCompany = match.method === 'domain' || match.method === 'contact';
  const unread = reading.kind === 'other' && reading.reasons.includes('no known pattern');
  if (unread && sameCompany && seekerAsked) {
    return { ...reading, kind: 'reply', confidence: 0.6, reasons: [...reading.reasons, 'answers the last note sent'] };
  }
  return reading;
}

/** A sent message's new text asks something ("what start dates are possible?"). */
export function asksQuestion(reading: Reading): boolean {
  return reading.direction === 'out' && reading.text.includes('?');
}
