import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { complaintScope } from "@/lib/auth/scope";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { registerComplaint } from "@/lib/data/complaints/register";
import { getComplaint } from "@/lib/data/complaints/detail";
import { complaintScopeSql, listComplaintQueue } from "@/lib/data/complaints/queue";
import { assignComplaint, performStep } from "@/lib/data/complaints/workflow";
import { readQueueFilters } from "@/lib/validation/complaint-queue";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { defaultConfig } from "@/lib/domain/config";
import { addSlaHours, slaCalendar } from "@/lib/domain/sla";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

const H = 3_600_000;
const DAY = 24 * H;

const STEP_FORMS = {
  VERIFY: { facts: "客户所述情况属实，已核对保单", finding: "VALID" },
  REGISTER: { category: "SERVICE_ATTITUDE", severity: "HIGH" },
  TRANSFER: { department: "客户服务部" },
  COORDINATE: { parties: "客服部、个险部", outcome: "约定三日内回访客户" },
  HANDLE: { resolution: "向客户致歉并重新讲解条款", rootCause: "坐席解释不充分" },
  FEEDBACK: { method: "PHONE", customerAccepted: "yes" },
  CLOSE: { summary: "客户接受处理结果" },
} as const;
const FLOW = [
  ["VERIFY", "RECEIVED"],
  ["REGISTER", "VERIFIED"],
  ["TRANSFER", "REGISTERED"],
  ["COORDINATE", "TRANSFERRED"],
  ["HANDLE", "COORDINATED"],
  ["FEEDBACK", "HANDLED"],
  ["CLOSE", "FEEDBACK_GIVEN"],
] as const;

