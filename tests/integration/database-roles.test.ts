// The app connects as a role that reads and writes rows but cannot change the schema or the audit
// log (scripts/lib/db-roles.ts); migrations ran as the owner.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { refreshKpiSummaries } from "@/lib/data/kpi/refresh";

async function asApp<T>(fn: (client: pg.Client) => Promise<T>, url = process.env.DATABASE_URL!): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("the app's database role", () => {
  it("is neither the owner nor a superuser", async () => {
    const [me] = await db.$queryRaw<{ user: string; superuser: boolean; owner: string }[]>`
      SELECT current_user AS user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
             (SELECT tableowner FROM pg_tables WHERE tablename = 'AuditLog') AS owner`;
    expect(me).toMatchObject({ user: "jinshan_app", superuser: false, owner: "jinshan_owner" });
  });

  it("cannot disable the audit log's triggers, alter or drop it, nor update, delete or truncate it", async () => {
    const entry = await db.auditLog.create({ data: { action: "test.role", entityType: "Test" } });
    for (const sql of [
      `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`,
      `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only"`,
      `ALTER TABLE "AuditLog" DROP COLUMN ip`,
      `DROP TRIGGER "AuditLog_append_only" ON "AuditLog"`,
      `DROP TABLE "AuditLog"`,
      `UPDATE "AuditLog" SET action = 'tampered' WHERE id = ${entry.id}`,
      `DELETE FROM "AuditLog" WHERE id = ${entry.id}`,
      `TRUNCATE "AuditLog"`,
      `SET session_replication_role = replica`,
    ])
      await expect(
        asApp((c) => c.query(sql)),
        sql,
      ).rejects.toThrow(/must be owner|permission denied/);
    expect((await db.auditLog.findUnique({ where: { id: entry.id } }))?.action).toBe("test.role");
  });

  it("cannot alter, drop or create tables, but reads and writes rows", async () => {
    for (const sql of [
      `ALTER TABLE "Customer" ADD COLUMN hacked int`,
      `DROP TABLE "LoginAttempt"`,
      `CREATE TABLE public.hacked (id int)`,
      `CREATE SCHEMA hacked`,
      `SELECT * FROM "_prisma_migrations"`,
    ])
      await expect(
        asApp((c) => c.query(sql)),
        sql,
      ).rejects.toThrow(/must be owner|permission denied/);
    await asApp(async (c) => {
      await c.query(`INSERT INTO "LoginAttempt" (username, success) VALUES ('role_test', false)`);
      await c.query(`UPDATE "LoginAttempt" SET ip = '10.9.9.9' WHERE username = 'role_test'`);
      await c.query(`DELETE FROM "LoginAttempt" WHERE username = 'role_test'`);
    });
  });

  it("gets the same rights on tables that later migrations create", async () => {
    const asOwner = <T>(fn: (client: pg.Client) => Promise<T>) => asApp(fn, process.env.TEST_OWNER_DATABASE_URL!);
    await asOwner((c) => c.query(`CREATE TABLE "RoleTestFuture" (id serial PRIMARY KEY, note text)`));
    try {
      await asApp(async (c) => {
        await c.query(`INSERT INTO "RoleTestFuture" (note) VALUES ('x')`);
        expect((await c.query(`SELECT note FROM "RoleTestFuture"`)).rows).toEqual([{ note: "x" }]);
        await expect(c.query(`ALTER TABLE "RoleTestFuture" ADD COLUMN y int`)).rejects.toThrow(/must be owner/);
      });
    } finally {
      await asOwner((c) => c.query(`DROP TABLE "RoleTestFuture"`));
    }
  });

  it("refreshes the KPI summaries only through the owner's function, and only those views", async () => {
    await expect(asApp((c) => c.query(`REFRESH MATERIALIZED VIEW kpi_refresh_meta`))).rejects.toThrow(/must be owner/);
    await refreshKpiSummaries();
    const [meta] = await db.$queryRaw<{ at: Date }[]>`SELECT refreshed_at AS at FROM kpi_refresh_meta`;
    expect(meta?.at).toBeInstanceOf(Date);
    await expect(asApp((c) => c.query(`SELECT refresh_kpi_summary('AuditLog', false)`))).rejects.toThrow(
      /not a KPI summary view/,
    );
  });

  it("owns the job queue's schema, where pg-boss makes a table per queue", async () => {
    const [schema] = await db.$queryRaw<{ owner: string }[]>`
      SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'`;
    expect(schema?.owner).toBe("jinshan_app");
  });
});
