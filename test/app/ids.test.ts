/** Ids for facts made from the command line or the web app. */
import { describe, expect, it } from 'vitest';
import { nextId, slugify, uniqueId } from '../../src/app/ids.js';

describe('ids', () => {
  it('takes the number after the highest one used with the prefix, ignoring other shapes', () => {
    expect(nextId('t', [])).toBe('t1');
    expect(
      nextId('t', [{ id: 't1' }, { id: 't9' }, { id: 't10' }, { id: 'tx' }, { id: 't' }, { id: 'i40' }, { id: 't2b' }]),
    ).toBe('t11');
  });

  it('slugs company names and keeps ids unique', () => {
    expect(slugify('Quarry & Finch')).toBe('quarry-finch');
    expect(slugify('Café Ünïcode')).toBe('cafe-unicode');
    expect(slugify('!!!')).toBe('x');
    expect(uniqueId('acme', new Set(['acme', 'acme-2']))).toBe('acme-3');
  });
});