describe("complaints: registration, workflow, scope", () => {
  let province: { id: string };
  let city: { id: string };
  let otherCity: { id: string };
  let agent: Actor;
  let service: Actor;
  let lead: Actor;
  let serviceElsewhere: Actor;
  let manager: Actor;
  let customer: { id: string };
  let otherAgentsCustomer: { id: string };

  const register = (actor: Actor, extra: Record<string, unknown> = {}) =>
    registerComplaint(actor, {
      customerId: customer.id,
      channel: "HOTLINE",
      category: "SERVICE_ATTITUDE",
      severity: "MEDIUM",
      description: "坐席态度恶劣，挂断电话",
      customerRequest: "要求道歉",
      ...extra,
    });
  const auditCount = (id: string) => db.auditLog.count({ where: { entityType: "Complaint", entityId: id } });
  const step = (
    actor: Actor,
    id: string,
    name: keyof typeof STEP_FORMS,
    expected: ComplaintStatus,
    now?: Date,
    extra = {},
  ) =>
    performStep(actor, { complaintId: id, step: name, expectedStatus: expected, ...STEP_FORMS[name], ...extra }, now);

  beforeAll(async () => {
    province = await makeOrgUnit("PROVINCE");
    city = await makeOrgUnit("CITY", province.id);
    otherCity = await makeOrgUnit("CITY", (await makeOrgUnit("PROVINCE")).id);
    const leadUser = await makeUser({ orgUnitId: province.id, role: "SERVICE_LEAD" });
    const a = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    const a2 = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    const s = await makeUser({ orgUnitId: city.id, role: "SERVICE" });
    await db.user.update({ where: { id: s.id }, data: { leadId: leadUser.id } });
    const elsewhere = await makeUser({ orgUnitId: otherCity.id, role: "SERVICE" });
    const m = await makeUser({ orgUnitId: province.id, role: "MANAGER" });
    const actors = (await Promise.all(
      [a.id, s.id, leadUser.id, elsewhere.id, m.id].map((id) => loadActor(id)),
    )) as Actor[];
    [agent, service, lead, serviceElsewhere, manager] = actors as [Actor, Actor, Actor, Actor, Actor];
    customer = await makeCustomer({ orgUnitId: city.id, agentId: a.id });
    otherAgentsCustomer = await makeCustomer({ orgUnitId: city.id, agentId: a2.id });
  });

  it("registers with SLA deadlines computed at receipt, an event and an audit entry", async () => {
    const before = Date.now();
    const r = await register(service);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = await db.complaint.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
    expect(c.status).toBe("RECEIVED");
    expect(c.ownerId).toBe(service.id);
    expect(c.orgUnitId).toBe(city.id);
    expect(c.complaintNo).toMatch(/^TS\d{6}\d{7}$/);
    expect(c.responseDueAt.getTime() - c.receivedAt.getTime()).toBe(48 * H);
    expect(c.resolutionDueAt.getTime() - c.receivedAt.getTime()).toBe(72 * H);
    expect(c.receivedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(c.events.map((e) => e.type)).toEqual(["RECEIVE"]);
    expect(await auditCount(r.id)).toBe(1);
  });

  it("flags an open complaint of the same customer and category, and marks the confirmed one", async () => {
    const r = await register(service);
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== "duplicate" || !r.extra) throw new Error("expected a duplicate warning");
    const { duplicates } = r.extra;
    expect(duplicates.length).toBeGreaterThanOrEqual(1);
    const confirmed = await register(service, { confirmDuplicate: "1" });
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    expect(confirmed.duplicateOf).toEqual(duplicates.map((d) => d.id));
    const detail = await getComplaint(service, confirmed.id);
    expect(detail?.duplicateMarkedNos).toEqual(duplicates.map((d) => d.complaintNo));
    // Another category is no duplicate.
    expect((await register(service, { category: "PREMIUM_BILLING" })).ok).toBe(true);
  });

  it("changes nothing on bad input and says which field", async () => {
    const count = await db.complaint.count();
    const audits = await db.auditLog.count();
    const bad = await register(service, { description: "", channel: "FAX", category: "PRODUCT_TERMS" });
    expect(bad).toMatchObject({ ok: false, reason: "invalid" });
    if (!bad.ok && bad.reason === "invalid") {
      expect(bad.fields?.description).toEqual(["required"]);
      expect(bad.fields?.channel).toBeDefined();
    }
    const foreignPolicy = await register(service, {
      category: "PRODUCT_TERMS",
      policyId: "00000000-0000-4000-8000-000000000000",
    });
    expect(foreignPolicy).toMatchObject({ ok: false, reason: "invalid", fields: { policyId: ["notCustomers"] } });
    const future = await register(service, { category: "PRODUCT_TERMS", receivedAt: "2099-01-01T10:00" });
    expect(future).toMatchObject({ ok: false, reason: "invalid", fields: { receivedAt: ["inFuture"] } });
    expect(await db.complaint.count()).toBe(count);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("lets an agent register for their own customer, but not handle it", async () => {
    const r = await register(agent, { category: "SALES_MISLEADING" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = await db.complaint.findUniqueOrThrow({ where: { id: r.id } });
    expect(c.ownerId).toBeNull();
    await expect(step(agent, r.id, "VERIFY", "RECEIVED")).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("RECEIVED");
    // Not for another agent's customer.
    const foreign = await registerComplaint(agent, {
      customerId: otherAgentsCustomer.id,
      channel: "COUNTER",
      category: "OTHER",
      severity: "LOW",
      description: "客户投诉柜面排队时间过长",
    });
    expect(foreign).toMatchObject({ ok: false, reason: "invalid", fields: { customerId: ["customerNotFound"] } });
    // The agent sees it; managers read but do not handle.
    expect(await getComplaint(agent, r.id)).not.toBeNull();
    expect((await getComplaint(manager, r.id))?.can.step).toBeNull();
    await expect(step(manager, r.id, "VERIFY", "RECEIVED")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("hides the complaint from service staff of another org subtree", async () => {
    const r = await register(service, { category: "POLICY_ADMIN", confirmDuplicate: "1" });
    if (!r.ok) throw new Error("registration failed");
    expect(await getComplaint(serviceElsewhere, r.id)).toBeNull();
    expect(await step(serviceElsewhere, r.id, "VERIFY", "RECEIVED")).toEqual({ ok: false, reason: "notFound" });
    const queue = await listComplaintQueue(serviceElsewhere, readQueueFilters({ status: "all" }).filters);
    expect(queue.rows.map((row) => row.id)).not.toContain(r.id);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("RECEIVED");
  });

  it("walks every step to closed, recording each form, then refuses illegal steps", async () => {
    const r = await register(service, { category: "CLAIM_DISPUTE" });
    if (!r.ok) throw new Error("registration failed");
    const t0 = Date.now();
    for (const [name, from] of FLOW) expect(await step(service, r.id, name, from)).toEqual({ ok: true });
    const c = await db.complaint.findUniqueOrThrow({
      where: { id: r.id },
      include: { events: { orderBy: { at: "asc" } } },
    });
    expect(c.status).toBe("CLOSED");
    expect(c.category).toBe("SERVICE_ATTITUDE"); // corrected at 登记
    expect(c.severity).toBe("HIGH");
    expect(c.firstResponseAt!.getTime()).toBeGreaterThanOrEqual(t0);
    expect(c.resolution).toBe(STEP_FORMS.HANDLE.resolution);
    expect(c.rootCause).toBe(STEP_FORMS.HANDLE.rootCause);
    expect(c.resolvedAt).not.toBeNull();
    expect(c.closedAt).not.toBeNull();
    expect(c.responseBreached || c.resolutionBreached).toBe(false);
    expect(c.events.map((e) => e.type)).toEqual(["RECEIVE", ...FLOW.map(([n]) => n)]);
    expect(c.events.every((e) => e.type === "RECEIVE" || e.byId === service.id)).toBe(true);
    expect((c.events.find((e) => e.type === "VERIFY")!.data as { facts: string }).facts).toBe(STEP_FORMS.VERIFY.facts);
    expect(await auditCount(r.id)).toBe(1 + FLOW.length);
    // Steps out of order or repeated are refused and leave no trace.
    expect(await step(service, r.id, "HANDLE", "CLOSED")).toEqual({ ok: false, reason: "illegalTransition" });
    expect(await step(service, r.id, "CLOSE", "FEEDBACK_GIVEN")).toEqual({ ok: false, reason: "conflict" });
    expect(await auditCount(r.id)).toBe(1 + FLOW.length);
  });

  it("refuses a skipped step on the server whatever the form claims", async () => {
    const r = await register(service, { category: "PRODUCT_TERMS" });
    if (!r.ok) throw new Error("registration failed");
    expect(await step(service, r.id, "HANDLE", "RECEIVED")).toEqual({ ok: false, reason: "illegalTransition" });
    expect(await step(service, r.id, "VERIFY", "RECEIVED", undefined, { facts: "" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    const c = await db.complaint.findUniqueOrThrow({ where: { id: r.id } });
    expect([c.status, c.firstResponseAt]).toEqual(["RECEIVED", null]);
  });

  it("counts reopenings within the window and refuses them after it", async () => {
    const r = await register(service, { category: "OTHER" });
    if (!r.ok) throw new Error("registration failed");
    for (const [name, from] of FLOW) await step(service, r.id, name, from);
    const reopen = (now?: Date) =>
      performStep(
        service,
        { complaintId: r.id, step: "REOPEN", expectedStatus: "CLOSED", reason: "客户仍有异议" },
        now,
      );
    expect(await reopen()).toEqual({ ok: true });
    let c = await db.complaint.findUniqueOrThrow({ where: { id: r.id } });
    expect([c.status, c.reopenCount, c.closedAt]).toEqual(["REGISTERED", 1, null]);
    for (const [name, from] of FLOW.slice(2)) expect(await step(service, r.id, name, from)).toEqual({ ok: true });
    c = await db.complaint.findUniqueOrThrow({ where: { id: r.id } });
    // 30-day window by default: one day past it is refused.
    expect(await reopen(new Date(c.closedAt!.getTime() + 31 * DAY))).toEqual({
      ok: false,
      reason: "reopenWindowClosed",
    });
    expect(await reopen(new Date(c.closedAt!.getTime() + 29 * DAY))).toEqual({ ok: true });
    expect((await db.complaint.findUniqueOrThrow({ where: { id: r.id } })).reopenCount).toBe(2);
  });

  it("marks a late first response as breached, and the mark stays", async () => {
    const r = await register(service, { category: "PREMIUM_BILLING", severity: "LOW", confirmDuplicate: "1" });
    if (!r.ok) throw new Error("registration failed");
    const late = new Date(Date.now() + 49 * H);
    expect(await step(service, r.id, "VERIFY", "RECEIVED", late)).toEqual({ ok: true });
    const c = await db.complaint.findUniqueOrThrow({ where: { id: r.id } });
    expect(c.responseBreached).toBe(true);
    expect(c.resolutionBreached).toBe(false);
    const detail = await getComplaint(service, r.id, late);
    expect(detail?.clocks.response.state).toBe("metLate");
    expect(detail?.clocks.overall).toBe("breached");
  });

  it("lets only the lead assign, to service staff in scope, notifying the new owner", async () => {
    const r = await register(agent, { category: "OTHER", severity: "LOW", description: "客户反映保单邮寄地址错误" });
    if (!r.ok) throw new Error("registration failed");
    await expect(assignComplaint(service, { complaintId: r.id, ownerId: service.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await assignComplaint(lead, { complaintId: r.id, ownerId: serviceElsewhere.id })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await assignComplaint(lead, { complaintId: r.id, ownerId: service.id })).toEqual({ ok: true });
    expect((await db.complaint.findUniqueOrThrow({ where: { id: r.id } })).ownerId).toBe(service.id);
    expect(
      await db.notification.count({
        where: { userId: service.id, kind: "COMPLAINT_ASSIGNED", link: `/complaints/${r.id}` },
      }),
    ).toBe(1);
  });

  it("hands a complaint only to staff who can open it, and only a lead's transfer changes the owner", async () => {
    const sibling = await makeOrgUnit("CITY", province.id);
    const siblingStaff = (await loadActor((await makeUser({ orgUnitId: sibling.id, role: "SERVICE" })).id))!;
    const colleague = (await loadActor((await makeUser({ orgUnitId: city.id, role: "SERVICE" })).id))!;
    const r = await register(service, { category: "POLICY_ADMIN", confirmDuplicate: "1" });
    if (!r.ok) throw new Error("registration failed");
    // The province lead sees both cities, but staff of the sibling city could not open this one.
    expect(await assignComplaint(lead, { complaintId: r.id, ownerId: siblingStaff.id })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await assignComplaint(lead, { complaintId: r.id, ownerId: service.id })).toEqual({ ok: true });
    for (const [name, from] of FLOW.slice(0, 2)) expect(await step(service, r.id, name, from)).toEqual({ ok: true });
    // 转接表 by a service user names the colleague, but ownership stays with the lead's choice.
    expect(await step(service, r.id, "TRANSFER", "REGISTERED", undefined, { personId: colleague.id })).toEqual({
      ok: true,
    });
    const c = await db.complaint.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
    expect(c.ownerId).toBe(service.id);
    expect(c.events.find((e) => e.type === "TRANSFER")?.data).toMatchObject({ personName: colleague.name });
  });

  it("sorts the queue by time left and filters by SLA state in the URL", async () => {
    const queue = await listComplaintQueue(service, readQueueFilters({}).filters);
    expect(queue.rows.length).toBeGreaterThan(0);
    expect(queue.rows.every((row) => row.status !== "CLOSED")).toBe(true);
    // The running clock's deadline; stopped clocks (resolved, e.g. a reopened case) sort last.
    const due = (row: (typeof queue.rows)[number]) =>
      !row.firstResponseAt ? row.responseDueAt.getTime() : !row.resolvedAt ? row.resolutionDueAt.getTime() : Infinity;
    for (let i = 1; i < queue.rows.length; i++)
      expect(due(queue.rows[i]!)).toBeGreaterThanOrEqual(due(queue.rows[i - 1]!));
    const breached = await listComplaintQueue(service, readQueueFilters({ sla: "breached", status: "all" }).filters);
    expect(breached.rows.length).toBeGreaterThan(0);
    expect(breached.rows.every((row) => row.clocks.overall === "breached")).toBe(true);
    const ok = await listComplaintQueue(service, readQueueFilters({ sla: "ok", status: "all" }).filters);
    expect(ok.rows.every((row) => row.clocks.overall !== "breached" && row.clocks.overall !== "atRisk")).toBe(true);
    expect(readQueueFilters({ sla: "soon", channel: "HOTLINE" })).toMatchObject({
      invalid: ["sla"],
      filters: { channel: "HOTLINE" },
    });
  });

  it("orders open and closed complaints alike by time left, running clocks first", async () => {
    const all = await db.complaint.findMany({ where: complaintScope(service) });
    const due = (c: (typeof all)[number]) =>
      c.closedAt
        ? Infinity
        : !c.firstResponseAt
          ? Math.min(+c.responseDueAt, +c.resolutionDueAt)
          : !c.resolvedAt
            ? +c.resolutionDueAt
            : Infinity;
    const expected = [...all]
      .sort((a, b) => due(a) - due(b) || +b.receivedAt - +a.receivedAt || (a.id < b.id ? -1 : 1))
      .map((c) => c.id)
      .slice(0, 25);
    const queue = await listComplaintQueue(service, readQueueFilters({ status: "all" }).filters);
    expect(queue.rows.map((r) => r.id)).toEqual(expected);
    expect(queue.total).toBe(all.length);
  });

  it("says in SQL exactly what complaintScope says", async () => {
    for (const actor of [agent, service, serviceElsewhere, lead]) {
      const viaPrisma = await db.complaint.findMany({ where: complaintScope(actor), select: { id: true } });
      const viaSql = await db.$queryRaw<
        { id: string }[]
      >`SELECT c.id::text AS id FROM "Complaint" c WHERE ${complaintScopeSql(actor)}`;
      expect(viaSql.map((r) => r.id).sort()).toEqual(viaPrisma.map((r) => r.id).sort());
    }
  });
  it("computes deadlines in business hours with the Holiday table when the config says so", async () => {
    // A Monday 10:00 in Asia/Shanghai at least a week back; its Tuesday is made a holiday.
    const monday = new Date(Date.now() - 8 * DAY);
    while (new Date(monday.getTime() + 8 * H).getUTCDay() !== 1) monday.setTime(monday.getTime() - DAY);
    const day = new Date(monday.getTime() + 8 * H).toISOString().slice(0, 10);
    const receivedAt = new Date(`${day}T10:00:00+08:00`);
    const tuesday = new Date(receivedAt.getTime() + DAY).toISOString().slice(0, 10);
    const sla = {
      ...defaultConfig.complaintSla,
      businessHoursOnly: true,
      overrides: [{ severity: "CRITICAL" as const, firstResponseHours: 4 }],
    };
    await db.setting.upsert({
      where: { key: "complaintSla" },
      create: { key: "complaintSla", value: sla },
      update: { value: sla },
    });
    await db.holiday.create({ data: { date: new Date(`${tuesday}T00:00:00Z`), name: "测试假日" } });
    try {
      const r = await register(service, {
        category: "OTHER",
        severity: "CRITICAL",
        confirmDuplicate: "1",
        receivedAt: `${day}T10:00`,
      });
      if (!r.ok) throw new Error(`registration failed: ${JSON.stringify(r)}`);
      const c = await db.complaint.findUniqueOrThrow({ where: { id: r.id } });
      expect(c.receivedAt).toEqual(receivedAt);
      // 4 business hours: Monday 10:00 → 14:00. 72 business hours skip the Tuesday holiday and the weekend.
      expect(c.responseDueAt).toEqual(new Date(`${day}T14:00:00+08:00`));
      const cal = slaCalendar(sla, [{ date: tuesday, isWorkday: false }]);
      expect(c.resolutionDueAt).toEqual(addSlaHours(receivedAt, 72, cal));
      expect(c.resolutionDueAt.getTime() - receivedAt.getTime()).toBeGreaterThan(10 * DAY);
    } finally {
      await db.setting.delete({ where: { key: "complaintSla" } });
      await db.holiday.delete({ where: { date: new Date(`${tuesday}T00:00:00Z`) } });
    }
  });
});
