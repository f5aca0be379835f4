/**
 * What a message says: its direction (the seeker's own addresses send `out`),
 * the purpose of a sent message or the kind of a received one, the decision
 * date it carries, and the invitation it holds. Read from the new text only
 * (see `newText`), the subject and the headers; each reading carries a
 * confidence so that weak ones can go to the seeker for review.
 */
import type { Temporal } from 'temporal-polyfill';
import { type Invitation, readCancellation, readInvitation } from '../calendar/invite.js';
import type { InKind, OutPurpose } from '../core/model.js';
import { readDecisionBy } from './decision-date.js';
import { EXPLICIT_CHECK_FAMILY, isOfferByTerms, REJECTION_FAMILY } from './families.js';
import { acknowledgesApplication, meansOffer, meansRejection, meansScheduling, withoutOtherRoles } from './meaning.js';
import type { ParsedMessage } from './parse.js';
import { phrases } from './phrases.js';
import { newText } from './quote.js';
import type { Reading } from './reading.types.js';

/** What classification needs besides the message. */
export interface ClassifyContext {
  /** The seeker's own addresses (profile email and aliases), any case. */
  ownAddresses: readonly string[];
  /** Public holidays (ISO dates) of the seeker's country, for "the next few days". */
  holidays?: ReadonlySet<string>;
}

/** Below this confidence a reading should be confirmed by the seeker. */
export const REVIEW_BELOW = 0.6;

export type { InReading, OutReading, Reading } from './reading.types.js';

interface Rule<T> {
  value: T;
  test: RegExp;
  /** Also needed somewhere in the message, when the pattern alone says too little. */
  requires?: RegExp;
  confidence: number;
  why: string;
}

/** Subjects that auto-responders put first, in English, German and French. */
const AUTO_REPLY_SUBJECTS = [
  // Automatic reply, by name.
  'automatic reply',
  'auto(?:matic)?[- ]?(?:reply|response)',
  'autoreply',
  // Out of the office.
  'out of (?:the )?office',
  'ooo\\b',
  'away from (?:the )?office',
  // Other languages.
  'abwesenheit',
  'r[ée]ponse automatique',
];
const AUTO_REPLY_SUBJECT = new RegExp(`^\\s*(${AUTO_REPLY_SUBJECTS.join('|')})`, 'i');
/** An absence notice in the body: the writer is away and says so. */
const AUTO_REPLY_TEXT = phrases(
  // Away, on leave.
  [
    'out of (?:the )?office',
    'I am (?:currently )?away',
    "I'?m (?:currently )?away",
    // The writer, not a colleague: "Deborah forwarded your enquiry while she is on leave".
    "(?<!\\b(?:is|are|was|'s)\\s+(?:currently\\s+|now\\s+)?)on (?:annual |parental |sick )?leave",
  ],
  // Little or no mail while away.
  [
    '(?:limited|no) access to (?:e-?mail|my inbox)',
    'checking (?:e-?mail|messages) (?:only )?(?:occasionally|intermittently|periodically)',
  ],
  // Back on a given day.
  ["(?:will|I'?ll) (?:be )?(?:back|return(?:ing)?) (?:in the office )?on"],
  // Travelling.
  // The writer travelling, not a colleague ("Omar is travelling until the 24th").
  ["(?:I am|I'm|I'll be|I will be) (?:currently )?travell?ing (?:for|on|through|until)"],
  // Answering later, or said to be automatic.
  [
    'respond (?:to your (?:e-?mail|message) )?(?:as soon as|when) I (?:can|return|am back|get back)',
    'this is an automat(?:ed|ic) (?:reply|response)',
  ],
);

/** What a role can be called when the notice is about the role itself, not the seeker. */
const ROLE_NOUN =
  '(?:role|position|job|opening|vacancy|post|requisition|req|seat|search|headcount)\\b(?! (?:posting|post|ad|advert|advertisement|listing|description|board|applications?)\\b)';
/** "Closed to new applications" is the advert closing, not the role. */
const NOT_TO_APPLICANTS =
  '(?! (?:to|for) (?:new |further |external |more )?(?:applications|applicants|candidates|submissions))';

