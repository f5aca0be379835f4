/**
 * The Hono environment shared by the routes: each request carries the
 * application context with its own "now".
 */
import type { AppContext } from '../app/context.js';

export interface ServerEnv {
  Variables: { ctx: AppContext };
}
