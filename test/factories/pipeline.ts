/**
 * A deterministic synthetic pipeline for benchmarks and property tests: one
 * seeker's `afterview/1` document with `opportunities` opportunities at mixed
 * stages (applied, interviewing, waiting on a promise, checking in, offers,
 * closed), about 3 interviews and 10 touches each on average, everything
 * dated around `now` in the seeker's zone. The same options give the same
 * document.
 *
 * Two cross-opportunity facts are kept realistic at any size, because the
 * rules that pair opportunities grow with their product: at most two pending
 * offers sit at an opportunity below first choice (the others are at
 * interest 5, so they nudge nobody), and only a pipeline of up to
 * `MAX_ENDED_SEARCH` opportunities may have an accepted offer (a seeker
 * juggling thousands has not accepted one).
 */
import { Temporal } from 'temporal-polyfill';
import { epochDayToIso, MS_PER_DAY, ZoneClock } from '../../src/core/time.js';
import type { DataFile, OpportunityRecord, TouchRecord } from '../../src/records/data-file.schema.js';

export interface PipelineOptions {
  opportunities: number;
  seed: number;
  /** ISO instant with offset. */
  now: string;
  /** IANA zone of the seeker; default America/New_York. */
  timezone?: string;
}

const MAX_ENDED_SEARCH = 200;
const MAX_NUDGING_OFFERS = 2;
const HOUR = 3_600_000;
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Soylent'];
const ROLES = ['Backend Engineer', 'Product Designer', 'Data Analyst', 'Engineering Manager', null];
const FIRST = ['Jane', 'Omar', 'Li', 'Ana', 'Raj', 'Chloe', 'Sven', 'Amara'];
const LAST = ['Doe', 'Haddad', 'Wei', 'Silva', 'Patel', 'Martin', 'Berg', 'Okafor'];

