/**
 * A seeker with one opportunity (Brightwater, a technical interview with
 * Maya on November 16, 2026) and a builder of plain-text messages, shared
 * by the tests that read mail from a real IMAP server.
 */

export const BRIGHTWATER_DOC = {
  format: 'afterview/1',
  profile: { name: 'Sam Lee', email: 'sam.lee@example.com', timezone: 'America/New_York' },
  opportunities: [
    {
      id: 'brightwater',
      company: 'Brightwater',
      role: 'Site Reliability Engineer',
      createdAt: '2026-11-01T15:00:00Z',
      contacts: [{ id: 'maya', name: 'Maya Chen', email: 'maya@brightwater.example', title: 'Recruiter' }],
      interviews: [
        {
          id: 'i1',
          at: '2026-11-16T11:00:00-05:00',
          durationMinutes: 45,
          round: 'Technical',
          interviewers: ['maya'],
        },
      ],
    },
  ],
};

/** One RFC 5322 message with CRLF line breaks. */
export function message(opts: {
  id: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  body: string;
}): string {
  return [
    `From: ${opts.from}`,
    `To: ${opts.to}`,
    `Subject: ${opts.subject}`,
    `Date: ${opts.date}`,
    `Message-ID: <${opts.id}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    opts.body,
    '',
  ].join('\r\n');
}
