// The layer rules of docs/ARCHITECTURE.md, checked on every `npm test` (scripts/test.sh, step "layers").
// Layers, top to bottom: app/ → components/ → lib/<domain>/server/ (and lib/db*, lib/cli, lib/worker)
// → pure lib/<domain>/ files → the ground floor (lib/action.ts, lib/errors.ts, lib/yield.ts, lib/text).
// An arrow may only point down. Run by hand: `npm run lint:layers`.

// Server code: what a pure file must never reach (Prisma, Next, the session, the file system, sockets).
const SERVER_CODE = [
  "^lib/[^/]+/server/",
  "^lib/db(-client|-insert|-serialize)?\\.ts$",
  "^lib/generated/",
  "^node_modules/(@prisma|prisma|next|server-only|better-auth|pg|better-sqlite3)/",
  "^(fs|net|child_process|worker_threads|http|https|tls|dns)$",
  "^node:(fs|fs/promises|net|child_process|worker_threads|http|https|tls|dns)$",
];

// Pure lib/ files: every lib/<domain>/ file outside server/. lib/cli (a command-line entry point),
// lib/worker (spawns worker threads; its task table has its own rule below), lib/generated and
// lib/i18n/request.ts (next-intl's per-request hook) are runners, not domains.
const PURE_LIB = "^lib/[^/]+/";
const NOT_PURE_LIB = ["^lib/[^/]+/server/", "^lib/(generated|cli|worker)/", "^lib/i18n/request\\.ts$"];

// Pure files that may use node:net for address arithmetic only (BlockList, isIP; no sockets).
const PURE_NODE_NET = ["^lib/auth/client-address\\.ts$", "^lib/cms/webhook-url\\.ts$"];

// Components import server actions from lib/<domain>/server/session-actions.ts. Exceptions to the rule
// below go here, each with its reason; the list is empty and should stay so.
const COMPONENTS_IMPORTING_ROUTES = [];

// Components that call a service themselves instead of taking its result from the page: none. Add nothing.
const COMPONENTS_CALLING_SERVICES = [];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles, type-only imports included: a cycle means two files are one module.",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-not-to-app-or-components",
      severity: "error",
      comment: "lib/ is below app/ and components/: it never imports them.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-not-to-routes",
      severity: "error",
      comment: "Components import actions from lib/<domain>/server/session-actions.ts, never from app/.",
      from: { path: "^components/", pathNot: COMPONENTS_IMPORTING_ROUTES },
      to: { path: "^app/" },
    },
    {
      name: "components-no-services",
      severity: "error",
      comment:
        "Components render; pages call services. From lib/<domain>/server/ a component takes types, " +
        'and calls only the session-bound "use server" actions.',
      from: { path: "^components/", pathNot: COMPONENTS_CALLING_SERVICES },
      to: {
        path: "^lib/[^/]+/server/",
        pathNot: "^lib/[^/]+/server/session-actions\\.ts$",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "pure-lib-no-server-code",
      severity: "error",
      comment:
        "Pure lib/<domain>/ files (outside server/) are framework-free: no Prisma, lib/db, Next, " +
        '"server-only", lib/<domain>/server/, file system or sockets. They run in tests, the worker and the CLI.',
      from: { path: PURE_LIB, pathNot: [...NOT_PURE_LIB, ...PURE_NODE_NET] },
      to: { path: SERVER_CODE },
    },
    {
      name: "pure-lib-no-server-code-net",
      severity: "error",
      comment: "The two address files may use node:net's BlockList/isIP, and nothing else from the server side.",
      from: { path: PURE_NODE_NET },
      to: { path: SERVER_CODE, pathNot: "^(node:)?net$" },
    },
    {
      name: "ground-floor-pure",
      severity: "error",
      comment: "lib/action.ts, lib/errors.ts and lib/yield.ts sit under every domain: no server code.",
      from: { path: "^lib/(action|errors|yield)\\.ts$" },
      to: { path: SERVER_CODE },
    },
    {
      name: "worker-tasks-pure",
      severity: "error",
      comment:
        "lib/worker/tasks.ts runs inside worker threads: nothing it reaches, however indirectly, may be server code.",
      from: { path: "^lib/worker/tasks\\.ts$" },
      to: { path: SERVER_CODE, reachable: true },
    },
    {
      name: "server-not-to-runners",
      severity: "error",
      comment: "Services are called by app/, the CLI and the worker; they never import those runners.",
      from: { path: "^lib/[^/]+/server/" },
      to: { path: "^lib/cli/" },
    },
    {
      name: "product-not-to-tests",
      severity: "error",
      comment: "Tests, e2e journeys and scripts sit above everything: no product file imports them.",
      from: { path: "^(app|components|lib)/" },
      to: { path: "^(tests|e2e|scripts)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|node_modules|\\.next)/" },
    // Type-only imports count: a cycle through `import type` is still a cycle (lib/articles had one).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
