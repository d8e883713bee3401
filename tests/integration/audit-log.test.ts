import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("audit log", () => {
  it("is append-only: the database refuses updates and deletes", async () => {
    const entry = await db.auditLog.create({ data: { action: "test.write", entityType: "Test" } });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUnique({ where: { id: entry.id } }))?.action).toBe("test.write");
  });
});