/** Rejection wording; checked before offers ("offer the role to another candidate"). */
const REJECTION = phrases(
  // We are not going on with you.
  [
    'not (?:to )?(?:move|moving) (?:forward|ahead) with (?:your|you)',
    'decided not to (?:move|proceed|continue|go)',
    "(?:will|won'?t|are) not (?:be )?(?:moving|proceeding|going) (?:forward|ahead)",
    'unable to (?:offer you|move forward)',
    "won'?t be (?:moving|able to offer)",
    'not (?:be )?(?:able to )?(?:extend|offer) you',
    "(?:won'?t|will not|are not|aren'?t|not) (?:be )?(?:continu(?:e|ing)|proceed(?:ing)?|mov(?:e|ing) (?:forward|ahead)) with your (?:application|candidacy)",
    "(?:can(?:no|')?t|unable to|not able to) (?:carry|take|move) your (?:process|application|candidacy) (?:forward|further)",
    'no longer (?:being )?considered',
    "(?:will|won'?t|is|are) not (?:be )?progress(?:ing)? (?:further|any further|to the next)",
    'not (?:be )?progressing (?:your application|further)',
    'not (?:been )?selected',
    'decided to (?:go|pursue) (?:in )?(?:a )?different direction',
  ],
  // Someone else got it.
  [
    '(?:move|moving|go|proceed|proceeding) (?:forward|ahead)? ?with (?:an?other|other|another) (?:candidate|applicant)s?',
    '(?:offer(?:ed)?|extend(?:ed)?) (?:the (?:role|position|job)|an offer) to (?:an?other|someone else|a different)',
    `made (?:an )?offer (?:for (?:the |this |that )?(?:[\\w-]+ ){0,4}${ROLE_NOUN} )?to (?:an?other|someone else|a different)`,
    'other candidates? whose',
    'pursue other (?:candidates|applicants|profiles)',
    '(?:decided|chosen|chose|opted) to pursue (?:an?other|other|a different|different) (?:candidate|applicant|profile|direction)s?',
    '(?:decided|chosen|chose|opted) to (?:move|go|proceed) (?:forward |ahead )?with (?:a|another|an?other|the other|a different|other) (?:candidate|applicant|person)s?',
    '(?:given|offered|awarded) the (?:role|position|job) to (?:someone|another|an?other|a different)',
    '(?:asked|invited|chosen|chose|selected|hired) (?:the |an?)?(?:other|another|different) (?:finalist|candidate|applicant|person)',
    '(?:decided|chosen|chose|opted) to fill (?:the |this )?(?:[\\w-]+ ){0,4}(?:role|position|job|opening) (?:internally|with an internal)',
    'clos(?:e|ing) out (?:all )?(?:the )?(?:external |remaining |other )?(?:candidates|applicants)',
  ],
  // The role itself is gone: closed, filled, taken, withdrawn, cancelled, paused or on hold, said of the
  // role ("the vacancy is closed", "that seat is now taken", "puts the opening on hold") or done to it
  // ("we've filled the position", "withdrawn the vacancy"), or the selection itself ended. Not
  // "once the role is filled" (a condition) nor "closed the role to new applications" (the advert).
  [
    'position (?:has been|was) filled',
    'role (?:has been|was) filled',
    '(?:the )?search (?:is|has been) (?:now )?closed',
    `(?<!\\b(?:once|when|until|before|after|if|whether) )(?:the|this|that|our|your) (?:[\\w-]+ ){0,4}${ROLE_NOUN} (?:has (?:now )?been|have (?:now )?been|was|were|is now|is|'s) (?:now )?(?:closed|filled|taken|cancell?ed|withdrawn|frozen|paused|put on hold|on hold|no longer (?:open|available))\\b(?! care| into)${NOT_TO_APPLICANTS}`,
    `(?:puts?|putting|placed?) (?:the|this|that|our) (?:[\\w-]+ ){0,4}${ROLE_NOUN} on hold`,
    `(?:we|i|they|leadership|management|the board)(?:'ve| have| had| has)? (?:now |therefore |since |just |already |unfortunately |had to |decided to )?(?:filled|closed|cancell?ed|withdrawn|withdraw|frozen|froze|paused|pulled|stopped) (?:the|this|that|our) (?:[\\w-]+ ){0,4}${ROLE_NOUN}${NOT_TO_APPLICANTS}`,
    `(?:won'?t|will not|are not|aren'?t) be (?:filling|hiring for|recruiting for|going ahead with) (?:the|this|that) (?:[\\w-]+ ){0,4}${ROLE_NOUN}`,
    'no longer (?:being )?(?:recruit(?:ed|ing)|hiring|fill(?:ed|ing))(?: for)?\\b',
    '(?:ended|stopped|closed|cancell?ed|halted|discontinued|suspended) (?:the|this|our) (?:selection|recruit(?:ment|ing)|hiring) (?:process|procedure)',
    'your application (?:has (?:now )?been|was|is now) (?:now )?archived',
  ],
  // Regret, said softly.
  [
    'regret to (?:inform|let you know)',
    'not the news you (?:were|had been) hoping (?:for|to hear)',
    '(?:wish|sorry) (?:that )?(?:the news|it|things) (?:were|was|had been) different',
  ],
);

/** Rejection wording in list mail counts only when it speaks of the seeker's own application. */
const OWN_APPLICATION = /\b(?:your (?:application|candidacy|interview|process)|you applied)\b/i;

