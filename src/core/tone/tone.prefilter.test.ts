import { describe, expect, it } from 'vitest';
import { literalFilter, type Need, requirement } from './tone.prefilter.js';
import { PHRASE_RULES } from './tone.rules.js';

/** A need written out: "a|b" for one of, "(x & y)" for all, "(x / y)" for any. */
function show(need: Need | null): string {
  if (need === null) return 'nothing';
  if (need.kind === 'one-of') return [...need.strings].sort().join('|');
  return `(${need.of.map(show).join(need.kind === 'all' ? ' & ' : ' / ')})`;
}

describe('requirement', () => {
  it('expands literals, optional parts, small classes and choices into the strings a match must hold', () => {
    expect(show(requirement('so\\s+need(?:ing)?'))).toBe('(so & need|needing)');
    expect(show(requirement('apologi[sz]e'))).toBe('apologise|apologize');
    expect(show(requirement('(?:sorry|sry)\\s+again|pardon'))).toBe('((sorry|sry & again) / pardon)');
  });

  it('counts lookarounds as matching nothing of their own', () => {
    expect(show(requirement('(?<!not\\s+)offer(?!\\s+letter)'))).toBe('offer');
  });

  it('needs nothing from a part that may match in many shapes or not at all', () => {
    expect(show(requirement('\\d+'))).toBe('nothing');
    expect(show(requirement('[^.!?]{0,80}?'))).toBe('nothing');
    expect(show(requirement('(?:really\\s+)?'))).toBe('nothing');
    expect(show(requirement('need|\\p{L}+'))).toBe('nothing');
  });

  it('reads every phrase rule', () => {
    for (const rule of PHRASE_RULES) expect(() => requirement(rule.pattern)).not.toThrow();
  });
});

describe('literalFilter', () => {
  it('passes only texts that hold what a match needs', () => {
    const filter = literalFilter('so\\s+need(?:ing)?', 'iu');
    expect(filter('I so need it')).toBe(true);
    expect(filter('I need it')).toBe(false);
    expect(filter('so I do')).toBe(false);
  });

  it('reads case as the rule does, the long s and the Kelvin sign included', () => {
    expect(literalFilter('need', 'iu')('I NEED it')).toBe(true);
    expect(literalFilter('NEED', 'u')('I need it')).toBe(false);
    expect(literalFilter('NEED', 'u')('I NEED it')).toBe(true);
    expect(literalFilter('sorry', 'iu')('\u017Forry')).toBe(/sorry/iu.test('\u017Forry'));
    expect(literalFilter('kind', 'iu')('\u212Aind')).toBe(/kind/iu.test('\u212Aind'));
    expect(literalFilter('\\d+', 'iu')('no digits')).toBe(true);
  });
});
