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
