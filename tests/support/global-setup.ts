// Integration tests: one fresh database per run, migrated with the real `prisma migrate deploy` as the
// owner role; the tests (like the app) connect as the app role (scripts/lib/db-roles.ts).
import type { TestProject } from "vitest/node";
import {
  createFreshDatabase,
  dropDatabase,
  startDatabaseServer,
  type DatabaseServer,
} from "../../scripts/lib/database";
import { grantAppPrivileges, provisionRoles } from "../../scripts/lib/db-roles";
import { prisma } from "../../scripts/lib/run";

let server: DatabaseServer | undefined;
let databaseUrl: string | undefined;
let adminUrl: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
  if (!adminUrl) {
    server = await startDatabaseServer(() => undefined);
    adminUrl = server.adminUrl;
  }
  databaseUrl = await createFreshDatabase(adminUrl, "jinshan_it");
  const roles = await provisionRoles(adminUrl, databaseUrl, () => undefined);
  await prisma(["migrate", "deploy"], roles.ownerUrl, true);
  await grantAppPrivileges(adminUrl, roles);
  process.env.DATABASE_URL = roles.appUrl;
  project.provide("databaseUrl", roles.appUrl);
  project.provide("ownerDatabaseUrl", roles.ownerUrl);
  project.provide("adminDatabaseUrl", adminUrl);
}

export async function teardown(): Promise<void> {
  if (adminUrl && databaseUrl) await dropDatabase(adminUrl, databaseUrl);
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The app role's URL (what lib/db uses). */
    databaseUrl: string;
    /** The owner's URL: for the few tests that need DDL (dropping an index inside a rolled-back transaction). */
    ownerDatabaseUrl: string;
    adminDatabaseUrl: string;
  }
}