const OFFER = phrases(
  // The offer itself.
  [
    '(?:like|pleased|delighted|happy|thrilled|excited|glad) to (?:formally )?(?:extend (?:you )?an offer|make you an offer|offer you)',
    'offer you the\\b',
    '(?:your|the) (?:formal |written )?offer letter',
    'offer of employment',
    '(?:extend|extending) (?:to )?(?:you )?(?:a|an|the|our) (?:formal |verbal |written )?offer',
    'your offer from',
    'here (?:is|are) (?:your|the) offer',
  ],
  // Come and join us.
  [
    "(?:would|'d) (?:love|like) (?:for )?you to join (?:us|the team|our team|[A-Z][\\w&.-]*)",
    '(?:thrilled|excited|happy|pleased|delighted|glad) to (?:have you join|welcome you (?:to|aboard))',
    'welcome (?:you )?aboard',
  ],
);

/**
 * An offer revised or held open longer ("the offer has changed", "we keep
 * the offer open until late December", "we can move the base salary to ...",
 * "the updated letter is attached"): still an offer, its answer date the new
 * one. A revision comes in the offer's thread, so in mail it counts only when
 * the subject speaks of the offer ("my offer stands" to a friend is no offer).
 */
const OFFER_REVISION = phrases(
  // What happened to the offer.
  [
    '(?:the|our|my|this|your) (?:[\\w-]+ ){0,2}offer (?:has (?:now )?(?:changed|been (?:revised|updated|amended|improved|extended))|(?:still )?stands|(?:remains|stays|is(?: still)?) open)',
    '(?:keep|keeping|hold|holding|leave|leaving) (?:the|our|this|my|your) (?:[\\w-]+ ){0,2}offer\\b[^.]{0,60}?\\bopen',
    '(?:hold|holding) (?:the|our|this|my|your) (?:[\\w-]+ ){0,2}offer (?:open )?(?:until|till|through|for)\\b',
    '(?:take|have) until\\b',
    'offer,? as (?:revised|updated|amended)',
  ],
  // The new terms.
  [
    '(?:revised|updated|amended|improved|new) (?:offer|offer letter|letter|contract|package|terms|paperwork)\\b',
    "(?:we'?ve |we have |have |has )?(?:revised|updated|amended|improved|increased|raised|sweetened|adjusted|reworked|matched|met|enhanced|topped up|bumped up|upped) (?:the|our|your) (?:[\\w-]+ )?(?:offer|package|terms|salary|base|compensation|letter|contract|paperwork|numbers|allowance|bonus|equity|leave|relocation(?: support| package)?)\\b",
    '(?:the )?(?:rest|remainder|balance|other terms) of (?:the|your|our) offer (?:is|are|remains?|stays?) (?:unchanged|the same|as (?:before|it was|agreed|discussed))',
    '(?:move[ds]?|moving|raise[ds]?|raising|increase[ds]?|increasing|bump(?:ed|s|ing)?|lift(?:ed|s|ing)?|upped|take|took|taken|push(?:ed)?) (?:the |your )?(?:base )?(?:salary|base|pay|compensation) (?:up )?(?:to|up)\\b',
    // A new figure: "we can do $130k", "able to go to 95,000".
    '(?:we can|we could|able to|happy to) (?:do|offer|go (?:up )?to|stretch to|get (?:you )?to|meet you at) (?:\\$|£|€|USD |EUR |GBP |SGD |S\\$)?\\d',
  ],
  // The answer date moved.
  [
    '(?:feel|be) held to the (?:original|old|first|earlier) (?:date|deadline)',
    '(?:treat|see) the (?:original |old |first |earlier )?(?:date|deadline|\\d{1,2}(?:st|nd|rd|th)) as (?:a )?(?:hard|firm|fixed)',
    '(?:extend|extended|move|moved|push|pushed) (?:the|your) (?:answer |reply |response |decision )?deadline',
    '(?:new|revised|updated|extended|later) (?:answer |reply |response |decision )?(?:deadline|date to (?:answer|reply|respond|decide))',
    '(?:give|giving|gave|allow|allowing) you (?:a (?:little|bit|few \\w+|couple of \\w+) |some )?(?:longer|more time|extra time|an extension)',
  ],
);
const OFFER_WORD = /\boffer\b/i;
/**
 * A note that something is no offer ("a place on the list is not an offer of
 * employment", "this email does not constitute a job offer"): set aside
 * before the offer wording is read.
 */
