/**
 * The mail tables (0002-mail, 0005): messages read, by Message-ID, the IMAP
 * sync position, and the meetings invitations created interviews for. Rows
 * map to `MailMessageRecord` here and nowhere else.
 */
import type { Kysely } from 'kysely';
import { insertRows } from './bulk-insert.js';
import type { MailMessageRecord, MailStatus } from './store.types.js';

export interface MailMessageRow {
  seeker_id: string;
  message_id: string;
  seq: number;
  source: string;
  subject: string;
  sender: string | null;
  sent_at: string | null;
  status: string;
  opportunity_id: string | null;
  direction: string | null;
  reading: string | null;
  touch_id: string | null;
  note: string | null;
}

export interface ImapStateRow {
  seeker_id: string;
  folder: string;
  uid_validity: number | string;
  last_uid: number | string;
}

export interface CalendarEventRow {
  seeker_id: string;
  uid: string;
  opportunity_id: string;
  interview_id: string;
}

export interface MailTables {
  mail_messages: MailMessageRow;
  imap_state: ImapStateRow;
  calendar_events: CalendarEventRow;
}

type Db = Kysely<MailTables>;

export async function knownMail(db: Db, seekerId: string): Promise<Map<string, string | null>> {
  const rows: { message_id: string; opportunity_id: string | null }[] = await db
    .selectFrom('mail_messages')
    .select(['message_id', 'opportunity_id'])
    .where('seeker_id', '=', seekerId)
    .execute();
  return new Map(rows.map((r) => [r.message_id, r.opportunity_id]));
}

export async function putMailMessage(db: Db, seekerId: string, m: MailMessageRecord): Promise<void> {
  const existing: { seq: number | string } | undefined = await db
    .selectFrom('mail_messages')
    .select('seq')
    .where('seeker_id', '=', seekerId)
    .where('message_id', '=', m.messageId)
    .executeTakeFirst();
  const row = rowFromMessage(m);
  if (existing) {
    await db
      .updateTable('mail_messages')
      .set(row)
      .where('seeker_id', '=', seekerId)
      .where('message_id', '=', m.messageId)
      .execute();
    return;
  }
  const max: { seq: number | string | null } | undefined = await db
    .selectFrom('mail_messages')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('seeker_id', '=', seekerId)
    .executeTakeFirst();
  await db
    .insertInto('mail_messages')
    .values({ seeker_id: seekerId, message_id: m.messageId, seq: Number(max?.seq ?? 0) + 1, ...row })
    .execute();
}

/** Columns a later reading of the same Message-ID replaces; the sequence number stays. */
const MESSAGE_UPDATE_COLUMNS = [
  'source',
  'subject',
  'sender',
  'sent_at',
  'status',
  'opportunity_id',
  'direction',
  'reading',
  'touch_id',
  'note',
] as const;

/**
 * Records many messages with one read of the sequence and multi-row
 * inserts (a Message-ID already there is replaced and keeps its place).
 * Used by imports, where a statement per message would cost more than
 * reading it.
 */
export async function appendMailMessages(
  db: Db,
  seekerId: string,
  messages: readonly MailMessageRecord[],
  dialect: string,
): Promise<void> {
  if (messages.length === 0) return;
  const max: { seq: number | string | null } | undefined = await db
    .selectFrom('mail_messages')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('seeker_id', '=', seekerId)
    .executeTakeFirst();
  let seq = Number(max?.seq ?? 0);
  const rows: MailMessageRow[] = messages.map((m) => ({
    seeker_id: seekerId,
    message_id: m.messageId,
    seq: ++seq,
    ...rowFromMessage(m),
  }));
  await insertRows(db, `${dialect}:mail_messages:upsert`, rows, (chunk) =>
    db
      .insertInto('mail_messages')
      .values(chunk)
      .onConflict((oc) =>
        oc
          .columns(['seeker_id', 'message_id'])
          .doUpdateSet((eb) => Object.fromEntries(MESSAGE_UPDATE_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]))),
      ),
  );
}

