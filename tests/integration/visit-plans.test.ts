// Visit plan job (issue 4.3): rules at the data level, idempotency of the set-based run, the
// per-customer variant and the SQL method rule agreeing with lib/domain/visit-plan.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateVisitPlans, runVisitPlanJob } from "@/lib/data/visits/plans";
import { addDays } from "@/lib/domain/dates";
import { suggestVisitMethod } from "@/lib/domain/visit-plan";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";
import { makePolicy } from "../support/kpi-factories";

// A fixed leap day as "today" (the job takes it as a parameter): three years before 29 Feb 2028
// is 28 Feb 2025, the long-standing boundary PostgreSQL's interval arithmetic agrees on.
const today = "2028-02-29";
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const ids: Record<string, string> = {};

async function plansOf(customerIds: string[]) {
  const rows = await db.visit.findMany({
    where: { customerId: { in: customerIds }, planKey: { not: null } },
    orderBy: { planKey: "asc" },
    select: {
      planKey: true,
      reason: true,
      dueDate: true,
      assigneeId: true,
      suggestedMethod: true,
      policyId: true,
      customerId: true,
    },
  });
  return rows.map((r) => ({ ...r, dueDate: r.dueDate.toISOString().slice(0, 10) }));
}

beforeAll(async () => {
  const city = await makeOrgUnit("CITY");
  const a1 = await makeUser({ orgUnitId: city.id });
  const a2 = await makeUser({ orgUnitId: city.id });
  const gone = await makeUser({ orgUnitId: city.id, active: false });
  const vip = await makeCustomer({ orgUnitId: city.id, agentId: a1.id });
  await db.customer.update({
    where: { id: vip.id },
    data: { vipTier: "GOLD", firstPurchaseAt: day(addDays(today, -10)) },
  });
  const orphan = await makeCustomer({ orgUnitId: city.id, agentId: null });
  await db.customer.update({ where: { id: orphan.id }, data: { firstPurchaseAt: day(addDays(today, -30)) } });
  const old = await makeCustomer({ orgUnitId: city.id, agentId: a1.id });
  await db.customer.update({ where: { id: old.id }, data: { firstPurchaseAt: day(addDays(today, -31)) } });
  // Long-standing boundary: exactly three years (on site) and one day short of it (phone).
  const threeYears = "2025-02-28";
  const longStanding = await makeCustomer({ orgUnitId: city.id, agentId: a1.id });
  await db.customer.update({ where: { id: longStanding.id }, data: { firstPurchaseAt: day(threeYears) } });
  const almost = await makeCustomer({ orgUnitId: city.id, agentId: a1.id });
  await db.customer.update({ where: { id: almost.id }, data: { firstPurchaseAt: day(addDays(threeYears, 1)) } });
  const p = (customerId: string, end: string, agentId: string | null, extra = {}) =>
    makePolicy({ customerId, orgUnitId: city.id, agentId, start: addDays(end, -365), end, ...extra });
  const inWindow = await p(vip.id, addDays(today, 44), a2.id);
  const beyond = await p(vip.id, addDays(today, 45), a2.id);
  const soon = await p(old.id, addDays(today, 5), gone.id);
  const lapsed = await p(old.id, addDays(today, 20), a1.id, { status: "LAPSED" });
  const renewed = await p(old.id, addDays(today, 20), a1.id);
  await makePolicy({
    customerId: old.id,
    orgUnitId: city.id,
    agentId: a1.id,
    start: addDays(today, 20),
    end: addDays(today, 385),
    renewedFromId: renewed.id,
  });
  const ls = await p(longStanding.id, addDays(today, 40), a1.id);
  const al = await p(almost.id, addDays(today, 40), a1.id);
  Object.assign(ids, {
    a1: a1.id,
    a2: a2.id,
    vip: vip.id,
    orphan: orphan.id,
    old: old.id,
    longStanding: longStanding.id,
    almost: almost.id,
    inWindow: inWindow.id,
    beyond: beyond.id,
    soon: soon.id,
    lapsed: lapsed.id,
    renewed: renewed.id,
    ls: ls.id,
    al: al.id,
    city: city.id,
  });
});

