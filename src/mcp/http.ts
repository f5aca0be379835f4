/**
 * MCP over streamable HTTP, for `POST /mcp` on `afterview serve`: each
 * request gets a fresh server and a stateless transport (no session to keep
 * between requests), both scoped to the context the server built for that
 * request (its seeker, its "now"). The answer is plain JSON, not a stream:
 * no tool here runs long enough to report progress. The caller has already
 * checked Host, Origin and the token.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { AppContext } from '../app/context.js';
import { createMcpServer } from './server.js';

/** Answers one MCP request (a web-standard Request) for the seeker of `ctx`. */
export async function answerMcpRequest(
  request: Request,
  ctx: AppContext,
  logError?: (error: unknown) => void,
): Promise<Response> {
  const server = createMcpServer({ contextOf: () => ctx, ...(logError ? { logError } : {}) });
  const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    await server.close();
  }
}

/** The answer to a GET or DELETE on /mcp: there are no sessions, so no stream to open or end. */
export function mcpMethodNotAllowed(): Response {
  return Response.json(
    { jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: send MCP requests with POST' }, id: null },
    { status: 405, headers: { Allow: 'POST' } },
  );
}
