/**
 * How errors leave the server: every code has its status (4xx for the
 * caller's request, 502/503 for an outside service, 500 for a bug), and the
 * body is `{"error": {code, message, hint?, field?}}` with the app's neutral
 * words and the field a bad input was about.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, type ErrorCode } from '../records/errors.js';
import { type Harness, openHarness } from './app.fixture.js';
import { errorBody, HTTP_STATUS, httpStatusFor } from './status.js';

describe('statuses', () => {
  it('gives each class of code its status family', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const status = HTTP_STATUS[code];
      const family = { input: 4, not_found: 4, conflict: 4, denied: 4, service: 5, bug: 5 }[ERROR_CODES[code]];
      expect(Math.floor(status / 100), code).toBe(family);
      expect(status === 500, code).toBe(ERROR_CODES[code] === 'bug');
    }
    expect(httpStatusFor(new AppError('opportunity_not_found', 'no', { details: { got: 'x' } }))).toBe(404);
    expect(httpStatusFor(new AppError('duplicate_touch', 'x', { details: { id: 't1', opportunityId: 'a' } }))).toBe(
      409,
    );
    expect(httpStatusFor(new AppError('store_busy', 'busy'))).toBe(503);
    expect(httpStatusFor(new TypeError('oops'))).toBe(500);
  });

  it('answers anything that is not an AppError as internal, without its words', () => {
    expect(errorBody(new TypeError('secret detail'), 'something went wrong')).toEqual({
      code: 'internal',
      message: 'something went wrong',
    });
  });
});

describe('error bodies', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness();
  });
  afterEach(async () => h.close());

  it('names the field of a bad input, in the words the API uses', async () => {
    const long = await h.json('POST', '/api/opportunities', { company: 'Acme', role: 'r'.repeat(201) });
    expect(long).toEqual({
      status: 400,
      body: {
        error: {
          code: 'text_too_long',
          message: 'role is 201 characters long, more than the 200 allowed',
          hint: 'shorten it to 200 characters or fewer; nothing was written',
          field: 'role',
        },
      },
    });
    const interest = await h.json('POST', '/api/opportunities', { company: 'Acme', interest: 9 });
    expect(interest).toMatchObject({ status: 400, body: { error: { code: 'invalid_input', field: 'interest' } } });
    const when = await h.json('POST', '/api/opportunities', { company: 'Acme' });
    expect(when.status).toBe(201);
    const date = await h.json('POST', '/api/opportunities/acme/interviews', { at: 'Dec 32' });
    expect(date).toMatchObject({ status: 400, body: { error: { code: 'invalid_date', field: 'at' } } });
  });

  it('gives the neutral hint, without CLI words, for an opportunity that does not exist or exists already', async () => {
    await h.json('POST', '/api/opportunities', { company: 'Acme' });
    const missing = await h.json<{ error: Record<string, string> }>('GET', '/api/opportunities/nope');
    expect(missing).toEqual({
      status: 404,
      body: {
        error: {
          code: 'opportunity_not_found',
          message: 'no opportunity "nope"',
          hint: 'use an id or a company name: acme',
        },
      },
    });
    const again = await h.json<{ error: Record<string, string> }>('POST', '/api/opportunities', { company: 'Acme' });
    expect(again.body.error).toEqual({
      code: 'opportunity_exists',
      message: 'Acme is already open as acme',
      hint: 'set again to add another one',
    });
  });
});
