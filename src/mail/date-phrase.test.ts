/**
 * Date-like words the reader could not read. Calendar facts: 2026-12-07 is a
 * Monday.
 */
import { describe, expect, it } from 'vitest';
import { unreadDatePhrase } from './date-phrase.js';

const SENT = { date: '2026-12-07T10:00:00-05:00' };

describe('unreadDatePhrase', () => {
  const unread: [string, string][] = [
    ["We'll decide by the 45th.", 'by the 45th'],
    ["Thanks! We'll be in touch by Decembr 11.", 'by Decembr 11'],
    ['You will hear from us by next Fryday.', 'by next Fryday'],
    ['We hope to wrap up before Dec 32.', 'before Dec 32'],
    ['Expect an answer on 13/45.', 'on 13/45'],
    ['No news until Wendsday, sorry.', 'until Wendsday'],
  ];
  for (const [text, phrase] of unread) {
    it(`finds "${phrase}" in "${text}"`, () => expect(unreadDatePhrase(text, SENT)).toBe(phrase));
  }

  const quiet: string[] = [
    "We'll decide by Friday.",
    "We'll decide by the 11th.",
    "We'll decide by December 11.",
    'You will hear from us by next Friday.',
    'Expect an answer on 12/11.',
    'Thanks for your patience, we are still reviewing candidates.',
    "I'll be in touch by phone or by email.",
    'We are closed on Sundays and on holidays.',
    'The decision will be made by the team on Monday.',
    'We are on track and will update you by then.',
    'We will decide on 3 candidates by the end of the week.',
    'It was made by Mark 2 weeks ago.',
    'Your start date is on the first day of the month.',
    'Happy birthday! Say hi to everyone on the panel today.',
    '',
  ];
  for (const text of quiet) it(`stays quiet on "${text}"`, () => expect(unreadDatePhrase(text, SENT)).toBeNull());
});