/** mulberry32: a small seeded generator, so a run can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Generates the document. Throws RangeError on a bad `now` or zone. */
export function generatePipeline(options: PipelineOptions): DataFile {
  const rand = mulberry32(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number) => rand() < p;
  const zone = options.timezone ?? 'America/New_York';
  const clock = new ZoneClock(zone);
  const nowMs = Temporal.Instant.from(options.now).epochMilliseconds;
  const fmt = (ms: number) => clock.formatOffset(ms);
  const dateOf = (ms: number) => epochDayToIso(clock.localDay(ms));
  /** A time on a working hour of the local day `ms` falls on. */
  const workTime = (ms: number) => clock.startOfDayMs(clock.localDay(ms)) + int(9, 16) * HOUR + int(0, 3) * 15 * 60_000;

  let nudgingOffers = 0;
  const opportunities: OpportunityRecord[] = [];
  for (let i = 0; i < options.opportunities; i++) {
    const id = `o${i}`;
    const created = nowMs - int(0, 150) * MS_PER_DAY - int(0, 23) * HOUR;
    let interest = pick([1, 2, 2, 3, 3, 3, 4, 4, 5]);
    const contacts = Array.from({ length: int(1, 3) }, (_, k) => ({
      id: `c${k}`,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      email: chance(0.85) ? `c${k}.${id}@example.com` : null,
      title: chance(0.5) ? 'Recruiter' : null,
    }));
    const touches: TouchRecord[] = [];
    let tid = 0;
    const out = (at: number, purpose: Extract<TouchRecord, { direction: 'out' }>['purpose'], extra = {}) => {
      if (at <= nowMs)
        touches.push({ id: `t${tid++}`, at: fmt(at), direction: 'out', channel: 'email', purpose, ...extra });
    };
    const inn = (at: number, kind: Extract<TouchRecord, { direction: 'in' }>['kind'], extra = {}) => {
      if (at <= nowMs)
        touches.push({ id: `t${tid++}`, at: fmt(at), direction: 'in', channel: 'email', kind, ...extra });
    };
    out(created, 'other');
    if (chance(0.5)) inn(created + 60_000, 'auto-reply');

    const interviews: NonNullable<OpportunityRecord['interviews']> = [];
    const rounds = chance(0.15) ? 0 : int(1, 5);
    let t = created + int(3, 10) * MS_PER_DAY;
    let lastEnd = Number.NaN;
    for (let k = 0; k < rounds && t < nowMs + 10 * MS_PER_DAY; k++) {
      const at = workTime(t);
      const duration = pick([30, 45, 60, 60, 90]);
      const interviewers = contacts.filter(() => chance(0.5)).map((c) => c.id);
      const asked = chance(0.5);
      const promise = asked && chance(0.6) ? dateOf(at + int(4, 12) * MS_PER_DAY) : null;
      inn(at - int(2, 4) * MS_PER_DAY, 'scheduling', { contactId: contacts[0]!.id });
      interviews.push({
        id: `i${k}`,
        at: fmt(at),
        durationMinutes: duration,
        round: pick(['Phone screen', 'Technical', 'Onsite', 'Final']),
        interviewers,
        timelineAsked: asked,
        decisionBy: promise,
        notes: chance(0.4) ? 'talked about the roadmap' : '',
      });
      const end = at + duration * 60_000;
      if (end <= nowMs) lastEnd = end;
      for (const c of interviewers.length > 0 ? interviewers : [null]) {
        if (chance(0.95)) out(end + int(1, 20) * HOUR, 'thank-you', { interviewId: `i${k}`, contactId: c });
      }
      if (chance(0.5)) inn(end + int(1, 3) * MS_PER_DAY, 'other', { contactId: contacts[0]!.id });
      t = end + int(4, 12) * MS_PER_DAY;
    }

    // After the last round: the timeline conversation and its check-ins.
    let status: NonNullable<OpportunityRecord['status']> = 'open';
    let closedAt: number | null = null;
    const offers: NonNullable<OpportunityRecord['offers']> = [];
    if (!Number.isNaN(lastEnd)) {
      let c = lastEnd + int(3, 6) * MS_PER_DAY;
      const steps = int(0, 3);
      for (let s = 0; s < steps && c <= nowMs; s++) {
        out(workTime(c), s === 0 ? 'ask-timeline' : s === 1 ? 'status-check' : 'explicit-check', {
          contactId: contacts[0]!.id,
        });
        const answer = rand();
        if (answer < 0.35)
          inn(workTime(c + int(1, 3) * MS_PER_DAY), 'timeline', { decisionBy: dateOf(c + 9 * MS_PER_DAY) });
        else if (answer < 0.6) inn(workTime(c + int(1, 3) * MS_PER_DAY), 'reply');
        c += int(7, 10) * MS_PER_DAY;
      }
      const fate = rand();
      const closeAt = Math.min(nowMs, c + int(0, 5) * MS_PER_DAY);
      if (fate < 0.2) {
        inn(closeAt, 'rejection');
        status = 'rejected';
        closedAt = closeAt;
      } else if (fate < 0.3) {
        out(closeAt, 'withdraw');
        status = 'withdrawn';
        closedAt = closeAt;
      } else if (fate < 0.42) {
        status = 'no-response';
        closedAt = closeAt;
        if (chance(0.2)) inn(closeAt + int(1, 20) * MS_PER_DAY, 'reply');
      } else if (fate < 0.47 && interviews.length >= 2) {
        const offerAt = Math.min(nowMs, lastEnd + int(2, 8) * MS_PER_DAY);
        const received = chance(0.6);
        if (received) inn(offerAt, 'offer');
        if (interest < 5 && nudgingOffers < MAX_NUDGING_OFFERS) nudgingOffers++;
        else interest = 5;
        offers.push({
          id: 'f0',
          status: received ? 'received' : 'expected',
          at: fmt(offerAt),
          deadline: chance(0.7) ? dateOf(offerAt + int(3, 10) * MS_PER_DAY) : null,
          decidedAt: null,
        });
      } else if (fate < 0.5 && interviews.length >= 2) {
        const offerAt = Math.min(nowMs, lastEnd + int(2, 8) * MS_PER_DAY);
        const decided = Math.min(nowMs, offerAt + int(1, 4) * MS_PER_DAY);
        offers.push({ id: 'f0', status: 'declined', at: fmt(offerAt), deadline: null, decidedAt: fmt(decided) });
        status = 'declined';
        closedAt = decided;
      }
    } else if (created < nowMs - 45 * MS_PER_DAY && chance(0.7)) {
      status = chance(0.5) ? 'rejected' : 'no-response';
      closedAt = Math.min(nowMs, created + int(10, 40) * MS_PER_DAY);
    }
    // A seeker who hears nothing for a month moves on (PLAYBOOK rule 7 done).
    const lastActivity = Math.max(created, lastEnd || created, ...touches.map((x) => Date.parse(x.at)));
    if (status === 'open' && offers.length === 0 && lastActivity < nowMs - 30 * MS_PER_DAY && chance(0.85)) {
      status = 'no-response';
      closedAt = Math.min(nowMs, lastActivity + int(14, 25) * MS_PER_DAY);
    }
    if (status !== 'open' && touches.length > 0) {
      // Nothing is logged after an opportunity closed except what resurfaces (no-response replies).
      const cut = closedAt ?? nowMs;
      for (let k = touches.length - 1; k >= 0; k--) {
        const tt = touches[k]!;
        if (Date.parse(tt.at) > cut && !(status === 'no-response' && tt.direction === 'in')) touches.splice(k, 1);
      }
    }
    touches.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
    opportunities.push({
      id,
      company: `${pick(COMPANIES)} ${i}`,
      role: pick(ROLES),
      interest,
      createdAt: fmt(created),
      status,
      closedAt: closedAt === null ? null : fmt(closedAt),
      url: null,
      notes: '',
      contacts,
      interviews,
      touches,
      offers,
      snoozed: [],
      dismissed: [],
    });
  }

  // Most seekers act on offer-nudge items: tell the higher-ranked employers about a pending offer.
  for (const b of opportunities) {
    if (b.status !== 'open' || (b.interest ?? 3) >= 5) continue;
    for (const offer of b.offers ?? []) {
      if (offer.status !== 'expected' && offer.status !== 'received') continue;
      const offerMs = Date.parse(offer.at);
      for (const a of opportunities) {
        if (a === b || a.status !== 'open' || (a.interest ?? 3) <= (b.interest ?? 3)) continue;
        if ((a.interviews ?? []).length === 0 || (a.offers ?? []).length > 0 || !chance(0.9)) continue;
        const at = offerMs + int(2, 20) * HOUR;
        if (at <= nowMs)
          a.touches?.push({
            id: `tn-${b.id}`,
            at: fmt(at),
            direction: 'out',
            channel: 'email',
            purpose: 'offer-nudge',
          });
      }
    }
  }

  if (options.opportunities > 0 && options.opportunities <= MAX_ENDED_SEARCH && chance(0.3)) {
    const first = opportunities[0]!;
    const decided = nowMs - int(1, 3) * MS_PER_DAY;
    first.offers = [
      { id: 'f-acc', status: 'accepted', at: fmt(decided - 2 * MS_PER_DAY), deadline: null, decidedAt: fmt(decided) },
    ];
    first.status = 'accepted';
    first.closedAt = fmt(decided);
  }

  return {
    format: 'afterview/1',
    profile: { name: 'Sam Lee', email: 'sam@example.com', timezone: zone, country: 'US', signature: 'Sam Lee' },
    opportunities,
  };
}
