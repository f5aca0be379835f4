/**
 * Scores the mail reader against a labelled set (the layout of the sets in
 * `test/fixtures/mail-*`: `setup.json` with the profile and opportunities,
 * `labels.json`, `messages/*.eml`). Runs parse -> newText -> classify -> match
 * on every labelled message in label order, remembering each matched
 * Message-ID so later replies can match by thread, as an import does.
 * Used by `npm run eval:mail` and by the regression test.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpportunityRecord } from '../records/data-file.schema.js';
import { classify } from './classify.js';
import { asksQuestion, settleReading } from './families.js';
import { matchOpportunity } from './match.js';
import { parseMessage } from './parse.js';

/** One label of `labels.json`. */
export interface MailLabel {
  file: string;
  messageId: string;
  direction: 'in' | 'out';
  kind?: string;
  purpose?: string;
  decisionBy: string | null;
  opportunityId: string | null;
  interview: { at: string; durationMinutes: number } | null;
  note?: string;
}

/** One message's outcome against its label. */
export interface EvalRow {
  label: MailLabel;
  messageId: string;
  direction: 'in' | 'out';
  /** The kind (in) or purpose (out) read. */
  category: string;
  decisionBy: string | null;
  opportunityId: string | null;
  interview: { at: string; durationMinutes: number } | null;
  confidence: number;
  error: string | null;
  ok: {
    messageId: boolean;
    direction: boolean;
    category: boolean;
    decisionBy: boolean;
    match: boolean;
    interview: boolean;
  };
}

/** Precision and recall of one kind or purpose. */
export interface CategoryScore {
  category: string;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

/** The whole evaluation. */
export interface EvalReport {
  rows: EvalRow[];
  total: number;
  categoryAccuracy: number;
  /** Among labels with a decisionBy: share read exactly. */
  decisionByExact: number;
  decisionByLabelled: number;
  /** Messages that carry no decisionBy but got one. */
  decisionByFalse: number;
  matchAccuracy: number;
  interviewAccuracy: number;
  perCategory: CategoryScore[];
}

/**
 * Evaluates the corpus in `dir`.
 * @throws when `setup.json` or `labels.json` cannot be read or parsed (a message that fails to parse is a miss, not a throw).
 */
export async function evaluateCorpus(
  dir: string,
  options: {
    /** The public holidays of the setup's country (ISO dates), as an import reads with; default none. */
    holidays?: (country: string) => Promise<ReadonlySet<string>>;
  } = {},
): Promise<EvalReport> {
  const setup = JSON.parse(await readFile(join(dir, 'setup.json'), 'utf8')) as {
    profile?: { email?: string | null; country?: string | null };
    opportunities?: OpportunityRecord[];
  };
  const labels = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')) as MailLabel[];
  const opportunities = setup.opportunities ?? [];
  const ownAddresses = setup.profile?.email ? [setup.profile.email] : [];
  const country = setup.profile?.country ?? null;
  const holidays = country && options.holidays ? await options.holidays(country) : undefined;
  const known = new Map<string, string>();
  /** Opportunities whose latest message from the seeker so far asked a question, as an import would know them. */
  const seekerAsked = new Set<string>();
  const rows: EvalRow[] = [];
  for (const label of labels) {
    const raw = await readFile(join(dir, label.file));
    const message = await parseMessage(raw);
    const match = matchOpportunity(message, opportunities, (id) => known.get(id) ?? null, ownAddresses);
    const asked = match.opportunityId != null && seekerAsked.has(match.opportunityId);
    const reading = settleReading(classify(message, { ownAddresses, holidays }), match, asked);
    if (match.opportunityId) known.set(message.messageId, match.opportunityId);
    if (match.opportunityId && reading.direction === 'out') {
      if (asksQuestion(reading)) seekerAsked.add(match.opportunityId);
      else seekerAsked.delete(match.opportunityId);
    }
    const category = reading.direction === 'out' ? reading.purpose : reading.kind;
    const decisionBy = reading.decisionBy?.toString() ?? null;
    const interview = reading.invitation
      ? { at: reading.invitation.start, durationMinutes: reading.invitation.durationMinutes }
      : null;
    const expected = label.direction === 'out' ? label.purpose : label.kind;
    rows.push({
      label,
      messageId: message.messageId,
      direction: reading.direction,
      category,
      decisionBy,
      opportunityId: match.opportunityId,
      interview,
      confidence: reading.confidence,
      error: message.error,
      ok: {
        messageId: label.messageId == null || message.messageId === label.messageId,
        direction: reading.direction === label.direction,
        category: category === expected,
        decisionBy: decisionBy === label.decisionBy,
        match: match.opportunityId === label.opportunityId,
        interview: sameInterview(interview, label.interview),
      },
    });
  }
  return summarise(rows);
}

function sameInterview(
  a: { at: string; durationMinutes: number } | null,
  b: { at: string; durationMinutes: number } | null,
): boolean {
  if (a == null || b == null) return a === b;
  return Date.parse(a.at) === Date.parse(b.at) && a.durationMinutes === b.durationMinutes;
}

function summarise(rows: EvalRow[]): EvalReport {
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const withDate = rows.filter((r) => r.label.decisionBy != null);
  const categories = new Set<string>();
  for (const r of rows) {
    categories.add(`${r.label.direction}:${r.label.direction === 'out' ? r.label.purpose : r.label.kind}`);
    categories.add(`${r.direction}:${r.category}`);
  }
  const perCategory = [...categories].sort().map((category) => {
    const labelled = rows.filter(
      (r) => `${r.label.direction}:${r.label.direction === 'out' ? r.label.purpose : r.label.kind}` === category,
    );
    const predicted = rows.filter((r) => `${r.direction}:${r.category}` === category);
    const correct = labelled.filter((r) => r.ok.category && r.ok.direction).length;
    return {
      category,
      labelled: labelled.length,
      predicted: predicted.length,
      correct,
      precision: share(correct, predicted.length),
      recall: share(correct, labelled.length),
    };
  });
  return {
    rows,
    total: rows.length,
    categoryAccuracy: share(rows.filter((r) => r.ok.category && r.ok.direction).length, rows.length),
    decisionByExact: share(withDate.filter((r) => r.ok.decisionBy).length, withDate.length),
    decisionByLabelled: withDate.length,
    decisionByFalse: rows.filter((r) => r.label.decisionBy == null && r.decisionBy != null).length,
    matchAccuracy: share(rows.filter((r) => r.ok.match).length, rows.length),
    interviewAccuracy: share(rows.filter((r) => r.ok.interview).length, rows.length),
    perCategory,
  };
}
