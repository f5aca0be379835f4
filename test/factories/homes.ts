/**
 * Small data files (afterview/1) that tests import into a fresh home through
 * the registry's `import_data`, when what is under test is a front end and
 * the facts only need to give a known agenda.
 */

/** The thank-you the onsite home's agenda opens with on Thursday 26 November 2026 (New York). */
export const ONSITE_THANKS = 'thank-you:acme:i1:jane';

/**
 * One opportunity, Acme (Backend Engineer), with an onsite with Jane Doe on
 * Wednesday 25 November 2026 at 14:00 in New York: on the Thursday after, a
 * thank-you to Jane is due.
 */
export const ONSITE_HOME = {
  format: 'afterview/1',
  profile: { name: 'Sam Lee', email: 'sam@example.com', timezone: 'America/New_York' },
  opportunities: [
    {
      id: 'acme',
      company: 'Acme',
      role: 'Backend Engineer',
      createdAt: '2026-11-01T15:00:00Z',
      contacts: [{ id: 'jane', name: 'Jane Doe', email: 'jane@acme.example' }],
      interviews: [{ id: 'i1', at: '2026-11-25T14:00:00-05:00', durationMinutes: 60, interviewers: ['jane'] }],
    },
  ],
};

/**
 * A seeker with one of everything a coach looks for on Thursday 26 November
 * 2026 (New York): Acme's thank-you overdue (interview on the 18th), an offer
 * from Beta to answer by Monday 30 November, Gamma silent since 5 October,
 * Delta closed and an interview with Eps coming on 2 December.
 */
export const COACHED_HOME = {
  format: 'afterview/1',
  profile: { name: 'Ana Ruiz', email: 'ana@example.com', timezone: 'America/New_York' },
  opportunities: [
    {
      id: 'acme',
      company: 'Acme',
      role: 'Backend Engineer',
      createdAt: '2026-11-01T15:00:00Z',
      interviews: [{ id: 'i1', at: '2026-11-18T10:00:00-05:00', durationMinutes: 60 }],
    },
    {
      id: 'beta',
      company: 'Beta',
      createdAt: '2026-10-20T15:00:00Z',
      interviews: [{ id: 'i1', at: '2026-11-10T10:00:00-05:00', durationMinutes: 60 }],
      offers: [{ id: 'o1', status: 'received', at: '2026-11-24T15:00:00Z', deadline: '2026-11-30' }],
    },
    {
      id: 'gamma',
      company: 'Gamma',
      createdAt: '2026-10-01T15:00:00Z',
      touches: [{ id: 't1', direction: 'in', kind: 'reply', at: '2026-10-05T15:00:00Z' }],
    },
    { id: 'delta', company: 'Delta', createdAt: '2026-09-01T15:00:00Z', status: 'rejected' },
    {
      id: 'eps',
      company: 'Eps',
      createdAt: '2026-09-01T15:00:00Z',
      interviews: [{ id: 'i1', at: '2026-12-02T10:00:00-05:00', durationMinutes: 45 }],
    },
  ],
};
