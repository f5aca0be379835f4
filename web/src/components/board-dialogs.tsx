/**
 * The board's move dialogs: what a move needs before the server can make it
 * true (an interview's time, an offer and its deadline, how it ended). Each
 * does its one request and hands back the sentence to show and, where the
 * move can be taken back, the request that takes it back. Nothing is moved
 * until the server has said yes.
 */
import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useState } from 'react';
import { api, type InterviewAnswer, type OfferAnswer, type OpportunitySummary, oppPath } from '../api.js';
import { closeReasons } from './board-model.js';
import { DateField, ErrorNote, formatDate, formatDateTime, useOneAtATime } from './common.js';

/** What a move did: the sentence, and how to take it back when it can be. */
export interface MoveDone {
  text: string;
  undo: (() => Promise<string>) | null;
}

export type MoveDialogKind = 'interview-ahead' | 'interview-past' | 'offer' | 'close';

const TITLE: Record<MoveDialogKind, (company: string) => string> = {
  'interview-ahead': (c) => `Log ${c}'s next interview`,
  'interview-past': (c) => `Log ${c}'s interview`,
  offer: (c) => `Log ${c}'s offer`,
  close: (c) => `Close ${c}`,
};

const DESCRIPTION: Record<MoveDialogKind, string> = {
  'interview-ahead': 'The card moves to Interview ahead once the interview is logged.',
  'interview-past': 'The card moves to Waiting to hear once the interview it had is logged.',
  offer: 'The card moves to Offer once the offer is logged.',
  close: 'The card moves to Closed once you say how it ended.',
};

/** Closes an opportunity as `status` (an offer's outcome through the offer's own command). */
async function closeAs(opp: OpportunitySummary, status: string): Promise<MoveDone> {
  const path = oppPath(opp.id);
  if (status === 'accepted' || status === 'declined') {
    await api('POST', `${path}/offers/${status === 'accepted' ? 'accept' : 'decline'}`);
    return { text: `${opp.company}: you ${status} their offer; it is closed.`, undo: null };
  }
  await api('POST', `${path}/close`, { as: status });
  const reason =
    closeReasons('applied')
      .find((r) => r.value === status)
      ?.label.toLowerCase() ?? status;
  return {
    text: `Closed ${opp.company}: ${reason}.`,
    undo: async () => {
      await api('POST', `${path}/reopen`);
      return `${opp.company} is open again.`;
    },
  };
}

/** Reopens a closed card; undo closes it again as it was. */
export async function reopen(opp: OpportunitySummary): Promise<MoveDone> {
  const path = oppPath(opp.id);
  await api('POST', `${path}/reopen`);
  return {
    text: `${opp.company} is open again.`,
    undo: async () => {
      await api('POST', `${path}/close`, { as: opp.status });
      return `${opp.company} is closed again.`;
    },
  };
}

/**
 * The dialog a move opens. `nowMs` is the server's now (Today's `asOf`), to
 * say before sending that a time would put the card elsewhere.
 */
