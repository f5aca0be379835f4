/**
 * The demo pipeline (`afterview demo`, the web app's one-click demo): a
 * realistic search, built relative to now in the seeker's zone, in which
 * every stage of the playbook shows: an interview to prepare for, thank-you
 * notes to send, a timeline to ask for, a promise on hold, a status check, an
 * explicit message, a silent employer to move on from, one that came back, an
 * offer to weigh and the first choice to nudge, and the nudge to keep
 * searching. (An accepted offer, and the withdrawals it brings, is the end of
 * a search, so the demo leaves it for the seeker to try.)
 */
import { Temporal } from 'temporal-polyfill';
import { DATA_FORMAT, type DataFile } from '../records/data-file.schema.js';

export function demoDocument(now: Temporal.Instant, timeZone: string): DataFile {
  const here = now.toZonedDateTimeISO(timeZone);
  const today = here.toPlainDate();
  const at = (daysAgo: number, hour: number, minute = 0) =>
    today
      .subtract({ days: daysAgo })
      .toZonedDateTime({ timeZone, plainTime: new Temporal.PlainTime(hour, minute) })
      .toString({ timeZoneName: 'never', smallestUnit: 'second' });
  const fromNow = (hours: number) =>
    here
      .add({ hours })
      .round({ smallestUnit: 'hour', roundingMode: 'floor' })
      .toString({ timeZoneName: 'never', smallestUnit: 'second' });
  const date = (days: number) => today.add({ days }).toString();

  return {
    format: DATA_FORMAT,
    profile: {
      name: 'Sam Lee',
      email: 'sam.lee@example.com',
      timezone: timeZone,
      country: 'US',
      signature: 'Sam Lee\n555-0142',
    },
    opportunities: [
      {
        id: 'brightwater',
        company: 'Brightwater Analytics',
        role: 'Senior Data Engineer',
        interest: 5,
        createdAt: at(30, 9),
        contacts: [
          {
            id: 'maya',
            name: 'Maya Okafor',
            email: 'maya.okafor@brightwater.example',
            title: 'Senior Technical Recruiter',
          },
          { id: 'daniel', name: 'Daniel Reyes', email: 'd.reyes@brightwater.example', title: 'Data Platform Lead' },
        ],
        interviews: [
          {
            id: 'i1',
            at: at(6, 10),
            durationMinutes: 90,
            round: 'Final round',
            interviewers: ['maya', 'daniel'],
            timelineAsked: true,
            decisionBy: date(5),
            notes: 'the streaming pipeline rewrite',
          },
        ],
        touches: [
          {
            id: 't1',
            at: at(6, 17),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'maya',
            subject: 'Thank you',
          },
          {
            id: 't2',
            at: at(6, 17, 5),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'daniel',
            subject: 'Thank you',
          },
        ],
      },
      {
        id: 'northwind',
        company: 'Northwind Labs',
        role: 'Backend Engineer',
        interest: 4,
        createdAt: at(25, 12),
        contacts: [
          { id: 'priya', name: 'Priya Raman', email: 'priya@northwind-labs.example', title: 'Technical Recruiter' },
        ],
        interviews: [
          {
            id: 'i1',
            at: fromNow(-4),
            durationMinutes: 60,
            round: 'Technical interview',
            interviewers: ['priya'],
            timelineAsked: false,
            notes: 'their move to event sourcing',
          },
        ],
      },
      {
        id: 'pinecrest',
        company: 'Pinecrest Robotics',
        role: 'Robotics Software Engineer',
        interest: 3,
        createdAt: at(28, 10),
        contacts: [
          { id: 'owen', name: 'Owen Park', email: 'owen.park@pinecrest.example', title: 'Engineering Manager' },
        ],
        interviews: [
          {
            id: 'i1',
            at: at(12, 14),
            durationMinutes: 60,
            round: 'Onsite',
            interviewers: ['owen'],
            timelineAsked: true,
            decisionBy: date(-2),
          },
        ],
        touches: [
          {
            id: 't1',
            at: at(12, 18),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'owen',
          },
          {
            id: 't2',
            at: at(1, 15),
            direction: 'in',
            channel: 'email',
            kind: 'offer',
            contactId: 'owen',
            subject: 'Offer: Robotics Software Engineer',
          },
        ],
        offers: [{ id: 'o1', status: 'received', at: at(1, 15), deadline: date(6) }],
      },
      {
        id: 'fernhill',
        company: 'Fernhill Health',
        role: 'Platform Engineer',
        interest: 3,
        createdAt: at(22, 10),
        contacts: [
          { id: 'tom', name: 'Tom Becker', email: 'tbecker@fernhill-health.example', title: 'Engineering Manager' },
        ],
        interviews: [
          {
            id: 'i1',
            at: at(6, 11),
            durationMinutes: 45,
            round: 'Hiring manager interview',
            interviewers: ['tom'],
            notes: 'on-call load and the Kubernetes migration',
          },
        ],
        touches: [
          {
            id: 't1',
            at: at(6, 16),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'tom',
          },
        ],
      },
      {
        id: 'tidewater',
        company: 'Tidewater Logistics',
        role: 'Software Engineer, Routing',
        interest: 3,
        createdAt: at(26, 10),
        contacts: [{ id: 'linda', name: 'Linda Cho', email: 'linda.cho@tidewater.example', title: 'Recruiter' }],
        interviews: [
          {
            id: 'i1',
            at: at(13, 13),
            round: 'Panel',
            interviewers: ['linda'],
            timelineAsked: true,
            decisionBy: date(-3),
          },
        ],
        touches: [
          {
            id: 't1',
            at: at(13, 17),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'linda',
          },
        ],
      },
      {
        id: 'lumen-street',
        company: 'Lumen Street Media',
        role: 'Data Engineer',
        interest: 3,
        createdAt: at(40, 10),
        contacts: [{ id: 'rachel', name: 'Rachel Adams', email: 'rachel@lumenstreet.example', title: 'Head of Data' }],
        interviews: [{ id: 'i1', at: at(24, 15), round: 'Second round', interviewers: ['rachel'] }],
        touches: [
          {
            id: 't1',
            at: at(24, 19),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'rachel',
          },
          {
            id: 't2',
            at: at(17, 9),
            direction: 'out',
            channel: 'email',
            purpose: 'ask-timeline',
            contactId: 'rachel',
            subject: 'Next steps for the Data Engineer role',
          },
          {
            id: 't3',
            at: at(9, 9, 30),
            direction: 'out',
            channel: 'email',
            purpose: 'status-check',
            contactId: 'rachel',
            subject: 'Checking in',
          },
        ],
      },
      {
        id: 'copperleaf',
        company: 'Copperleaf Bank',
        role: 'Senior Backend Engineer',
        interest: 2,
        createdAt: at(50, 10),
        contacts: [{ id: 'greg', name: 'Greg Novak', email: 'greg.novak@copperleaf.example', title: 'Recruiter' }],
        interviews: [{ id: 'i1', at: at(38, 10), round: 'Phone screen', interviewers: ['greg'] }],
        touches: [
          {
            id: 't1',
            at: at(38, 14),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'greg',
          },
          { id: 't2', at: at(30, 9), direction: 'out', channel: 'email', purpose: 'ask-timeline', contactId: 'greg' },
          { id: 't3', at: at(10, 9), direction: 'out', channel: 'email', purpose: 'explicit-check', contactId: 'greg' },
        ],
      },
      {
        id: 'orchard-row',
        company: 'Orchard Row Software',
        role: 'Full-Stack Engineer',
        interest: 3,
        createdAt: at(60, 10),
        status: 'no-response',
        closedAt: at(20, 18),
        contacts: [{ id: 'nadia', name: 'Nadia Hassan', email: 'nadia@orchardrow.example', title: 'CTO' }],
        interviews: [{ id: 'i1', at: at(45, 10), round: 'Interview', interviewers: ['nadia'] }],
        touches: [
          {
            id: 't1',
            at: at(45, 15),
            direction: 'out',
            channel: 'email',
            purpose: 'thank-you',
            interviewId: 'i1',
            contactId: 'nadia',
          },
          {
            id: 't2',
            at: at(1, 11),
            direction: 'in',
            channel: 'email',
            kind: 'reply',
            contactId: 'nadia',
            subject: 'Sorry for the silence',
            body: 'We would love to pick things up again if you are still interested.',
          },
        ],
      },
      {
        id: 'sable',
        company: 'Sable Systems',
        role: 'Infrastructure Engineer',
        interest: 4,
        createdAt: at(14, 10),
        contacts: [{ id: 'ines', name: 'Ines Duarte', email: 'ines@sable.example', title: 'Engineering Director' }],
        interviews: [{ id: 'i1', at: fromNow(20), durationMinutes: 60, round: 'Onsite', interviewers: ['ines'] }],
      },
      {
        id: 'quarry-finch',
        company: 'Quarry & Finch',
        role: 'Backend Developer',
        interest: 2,
        createdAt: at(10, 10),
        url: 'https://quarry-finch.example/jobs/backend',
      },
    ],
  };
}
