// Vitest setupFiles for the integration project: runs in each test file's worker before the file
// is imported, so lib/db (which reads DATABASE_URL on first use) connects to this file's own
// database, cloned from the migrated template. Jobs that scan every row (escalation, visit plans,
// survey triggers, club and KPI refresh) then see only the file's own data. The global teardown
// drops the copies (tests/support/global-setup.ts).
import { afterAll, inject } from "vitest";
import { cloneDatabase } from "../../scripts/lib/database";
import { OWNER_ROLE } from "../../scripts/lib/db-roles";

const clone = await cloneDatabase(
  inject("adminDatabaseUrl"),
  inject("templateDatabaseUrl"),
  inject("clonePrefix"),
  OWNER_ROLE,
);
const named = (url: string) => {
  const u = new URL(url);
  u.pathname = new URL(clone).pathname;
  return u.toString();
};
/** The app role on this file's database (what lib/db uses), and the owner (for tests that need DDL). */
process.env.DATABASE_URL = named(inject("templateAppUrl"));
process.env.TEST_OWNER_DATABASE_URL = named(inject("templateOwnerUrl"));

type Closable = { $disconnect?: () => Promise<void>; stop?: (o: object) => Promise<void> };
const shared = globalThis as unknown as { prisma?: Closable; boss?: Promise<Closable> };

// Registered before the file's own hooks, so it runs after them: nothing is left connected.
afterAll(async () => {
  const boss = await shared.boss?.catch(() => undefined);
  await boss?.stop?.({ graceful: false, wait: true })?.catch(() => undefined);
  await shared.prisma?.$disconnect?.();
  delete shared.prisma;
  delete shared.boss;
});
