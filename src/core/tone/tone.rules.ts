/**
 * The phrase rules of the tone check: what reads as pleading, over-apology,
 * pressure, or a claim of other offers or processes, each with a better
 * wording of our own to offer instead.
 *
 * Rules are written by the kind of thing they mean, from building blocks:
 * intensifiers stacked on need or want; a deadline or a rush set on the
 * employer, in the frame of who must act by when (the seeker needing an
 * answer by Friday, or the employer told to reply within a day; a deadline
 * another employer gave the seeker has neither frame); a condition on the
 * employer's silence joined to a threat (withdraw, take the other offer,
 * assume the worst); questions and counts that blame the silence; apologies
 * for writing at all; the same written informally ("pls", "u", "sry", "asap",
 * "rn", "desprate"); a time limit put politely ("by end of week either way",
 * "can't keep my schedule open indefinitely", "better move quick"); claims
 * of other offers and processes in many forms (another firm made me an offer,
 * final rounds at other banks, other studios moving fast with me, recruiters
 * reaching out, interviews lined up), flagged only when the facts do not
 * back them.
 *
 * Patterns are regular-expression sources matched case-insensitively (unless
 * `caseSensitive`) on whole words (a letter or digit may not touch either
 * end), with `\s+` between words so a line break inside a phrase still
 * matches. Curly apostrophes are read as straight ones before matching.
 */
import type { ToneFacts, ToneRule } from './tone.types.js';

/** What a claim needs from the facts to be backed. */
export type ClaimNeed = 'other-offer' | 'other-process';

export interface PhraseRule {
  rule: ToneRule;
  /** A regular-expression source, without word boundaries (added when compiled). */
  pattern: string;
  suggestion: (facts: ToneFacts | undefined) => string;
  /** For unbacked-claim rules: which fact backs the claim. */
  needs?: ClaimNeed;
  /** Matched case-sensitively (capitals as emphasis); every other rule ignores case. */
  caseSensitive?: boolean;
  /**
   * A word that is pleading only when the seeker says it of themselves:
   * "I'm desperate", not "the clinics are desperately short-staffed".
   */
  seekerOnly?: boolean;
}

/** "the Product Designer role at Acme", "the role at Acme", "the Product Designer role" or "this role". */
export function jobName(facts: ToneFacts | undefined): string {
  const company = facts?.company?.trim();
  const role = facts?.role?.trim();
  if (role && company) return `the ${role} role at ${company}`;
  if (company) return `the role at ${company}`;
  if (role) return `the ${role} role`;
  return 'this role';
}

const W = '\\s+';
const phrase = (...words: string[]): string => words.join(W);
const alt = (...sources: string[]): string => `(?:${sources.join('|')})`;
/** Any run of characters inside one clause: no sentence end, semicolon or line break. */
const CLAUSE = '[^.!?;\\n]{0,80}?';
/** Any run inside one sentence (a condition and its consequence may sit either side of a comma or a semicolon). */
const SENTENCE = '[^.!?\\n]{0,100}?';

// ---- building blocks -------------------------------------------------------

/** "you" as people type it in a hurry: "u", "ya". */
const YOU = '(?:you|u|ya)';
/** "please" and its short forms: "pls", "plz". */
const PLEASE = '(?:please|pls|plz|plse)';
/** "sorry" and its short forms: "sry", "soz". */
const SORRY = '(?:sorry|sry|srry|soz)';
/** "I'll" and "I'm" typed without the apostrophe ("ill", "im"): only used before a verb that fits. */
const I_WILL = "(?:I'll|ill|I\\s+will|I\\s+would|I'd)";

/** Words that turn up the volume: stacked in front of "need" or "want", they read as pleading. */
const INTENSIFIER = alt(
  're+al+y+',
  'rl+y',
  'so+',
  'truly',
  'so',
  'very',
  'desperately',
  'badly',
  'genuinely',
  'absolutely',
  'seriously',
  'sincerely',
  'honestly',
  'tbh',
  'just',
  phrase('very', 'much'),
  phrase('so', 'much'),
);
/** What a pleading intensifier leans on. */
const LONGING = alt(
  'need(?:ing)?',
  'want(?:ing)?',
  'hop(?:e|ing)',
  'wish(?:ing)?',
  'beg(?:ging)?',
  'pray(?:ing)?',
  phrase("(?:would|'d)", 'love'),
  'long(?:ing)?',
);
/** What the seeker needs or wants to do themselves, not the job: "I really need to thank you", "I just really want to say". */
const ERRAND = phrase(
  'to',
  alt(
    'thank',
    'say',
    'mention',
    'share',
    'add',
    'note',
    'correct',
    'apologi[sz]e',
    'express',
    'reiterate',
    phrase('(?:tell|let)', 'you'),
    'flag',
    'raise',
    'clarify',
    'confirm',
    'warn',
    'reschedule',
    phrase('point', 'out'),
    phrase('give', 'you', 'a', 'heads-?up'),
  ),
);
/** Intensifiers written in capitals, read case-sensitively. */
const CAPS_INTENSIFIER = '(?:SO|REALLY|TRULY|VERY|BADLY|DESPERATELY|SERIOUSLY|ABSOLUTELY|PLEASE|NEED)';
/** `word` case-insensitively, for a pattern read case-sensitively. */
const anyCase = (word: string): string =>
  [...word].map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');

const NUMBER = alt(
  '\\d+',
  'an?',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'ten',
  'twelve',
  'twenty-four',
  'forty-eight',
  'seventy-two',
  phrase('a', 'couple', 'of'),
  phrase('a', 'few'),
);
const WEEKDAY =
  '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|weds?|thu(?:rs?)?|fri)\\.?(?![\\p{L}\\p{N}]))';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';

/** A demand for speed: a reply today, within hours, as soon as possible. */
const FAST = alt(
  phrase('within', `(?:the${W}next${W})?${NUMBER}`, '(?:(?:business|working)\\s+)?(?:hours?|hrs?|days?)'),
  'pronto',
  phrase('by', '(?:tmrw|tmr|tomoz|2moro|close\\s+of\\s+play|cop)'),
  phrase('within', '(?:the|an?)', '(?:hour|day)'),
  phrase('in', 'the', 'next', NUMBER, '(?:hours?|days?)'),
  'asap',
  'rn',
  'a\\.s\\.a\\.p\\.?',
  phrase('as', 'soon', 'as', 'possible'),
  'immediately',
  'urgently',
  'promptly',
  phrase('without', '(?:further\\s+|any\\s+(?:further\\s+)?)?delay'),
  phrase('right', '(?:away|now)'),
  phrase('at', 'once'),
  phrase('straight', 'away'),
  phrase('sooner', 'rather', 'than', 'later'),
  `(?:by${W})?(?:today|tonight)`,
  phrase('by', 'tomorrow'),
  phrase('first', 'thing', alt('tomorrow', phrase('in', 'the', 'morning'), WEEKDAY)),
  phrase('tomorrow', '(?:morning|at\\s+the\\s+latest)'),
  `(?:by${W})?(?:the${W})?end${W}of${W}(?:the${W})?(?:day|business|today)`,
  phrase('by', '(?:eod|cob|close\\s+of\\s+business|noon|midday|midnight)'),
  phrase('this', '(?:morning|afternoon|evening)'),
);
/** A date set as a limit: by Friday, before the 15th, by the end of the week. */
const BY_DATE = phrase(
  '(?:by|before|no\\s+later\\s+than)',
  `(?:(?:this|next|the|(?:the${W})?end${W}of(?:${W}(?:this|next|the))?)${W})?${alt(
    WEEKDAY,
    'week',
    'weekend',
    'month',
    `${MONTH}${W}${ORDINAL}`,
    `(?:the${W})?${ORDINAL}(?:${W}of${W}${MONTH})?`,
    `\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)`,
    'then',
  )}(?!')`,
);
const DEADLINE = alt(FAST, BY_DATE);

/** Words that ask for an answer at speed: "a prompt reply", "an urgent answer". */
const URGENT = '(?:prompt|urgent|immediate|swift|speedy|quick|fast|rapid)';
/** What an answer is called: the thing a seeker may demand. */
const ANSWER = alt(
  `(?:(?:an?|your|the|some|an${W}official|[\\p{L}&-]+'s)${W})?(?:(?:final|firm|clear|definite|straight)${W})?(?:${URGENT}${W})?(?:answer|decision|response|reply|update|verdict|word|confirmation)`,
  phrase('a', '(?:(?:firm|clear|straight|definite|final)\\s+)?yes', 'or', '(?:a\\s+)?no'),
  phrase('to', '(?:know|hear(?:\\s+back)?|have\\s+an?\\s+(?:answer|decision))'),
);
/** The seeker stating a need or expectation of the employer ("I need", "I'd expect", "I must have"). */
const I_NEED = alt(
  phrase(
    "I(?:'d|'ll|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+would|\\s+will|\\s+really|\\s+truly|\\s+do|\\s+must|\\s+just|\\s+now){0,3}",
    alt(
      'need',
      'require',
      'expect',
      'want',
      'demand',
      phrase('must', 'have'),
      phrase('have', 'to', '(?:have|get)'),
      phrase('must', '(?:request|ask\\s+for)'),
    ),
  ),
  phrase("I(?:'m|\\s+am)(?:\\s+(?:now|still|really))?", '(?:expecting|needing|requiring|demanding)'),
);
/** Being told, in the seeker's polite words: "you letting me know", "hearing back", "a word". */
const TOLD = alt(
  ANSWER,
  phrase(`(?:${YOU}|your)`, '(?:letting|telling|getting\\s+back\\s+to|updating)', 'me'),
  phrase('(?:hearing|knowing)(?:\\s+back)?'),
);
/** A time limit put politely: "by end of week either way", "by Friday one way or the other". */
const EITHER_WAY = alt(
  phrase('(?:either|one)', 'way'),
  phrase('one', 'way', 'or', '(?:the\\s+)?other'),
  phrase('regardless'),
);
/** The seeker asking politely ("I'd appreciate", "I would like"): a rush only with a demand for speed. */
const I_WOULD_LIKE = phrase(
  "I(?:'d|\\s+would)(?:\\s+really|\\s+very\\s+much)?",
  alt('like', 'love', 'appreciate', 'welcome', phrase('be', 'grateful', 'for')),
);
/** Words that tell the employer to act: "please", "could you", "you must", "I need you to". */
const TELL_THEM = alt(
  PLEASE,
  'kindly',
  phrase('(?:can|could|would|will)', `${YOU}(?:\\s+${PLEASE})?`),
  phrase('you', alt('must', phrase('need', 'to'), phrase('have', 'to'), 'should', phrase('will', 'need', 'to'))),
  phrase('I', '(?:need|want|expect|require)', 'you', 'to'),
  phrase("I(?:'d|\\s+would)", '(?:like|ask)', 'you', 'to'),
  phrase('I', '(?:must|have\\s+to|would|will\\s+have\\s+to)', 'ask', '(?:that\\s+)?you(?:\\s+to)?'),
);
/** A sentence's start: an imperative there tells the reader to act. */
const SENTENCE_START =
  "(?<=(?:^|[.!?;:\\n\\u2014\\u2013(]|^\\s*(?:(?:hi|hello|hey|hiya|dear|morning|afternoon|alright)(?:\\s+[\\p{L}.'-]+){0,3}|[\\p{L}.'-]+),)\\s*)";
/** Verbs of giving the decision itself. */
const DECIDE = alt(
  'respond',
  'reply',
  'answer',
  'decide',
  phrase('(?:get|come)', 'back', 'to', 'me'),
  phrase('make', '(?:a|your)', 'decision'),
  phrase('(?:give|send)', '(?:me\\s+)?(?:an?|your)', '(?:answer|decision|reply|response)'),
  phrase(
    '(?:provide|let\\s+me\\s+have)',
    '(?:me\\s+with\\s+)?(?:an?|your|the)',
    '(?:final\\s+)?(?:answer|decision|reply|response)',
  ),
  phrase(
    'let',
    'me',
    'know',
    alt(
      phrase('your', 'decision'),
      phrase('the', 'outcome'),
      phrase('(?:either|one)', 'way'),
      phrase('(?:if|whether)', "I(?:'ve|\\s+have)?", '(?:got|gotten|been|the)'),
    ),
  ),
);
/** Any verb of getting back to the seeker. */
const REPLY = alt(
  DECIDE,
  phrase('let', 'me', 'know'),
  phrase('tell', 'me'),
  phrase('call', 'me'),
  phrase('write', 'back'),
  phrase('update', 'me'),
  phrase('get', 'in', 'touch'),
  'confirm',
  'revert',
);
/** The employer being told to act: after "please", "could you" and the like, or as an imperative. */
const THEY_MUST = alt(`${TELL_THEM}${W}(?:just${W})?`, SENTENCE_START);
/** A clause that stays on the employer's act: it ends where the seeker's own promise starts ("and I will do it straight away"). */
const THEIR_CLAUSE =
  "(?:(?!(?<![\\p{L}])I(?:'ll|\\s+will|\\s+can|'d|\\s+would|\\s+could)(?![\\p{L}]))[^.!?;\\n]){0,80}?";
