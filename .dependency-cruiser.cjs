/**
 * The layers of afterview, checked by `npm run layers` (part of `npm test`).
 * docs/contributing.md draws them; every rule below is a direction that must
 * never exist. Each message says what the layer is for, so a failing run
 * reads as the fix.
 *
 *   src/core      pure domain: rules, drafts, time; no I/O, no front end
 *   src/records   afterview/1 records, their schema, the one error type
 *   src/store, src/mail, src/calendar   I/O behind the records
 *   src/app       use cases over the store, mail and calendar
 *   src/cli, src/server   front ends; src/main.ts wires them
 *   src/mcp       the MCP front end, run by the CLI (`afterview mcp`) and the server (`/mcp`)
 *   web/src       the browser UI: the API's types (src/server/api.types.ts), and pure src/core code
 *
 * Test files (`*.test.ts`) may wire layers together (a store test that
 * drives the server), so the direction rules skip them; they are still
 * checked for circles.
 */

/** Libraries that do I/O or belong to a front end: never in src/core or src/records. */
const IO_LIBRARIES = [
  'better-sqlite3',
  'pg',
  'kysely',
  'nodemailer',
  'imapflow',
  'postal-mime',
  'ical-generator',
  'ical.js',
  'date-holidays',
  'hono',
  '@hono/node-server',
  'commander',
  '@modelcontextprotocol/sdk',
];
/** Matches an import of one of IO_LIBRARIES, resolved (under node_modules) or not. */
const IO_PACKAGES = `(^|node_modules/)(${IO_LIBRARIES.map((name) => name.replace(/[.]/g, '\\.')).join('|')})(/|$)`;
const TESTS = '\\.test\\.tsx?$';

/**
 * The two rules of a layer without I/O: none of the `layers` (folders of
 * src), src/main.ts or src/config.ts, no I/O library, and no node:* module
 * (a separate rule, since `to` conditions must all hold at once).
 */
function pureLayer(name, folder, comment, layers) {
  const from = { path: `^${folder}/` };
  return [
    {
      name,
      severity: 'error',
      comment,
      from,
      to: { path: [`^src/(${layers})/`, '^src/(main|config)\\.ts$', IO_PACKAGES] },
    },
    { name: `${name}-no-node`, severity: 'error', comment, from, to: { dependencyTypes: ['core'] } },
  ];
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle (type-only imports count): move the shared shape into a module of its own.',
      from: {},
      to: { circular: true },
    },
    ...pureLayer(
      'core-is-pure',
      'src/core',
      'src/core is pure: no node:* module (no file, clock, process or network), no I/O library, nothing from another layer.',
      'records|store|mail|calendar|app|cli|server|mcp',
    ),
    ...pureLayer(
      'records-are-a-leaf',
      'src/records',
      'src/records holds the shared shapes: it imports only src/core vocabularies and pure libraries, no node:* module.',
      'store|mail|calendar|app|cli|server|mcp',
    ),
    {
      name: 'io-never-imports-app',
      severity: 'error',
      comment:
        'src/store, src/mail and src/calendar sit below the app: take records and errors from src/records, or have the caller pass what is needed in.',
      from: { path: '^src/(store|mail|calendar)/', pathNot: TESTS },
      to: { path: ['^src/(app|cli|server|mcp)/', '^src/(main|config)\\.ts$'] },
    },
    {
      name: 'app-has-no-transport',
      severity: 'error',
      comment:
        'src/app serves every front end: it never imports the CLI, the server, the MCP server or their libraries.',
      from: { path: '^src/app/', pathNot: TESTS },
      to: {
        path: [
          '^src/(cli|server|mcp)/',
          '(^|node_modules/)(hono|@hono/node-server|commander|@modelcontextprotocol/sdk)(/|$)',
        ],
      },
    },
    {
      name: 'front-ends-are-the-top',
      severity: 'error',
      comment: 'Only src/main.ts and the front ends themselves import src/cli, src/server and src/mcp.',
      from: { path: '^src/', pathNot: ['^src/(cli|server|mcp)/', '^src/main\\.ts$', TESTS] },
      to: { path: '^src/(cli|server|mcp)/' },
    },
    {
      name: 'mcp-stands-alone',
      severity: 'error',
      comment:
        'src/mcp is a front end that the CLI and the server both run: it takes its context from them and imports neither (nor their libraries).',
      from: { path: '^src/mcp/', pathNot: TESTS },
      to: { path: ['^src/(cli|server)/', '(^|node_modules/)(hono|@hono/node-server|commander)(/|$)'] },
    },
    {
      name: 'web-takes-types-from-the-api',
      severity: 'error',
      comment:
        'web/src imports from src/ only the API types (src/server/api.types.ts) and pure src/core code: a type the UI needs is exported there, derived from what the server answers, never declared again in web/src.',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/server/api\\.types\\.ts$'] },
    },
    {
      name: 'web-imports-api-types-as-types',
      severity: 'error',
      comment:
        'web/src runs in the browser: the API types are `import type` (or `export type`), so nothing of the server is bundled.',
      from: { path: '^web/src/' },
      to: { path: '^src/server/api\\.types\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'api-types-are-types-only',
      severity: 'error',
      comment: 'src/server/api.types.ts exists only at compile time: every import in it is `import type`.',
      from: { path: '^src/server/api\\.types\\.ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(web/)?dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
