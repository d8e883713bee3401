// The stock Prisma 7 CLI, running offline through the project's WebAssembly schema engine
// (prisma/engine/schema-engine.mjs, wired in by prisma.config.ts), against a fresh database:
// migrations deploy cleanly and the migration history, the schema and the live database agree.
//
// Tests the project's own prisma/schema + prisma/migrations by default. To try another pair:
//   PRISMA_OFFLINE_SCHEMA=/path/schema.prisma PRISMA_OFFLINE_MIGRATIONS=/path/migrations \
//     npx vitest run --project integration tests/integration/prisma-offline.test.ts
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createFreshDatabase, dropDatabase } from "../../scripts/lib/database";
import { projectRoot } from "../../scripts/lib/paths";

const prismaCli = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");
const projectConfig = path.join(projectRoot, "prisma.config.ts");
const schemaPath = path.resolve(projectRoot, process.env.PRISMA_OFFLINE_SCHEMA ?? "prisma/schema");
const migrationsPath = path.resolve(projectRoot, process.env.PRISMA_OFFLINE_MIGRATIONS ?? "prisma/migrations");

type CliResult = { code: number | null; stdout: string; stderr: string };

function adminUrl(): string {
  // Provided by tests/support/global-setup.ts; otherwise the server in the environment.
  const url = inject("adminDatabaseUrl") ?? process.env.TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("No PostgreSQL server: run through the integration project or set DATABASE_URL");
  return url;
}

describe("Prisma CLI offline (WebAssembly schema engine)", () => {
  let databaseUrl: string;
  let configArgs: string[] = [];
  let tempDir: string | undefined;

  function prisma(args: string[]): Promise<CliResult> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // Any engine download attempt must fail fast instead of silently succeeding.
      PRISMA_ENGINES_MIRROR: "http://127.0.0.1:9",
      CHECKPOINT_DISABLE: "1",
      NO_COLOR: "1",
    };
    // prisma.config.ts itself must point the CLI at the shim.
    delete env.PRISMA_SCHEMA_ENGINE_BINARY;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [prismaCli, ...args, ...configArgs], { cwd: projectRoot, env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin.end();
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  const explain = (r: CliResult) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

  beforeAll(async () => {
    if (
      schemaPath !== path.join(projectRoot, "prisma/schema") ||
      migrationsPath !== path.join(projectRoot, "prisma/migrations")
    ) {
      // Other files: a config that extends the project's (keeping its engine wiring) with other paths.
      tempDir = mkdtempSync(path.join(os.tmpdir(), "prisma-offline-"));
      const file = path.join(tempDir, "prisma.config.ts");
      writeFileSync(
        file,
        `import base from ${JSON.stringify(projectConfig)};\n` +
          `export default { ...base, schema: ${JSON.stringify(schemaPath)}, ` +
          `migrations: { ...base.migrations, path: ${JSON.stringify(migrationsPath)} } };\n`,
      );
      configArgs = ["--config", file];
    }
    databaseUrl = await createFreshDatabase(adminUrl(), "jinshan_test_engine");
  });

  afterAll(async () => {
    if (databaseUrl) await dropDatabase(adminUrl(), databaseUrl);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });

  it("resolves the schema engine to the project's WebAssembly shim, not a downloaded binary", async () => {
    const r = await prisma(["version"]);
    expect(r.code, explain(r)).toBe(0);
    expect(r.stdout).toMatch(
      /Schema Engine\s*:\s*schema-engine-cli [0-9a-f]{40} \(at .*prisma\/engine\/schema-engine\.mjs, resolved by PRISMA_SCHEMA_ENGINE_BINARY\)/,
    );
  });

  it("applies every migration to a fresh database with migrate deploy", async () => {
    const r = await prisma(["migrate", "deploy"]);
    expect(r.code, explain(r)).toBe(0);
    expect(r.stdout).toMatch(/successfully applied|No pending migrations/);
    const status = await prisma(["migrate", "status"]);
    expect(status.code, explain(status)).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date");
  });

  it("has no drift between the migration history and the schema", async () => {
    const r = await prisma([
      "migrate",
      "diff",
      "--from-migrations",
      migrationsPath,
      "--to-schema",
      schemaPath,
      "--script",
      "--exit-code",
    ]);
    expect(r.code, explain(r)).toBe(0);
    expect(r.stdout).toContain("-- This is an empty migration.");
  });

  it("has no drift between the migrated database and the schema", async () => {
    const r = await prisma(["migrate", "diff", "--from-config-datasource", "--to-schema", schemaPath, "--exit-code"]);
    expect(r.code, explain(r)).toBe(0);
    expect(r.stdout).toContain("No difference detected");
  });

  it("has no drift between the migration history and the migrated database", async () => {
    const r = await prisma([
      "migrate",
      "diff",
      "--from-migrations",
      migrationsPath,
      "--to-config-datasource",
      "--exit-code",
    ]);
    expect(r.code, explain(r)).toBe(0);
  });
});
