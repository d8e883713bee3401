// Integration tests: one fresh database per run, migrated with the real `prisma migrate deploy`.
import type { TestProject } from "vitest/node";
import {
  createFreshDatabase,
  dropDatabase,
  startDatabaseServer,
  type DatabaseServer,
} from "../../scripts/lib/database";
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
  await prisma(["migrate", "deploy"], databaseUrl, true);
  process.env.DATABASE_URL = databaseUrl;
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);
}

export async function teardown(): Promise<void> {
  if (adminUrl && databaseUrl) await dropDatabase(adminUrl, databaseUrl);
  await server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}
