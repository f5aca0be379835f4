/**
 * MCP over standard input and output, for `afterview mcp`: one server for
 * the whole session, which ends when the client closes standard input.
 * Standard output carries protocol messages only; anything else goes to
 * standard error.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer, type McpDeps } from './server.js';

/** Serves MCP on standard input and output until the client closes it. */
export async function serveStdio(deps: McpDeps): Promise<void> {
  const server = createMcpServer(deps);
  const transport = new StdioServerTransport();
  const ended = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
    transport.onclose = resolve;
  });
  await server.connect(transport);
  await ended;
  await server.close();
}
