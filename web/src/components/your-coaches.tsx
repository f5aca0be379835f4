/**
 * Settings, "Your coaches" (a server shared by many seekers, signed in as a
 * seeker): give a coach read access by their email, see who has it, and take
 * it back. Each result is a toast; taking access back asks first. Shows
 * nothing on a local server (no accounts) or for a coach's account.
 */
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { ApiError, api } from '../api.js';
import { ErrorNote, errorText, Field, useLoad, useOneAtATime } from './common.js';

interface Account {
  email: string;
  name: string;
  role: 'seeker' | 'coach';
}

interface Coach {
  email: string;
  name: string;
}

/** The signed-in account, or null on a server without accounts (its `/api/session` does not exist). */
async function signedInAccount(): Promise<Account | null> {
  try {
    return await api<Account>('GET', '/session');
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 401)) return null;
    throw e;
  }
}

export function YourCoaches() {
  const account = useLoad(signedInAccount, []);
  if (account.data?.role !== 'seeker') return null;
  return <CoachesSection />;
}

function CoachesSection() {
  const { data, error, reload } = useLoad(() => api<Coach[]>('GET', '/coaches'), []);
  const [email, setEmail] = useState('');
  const { pending, guard } = useOneAtATime();

  const grant = (event: FormEvent) => {
    event.preventDefault();
    void guard(async () => {
      try {
        const coach = await api<Coach>('POST', '/coaches', { email: email.trim() });
        toast.success(`${coach.name || coach.email} can now read your agenda and opportunities.`);
        setEmail('');
        reload();
      } catch (e) {
        toast.error(`Could not give access: ${errorText(e)}`);
      }
    });
  };

  const revoke = (coach: Coach) =>
    guard(async () => {
      if (!window.confirm(`Take back ${coach.email}'s access? They stop seeing your search at once.`)) return;
      try {
        await api('DELETE', `/coaches/${encodeURIComponent(coach.email)}`);
        toast.success(`${coach.email} no longer has access.`);
        reload();
      } catch (e) {
        toast.error(`Could not take access back: ${errorText(e)}`);
      }
    });

  return (
    <section aria-labelledby="coaches-title">
      <h2 id="coaches-title">Your coaches</h2>
      <div className="card">
        <p className="muted">
          A coach you add here can read your agenda and your opportunities. They cannot change anything, send mail or
          see your mail accounts.
        </p>
        <ErrorNote error={error} />
        {data === null ? null : data.length === 0 ? (
          <p className="empty">No coach has access.</p>
        ) : (
          <ul className="rows" aria-label="Coaches with access">
            {data.map((c) => (
              <li key={c.email} className="today-row">
                <span className="row-open static">
                  <span className="row-title">{c.name || c.email}</span>
                  <span className="row-meta">{c.email}</span>
                </span>
                <span className="row-actions always">
                  <button type="button" disabled={pending} onClick={() => void revoke(c)}>
                    Revoke<span className="visually-hidden"> {c.email}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <form className="inline-form" onSubmit={grant}>
          <Field label="Coach's email" type="email" value={email} onChange={setEmail} required />
          <button type="submit" className="primary" disabled={pending}>
            Give access
          </button>
        </form>
      </div>
    </section>
  );
}