function rowFromMessage(m: MailMessageRecord): Omit<MailMessageRow, 'seeker_id' | 'message_id' | 'seq'> {
  return {
    source: m.source,
    subject: m.subject,
    sender: m.sender,
    sent_at: m.sentAt,
    status: m.status,
    opportunity_id: m.opportunityId,
    direction: m.direction,
    reading: m.reading ? JSON.stringify(m.reading) : null,
    touch_id: m.touchId,
    note: m.note,
  };
}

export async function mailMessagesById(
  db: Db,
  seekerId: string,
  messageIds: readonly string[],
): Promise<MailMessageRecord[]> {
  const out: MailMessageRecord[] = [];
  // Through the primary key (seeker_id, message_id), a few hundred ids per statement.
  for (let i = 0; i < messageIds.length; i += 500) {
    const rows: MailMessageRow[] = await db
      .selectFrom('mail_messages')
      .selectAll()
      .where('seeker_id', '=', seekerId)
      .where('message_id', 'in', messageIds.slice(i, i + 500))
      .orderBy('seq')
      .execute();
    out.push(...rows.map(recordFromRow));
  }
  return out;
}

export async function listMailMessages(
  db: Db,
  seekerId: string,
  statuses: readonly MailStatus[],
): Promise<MailMessageRecord[]> {
  if (statuses.length === 0) return [];
  const rows: MailMessageRow[] = await db
    .selectFrom('mail_messages')
    .selectAll()
    .where('seeker_id', '=', seekerId)
    .where('status', 'in', [...statuses])
    .orderBy('seq')
    .execute();
  return rows.map(recordFromRow);
}

export async function getImapState(
  db: Db,
  seekerId: string,
): Promise<Record<string, { uidValidity: number; lastUid: number }>> {
  const rows: ImapStateRow[] = await db
    .selectFrom('imap_state')
    .selectAll()
    .where('seeker_id', '=', seekerId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [r.folder, { uidValidity: Number(r.uid_validity), lastUid: Number(r.last_uid) }]),
  );
}

export async function putImapState(
  db: Db,
  seekerId: string,
  folder: string,
  state: { uidValidity: number; lastUid: number },
): Promise<void> {
  const updated = await db
    .updateTable('imap_state')
    .set({ uid_validity: state.uidValidity, last_uid: state.lastUid })
    .where('seeker_id', '=', seekerId)
    .where('folder', '=', folder)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db
      .insertInto('imap_state')
      .values({ seeker_id: seekerId, folder, uid_validity: state.uidValidity, last_uid: state.lastUid })
      .execute();
  }
}

/** The meetings invitations created (0005), by UID. */
export async function calendarEvents(
  db: Db,
  seekerId: string,
): Promise<Map<string, { opportunityId: string; interviewId: string }>> {
  const rows: CalendarEventRow[] = await db
    .selectFrom('calendar_events')
    .selectAll()
    .where('seeker_id', '=', seekerId)
    .execute();
  return new Map(rows.map((r) => [r.uid, { opportunityId: r.opportunity_id, interviewId: r.interview_id }]));
}

export async function putCalendarEvent(
  db: Db,
  seekerId: string,
  uid: string,
  event: { opportunityId: string; interviewId: string },
): Promise<void> {
  await db
    .insertInto('calendar_events')
    .values({ seeker_id: seekerId, uid, opportunity_id: event.opportunityId, interview_id: event.interviewId })
    .onConflict((oc) =>
      oc
        .columns(['seeker_id', 'uid'])
        .doUpdateSet({ opportunity_id: event.opportunityId, interview_id: event.interviewId }),
    )
    .execute();
}

function recordFromRow(r: MailMessageRow): MailMessageRecord {
  return {
    messageId: r.message_id,
    source: r.source,
    subject: r.subject,
    sender: r.sender,
    sentAt: r.sent_at,
    status: r.status as MailStatus,
    opportunityId: r.opportunity_id,
    direction: (r.direction as 'in' | 'out' | null) ?? null,
    reading: r.reading ? JSON.parse(r.reading) : null,
    touchId: r.touch_id,
    note: r.note,
  };
}
