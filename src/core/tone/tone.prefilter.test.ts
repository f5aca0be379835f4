import { describe, expect, it } from 'vitest';
import { literalFilter, requiredLiterals } from './tone.prefilter.js';
import { PHRASE_RULES } from './tone.rules.js';

const sorted = (set: Set<string> | null) => (set ? [...set].sort() : null);

describe('requiredLiterals', () => {
  it('expands literals, optional parts, small classes and choices into the strings a match must hold', () => {
    expect(sorted(requiredLiterals('so\\s+need(?:ing)?'))).toEqual(['need', 'needing']);
    expect(sorted(requiredLiterals('apologi[sz]e'))).toEqual(['apologise', 'apologize']);
    expect(sorted(requiredLiterals('(?:sorry|sry)\\s+again|pardon'))).toEqual(['again', 'pardon']);
  });

  it('counts lookarounds as matching nothing of their own', () => {
    expect(sorted(requiredLiterals('(?<!not\\s+)offer(?!\\s+letter)'))).toEqual(['offer']);
  });

  it('needs nothing from a part that may match in many shapes or not at all', () => {
    expect(requiredLiterals('\\d+')).toBeNull();
    expect(requiredLiterals('[^.!?]{0,80}?')).toBeNull();
    expect(requiredLiterals('(?:really\\s+)?')).toBeNull();
    expect(requiredLiterals('need|\\p{L}+')).toBeNull();
  });

  it('reads every phrase rule', () => {
    for (const rule of PHRASE_RULES) expect(() => requiredLiterals(rule.pattern)).not.toThrow();
  });
});

describe('literalFilter', () => {
  it('reads case as the rule does', () => {
    expect(literalFilter('need', 'iu')('I NEED it')).toBe(true);
    expect(literalFilter('NEED', 'u')('I need it')).toBe(false);
    expect(literalFilter('NEED', 'u')('I NEED it')).toBe(true);
    expect(literalFilter('\\d+', 'iu')('no digits')).toBe(true);
  });
});
