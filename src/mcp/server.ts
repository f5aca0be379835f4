/**
 * The MCP server of afterview: the registry's tools (tools.ts), the agenda
 * and each opportunity's story as resources, and a prompt that plans the
 * week's follow-ups from them. It knows no transport: `afterview mcp` runs
 * it over standard input and output (stdio.ts), `afterview serve` per
 * request at `/mcp` (http.ts). Every request takes its context from
 * `contextOf`, so "now" moves with a long session and a server scopes each
 * request to its seeker.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { AppContext } from '../app/context.js';
import { invoke } from '../app/registry/command.js';
import { COMMANDS } from '../app/registry/index.js';
import { buildTools, callTool, NO_SENDING } from './tools.js';

/** The agenda resource: every open item, upcoming included, as `get_agenda {"all": true}`. */
export const AGENDA_URI = 'afterview://agenda';
/** An opportunity's story, as `show_opportunity`. */
export const OPPORTUNITY_URI_TEMPLATE = 'afterview://opportunity/{id}';
/** The prompt that plans the week's follow-ups. */
export const PLAN_PROMPT = 'plan_follow_ups';

const VERSION = '0.1.0';

/** What an MCP server needs from the front end that runs it. */
export interface McpDeps {
  /** The context of the request being answered: its seeker, and "now" as of now. */
  contextOf: () => Promise<AppContext> | AppContext;
  /** Where bugs are reported (default: standard error, never standard output). */
  logError?: (error: unknown) => void;
}

const INSTRUCTIONS = [
  'afterview coaches a job seeker through the weeks after an interview.',
  'Start with get_agenda (what is due, with drafts) or list_opportunities; log what happened with the log_ tools;',
  'dates may be words ("yesterday 3pm", "next Friday") or ISO, read in the seeker\'s time zone.',
  NO_SENDING,
].join(' ');

/** A new MCP server over the registry; connect it to one transport. */
export function createMcpServer(deps: McpDeps): McpServer {
  const logError =
    deps.logError ??
    ((error: unknown) =>
      process.stderr.write(`afterview mcp: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`));
  const mcp = new McpServer(
    { name: 'afterview', version: VERSION },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
  );
  const tools = buildTools();
  // The low-level handlers, not registerTool: the command validates its own input (dates in words,
  // the CLI's messages), where the SDK would answer bad input with its own words.
  mcp.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: tools.map((t) => t.tool) }));
  mcp.server.setRequestHandler(CallToolRequestSchema, async (request) =>
    callTool(tools, await deps.contextOf(), request.params.name, request.params.arguments, logError),
  );

  mcp.registerResource(
    'agenda',
    AGENDA_URI,
    {
      title: 'Agenda',
      description: 'Every open follow-up, upcoming included, with drafts, holds and pipeline health (JSON).',
      mimeType: 'application/json',
    },
    async (uri) => json(uri.href, await invoke(COMMANDS.getAgenda, await deps.contextOf(), { all: true })),
  );
  mcp.registerResource(
    'opportunity',
    new ResourceTemplate(OPPORTUNITY_URI_TEMPLATE, {
      list: async () => {
        const list = await invoke(COMMANDS.listOpportunities, await deps.contextOf(), {});
        return {
          resources: list.map((o) => ({
            uri: `afterview://opportunity/${encodeURIComponent(o.id)}`,
            name: `${o.company}${o.role ? ` (${o.role})` : ''}`,
            mimeType: 'application/json',
          })),
        };
      },
    }),
    {
      title: "An opportunity's story",
      description: 'One opportunity: its record, stage and timeline of interviews, touches and offers (JSON).',
      mimeType: 'application/json',
    },
    async (uri, { id }) => {
      const opportunity = decodeURIComponent(String(Array.isArray(id) ? id[0] : id));
      return json(uri.href, await invoke(COMMANDS.showOpportunity, await deps.contextOf(), { opportunity }));
    },
  );

  mcp.registerPrompt(
    PLAN_PROMPT,
    {
      title: 'Plan my follow-ups this week',
      description:
        'A plan for the next seven days from the agenda: what to send, to whom, when, and what to leave alone.',
    },
    async () => {
      const agenda = await invoke(COMMANDS.getAgenda, await deps.contextOf(), { all: true });
      return {
        description: 'Plan my follow-ups this week',
        messages: [
          {
            role: 'user',
            content: {
              type: 'text',
              text: [
                'Plan my job-search follow-ups for the next seven days from my afterview agenda below.',
                'Go day by day: for each item say what to send, to whom and why, using its draft when it has one;',
                'respect the holds (no check-in before their date) and say which items can wait.',
                "Read an opportunity's story (resource afterview://opportunity/{id}) when you need its history.",
                'Check any text you write with check_tone. Do not send anything: give me the plan and the texts,',
                'and after I send one, log it with log_sent.',
              ].join(' '),
            },
          },
          {
            role: 'user',
            content: {
              type: 'resource',
              resource: { uri: AGENDA_URI, mimeType: 'application/json', text: JSON.stringify(agenda, null, 2) },
            },
          },
        ],
      };
    },
  );
  return mcp;
}

/** A resource's contents as JSON text. */
function json(uri: string, value: unknown) {
  return { contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }] };
}
