import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { getCustomer360 } from "@/lib/data/customers/360";
import { revealCustomerField } from "@/lib/data/customers/reveal";
import { db } from "@/lib/db";
import { makeHistory } from "../support/customer-history";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

const actorOf = async (user: { id: string }): Promise<Actor> => (await loadActor(user.id))!;
const reveals = (customerId: string) =>
  db.auditLog.findMany({ where: { entityType: "Customer", entityId: customerId, action: "customer.reveal" } });

describe("customer 360° view and reveal", () => {
  let agentA: Actor;
  let agentB: Actor;
  let serviceA: Actor;
  let serviceB: Actor;
  let manager: Actor;
  let customerOfA: { id: string };
  let customerOfB: { id: string };
  let history: Awaited<ReturnType<typeof makeHistory>>;

  beforeAll(async () => {
    const province = await makeOrgUnit("PROVINCE");
    const cityA = await makeOrgUnit("CITY", province.id);
    const cityB = await makeOrgUnit("CITY", province.id);
    const [a, b, sa, sb, m] = await Promise.all([
      makeUser({ orgUnitId: cityA.id, role: "AGENT", channel: "INDIVIDUAL" }),
      makeUser({ orgUnitId: cityA.id, role: "AGENT", channel: "INDIVIDUAL" }),
      makeUser({ orgUnitId: cityA.id, role: "SERVICE" }),
      makeUser({ orgUnitId: cityB.id, role: "SERVICE" }),
      makeUser({ orgUnitId: province.id, role: "MANAGER" }),
    ]);
    agentA = await actorOf(a);
    agentB = await actorOf(b);
    serviceA = await actorOf(sa);
    serviceB = await actorOf(sb);
    manager = await actorOf(m);
    customerOfA = await makeCustomer({ orgUnitId: cityA.id, agentId: a.id });
    customerOfB = await makeCustomer({ orgUnitId: cityA.id, agentId: b.id });
    history = await makeHistory({ customerId: customerOfA.id, orgUnitId: cityA.id, userId: sa.id, agentId: a.id });
    const reported = new Date(Date.now() - 19 * 86_400_000);
    await db.claimStep.createMany({
      data: (["REPORTED", "DOCUMENTS", "ASSESSING", "APPROVED", "PAID"] as const).map((status, i) => ({
        claimId: history.claim.id,
        status,
        at: new Date(reported.getTime() + i * 3_600_000),
      })),
    });
  });

  it("shows an agent their own customer with policies, claims, timeline and masked identifiers", async () => {
    const data = await getCustomer360(agentA, customerOfA.id);
    expect(data).not.toBeNull();
    expect(data!.customer.id).toBe(customerOfA.id);
    expect(data!.customer.idNumber).toBe("110***********002X");
    expect(data!.customer.mobile).toBe("138****5678");
    expect(data!.canReveal).toBe(true);

    expect(data!.policies.items.map((p) => p.policyNo)).toEqual([history.policy.policyNo]);
    expect(data!.policies.items[0]).toMatchObject({ status: "IN_FORCE", annualPremium: 60_000, held: true });
    expect(data!.policies.items[0]!.daysToExpiry).toBeGreaterThan(3000);

    const claim = data!.claims.items[0]!;
    expect(claim.claimNo).toBe(history.claim.claimNo);
    expect(claim.steps.map((s) => `${s.status}:${s.state}`)).toEqual([
      "REPORTED:done",
      "DOCUMENTS:done",
      "ASSESSING:done",
      "APPROVED:done",
      "PAID:current",
      "CLOSED:todo",
    ]);
    expect(claim.steps[0]!.at).not.toBeNull();

    const kinds = data!.timeline.items.map((i) => i.kind);
    expect(new Set(kinds)).toEqual(new Set(["COMPLAINT", "VISIT", "SURVEY", "COMMUNICATION", "CLAIM", "POLICY"]));
    const times = data!.timeline.items.map((i) => i.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(data!.timeline.items[0]).toMatchObject({ kind: "COMMUNICATION", text: "电话回访" });
    expect(data!.timeline.hasMore).toBe(false);

    expect(data!.family.map((f) => f.name)).toEqual(["家属"]);
    expect(data!.tags.map((t) => t.id)).toEqual([history.tag.id]);
    expect(data!.classification.map((c) => c.section)).toHaveLength(11);
  });

  it("does not show an agent another agent's customer, even by id", async () => {
    expect(await getCustomer360(agentA, customerOfB.id)).toBeNull();
    expect(await getCustomer360(agentB, customerOfA.id)).toBeNull();
    expect(await getCustomer360(agentA, "not-a-uuid")).toBeNull();
  });

  it("scopes service staff to their org subtree", async () => {
    expect(await getCustomer360(serviceA, customerOfA.id)).not.toBeNull();
    expect(await getCustomer360(serviceB, customerOfA.id)).toBeNull();
  });

  it("lets a manager read the page without the reveal permission", async () => {
    const data = await getCustomer360(manager, customerOfA.id);
    expect(data?.canReveal).toBe(false);
    expect(data?.customer.mobile).toBe("138****5678");
  });

  it("hides a customer that was merged into another", async () => {
    const { id } = await makeCustomer({ orgUnitId: serviceA.orgUnitId, agentId: agentA.id });
    await db.customer.update({ where: { id }, data: { mergedIntoId: customerOfA.id } });
    expect(await getCustomer360(agentA, id)).toBeNull();
  });

  it("pages a long timeline newest first without gaps or overlaps", async () => {
    const { id } = await makeCustomer({ orgUnitId: serviceA.orgUnitId, agentId: agentA.id });
    const now = Date.now();
    await db.communication.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        customerId: id,
        type: "CALL" as const,
        at: new Date(now - i * 60_000),
        summary: `通话 ${i}`,
      })),
    });
    const first = (await getCustomer360(agentA, id, { timelinePage: 1 }))!.timeline;
    const second = (await getCustomer360(agentA, id, { timelinePage: 2 }))!.timeline;
    expect(first).toMatchObject({ page: 1, hasMore: true });
    expect(first.items).toHaveLength(50);
    expect(second).toMatchObject({ page: 2, hasMore: false });
    expect([...first.items, ...second.items].map((i) => i.text)).toEqual(
      Array.from({ length: 60 }, (_, i) => `通话 ${i}`),
    );
  });

  it("reveals a field's clear value and writes exactly one audit row", async () => {
    const before = await reveals(customerOfA.id);
    const result = await revealCustomerField(agentA, customerOfA.id, "mobile", { ip: "10.0.0.7" });
    expect(result).toEqual({ ok: true, value: "13812345678" });
    const after = await reveals(customerOfA.id);
    expect(after).toHaveLength(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id))!;
    expect(row).toMatchObject({ actorId: agentA.id, data: { field: "mobile" }, ip: "10.0.0.7" });

    const id = await revealCustomerField(serviceA, customerOfA.id, "idNumber");
    expect(id).toEqual({ ok: true, value: "11010519491231002X" });
    expect(await reveals(customerOfA.id)).toHaveLength(before.length + 2);
  });

  it("refuses a reveal to a manager and for a customer out of scope, writing nothing", async () => {
    const before = (await reveals(customerOfA.id)).length;
    const beforeB = (await reveals(customerOfB.id)).length;
    await expect(revealCustomerField(manager, customerOfA.id, "mobile")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await revealCustomerField(agentA, customerOfB.id, "mobile")).toEqual({ ok: false, reason: "notFound" });
    expect(await revealCustomerField(serviceB, customerOfA.id, "idNumber")).toEqual({ ok: false, reason: "notFound" });
    expect(await reveals(customerOfA.id)).toHaveLength(before);
    expect(await reveals(customerOfB.id)).toHaveLength(beforeB);
  });

  it("masks the fax like every other phone number; revealing it is audited", async () => {
    const { id } = await makeCustomer({ orgUnitId: serviceA.orgUnitId, agentId: agentA.id });
    await db.customer.update({ where: { id }, data: { fax: "010-62345678" } });
    expect((await getCustomer360(agentA, id))!.customer.fax).toBe("********5678");
    expect((await getCustomer360(manager, id))!.customer.fax).toBe("********5678");
    await expect(revealCustomerField(manager, id, "fax")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await reveals(id)).toHaveLength(0);
    expect(await revealCustomerField(agentA, id, "fax")).toEqual({ ok: true, value: "010-62345678" });
    expect((await reveals(id)).map((r) => r.data)).toEqual([{ field: "fax" }]);
  });

  it("writes nothing when the field is empty", async () => {
    const before = (await reveals(customerOfA.id)).length;
    expect(await revealCustomerField(agentA, customerOfA.id, "homePhone")).toEqual({ ok: false, reason: "empty" });
    expect(await reveals(customerOfA.id)).toHaveLength(before);
  });

  it("names only the employer and employees the viewer may open", async () => {
    const cityA = (await db.customer.findUniqueOrThrow({ where: { id: customerOfA.id } })).orgUnitId;
    const corp = await makeCustomer({ orgUnitId: cityA, agentId: agentA.id, kind: "CORPORATE" });
    const mine = await makeCustomer({ orgUnitId: cityA, agentId: agentA.id });
    const theirs = await makeCustomer({ orgUnitId: cityA, agentId: agentB.id });
    await db.customer.updateMany({ where: { id: { in: [mine.id, theirs.id] } }, data: { employerId: corp.id } });

    const asA = await getCustomer360(agentA, corp.id);
    expect(asA!.employees.items.map((e) => e.id)).toEqual([mine.id]);
    expect(asA!.employees.total).toBe(2);
    const asService = await getCustomer360(serviceA, corp.id);
    expect(asService!.employees.items.map((e) => e.id).sort()).toEqual([mine.id, theirs.id].sort());

    await db.customer.update({ where: { id: corp.id }, data: { agentId: agentB.id } });
    const employeeView = await getCustomer360(agentA, mine.id);
    expect(employeeView!.customer.employerCustomer).toBeNull();
    expect((await getCustomer360(serviceA, mine.id))!.customer.employerCustomer?.id).toBe(corp.id);
  });
});
