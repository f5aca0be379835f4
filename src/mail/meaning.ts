/**
 * Kinds by meaning rather than by sentence: each family below is built from
 * what the words do (a negation before a verb of going on, a choice of
 * someone else, a role that ends, an invitation to a round, a question about
 * a time) so that word order, tense and synonyms vary without escaping it.
 * Read one sentence at a time; a sentence that only supposes ("if the role
 * is filled", "once we've made a selection", "we won't decide until...")
 * says nothing yet.
 */
import { sentences } from './decision-date.js';
import { words } from './phrases.js';

/** A role, by its usual names. */
const ROLE = '(?:role|position|job|opening|vacancy|post|requisition|req|seat|search|headcount|hire)';
/** "Won't", "can't", "don't"...: a word of its own, so that a pattern can start at it. */
const SHORT_NOT = "(?:wo|ca|do|does|did|is|are|was|were|have|has|had|could|would|should|need|must)n[’']t";
/** A negation: not, n't, never, unable to... */
const NEG = `(?:not|never|no\\s+longer|unable\\s+to|cannot|${SHORT_NOT})`;
/** A few words in between, fewest first. */
const GAP = (n: number) => `(?:[\\w'’-]+\\s+){0,${n}}?`;
/** A weekday, whole or short ("Thursday", "Thu"). */
const DAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rday|urday)?\\.?';
/** Someone other than the seeker. */
const SOMEONE_ELSE =
  '(?:an?other|other|a\\s+different|an\\s+internal|someone|somebody|the\\s+other|(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,2}(?:candidate|applicant|person|finalist)|candidates|applicants)\\b';

/** A sentence that supposes, or a promise that hangs on something later. */
const SUPPOSES_BEFORE = /\b(?:if|once|unless|should\s+we|in\s+case|whether|when)\b/i;
/** Negated just before: "we're not pursuing other candidates", "we won't need to reschedule". */
const NEGATED_BEFORE = new RegExp(`\\b(?:not|never|${SHORT_NOT})\\s+(?:[\\w']+\\s+){0,3}$`, 'i');
const HANGS_AFTER =
  /^[^.]{0,30}?\b(?:(?:until|before|once)\s+(?:we|you|I|they|the|our|after|it|that|this|all|references|feedback)\b|unless|if|pending)\b/i;