/** A verb used as a label ("Answer: yes") is no imperative. */
const NOT_LABEL = '(?!\\s*:)';

/** A condition on the employer's silence: "if I don't hear back", "if there's no answer", "unless you reply". */
const NO_REPLY = alt(
  phrase(
    'if',
    'I',
    "(?:still\\s+)?(?:don't|do\\s+not|haven't|have\\s+not|can't|cannot|won't)",
    // "if I don't get an answer", not "if I don't get the role"
    alt(
      'hear',
      'heard',
      phrase(
        '(?:get|got|receive|received|have)',
        '(?:(?:a|an|any|your|some)\\s+)?(?:reply|answer|response|decision|word|news|update)',
      ),
    ),
  ),
  phrase('if', "(?:I\\s+(?:hear|get|receive)|there(?:'s|\\s+is|\\s+has\\s+been))", '(?:still\\s+)?(?:no|nothing)'),
  phrase(
    'if',
    '(?:you|the\\s+team|no\\s+one|nobody)',
    "(?:don't|do\\s+not|can't|cannot|haven't|have\\s+not|won't|doesn't|hasn't)",
    '(?:reply|respond|answer|get\\s+back|decide|let\\s+me\\s+know|tell\\s+me|come\\s+back|confirm)',
  ),
  phrase(
    'if',
    '(?:no\\s+one|nobody)',
    '(?:replies|responds|answers|gets\\s+back|decides|lets\\s+me\\s+know|tells\\s+me|comes\\s+back|confirms)',
  ),
  phrase(
    'unless',
    alt(
      phrase('I', '(?:hear|get|receive)'),
      phrase('you', '(?:reply|respond|answer|get\\s+back|decide|let\\s+me\\s+know|confirm|tell\\s+me|come\\s+back)'),
      "there(?:'s|\\s+is)",
    ),
  ),
  phrase('(?:without|failing|in\\s+the\\s+absence\\s+of)', '(?:an?|your|any)', '(?:reply|answer|response|decision)'),
  // "if I've not heard anything", "if I'm still waiting next week"
  `if${W}I(?:'ve|${W}have)${W}(?:still${W})?not${W}(?:heard|had|got|received)`,
  phrase('if', "I(?:'m|\\s+am)", 'still', 'waiting'),
  // any subject: "unless Acme replies by Monday"
  `unless${W}(?:[a-z\\u00C0-\\u024F&'-]+${W}){1,6}?(?:replies|responds|answers|gets${W}back|decides|confirms|comes${W}back|lets${W}me${W}know)`,
  // "if you can't give me an answer", "if you're unable to decide"
  phrase('if', "(?:you|the\\s+team)(?:'re|\\s+are|\\s+can't|\\s+cannot|\\s+don't|\\s+do\\s+not|\\s+won't)") +
    `${W}(?:(?:not${W})?(?:able|unable)${W}to${W})?` +
    alt(
      phrase('(?:give|send)', 'me', '(?:an?|your|a\\s+final)', '(?:answer|decision|reply|response)'),
      '(?:decide|respond|reply|answer|confirm)',
      phrase('make', '(?:a|your)', 'decision'),
    ),
  // any subject that cannot decide: "if Acme can't commit by the end of the month"
  `if${W}(?:[\\p{L}&'-]+${W}){1,3}?(?:can't|cannot|won't|doesn't|does${W}not|isn't${W}able${W}to|is${W}unable${W}to)${W}${alt(
    'commit',
    'decide',
    'respond',
    'reply',
    'answer',
    'confirm',
    phrase('get', 'back'),
    phrase('let', 'me', 'know'),
    phrase('come', 'back'),
    phrase('make', '(?:a|its|their|your|up)'),
    phrase('make', '(?:that|this|it)', 'work'),
    'accommodate',
    phrase('give', 'me'),
  )}`,
  phrase('if', "I(?:'m|\\s+am)", 'not', '(?:hearing|getting|receiving)'),
  // failing to answer, of anyone: "should Acme fail to respond", "if the team fails to reply"
  `(?:if|should)${W}(?:[\\p{L}&'-]+${W}){1,4}?fails?${W}to`,
  // the condition put first: "should I not hear back", "should there be no reply"
  phrase(
    'should',
    alt(
      phrase('I', 'not', '(?:hear|get|receive)'),
      phrase('(?:you|the\\s+team)', 'not', '(?:reply|respond|answer|decide|get\\s+back|confirm)'),
      phrase('there', 'be', '(?:no|nothing)'),
    ),
  ),
  // a delay as the condition: "if this drags on", "if Acme takes any longer"
  `if${W}(?:[\\p{L}&'-]+${W}){1,3}?` +
    alt(
      phrase('drags?', 'on'),
      phrase('(?:takes?|goes\\s+on)', '(?:much|any|a\\s+lot|even|a\\s+(?:lot|bit)|far)', 'longer'),
      phrase('keeps?', 'me', 'waiting'),
    ),
  // "no word by Friday", "no reply from Acme by Monday": silence past a date
  phrase(
    'no',
    "(?:reply|response|answer|word|decision|news|update)(?:\\s+from(?:\\s+[\\p{L}&'-]+){1,3}?)?",
    '(?:by|before|within)',
  ),
);
/** The job a threat would take instead: "the other offer", "another role". */
const OTHER_JOB = phrase(
  '(?:the|an?|another|their|a\\s+different|my\\s+other|the\\s+other|a\\s+competing)',
  '(?:other\\s+)?(?:offer|role|position|job|post|contract|place)',
);
/** What a threat does: walk away, take the other offer, assume the worst. */
const WALK_AWAY_WILL = phrase(
  "I(?:'ll|'d|'m\\s+going\\s+to|\\s+will|\\s+shall|\\s+would|\\s+am\\s+going\\s+to|\\s+plan\\s+to|\\s+intend\\s+to)?(?:\\s+(?:simply|just|then|probably|unfortunately|have\\s+to|need\\s+to|be\\s+forced\\s+to|must)){0,3}",
  alt(
    phrase('(?:accept|take|sign)', OTHER_JOB),
    phrase('sign', 'with'),
    phrase('go', 'with', '(?:another|the\\s+other|a\\s+different|them|my\\s+other)'),
    'withdraw',
    phrase('pull', 'out'),
    `walk(?:${W}away)?`,
    phrase('move', 'on'),
    phrase('(?:look|go)', 'elsewhere'),
    phrase(
      '(?:pursue|explore|consider|weigh|go\\s+with)',
      '(?:my\\s+)?other',
      '(?:options|offers|opportunities|roles)',
    ),
    phrase('take', '(?:my\\s+\\w+|that|this|it|your\\s+silence)', '(?:elsewhere|as)'),
    phrase('(?:pull|withdraw)', 'my', '(?:application|candidacy|name)'),
    phrase(
      'be',
      '(?:withdrawing|pulling|walking|moving\\s+on|looking\\s+elsewhere|accepting|signing|going\\s+elsewhere)',
    ),
    // not a friendly guess: "I'll assume you're still deciding", "assume no news is good news"
    "assume(?!(?:\\s+that)?(?:\\s+[\\p{L}&'-]+?){1,3}?(?:'s|'re|\\s+is|\\s+are)\\s+still|\\s+no\\s+news)",
    phrase('stop', 'waiting'),
    // "I'll have to reconsider", not "reconsider the date"
    `reconsider(?!${W}(?:the|my|our|a)${W}(?:date|day|time|slot|schedule|start|travel))`,
    phrase('(?:consider|treat)', '(?:that|this|it|my\\s+application|myself|the\\s+matter|your\\s+silence)'),
    phrase('have', 'no', '(?:choice|option)'),
    phrase('no', 'longer', '(?:be\\s+available|wait|be\\s+interested|consider)'),
    'escalate',
    phrase('contact', 'your', '(?:manager|boss|ceo|director|head|hr)'),
    phrase('give', 'up'),
  ),
);
/** The threat said as already decided: "I'm out", "I'm accepting the other job". */
const WALK_AWAY = alt(
  WALK_AWAY_WILL,
  // "I won't be continuing", "I will not proceed"
  phrase(
    "I(?:\\s+won't|\\s+will\\s+not|'ll\\s+not)",
    '(?:be\\s+)?(?:continu(?:e|ing)|proceed(?:ing)?|go(?:ing)?\\s+(?:ahead|forward))',
  ),
  phrase(
    "I(?:'m|\\s+am)",
    alt(
      '(?:out|done|gone)(?![\\p{L}\\p{N}])(?!\\s+of\\s+(?:the\\s+)?(?:office|town|country))',
      phrase('(?:accepting|taking|signing)', OTHER_JOB),
      phrase('signing', 'with'),
      phrase('taking', '(?:my\\s+\\w+|it|this|that)', 'elsewhere'),
      phrase('off', 'to', '(?:another|a\\s+different|the\\s+other|someone|somewhere)'),
      'withdrawing',
      'walking',
      phrase('moving', 'on'),
      phrase('(?:going|looking)', 'elsewhere'),
    ),
  ),
);

/** A question that starts "why" and goes on about the employer's silence. */
const WHY_NOT = phrase(
  'why',
  alt(
    "(?:have|has|had|did|do|does|is|are|was|were|would|will|can)(?:n't|\\s+not)",
    phrase('(?:is|has|does)', '(?:it|there|no\\s+one|nobody)'),
    phrase('am', 'I', '(?:still\\s+)?(?:not|being|waiting|left)'),
  ),
);
const SILENCE = alt(
  'repl(?:y|ied|ies|ying)',
  'respond(?:ed|ing)?',
  'response',
  'answer(?:ed|ing)?',
  phrase('return(?:ed|ing)?', '(?:my|me)'),
  phrase('(?:get|getting|got|gotten)', 'back'),
  'heard',
  'hear',
  phrase('called', '(?:me\\s+)?back'),
  'written',
  'wrote',
  'contacted',
  phrase('in', 'touch'),
  'updated?',
  'acknowledg\\w*',
  'silence',
  'ignor\\w*',
  phrase('so', 'long'),
  phrase('no', 'one'),
  'nobody',
);
const TIMES = alt(
  phrase(
    alt(
      '\\d+',
      'two',
      'three',
      'four',
      'five',
      'six',
      'several',
      'multiple',
      'many',
      'numerous',
      'countless',
      phrase('a', 'few'),
      phrase('a', 'number', 'of'),
      phrase('a', 'couple', 'of'),
    ),
    '(?:times|e-?mails|messages|calls|voicemails|follow-ups)',
  ),
  'twice',
  'repeatedly',
  phrase('again', 'and', 'again'),
  phrase('over', 'and', 'over'),
);
/** "I've emailed", "I have called", "I've sent": the start of counting one's own attempts. */
const I_TRIED = phrase(
  "I(?:'ve|\\s+have)(?:\\s+(?:now|already|also))?",
  alt(
    'e-?mailed',
    'written',
    'called',
    'phoned',
    'rung',
    'messaged',
    'texted',
    'chased',
    phrase('reached', 'out'),
    phrase('followed', 'up'),
    phrase('tried', '(?:to\\s+(?:reach|contact|call|email)|calling|emailing)'),
    'contacted',
    'sent',
  ),
);
/** The practical side of a visit: what a seeker may call about with no charge of silence. */
const LOGISTICS = alt(
  'parking',
  'directions',
  'address',
  'room',
  'slot',
  phrase('(?:start|interview|meeting)', '(?:time|date|room|slot|details)'),
  'time',
  'date',
  'details',
  'forms?',
  'documents?',
  'paperwork',
  'travel',
  'access',
  'badge',
  'link',
);
/** Hard words about the employer's conduct. */
const HARSH = alt(
  'unprofessional',
  'rude',
  'disrespectful',
  'unacceptable',
  'ridiculous',
  'insulting',
  'absurd',
  'appalling',
  'disappointing',
  'frustrating',
  phrase('poor', 'form'),
);

