/**
 * The drafts module: words an agenda item the engine has decided on. Every
 * kind gets a short title and a reason naming the advice it serves; drafted
 * kinds (DRAFTED_ITEM_KINDS) get a message, the others guidance.
 *
 * A seeker's template for the kind (ctx.template) replaces our message (or,
 * for a guidance kind, our guidance text); see ./template.ts for the
 * placeholders. Pure and deterministic: the same context gives the same words.
 */
import { DRAFTED_ITEM_KINDS } from '../model.js';
import type { DraftContext, Wording } from './draft.types.js';
import { guidanceFor, titleFor, whyFor } from './item.wording.js';
import { type DraftedKind, draftFor } from './message.wording.js';
import { fillPlaceholders, placeholderValues, renderTemplate } from './template.js';

export { renderTemplate, TEMPLATE_PLACEHOLDERS, type TemplatePlaceholder, unknownPlaceholders } from './template.js';
export { toneFactsFor } from './tone-facts.js';

function isDrafted(kind: DraftContext['kind']): kind is DraftedKind {
  return DRAFTED_ITEM_KINDS.has(kind);
}

/**
 * Words one item: title, why, and a draft (drafted kinds) or guidance (the
 * others). Never throws; a missing fact gives a neutral phrase (no contact:
 * "Hello,"; no contact email: `to` null; no opportunity: "the company").
 */
export function wordItem(ctx: DraftContext): Wording {
  const title = titleFor(ctx);
  const why = whyFor(ctx);
  if (isDrafted(ctx.kind)) {
    const draft = ctx.template ? renderTemplate(ctx.template, ctx) : draftFor(ctx.kind, ctx);
    return { title, why, draft, guidance: null };
  }
  const guidance = ctx.template ? fillPlaceholders(ctx.template.body, placeholderValues(ctx)).trim() : guidanceFor(ctx);
  return { title, why, draft: null, guidance };
}
