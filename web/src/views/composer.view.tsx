/**
 * The Composer page: an item's draft (`?item=`) or a blank page in the
 * composer (components/composer.tsx), with send and mark-as-sent for an
 * item's draft.
 */
import { useEffect, useState } from 'react';
import { markSent } from '../actions.js';
import { type AgendaItemJson, api, type DraftResult, itemPath } from '../api.js';
import { ErrorNote, Status, useOneAtATime } from '../components/common.js';
import { Composer } from '../components/composer.js';
import { SendButton } from '../components/send.js';
import { useLocation } from '../router.js';

export function ComposerView() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const itemId = params.get('item');
  const [item, setItem] = useState<AgendaItemJson | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { pending, guard } = useOneAtATime();

  useEffect(() => {
    if (!itemId) return;
    api<DraftResult>('GET', `${itemPath(itemId)}/draft`).then((r) => setItem(r.item), setError);
  }, [itemId]);

  const forOpp = item?.opportunityId ?? params.get('for');
  return (
    <section aria-labelledby="composer-title">
      <h1 id="composer-title">Composer</h1>
      <p className="muted">
        {item
          ? `${item.title}.`
          : 'Write any follow-up here; the tone check reads it as you type. Open a draft from Today to start from it.'}
      </p>
      {notice ? <Status>{notice}</Status> : null}
      <ErrorNote error={error} />
      {itemId && !item ? null : (
        <Composer
          key={item?.id ?? 'blank'}
          initial={{ to: item?.draft?.to ?? '', subject: item?.draft?.subject ?? '', body: item?.draft?.body ?? '' }}
          item={item}
          forOpp={forOpp}
          actions={(m) => (
            <>
              {item?.opportunityId && item.draft ? (
                <SendButton
                  itemId={item.id}
                  message={() => ({
                    subject: m.subject,
                    body: m.body,
                    to: m.to && m.to !== item.draft?.to ? m.to : null,
                  })}
                  onSent={setNotice}
                />
              ) : null}
              {item?.opportunityId ? (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() =>
                    guard(async () => {
                      try {
                        setNotice((await markSent(item, m)).text);
                      } catch (e) {
                        setError(e);
                      }
                    })
                  }
                >
                  Mark as sent
                </button>
              ) : null}
            </>
          )}
        />
      )}
    </section>
  );
}
