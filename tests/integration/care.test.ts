import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { createPrisma, db } from "@/lib/db";
import { careList, prepareCareExport } from "@/lib/data/care/lists";
import { loadToday } from "@/lib/data/home/today";
import { careFilterSchema } from "@/lib/validation/care-filters";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

const filters = (raw: Record<string, string | string[]> = {}) => careFilterSchema.parse(raw);
// Wednesday 30 Dec 2026 (Shanghai): this week runs Mon 28 Dec 2026 – Sun 3 Jan 2027.
const NOW = new Date("2026-12-30T02:00:00Z");

describe("care lists", () => {
  let agentA: Actor;
  let agentB: Actor;
  let service: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const city = await makeOrgUnit("CITY");
    const uA = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    const uB = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    const s = await makeUser({ orgUnitId: city.id, role: "SERVICE" });
    const load = async (u: { id: string }) => (await loadActor(u.id))!;
    [agentA, agentB, service] = await Promise.all([load(uA), load(uB), load(s)]);
    const born = async (key: string, birthDate: string, agentId: string, extra: Record<string, unknown> = {}) => {
      const c = await makeCustomer({ orgUnitId: city.id, agentId });
      await db.customer.update({
        where: { id: c.id },
        data: { birthDate: new Date(birthDate), isInsured: true, ...extra },
      });
      ids[key] = c.id;
    };
    await born("dec31", "1980-12-31", uA.id, { vipTier: "GOLD", isClubMember: true });
    await born("jan02", "1975-01-02", uA.id);
    await born("jan04", "1990-01-04", uA.id);
    await born("dec27", "1985-12-27", uA.id);
    await born("otherAgent", "1970-12-29", uB.id);
  });

  it("lists birthdays of this week across the year end, in calendar order, only of the agent's customers", async () => {
    const { rows, total, window } = await careList(agentA, filters({ range: "week" }), NOW);
    expect(window).toMatchObject({ list: "birthday", range: { from: "2026-12-28", to: "2027-01-03" } });
    expect(rows.map((r) => r.id)).toEqual([ids.dec31, ids.jan02]);
    expect(total).toBe(2);
    expect(rows[0]).toMatchObject({ day: "2026-12-31", age: 46, mobile: "138****5678", isClubMember: true });
    expect(rows[1]).toMatchObject({ day: "2027-01-02", age: 52 });
  });

  it("filters by club membership", async () => {
    expect((await careList(agentA, filters({ range: "week", club: "yes" }), NOW)).rows.map((r) => r.id)).toEqual([
      ids.dec31,
    ]);
    expect((await careList(agentA, filters({ range: "week", club: "no" }), NOW)).rows.map((r) => r.id)).toEqual([
      ids.jan02,
    ]);
  });

  it("shows the service centre the whole subtree", async () => {
    const { rows } = await careList(service, filters({ range: "week" }), NOW);
    expect(rows.map((r) => r.id)).toEqual([ids.otherAgent, ids.dec31, ids.jan02]);
    expect((await careList(agentB, filters({ range: "week" }), NOW)).rows.map((r) => r.id)).toEqual([ids.otherAgent]);
  });

  it("lists a holiday's greetings, VIP first, with the suggested method", async () => {
    const { rows, window } = await careList(
      agentA,
      filters({ list: "holiday", holiday: "SPRING_FESTIVAL", year: "2027" }),
      NOW,
    );
    expect(window).toMatchObject({ list: "holiday", holiday: "SPRING_FESTIVAL", date: "2027-02-06" });
    expect(rows[0]).toMatchObject({ id: ids.dec31, method: "ON_SITE", day: "2027-02-06" });
    expect(rows.slice(1).every((r) => r.method === "PHONE")).toBe(true);
    expect(rows).toHaveLength(4);
  });

  it("exports the list masked as on screen and audits the export", async () => {
    const before = await db.auditLog.count({ where: { action: "care.export", actorId: service.id } });
    const exp = await prepareCareExport(service, filters({ range: "week" }), "csv", NOW);
    expect(exp.rows.map((r) => r.id)).toEqual([ids.otherAgent, ids.dec31, ids.jan02]);
    expect(exp.rows.every((r) => r.mobile === "138****5678")).toBe(true);
    const audits = await db.auditLog.findMany({ where: { action: "care.export", actorId: service.id } });
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)?.data).toMatchObject({
      format: "csv",
      rows: 3,
      window: { list: "birthday", from: "2026-12-28", to: "2027-01-03" },
    });
  });

  it("refuses the export to roles without customer.export, writing no audit entry", async () => {
    await expect(prepareCareExport(agentA, filters(), "csv", NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditLog.count({ where: { action: "care.export", actorId: agentA.id } })).toBe(0);
  });

  it("refuses a backwards or too long custom range", () => {
    expect(careFilterSchema.safeParse({ range: "custom", from: "2027-01-10", to: "2027-01-01" }).success).toBe(false);
    expect(careFilterSchema.safeParse({ range: "custom", from: "2027-01-01", to: "2027-06-01" }).success).toBe(false);
    expect(careFilterSchema.safeParse({ range: "custom", from: "2027-01-01", to: "2027-01-31" }).success).toBe(true);
  });

  it("can use the month-day index for the birthday query", async () => {
    // A handful of test rows make any index as cheap as another: drop the competing one inside a
    // transaction that is rolled back, and forbid sequential scans, to see that the planner can use it.
    // Dropping an index is DDL: the owner's connection (the app role may not).
    const owner = createPrisma(process.env.TEST_OWNER_DATABASE_URL!);
    let plan = "";
    await owner
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe('DROP INDEX "Customer_mergedIntoId_idx"');
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN SELECT c.id FROM "Customer" c WHERE c."mergedIntoId" IS NULL AND c."birthDate" IS NOT NULL
           AND ((EXTRACT(MONTH FROM c."birthDate") * 100 + EXTRACT(DAY FROM c."birthDate"))::int) = ANY(ARRAY[1231,101]::int[])`,
        );
        plan = rows.map((p) => p["QUERY PLAN"]).join("\n");
        throw new Error("rollback");
      })
      .catch((e: Error) => expect(e.message).toBe("rollback"))
      .finally(() => owner.$disconnect());
    expect(plan).toContain("Customer_birthMonthDay_idx");
  });

  it("counts on the Today page exactly the birthdays the care list it links to shows", async () => {
    const today = await loadToday(agentA, "2026-12-30", NOW);
    const count = (key: string) => today.items.find((i) => i.key === key)!.count;
    expect(count("birthdaysWeek")).toBe((await careList(agentA, filters({ range: "week" }), NOW)).total);
    expect(count("birthdaysToday")).toBe((await careList(agentA, filters({ range: "today" }), NOW)).total);
    expect(count("birthdaysWeek")).toBe(2); // 31 Dec and 2 Jan; 27 Dec was last Sunday, 4 Jan is next week
  });
});