/** Rejections said without rejection words: the seeker is not going on, someone else was chosen, the role ended. */
const REJECTION_MEANING = words(
  // Not going on: "won't be taking your application further", "decided not to progress your application".
  [
    `${NEG}\\s+${GAP(4)}(?:progress(?:ing)?|proceed(?:ing)?|mov(?:e|ing)|tak(?:e|ing)|carry(?:ing)?|go(?:ing)?|advanc(?:e|ing)|continu(?:e|ing)|invit(?:e|ing)|put(?:ting)?|bring(?:ing)?)(?:\\s+(?:you|your\\s+(?:application|candidacy|profile|cv|résumé|resume)|things|it|this|matters))?\\s+(?:forward|ahead|further|any\\s+further|back|to\\s+(?:the\\s+)?(?:next|final|interview|onsite|second|third)|for\\s+(?:an?other|a\\s+further|the\\s+next|a\\s+next|the\\s+final))`,
    // "Rather than progress your application", "instead of moving forward with you".
    '(?:rather\\s+than|instead\\s+of)\\s+(?:progress(?:ing)?|proceed(?:ing)?\\s+with|mov(?:e|ing)\\s+(?:forward|ahead)\\s+with|tak(?:e|ing)\\s+forward)\\s+(?:you|your\\s+(?:application|candidacy))',
    `${NEG}\\s+${GAP(3)}(?:progress(?:ing)?|advanc(?:e|ing)|shortlist(?:ing)?|short-list(?:ing)?)\\s+(?:you|your\\s+(?:application|candidacy|profile))`,
    // "The panel did not recommend you for appointment", "we won't be selecting you".
    `${NEG}\\s+${GAP(2)}(?:recommend|select|choos|shortlist|appoint|invit|hir)\\w*\\s+you\\b`,
    // "Has not been shortlisted", "were not chosen", "won't be invited to interview".
    `${NEG}\\s+(?:been\\s+|be\\s+)?(?:shortlisted|short-listed|invited\\s+(?:to|for|back)|chosen|selected|picked|progressed|taken\\s+forward|put\\s+forward)`,
    // "You didn't make it to the next round", "did not make the shortlist".
    `${NEG}\\s+(?:make|made|get|got|go|gone|progress)\\s+(?:it\\s+)?(?:through\\s+)?(?:to\\s+(?:the\\s+)?(?:next|final|interview|second|third|last)|(?:the|our)\\s+(?:final\\s+)?(?:shortlist|cut))`,
    // Nobody goes on: "we won't be progressing anyone for now", "not moving forward with any candidates".
    `${NEG}\\s+(?:be\\s+)?(?:progress(?:ing)?|proceed(?:ing)?\\s+with|mov(?:e|ing)\\s+(?:forward|ahead)\\s+with|advanc(?:e|ing)|shortlist(?:ing)?|interview(?:ing)?|hir(?:e|ing))\\s+(?:anyone|anybody|any\\s+(?:candidates|applicants|further\\s+candidates))(?!\\s+(?:else|other|but|except|besides))`,
    // The process stops for outsiders: "we won't be continuing the external process".
    `${NEG}\\s+(?:be\\s+)?(?:continu(?:e|ing)|proceed(?:ing)?\\s+with)\\s+(?:the|this|our)\\s+(?:external\\s+|current\\s+)?(?:process|search|recruitment|campaign)`,
    // The role not filled or backfilled after all: "decided not to backfill it".
    `${NEG}\\s+${GAP(3)}(?:backfill|fill|hire\\s+for|recruit\\s+for|replace|reopen)\\s+(?:it|the|this|that)\\b`,
  ],
  // Not successful.
  [
    "(?:you|your\\s+(?:application|candidacy|interview)|you've|you\\s+have|you\\s+were)\\s+(?:[\\w']+\\s+){0,3}?(?:unsuccessful|not\\s+(?:been\\s+)?successful)",
    'unsuccessful\\s+(?:on\\s+this\\s+occasion|this\\s+time)',
  ],
  // No offer: "not in a position to offer you the role", "decided not to make an offer".
  [
    `${NEG}\\s+${GAP(5)}(?:mak(?:e|ing)|extend(?:ing)?|offer(?:ing)?|present(?:ing)?)\\s+(?:you\\s+)?(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:offer|role|position|job|post)`,
    '(?:withdraw|withdrawn|withdrawing|rescind|rescinded|rescinding|revoke|revoked|retract|retracted|pull|pulled|pulling)\\s+(?:the|our|your|this|its|their)\\s+(?:[\\w-]+\\s+){0,2}offer',
    'offer\\s+(?:has\\s+been|was|is\\s+being)\\s+(?:withdrawn|rescinded|revoked|retracted|pulled)',
  ],
  // Passing, or no fit.
  [
    '(?:decided|going|chosen|opted|have|had|need)\\s+to\\s+pass(?:\\s+on\\s+(?:you|your\\s+(?:application|candidacy|profile)|this(?:\\s+one)?))?(?!\\s+(?:it|this|them|your|you|along|on\\s+to|to)\\b)(?=\\s*[.,;!]|\\s*$|\\s+(?:at|for|on\\s+this|this\\s+time))',
    `(?:not|${SHORT_NOT})\\s+${GAP(4)}(?:quite\\s+|really\\s+|exactly\\s+)?(?:(?:the|a)\\s+(?:(?:right|good|strong|great|close|best|perfect)\\s+(?:enough\\s+)?)?|(?:right|good|strong|great|close)\\s+(?:enough\\s+)?)(?:fit|match)`,
    '(?:go|goes|going|gone|went)\\s+(?:another|a\\s+different)\\s+way',
    // "This one's not going to work out", "it didn't work out this time".
    "(?:not\\s+(?:going\\s+to\\s+)?|won[’']t\\s+|will\\s+not\\s+|didn[’']t\\s+|did\\s+not\\s+)work(?:ing)?\\s+out",
    // "Decided against moving forward", "opted against making an offer".
    '(?:decided|decide|chose|chosen|opted)\\s+against\\s+(?:mov|go|proceed|progress|tak|offer|hir|extend|mak)\\w*',
    // "It's a no from the team", "not the outcome you were hoping for".
    "(?:it[’']s|it\\s+is|the\\s+answer\\s+is)\\s+a\\s+(?:no|pass)\\b(?!\\s+(?:brainer|problem|worries))",
    "not\\s+(?:the\\s+)?(?:news|outcome|result|answer|decision|update)\\s+(?:that\\s+)?(?:you|we)(?:[’']d|\\s+were|\\s+had\\s+been|\\s+would\\s+have\\s+been)?\\s+(?:hoping|wanted|want|looking|expecting)",
  ],
  // Someone else was chosen: "selected a candidate whose...", "went with an internal candidate".
  [
    // "Someone with more direct experience has been offered the job", "we ended up hiring someone else".
    `(?:someone|somebody|an?other\\s+[\\w-]+|a\\s+different\\s+[\\w-]+|an\\s+internal\\s+[\\w-]+)\\b[^.]{0,60}?\\b(?:has\\s+been|was|were|had\\s+been)\\s+(?:offered|given|awarded)\\s+(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}${ROLE}`,
    '(?:hir|select|appoint|choos|chose|pick|offer)\\w*\\s+(?:someone|somebody)\\s+else\\b',
    `(?:selected|chosen|chose|picked|appointed|hired|recommended|nominated|identified|found|(?:focus|focusing|focused|concentrate|concentrating)\\s+on|prioriti[sz](?:e|ed|ing)|(?:went|gone|going|go|opted|opting|decided|settled|chose|chosen)\\s+(?:with|for|on)|pursue|pursuing|(?:mov(?:e|ing)\\s+(?:forward|ahead|on)|proceed(?:ing)?|progress(?:ing)?|continu(?:e|ing)|go(?:ing)?\\s+ahead)\\s+with)\\s+${SOMEONE_ELSE}`,
    // The role went to someone: "the role went to a colleague", "the post has been offered to another candidate".
    `${ROLE}\\s+(?:went|has\\s+gone|is\\s+going|will\\s+go|(?:was|has\\s+been|is\\s+being)\\s+(?:given|awarded|offered))\\s+to\\s+(?!you\\b|your\\b)`,
    `(?:offer|give|award)(?:ed|ing|s)?\\s+(?:it|the\\s+(?:[\\w-]+\\s+){0,3}${ROLE})\\s+to\\s+${SOMEONE_ELSE}`,
    '(?:accepted|taken)\\s+by\\s+(?:an?other|someone|somebody|a\\s+different|the\\s+other|an\\s+internal)',
    '(?:offered|given|awarded)\\s+(?:it\\s+)?to\\b[^.]{0,30}?\\b(?:another|someone\\s+else|a\\s+different|an\\s+internal)',
    '(?:candidates?|applicants?|someone|others|profiles?|individuals?)\\b[^.]{0,60}?\\b(?:(?:closer|better|stronger|more\\s+suitable)\\s+(?:fit|match|alignment)|(?:was|were|is|are)\\s+(?:more\\s+relevant|better\\s+suited|more\\s+suited|better\\s+aligned|more\\s+aligned|stronger|more\\s+extensive)|more\\s+closely\\s+(?:match|matche[sd]|align|aligne[sd]|aligns|fit|fits|suit|suits)|(?:match|matche[sd]|align|aligne[sd]|aligns|fit|fits|suit|suits)\\s+(?:more\\s+closely|more\\s+directly|better|best)|better\\s+(?:meet|meets|match|matches|suit|suits|fit|fits|align|aligns)|closer\\s+to\\s+what)',
  ],
  // The selection is made: "the hiring manager has made a selection", "an appointment has been made".
  [
    "(?:has|have|'ve|had)\\s+(?:now\\s+)?(?:made|completed)\\s+(?:a|an|our|their|his|her|the)\\s+(?:final\\s+)?(?:selection|appointment|hire|hiring\\s+decision)",
    '(?:an?\\s+|the\\s+)?(?:appointment|selection|hire)\\s+has\\s+(?:now\\s+)?been\\s+made',
    `(?:hired|appointed|recruited)\\s+(?:someone\\s+)?(?:for|to|into)\\s+(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}${ROLE}`,
    'without\\s+(?:making\\s+)?(?:a|an)\\s+(?:hire|appointment)',
    // The process closed for everyone.
    '(?:clos|end|stop|halt|wind)\\w*\\s+(?:down\\s+)?(?:the|this|our)\\s+(?:[\\w-]+\\s+){0,2}(?:process|search|recruitment|campaign)\\s+for\\s+(?:all|every|everyone|each)',
  ],
  // The role ends, moves inside, or the hiring stops.
  [
    // Named by its requisition, between commas: "requisition REQ-4471, Actuarial Analyst, has been cancelled".
    `(?:the\\s+|this\\s+|that\\s+|our\\s+|your\\s+)?(?:requisition|req|vacancy|post|position|role)\\s+(?:no\\.?\\s*)?[A-Z]*-?\\d[\\w-]*,?(?:\\s+[^.;]{0,50}?,)?\\s+(?:has\\s+(?:now\\s+)?been|was|is\\s+now)\\s+(?:cancell?ed|withdrawn|closed|eliminated|pulled|frozen|shelved)`,
    // Closed for now, or not to be filled: "we're closing the process for now", "the role will not be filled".
    `(?:clos|end|stop|halt)\\w*\\s+(?:down\\s+)?(?:the|this|our)\\s+(?:[\\w-]+\\s+){0,2}(?:process|search|recruitment|campaign|${ROLE})\\s+(?:for\\s+now|for\\s+the\\s+(?:time\\s+being|moment|foreseeable\\s+future)|altogether|entirely|indefinitely|without)`,
    'clos\\w*\\s+(?:all|your)\\s+(?:[\\w-]+\\s+){0,2}applications?\\b',
    `(?:the|this|that|our|your)\\s+(?:[\\w-]+\\s+){0,4}${ROLE}\\s+(?:will|would|is\\s+going\\s+to)\\s+(?:not|no\\s+longer|now\\s+not)\\s+be\\s+(?:filled|recruited|going\\s+ahead|proceeding|advertised|re-?advertised)`,
    // Done to the role: "we've decided to cancel the hire", "had to scrap this opening".
    `(?:cancel|scrap|shelv|axe|axing|eliminat|pull)\\w*\\s+(?:the|this|that|our|your)\\s+(?:[\\w-]+\\s+){0,3}${ROLE}\\b`,
    // A role named with its team in brackets: "the Data Engineer (Fleet Telemetry) opening has been filled".
    `(?:the|this|that|our|your)\\s+(?:[\\w-]+\\s+){0,4}\\([^)]{1,40}\\)\\s+${ROLE}\\s+(?:has\\s+(?:now\\s+)?been|was|is\\s+now)\\s+(?:filled|closed|taken|withdrawn|cancell?ed)`,
    // "The position has since been taken", "the post is now gone".
    `(?:the|this|that|our|your)\\s+(?:[\\w-]+\\s+){0,4}${ROLE}\\s+(?:has|had)\\s+(?:now\\s+|since\\s+|already\\s+)+been\\s+(?:taken|filled|closed|withdrawn)`,
    // The search goes on without the seeker: "we've decided to keep looking", "to re-advertise".
    '(?:decided|going|chosen|opted|need)\\s+to\\s+(?:keep\\s+(?:looking|searching)|continue\\s+(?:our|the)\\s+search|re-?advertise|re-?open\\s+the\\s+(?:search|role|vacancy))',
    // The seeker's application closed: "your application has been closed".
    '(?:your|this)\\s+(?:application|candidacy)\\s+(?:has\\s+(?:now\\s+)?been|was|is\\s+now)\\s+(?:closed|declined|rejected|marked\\s+(?:as\\s+)?unsuccessful)',
    // The role given to someone who said yes: "the preferred candidate has accepted our offer".
    '(?:preferred|successful|chosen|selected|other|another|an\\s+internal|a\\s+different)\\s+(?:[\\w-]+\\s+){0,2}(?:candidate|applicant|person|finalist)\\s+(?:has|have|had)\\s+(?:now\\s+)?(?:accepted|signed|taken\\s+up)',

    `(?:the|this|that|our|your)\\s+(?:[\\w-]+\\s+){0,4}${ROLE}\\s+(?:has\\s+(?:now\\s+)?been|have\\s+been|was|is\\s+(?:now\\s+)?being|will\\s+be|is)\\s+(?:now\\s+)?(?:eliminated|removed|scrapped|discontinued|deprioriti[sz]ed|dissolved|cut|filled\\s+internally|cancell?ed|called\\s+off|axed|shelved)`,
    `(?:hire|hiring|hired|fill|filling|filled|recruit(?:ing|ed)?)\\s+(?:(?:the|this|that|for\\s+(?:the|this|that))\\s+(?:[\\w-]+\\s+){0,3}${ROLE}\\s+)?(?:internally|from\\s+within)`,
    `(?:put|puts|putting|placed?)\\s+(?:the|this|that|our)\\s+(?:[\\w-]+\\s+){0,4}${ROLE}\\s+on\\s+(?:hold|ice|pause)`,
    '(?:paus|suspend|halt|freez|froze|stopp?|hold(?:ing)?\\s+off\\s+on|put(?:ting)?\\s+on\\s+ice)\\w*\\s+(?:all\\s+|our\\s+|the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?(?:recruitment|recruiting|hiring)\\b(?![^.]{0,80}\\b(?:resum|restart|new\\s+year|january|after\\s+the|back\\s+up)\\w*)',
  ],
);