/** Not after a negation: "don't feel you need to reply", "no need to apologise". */
const NOT_NEGATED = "(?<!(?:n't|not|never|no)\\s+(?:(?:feel|think|worry)\\s+(?:like\\s+|that\\s+)?)?)";

/** A sorry that is sympathy, not an apology: "sorry to hear", "sorry for your loss". */
const SYMPATHY = alt(
  phrase('to', '(?:hear|learn|see|read)'),
  phrase('for', "(?:your|the\\s+team's|everyone's)"),
  phrase('about', '(?:your|the\\s+(?:illness|news|loss))'),
  'you',
  phrase('that', '(?:you|your|the\\s+team)'),
);

/**
 * One apology, of any kind, for counting: two or more in one text are a
 * stack. Sympathy ("sorry to hear") and negations ("no need to apologise")
 * are not apologies.
 */
export const APOLOGY = `${NOT_NEGATED}${alt(
  `${SORRY}(?!${W}${SYMPATHY}(?![\\p{L}\\p{N}]))`,
  'apols',
  'apolog(?:y|ies|i[sz]e|i[sz]ing|i[sz]ed)',
  phrase('forgive', 'me'),
  phrase('(?:pardon|excuse)', '(?:me\\s+for|the\\s+(?:intrusion|interruption))'),
  phrase('I', 'hate', 'to', '(?:bother|trouble|disturb|pester|chase|nag|ask|be\\s+a)'),
)}`;

/** What another employer may be called in a claim: a company, a firm, a studio, a bank. */
const EMPLOYER = alt(
  'compan(?:y|ies)',
  'employers?',
  'firms?',
  'organi[sz]ations?',
  'studios?',
  'banks?',
  'agenc(?:y|ies)',
  'startups?',
  'start-ups?',
  'practices?',
  'shops?',
  'labs?',
  'places?',
  'businesses',
  'brands?',
  'hospitals?',
  'clinics?',
  'schools?',
  'restaurants?',
  'competitors?',
  'rivals?',
  'retailers?',
  'trusts?',
  'authorit(?:y|ies)',
  'utilit(?:y|ies)',
  'housebuilders?',
  'stores?',
  'chains?',
  'hotels?',
  'charit(?:y|ies)',
  'councils?',
  'universit(?:y|ies)',
  'colleges?',
  'consultanc(?:y|ies)',
  'outfits?',
  'bookshops?',
  'bakeries',
  'bakery',
  'cafes?',
  'publishers?',
  'manufacturers?',
  'providers?',
  'vendors?',
);
/** How many, or which, other employers: "another firm", "two other banks", "a couple other studios". */
const SOME_OTHER = alt(
  'another',
  phrase('a', 'different'),
  phrase('an?', '(?:competing|rival)'),
  `(?:(?:a${W}(?:couple|few)(?:${W}of)?|several|multiple|some|two|three|four|five|\\d+|the)${W})?other`,
);
/** "another firm", and with a word or two of trade between: "another logistics company". */
const OTHER_EMPLOYER = phrase(SOME_OTHER, `(?:[\\p{L}-]+${W}){0,2}?${EMPLOYER}`);
/** A count of employers, other or not, for places where only a claim fits: "final rounds at two banks". */
const COUNTED_EMPLOYERS = phrase(
  `(?:${SOME_OTHER}|a${W}(?:couple|few)(?:${W}of)?|several|multiple|two|three|four|five|\\d+)`,
  `(?:other${W})?${EMPLOYER}`,
);
/**
 * "an offer", "two job offers": offers counted, not "the offer" (which may be
 * this employer's), nor "an offer of help" or "an offer to drive me".
 */
const SOME_OFFERS = `${phrase('(?:an?|one|two|three|\\d+|a\\s+couple\\s+of|a\\s+few|several|multiple)', '(?:job\\s+)?offers?')}(?!${W}(?:of|to)${W}(?!employment))`;
/** An offer made to the seeker: "made me an offer", "offered me the job". */
const OFFERED_ME = `${phrase('(?:made|extended|given|sent|offered)', 'me')}${W}(?:(?:an?|the|their)${W})?(?:[\\p{L}-]+${W}){0,2}?(?:job${W})?(?:offers?|jobs?|roles?|positions?|work|contracts?)`;
/** What other employers are said to be doing with the seeker. */
const PURSUING = alt(
  phrase('(?:moving|move|moved)(?:\\s+\\w+)?', '(?:fast|quick(?:ly)?|forward)'),
  phrase('(?:reaching|reached|reach)', 'out'),
  phrase(
    '(?:interview(?:ing|ed)?|court(?:ing|ed)?|pursu(?:e|ing|ed)|chas(?:e|ing|ed)|approach(?:ed|ing)?|contact(?:ed|ing)?|headhunt(?:ing|ed)?|poach(?:ing|ed)?)',
    'me',
  ),
  phrase('(?:interested|keen)', 'in', 'me'),
  phrase('(?:expressed|shown|showing|expressing|shown\\s+real)', 'interest'),
  phrase('invited', 'me'),
  phrase('asked', 'me', '(?:to\\s+(?:interview|come\\s+in|start|join)|in|back|for\\s+an?\\s+interview)'),
  phrase('(?:offered|given)', 'me', '(?:an?\\s+|a\\s+second\\s+|a\\s+final\\s+)?interview'),
  phrase('want(?:s)?', 'me'),
  phrase('in', 'touch', 'with', 'me'),
);

const choose = (f: ToneFacts | undefined) =>
  `Say why this job in particular, as someone with options: "I'm excited about ${jobName(f)}."`;
const want = (f: ToneFacts | undefined) =>
  `Say what you want, not what you need: "I'd be glad to bring my experience to ${jobName(f)}."`;
const calm = (f: ToneFacts | undefined) =>
  `One plain sentence carries more weight than stacked "really"s or capitals: "I'm very interested in ${jobName(f)}."`;
const hardship = (f: ToneFacts | undefined) =>
  `Keep money worries out of it and talk about what you would bring: "I'd be glad to bring my experience to ${jobName(f)}."`;
const noApology = 'Drop the apology; a check-in is normal. Try: "I wanted to check in on my application."';
const thankInstead = 'Thank them instead of apologising: "Thank you for your time."';
/** For the second and later apologies of a stack. */
export const APOLOGY_STACK_SUGGESTION =
  'One apology is plenty, and a check-in needs none. Keep the one that matters (say, for your own late reply) and thank them instead: "Thank you for your time."';
const ask = 'Ask instead of demanding: "Could you share where things stand and when you hope to decide?"';
const deadlineWithReason =
  'If timing really matters, give the reason and ask: "I need to answer another offer by Friday; is there any way you could share your timeline before then?"';
const noRush =
  'Leave the pace to them and ask: "Whenever you are able, could you share where things stand?" If another offer has a deadline, say so: "They have asked me to answer by Friday."';
const noUltimatum =
  'Drop the ultimatum. If you have a real deadline, give it as news and ask: "I have been asked to answer another offer by Friday; could you share where things stand?"';
const noBlame =
  'Leave the silence unmentioned; hiring often runs late. Try: "I wanted to check in on my application. Is there an updated timeline you could share?"';
const offerClaim = () =>
  'Mention another offer only once you have one (or expect one). Otherwise: "Knowing your timeline would help me plan."';
const processClaim = () =>
  'Mention other companies only when you are really talking with them. Otherwise: "Knowing your timeline would help me plan."';

/**
 * The third widening, by kind: the job as everything, any terms or any
 * chance, promises and hardship (pleading); apologies near any word for
 * intruding, and hoping one is not a bother (over-apology); a time limit
 * handed to the employer ("giving you until Friday"), urgency, silence as a
 * charge ("what's taking so long", "is anyone even reading"), guilt
 * ("the least you could do"), a wait set as a limit before a threat
 * (pressure); other processes in more words (another interview of one's
 * own, offers held or weighed, interest from other firms, other options).
 */
const ANY_ROLE = '(?:job|role|position|work|opening|vacancy|post)';
/** Another employer's name or "you": what may stand between a verb and "until". */
const WHOM = "(?!(?:it|this|that|myself|me|ourselves)(?![\\p{L}\\p{N}]))(?:[\\p{L}&'-]+(?:\\s+[\\p{L}&'-]+){0,2}?)";
/** Words for intruding on someone's time, next to an apology. */
const INTRUDING = alt(
  phrase(
    '(?:repeated|many|multiple|constant|endless|numerous|all\\s+the|so\\s+many)',
    '(?:e-?mails|messages|follow-ups|calls|reminders)',
  ),
  phrase('(?:e-?mailing|writing|messaging|chasing)', 'so', '(?:often|much)'),
  phrase('keep', '(?:e-?mailing|writing|messaging|chasing|asking)'),
  'bother(?:ing)?',
  'pest(?:er(?:ing)?)?',
  'nag(?:ging)?',
  'nuisance',
  'chas(?:e|ing|er)',
  'intru(?:sion|d(?:e|ing))',
  'interrupt(?:ion|ing)?',
  phrase(
    '(?:writ(?:e|ing)|contact(?:ing)?|e-?mail(?:ing)?|messag(?:e|ing)|chas(?:e|ing))',
    '(?:you\\s+)?(?:once\\s+more|again)',
  ),
  'persisten(?:ce|t)',
  phrase('tak(?:e|ing)', 'up', 'your', 'time'),
  phrase('(?:clog(?:ging)?|clutter(?:ing)?|fill(?:ing)?|flood(?:ing)?)', 'your', 'inbox'),
  phrase('be(?:ing)?', '(?:writing|emailing|messaging)', 'again'),
  phrase('(?:this|my)', '(?:e-?mail|message|note)', 'caus\\w*'),
);
/** What the silence is called when it is held against the employer. */
const NOT_A_WORD = alt(
  phrase(
    '(?:and\\s+)?(?:still\\s+)?not',
    '(?:a|one|even\\s+a)',
    '(?:single\\s+)?(?:word|reply|response|peep|answer|acknowledg\\w*|update)',
  ),
  phrase('(?:without|with\\s+no)', '(?:a\\s+single|any|a|one)', '(?:word|reply|response|answer|acknowledg\\w*|update)'),
  phrase(
    '(?:and|with)',
    '(?:still\\s+)?(?:nothing|no\\s+(?:word|reply|response|answer|news|update|acknowledg\\w*|decision))',
  ),
);

/** Stacked intensifiers on love and hope, after the longing, and gratitude for any chance at all (issue 15 families). */
const FIFTH_PLEADING = [
  // "I would so very much love", "so very very hopeful"
  `I(?:'d|'m|\\s+am|\\s+would)?(?:\\s+be)?(?:[\\s,]+${INTENSIFIER}){2,5}[\\s,]+(?:love|hopeful|hoping)(?!${W}(?:to${W}hear${W}(?:how|about|what|more)|the|your|how|what))`,
  // "hoping so, so much", "want it so so badly"
  `(?:hop(?:e|ing)|want(?:ing)?|need(?:ing)?|wish(?:ing)?|pray(?:ing)?)(?:${W}(?:it|this|that))?[\\s,]+(?:so|really|very)(?:[\\s,]+(?:so|really|very)){1,4}[\\s,]+(?:much|badly|hard)`,
  // "I'd be so so grateful for any chance"
  phrase('grateful', 'for', '(?:any|even\\s+a|just\\s+a)', '(?:chance|shot|opportunity|consideration)'),
];