const NOT_AN_OFFER =
  /\b(?:not|never|no|isn[’']t|doesn[’']t)\s+(?:(?:constitute|represent|amount\s+to|imply|guarantee|mean|form|count\s+as)s?\s+)?(?:an?\s+|any\s+)?(?:(?:formal|job|binding|contractual)\s+)?offer(?:\s+of\s+(?:employment|a\s+(?:job|post|position|contract)))?\b|\boffer(?:ing)?\s+you\s+(?:a|an|the|one\s+of\s+(?:our|the))\s+(?:[\w-]+\s+){0,2}(?:interview|call|slot|meeting|chat|conversation|screen|session|place\s+(?:at|on|in)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:interview|assessment|shortlist|panel))s?\b/gi;

/**
 * In an offer's thread, words that give the seeker time to decide ("take
 * the weekend to think it over and let me know Monday"): with an answer-by
 * date, the message restates the offer's deadline, so it is an offer.
 */
const GIVES_TIME_TO_DECIDE = phrases([
  'think (?:it |this |things )?over',
  'think (?:about|on) (?:it|this|the offer)',
  'sleep on it',
  'take (?:the|your|some|a few|a couple of|more|all the|as much) (?:\\w+ )?(?:time|days?|weekend|week)',
  'your (?:final |formal )?(?:decision|answer)',
  'decide\\b',
  '(?:get|come) back to (?:me|us)',
  'minded to accept',
  'let (?:me|us) know (?:where you (?:land|stand)|what you think|your thoughts|if (?:that|this) works)',
]);

/** Finding a time to meet: slots asked for or offered, invitations, moves. */
const SCHEDULING = phrases(
  // Asking which time works.
  [
    'would (?:either|any|one) of (?:these|the following)(?: times| slots| days)? work',
    '(?:what|which) (?:day|days|time|times|slot|slots) (?:works?|suits?|would work)',
    'let me know (?:which|what) (?:day|time|slot)',
  ],
  // Asking for the seeker's availability.
  ['(?:your|share your|send (?:me|us) your) availability', 'availability for', 'time ?slots?'],
  // Booking, inviting, setting up the meeting.
  [
    'book(?:ed)? (?:your|a|the) (?:interview|screen|call|time|conversation|meeting|onsite)',
    '(?:calendar )?invitation (?:for|to) your',
    'sending (?:over )?(?:the|a) (?:calendar )?invit',
    'schedule (?:a|your|the|an) (?:call|interview|screen|time|chat|conversation|onsite|meeting|follow-up)',
    '(?:set|setting) up (?:a|the|your) (?:call|interview|screen|conversation|onsite|meeting)',
    '(?:we have|there are) (?:two|three|a few|some) (?:days|times|slots) open',
  ],
  // On to the next round.
  [
    '(?:move|moving) (?:forward )?with you to the (?:next|final|onsite)',
    'invite you (?:to|for) (?:a|an|the) (?:interview|onsite|final|next)',
  ],
  // Moving a meeting already set ("push our call with Dana from Tuesday to Thursday").
  [
    "reschedul(?:e|ing) (?:our|your|the|this|tomorrow'?s?) (?:call|interview|meeting|chat|conversation|screen|time|session)",
    '(?:can|could|would|may) we reschedule',
    '(?:move|push|shift|bump) (?:your|our|the|this) (?:\\w+ )?(?:conversation|interview|call|meeting|chat|screen|session|panel|onsite|round|loop)s? (?:with (?:\\w+ )?)?(?:from .{0,80}?)?(?:to|back|out)\\b',
  ],
  // Offering times and asking which one works.
  [
    '(?:here are|below are|sharing|a few|some|these) (?:a few |some |several |two |three )?(?:times|slots|options|windows)\\b',
    'which of these (?:times|slots|options|windows|dates|days)',
    '(?:the )?(?:slot|time|window|option)s? that works?',
    'which (?:one |option |time |slot )?works (?:better|best)',
  ],
  // Calendar invites and holds.
  [
    'send (?:over |you )?(?:an? |the )?(?:updated |new |revised )?(?:calendar )?(?:invites?|invitations?|holds?)\\b',
    'calendar (?:hold|invite)',
  ],
  // Asking for or telling free time ("grab 30 minutes with you", "I'm free on Tuesday").
  [
    'what does your (?:week|schedule|calendar|availability)(?: \\w+)? look like',
    '(?:grab|find|book|set up) (?:\\d+ ?(?:min(?:ute)?s?)|half an hour|an hour|some time|a time|a slot) (?:with you|to chat|for a (?:call|chat))',
    '(?:is|are|am) (?:pretty |fairly |quite )?(?:open|free|available) (?:on )?(?:mon|tue|wed|thu|fri)[a-z]*\\b',
  ],
);

const BULK_FROM =
  /^(no-?reply|do-?not-?reply|noreply|newsletter|news|alerts?|notifications?|digest|marketing|mailer-daemon)@/i;

