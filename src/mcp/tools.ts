/**
 * The MCP tools, generated from the command registry (src/app/registry): a
 * tool is a registry command of the same name, its input the command's zod
 * schema as JSON Schema, its result the command's JSON (what `--json`
 * prints) as structured content plus the same JSON as text. Bad input and
 * every app error come back as a tool result with `isError` and the line
 * the CLI would print, in the agent's words (field names, tool names);
 * nothing an agent sends ends the session.
 *
 * Only commands a seeker may call from anywhere (`access: 'seeker'`) are
 * tools, and of those only the ones CONTRACT.md names: there is no tool that
 * sends mail.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { type CommandDefinition, invoke } from '../app/registry/command.js';
import { commandByName } from '../app/registry/index.js';
import { errorLine, type FrontEndHints } from '../records/error-line.js';
import { AppError } from '../records/errors.js';

/** The tools, by name, in the order a client lists them (CONTRACT.md "Agents: MCP"). */
export const TOOL_NAMES = [
  'get_agenda',
  'list_opportunities',
  'show_opportunity',
  'add_opportunity',
  'log_interview',
  'log_sent',
  'log_heard',
  'log_offer',
  'snooze_item',
  'dismiss_item',
  'draft_item',
  'check_tone',
] as const;

/** What every tool description ends with: the one thing an agent can never do here. */
export const NO_SENDING =
  'No tool sends mail: an agent drafts and records, the seeker reads and sends (afterview send or the web app).';

/** What a tool adds to its command's summary, where the summary alone could mislead an agent. */
const NOTES: Partial<Record<(typeof TOOL_NAMES)[number], string>> = {
  get_agenda: 'Item ids here are what snooze_item, dismiss_item and draft_item take.',
  log_sent: 'Records a message the seeker already sent; it sends nothing.',
  draft_item: 'Returns the text for the seeker to send; it sends nothing.',
  check_tone: 'Give an opportunity to also check names and claims against its facts.',
};

/** Hints that name the tools and their fields, by code; a code not listed keeps the app's hint. */
export const MCP_HINTS: FrontEndHints = {
  duplicate_touch: () => 'pass again: true to log it anyway',
  opportunity_exists: () => 'pass again: true to add another one',
  opportunity_not_found: (d) => {
    if (!d?.allowed) return 'see them with list_opportunities';
    if (d.allowed.length === 0) return 'add one first with add_opportunity';
    return `use an id or a company name (see list_opportunities): ${d.allowed.join(', ')}${d.more ? ', ...' : ''}`;
  },
  interview_not_found: () => 'see its interviews with show_opportunity, or log one with log_interview',
  offer_not_found: () => 'log one first with log_offer',
  item_not_found: () =>
    'see the open item ids with get_agenda {"all": true} (snoozed and dismissed items are not listed)',
};

/** One tool: its command and how a client sees it. */
export interface ToolEntry {
  command: CommandDefinition;
  tool: Tool;
}

/**
 * The tools from the registry. Throws when a named command is missing or is
 * not a seeker's command: a wiring mistake a test catches, never an agent.
 */
export function buildTools(): ToolEntry[] {
  return TOOL_NAMES.map((name) => {
    const command = commandByName(name);
    if (!command) throw new Error(`the registry has no command "${name}" for the MCP tool of that name`);
    if (command.access !== 'seeker') throw new Error(`"${name}" is not a seeker's command; it cannot be a tool`);
    const note = NOTES[name];
    const description = `${capitalize(command.summary)}.${note ? ` ${note}` : ''} ${NO_SENDING}`;
    const tool: Tool = {
      name,
      title: capitalize(name.replace(/_/g, ' ')),
      description,
      inputSchema: inputSchemaOf(command.input),
      annotations: {
        readOnlyHint: !command.writes,
        destructiveHint: name === 'dismiss_item',
        idempotentHint: !command.writes,
        openWorldHint: false,
      },
    };
    return { command, tool };
  });
}

/** A command's input as JSON Schema, the input side (what a client sends). */
export function inputSchemaOf(schema: z.ZodType): Tool['inputSchema'] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema: _dialect, ...rest } = json;
  return { ...rest, type: 'object' } as Tool['inputSchema'];
}

/**
 * Runs the tool `name` on `args` for the seeker of `ctx`. Never throws for
 * anything an agent sends: unknown tools, bad input and app errors are
 * `isError` results. A bug is one too, saying so, and goes to `logError`.
 */
export async function callTool(
  tools: readonly ToolEntry[],
  ctx: AppContext,
  name: string,
  args: unknown,
  logError: (error: unknown) => void,
): Promise<CallToolResult> {
  const entry = tools.find((t) => t.tool.name === name);
  if (!entry) return toolError(`no tool "${name}"; the tools are ${TOOL_NAMES.join(', ')}`);
  try {
    return toolResult(
      await invoke(entry.command, ctx, args ?? {}),
      name === 'list_opportunities' ? 'opportunities' : 'result',
    );
  } catch (error) {
    if (error instanceof AppError && error.code !== 'internal')
      return toolError(errorLine(error, { hints: MCP_HINTS }));
    logError(error);
    return toolError('something went wrong in afterview, a bug; it has been logged');
  }
}

/**
 * A command's JSON as a tool result: as structured content, where a list
 * goes under `key` (structured content is an object), and as text.
 */
export function toolResult(value: unknown, key = 'result'): CallToolResult {
  const structured = isPlainObject(value) ? value : { [key]: value };
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: structured };
}

/** A failed call as a tool result: one line, `isError`. */
function toolError(line: string): CallToolResult {
  return { content: [{ type: 'text', text: line }], isError: true };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
