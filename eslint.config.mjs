import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// The layers of docs/architecture.md, as rules: a rule only written down is broken within a month.
const layer = (patterns, message) => ({ group: patterns, message, allowTypeImports: true });
const db = layer(
  ["@/lib/db", "@/lib/generated/prisma/client"],
  "Only lib/data (and lib/auth, lib/audit) touch the database.",
);
const app = layer(["@/app/*", "**/app/*"], "Nothing imports from app/: actions live in lib/actions, UI in components.");
const data = layer(["@/lib/data/*"], "Read data in pages (server components) and pass it down as props.");
const auth = layer(["@/lib/auth/*", "!@/lib/auth/permissions"], "Load the actor in the page or action, not here.");
const actions = layer(["@/lib/actions/*"], "Server actions are called from components and pages only.");
const ui = layer(["@/components/*"], "Lower layers do not import UI.");
const framework = layer(
  ["next", "next/*", "react", "react-dom", "next-intl", "next-intl/*", "next-auth", "next-auth/*"],
  "Pure rules: no framework.",
);
const restrict = (files, patterns) => ({
  files,
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    ".data/**",
    "next-env.d.ts",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**", "i18n/**"],
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  restrict(["app/**"], [db]),
  restrict(["components/**"], [db, app, data, auth]),
  restrict(
    ["lib/domain/**"],
    [
      db,
      app,
      data,
      auth,
      actions,
      ui,
      framework,
      layer(["@/lib/validation/*", "@/lib/jobs/*", "@/lib/queue/*"], "Pure rules depend on nothing above them."),
    ],
  ),
  restrict(["lib/validation/**"], [db, app, data, auth, actions, ui]),
  restrict(
    ["lib/data/**"],
    [app, actions, ui, layer(["@/lib/jobs/*"], "lib/data sends jobs through lib/queue; lib/jobs runs them.")],
  ),
  restrict(
    ["lib/auth/**", "lib/audit/**", "lib/queue/**"],
    [app, data, actions, ui, layer(["@/lib/jobs/*"], "Lower layers do not depend on the job registry.")],
  ),
  restrict(["lib/actions/**"], [app, ui, db]),
  restrict(["lib/jobs/**", "lib/export/**"], [app, actions, ui]),
]);
