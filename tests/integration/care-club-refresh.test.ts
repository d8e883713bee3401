import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshClubMembership } from "@/lib/data/care/club-refresh";
import { makeCustomer, makeOrgUnit } from "../support/factories";

let seq = 0;
const policy = (customerId: string, orgUnitId: string, status: "IN_FORCE" | "LAPSED" = "IN_FORCE") =>
  db.policy.create({
    data: {
      policyNo: `PCR${Date.now()}${++seq}`,
      customerId,
      productLine: "AUTO",
      productName: "测试车险",
      channel: "INDIVIDUAL",
      orgUnitId,
      annualPremium: "4000.00",
      paymentFrequency: "ANNUAL",
      startDate: new Date("2025-01-01"),
      endDate: new Date("2027-12-31"),
      status,
    },
  });
const claim = (customerId: string, policyId: string, reportedAt: string) =>
  db.claim.create({
    data: {
      claimNo: `LPCR${Date.now()}${++seq}`,
      policyId,
      customerId,
      incidentDate: new Date(reportedAt.slice(0, 10)),
      reportedAt: new Date(reportedAt),
      amountClaimed: "1000.00",
      status: "CLOSED",
    },
  });
const flag = async (id: string) => (await db.customer.findUniqueOrThrow({ where: { id } })).isClubMember;

describe("club-refresh job", () => {
  // Today in Shanghai: 2 Dec 2026; claims reported on or before 2 Dec 2025 (Shanghai) no longer count.
  const NOW = new Date("2026-12-02T04:00:00Z");
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const city = await makeOrgUnit("CITY");
    for (const key of ["exactly12", "inside", "noCover", "clean"])
      ids[key] = (await makeCustomer({ orgUnitId: city.id })).id;
    const p1 = await policy(ids.exactly12!, city.id);
    await claim(ids.exactly12!, p1.id, "2025-12-02T15:30:00Z"); // 23:30 on 2 Dec 2025 in Shanghai
    const p2 = await policy(ids.inside!, city.id);
    await claim(ids.inside!, p2.id, "2025-12-02T16:30:00Z"); // 00:30 on 3 Dec 2025 in Shanghai
    await policy(ids.noCover!, city.id, "LAPSED");
    await policy(ids.clean!, city.id);
    await db.customer.updateMany({ where: { id: { in: Object.values(ids) } }, data: { isClubMember: false } });
    await db.customer.update({ where: { id: ids.noCover! }, data: { isClubMember: true } });
  });

  it("sets the flag at the 12-month boundary in Shanghai time, and clears it without cover", async () => {
    const { updated } = await refreshClubMembership(NOW);
    // Exactly the three whose flag changes (this file's own database has no other customers).
    expect(updated).toBe(3);
    expect(await flag(ids.exactly12!)).toBe(true);
    expect(await flag(ids.inside!)).toBe(false);
    expect(await flag(ids.noCover!)).toBe(false);
    expect(await flag(ids.clean!)).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { action: "club.refresh" }, orderBy: { id: "desc" } });
    expect(audit?.data).toMatchObject({ today: "2026-12-02", windowStart: "2025-12-02" });
  });

  it("is idempotent and lets the next day's run admit the other claimant", async () => {
    expect((await refreshClubMembership(NOW)).updated).toBe(0);
    await refreshClubMembership(new Date("2026-12-03T04:00:00Z"));
    expect(await flag(ids.inside!)).toBe(true);
  });
});
