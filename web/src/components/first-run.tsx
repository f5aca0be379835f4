/**
 * The first run, shown on an empty home: two short steps on one page. First
 * who the seeker is (name, email, the signature that ends every draft,
 * prefilled from the name; the time zone from the browser; the country from
 * the browser's language), saved through the settings API; then a first
 * opportunity with the company and the role in separate fields, so a name
 * with a comma stays whole. The demo stays one click away throughout.
 * A seeker who already gave a name starts at the second step.
 */
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import { api, type ConfigEntry, type CreateOpportunityRequest } from '../api.js';
import { ErrorNote, Field, Select, Status, useLoad, useOneAtATime } from './common.js';
import { browserCountry, browserZone, CountryPicker, countryOptions, isZone, ZonePicker } from './pickers.js';

const INTEREST = [
  { value: '5', label: '5: my first choice' },
  { value: '4', label: '4: keen' },
  { value: '3', label: '3: a fair fit' },
  { value: '2', label: '2: a maybe' },
  { value: '1', label: '1: a fallback' },
] as const;
type Interest = (typeof INTEREST)[number]['value'];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first run: the seeker's details, then a first opportunity; `onDone` once it is added or the demo is loaded. */
export function FirstRun({ onDone }: { onDone: (company: string | null) => void }) {
  const { data, error } = useLoad(() => api<ConfigEntry[]>('GET', '/settings'), []);
  const [chosen, setStep] = useState<'you' | 'opportunity' | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const value = (key: string) => {
    const v = data?.find((e) => e.key === key)?.value;
    return v === null || v === undefined ? '' : String(v);
  };
  const step = chosen ?? (data ? (value('name') ? 'opportunity' : 'you') : null);
  useEffect(() => {
    if (step === 'opportunity' && moved.current) stepHeading.current?.focus();
  }, [step]);

  return (
    <div className="card welcome first-run">
      <h2>Welcome to afterview</h2>
      <p>
        afterview tells you what to send after an interview, to whom and when, and what to leave alone. Two short steps
        and it is yours.
      </p>
      <DemoButton onLoaded={() => onDone(null)} />
      <ErrorNote error={error && !data ? error : null} />
      {step === null ? (
        <Status>Loading your details…</Status>
      ) : step === 'you' ? (
        <AboutYou
          initial={{
            name: value('name'),
            email: value('email'),
            signature: value('signature'),
            timezone: value('timezone'),
            country: value('country'),
          }}
          onSaved={() => {
            moved.current = true;
            setStep('opportunity');
          }}
        />
      ) : (
        <FirstOpportunity heading={stepHeading} onAdded={(company) => onDone(company)} />
      )}
    </div>
  );
}

function DemoButton({ onLoaded }: { onLoaded: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const { pending, guard } = useOneAtATime();
  return (
    <div className="first-run-demo">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          guard(async () => {
            try {
              await api('POST', '/demo', {});
              onLoaded();
            } catch (e) {
              setError(e);
            }
          })
        }
      >
        Just look around with a demo
      </button>
      <span className="hint">A sample search with interviews, promises and offers; nothing of yours is needed.</span>
      <ErrorNote error={error} />
    </div>
  );
}

interface AboutYouValues {
  name: string;
  email: string;
  signature: string;
  timezone: string;
  country: string;
}

/** Step 1: who the seeker is. Checks what it can before writing anything, then saves each setting. */
function AboutYou({ initial, onSaved }: { initial: AboutYouValues; onSaved: () => void }) {
  const [name, setName] = useState(initial.name);
  const [email, setEmail] = useState(initial.email);
  // The signature follows the name until the seeker writes one of their own.
  const [signature, setSignature] = useState<string | null>(initial.signature || null);
  const [timezone, setTimezone] = useState(initial.timezone || browserZone());
  const [country, setCountry] = useState(() => {
    if (initial.country) return initial.country;
    const guess = browserCountry();
    return guess && countryOptions().some((o) => o.value === guess) ? guess : '';
  });
  const [error, setError] = useState<unknown>(null);
  const { pending, guard } = useOneAtATime();
  const shownSignature = signature ?? name;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void guard(async () => {
      const problem = !name.trim()
        ? 'Give your name: it ends your messages.'
        : email.trim() && !EMAIL.test(email.trim())
          ? `Your email should look like sam@example.com (got "${email.trim()}").`
          : !isZone(timezone)
            ? `Pick a time zone from the list, like Europe/Berlin (got "${timezone}").`
            : !country
              ? 'Choose your country: its public holidays are skipped when counting days.'
              : null;
      if (problem) {
        setError(new Error(problem));
        return;
      }
      try {
        // The ones the server may still refuse go first, so a refusal leaves the name unset and this step open.
        const put = (key: string, v: string) => api('PUT', `/settings/${key}`, { value: v.trim() || null });
        await put('timezone', timezone);
        await put('country', country);
        if (email.trim() || initial.email) await put('email', email);
        await put('signature', shownSignature);
        await put('name', name);
        setError(null);
        onSaved();
      } catch (err) {
        setError(err);
      }
    });
  };

  return (
    <form className="first-run-step" aria-labelledby="first-run-you" onSubmit={submit} noValidate>
      <h3 id="first-run-you">Step 1 of 2: about you</h3>
      <Field label="Your name" value={name} onChange={setName} required />
      <Field
        label="Your email"
        type="email"
        value={email}
        onChange={setEmail}
        hint="Optional: where replies reach you, used in your drafts."
      />
      <Field
        label="Signature"
        value={shownSignature}
        onChange={setSignature}
        multiline
        rows={2}
        hint="Ends every draft, after the closing line."
      />
      <ZonePicker value={timezone} onChange={setTimezone} />
      <CountryPicker value={country} onChange={setCountry} hint="Its public holidays are skipped when counting days." />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={pending}>
        Save and continue
      </button>
    </form>
  );
}

/** Step 2: a first opportunity, company and role apart. */
function FirstOpportunity(props: {
  heading: RefObject<HTMLHeadingElement | null>;
  onAdded: (company: string) => void;
}) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [interest, setInterest] = useState<Interest>('3');
  const [error, setError] = useState<unknown>(null);
  const { pending, guard } = useOneAtATime();
  return (
    <form
      className="first-run-step"
      aria-labelledby="first-run-opportunity"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void guard(async () => {
          if (!company.trim()) {
            setError(new Error('Give the company you applied to, e.g. Smith, Jones & Co.'));
            return;
          }
          try {
            await api('POST', '/opportunities', {
              company: company.trim(),
              role: role.trim() || null,
              interest: Number(interest),
            } satisfies CreateOpportunityRequest);
            setError(null);
            toast.success(`Added ${company.trim()}. Log its interviews from its page as they come.`);
            props.onAdded(company.trim());
          } catch (err) {
            setError(err);
          }
        });
      }}
    >
      <h3 id="first-run-opportunity" ref={props.heading} tabIndex={-1}>
        Step 2 of 2: your first opportunity
      </h3>
      <p className="muted">A company you applied to or are talking with. You can add the rest on the Pipeline.</p>
      <Field label="Company" value={company} onChange={setCompany} required />
      <Field label="Role" value={role} onChange={setRole} hint="Optional, e.g. Analyst" />
      <Select label="How much you want it" value={interest} options={INTEREST} onChange={setInterest} />
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={pending}>
        Add it
      </button>
    </form>
  );
}
