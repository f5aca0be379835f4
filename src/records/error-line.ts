/**
 * The one line an error shows a person or an agent, built the same way by
 * every front end that speaks in lines (the CLI, the MCP server): the app's
 * neutral message, with the front end's own name for the input it is about
 * in place of the app's (`--interest` on the CLI), then the front end's hint
 * for the code, or else the app's own. Control characters are escaped so the
 * line stays one line whatever text was typed into it.
 */
import { type AppError, type DetailsFor, detailsOf, type ErrorCode } from './errors.js';

/** A front end's hint for an error of code `C`, or null to keep the app's own. */
export type FrontEndHint<C extends ErrorCode> = (details: DetailsFor<C> | undefined) => string | null;

/** A front end's hints, by code; a code not listed keeps the app's hint. */
export type FrontEndHints = { [C in ErrorCode]?: FrontEndHint<C> };

/** How a front end speaks of inputs and what it suggests. */
export interface LineWords {
  /** The front end's name for an input the app calls `field`, or null to keep the app's. */
  nameOf?: (field: string) => string | null;
  hints?: FrontEndHints;
}

/** The error's one line in a front end's words (see the module comment). */
export function errorLine(error: AppError, words: LineWords = {}): string {
  const field = error.field;
  const name = field && error.message.startsWith(field) ? (words.nameOf?.(field) ?? null) : null;
  const message = name && field ? `${name}${error.message.slice(field.length)}` : error.message;
  const frontEndHint = words.hints?.[error.code] as FrontEndHint<ErrorCode> | undefined;
  const hint = frontEndHint?.(detailsOf(error)) ?? error.hint;
  return oneLine(hint ? `${message}; ${hint}` : message);
}

/** Line breaks, tabs and other control characters written as escapes (`\n`, `\u001b`), so a message stays one line. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is replaced
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
