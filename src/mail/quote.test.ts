import { describe, expect, it } from 'vitest';
import { newText } from './quote.js';

describe('newText', () => {
  it('drops ">" lines and the "On ... wrote:" header, even wrapped over two lines', () => {
    const body =
      'Sounds good, see you then.\n\nOn Mon, Nov 2, 2026 at 10:15 AM Maya Okafor <\nmaya@brightwater.example> wrote:\n> We will decide by Friday.\n';
    expect(newText(body)).toBe('Sounds good, see you then.');
  });
  it('drops an Outlook original message and the block after an underscore line', () => {
    expect(newText('Still interviewing.\n\n-----Original Message-----\nFrom: Sam\nBy Friday?')).toBe(
      'Still interviewing.',
    );
    expect(
      newText(
        'No news yet.\n\n________________________________\nFrom: Sam\nSent: Monday\nTo: Tom\nSubject: x\n\nby Friday?',
      ),
    ).toBe('No news yet.');
  });
  it('drops forwarded messages', () => {
    expect(newText('FYI below.\n\n---------- Forwarded message ---------\nFrom: x\nWe decide Friday')).toBe(
      'FYI below.',
    );
  });
  it('drops the signature after "-- " and the sign-off block at the end', () => {
    expect(newText('We will decide next week.\n-- \nLinda Park\nOffices closed Dec 24 - Jan 1')).toBe(
      'We will decide next week.',
    );
    expect(
      newText(
        'We will decide within 10 days.\n\nBest regards,\nLinda\n\nLinda Park\nTalent Partner\nOur offices are closed Dec 24 - Jan 1',
      ),
    ).toBe('We will decide within 10 days.');
  });
  it('keeps a body that is only a sign-off, and drops phone footers', () => {
    expect(newText('Thanks!')).toBe('Thanks!');
    expect(newText('Great, talk then.\n\nSent from my iPhone')).toBe('Great, talk then.');
  });
  it('keeps a closing word that sits far from the end', () => {
    const body = `Thanks,\n${Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')}`;
    expect(newText(body)).toBe(body);
  });
});