/** Forgotten, lost through the cracks or kept waiting, asked as a question or said of the seeker (issue 15 families). */
const FIFTH_BLAME = [
  phrase(
    '(?:was|have|has|had)',
    "(?:I|my(?:\\s+[a-z\\u00C0-\\u024F'-]+)?)",
    '(?:been\\s+)?(?:just\\s+|simply\\s+)?(?:forgotten|overlooked|ignored|dropped|abandoned|ghosted)',
  ),
  phrase('(?:fall(?:en)?|fell|falls|slip(?:ped|s)?|slid|gone|go(?:ne)?|went)', 'through', 'the', 'cracks'),
  phrase('lost', 'in', 'the', '(?:shuffle|void)'),
  phrase(
    'to',
    'have',
    '(?:decided|replied|responded|answered|got\\s+back|gotten\\s+back|made\\s+a\\s+decision|been\\s+in\\s+touch)',
    'by',
    'now',
  ),
  `(?:did|has|have|had)${W}(?:[a-z\\u00C0-\\u024F&'-]+${W}){1,3}?forg(?:e|o)t(?:ten)?${W}(?:about${W})?(?:me|my)`,
  phrase('(?:is|are)', 'ignoring', '(?:candidates|applicants|people|emails|messages)'),
  phrase(
    '(?:does|do|will|is)',
    '(?:anyone|anybody|someone|somebody)',
    `${CLAUSE}(?:plan|intend|going|bother)(?:ing|s)?`,
    'to',
    '(?:reply|respond|answer|get\\s+back|write)',
  ),
  phrase(
    'how',
    'long',
    `(?:am${W}I|do${W}(?:you|they)${W}expect${W}me|does${W}${CLAUSE}expect${W}me|should${W}I|must${W}I|will${W}I${W}have)`,
    '(?:supposed\\s+)?to',
    '(?:wait|keep\\s+waiting|hold\\s+on|hang\\s+on)',
  ),
  phrase(
    "(?:am\\s+I|I'm|I\\s+am)",
    '(?:just\\s+)?(?:supposed|meant|expected)',
    'to',
    '(?:just\\s+)?(?:keep\\s+)?(?:wait|waiting|sit\\s+(?:here|around))',
  ),
  phrase(
    '(?:nobody|no\\s*one|no-one)',
    '(?:has\\s+|have\\s+|had\\s+)?(?:told|updated|contacted|called|emailed|replied\\s+to|got\\s+back\\s+to)',
    'me',
    '(?:anything|a\\s+thing|at\\s+all|since|yet|for)',
  ),
];

/** The silence held against the employer, as the third blind set put it (joined to the older forms below). */
const FOURTH_BLAME: readonly string[] = [
  // pressure: follow-ups counted against the employer
  `as${W}I${W}(?:already${W})?(?:said|mentioned|wrote|asked|explained)${W}\\(?(?:twice|three${W}times|several${W}times|repeatedly|more${W}than${W}once|before|already)`,
  phrase('and', 'the', 'one', 'before', 'that'),
  phrase('(?:somehow|again)', '(?:got|get|went|gone|been)', '(?:lost|missed|missing|ignored)'),
  `(?:I'm|I${W}am)${W}still${W}waiting(?=\\s*(?:[.!?\\n]|$))`,
  // pressure: guilt for what the wait cost the seeker
  phrase(
    'what',
    '(?:this|the|your)',
    '(?:wait(?:ing)?|silence|delay|process)',
    '(?:has|have|is|was)',
    'cost(?:ing)?',
    'me',
  ),
  `(?:turned|turning|turn)${W}down${CLAUSE}${W}to${W}(?:keep|stay|remain|be)${CLAUSE}(?:open|free|available)${W}for`,
  phrase('(?:hard|difficult|painful|tough|frustrating)', 'to', '(?:hear|get|receive)', 'nothing'),
  // pressure: sarcasm and being forgotten
  phrase('too', 'busy', 'to', '(?:answer|reply|respond|get\\s+back|write)'),
  `(?:candidates|applicants|people|my)(?:'s?)?${W}time${W}(?:isn't|is${W}not|doesn't|does${W}not)${W}(?:a${W}priority|matter|count)`,
  phrase('whenever', '(?:you|u)', '(?:get|got)', 'around', 'to', 'it'),
  phrase(
    '(?:did|have|has|had)',
    "(?:you|u|everyone|(?:the|your)(?:\\s+[a-z&'-]+){0,2}?\\s+team)",
    'forg(?:e|o)t(?:ten)?',
    '(?:about\\s+)?(?:me|my)',
  ),
  phrase('(?:take|read|interpret)', "(?:the|your|this|[\\p{L}&-]+'s)", 'silence', 'as'),
  phrase('(?:going\\s+to|gonna)', 'actually', '(?:reply|respond|answer|get\\s+back|write)'),
  `you${W}(?:said|promised)${CLAUSE},${W}(?:and${W}|but${W})?(?:it's|it${W}has)${W}(?:now${W})?been`,
  // pressure: the process called slow
  `${phrase('why', "(?:this|it)(?:\\s+is|'s)", 'taking')}${W}${alt(phrase('(?:so|this)', 'long'), phrase('(?:such\\s+a\\s+long|so\\s+much)', 'time'), 'forever')}`,
  phrase('what', 'the', 'hold-?up', '(?:is|was)'),
  phrase('(?:supposed|meant)', 'to', 'be', '(?:a\\s+)?(?:quick|fast|short|simple|speedy)'),
];

