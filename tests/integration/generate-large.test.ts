// The large-data generator on a fully migrated database (KPI materialized views included): it drops
// keys and indexes for the load, restores every one of them, and the KPI summaries refresh over it.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SUMMARY_VIEWS } from "@/lib/data/kpi/refresh";
import { createFreshDatabase, dropDatabase } from "../../scripts/lib/database";
import { projectRoot } from "../../scripts/lib/paths";
import { prisma } from "../../scripts/lib/run";

const exec = promisify(execFile);
const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");

let url: string;
let client: pg.Client;

type Catalog = { indexes: number; constraints: number };

async function catalog(): Promise<Catalog> {
  const { rows } = await client.query<{ indexes: number; constraints: number }>(`
    SELECT (SELECT count(*)::int FROM pg_indexes WHERE schemaname = 'public') AS indexes,
           (SELECT count(*)::int FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
             WHERE n.nspname = 'public' AND c.contype IN ('p', 'f', 'u')) AS constraints`);
  return rows[0]!;
}

const count = async (table: string) =>
  Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`)).rows[0]!.n);

beforeAll(async () => {
  url = await createFreshDatabase(inject("adminDatabaseUrl"), "jinshan_gen");
  await prisma(["migrate", "deploy"], url, true);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  if (url) await dropDatabase(inject("adminDatabaseUrl"), url);
});

describe("npm run db:generate", () => {
  it("loads customers with their records and restores every key and index", async () => {
    const before = await catalog();
    await exec(tsx, ["prisma/generate-large.ts", "--customers", "300"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
    expect(await count("Customer")).toBe(300);
    expect(await count("Policy")).toBeGreaterThan(300);
    expect(await catalog()).toEqual(before);
  });

  it("replaces the customer data with --truncate, keeping the append-only audit log", async () => {
    const audit = await count("AuditLog");
    await exec(tsx, ["prisma/generate-large.ts", "--customers", "120", "--truncate"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
    expect(await count("Customer")).toBe(120);
    expect(await count("AuditLog")).toBeGreaterThanOrEqual(audit);
  });

  it("leaves data the KPI summaries can be refreshed over", async () => {
    for (const view of SUMMARY_VIEWS) await client.query(`REFRESH MATERIALIZED VIEW ${view}`);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM kpi_customer_bits`);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
