/**
 * Small shared pieces: an error note, a date field that reads words back as
 * a date through /api/when, dates for people, and a loader hook.
 */
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError, api, type WhenReading } from '../api.js';

export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.line : error instanceof Error ? error.message : String(error);
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {errorText(error)}
    </p>
  );
}

export function Status({ children }: { children: ReactNode }) {
  return (
    <p className="status" role="status">
      {children}
    </p>
  );
}

/** Loads on mount and on `reload()`; keeps the last data while reloading. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the load depends on
  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (live) {
          setData(value);
          setError(null);
        }
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, reload };
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-12-04` as "Fri, Dec 4, 2026" (a calendar date: no zone shift). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return DATE_FORMAT.format(new Date(Date.UTC(y, m - 1, d)));
}

/** `2026-11-25T15:00:00-05:00` as "Wed, Nov 25, 2026, 3:00 PM" in the time written (the seeker's zone). */
export function formatDateTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return iso;
  const hour = Number(match[2]);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${formatDate(match[1] ?? '')}, ${h12}:${match[3]} ${hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * A date typed as ISO or words ("next friday", "yesterday 3pm"), read back
 * by the server in the seeker's zone and shown under the field before it is
 * saved. `onRead` gets the ISO value (or null while unread or invalid).
 */
export function DateField(props: {
  label: string;
  kind: 'date' | 'instant';
  value: string;
  onChange: (text: string) => void;
  onRead: (iso: string | null) => void;
  required?: boolean;
  placeholder?: string;
  name?: string;
}) {
  const id = useId();
  const [reading, setReading] = useState<WhenReading | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const onRead = useRef(props.onRead);
  onRead.current = props.onRead;
  useEffect(() => {
    const text = props.value.trim();
    setProblem(null);
    if (text === '') {
      setReading(null);
      onRead.current(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api<WhenReading>('GET', `/when?text=${encodeURIComponent(text)}&kind=${props.kind}`).then(
        (r) => {
          if (!live) return;
          setReading(r);
          onRead.current(r.kind === 'date' ? r.date : r.at);
        },
        (e: unknown) => {
          if (!live) return;
          setReading(null);
          setProblem(errorText(e));
          onRead.current(null);
        },
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [props.value, props.kind]);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        value={props.value}
        required={props.required}
        placeholder={props.placeholder ?? (props.kind === 'date' ? 'next Friday, Dec 4' : 'yesterday 3pm')}
        aria-describedby={`${id}-read`}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete="off"
      />
      <span id={`${id}-read`} className={problem ? 'readback bad' : 'readback'} aria-live="polite">
        {problem
          ? problem
          : reading
            ? `Reads as ${props.kind === 'date' ? formatDate(reading.date) : formatDateTime(reading.kind === 'instant' ? reading.at : '')}`
            : ''}
      </span>
    </div>
  );
}

export function Field(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  type?: string;
  required?: boolean;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  /** What was wrong with the value: shown under the field and announced with it. */
  error?: string | null | undefined;
  autoComplete?: string;
}) {
  const id = useId();
  const described =
    [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          id={id}
          rows={props.rows ?? 4}
          value={props.value}
          required={props.required}
          placeholder={props.placeholder}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type={props.type ?? 'text'}
          value={props.value}
          required={props.required}
          placeholder={props.placeholder}
          autoComplete={props.autoComplete}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.hint ? (
        <span id={`${id}-hint`} className="hint">
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span id={`${id}-error`} className="error field-error">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

export function Select<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[] | readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((o) => {
          const { value, label } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={value} value={value}>
              {label}
            </option>
          );
        })}
      </select>
    </div>
  );
}

/**
 * One action at a time: `guard(fn)` runs `fn` unless the last one is still
 * running (a double click, Enter held down), and `pending` says so, for
 * `disabled` on the buttons. The ref makes the second click of a double
 * click see the first before React has re-rendered.
 */
export function useOneAtATime(): { pending: boolean; guard: (fn: () => Promise<void>) => Promise<void> } {
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const guard = async (fn: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setPending(true);
    try {
      await fn();
    } finally {
      running.current = false;
      setPending(false);
    }
  };
  return { pending, guard };
}
