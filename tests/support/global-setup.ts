// Integration tests: one template database migrated once with the real `prisma migrate deploy` as the
// owner role, and every test file cloned from it (tests/support/database-per-file.ts), so no file sees
// another file's rows, jobs, schedules or settings. The tests, like the app, connect as the app role
// (scripts/lib/db-roles.ts); the few that need DDL use the owner.
import type { TestProject } from "vitest/node";
import {
  createFreshDatabase,
  databasesNamed,
  dropDatabase,
  startDatabaseServer,
  type DatabaseServer,
} from "../../scripts/lib/database";
import { grantAppPrivileges, provisionRoles } from "../../scripts/lib/db-roles";
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
  const roles = await provisionRoles(adminUrl, templateUrl, () => undefined);
  await prisma(["migrate", "deploy"], roles.ownerUrl, true);
  await grantAppPrivileges(adminUrl, roles);
  project.provide("templateDatabaseUrl", templateUrl);
  project.provide("templateAppUrl", roles.appUrl);
  project.provide("templateOwnerUrl", roles.ownerUrl);
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
    /** The template's app-role and owner URLs: a file's own URLs are these with its copy's name. */
    templateAppUrl: string;
    templateOwnerUrl: string;
    adminDatabaseUrl: string;
    /** Every test file's copy is named `<clonePrefix>_…`; the global teardown drops them. */
    clonePrefix: string;
  }
}