describe("visit plan job", () => {
  it("plans new-customer and pre-expiry visits by the rules, and a rerun creates nothing", async () => {
    const first = await generateVisitPlans({ today });
    // This file's own database: exactly VIP and orphan are new; four policies end inside the window.
    expect(first).toMatchObject({ newCustomer: 2, preExpiry: 4 });
    const mine = [ids.vip!, ids.orphan!, ids.old!, ids.longStanding!, ids.almost!];
    const rows = await plansOf(mine);
    const byKey = new Map(rows.map((r) => [r.planKey, r]));

    expect(byKey.get(`NEW_CUSTOMER:${ids.vip}`)).toMatchObject({
      dueDate: addDays(today, 20),
      assigneeId: ids.a1,
      suggestedMethod: "ON_SITE",
    });
    // No agent: left for the service centre; bought exactly 30 days ago is still due today.
    expect(byKey.get(`NEW_CUSTOMER:${ids.orphan}`)).toMatchObject({
      dueDate: today,
      assigneeId: null,
      suggestedMethod: "PHONE",
    });
    expect(byKey.has(`NEW_CUSTOMER:${ids.old}`)).toBe(false); // 31 days ago: window passed

    expect(byKey.get(`PRE_EXPIRY:${ids.inWindow}`)).toMatchObject({
      dueDate: addDays(today, 14),
      assigneeId: ids.a2,
      policyId: ids.inWindow,
    });
    expect(byKey.has(`PRE_EXPIRY:${ids.beyond}`)).toBe(false);
    // Ends in 5 days: due today (not in the past); inactive servicing agent → the customer's agent.
    expect(byKey.get(`PRE_EXPIRY:${ids.soon}`)).toMatchObject({ dueDate: today, assigneeId: ids.a1 });
    expect(byKey.has(`PRE_EXPIRY:${ids.lapsed}`)).toBe(false);
    expect(byKey.has(`PRE_EXPIRY:${ids.renewed}`)).toBe(false);
    expect(byKey.get(`PRE_EXPIRY:${ids.ls}`)?.suggestedMethod).toBe("ON_SITE");
    expect(byKey.get(`PRE_EXPIRY:${ids.al}`)?.suggestedMethod).toBe("PHONE");

    // The SQL method rule says what the pure function says for every planned row.
    const customers = await db.customer.findMany({
      where: { id: { in: mine } },
      select: { id: true, kind: true, vipTier: true, firstPurchaseAt: true },
    });
    for (const r of rows) {
      const c = customers.find((x) => x.id === r.customerId)!;
      const expected = suggestVisitMethod(
        { kind: c.kind, vipTier: c.vipTier, firstPurchaseAt: c.firstPurchaseAt?.toISOString().slice(0, 10) ?? null },
        today,
      );
      expect(r.suggestedMethod, r.planKey!).toBe(expected);
    }

    const total = await db.visit.count();
    const second = await generateVisitPlans({ today });
    expect(second).toMatchObject({ newCustomer: 0, preExpiry: 0 });
    expect(await db.visit.count()).toBe(total);
    expect(await plansOf(mine)).toEqual(rows);
  });

  it("plans one customer right after creation through the job handler, once", async () => {
    const fresh = await makeCustomer({ orgUnitId: ids.city!, agentId: ids.a1! });
    // Created at 00:30 on "today" in Shanghai (16:30 UTC the day before): the plan counts from that day.
    await db.customer.update({ where: { id: fresh.id }, data: { createdAt: new Date("2028-02-28T16:30:00Z") } });
    const before = await db.visit.count();
    const run = await runVisitPlanJob({ customerIds: [fresh.id, "junk"], today });
    expect(run).toMatchObject({ newCustomer: 1, preExpiry: 0 });
    expect(await db.visit.count()).toBe(before + 1);
    const [plan] = await plansOf([fresh.id]);
    expect(plan).toMatchObject({ reason: "NEW_CUSTOMER", dueDate: addDays(today, 30), assigneeId: ids.a1 });
    expect(await runVisitPlanJob({ customerIds: [fresh.id], today })).toMatchObject({ newCustomer: 0, preExpiry: 0 });
    // A payload of only junk ids plans nothing (it must not fall back to the whole book).
    expect(await runVisitPlanJob({ customerIds: ["x"] })).toMatchObject({ newCustomer: 0, preExpiry: 0 });
  });
});
