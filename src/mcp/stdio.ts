/**
 * MCP over standard input and output, for `afterview mcp`: one server for
 * the whole session, which ends when the client closes standard input, once
 * the requests already read have been answered. Standard output carries
 * protocol messages only; anything else goes to standard error.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { createMcpServer, type McpDeps } from './server.js';

/** Serves MCP on standard input and output until the client closes it and every request read is answered. */
export async function serveStdio(deps: McpDeps): Promise<void> {
  const server = createMcpServer(deps);
  const transport = new StdioServerTransport();
  const ended = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
    transport.onclose = resolve;
  });
  await server.connect(transport);
  const answered = countRequests(transport);
  await ended;
  await answered();
  await server.close();
}

/**
 * Counts the requests `transport` receives and the answers it sends; the
 * returned function resolves once every request read so far is answered.
 */
function countRequests(transport: StdioServerTransport): () => Promise<void> {
  let open = 0;
  let whenIdle: (() => void) | null = null;
  const receive = transport.onmessage;
  transport.onmessage = (message: JSONRPCMessage) => {
    if ('method' in message && 'id' in message) open++;
    receive?.(message);
  };
  const send = transport.send.bind(transport);
  transport.send = async (message: JSONRPCMessage) => {
    await send(message);
    if ('id' in message && ('result' in message || 'error' in message)) {
      open--;
      if (open === 0) whenIdle?.();
    }
  };
  return () => (open === 0 ? Promise.resolve() : new Promise<void>((resolve) => (whenIdle = resolve)));
}
