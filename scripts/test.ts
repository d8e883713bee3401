// The whole test suite: typecheck, lint, unit, integration (fresh PostgreSQL database),
// production build, and Playwright e2e in Debian's Chromium against another fresh database.
import { rmSync } from "node:fs";
import { ensureChromium } from "./lib/chromium";
import { createFreshDatabase, dropDatabase, startDatabaseServer } from "./lib/database";
import { grantAppPrivileges, provisionRoles } from "./lib/db-roles";
import { bin, prisma, run } from "./lib/run";
import { nextAuthSecret } from "./lib/secrets";
import { addCounts, playwrightCounts, vitestCounts, type Counts } from "./lib/test-counts";

const REPORTS = ".data/test-reports";
const report = (name: string) => `${REPORTS}/${name}.json`;
const vitestArgs = (project: string) => [
  "run",
  "--project",
  project,
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report(project)}`,
];

const log = (msg: string) => console.log(`\n▶ ${msg}`);
const started = Date.now();
const timings: [string, number][] = [];

async function step(name: string, fn: () => Promise<void>): Promise<void> {
  log(name);
  const t0 = Date.now();
  await fn();
  timings.push([name, Date.now() - t0]);
}

async function main(): Promise<void> {
  await step("prisma generate", () => prisma(["generate"], undefined, true));
  await step("typecheck", () => run(bin("tsc"), ["--noEmit"]));
  await step("lint", async () => {
    await run(bin("eslint"), [".", "--max-warnings=0"]);
    await run(bin("prettier"), ["--check", "."], { quiet: true });
    await run(bin("tsx"), ["scripts/check/folder-cycles.ts"]);
  });
  rmSync(REPORTS, { recursive: true, force: true });
  await step("unit tests", () => run(bin("vitest"), vitestArgs("unit")));

  const server = await startDatabaseServer(log);
  const stop = () => void server.stop().finally(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await step("integration tests (PostgreSQL)", () =>
      run(bin("vitest"), vitestArgs("integration"), { env: { TEST_ADMIN_DATABASE_URL: server.adminUrl } }),
    );
    await step("next build", () => run(bin("next"), ["build"]));
    const chromium = await ensureChromium(log);
    const e2eUrl = await createFreshDatabase(server.adminUrl, "jinshan_e2e");
    try {
      // Migrated and seeded as the owner; the app under test connects as the app role.
      const roles = await provisionRoles(server.adminUrl, e2eUrl, log);
      await step("e2e database: migrate + seed", async () => {
        await prisma(["migrate", "deploy"], roles.ownerUrl, true);
        await grantAppPrivileges(server.adminUrl, roles);
        await prisma(["db", "seed"], roles.ownerUrl, true);
      });
      await step("e2e tests (Playwright, Chromium)", () =>
        run(bin("playwright"), ["test", "--reporter=list,json"], {
          env: {
            DATABASE_URL: roles.appUrl,
            CHROMIUM_PATH: chromium,
            NEXTAUTH_SECRET: nextAuthSecret(),
            PLAYWRIGHT_JSON_OUTPUT_NAME: report("e2e"),
          },
        }),
      );
    } finally {
      await dropDatabase(server.adminUrl, e2eUrl);
    }
  } finally {
    await server.stop();
  }
}

function totals(): Counts {
  return addCounts([
    vitestCounts(report("unit")),
    vitestCounts(report("integration")),
    playwrightCounts(report("e2e")),
  ]);
}

function closingLine(c: Counts): string {
  return `tests: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`;
}

main().then(
  () => {
    console.log("\nAll test stages passed:");
    for (const [name, ms] of timings) console.log(`  ${name.padEnd(36)} ${(ms / 1000).toFixed(1)} s`);
    console.log(`  ${"total".padEnd(36)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const counts = totals();
    console.log(closingLine(counts));
    if (counts.passed === 0 || counts.failed > 0) process.exit(1);
  },
  (err: unknown) => {
    console.error(`\n✖ ${err instanceof Error ? err.message : String(err)}`);
    console.log(closingLine({ ...totals(), failed: Math.max(1, totals().failed) }));
    process.exit(1);
  },
);
