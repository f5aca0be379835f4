/**
 * Human output: the agenda at a glance (overdue, due today, on hold and why
 * that's fine, coming up this week, pipeline health), lists and timelines.
 */
import type { AgendaItemJson, AgendaJson } from '../app/agenda.json.js';
import type { OpportunityStory, OpportunitySummary } from '../app/commands/opportunities.js';
import { longDayInWords, MONTH_NAMES, shortDayInWords, wallTime } from '../core/date-format.js';
import type { Style } from './style.js';

/**
 * Dates and times in English for the terminal, written out by hand (see
 * src/core/date-format.ts): loading ICU's locale and zone data to print
 * "Fri, Nov 27" would cost the cached `today` a sixth of its time.
 */
const shortDay = shortDayInWords;
const longDay = longDayInWords;

/** "3pm", "10:30am". */
function clock(t: { hour: number; minute: number }): string {
  const h = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${h}${t.minute === 0 ? '' : `:${String(t.minute).padStart(2, '0')}`}${t.hour < 12 ? 'am' : 'pm'}`;
}

/** The local wall clock an agenda time string carries (they are written with the seeker's offset). */
const wall = wallTime;

/** "today 3pm", "tomorrow", "Fri Dec 4" — relative to the agenda's day. */
function when(text: string, agenda: AgendaJson, withTime: boolean): string {
  const at = wall(text);
  const days = at.epochDay - wall(agenda.asOf).epochDay;
  const day =
    days === 0
      ? 'today'
      : days === 1
        ? 'tomorrow'
        : days === -1
          ? 'yesterday'
          : shortDay(at.date, wall(agenda.asOf).date.year);
  const endOfDay = at.hour === 23 && at.minute === 59;
  if (!withTime || endOfDay) return day;
  return `${day} ${clock(at)}`;
}

function itemLines(item: AgendaItemJson, agenda: AgendaJson, s: Style, mark: string): string[] {
  const where = item.company ? s.dim(` · ${item.company}${item.role ? `, ${item.role}` : ''}`) : '';
  const timing =
    item.state === 'upcoming'
      ? `opens ${when(item.opensAt, agenda, true)}`
      : `${item.state === 'overdue' ? 'was due' : 'due'} ${when(item.dueAt, agenda, true)}`;
  const lines = [`  ${mark} ${s.bold(item.title)}${where}  ${s.dim(`(${timing})`)}`, `    ${item.why}`];
  if (item.draft) {
    lines.push(
      s.dim(
        `    draft to ${item.draft.to ?? '(no address yet)'}: "${item.draft.subject}"  ->  afterview draft ${item.id}`,
      ),
    );
  } else if (item.guidance) {
    lines.push(s.dim(`    ${item.guidance.split('\n')[0]}`));
  }
  return lines;
}

/** `afterview today`: what to do now, what is on hold and why, what is coming, pipeline health. */
export function formatToday(agenda: AgendaJson, s: Style): string {
  const tz = agenda.timezone;
  const asOf = wall(agenda.asOf);
  const out: string[] = [];
  out.push(s.bold(`afterview · ${longDay(asOf.date)}`) + s.dim(` (${tz})`));
  const overdue = agenda.items.filter((i) => i.state === 'overdue');
  const due = agenda.items.filter((i) => i.state === 'due');
  const upcoming = agenda.items.filter((i) => i.state === 'upcoming' && wall(i.opensAt).epochDay - asOf.epochDay < 7);
  if (overdue.length + due.length === 0) {
    out.push(
      '',
      s.green('Nothing to send today.') + ' Waiting is part of the process: the holds below say until when.',
    );
  }
  if (overdue.length > 0) {
    out.push('', s.red(s.bold(`OVERDUE (${overdue.length})`)));
    for (const item of overdue) out.push(...itemLines(item, agenda, s, s.red('!')));
  }
  if (due.length > 0) {
    out.push('', s.yellow(s.bold(`DUE NOW (${due.length})`)));
    for (const item of due) out.push(...itemLines(item, agenda, s, s.yellow('>')));
  }
  if (agenda.holds.length > 0) {
    out.push('', s.cyan(s.bold(`ON HOLD (${agenda.holds.length}): no check-ins before their date`)));
    for (const hold of agenda.holds) {
      const until = shortDay(wall(hold.until).date, asOf.date.year);
      const from = shortDay(wall(hold.checkInFrom).date, asOf.date.year);
      out.push(
        `  ${s.cyan('~')} ${s.bold(hold.company)}${hold.role ? s.dim(`, ${hold.role}`) : ''}: they said by ${until}; a check-in is fine from ${from}.`,
      );
      const nudge = hold.offerNudge === null ? undefined : agenda.items.find((i) => i.id === hold.offerNudge);
      if (nudge)
        out.push(
          `    Except: ${nudge.title.charAt(0).toLowerCase()}${nudge.title.slice(1)} (above): news, not a check-in.`,
        );
      out.push(`    ${hold.reason}`);
    }
  }
  if (upcoming.length > 0) {
    out.push('', s.bold(`COMING UP THIS WEEK (${upcoming.length})`));
    for (const item of upcoming)
      out.push(
        `  - ${item.title}${item.company ? s.dim(` · ${item.company}`) : ''} ${s.dim(`(opens ${when(item.opensAt, agenda, true)})`)}`,
      );
  }
  const p = agenda.pipeline;
  out.push(
    '',
    s.bold('PIPELINE'),
    `  ${p.open} open · ${p.interviewing} interviewing · ${p.offers} offer${p.offers === 1 ? '' : 's'} · ${p.addedLast7Days} added in the last 7 days`,
  );
  return out.join('\n');
}

export function formatAgendaItems(agenda: AgendaJson, s: Style): string {
  if (agenda.items.length === 0) return 'No items.';
  return agenda.items
    .flatMap((item) => [`${s.bold(item.id)}  [${item.state}]`, ...itemLines(item, agenda, s, '-')])
    .join('\n');
}

export function formatList(list: OpportunitySummary[], s: Style): string {
  if (list.length === 0)
    return 'No opportunities yet. Add one with `afterview add "Company" --role "Role"`, or try `afterview demo`.';
  const rows = list.map((o) => [
    o.id,
    o.company,
    o.role ?? '',
    o.stage + (o.status !== 'open' ? ` (${o.status})` : ''),
    '*'.repeat(o.interest),
  ]);
  const widths = [0, 1, 2, 3].map((c) =>
    Math.max(...rows.map((r) => (r[c] ?? '').length), ['id', 'company', 'role', 'stage'][c]?.length ?? 0),
  );
  const line = (r: string[]) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c] ?? 0) : cell)).join('  ');
  return [s.bold(line(['id', 'company', 'role', 'stage', 'interest'])), ...rows.map(line)].join('\n');
}

/** `toLocal` turns an instant into the seeker's wall-clock ISO string (`2026-11-20T14:00:00-05:00`). */
export function formatStory(story: OpportunityStory, toLocal: (iso: string) => string, s: Style): string {
  const o = story.opportunity;
  const out = [
    `${s.bold(o.company)}${o.role ? ` · ${o.role}` : ''}  ${s.dim(`[${o.id}] ${story.stage}, interest ${o.interest}/5`)}`,
  ];
  if (o.url) out.push(s.dim(o.url));
  if ((o.contacts ?? []).length > 0)
    out.push(
      `Contacts: ${(o.contacts ?? []).map((c) => `${c.name}${c.email ? ` <${c.email}>` : ''} [${c.id}]`).join(', ')}`,
    );
  out.push('');
  for (const e of story.timeline) {
    const at = wall(toLocal(e.at));
    const stamp = `${MONTH_NAMES[at.date.month - 1]?.slice(0, 3)} ${at.date.day}, ${at.date.year} ${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
    const id = 'id' in e ? s.dim(` [${e.id}]`) : '';
    out.push(`  ${s.dim(stamp)}  ${e.text}${id}`);
    if (e.type === 'touch')
      for (const effect of e.effects) out.push(`  ${' '.repeat(stamp.length)}    ${s.dim(`-> ${effect}`)}`);
  }
  return out.join('\n');
}
