// Integration tests: one database migrated once with the real `prisma migrate deploy`, used as the
// template that every test file is cloned from (tests/support/database-per-file.ts), so no file
// sees another file's rows, jobs, schedules or settings.
import type { TestProject } from "vitest/node";
import {
  createFreshDatabase,
  databasesNamed,
  dropDatabase,
  startDatabaseServer,
  type DatabaseServer,
} from "../../scripts/lib/database";
import { prisma } from "../../scripts/lib/run";

let server: DatabaseServer | undefined;
let templateUrl: string | undefined;
let adminUrl: string | undefined;
// This run's copies: named after the run and dropped together at the end, off each file's path.
const clonePrefix = `jinshan_it_${Date.now().toString(36)}`;

export async function setup(project: TestProject): Promise<void> {
  adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (!adminUrl) {
    server = await startDatabaseServer(() => undefined);
    adminUrl = server.adminUrl;
  }
  templateUrl = await createFreshDatabase(adminUrl, "jinshan_it_template");
  await prisma(["migrate", "deploy"], templateUrl, true);
  project.provide("templateDatabaseUrl", templateUrl);
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("clonePrefix", clonePrefix);
}

export async function teardown(): Promise<void> {
  if (adminUrl) {
    const admin = adminUrl;
    const clones = await databasesNamed(admin, clonePrefix);
    await Promise.all(clones.map((url) => dropDatabase(admin, url)));
    if (templateUrl) await dropDatabase(admin, templateUrl);
  }
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database each test file is cloned from; never connect to it (a clone needs it idle). */
    templateDatabaseUrl: string;
    adminDatabaseUrl: string;
    /** Every test file's copy is named `<clonePrefix>_…`; the global teardown drops them. */
    clonePrefix: string;
  }
}