const THIRD_WIDENING: readonly PhraseRule[] = [
  // pleading: the job as everything
  {
    rule: 'pleading',
    pattern: phrase('means', '(?:the\\s+world|everything|so\\s+much)', 'to', 'me'),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: alt(phrase("I(?:'m|\\s+am)(?:\\s+(?:just|really|so))?", 'praying'), phrase('hoping', 'and', 'praying')),
    suggestion: calm,
  },
  {
    rule: 'pleading',
    pattern: alt(
      phrase(
        "(?:barely|hardly|can't|cannot|struggling\\s+to|struggle\\s+to)",
        '(?:make|pay|afford|cover)',
        '(?:my\\s+|the\\s+)?(?:rent|bills|mortgage|ends\\s+meet)',
      ),
      phrase(
        'would',
        '(?:literally\\s+|truly\\s+|honestly\\s+)?(?:save|change)',
        '(?:me|my\\s+life|my\\s+family|everything\\s+for\\s+me)',
      ),
    ),
    suggestion: hardship,
  },
  {
    rule: 'pleading',
    pattern: phrase(
      "(?:I\\s+)?(?:don't|do\\s+not)",
      'know',
      'what',
      "I(?:'ll|'d|\\s+will|\\s+would|\\s+am\\s+going\\s+to)",
      'do',
      '(?:if|without)',
    ),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: `${phrase('I', '(?:(?:really|just|so|truly)\\s+)?need', '(?:this|it)')}(?=\\s*(?:[.!,;\\n]|$))`,
    suggestion: want,
  },
  { rule: 'pleading', pattern: phrase('(?:forever|eternally|endlessly|infinitely)', 'grateful'), suggestion: calm },
  {
    rule: 'pleading',
    pattern: alt(
      phrase('whatever', 'it', 'takes'),
      phrase('find', 'it', 'in', 'your', 'heart'),
      'implor(?:e|ing)',
      'beseech(?:ing)?',
      phrase('(?:nowhere|no\\s+one|nobody)', 'else', 'to', '(?:turn|go)'),
      phrase('nothing', 'else', 'lined', 'up'),
      phrase('any', 'way', '(?:in|into)'),
      phrase('(?:accept|take)', '(?:an?\\s+)?[\\p{L}-]+', '(?:position|role|job|post)', 'instead'),
      phrase(
        '(?:asking|begging|pleading)(?:\\s+you)?',
        'for',
        '(?:one|a|just\\s+one|one\\s+more|another)',
        '(?:chance|shot|opportunity)',
      ),
      phrase('just', '(?:one|a)', '(?:more\\s+)?chance'),
      phrase('just', 'let', 'me', '(?:join|work|in|start|prove|have\\s+(?:a|the|this)\\s+(?:job|chance|shot))'),
      `any${W}[\\p{L}-]+,${W}any${W}[\\p{L}-]+`,
      phrase(
        'anything',
        'to',
        alt(
          phrase('get', '(?:in|hired|started|going|my\\s+foot|a\\s+foot|this|the\\s+job)'),
          'join',
          phrase('work', '(?:at|for|with)'),
          phrase('be', '(?:part|on|hired|considered)'),
        ),
      ),
    ),
    suggestion: choose,
  },
  // pleading: any terms, any role, any chance, less than the job
  {
    rule: 'pleading',
    pattern: alt(
      phrase('(?:accept|take)', '(?:any|whatever)', '(?:terms|conditions|salary|pay|wage|rate|contract)'),
      phrase('just', 'want', 'in'),
    ),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: phrase(
      'whatever',
      `(?:${ANY_ROLE}|position|opportunity)`,
      "(?:you|[\\p{L}&'-]+)",
      '(?:have|has|can|might|offers?)',
    ),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: phrase(
      '(?:take|accept|settle\\s+for)',
      '(?:an?\\s+)?(?:more\\s+)?(?:junior|lower|entry-level|unpaid|lesser|reduced|smaller|demoted)',
      `(?:${ANY_ROLE}|title|salary|pay|rate|grade|level)`,
    ),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: phrase('(?:take|accept)', '(?:an?\\s+)?(?:pay|salary|wage)', 'cut'),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: alt(
      phrase('work', 'for', '(?:free|nothing|less|peanuts|minimum\\s+wage)'),
      phrase('work', 'for', '(?:an?\\s+)?(?:reduced|lower|smaller|lesser)', '(?:salary|pay|wage|rate)'),
    ),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: phrase('(?:take|grab|jump\\s+at|accept)', 'any', '(?:chance|opportunity|opening|shot)'),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: phrase('(?:please|just)', '(?:give|grant)', 'me', 'the', '(?:chance|shot|break)'),
    suggestion: want,
  },
  {
    rule: 'pleading',
    pattern: phrase(
      `(?:${I_WILL}|willing\\s+to|happy\\s+to)`,
      '(?:do|take|accept)',
      '(?:literally|absolutely|just|really|truly)',
      'anything',
    ),
    suggestion: choose,
  },
  { rule: 'pleading', pattern: phrase('please,?(?:\\s+just)?', '(?:hire|pick|choose|select)', 'me'), suggestion: want },
  // pleading: hardship and promises
  {
    rule: 'pleading',
    pattern: alt(
      phrase('(?:out\\s+of\\s+work|unemployed|jobless|without\\s+(?:a\\s+job|work))', '(?:for|since)'),
      phrase("(?:been|I'm|I\\s+am|totally|completely|flat|pretty\\s+much)", '(?:skint|broke)'),
      phrase(
        '(?:family|kids|children|wife|husband|partner)',
        '(?:is|are)',
        '(?:counting|depending|relying)',
        'on',
        'me',
      ),
    ),
    suggestion: hardship,
  },
  {
    rule: 'pleading',
    pattern: alt(
      phrase("(?:you\\s+won't|you\\s+will\\s+not)", 'regret', '(?:it|hiring|choosing|picking|giving|taking)'),
      phrase("I\\s+(?:won't|will\\s+not)", '(?:let\\s+(?:you|the\\s+team|anyone)\\s+down|disappoint)'),
    ),
    suggestion: want,
  },
  // over-apology: an apology next to a word for intruding
  {
    rule: 'over-apology',
    pattern: `${alt(SORRY, 'apologies', 'apologi[sz]e', 'forgive', 'pardon', 'excuse')}[^.!?;\\n]{0,30}?${INTRUDING}`,
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase('(?:forgive|pardon|excuse)', 'the', '(?:intrusion|interruption|bother|nag|chaser|follow-up)'),
    suggestion: () => thankInstead,
  },
  {
    rule: 'over-apology',
    pattern: alt(
      phrase(
        'hope',
        alt(
          phrase("(?:I'm|I\\s+am)", 'not', '(?:bothering|pestering|intruding|disturbing|imposing|being\\s+a)'),
          phrase(
            '(?:this|it|my\\s+(?:e-?mail|message|note))',
            "(?:isn't|is\\s+not|won't\\s+be|is\\s+not\\s+too\\s+much)",
            '(?:a\\s+bother|an\\s+imposition|an\\s+intrusion|too\\s+much|annoying|intrusive|a\\s+nuisance)',
          ),
        ),
      ),
      phrase(
        "I\\s+(?:don't|do\\s+not)",
        '(?:mean|want)',
        'to',
        alt(
          '(?:bother|pester|nag|bug|intrude|impose|hassle)',
          phrase('be', '(?:a|an)', '(?:pest|nuisance|bother|pain|annoyance|burden)'),
        ),
      ),
      phrase(
        "(?:I\\s+feel\\s+like|I\\s+know\\s+I'm|I\\s+know\\s+I\\s+am)",
        '(?:being\\s+)?(?:such\\s+)?(?:a\\s+)?(?:nag|pest|nuisance|pain|annoying|a\\s+bother)',
      ),
      phrase('forgive', 'me(?=\\s*(?:[.!]|$))'),
      `${phrase('feel', '(?:terrible|bad|awful|guilty)')}${W}(?:(?:for|about)${W})?(?:bothering|pestering|chasing|writing|emailing|asking|nagging)`,
    ),
    suggestion: () => noApology,
  },
  // pressure: a time limit handed to the employer
  {
    rule: 'pressure',
    pattern: alt(
      phrase("(?:I'm|I\\s+am|I'll|I\\s+will)", '(?:giving|give)', `${WHOM}`, '(?:until|till|til)'),
      phrase(
        'you',
        'have',
        '(?:until|till|til)',
        `[^.!?;\\n]{1,30}?to`,
        '(?:decide|respond|reply|answer|get\\s+back|let\\s+me\\s+know|make)',
      ),
    ),
    suggestion: () => deadlineWithReason,
  },
  {
    rule: 'pressure',
    pattern: `${I_NEED}${W}${ANSWER}${CLAUSE}${phrase('this', '(?:week|weekend)')}(?!')`,
    suggestion: () => deadlineWithReason,
  },
  {
    rule: 'pressure',
    pattern: `${phrase("I(?:'d|\\s+would)", 'like')}${W}${ANSWER}${CLAUSE}${DEADLINE}(?!,?\\s+if\\s+(?:possible|you\\s+can))`,
    suggestion: () => deadlineWithReason,
  },
  {
    rule: 'pressure',
    pattern: phrase(
      '(?:my|the|a)',
      'deadline',
      'for',
      '(?:hearing|your\\s+(?:answer|decision|reply|response)|an?\\s+(?:answer|decision|reply|response))',
    ),
    suggestion: () => deadlineWithReason,
  },
  {
    rule: 'pressure',
    pattern: `${alt(I_NEED, I_WOULD_LIKE, phrase('I', 'look', 'forward', 'to'))}${W}(?:an?|your)${W}(?:prompt|urgent|immediate|swift|speedy)${W}(?:answer|decision|response|reply)`,
    suggestion: () => noRush,
  },
  {
    rule: 'pressure',
    pattern: `${phrase('look(?:ing)?', 'forward', 'to')}${W}(?:(?:your|an?)${W}(?:reply|response|answer|decision)|hearing)${CLAUSE}${FAST}`,
    suggestion: () => noRush,
  },
  {
    rule: 'pressure',
    pattern: alt(
      phrase('time', 'is', 'of', 'the', 'essence'),
      phrase("(?:this|it|the\\s+matter)(?:'s|\\s+is)", '(?:(?:very|quite|really|rather|extremely)\\s+)?urgent'),
      phrase('I', '(?:must\\s+|have\\s+to\\s+)?insist'),
    ),
    suggestion: () => noRush,
  },
  // pressure: a wait set as a limit, then a threat
  {
    rule: 'pressure',
    pattern: `${phrase('(?:wait|hold\\s+on|hold\\s+out)', '(?:until|till|til)')}${SENTENCE}${alt(phrase('after', '(?:that|which)'), phrase('(?:past|beyond)', 'that'), 'then')}[\\s,]+${WALK_AWAY}`,
    suggestion: () => noUltimatum,
  },
  {
    rule: 'pressure',
    pattern: phrase(
      "(?:can't|cannot|won't|will\\s+not)",
      'be',
      '(?:waiting|holding\\s+on|hanging\\s+on)(?:\\s+around)?',
      alt('indefinitely', 'forever', phrase('(?:much|any)', 'longer')),
    ),
    suggestion: () => noRush,
  },
  // pressure: the silence held against the employer
  {
    rule: 'pressure',
    pattern: alt(
      `what(?:'s|\\s+is)${W}taking${SENTENCE}(?:so|this|that)${W}long`,
      phrase("what(?:'s|\\s+is)", 'the', 'hold-?up'),
      phrase('how', 'much', 'longer', '(?:do|will|must|am|should|can)', '(?:I|we)'),
      `(?:is|are|did|does|do|has|have|was)${W}(?:anyone|anybody|someone|you|your${W}team|the${W}team)(?:${W}[\\p{L}&'-]+){0,3}?${W}even${W}(?:read|look|check|see|seen|open|consider|care|bother|reading|looking|checking|opening|considering)`,
      phrase('is', '(?:anyone|anybody)', '(?:there|home|out\\s+there|listening|reading)'),
      phrase('(?:as\\s+)?per', 'my', '(?:last|previous|earlier|prior|other)', '(?:e-?mails?|messages?|notes?)'),
      phrase(
        "(?:I'm|I\\s+am)",
        'still',
        'waiting',
        '(?:on|for)',
        '(?:a|an|your|any|some)',
        '(?:reply|response|answer|word|decision|update|news)',
      ),
      `${phrase("I(?:'ve|\\s+have)(?:\\s+now)?", 'been', 'waiting', '(?:for\\s+)?(?:(?:over|more\\s+than|nearly|almost|about|well\\s+over)\\s+)?')}${alt(NUMBER, 'several', 'many')}${W}(?:days|weeks|months)`,
      `(?:days|weeks|months|a${W}(?:week|month|fortnight))(?:${W}now)?,?${W}${NOT_A_WORD}`,
      phrase('not', '(?:a|one)', 'single', '(?:word|reply|response|peep|answer|acknowledg\\w*|update)'),
      phrase('not', 'even', '(?:a|an|one)', '(?:word|reply|response|answer|acknowledg\\w*|update)'),
      phrase('left', '(?:me\\s+)?(?:hanging|in\\s+the\\s+dark|in\\s+limbo)'),
      'ghost(?:ed|ing)',
      phrase('radio', 'silence'),
      phrase('heard', '(?:absolutely|literally)', 'nothing'),
      phrase(
        'despite',
        '(?:my\\s+)?(?:two|three|four|several|multiple|repeated|numerous|\\d+)',
        '(?:e-?mails|messages|calls|follow-ups|attempts|reminders)',
      ),
      ...FOURTH_BLAME,
      ...FIFTH_BLAME,
    ),
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    pattern: alt(
      phrase(
        'still',
        "(?:have|got|had|received|haven't\\s+(?:had|got|received))",
        '(?:no|nothing|not\\s+one)',
        '(?:answer|reply|response|word|update|decision|news)?',
      ),
      phrase('(?:not|is\\s+this)', 'how', '(?:you|to)', 'treat', '(?:candidates|people|applicants)'),
      phrase('why', 'am', 'I', 'still', 'waiting'),
      `(?:${alt('surely', phrase('how', 'can'), phrase('why', 'does'))}${W}it${W}(?:(?:doesn't|does${W}not|can't|cannot|should(?:n't)?)${W})?|(?:doesn't|does${W}not|shouldn't|should${W}not)${W})take${W}(?:this|that|so)${W}long`,
      `(?:is|are|did|does|do|has|have|was|if|whether)${W}(?:anyone|anybody|someone|you|your${W}team|the${W}team)(?:${W}[\\p{L}&'-]+){0,3}?${W}(?:actually|ever)${W}(?:reads?|looks?|checks?|sees?|opens?|considers?|cares?|bothers?|reading|looking|checking|opening|considering)`,
      phrase('(?:a|one)', 'straight', 'answer'),
      `(?:promised|told|assured)[^.!?\\n]{0,60}?${W}(?:and|but)${W}(?:I${W})?(?:never|still${W}(?:haven't|have${W}not))${W}(?:got|received|heard|had)`,
      `please${W}explain(?=\\s*(?:[.!?\\n]|$))`,
      // not the seeker's own reasons: "I wanted to explain why", "let me explain why"
      `${phrase("explain(?<!(?:\\bto|let\\s+me|I'll|I\\s+will|I\\s+can)\\s+explain)", '(?:why|the\\s+delay|the\\s+silence)')}`,
    ),
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    pattern: `${phrase('(?:a\\s+|the\\s+|my\\s+)?decision', '(?:needs|has)', 'to', 'be', 'made')}${CLAUSE}(?:${DEADLINE}|${phrase('this', '(?:week|weekend)')})`,
    suggestion: () => deadlineWithReason,
  },
  {
    rule: 'unbacked-claim',
    pattern: phrase('(?:with|at|from|by)', '(?:a|another|one\\s+of\\s+your)', '(?:competitor|rival)'),
    suggestion: processClaim,
    needs: 'other-process',
  },
  {
    rule: 'pressure',
    pattern: alt(
      phrase(
        'that',
        'was',
        `(?:(?:over|more\\s+than|nearly|almost|about|well\\s+over)\\s+)?${alt(NUMBER, 'several')}`,
        '(?:days|weeks|months)',
        'ago',
      ),
      phrase('(?:that|which)', "(?:did\\s+not|didn't|never)", 'happen(?:ed)?'),
      phrase('(?:have|had|show|extend|at\\s+least\\s+have)', 'the', '(?:common\\s+|basic\\s+)?(?:courtesy|decency)'),
      phrase('(?:common|basic)', '(?:courtesy|decency)'),
      phrase('how', '(?:hard|difficult)', '(?:is|can)', 'it', '(?:be\\s+)?to'),
      phrase(
        "(?:I'm|I\\s+am)",
        '(?:done|tired|sick|fed\\s+up)',
        '(?:of\\s+|with\\s+)?(?:waiting|chasing|being\\s+ignored|being\\s+kept\\s+waiting)',
      ),
      phrase('clearly', 'not(?=\\s*[.!?])'),
      phrase("(?:I'm\\s+|I\\s+am\\s+)?not", 'impressed'),
      phrase('but', 'not', 'for', 'long'),
      `I${W}(?:must|would|have${W}to|will${W}have${W}to|shall)${W}(?:ask|request|insist)${W}that${SENTENCE}${DEADLINE}`,
      phrase('expect', '(?:the\\s+)?(?:common\\s+|basic\\s+)?(?:courtesy|decency)'),
      phrase('(?:appreciate|expect|deserve|want|need|like|demand)', '(?:an?|some)', 'explanation'),
      `(?:amazed|astonished|shocked|surprised|stunned|baffled)${SENTENCE}(?:(?:so|this)${W}long|without${W}(?:any|an?)${W}(?:update|reply|response|word|news)|(?:haven't|hasn't|have${W}not|has${W}not)${W}(?:heard|had|received|replied|responded|got))`,
      phrase(
        'no',
        '(?:reply|response|answer)',
        'to',
        `(?:${NUMBER}|my|several|multiple|any\\s+of\\s+my)`,
        '(?:e-?mails|messages|calls|follow-ups|voicemails)',
      ),
      phrase(
        "(?:this|that|it)(?:'s|\\s+is)",
        '(?:(?:really|very|quite|so|frankly|just)\\s+)?(?:unprofessional|unacceptable|rude|disrespectful|ridiculous|absurd|insulting)',
      ),
      phrase('disappointing', '(?:from|of)'),
      phrase('(?:tell|give)', 'me', '(?:a\\s+)?yes', 'or', '(?:a\\s+)?no'),
      phrase('(?:far|way|much)', 'too', 'long'),
      phrase(
        "(?:doesn't|does\\s+not|don't|do\\s+not|didn't|did\\s+not)",
        '(?:respect|value|care\\s+about)',
        "(?:candidates'?|applicants'?|people's|my|our|anyone's)",
      ),
      phrase(
        '(?:the\\s+)?(?:professional|decent|right|polite|courteous|respectful)',
        'thing',
        '(?:would\\s+be|to\\s+do|is)',
      ),
      phrase('(?:is|would)', '(?:it|that)', '(?:be\\s+)?too', 'much', 'to', 'ask'),
      `${THEY_MUST}(?:answer|reply${W}to|respond${W}to)${W}me(?=\\s*(?:[.!?,]|please|$))`,
      `it(?:'s|${W}has)${W}been${W}(?:(?:over|more${W}than|nearly|almost)${W})?${alt(NUMBER, 'several', 'many')}${W}(?:days|weeks|months)(?:${W}now)?\\s*[!?]*!`,
      phrase(
        'no',
        '(?:communication|contact|reply|response|word|update|acknowledg\\w*|news)',
        '(?:whatsoever|at\\s+all)',
      ),
      phrase(
        '(?:I\\s+)?find',
        'it',
        '(?:(?:rather|quite|very|really|deeply)\\s+)?(?:regrettable|unacceptable|disappointing|frustrating|disrespectful|unprofessional)',
      ),
      `I(?:'d|${W}would)${W}expect${W}(?:an?|any)${W}(?:[\\p{L}&'-]+${W}){0,3}?(?:company|organi[sz]ation|employer|association|firm|business|team|outfit)${W}(?:of|like|with|that|to)`,
      `(?:would${W})?be${W}nice${W}to${W}(?:get|have|receive|hear)${CLAUSE}(?:at${W}some${W}point|eventually|one${W}day|sometime|this${W}year|this${W}century)`,
      '\\u{1F644}',
      phrase('with', 'or', 'without', "(?:your|an?|the|[\\p{L}&-]+'s)", '(?:answer|reply|response|decision|input)'),
      `hello\\s*\\?`,
      `(?:(?:is|are)${W})?(?:anyone|anybody)${W}(?:there|home|out${W}there|at${W}[\\p{L}&'-]+(?:${W}[\\p{L}&'-]+){0,2})\\s*\\?`,
      `(?<!whether${W})or${W}not\\s*\\?`,
      phrase("I(?:'ve|\\s+have)", 'been', '(?:more\\s+than|very|extremely|incredibly|really|so|beyond)', 'patient'),
      `${I_NEED}${W}${ANSWER}(?=\\s*(?:[.!]|$))`,
      phrase(
        'actually',
        '(?:get(?:ting)?|hear(?:ing)?|receiv(?:e|ing))',
        '(?:an?\\s+|some\\s+|your\\s+)?(?:answer|reply|response|decision|update)',
      ),
      // one's own attempts listed: "I've emailed, called and texted"
      `I(?:'ve|${W}have)${W}${alt('e-?mailed', 'called', 'phoned', 'texted', 'messaged', 'written', 'rung', 'chased')}(?:,?${W}(?:and${W})?${alt('e-?mailed', 'called', 'phoned', 'texted', 'messaged', 'written', 'rung', 'chased', phrase('left', '(?:a\\s+)?voicemails?'))}){1,3}`,
    ),
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    pattern: `${SENTENCE_START}tell${W}me${CLAUSE}${DEADLINE}`,
    suggestion: () => deadlineWithReason,
  },
  // pressure: guilt
  {
    rule: 'pressure',
    pattern: alt(
      phrase('the', 'least', "(?:you|they|anyone|the\\s+team|[\\p{L}&'-]+)", '(?:could|can)', 'do'),
      phrase('after', 'all', 'the', '(?:time|effort|work|hours|energy)', "I(?:'ve)?"),
      phrase(
        '(?:put|putting)',
        '(?:my|all\\s+my)',
        '(?:life|plans|job\\s+search|search|career|other\\s+applications)',
        'on',
        'hold',
      ),
      phrase(
        'deserve',
        alt(
          phrase('(?:an?|some|the)', '(?:answer|reply|response|update|explanation|decision|courtesy|respect)'),
          phrase('to', '(?:know|hear)'),
          'better',
        ),
      ),
      phrase('owes?', 'me', '(?:an?|some|the)', '(?:answer|reply|response|update|explanation|decision)'),
    ),
    suggestion: () => noBlame,
  },
  // claims: another interview of the seeker's own, offers held, interest from others, other options
  {
    rule: 'unbacked-claim',
    pattern: alt(
      phrase("I(?:'ve|\\s+have)(?:\\s+(?:got|also|already))?", '(?:another|a\\s+second|one\\s+more)', 'interview'),
      // an interview with an employer named by an article: "an interview with a big housebuilder"
      phrase(
        "I(?:'ve|\\s+have)(?:\\s+(?:got|also|already))?",
        '(?:an?|two|three)',
        'interviews?',
        '(?:with|at)',
        '(?:an?|another)',
      ),
      `${SOME_OTHER}${W}[\\p{L}-]+${SENTENCE}${PURSUING}`,
    ),
    suggestion: processClaim,
    needs: 'other-process',
  },
  {
    rule: 'unbacked-claim',
    pattern: alt(
      phrase("(?:I'm|I\\s+am|I've\\s+been)", '(?:also|currently\\s+also|simultaneously)', 'interviewing'),
      phrase(
        '(?:talking|speaking|interviewing|in\\s+(?:talks|conversations?|discussions?|process)|in\\s+(?:the\\s+)?(?:final|late|last)\\s+(?:rounds?|stages?))',
        '(?:with|to|at|for)',
        COUNTED_EMPLOYERS,
      ),
      phrase('(?:applied|applying)', '(?:to|for|at|with)', OTHER_EMPLOYER),
      phrase(
        'considered',
        'for',
        '(?:other|several\\s+other|a\\s+few\\s+other|multiple\\s+other)',
        '(?:roles|positions|jobs)',
      ),
      phrase('interest', 'from', COUNTED_EMPLOYERS),
      phrase(
        'interviews?',
        '(?:(?:lined\\s+up|scheduled|booked|set\\s+up|coming\\s+up)\\s+)?(?:with|at)',
        COUNTED_EMPLOYERS,
      ),
      phrase('being', '(?:headhunted|courted|approached|poached|recruited|chased)'),
      `${phrase('expect(?:ing)?', '(?:an?|one|another)', '(?:job\\s+)?offer')}(?!${W}from${W}(?:you|your))`,
      // a stage of a process at an employer named by an article: "in the running at a big London firm"
      `(?:in${W}the${W}running|shortlisted|interviewing|in${W}talks|(?:final|last|late)${W}(?:rounds?|stages?))${SENTENCE}(?:at|with|for|by)${W}(?:an?|another)${W}(?:[\\p{L}-]+${W}){0,3}?${EMPLOYER}`,
      // a stage of a process, then another employer: "down to the last two at another store"
      `(?:candidates?|shortlist(?:ed)?|rounds?|stages?|interview(?:s|ing|ed)?|process(?:es)?|talks)${SENTENCE}(?:at|with|from|for|by)${W}${OTHER_EMPLOYER}`,
      `${COUNTED_EMPLOYERS}${SENTENCE}${PURSUING}`,
      phrase(
        "I(?:'ve|\\s+have)(?:\\s+(?:got|also|already))?",
        '(?:other|several|multiple|a\\s+few|some\\s+other|a\\s+couple\\s+of(?:\\s+other)?)',
        '(?:options|opportunities|leads|irons\\s+in\\s+the\\s+fire)',
      ),
      phrase('(?:opportunities|options|interviews|offers)', '(?:in\\s+the\\s+pipeline|on\\s+the\\s+go|in\\s+play)'),
    ),
    suggestion: processClaim,
    needs: 'other-process',
  },
  {
    rule: 'unbacked-claim',
    pattern: alt(
      phrase('(?:sitting\\s+on|holding|weighing|mulling(?:\\s+over)?|negotiating)', SOME_OFFERS),
      phrase('(?:hold|holding|put|putting|keep|keeping)', 'off', OTHER_EMPLOYER),
      phrase(OTHER_EMPLOYER, '(?:is|are)', 'waiting', '(?:for|on)', '(?:my|an?)'),
      // another employer of any trade that made an offer: "a couple of other joiners have offered me work"
      `${SOME_OTHER}${W}[\\p{L}-]+${SENTENCE}${OFFERED_ME}`,
      phrase('offers?', 'from', '(?:someone|somewhere|somebody)', 'else'),
      // "I have been offered a comparable post by a neighbouring authority"
      `been${W}offered${SENTENCE}${W}(?:by|from|at|with)${W}(?:an?|another)(?=\\s)`,
      phrase('(?:a|an)', '(?:better|higher|bigger|stronger|more\\s+generous)', 'offer'),
      phrase(
        '(?:fielding|juggling|entertaining|weighing|considering|comparing|holding)',
        '(?:(?:multiple|several|other|a\\s+few|a\\s+couple\\s+of|two|three|competing)\\s+)?(?:job\\s+)?offers',
      ),
      `${COUNTED_EMPLOYERS}${SENTENCE}${OFFERED_ME}`,
    ),
    suggestion: offerClaim,
    needs: 'other-offer',
  },
];

