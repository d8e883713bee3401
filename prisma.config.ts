import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, env } from "prisma/config";

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

// Prisma does not read .env files itself when a config file is used. Load the
// project's .env (if any) without overriding variables that are already set.
const dotenvPath = path.join(projectRoot, ".env");
if (fs.existsSync(dotenvPath)) process.loadEnvFile(dotenvPath);

// Every Prisma CLI command would otherwise download a native `schema-engine`
// binary from Prisma's servers, which air-gapped sites cannot reach. Point the
// CLI at the project's own engine, which runs Prisma's official WebAssembly
// schema engine (see prisma/engine/schema-engine.mjs). The CLI loads this file
// in-process before it resolves engines, so setting the variable here is enough;
// an explicitly set PRISMA_SCHEMA_ENGINE_BINARY still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(projectRoot, "prisma/engine/schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  // env() throws when the variable is unset, which would make even `prisma
  // generate` / `prisma validate` fail; those commands need no database, so only
  // declare the datasource when DATABASE_URL is present. Commands that need one
  // then fail with Prisma's own "datasource.url is required" message.
  datasource: process.env.DATABASE_URL ? { url: env("DATABASE_URL") } : undefined,
});
