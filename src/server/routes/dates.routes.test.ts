/**
 * Dates typed into the web forms go through the command line's reader on the
 * server, so the same rules hold (CONTRACT.md, WHEN): a day that does not
 * exist is `400 invalid_date` with nothing written, a month and day without a
 * year are the nearest such day, and responses give the date as read.
 * Calendar facts: 2026-12-07 is a Monday; America/New_York is at -05:00.
 */
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../app.fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in assertions
type Json = Record<string, any>;
let h: Harness;
beforeEach(async () => {
  // Monday, December 7, 2026, 10:00 in New York.
  h = await openHarness({ now: Temporal.Instant.from('2026-12-07T15:00:00Z') });
  expect((await h.json('POST', '/api/opportunities', { company: 'Acme', role: 'Backend Engineer' })).status).toBe(201);
});
afterEach(async () => h.close());

const story = async () => (await h.json<Json>('GET', '/api/opportunities/acme')).body.opportunity;

describe('GET /api/when: the form read-back', () => {
  it('reads "Dec 4" on Dec 7 as three days ago and "Jan 5" as next month', async () => {
    expect((await h.json<Json>('GET', '/api/when?text=Dec%204&kind=date')).body.date).toBe('2026-12-04');
    expect((await h.json<Json>('GET', '/api/when?text=Jan%205&kind=date')).body.date).toBe('2027-01-05');
    expect((await h.json<Json>('GET', '/api/when?text=Dec%204%203pm&kind=instant')).body.at).toBe(
      '2026-12-04T15:00:00-05:00',
    );
  });

  it('refuses a day that does not exist with 400 invalid_date saying what would be right', async () => {
    for (const [text, says] of [
      ['Dec 32', /"Dec 32" is not a real day: December has 31 days/],
      ['Feb 30', /February has 29 days at most/],
      ['25pm', /a clock with pm runs from 1 to 12/],
    ] as const) {
      const res = await h.json<Json>('GET', `/api/when?text=${encodeURIComponent(text)}&kind=instant`);
      expect(res.status, text).toBe(400);
      expect(res.body.error.code).toBe('invalid_date');
      expect(`${res.body.error.message}; ${res.body.error.hint}`).toMatch(says);
    }
  });
});

describe('the forms: heard, offer and interview', () => {
  it('stores "Dec 4" heard on Dec 7 as Dec 4 this year, and says so', async () => {
    const res = await h.json<Json>('POST', '/api/opportunities/acme/heard', { kind: 'timeline', by: 'Dec 4' });
    expect(res.status).toBe(201);
    expect(res.body.decisionBy).toBe('2026-12-04');
    expect((await story()).touches[0].decisionBy).toBe('2026-12-04');
  });

  it('refuses "Dec 32" and "Feb 30" with 400 invalid_date naming the field, writing nothing', async () => {
    const before = await story();
    const heard = await h.json<Json>('POST', '/api/opportunities/acme/heard', { kind: 'timeline', by: 'Dec 32' });
    expect(heard.status).toBe(400);
    expect(heard.body.error).toMatchObject({ code: 'invalid_date' });
    expect(heard.body.error.message).toMatch(/^by: "Dec 32"/);
    const offer = await h.json<Json>('POST', '/api/opportunities/acme/offers', { deadline: 'Feb 30' });
    expect(offer.status).toBe(400);
    expect(offer.body.error.message).toMatch(/^deadline: "Feb 30"/);
    expect(await story()).toEqual(before);
  });

  it('gives back the offer deadline and the interview dates as read', async () => {
    const offer = await h.json<Json>('POST', '/api/opportunities/acme/offers', { deadline: 'Jan 5' });
    expect(offer).toMatchObject({ status: 201, body: { status: 'received', deadline: '2027-01-05' } });
    const interview = await h.json<Json>('POST', '/api/opportunities/acme/interviews', {
      at: 'tomorrow 2pm',
      decisionBy: 'Dec 18',
    });
    expect(interview).toMatchObject({
      status: 201,
      body: { id: 'i1', at: '2026-12-08T14:00:00-05:00', decisionBy: '2026-12-18' },
    });
  });

  it('logs words with a date it cannot read, with a warning in the response', async () => {
    const res = await h.json<Json>('POST', '/api/opportunities/acme/heard', { text: "We'll decide by the 45th." });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'reply', decisionBy: null });
    expect(res.body.warnings).toEqual([
      {
        code: 'unread-date',
        phrase: 'by the 45th',
        message: '"by the 45th" does not read as a date, so no decision date was logged',
      },
    ]);
  });
});