/**
 * The fourth widening, after the third blind set, by kind: the job as the
 * family's hope (pleading); the seeker's own errands kept clean ("I really
 * need to flag", "than any job I've had", "I wanted to explain why");
 * follow-ups counted against the employer ("as I mentioned twice", "per my
 * previous emails"), guilt for what the wait cost, sarcasm about being too
 * busy to answer, being forgotten or silence taken as a no, a promise to keep
 * calling until an answer comes, complaints that the process is slow
 * (pressure); an offer claimed from an unnamed employer ("a big tech company
 * has already made me an offer").
 */
const FOURTH_WIDENING: readonly PhraseRule[] = [
  // pleading: the job as what others depend on
  {
    rule: 'pleading',
    pattern: alt(
      phrase(
        'means',
        '(?:the\\s+world|everything|so\\s+much)',
        'to',
        '(?:us|our\\s+family|my\\s+family|my\\s+(?:kids|children|wife|husband|partner))',
      ),
      phrase("(?:please\\s+)?(?:don't|do\\s+not)", 'let', '(?:me|us|them|my\\s+(?:family|kids|children))', 'down'),
    ),
    suggestion: choose,
  },
  // pressure: calling until an answer comes
  {
    rule: 'pressure',
    pattern: `${I_WILL}(?:${W}(?:be|keep|just))?${W}(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|e-?mail(?:ing)?|writ(?:e|ing)|chas(?:e|ing)|follow(?:ing)?${W}up|check(?:ing)?${W}in)${CLAUSE}(?:(?:every|each)${W}(?:single${W})?(?:morning|day|afternoon|evening|hour)|daily|until${W}I${W}(?:get|hear|have|receive))`,
    suggestion: () => noRush,
  },
];

/** A weekday, "tomorrow", "the 20th", "the end of the week": what a deadline names. */
const DUE_DAY = alt(
  WEEKDAY,
  'tomorrow',
  `(?:the${W})?${ORDINAL}`,
  `${MONTH}${W}${ORDINAL}`,
  `(?:the${W})?end${W}of${W}(?:the${W})?(?:week|month|day)`,
);

/**
 * Widened by family for issue 15 (test/fixtures/tone-families): intensifiers
 * stacked on love and hope; a date set on the employer's answer "at the
 * latest", or as time the employer "has until"; being forgotten, lost
 * through the cracks or kept waiting, asked as a question.
 */
/** Stakes laid on the employer: a family depending on the job, the job as everything, anything at all taken (issue 15, tone-blind4). */
const SIXTH_PLEADING = [
  // "I am very very much in need of this job"
  `I(?:'m|${W}am)(?:${W}[\\p{L}]+){0,4}?${W}in${W}(?:(?:dire|desperate|great|real|urgent)${W})?need${W}of${W}(?:this|a|the|any|some)${W}(?:job|role|position|work|post|income)`,
  // "my whole family is depending on it"
  `(?:my|our)${W}(?:(?:whole|entire)${W})?(?:family|kids|children|wife|husband|partner|parents)${W}(?:is${W}|are${W})?(?:all${W})?(?:depending|relying|counting|depend|depends|rely|relies)${W}on${W}(?:it|this|me|this${W}(?:job|role|position|offer))`,
  // "this job would honestly mean absolutely everything"
  `(?:mean|means)${W}(?:(?:honestly|truly|really|absolutely|literally|quite|just|simply)${W}){0,3}everything(?!${W}to${W}(?:the|our|your|their))`,
  // "I will gladly take whatever you have", not "whatever you have open on Tuesday"
  `(?:take|accept)${W}whatever${W}(?:you${W}(?:have|can${W}offer|'ve${W}got)|is${W}(?:available|going|open))(?!${W}(?:on|in|for|next|this|that|at|open|free|available)(?![\\p{L}]))`,
  // "even something far more junior"
  `even${W}(?:something|a${W}(?:role|job|position|post))${W}(?:(?:far|much|a${W}lot|way)${W})?(?:more${W}junior|less${W}senior|lower${W}paid)`,
];

/**
 * Widened by family for issue 15 (the fourth blind tone set): a deadline in
 * the seeker's polite words with "either way" ("could you let me know by
 * Friday either way"), an answer asked "at the earliest" or "latest by";
 * a sarcastic "promptly this time"; "is this how Acme treats every
 * candidate" (pressure); the stakes laid on the employer (pleading).
 */
const SIXTH_WIDENING: readonly PhraseRule[] = [
  { rule: 'pleading', pattern: alt(...SIXTH_PLEADING), suggestion: hardship },
  {
    rule: 'pressure',
    pattern: `${TELL_THEM}${W}(?:just${W})?${REPLY}${NOT_LABEL}${CLAUSE}${DEADLINE},?${W}${EITHER_WAY}`,
    suggestion: () => deadlineWithReason,
  },
  {
    rule: 'pressure',
    pattern: `${THEY_MUST}${REPLY}(?:${W}${phrase('at', 'the', 'earliest')}|,?${W}latest${W}by)`,
    suggestion: () => noRush,
  },
  {
    rule: 'pressure',
    pattern: alt(
      `(?:promptly|quickly|faster|sooner|on${W}time)${W}this${W}time(?!${W}(?:next|last|tomorrow|of|around|on)(?![\\p{L}]))`,
      phrase('this', 'time,?', 'unlike'),
      `is${W}(?:this|that)${W}how${W}(?:[\\p{L}&'-]+${W}){1,3}?treats?${W}(?:every|all|its|their|your|candidates|applicants|people)(?![\\p{L}])`,
    ),
    suggestion: () => noBlame,
  },
];