/** Offers in other words: "make you a formal offer", "bring you on board", "you have been successful". */
const OFFER_MEANING = words(
  [
    'make\\s+you\\s+(?:a|an|our)\\s+(?:[\\w-]+\\s+){0,2}offer',
    // A figure offered, or the offer renewed: "can offer €92,000", "the updated offer is attached".
    '(?:can|could|able\\s+to)\\s+offer\\s+(?:you\\s+)?(?:€|\\$|£|USD\\s|EUR\\s|GBP\\s|SGD\\s)\\s?\\d',
    "(?:the|our|your|an?)\\s+(?:updated|revised|amended|improved|new)\\s+offer(?:\\s+letter)?\\s+(?:is\\s+)?(?:attached|enclosed)|(?:attached|enclosed)\\s+(?:is\\s+)?(?:the|our|your|an?)\\s+(?:updated|revised|amended|improved|new)\\s+offer|(?:I[’']ve|we[’']ve|have)\\s+attached\\s+the\\s+(?:updated|revised|amended|improved|new)\\s+offer",
    '(?:approved|signed\\s+off(?:\\s+on)?|prepared|put\\s+together|drawn\\s+up|finali[sz]ed)\\s+(?:an?|the|your)\\s+(?:[\\w-]+\\s+){0,2}offer\\s+(?:for\\s+you|letter)',
    '(?:verbal|conditional|provisional|formal|written|official)\\s+offer(?:\\s+of\\s+(?:employment|appointment))?',
    'offer\\s+of\\s+(?:appointment|a\\s+(?:place|position|role|contract))',
    'confirm\\s+your\\s+appointment\\s+(?:as|to)\\b',
    'recommended\\s+you\\s+for\\s+appointment',
    // "You got the job!", "the role is yours", "an offer approved for you".
    "you(?:[’']ve|\\s+have)?\\s+(?:got|gotten|landed|won|secured)\\s+(?:the|this)\\s+(?:[\\w-]+\\s+){0,2}(?:job|role|position|post)\\b",
    '(?:the|this)\\s+(?:[\\w-]+\\s+){0,2}(?:job|role|position|post)\\s+is\\s+yours\\b',
    'offer\\s+(?:has\\s+been\\s+|was\\s+|is\\s+(?:now\\s+)?)?(?:approved|signed\\s+off|finali[sz]ed)\\s+for\\s+you',
    // Appointing or hiring the seeker: "the panel would like to appoint you", "we've decided to hire you".
    '(?:like|love|want|wants|wanted|pleased|delighted|happy|glad|thrilled|able|decided|agreed|chosen|voted)\\s+to\\s+(?:appoint|hire|employ|take\\s+on)\\s+you\\b(?!\\s+(?:for|to)\\s+(?:an?\\s+|the\\s+)?(?:interview|call|assessment))',
  ],
  [
    "(?:love|like|want|keen|excited|pleased|delighted|happy|thrilled)\\s+to\\s+(?:bring|have|welcome)\\s+you\\s+(?:on\\s*board|aboard|on\\s+the\\s+team|join\\s+(?:us|the\\s+team|our\\s+team|[A-Z][\\w&.'-]*))(?!\\s+(?:for|at)\\b)",
  ],
);
/** "You have been successful" is an offer when no further stage is named. */
const SUCCESSFUL =
  /\b(?:you\s+(?:have|'ve)\s+been\s+successful|you\s+were\s+successful|your\s+application\s+(?:was|has\s+been)\s+successful)\b/i;
const A_STAGE = /\b(?:interview|stage|round|shortlist|assessment|next\s+steps?|invite)/i;

/** Scheduling: an invitation to a round, a time picked, a question about a time, a meeting moved or confirmed. */
const SCHEDULING_MEANING = words(
  // Invited to a round.
  [
    '(?:invite|inviting)\\s+you\\s+(?:to|for)\\s+(?:(?:a|an|the|your|our)\\s+)?(?:[\\w-]+\\s+){0,3}(?:interview|onsite|on-site|call|conversation|assessment|meeting|chat|round|stage|panel|screen|session|presentation|visit)s?',
    '(?:invite|inviting)\\s+you\\s+to\\s+(?:interview|meet|come\\s+in|speak|present)',
    // "Arrange a second interview", "organise a call with the founders".
    '(?:arrange|organi[sz]e|set\\s+up|schedule|book|line\\s+up)\\s+(?:a|an|the|your)\\s+(?:[\\w-]+\\s+){0,2}(?:interview|call|conversation|meeting|chat|screen|panel|onsite|visit|session)',
    // "Dates you're free", "when you are available".
    "(?:dates|times|days|slots|windows)\\s+(?:that\\s+)?(?:you[’']re|you\\s+are|you[’']d\\s+be|you\\s+would\\s+be|you\\s+might\\s+be)\\s+(?:free|available)",
    "when\\s+(?:you[’']re|you\\s+are|you[’']d\\s+be|you\\s+would\\s+be)\\s+(?:free|available)",
    'shortlisted\\s+for\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:interview|assessment|final)',
    'come\\s+(?:in|by|into\\s+the\\s+office|onsite|on-site)\\s+(?:for|to)',
    '(?:selected|invited|shortlisted|chosen)\\s+to\\s+(?:attend|join|take\\s+part|participate)',
    // The next stage is a piece of work: "would like you to do our take-home", "invite you to complete a case study".
    '(?:like|love|want|invite|inviting|ask|asking)\\s+you\\s+to\\s+(?:do|complete|take|try|have\\s+a\\s+go\\s+at|work\\s+(?:on|through))\\s+(?:our|a|an|the|this|one\\s+of\\s+our)\\s+(?:[\\w-]+\\s+){0,2}(?:take-?home|exercise|assessment|assignment|case\\s+study|challenge|coding\\s+test|work\\s+sample|task)s?',
  ],
  // A time to pick, or asked for.
  [
    '(?:pick|choose|select|book|grab|reserve)\\s+(?:a|the|your)\\s+(?:[\\w-]+\\s+)?(?:time|slot|date|day|session)',
    '(?:are|would)\\s+you\\s+(?:be\\s+)?(?:free|available|around)\\s+(?:for|on|at|to|this|next|tomorrow)',
    `(?:are|would)\\s+you\\s+(?:be\\s+)?able\\s+to\\s+(?:do|make|join|attend|manage)\\s+(?:the\\s+same|a|an|\\d|${DAY}|this|next|tomorrow)`,
    // "Could you do Thursday 19 November at 16:00", "can you manage the 23rd".
    `(?:could|can|would)\\s+you\\s+(?:do|make|manage)\\s+(?:the\\s+same\\s+time|(?:the\\s+)?\\d{1,2}(?::\\d\\d|st|nd|rd|th)?\\s*(?:am|pm)?|${DAY}|this|next|tomorrow)`,
    'self-?schedul\\w*',
    // "Can we find 45 minutes", "grab fifteen minutes".
    '(?:find|grab|book|set\\s+up|get|schedule|carve\\s+out|spare)\\s+(?:\\d+|ten|fifteen|twenty|thirty|forty-five|sixty)\\s*(?:-\\s*)?min(?:ute)?s?',
    '(?:do|would|will)\\s+you\\s+have\\s+(?:time|(?:\\d+|ten|fifteen|twenty|thirty|forty-five)\\s*(?:min(?:ute)?s?)|a\\s+few\\s+minutes|some\\s+time|half\\s+an\\s+hour|an\\s+hour|a\\s+moment)',
    'confirm(?:ing|ed|s)?\\s+(?:your|the)\\s+(?:[\\w-]+\\s+){0,2}(?:interview|call|meeting|appointment|session|assessment)',
    'scheduling\\s+link',
    'confirm\\s+(?:your\\s+)?(?:attendance|availability|you\\s+can\\s+(?:attend|make\\s+it))',
  ],
  // A meeting set, confirmed, moved or called off.
  [
    '(?:your|our)\\s+(?:[\\w-]+\\s+){0,2}(?:interview|call|meeting|screen|chat|onsite|panel|assessment|conversation|session|visit|appointment)\\s+(?:is|has\\s+been|will\\s+be)\\s+(?:now\\s+)?(?:confirmed|scheduled|booked|set|arranged|moved|rescheduled|cancell?ed|postponed|pushed)',
    "(?:postpone|cancel|rearrange|reschedul|delay|push(?:ed|ing)?\\s+back)\\w*\\s+(?:[\\w'’-]+\\s+){0,2}(?:interview|call|meeting|chat|screen|onsite|panel|assessment|conversation)",
    '(?:sent|sending|send|forward(?:ed|ing)?|resent)\\s+(?:you\\s+|over\\s+)?(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}(?:invite|invitation)\\b(?!\\s+to\\s+apply)',
  ],
);
/** A question whether a time suits: "Does Tuesday at 3pm work for you?", "Would Monday suit you?", "Does Monday 30 November at 10:00 work?". */
const SUITS_YOU = /\b(?:work|suit)s?(?:\s+(?:for\s+)?you\b[^.?]*)?\s*\?/i;
const A_TIME =
  /\b(?:this|next)\s+week\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b|\b(?:tomorrow|morning|afternoon)\b/i;

/** An application acknowledged: a system confirming receipt, never an out-of-office. */
const ACKNOWLEDGES_APPLICATION = words([
  '(?:received|receipt\\s+of)\\s+your\\s+(?:application|cv|résumé|resume|submission)',
  'thank\\s+you\\s+for\\s+(?:applying|your\\s+(?:application|interest))',
  'thanks\\s+for\\s+(?:applying|your\\s+application)',
]);

/** A role named as someone else's: "a similar position", "another opening", "our other vacancy". */
const OTHER_ROLE = new RegExp(
  `\\b(?:another|a\\s+similar|a\\s+different|a\\s+previous|an\\s+earlier|a\\s+separate|(?:one\\s+of\\s+)?our\\s+other|the\\s+other)\\s+(?:(?!(?:candidates?|applicants?|persons?|people|direction|way|to|the|this|that|with|in|for|of|on|at)\\b)[\\w-]+\\s+){0,3}${ROLE}s?\\b`,
  'i',
);
/** The seeker's own process said to go on after a contrast: "..., but yours remains open", "but the role you're in goes ahead". */
const YOURS_GOES_ON =
  /\b(?:but|however|whereas|while)\b[^.;]{0,60}?\b(?:yours\b|(?:the|your)\s+(?:[\w-]+\s+){0,3}(?:role|process|position|vacancy|search)\s+(?:you(?:[’']re|\s+are|\s+applied|\s+interviewed)|for\s+you)|you(?:[’']re|\s+are)\s+(?:still|very\s+much)\s+(?:in|being))/i;
/** Where a reader sees "you", "your". */
const YOU = /\b(?:you|your|yours)\b/i;

/**
 * `text` without its sentences about a role that is not the seeker's ("a
 * similar position was filled last month", "our Senior Analyst role closed,
 * but yours goes ahead"), so that a closed role there is not read as a
 * rejection of this application.
 */
export function withoutOtherRoles(text: string): string {
  if (!OTHER_ROLE.test(text) && !YOURS_GOES_ON.test(text)) return text;
  return sentences(text)
    .filter((s) => !YOURS_GOES_ON.test(s) && !(OTHER_ROLE.test(s) && !YOU.test(s)))
    .join('\n\n');
}

/** Each family's pattern made global once, for `matchAll`. */
const GLOBAL = new Map<RegExp, RegExp>();

/** Whether a match stands: not in a sentence that supposes it, nor hanging on what comes later. */
function standing(pattern: RegExp, sentence: string): boolean {
  let all = GLOBAL.get(pattern);
  if (!all) {
    all = new RegExp(pattern.source, 'gi');
    GLOBAL.set(pattern, all);
  }
  for (const m of sentence.matchAll(all)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (SUPPOSES_BEFORE.test(before) || NEGATED_BEFORE.test(before) || HANGS_AFTER.test(after)) continue;
    return true;
  }
  return false;
}

/** Some sentence of `text` says the seeker is not going on: not going forward, someone else chosen, the role ended. */
export function meansRejection(text: string): boolean {
  if (!REJECTION_MEANING.test(text)) return false;
  return sentences(text).some((s) => standing(REJECTION_MEANING, s));
}

/** `text` offers the job in words other than the usual ones. */
export function meansOffer(text: string): boolean {
  if (OFFER_MEANING.test(text)) return sentences(text).some((s) => standing(OFFER_MEANING, s));
  return SUCCESSFUL.test(text) && !A_STAGE.test(text);
}

/** `text` invites to a round, asks or confirms a time, or moves a meeting. */
export function meansScheduling(text: string): boolean {
  if (SCHEDULING_MEANING.test(text) && sentences(text).some((s) => standing(SCHEDULING_MEANING, s))) return true;
  return SUITS_YOU.test(text) && sentences(text).some((s) => SUITS_YOU.test(s) && A_TIME.test(s));
}

/** `text` acknowledges an application (an applicant-tracking system's receipt). */
export function acknowledgesApplication(text: string): boolean {
  return ACKNOWLEDGES_APPLICATION.test(text);
}
