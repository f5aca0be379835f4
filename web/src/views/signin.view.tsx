/**
 * Signing in on a server shared by many seekers (accounts mode): with an
 * email and password, or with the one-time link `afterview user add`
 * printed (`/signin?token=...`), after which the person sets a password.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import { Field, Status } from '../components/common.js';
import { navigate } from '../router.js';

interface Account {
  email: string;
  name: string;
  role: 'seeker' | 'coach';
}

/** What went wrong, in the server's words (a 401 here is a wrong password, not a missing token). */
function failure(error: unknown): string {
  if (error instanceof ApiError) return error.hint ? `${error.message}; ${error.hint}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

export function SigninView() {
  const token = new URLSearchParams(window.location.search).get('token');
  const [account, setAccount] = useState<Account | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const spent = useRef(false);

  // A link signs in once: spend it on the first render only.
  useEffect(() => {
    if (!token || spent.current) return;
    spent.current = true;
    window.history.replaceState(null, '', '/signin');
    api<Account>('POST', '/session', { token })
      .then(setAccount)
      .catch((e: unknown) => setError(failure(e)));
  }, [token]);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signedIn = await api<Account>('POST', '/session', { email, password });
      // A coach lands on the seekers who granted access; a seeker on Today.
      navigate(signedIn.role === 'coach' ? '/seekers' : '/');
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }

  async function choosePassword(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('PUT', '/password', { password });
      setSaved(true);
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  }

  const note = error ? (
    <p className="error" role="alert">
      {error}
    </p>
  ) : null;

  if (account) {
    return (
      <section>
        <h1>Welcome, {account.name}</h1>
        {saved ? (
          <Status>
            Your password is set.{' '}
            {account.role === 'coach' ? <a href="/seekers">Go to your seekers</a> : <a href="/">Go to Today</a>}.
          </Status>
        ) : (
          <form onSubmit={choosePassword}>
            <p>You are signed in as {account.email}. Choose a password for next time.</p>
            <Field label="New password" type="password" value={password} onChange={setPassword} required />
            {note}
            <button type="submit" disabled={busy}>
              Set password
            </button>
          </form>
        )}
      </section>
    );
  }

  return (
    <section>
      <h1>Sign in</h1>
      {token && !error ? <Status>Signing you in…</Status> : null}
      <form onSubmit={signIn}>
        <Field label="Email" type="email" value={email} onChange={setEmail} required />
        <Field label="Password" type="password" value={password} onChange={setPassword} required />
        {note}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </section>
  );
}