const OUT_RULES: Rule<OutPurpose>[] = [
  {
    value: 'withdraw',
    test: phrases(
      // Taking the application back.
      [
        'withdraw(?:ing)? (?:my(?:self)?|from)',
        'withdraw my (?:application|candidacy)',
        'remove (?:me|myself|my application) from (?:consideration|the process)',
        'no longer (?:be )?(?:interested|pursuing|available for)',
        'step(?:ping)? (?:back|away) from the process',
      ],
      // Going elsewhere, or saying no.
      [
        '(?:decided|chosen) to (?:accept|pursue|move forward with) (?:another|a different|an?other) (?:offer|opportunity|role|position)',
        '(?:respectfully )?decline (?:the|your) (?:offer|invitation to)',
        // "I've decided to accept a role closer to home, so I'll be declining".
        "(?:I'?ll|I will|I must|I have to|I need to|I'?m going to|I am going to) (?:have to )?(?:be )?(?:respectfully |regretfully |reluctantly |sadly )?declin(?:e|ing)(?= ?[.,;!]| (?:the|your) (?:offer|role|position))",
        '(?:decided|chosen|chose) to (?:accept|take) (?:a|an) (?:[\\w-]+ ){0,2}(?:role|offer|position|job) (?:closer|nearer|elsewhere|with another|at another)',
      ],
    ),
    confidence: 0.9,
    why: 'withdrawal wording',
  },
  {
    value: 'offer-nudge',
    test: phrases(
      // Another offer in hand.
      [
        '(?:received|got|have|accepted|expect(?:ing)?|holding) (?:an?|another|a competing|one|two|several|multiple) (?:other )?(?:competing )?(?:job )?offers?',
        '(?:an?other|competing) offer',
        'offer from (?:another|a different|an?other) (?:company|employer|team)',
        'exploding offer',
      ],
      // Its deadline.
      [
        'asks? (?:me )?for (?:an answer|a decision|my decision|a response) by',
        '(?:asked|need) (?:me )?to (?:respond|decide|answer|give (?:them )?an answer) by',
      ],
    ),
    confidence: 0.85,
    why: 'mentions another offer and its timing',
  },
  {
    value: 'explicit-check',
    test: phrases(
      // Still in the running?
      ['(?:still|remain) (?:under|in) consideration', "whether I'?m still (?:in|under|being)"],
      // Nothing heard; writing again.
      [
        'reach(?:ing)? out (?:once|one more time) (?:more|again)',
        "(?:haven'?t|have not|hadn'?t) heard back",
        'follow(?:ing)? up (?:once|one) more',
      ],
      // Other processes moving.
      [
        'in (?:the )?(?:final|late|later|advanced) stages? with (?:a (?:couple|few) of |several |some |two )?(?:other|another)',
        '(?:talking|speaking|interviewing) with (?:other|another) (?:companies|employers|teams)',
        'other (?:processes|opportunities) (?:moving|progressing)',
      ],
    ),
    confidence: 0.8,
    why: 'plain follow-up after silence: interest, other processes, when they will decide',
  },
  { value: 'explicit-check', test: EXPLICIT_CHECK_FAMILY, confidence: 0.8, why: 'asks whether still considered' },
  {
    value: 'status-check',
    test: phrases(
      // Checking in, following up.
      ['check(?:ing)? in\\b', 'follow(?:ing)? up on', 'following up', 'touch(?:ing)? base'],
      // Asking for news.
      [
        '(?:any|an) (?:update|news)\\b',
        '(?:any|some) (?:movement|progress|developments?)\\b',
        '(?:whether|if) (?:a|any|the) (?:final )?decision',
        'updated (?:timeline|time ?frame|timing|estimate)',
        'update on (?:the|my|where)',
        "(?:wanted|like) to see (?:if|whether) there(?:'s| is| are) (?:any )?(?:update|news)",
      ],
      // The promised time has gone by.
      [
        '(?:mentioned|said) I (?:might|would|should) hear',
        '(?:by|past|after) (?:late |early )?last week',
        'has (?:now )?passed',
        // "Your acknowledgement mentioned shortlisting would be finalised in late November".
        '(?:mentioned|said|indicated|advised|stated|noted) (?:that )?(?:[\\w-]+ ){1,4}(?:would|should|will) be (?:finali[sz]ed|made|decided|complete|completed|done|known|ready) (?:in|by|at)',
      ],
    ),
    confidence: 0.8,
    why: 'follow-up on an earlier promise',
  },
  {
    value: 'ask-timeline',
    test: phrases(
      // The timeline, by name.
      ['timeline', 'time ?frame', 'a date by which'],
      // When will you decide?
      [
        '(?:when|by when) (?:you|the team|you all|they|we) (?:might|expect|plan|hope|will|would|anticipate)',
        // "roughly when the panel expects to make shortlisting decisions".
        '(?:when|by when) the (?:[\\w-]+ )?(?:panel|committee|team|board|manager|recruiter|company|agency|council|department) (?:might|expects|plans|hopes|will|would|anticipates|intends)',
        'when (?:would|will|might|do|does|could) (?:you|the team|they) (?:expect|plan|hope|anticipate|make|decide|reach)',
        'when I (?:might|could|can|should) (?:expect|hear)',
        'when (?:should|might|could|can|will|would) I (?:expect|hear|know)',
        'when[^.?]{0,40}\\b(?:have|make|reach|come to) (?:(?:a|the|your|their) (?:final )?decision|(?:its |their |the )?(?:[\\w-]+ )?decisions)',
        'what (?:are|would be|will be) the next steps',
        'how long (?:the|your) (?:process|decision)',
        'expect to (?:decide|make a decision)',
        // When the candidates will be told: "when candidates can expect to be informed of the results".
        'when (?:[\\w-]+ ){0,2}(?:will|would|might|can|could|should|may) (?:expect to )?(?:be (?:informed|notified|told|advised|contacted)|hear|learn)',
        'when (?:the )?(?:results?|outcomes?|decisions?) (?:of [\\w -]{1,40})?(?:will|would|might|can|could|should|may) be (?:communicated|announced|shared|known|published|sent)',
      ],
      // What happens from here ("what the decision process and timing look like").
      [
        'what does the (?:rest of the )?process look like',
        'next steps (?:look like|from here|in the process)',
        'what (?:the |your )?(?:(?:decision|hiring|interview|selection) )?(?:process|timing|next steps)(?: and (?:the )?(?:process|timing|timeline|next steps))? (?:looks?|would look|might look) like',
      ],
    ),
    confidence: 0.8,
    why: 'asks about the decision timeline',
  },
  {
    value: 'thank-you',
    test: phrases(
      // Thanks for the time or the conversation.
      [
        // "Thank you and the panel for your time".
        'thank you (?:and (?:the|your) [\\w -]{1,30} )for (?:your|the|taking the) time',
        'thank you (?:(?:both|all|all three|everyone|two) )?(?:so much |again |very much )?for (?:taking the time|the (?:time|conversation|interview|opportunity|chat|call|discussion)|meeting|speaking|talking|having me|your time|(?:this|yesterday) (?:morning|afternoon|evening)|today(?![’\\x27]s))',
        'thanks (?:(?:both|all|everyone) )?(?:so much |again |a lot )?for (?:taking the time|the (?:time|conversation|interview|opportunity|chat|call|discussion)|meeting|speaking|talking|having me|(?:this|yesterday) (?:morning|afternoon|evening))',
      ],
      // Glad to have met.
      [
        '(?:great|wonderful|a pleasure) (?:to meet|meeting|speaking|talking)',
        'enjoyed (?:our|the) (?:conversation|chat|interview|discussion|talk)',
      ],
      // Thanks passed on to the panel, for a meeting just held: "pass my thanks on to Laia for such a generous session this afternoon".
      [
        'pass(?:ing)? (?:on )?my thanks (?:on )?to',
        'for (?:such )?(?:a|an) (?:[\\w-]+ ){0,2}(?:session|conversation|discussion|interview|chat|call|meeting|talk) (?:today|yesterday|this (?:morning|afternoon|evening)|earlier)',
      ],
    ),
    // "Great to meet you at the meetup" opens a cold note too: a thank-you note also says thanks.
    requires: /\b(?:thank|thanks|grateful|appreciate)/i,
    confidence: 0.8,
    why: 'thanks after a conversation',
  },
];

