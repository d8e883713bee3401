import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("audit log", () => {
  it("is append-only: the app role may not change it, and the trigger refuses even the owner", async () => {
    const entry = await db.auditLog.create({ data: { action: "test.write", entityType: "Test" } });
    const update = `UPDATE "AuditLog" SET action = 'tampered' WHERE id = ${entry.id}`;
    const remove = `DELETE FROM "AuditLog" WHERE id = ${entry.id}`;
    // Prisma's own messages quote the calling source, so the database's words are checked directly.
    await expect(run(process.env.DATABASE_URL!, update)).rejects.toThrow(/^permission denied for table AuditLog$/);
    await expect(run(process.env.DATABASE_URL!, remove)).rejects.toThrow(/^permission denied for table AuditLog$/);
    await expect(run(process.env.TEST_OWNER_DATABASE_URL!, update)).rejects.toThrow(/^AuditLog is append-only: UPDATE/);
    await expect(run(process.env.TEST_OWNER_DATABASE_URL!, remove)).rejects.toThrow(/^AuditLog is append-only: DELETE/);
    await expect(run(process.env.TEST_OWNER_DATABASE_URL!, `TRUNCATE "AuditLog"`)).rejects.toThrow(
      /^AuditLog is append-only: TRUNCATE/,
    );
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow();
    expect((await db.auditLog.findUnique({ where: { id: entry.id } }))?.action).toBe("test.write");
  });
});
