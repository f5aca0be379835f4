import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTone } from './index.js';

const fragments = fc.constantFrom(
  'Thank you for the chat about Acme.',
  'I really need this job!!',
  'Sorry to bother you.',
  'I expect an answer by Friday, or else.',
  'I have another offer.',
  'I am talking with other companies.',
  'Great! ',
  '\u2019',
  '\n',
  'any job',
  ' ',
);

describe('checkTone on random text', () => {
  it('gives flags sorted by start (whole-text last) whose text is the span, the same every time', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 12 }), fc.boolean(), (parts, withFacts) => {
        const text = parts.join('');
        const facts = withFacts ? { company: 'Acme', otherOpenOpportunities: 0, isCheckIn: true } : undefined;
        const flags = checkTone(text, facts);
        expect(checkTone(text, facts)).toEqual(flags);
        let seenWhole = false;
        let last = -1;
        for (const f of flags) {
          if (f.start === null || f.end === null) {
            expect(f.start).toBeNull();
            expect(f.end).toBeNull();
            seenWhole = true;
            continue;
          }
          expect(seenWhole).toBe(false);
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(f.suggestion.length).toBeGreaterThan(0);
          last = f.start;
        }
      }),
      { numRuns: 300 },
    );
  });
});