/**
 * Classifies a parsed message: direction, purpose or kind, decision date,
 * invitation and confidence. Pure apart from reading `message`; never throws.
 */
export function classify(message: ParsedMessage, context: ClassifyContext): Reading {
  const own = new Set(context.ownAddresses.map((a) => a.trim().toLowerCase()));
  const text = newText(message.text);
  const invitation = firstInvitation(message);
  const cancels = firstCancellation(message);
  if (message.from && own.has(message.from.address)) {
    const { value, confidence, reasons } = classifyOutbound(message, flat(text));
    return { direction: 'out', purpose: value, decisionBy: null, confidence, reasons, text, invitation, cancels };
  }
  // The date is read at most once: the kind may already have needed it. An offer's reading also
  // counts the date the seeker is asked to answer by.
  const readings = new Map<boolean, Temporal.PlainDate | null>();
  const decisionOf = (offer = false): Temporal.PlainDate | null => {
    let date = readings.get(offer);
    if (date === undefined) {
      date = message.date ? readDecisionBy(text, { date: message.date, holidays: context.holidays, offer }) : null;
      readings.set(offer, date);
    }
    return date;
  };
  const {
    value: kind,
    confidence,
    reasons,
  } = classifyInbound(message, flat(text), invitation ? 'invitation' : cancels ? 'cancellation' : null, decisionOf);
  let decisionBy: Temporal.PlainDate | null = null;
  if (kind === 'timeline' || kind === 'scheduling' || kind === 'reply' || kind === 'offer')
    decisionBy = decisionOf(kind === 'offer');
  const finalKind: InKind = kind === 'reply' && decisionBy ? 'timeline' : kind;
  const reasonsOut = decisionBy ? [...reasons, `decision by ${decisionBy.toString()}`] : reasons;
  return { direction: 'in', kind: finalKind, decisionBy, confidence, reasons: reasonsOut, text, invitation, cancels };
}

