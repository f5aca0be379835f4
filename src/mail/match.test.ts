import { describe, expect, it } from 'vitest';
import type { OpportunityRecord } from '../records/data-file.schema.js';
import { matchOpportunity } from './match.js';
import { parseMessage } from './parse.js';

const opp = (id: string, company: string, extra: Partial<OpportunityRecord> = {}): OpportunityRecord => ({
  id,
  company,
  createdAt: '2026-11-01T09:00:00-05:00',
  ...extra,
});
const OPPS: OpportunityRecord[] = [
  opp('acme', 'Acme Robotics Inc.', {
    role: 'Controls Engineer',
    url: 'https://careers.acme-robotics.example/jobs/1',
    contacts: [{ id: 'ann', name: 'Ann', email: 'ann@gmail.com' }],
  }),
  opp('kestrel', 'Kestrel Systems', { contacts: [{ id: 'kim', name: 'Kim', email: 'kim@kestrel.example' }] }),
  opp('orchard', 'Orchard Row', { contacts: [] }),
];
const OWN = ['sam.lee@example.com'];
const msg = (headers: string, body = 'Hello') =>
  parseMessage(`Message-ID: <m@x.example>\nDate: Tue, 17 Nov 2026 10:00:00 -0500\n${headers}\n\n${body}`);
const none = () => null;

describe('matchOpportunity', () => {
  it('matches a contact address (even on a public provider) and names the contact', async () => {
    const m = await msg('From: Ann <ANN@gmail.com>\nTo: sam.lee@example.com');
    expect(matchOpportunity(m, OPPS, none, OWN)).toMatchObject({
      opportunityId: 'acme',
      contactId: 'ann',
      method: 'contact',
    });
  });
  it('matches a recipient contact on a sent message', async () => {
    const m = await msg('From: sam.lee@example.com\nTo: kim@kestrel.example');
    expect(matchOpportunity(m, OPPS, none, OWN)).toMatchObject({ opportunityId: 'kestrel', method: 'contact' });
  });
  it('matches the company domain, its subdomains and the posting URL domain', async () => {
    expect(matchOpportunity(await msg('From: x@mail.kestrel.example'), OPPS, none, OWN)).toMatchObject({
      opportunityId: 'kestrel',
      method: 'domain',
      contactId: null,
    });
    expect(matchOpportunity(await msg('From: hr@acme-robotics.example'), OPPS, none, OWN).opportunityId).toBe('acme');
  });
  it('never matches by a public provider domain', async () => {
    const m = await msg('From: someone@gmail.com');
    expect(matchOpportunity(m, OPPS, none, OWN).opportunityId).toBeNull();
  });
  it('matches a reply by thread', async () => {
    const m = await msg('From: agent@agency.example\nIn-Reply-To: <sent-1@mail.example.com>');
    const known = (id: string) => (id === '<sent-1@mail.example.com>' ? 'orchard' : null);
    expect(matchOpportunity(m, OPPS, known, OWN)).toMatchObject({ opportunityId: 'orchard', method: 'thread' });
  });
  it('matches ATS mail by the company it names, without legal suffixes', async () => {
    const m = await msg('From: Hiring <no-reply@hire.lever.example>', 'Thanks for applying to Acme Robotics!');
    expect(matchOpportunity(m, OPPS, none, OWN)).toMatchObject({ opportunityId: 'acme', method: 'ats-company' });
  });
  it('keeps ATS mail naming no known company aside with a reason', async () => {
    const m = await msg('From: no-reply@greenhouse-mail.example', 'Thanks for applying to Zenith.');
    const r = matchOpportunity(m, OPPS, none, OWN);
    expect(r.opportunityId).toBeNull();
    expect(r.reason).toMatch(/no known company/);
  });
  it('does not match a company name from an ordinary sender', async () => {
    const m = await msg('From: friend@webmail.example', 'Heard you talked to Kestrel Systems!');
    expect(matchOpportunity(m, OPPS, none, OWN).opportunityId).toBeNull();
  });
  it('picks by role when two opportunities share a domain, else reports ambiguity', async () => {
    const two = [
      opp('a1', 'Kestrel', {
        role: 'Backend Engineer',
        contacts: [{ id: 'k', name: 'K', email: 'k@kestrel.example' }],
      }),
      opp('a2', 'Kestrel', { role: 'Data Engineer', url: 'https://kestrel.example' }),
    ];
    const byRole = await msg('From: x@kestrel.example\nSubject: Data Engineer next steps');
    expect(matchOpportunity(byRole, two, none, OWN).opportunityId).toBe('a2');
    const tied = await msg('From: x@kestrel.example\nSubject: hello');
    expect(matchOpportunity(tied, two, none, OWN)).toMatchObject({ opportunityId: null, candidates: ['a1', 'a2'] });
  });
});
