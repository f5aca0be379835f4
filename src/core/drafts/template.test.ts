import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { draftContext, JANE } from './draft-context.fixture.js';
import { renderTemplate, TEMPLATE_PLACEHOLDERS, unknownPlaceholders, wordItem } from './index.js';

const ALL = Object.keys(TEMPLATE_PLACEHOLDERS)
  .map((name) => `${name}={{${name}}}`)
  .join('\n');

describe('renderTemplate', () => {
  it('fills every documented placeholder from the facts', () => {
    const ctx = draftContext('offer-nudge', {
      competingOffer: {
        company: 'Beta',
        role: 'Designer',
        received: true,
        deadline: Temporal.PlainDate.from('2026-12-04'),
      },
      promisedDate: Temporal.PlainDate.from('2026-11-13'),
      profile: { ...draftContext('thank-you').profile, signature: 'Sam Lee, designer' },
    });
    const draft = renderTemplate({ subject: '{{roleAtCompany}}', body: ALL }, ctx);
    expect(draft.subject).toBe('Product Designer at Acme');
    expect(draft.to).toBe('jane@acme.example');
    expect(draft.body.split('\n')).toEqual([
      'firstName=Jane',
      'contactName=Jane Smith',
      'contactEmail=jane@acme.example',
      'greeting=Hi Jane,',
      'company=Acme',
      'role=Product Designer',
      'roleAtCompany=Product Designer at Acme',
      'interviewDay=on Tuesday',
      'interviewDate=Nov 17',
      'round=onsite',
      'topic=the design system migration',
      'seekerName=Sam Lee',
      'signature=Sam Lee, designer',
      'promisedDate=Friday, Nov 13',
      'preference=Acme is my first choice',
      'otherCompany=Beta',
      'otherRole=Designer',
      'deadline=Friday, Dec 4',
      'today=Friday, Nov 20',
    ]);
  });

  it('uses the documented fallbacks when facts are missing, never "undefined" or "null"', () => {
    const ctx = draftContext('thank-you', {
      contact: null,
      interview: null,
      opportunity: { ...draftContext('thank-you').opportunity!, role: null },
      profile: { ...draftContext('thank-you').profile, name: null, signature: null },
    });
    const body = renderTemplate({ subject: 's', body: ALL }, ctx).body;
    expect(body).toContain('firstName=there');
    expect(body).toContain('greeting=Hello,');
    expect(body).toContain('role=the position');
    expect(body).toContain('roleAtCompany=Acme');
    expect(body).toContain('interviewDay=recently');
    expect(body).toContain('promisedDate=the date you mentioned');
    expect(body).toContain('otherCompany=another company');
    expect(body).toContain('deadline=soon');
    expect(body).not.toMatch(/undefined|null|\{\{/);
  });

  it('keeps unknown placeholders visible, exactly as written', () => {
    const ctx = draftContext('thank-you');
    const draft = renderTemplate(
      { subject: 'Hi {{ company }} {{Company}}', body: 'Dear {{firstName}}, re {{jobTitle}} and {{ salary }}.' },
      ctx,
    );
    expect(draft.subject).toBe('Hi Acme {{Company}}');
    expect(draft.body).toBe('Dear Jane, re {{jobTitle}} and {{ salary }}.');
    expect(unknownPlaceholders({ subject: '{{Company}}', body: '{{jobTitle}} {{ salary }} {{company}}' })).toEqual([
      'Company',
      'jobTitle',
      'salary',
    ]);
  });

  it('does not treat inherited object keys as placeholders', () => {
    const draft = renderTemplate({ subject: '{{constructor}}', body: '{{toString}}' }, draftContext('thank-you'));
    expect(draft).toEqual({ to: JANE.email, subject: '{{constructor}}', body: '{{toString}}' });
  });
});

describe('wordItem with a seeker template', () => {
  it('uses the template instead of our draft, keeping our title and reason', () => {
    const ours = wordItem(draftContext('ask-timeline'));
    const theirs = wordItem(
      draftContext('ask-timeline', {
        template: {
          subject: 'Following up: {{role}}',
          body: '{{greeting}}\n\nAny news on {{company}}?\n\n{{signature}}',
        },
      }),
    );
    expect(theirs.title).toBe(ours.title);
    expect(theirs.why).toBe(ours.why);
    expect(theirs.draft).toEqual({
      to: 'jane@acme.example',
      subject: 'Following up: Product Designer',
      body: 'Hi Jane,\n\nAny news on Acme?\n\nSam Lee',
    });
  });

  it('uses a template for a guidance kind as the guidance', () => {
    const w = wordItem(
      draftContext('prepare-timeline-question', { template: { subject: '', body: 'Ask {{firstName}} about dates.' } }),
    );
    expect(w.draft).toBeNull();
    expect(w.guidance).toBe('Ask Jane about dates.');
  });
});