/**
 * The kind of an inbound text alone (for `heard OPP "..."` without a KIND),
 * decided as `classify` decides a reply whose subject and body are these
 * words: rejection, offer, auto-reply, scheduling, timeline (when a decision
 * date can be read against today's unknown date, i.e. when the text promises
 * one), reply otherwise. Never throws.
 */
export function classifyInboundText(text: string): InKind {
  const body = flat(newText(text));
  return kindFromWords(body, {
    bulk: false,
    aboutOffer: OFFER_WORD.test(body),
    calendar: null,
    invitationSubject: false,
    answers: true,
    decisionBy: () => readDecisionBy(body, { date: '2000-01-03' }),
    offerDecisionBy: () => readDecisionBy(body, { date: '2000-01-03', offer: true }),
  }).value;
}

interface Verdict<T> {
  value: T;
  confidence: number;
  reasons: string[];
}

function classifyInbound(
  m: ParsedMessage,
  text: string,
  calendar: 'invitation' | 'cancellation' | null,
  decisionBy: (offer?: boolean) => Temporal.PlainDate | null,
): Verdict<InKind> {
  const h = m.headers;
  const auto = (h.autoSubmitted ?? '').toLowerCase();
  if (auto.startsWith('auto-replied')) return verdict('auto-reply', 0.98, `Auto-Submitted: ${h.autoSubmitted}`);
  if (h.xAutoreply || h.xAutorespond) return verdict('auto-reply', 0.97, 'X-Autoreply/X-Autorespond header');
  if (/auto[_-]?reply/i.test(h.precedence ?? '')) return verdict('auto-reply', 0.95, `Precedence: ${h.precedence}`);
  if (AUTO_REPLY_SUBJECT.test(m.subject)) return verdict('auto-reply', 0.9, 'auto-reply subject');
  return kindFromWords(text, {
    bulk: isBulk(m),
    aboutOffer: OFFER_WORD.test(m.subject),
    calendar,
    invitationSubject: /^\s*(?:invitation|updated invitation|interview (?:invitation|request))\b/i.test(m.subject),
    answers: Boolean(m.inReplyTo) || m.references.length > 0 || /^\s*(re|aw|sv|antw)\s*:/i.test(m.subject),
    decisionBy: () => decisionBy(false),
    offerDecisionBy: () => decisionBy(true),
  });
}

/** What is known around the words of a received message, for `kindFromWords`. */
interface InboundCues {
  /** List or bulk mail: never a person writing about this application. */
  bulk: boolean;
  /** The conversation is about an offer (a revision counts only then). */
  aboutOffer: boolean;
  /** A calendar part that schedules or calls off a meeting. */
  calendar: 'invitation' | 'cancellation' | null;
  /** The subject names an interview invitation. */
  invitationSubject: boolean;
  /** The message answers an earlier one. */
  answers: boolean;
  /** The decision date the words promise, read at most once and only when needed. */
  decisionBy: () => Temporal.PlainDate | null;
  /** The date the seeker is asked to answer an offer by, read as `decisionBy` is. */
  offerDecisionBy: () => Temporal.PlainDate | null;
}

/**
 * The one place the kind of a received message is decided from its words
 * and cues; both `classify` (after the auto-reply headers) and
 * `classifyInboundText` come here, so the two cannot disagree.
 */
