/**
 * The phrase rules of the tone check: what reads as pleading, over-apology,
 * pressure, or a claim of other offers or processes, each with a better
 * wording to offer instead.
 *
 * Patterns are regular-expression sources matched case-insensitively on
 * whole words (a letter or digit may not touch either end), with `\s+`
 * between words so a line break inside a phrase still matches. Curly
 * apostrophes are read as straight ones before matching.
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

const choose = (f: ToneFacts | undefined) =>
  `Say why this job in particular, as someone with options: "I'm excited about ${jobName(f)}."`;
const want = (f: ToneFacts | undefined) =>
  `Say what you want, not what you need: "I'd be glad to bring my experience to ${jobName(f)}."`;
const noApology = 'Drop the apology; a check-in is normal. Try: "I wanted to check in on my application."';
const thankInstead = 'Thank them instead of apologising: "Thank you for your time."';
const ask = 'Ask instead of demanding: "Could you share where things stand and when you hope to decide?"';
const deadlineWithReason =
  'If timing really matters, give the reason and ask: "I need to answer another offer by Friday; is there any way you could share your timeline before then?"';
const offerClaim = () =>
  'Mention another offer only once you have one (or expect one). Otherwise: "Knowing your timeline would help me plan."';
const processClaim = () =>
  'Mention other companies only when you are really talking with them. Otherwise: "Knowing your timeline would help me plan."';

/** The phrase rules, in a fixed order (output order is by position, not by this list). */
export const PHRASE_RULES: readonly PhraseRule[] = [
  // pleading / desperation
  { rule: 'pleading', pattern: phrase('any', '(?:old\\s+)?(?:job|position|role|work|offer)'), suggestion: choose },
  { rule: 'pleading', pattern: phrase('anything', 'at', 'all'), suggestion: choose },
  { rule: 'pleading', pattern: phrase('(?:my|the)', 'only', '(?:option|hope|chance|shot)'), suggestion: choose },
  { rule: 'pleading', pattern: phrase('(?:my|the)', 'last', '(?:hope|chance|resort)'), suggestion: choose },
  { rule: 'pleading', pattern: phrase('I', '(?:really|truly|desperately|badly|so)', 'need'), suggestion: want },
  { rule: 'pleading', pattern: phrase('I', 'need', 'this', '(?:job|role|position|offer)'), suggestion: want },
  { rule: 'pleading', pattern: 'desperate(?:ly)?|desperation', suggestion: choose },
  { rule: 'pleading', pattern: "beg(?:ging|ged)?|I(?:'m|\\s+am)\\s+pleading", suggestion: want },
  { rule: 'pleading', pattern: phrase('please,?', 'please'), suggestion: want },
  {
    rule: 'pleading',
    pattern: phrase("(?:I(?:'ll|\\s+will|\\s+would|'d)|willing\\s+to|happy\\s+to)", '(?:do|take|accept)', 'anything'),
    suggestion: choose,
  },
  // over-apology
  {
    rule: 'over-apology',
    pattern: phrase(
      'sorry',
      '(?:to|for)',
      '(?:bother(?:ing)?(?:\\s+you)?|troubl(?:e|ing)(?:\\s+you)?|disturb(?:ing)?(?:\\s+you)?|pester(?:ing)?(?:\\s+you)?|bug(?:ging)?\\s+you|intrud(?:e|ing)|(?:the|this)\\s+(?:intrusion|bother|trouble|interruption|follow-up)|following\\s+up|reaching\\s+out|writing\\s+again|be(?:ing)?\\s+a\\s+(?:pest|nuisance|bother))',
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(
      '(?:my\\s+)?apologies',
      'for',
      '(?:(?:the|this|any)\\s+)?(?:intrusion|bother|inconvenience|disturbance|interruption|follow-up|following\\s+up|reaching\\s+out|bothering\\s+you|writing\\s+again)',
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase(
      'I',
      '(?:do\\s+|must\\s+)?apologi[sz]e',
      'for',
      '(?:bothering|disturbing|troubling|(?:the|this)\\s+(?:intrusion|inconvenience|bother|interruption)|taking\\s+up|following\\s+up|reaching\\s+out|writing\\s+again)',
    ),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase('I', 'hate', 'to', '(?:bother|trouble|disturb|pester)'),
    suggestion: () => noApology,
  },
  {
    rule: 'over-apology',
    pattern: phrase('forgive', 'me', 'for', '(?:bothering|writing|following\\s+up|reaching\\s+out|the\\s+intrusion)'),
    suggestion: () => thankInstead,
  },
  // pressure
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
    pattern: phrase(
      'you',
      '(?:need|have|must|ought)(?:\\s+to)?',
      '(?:respond|reply|answer|get\\s+back|let\\s+me\\s+know|decide|tell\\s+me|make\\s+a\\s+decision)',
    ),
    suggestion: () => ask,
  },
  {
    rule: 'pressure',
    pattern: phrase(
      'by',
      '(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day|business|week)|EOD|COB|today|tonight|tomorrow|(?:this\\s+|next\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
    ).concat('\\s*,?\\s+or'),
    suggestion: () => deadlineWithReason,
  },
  { rule: 'pressure', pattern: phrase('or', 'else'), suggestion: () => ask },
  {
    rule: 'pressure',
    pattern: phrase('(?:respond|reply|answer|get\\s+back\\s+to\\s+me)', '(?:immediately|right\\s+away|at\\s+once|now)'),
    suggestion: () => ask,
  },
  {
    rule: 'pressure',
    pattern: phrase(
      'I',
      'need',
      '(?:an?\\s+|your\\s+)?(?:answer|response|reply|decision)',
      '(?:now|today|immediately|right\\s+away)',
    ),
    suggestion: () => deadlineWithReason,
  },
  { rule: 'pressure', pattern: phrase('failure', 'to', '(?:respond|reply|answer)'), suggestion: () => ask },
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
    pattern: phrase('interviewing', 'elsewhere'),
    suggestion: processClaim,
    needs: 'other-process',
  },
];

/** Whether the facts back a claim. */
export function isBacked(need: ClaimNeed, facts: ToneFacts): boolean {
  if (need === 'other-offer') return facts.hasOtherOffer === true;
  return (facts.otherOpenOpportunities ?? 0) > 0 || facts.hasOtherOffer === true;
}
