import { describe, expect, it } from 'vitest';
import { readInvitation } from './invite.js';

const ics = (method: string, start: string, end: string, extra = '') =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    method ? `METHOD:${method}` : '',
    'BEGIN:VEVENT',
    'UID:u1@x.example',
    'DTSTAMP:20261101T000000Z',
    start,
    end,
    'SUMMARY:Technical screen',
    'ORGANIZER;CN=Pat:mailto:pat@co.example',
    'ATTENDEE;CN=Sam Lee:mailto:Sam.Lee@example.com',
    'ATTENDEE:mailto:lars@co.example',
    extra,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .filter((l) => l !== '')
    .join('\r\n');

describe('readInvitation', () => {
  it('reads a UTC request with its attendees', () => {
    expect(readInvitation(ics('REQUEST', 'DTSTART:20261113T190000Z', 'DTEND:20261113T200000Z'))).toEqual({
      start: '2026-11-13T19:00:00Z',
      durationMinutes: 60,
      attendees: [
        { name: 'Sam Lee', email: 'sam.lee@example.com' },
        { name: null, email: 'lars@co.example' },
      ],
      summary: 'Technical screen',
      organizer: 'pat@co.example',
      uid: 'u1@x.example',
    });
  });
  it('reads a TZID without VTIMEZONE as an IANA zone (Nov 5 2026 is EST, -05:00)', () => {
    const inv = readInvitation(
      ics('REQUEST', 'DTSTART;TZID=America/New_York:20261105T110000', 'DTEND;TZID=America/New_York:20261105T114500'),
    );
    expect(inv?.start).toBe('2026-11-05T11:00:00-05:00');
    expect(inv?.durationMinutes).toBe(45);
  });
  it('uses DURATION and defaults to 60 minutes without an end', () => {
    expect(readInvitation(ics('REQUEST', 'DTSTART:20261113T190000Z', 'DURATION:PT30M'))?.durationMinutes).toBe(30);
    expect(readInvitation(ics('', 'DTSTART:20261113T190000Z', ''))?.durationMinutes).toBe(60);
  });
  it('ignores cancellations, all-day events and garbage', () => {
    expect(readInvitation(ics('CANCEL', 'DTSTART:20261113T190000Z', 'DTEND:20261113T200000Z'))).toBeNull();
    expect(readInvitation(ics('REQUEST', 'DTSTART;VALUE=DATE:20261113', ''))).toBeNull();
    expect(readInvitation('not a calendar')).toBeNull();
  });
});