function kindFromWords(text: string, cues: InboundCues): Verdict<InKind> {
  const { bulk, calendar } = cues;
  // Absence wording alone: a colleague covering ("Imogen is on leave, so I'm picking up your note") who
  // promises a date is writing, not an auto-responder.
  // An applicant-tracking system's receipt ("this is an automated response") is no absence notice.
  if (
    AUTO_REPLY_TEXT.test(text) &&
    text.length < 800 &&
    !acknowledgesApplication(text) &&
    !REJECTION.test(text) &&
    !OFFER.test(text) &&
    !cues.decisionBy()
  ) {
    return verdict('auto-reply', 0.75, 'out-of-office wording');
  }
  // A newsletter quoting "the role was filled internally" is not about this application,
  // nor is "a similar position was filled last month" or "our other role closed, but yours goes on".
  const own = withoutOtherRoles(text);
  if (
    (REJECTION.test(own) || REJECTION_FAMILY.test(own) || meansRejection(own)) &&
    (!bulk || OWN_APPLICATION.test(text))
  )
    return verdict('rejection', bulk ? 0.6 : 0.9, 'rejection wording');
  if (OFFER.test(text.replace(NOT_AN_OFFER, ' ')) && !bulk) return verdict('offer', 0.9, 'offer wording');
  if (isOfferByTerms(text) && !bulk) return verdict('offer', 0.8, 'offer terms: pay, start date, answer by');
  if (meansOffer(text) && !bulk) return verdict('offer', 0.8, 'offer in other words');
  if (OFFER_REVISION.test(text) && !bulk && cues.aboutOffer)
    return verdict('offer', 0.8, 'revised offer or new answer date');
  if (cues.aboutOffer && !bulk && GIVES_TIME_TO_DECIDE.test(text) && cues.offerDecisionBy())
    return verdict('offer', 0.7, 'gives time to answer the offer, by a date');
  if (calendar === 'invitation') return verdict('scheduling', 0.95, 'calendar invitation (METHOD:REQUEST)');
  if (calendar === 'cancellation') return verdict('scheduling', 0.9, 'calendar cancellation (METHOD:CANCEL)');
  if (bulk) return verdict('other', 0.85, 'bulk mail (list or bulk headers)');
  if (SCHEDULING.test(text) || cues.invitationSubject) return verdict('scheduling', 0.8, 'scheduling wording');
  if (meansScheduling(text)) return verdict('scheduling', 0.75, 'invites, asks for or moves a time');
  if (cues.decisionBy()) return verdict('timeline', 0.85, 'gives a decision date');
  if (offersTimes(text)) return verdict('scheduling', 0.65, 'offers several days and times');
  if (cues.answers) return verdict('reply', 0.7, 'answers an earlier message');
  return verdict('other', 0.5, 'no known pattern');
}

function classifyOutbound(m: ParsedMessage, text: string): Verdict<OutPurpose> {
  const haystack = `${m.subject}\n${text}`;
  for (const rule of OUT_RULES) {
    const target = rule.value === 'thank-you' ? haystack : text;
    if (rule.test.test(target) && (!rule.requires || rule.requires.test(haystack))) {
      return verdict(rule.value, rule.confidence, rule.why);
    }
  }
  if (/^\s*thank(?:s| you)\b/i.test(m.subject)) return verdict('thank-you', 0.65, 'thank-you subject');
  if (m.inReplyTo || m.references.length > 0 || /^\s*(re|aw|sv)\s*:/i.test(m.subject)) {
    return verdict('reply', 0.75, 'answers an earlier message');
  }
  return verdict('other', 0.6, 'no known pattern');
}

const TIME_OF_DAY =
  /\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b/gi;
const DAY_NAME =
  /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;

/**
 * A message that names days and gives at least two times of day, and no
 * decision date, is offering slots, whatever its words ("Thu 10:00 or Fri
 * 2pm?"): the kind when no wording said it.
 */
function offersTimes(text: string): boolean {
  if (!DAY_NAME.test(text)) return false;
  const times = new Set<string>();
  for (const m of text.matchAll(TIME_OF_DAY)) times.add(m[0].toLowerCase().replace(/\s+/g, ''));
  return times.size >= 2;
}

/** Mailing lists, alerts and newsletters: never a person writing about this application. */
function isBulk(m: ParsedMessage): boolean {
  const h = m.headers;
  if (h.listId || h.listUnsubscribe) return true;
  if (/^(bulk|list|junk)$/i.test(h.precedence ?? '')) return true;
  return false;
}

/** Automated senders (no-reply, notifications): lower trust in free-text readings. */
export function isAutomatedSender(m: ParsedMessage): boolean {
  return m.from != null && BULK_FROM.test(m.from.address);
}

function firstInvitation(m: ParsedMessage): Invitation | null {
  for (const part of m.calendars) {
    if (part.method && part.method !== 'REQUEST') continue;
    const inv = readInvitation(part.content);
    if (inv) return inv;
  }
  return null;
}

function firstCancellation(m: ParsedMessage): string | null {
  for (const part of m.calendars) {
    if (part.method !== 'CANCEL') continue;
    const uid = readCancellation(part.content);
    if (uid) return uid;
  }
  return null;
}

/** One line: patterns match across the line breaks of wrapped plain text. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function verdict<T>(value: T, confidence: number, why: string): Verdict<T> {
  return { value, confidence, reasons: [why] };
}