export function MoveDialog(props: {
  opp: OpportunitySummary;
  kind: MoveDialogKind;
  nowMs: number | null;
  onCancel: () => void;
  onDone: (done: MoveDone) => void;
}) {
  const { opp, kind } = props;
  const { pending, guard } = useOneAtATime();
  const [error, setError] = useState<unknown>(null);
  const [when, setWhen] = useState('');
  const [whenIso, setWhenIso] = useState<string | null>(null);
  const [offer, setOffer] = useState<'received' | 'expected'>('received');
  const reasons = closeReasons(opp.stage);
  const [reason, setReason] = useState(reasons.find((r) => r.value === 'rejected')?.value ?? 'rejected');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void guard(async () => {
      setError(null);
      try {
        props.onDone(await send());
      } catch (err) {
        setError(err);
      }
    });
  };

  const send = async (): Promise<MoveDone> => {
    const path = oppPath(opp.id);
    if (kind === 'close') return closeAs(opp, reason);
    if (kind === 'offer') {
      const r = await api<OfferAnswer>('POST', `${path}/offers`, {
        expected: offer === 'expected',
        ...(when.trim() ? { deadline: when.trim() } : {}),
      });
      const by = r.deadline ? `, answer by ${formatDate(r.deadline)}` : '';
      return {
        text: `${opp.company}: ${offer === 'expected' ? 'an offer is expected' : 'offer logged'}${by}.`,
        undo: async () => {
          await api('DELETE', `${path}/offers/${encodeURIComponent(r.id)}`);
          return `${opp.company}: the offer is no longer logged.`;
        },
      };
    }
    if (!whenIso)
      throw new Error('Type when the interview is, for example "Tuesday 10am", and wait for it to be read.');
    const ahead = props.nowMs === null ? null : Date.parse(whenIso) > props.nowMs;
    if (kind === 'interview-ahead' && ahead === false)
      throw new Error(
        'That time is past: give a time ahead, or move the card to Waiting to hear for an interview held.',
      );
    if (kind === 'interview-past' && ahead === true)
      throw new Error('That time is ahead: give when it took place, or move the card to Interview ahead.');
    const r = await api<InterviewAnswer>('POST', `${path}/interviews`, { at: whenIso });
    return {
      text: `${opp.company}: interview ${kind === 'interview-ahead' ? 'on' : 'of'} ${formatDateTime(r.at)} logged.`,
      undo: async () => {
        await api('DELETE', `${path}/interviews/${encodeURIComponent(r.id)}`);
        return `${opp.company}: the interview is no longer logged.`;
      },
    };
  };

  return (
    <Dialog.Root open onOpenChange={(open) => (open ? null : props.onCancel())}>
      <Dialog.Portal>
        <Dialog.Overlay className="overlay" />
        <Dialog.Content className="dialog small-dialog board-dialog">
          <Dialog.Title>{TITLE[kind](opp.company)}</Dialog.Title>
          <Dialog.Description className="muted">{DESCRIPTION[kind]}</Dialog.Description>
          <form onSubmit={submit}>
            {kind === 'close' ? (
              <fieldset>
                <legend>How did it end?</legend>
                {reasons.map((r) => (
                  <label key={r.value} className="radio board-choice">
                    <input
                      type="radio"
                      name="outcome"
                      value={r.value}
                      checked={reason === r.value}
                      onChange={() => setReason(r.value)}
                    />
                    {r.label}
                  </label>
                ))}
              </fieldset>
            ) : null}
            {kind === 'offer' ? (
              <>
                <fieldset>
                  <legend>The offer</legend>
                  <label className="radio board-choice">
                    <input
                      type="radio"
                      name="offer"
                      checked={offer === 'received'}
                      onChange={() => setOffer('received')}
                    />
                    It is here
                  </label>
                  <label className="radio board-choice">
                    <input
                      type="radio"
                      name="offer"
                      checked={offer === 'expected'}
                      onChange={() => setOffer('expected')}
                    />
                    They said one is coming
                  </label>
                </fieldset>
                <DateField
                  label="Answer needed by (if they said)"
                  kind="date"
                  value={when}
                  onChange={setWhen}
                  onRead={() => undefined}
                  placeholder="next Friday, Dec 11"
                />
              </>
            ) : null}
            {kind === 'interview-ahead' || kind === 'interview-past' ? (
              <DateField
                label={kind === 'interview-ahead' ? 'When does it start?' : 'When was it?'}
                kind="instant"
                value={when}
                onChange={setWhen}
                onRead={setWhenIso}
                required
                placeholder={kind === 'interview-ahead' ? 'Tuesday 10am' : 'yesterday 2pm'}
              />
            ) : null}
            <ErrorNote error={error} />
            <div className="actions">
              <button type="submit" className="primary" disabled={pending}>
                {kind === 'close' ? 'Close it' : 'Log it and move'}
              </button>
              <Dialog.Close asChild>
                <button type="button">Cancel</button>
              </Dialog.Close>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
