/**
 * Readable patterns: the mail reader's wordings are kept as lists of phrase
 * alternatives, one per line with a comment per group, and joined into one
 * case-insensitive regular expression when the module loads.
 */

/**
 * A pattern matching any of the phrases, each starting at a word boundary.
 * @param groups lists of regular-expression sources, e.g. `['role (?:has been|was) filled']`.
 */
export function phrases(...groups: readonly (readonly string[])[]): RegExp {
  return new RegExp(`\\b(${groups.flat().join('|')})`, 'i');
}

/** Like `phrases`, but each phrase must also end at a word boundary ("outcome", not "outcomes-based"). */
export function words(...groups: readonly (readonly string[])[]): RegExp {
  return new RegExp(`\\b(${groups.flat().join('|')})\\b`, 'i');
}