const FIFTH_WIDENING: readonly PhraseRule[] = [
  // pressure: the employer's answer due "at the latest" ("hearing back by Monday at the latest"),
  // or time the employer "has until" ("Acme has until Friday to let me know")
  {
    rule: 'pressure',
    pattern: alt(
      `(?:(?<!(?:my|our)\\s)(?:hear(?:ing)?(?:${W}back)?|answer|decision|reply|response|update)|(?<!(?:you|let)\\s)know)${CLAUSE}(?:by|before|on)${W}${DUE_DAY}(?:${W}(?:morning|noon|afternoon|evening))?,?${W}at${W}the${W}(?:very${W})?latest`,
      `(?:you|they|(?!(?:I|we)\\s)[a-z\\u00C0-\\u024F&'-]+)${W}(?:have|has)${W}until${W}${DUE_DAY}${CLAUSE}to${W}(?:let${W}me${W}know|decide|respond|reply|answer|get${W}back|come${W}back|make${W}(?:a|your|their|its|up))`,
    ),
    suggestion: () => noRush,
  },
];

/** The phrase rules, in a fixed order (output order is by position, not by this list). */
export const PHRASE_RULES: readonly PhraseRule[] = [
  // pleading / desperation
  {
    rule: 'pleading',
    // not a comparison with the seeker's past work: "more thorough than any job I've had"
    pattern: `${phrase('any(?<!than\\s+any)', '(?:old\\s+)?(?:job|position|role|work|offer|shifts?|vacancy)')}(?!${W}(?:I've|I${W}have|I${W}ever|I${W}had|I${W}held|I${W}did|I${W}worked)(?![a-z0-9]))`,
    suggestion: choose,
  },
  { rule: 'pleading', pattern: phrase('anything', 'at', 'all'), suggestion: choose },
  {
    rule: 'pleading',
    // not a question about a format: "is a video call the only option for the interview?"
    pattern: `(?<!(?:^|[.!?,;:\\n]\\s*)(?:is|are|was|were)\\s+(?:[\\p{L}'-]+\\s+){0,3})${phrase('(?:my|the)', 'only', '(?:option|hope|chance|shot)')}`,
    suggestion: choose,
  },
  { rule: 'pleading', pattern: phrase('(?:my|the)', 'last', '(?:hope|chance|resort|shot)'), suggestion: choose },
  {
    rule: 'pleading',
    // "I really need to thank you" is the seeker's own errand, not need of the job.
    pattern: `${phrase('I', '(?:really|truly|desperately|badly|so)', 'need')}(?!${W}${ERRAND})`,
    suggestion: want,
  },
  {
    rule: 'pleading',
    pattern: phrase('I', 'need', '(?:this|a)', '(?:job|role|position|offer|opportunity|chance|break)'),
    suggestion: want,
  },
  // stacked intensifiers: two or more before need, want or hope ("really, really", "so very", "truly, really")
  {
    rule: 'pleading',
    pattern: alt(
      `I(?:'d|'m|\\s+am|\\s+would)?(?:[\\s,]+${INTENSIFIER}){2,5}[\\s,]+${LONGING}(?![\\p{L}\\p{N}])(?!${W}${ERRAND})`,
      ...FIFTH_PLEADING,
    ),
    suggestion: calm,
  },
  {
    rule: 'pleading',
    pattern: phrase(
      '(?:need|want)',
      "(?:it|(?:this|that|the)(?:\\s+[\\p{L}&'-]+){0,3}?\\s+(?:job|role|position|opportunity|offer)|this|that)",
      alt(
        '(?:so\\s+)+(?:much|badly|bad)',
        'badly',
        'desperately',
        phrase('more', 'than', '(?:anything|I\\s+can\\s+say|words\\s+can\\s+say|you\\s+(?:know|can\\s+imagine))'),
      ),
    ),
    suggestion: calm,
  },
  {
    rule: 'pleading',
    pattern: phrase('(?:would|will)', 'mean', '(?:the\\s+world|everything|so\\s+much)', 'to', 'me'),
    suggestion: choose,
  },
  // "desperate" and the ways it gets misspelt (desprate, desparate, desperat), not "disparate"
  {
    rule: 'pleading',
    // not keenness for a thing: "desperate to try the new app"
    pattern: `(?:de?sp[aei]?r[aei]?te?(?:ly)?|desp[ae]ration)(?!${W}to${W}(?:try|see|read|play|test|visit|use|watch|get${W}my${W}hands))`,
    suggestion: choose,
    seekerOnly: true,
  },
  { rule: 'pleading', pattern: "beg(?:ging|ged)?|I(?:'m|\\s+am)\\s+pleading", suggestion: want, seekerOnly: true },
  { rule: 'pleading', pattern: phrase('please,?', 'please'), suggestion: want },
  {
    rule: 'pleading',
    pattern: phrase(
      `(?:${I_WILL}|willing\\s+to|happy\\s+to)`,
      '(?:do|take|accept)',
      alt('anything', phrase('whatever', '(?:it\\s+takes|you\\s+(?:have|can|offer|give))')),
    ),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: phrase('(?:please|just)', '(?:give|grant)', 'me', '(?:a|one)', '(?:chance|shot|break)'),
    suggestion: want,
  },
  {
    rule: 'pleading',
    pattern: phrase("(?:please\\s+)?(?:don't|do\\s+not)", 'give', 'up', 'on', 'me'),
    suggestion: want,
  },
  // any terms at all: "for whatever pay you offer", "at any salary", "I just need something"
  {
    rule: 'pleading',
    pattern: phrase(
      '(?:for|at|on)',
      '(?:whatever|any)',
      '(?:pay|salary|wage|rate|money|amount|hours|terms|conditions)',
    ),
    suggestion: choose,
  },
  {
    rule: 'pleading',
    pattern: `${phrase('just', 'need', alt('something', 'anything', phrase('a', '(?:job|paycheck|income)'), 'work'))}(?=\\s*(?:[.!,;\\n]|$))`,
    suggestion: choose,
  },
  // hardship as a reason to be hired
  {
    rule: 'pleading',
    pattern: alt(
      phrase('running', 'out', 'of', '(?:money|savings|time\\s+to\\s+pay)'),
      phrase("(?:can't|cannot)", '(?:afford|pay)', '(?:my\\s+)?(?:rent|bills|mortgage)'),
      phrase('behind', 'on', '(?:my\\s+)?(?:rent|bills|mortgage)'),
    ),
    suggestion: hardship,
  },
  // ALL CAPS on a word of need ("I REALLY need", "SO want", "PLEASE"), read case-sensitively
  {
    rule: 'pleading',
    pattern: `${CAPS_INTENSIFIER}(?:[\\s,]+(?:${CAPS_INTENSIFIER}|${anyCase('much')})){0,3}[\\s,]+(?:${[
      'need',
      'want',
      'hop',
      'wish',
      'beg',
      'desperat',
      'consider',
      'hire',
      'give',
    ]
      .map(anyCase)
      .join('|')})\\p{L}*|PLEASE|NEED|BEG(?:GING)?`,
    suggestion: calm,
    caseSensitive: true,
  },
  // over-apology: apologising for writing at all
  {
    rule: 'over-apology',
    pattern: phrase(
      SORRY,
      '(?:to|for)',
      alt(
        `(?:bother(?:ing)?(?:\\s+${YOU})?|troubl(?:e|ing)(?:\\s+${YOU})?|disturb(?:ing)?(?:\\s+${YOU})?|pester(?:ing)?(?:\\s+${YOU})?|bug(?:ging)?\\s+${YOU}|intrud(?:e|ing))`,
        phrase(
          '(?:the|this|another|yet\\s+another)',
          '(?:intrusion|bother|trouble|interruption|follow-up|nudge|reminder|chaser|e-?mail|message)',
        ),
        phrase('(?:ask(?:ing)?|chas(?:e|ing)|nag(?:ging)?|push(?:ing)?|keep\\s+(?:asking|emailing|chasing))'),
        phrase('(?:follow(?:ing)?|check(?:ing)?)', '(?:up|in)'),
        phrase('(?:reach(?:ing)?)', 'out'),
        phrase('(?:writ(?:e|ing)|email(?:ing)?)', 'again'),
        phrase('be(?:ing)?', 'a', '(?:pest|nuisance|bother|pain)'),
      ),
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(`(?:${SORRY}|(?:my\\s+)?apologies)`, '(?:once\\s+)?again'),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(
      '(?:my\\s+)?apologies',
      'for',
      alt(
        '(?:(?:the|this|any|another|yet\\s+another)\\s+)?(?:intrusion|bother|inconvenience|disturbance|interruption|follow-up|nudge|reminder)',
        phrase('(?:following|checking)', '(?:up|in)'),
        phrase('reaching', 'out'),
        phrase('bothering', 'you'),
        phrase('writing', 'again'),
      ),
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(
      'I',
      '(?:do\\s+|must\\s+)?apologi[sz]e',
      'for',
      '(?:bothering|disturbing|troubling|(?:the|this)\\s+(?:intrusion|inconvenience|bother|interruption)|taking\\s+up|following\\s+up|reaching\\s+out|writing\\s+again|chasing)',
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(
      `(?:${SORRY}|apologi[sz]e|apologies)`,
      'if',
      alt(
        phrase('(?:this|my)', '(?:e-?mail|message|note|follow-up|question|request)'),
        phrase("(?:I'm|I\\s+am|I've\\s+been|I\\s+have\\s+been)", '(?:bothering|intruding|being|a\\s+bother|pestering)'),
        phrase('I', '(?:bother|bothered|disturb|intrude)'),
      ),
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(
      'I',
      'hate',
      'to',
      '(?:bother|trouble|disturb|pester|chase|nag|be\\s+a\\s+(?:pain|pest|nuisance|bother))',
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(
      'forgive',
      'me',
      'for',
      '(?:bothering|intruding|disturbing|writing|chasing|asking|taking\\s+up|following\\s+up|reaching\\s+out|the\\s+intrusion)',
    ),
    suggestion: () => thankInstead,
  },
  // pressure: demands
  {
    rule: 'pressure',
    pattern: phrase(
      'I',
      '(?:expect|demand|insist\\s+on|require)',
      '(?:an?\\s+|your\\s+)?(?:answer|response|reply|decision|update)',
    ),
    suggestion: () => ask,
  },
  { rule: 'pressure', pattern: phrase('I', 'demand'), suggestion: () => ask },
  {
    rule: 'pressure',
    pattern: `${NOT_NEGATED}${phrase(
      'you',
      '(?:need|have|must|ought)(?:\\s+to)?',
      '(?:respond|reply|answer|get\\s+back|let\\s+me\\s+know|decide|tell\\s+me|make\\s+a\\s+decision)',
    )}`,
    suggestion: () => ask,
  },
  { rule: 'pressure', pattern: phrase('or', 'else'), suggestion: () => ask },
  // pressure: a deadline or a rush imposed on the employer. The seeker is the
  // one who needs ("I need an answer by Friday") or the employer is told to
  // act ("please reply within 24 hours"); a deadline the seeker was given
  // ("they asked me to answer by Friday") has neither frame.
  {
    rule: 'pressure',
    pattern: `${I_NEED}${W}${ANSWER}${CLAUSE}${DEADLINE}`,
    suggestion: () => deadlineWithReason,
  },
  {
    rule: 'pressure',
    pattern: `${I_NEED}${W}${ANSWER}${W}(?:now|${phrase('one', 'way', 'or', '(?:the\\s+)?other')})`,
    suggestion: () => deadlineWithReason,
  },
  { rule: 'pressure', pattern: phrase(I_NEED, 'a', 'yes', 'or', '(?:a\\s+)?no'), suggestion: () => deadlineWithReason },
  { rule: 'pressure', pattern: `${I_WOULD_LIKE}${W}${ANSWER}${CLAUSE}${FAST}`, suggestion: () => noRush },
  // a polite ask with a date and "either way": the date is a limit, not a hope
  {
    rule: 'pressure',
    pattern: `${I_WOULD_LIKE}${W}${TOLD}${CLAUSE}${DEADLINE},?${W}${EITHER_WAY}`,
    suggestion: () => deadlineWithReason,
  },
  // "Need to know today", "Need an answer by Friday": the demand without its "I"
  {
    rule: 'pressure',
    pattern: `${SENTENCE_START}need${W}${ANSWER}${CLAUSE}${DEADLINE}`,
    suggestion: () => deadlineWithReason,
  },
  // the seeker's patience as a limit: "can't keep my schedule open indefinitely", "won't wait forever"
  {
    rule: 'pressure',
    pattern: phrase(
      "(?:can't|cannot|can\\s+not|won't|will\\s+not|(?:I'm|I\\s+am)\\s+not\\s+(?:going|willing|prepared)\\s+to)",
      alt(
        `(?:keep|hold|leave)${W}(?:[\\p{L}']+${W}){1,3}?(?:open|free|available|on\\s+hold)`,
        '(?:wait(?:\\s+around)?|hold\\s+on|hang\\s+on|stay\\s+available)',
      ),
      alt('indefinitely', 'forever', phrase('(?:much|any)', 'longer'), phrase('for', 'ever')),
    ),
    suggestion: () => noRush,
  },
  // a warning to hurry: "better move quick", "you'd better hurry", "the clock is ticking" (not "I'd better hurry")
  {
    rule: 'pressure',
    pattern: alt(
      `(?<!(?:I|I'd|I\\s+had|we|we'd|we\\s+had)\\s+)${alt(
        phrase('better', '(?:move|act|decide|be)', '(?:quick(?:ly)?|fast|soon)'),
        phrase('better', 'hurry(?:\\s+up)?'),
      )}`,
      phrase("(?:the\\s+)?clock(?:\\s+i|')s", 'ticking'),
    ),
    suggestion: () => noRush,
  },
  {
    rule: 'pressure',
    pattern: `${THEY_MUST}${DECIDE}${NOT_LABEL}${CLAUSE}${DEADLINE}`,
    suggestion: () => deadlineWithReason,
  },
  { rule: 'pressure', pattern: `${THEY_MUST}${REPLY}${NOT_LABEL}${THEIR_CLAUSE}${FAST}`, suggestion: () => noRush },
  { rule: 'pressure', pattern: `${THEY_MUST}${REPLY}${W}now`, suggestion: () => noRush },
  {
    rule: 'pressure',
    // Verbs only: "an answer right away" is a noun, and may follow "I do not need".
    pattern: `(?<!(?:an?|the|your|my)\\s+)${phrase('(?:respond|reply|answer|get\\s+back\\s+to\\s+me)', '(?:immediately|right\\s+away|at\\s+once|now)')}`,
    suggestion: () => ask,
  },
  // pressure: conditional ultimatums, either way round, and "by Friday, or ..."
  { rule: 'pressure', pattern: `${NO_REPLY}${SENTENCE}${WALK_AWAY}`, suggestion: () => noUltimatum },
  { rule: 'pressure', pattern: `otherwise,?${W}${WALK_AWAY}`, suggestion: () => noUltimatum },
  { rule: 'pressure', pattern: `${WALK_AWAY}${SENTENCE}${NO_REPLY}`, suggestion: () => noUltimatum },
  {
    rule: 'pressure',
    pattern: `${alt(BY_DATE, phrase('by', '(?:today|tonight|tomorrow|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day|business|week)|eod|cob)'))}\\s*,?\\s+or(?=\\s+(?:else|I(?:'ll|'m)?(?![\\p{L}\\p{N}])))`,
    suggestion: () => noUltimatum,
  },
  { rule: 'pressure', pattern: phrase('failure', 'to', '(?:respond|reply|answer)'), suggestion: () => ask },
  // pressure: blame for the silence
  { rule: 'pressure', pattern: `${WHY_NOT}[^.!?\\n]{0,60}?${SILENCE}`, suggestion: () => noBlame },
  {
    rule: 'pressure',
    pattern: `${phrase('is', 'there', '(?:a|any)', '(?:reason|explanation)')}[^.!?\\n]{0,60}?(?:${alt(phrase('no', 'one'), 'nobody', "n't", 'not', phrase('no', '(?:reply|response|answer|word|news|update)'), 'silence', phrase('so', 'long'))})`,
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    // attempts about the visit itself are no charge: "called twice to confirm parking"
    pattern: `${I_TRIED}[^.!?\\n]{0,40}?${TIMES}(?!${W}(?:to|about)${W}(?:(?:confirm|book|arrange|reschedule|upload|submit|fix|sort${W}out|check)${W})?(?:(?:the|my|a)${W})?${LOGISTICS})`,
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    pattern: phrase(
      'this',
      'is',
      '(?:now\\s+)?my',
      '(?:second|third|fourth|fifth|sixth|umpteenth|\\d+(?:st|nd|rd|th))',
      alt(
        'e-?mail',
        'message',
        'follow-up',
        'attempt',
        phrase('time', '(?:writing|asking|reaching\\s+out|following\\s+up|emailing|chasing)'),
      ),
    ),
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    pattern: `(?:e-?mails?|messages?|calls?|voicemails?|follow-ups?)[^.!?\\n]{0,40}?(?:unanswered|ignored|unacknowledged)`,
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    pattern: `${alt('silence', 'delay', 'wait(?:ing)?', phrase('lack', 'of', '\\w+'), 'treatment', phrase('this', 'process'))}[^.!?\\n]{0,40}?${W}${alt('is', 'was', phrase('has', 'been'), 'seems', 'feels')}${W}(?:(?:frankly|quite|really|very|pretty|rather|honestly|a\\s+bit|just)${W})?${HARSH}`,
    suggestion: () => noBlame,
  },
  {
    rule: 'pressure',
    pattern: alt(
      phrase(
        '(?:common\\s+)?(?:courtesy|decency)',
        '(?:of|to)',
        '(?:an?\\s+|the\\s+)?(?:reply|respond|response|answer|let\\s+me\\s+know|get\\s+back|update)',
      ),
      phrase("I(?:'ve|\\s+have)", 'waited', '(?:long\\s+)?enough'),
      phrase('(?:my\\s+)?patience', 'is', '(?:running|wearing)', '(?:out|thin)'),
      phrase('running', 'out', 'of', 'patience'),
      phrase(
        'kept',
        '(?:me\\s+)?(?:waiting|in\\s+the\\s+dark)',
        '(?:for\\s+)?(?:long\\s+enough|this\\s+long|so\\s+long)',
      ),
    ),
    suggestion: () => noBlame,
  },
  // claims of other offers
  {
    rule: 'unbacked-claim',
    pattern: phrase('(?:another|other|competing|a\\s+second|multiple|several|two|a\\s+few)', '(?:job\\s+)?offers?'),
    suggestion: offerClaim,
    needs: 'other-offer',
  },
  {
    rule: 'unbacked-claim',
    pattern: phrase(
      'offers?',
      'from',
      '(?:another|other|a\\s+different)',
      '(?:company|companies|employers?|firms?|organi[sz]ations?)',
    ),
    suggestion: offerClaim,
    needs: 'other-offer',
  },
  { rule: 'unbacked-claim', pattern: phrase('offers?', 'elsewhere'), suggestion: offerClaim, needs: 'other-offer' },
  // "another firm has already made me an offer", "two other studios offered me the job"
  {
    rule: 'unbacked-claim',
    // and from an unnamed one: "a big tech company has already made me an offer"
    pattern: `${phrase(alt(SOME_OTHER, 'an?'), `(?:[\\p{L}-]+${W}){0,3}?${EMPLOYER}`)}${SENTENCE}${OFFERED_ME}`,
    suggestion: offerClaim,
    needs: 'other-offer',
  },
  // an offer in hand: "I've already got an offer", "I have an offer on the table"
  {
    rule: 'unbacked-claim',
    pattern: alt(
      phrase(
        "I(?:'ve|\\s+have)(?:\\s+(?:already|just|now|also))?",
        '(?:got|gotten|received|been\\s+(?:made|given|extended|offered))',
        SOME_OFFERS,
      ),
      phrase('I(?:\\s+(?:already|also|now))?', 'have', SOME_OFFERS),
      // not a question about this employer's own offer: "is there an offer in hand yet?"
      `(?<!(?:is|was|will)${W}there${W})${phrase(SOME_OFFERS, '(?:on\\s+the\\s+table|in\\s+hand)')}`,
    ),
    suggestion: offerClaim,
    needs: 'other-offer',
  },
  {
    rule: 'unbacked-claim',
    pattern: phrase('accepted', '(?:another|a\\s+different|an\\s+other)', '(?:position|role|job|offer)'),
    suggestion: offerClaim,
    needs: 'other-offer',
  },
  // claims of other processes
  {
    rule: 'unbacked-claim',
    pattern: phrase(
      '(?:talking|speaking|in\\s+(?:conversations?|talks|discussions?)|interviewing)',
      '(?:with|to)',
      '(?:other|several|a\\s+few|multiple|some\\s+other|a\\s+couple\\s+of)',
      '(?:companies|employers|firms|organi[sz]ations|teams)',
    ),
    suggestion: processClaim,
    needs: 'other-process',
  },
  {
    rule: 'unbacked-claim',
    pattern: phrase('other', '(?:interviews|(?:hiring\\s+)?processes|applications)'),
    suggestion: processClaim,
    needs: 'other-process',
  },
  {
    rule: 'unbacked-claim',
    pattern: phrase(
      alt(
        'interview(?:s|ing)?',
        phrase('(?:final|late|last|later)', '(?:rounds?|stages?)'),
        'processes',
        'conversations',
        'talks',
        'applications',
        'applying',
      ),
      'elsewhere',
    ),
    suggestion: processClaim,
    needs: 'other-process',
  },
  // later stages with other employers: "final rounds at two other banks", "the last stage with another firm"
  {
    rule: 'unbacked-claim',
    pattern: phrase(
      '(?:final|late|last|later|second|third|advanced)',
      '(?:rounds?|stages?|interviews?)',
      '(?:at|with|for)',
      COUNTED_EMPLOYERS,
    ),
    suggestion: processClaim,
    needs: 'other-process',
  },
  // other employers after the seeker: "other studios are moving fast with me", "another company reached out"
  {
    rule: 'unbacked-claim',
    pattern: `${OTHER_EMPLOYER}${SENTENCE}${PURSUING}`,
    suggestion: processClaim,
    needs: 'other-process',
  },
  // recruiters after the seeker: "recruiters from three other companies", "headhunters keep calling"
  {
    rule: 'unbacked-claim',
    pattern: alt(
      phrase('(?:recruiters?|headhunters?|hiring\\s+managers?)', '(?:from|at)', COUNTED_EMPLOYERS),
      phrase(
        '(?:recruiters?|headhunters?)',
        "(?:have(?:\\s+been)?|are|keep|'ve\\s+been|'re)",
        '(?:reaching|contacting|calling|messaging|emailing|approaching|chasing|hitting)',
      ),
    ),
    suggestion: processClaim,
    needs: 'other-process',
  },
  // interviews in the diary: "I've got interviews lined up", "I have three interviews scheduled"
  {
    rule: 'unbacked-claim',
    pattern: phrase(
      "(?:I(?:'ve|\\s+have)(?:\\s+(?:got|also|already))?|I've\\s+got|got)",
      '(?:(?:other|more|several|a\\s+few|a\\s+couple(?:\\s+of)?|some|two|three|four|\\d+)\\s+)?(?:other\\s+)?interviews',
      // not the employer's own: "interviews scheduled with you", "at your office"
      '(?:lined\\s+up|scheduled|booked|set\\s+up|coming\\s+up)(?!\\s+(?:with|at|here)(?![\\p{L}\\p{N}]))',
    ),
    suggestion: processClaim,
    needs: 'other-process',
  },
  // "expect offers soon", "expecting two offers": processes near an end
  {
    rule: 'unbacked-claim',
    pattern: phrase('expect(?:ing)?', '(?:(?:two|three|several|multiple|more|other|a\\s+few)\\s+)?offers'),
    suggestion: processClaim,
    needs: 'other-process',
  },
  ...THIRD_WIDENING,
  ...FOURTH_WIDENING,
  ...FIFTH_WIDENING,
  ...SIXTH_WIDENING,
];

/** Whether the facts back a claim. */
export function isBacked(need: ClaimNeed, facts: ToneFacts): boolean {
  if (need === 'other-offer') return facts.hasOtherOffer === true;
  return (facts.otherOpenOpportunities ?? 0) > 0 || facts.hasOtherOffer === true;
}
