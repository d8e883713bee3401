// One command for a fresh machine: database (embedded unless DATABASE_URL is set), migrations,
// demo data, production build, and the app on http://localhost:3000.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/demo-users";
import { ensureDatabase, startDatabaseServer } from "./lib/database";
import { grantAppPrivileges, provisionRoles } from "./lib/db-roles";
import { projectRoot } from "./lib/paths";
import { bin, prisma, run } from "./lib/run";
import { nextAuthSecret } from "./lib/secrets";

const PORT = Number(process.env.PORT ?? 3000);
const log = (msg: string) => console.log(`▶ ${msg}`);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "messages", "i18n", "prisma/schema"].map((d) =>
    path.join(projectRoot, d),
  );
  return sources.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

async function hasUsers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM "User"');
    return Number(rows[0]?.n) > 0;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const reseed = process.argv.includes("--reseed");
  await prisma(["generate"], undefined, true);
  const server = await startDatabaseServer(log);
  const databaseUrl = server.embedded ? await ensureDatabase(server.adminUrl, "jinshan_demo") : server.adminUrl;
  // Migrations and demo data as the owner; the app as a role that cannot alter tables or the audit log.
  const roles = await provisionRoles(server.adminUrl, databaseUrl, log);
  log("Applying migrations …");
  await prisma(["migrate", "deploy"], roles.ownerUrl, true);
  await grantAppPrivileges(server.adminUrl, roles);
  if (reseed || !(await hasUsers(roles.ownerUrl))) {
    log("Loading demo data …");
    await prisma(["db", "seed"], roles.ownerUrl);
  }
  if (buildIsStale()) {
    log("Building the app (first run takes about a minute) …");
    await run(bin("next"), ["build"], { quiet: true });
  }
  const app = spawn(bin("next"), ["start", "-p", String(PORT)], {
    cwd: projectRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: roles.appUrl,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: nextAuthSecret(),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const shutdown = async () => {
    app.kill("SIGTERM");
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());
  app.on("exit", () => void server.stop().then(() => process.exit(0)));

  console.log(`\n金山 CRM is running at http://localhost:${PORT}  (Ctrl-C stops it and the database)`);
  console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(12)} ${u.role.padEnd(13)} ${u.description}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
