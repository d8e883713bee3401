// KPI definitions on a hand-built data set: every expected value below is worked out by hand from the
// rows created in beforeAll (see the comments), not by the code under test.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { appraisal } from "@/lib/data/kpi/appraisal";
import { kpiBreakdown } from "@/lib/data/kpi/breakdown";
import { loadCockpit } from "@/lib/data/kpi/cockpit";
import { refreshKpiSummaries } from "@/lib/data/kpi/refresh";
import { setTargets } from "@/lib/data/kpi/targets";
import { listPolicies } from "@/lib/data/policies/list";
import type { KpiId } from "@/lib/domain/kpi";
import { yearPeriod } from "@/lib/domain/kpi-period";
import { kpiTargetInput } from "@/lib/validation/kpi-target";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";
import { makeClaim, makeComplaint, makePolicy, makeSurvey, makeVisit } from "../support/kpi-factories";

const Y2025 = yearPeriod(2025);
const TODAY = "2026-06-01";
const ids: Record<string, string> = {};

const value = (c: Awaited<ReturnType<typeof loadCockpit>>, id: KpiId) => c.cards.find((x) => x.id === id)!.value;

beforeAll(async () => {
  const province = await makeOrgUnit("PROVINCE");
  const cityA = await makeOrgUnit("CITY", province.id);
  const cityB = await makeOrgUnit("CITY", province.id);
  const a1 = await makeUser({ orgUnitId: cityA.id, role: "AGENT" });
  const a2 = await makeUser({ orgUnitId: cityA.id, role: "AGENT" });
  const b1 = await makeUser({ orgUnitId: cityB.id, role: "AGENT" });
  const manager = await makeUser({ orgUnitId: province.id, role: "MANAGER" });
  const leadA = await makeUser({ orgUnitId: cityA.id, role: "SERVICE_LEAD" });
  Object.assign(ids, {
    province: province.id,
    cityA: cityA.id,
    cityB: cityB.id,
    a1: a1.id,
    a2: a2.id,
    b1: b1.id,
    manager: manager.id,
    leadA: leadA.id,
  });
  const A = cityA.id;
  const B = cityB.id;
  const c1 = await makeCustomer({ orgUnitId: A, agentId: a1.id });
  const c2 = await makeCustomer({ orgUnitId: A, agentId: a1.id });
  const c3 = await makeCustomer({ orgUnitId: A, agentId: a2.id });
  const c4 = await makeCustomer({ orgUnitId: A, agentId: a2.id });
  const c5 = await makeCustomer({ orgUnitId: A, agentId: a2.id });
  const c6 = await makeCustomer({ orgUnitId: B, agentId: b1.id });

  // C1: insured at both ends, renewed P1, and bought a NEW policy N1 in 2025 → repeat buyer.
  const p1 = await makePolicy({
    customerId: c1.id,
    orgUnitId: A,
    agentId: a1.id,
    start: "2024-01-01",
    end: "2025-06-30",
  });
  await makePolicy({
    customerId: c1.id,
    orgUnitId: A,
    agentId: a1.id,
    start: "2025-07-01",
    end: "2026-06-30",
    premium: 1000,
    renewedFromId: p1.id,
  });
  await makePolicy({
    customerId: c1.id,
    orgUnitId: A,
    agentId: a1.id,
    start: "2025-03-01",
    end: "2026-02-28",
    premium: 2000,
    productLine: "HEALTH",
  });
  // C2: P2 due 2025-02-28, not renewed → churned.
  await makePolicy({ customerId: c2.id, orgUnitId: A, agentId: a1.id, start: "2024-03-01", end: "2025-02-28" });
  // C3: one long policy → retained, not due, not a repeat buyer.
  await makePolicy({ customerId: c3.id, orgUnitId: A, agentId: a2.id, start: "2024-06-01", end: "2026-05-31" });
  // C4: first policy in 2025 → closing insured only.
  await makePolicy({
    customerId: c4.id,
    orgUnitId: A,
    agentId: a2.id,
    start: "2025-05-01",
    end: "2026-04-30",
    premium: 3000,
  });
  // C5: LAPSED policy → never insured, but due in 2025 and not renewed.
  await makePolicy({
    customerId: c5.id,
    orgUnitId: A,
    agentId: a2.id,
    start: "2024-01-01",
    end: "2025-12-31",
    status: "LAPSED",
  });
  // C6 (city B): renewed P6 → retained.
  const p6 = await makePolicy({
    customerId: c6.id,
    orgUnitId: B,
    agentId: b1.id,
    start: "2024-07-01",
    end: "2025-06-30",
  });
  await makePolicy({
    customerId: c6.id,
    orgUnitId: B,
    agentId: b1.id,
    start: "2025-07-01",
    end: "2026-06-30",
    premium: 4000,
    renewedFromId: p6.id,
    channel: "BANCASSURANCE",
  });

  // Visits of city A (assignee a1). 15:00Z = 23:00 Beijing the same day (on time); 16:30Z = 00:30 next day (late).
  await makeVisit({
    customerId: c1.id,
    assigneeId: a1.id,
    due: "2025-03-10",
    status: "DONE",
    doneAt: "2025-03-10T15:00:00Z",
  });
  await makeVisit({
    customerId: c2.id,
    assigneeId: a1.id,
    due: "2025-03-10",
    status: "DONE",
    doneAt: "2025-03-10T16:30:00Z",
  });
  await makeVisit({ customerId: c1.id, assigneeId: a1.id, due: "2025-04-01" });
  await makeVisit({ customerId: c1.id, assigneeId: a1.id, due: "2025-05-01", status: "CANCELLED" });
  await makeVisit({
    customerId: c1.id,
    assigneeId: a1.id,
    due: "2024-12-31",
    status: "DONE",
    doneAt: "2024-12-31T02:00:00Z",
  });

  // Surveys: city A (agent a1) 80/10, 90/9, 60/5, 70/7, 100/10 (completed 2025-01-01 00:30 Beijing);
  // excluded: pending, and one completed 2026-01-01 00:30 Beijing. City B (b1): 10/0.
  await makeSurvey({ customerId: c1.id, agentId: a1.id, completedAt: "2025-05-01T02:00:00Z", csat: 80, nps: 10 });
  await makeSurvey({ customerId: c1.id, agentId: a1.id, completedAt: "2025-06-01T02:00:00Z", csat: 90, nps: 9 });
  await makeSurvey({ customerId: c2.id, agentId: a1.id, completedAt: "2025-07-01T02:00:00Z", csat: 60, nps: 5 });
  await makeSurvey({ customerId: c2.id, agentId: a1.id, completedAt: "2025-08-01T02:00:00Z", csat: 70, nps: 7 });
  await makeSurvey({ customerId: c1.id, agentId: a1.id, completedAt: "2024-12-31T16:30:00Z", csat: 100, nps: 10 });
  await makeSurvey({ customerId: c1.id, agentId: a1.id });
  await makeSurvey({ customerId: c1.id, agentId: a1.id, completedAt: "2025-12-31T16:30:00Z", csat: 0, nps: 0 });
  await makeSurvey({ customerId: c6.id, agentId: b1.id, completedAt: "2025-06-01T02:00:00Z", csat: 10, nps: 0 });

  // Complaints: city A K1 (resp 10 h ok, resolved 80 h late), K2 (resp 50 h late, resolved 70 h ok),
  // K3 (resp 1 h ok, unresolved and past due); K4 received 2026-01-01 04:00 Beijing (excluded). City B K5 (ok/ok).
  await makeComplaint({
    customerId: c1.id,
    orgUnitId: A,
    registeredById: leadA.id,
    receivedAt: "2025-02-01T00:00:00Z",
    respondedAfterH: 10,
    resolvedAfterH: 80,
    resolutionBreached: true,
  });
  await makeComplaint({
    customerId: c2.id,
    orgUnitId: A,
    registeredById: leadA.id,
    receivedAt: "2025-02-02T00:00:00Z",
    respondedAfterH: 50,
    resolvedAfterH: 70,
    responseBreached: true,
  });
  await makeComplaint({
    customerId: c3.id,
    orgUnitId: A,
    registeredById: leadA.id,
    receivedAt: "2025-02-03T00:00:00Z",
    respondedAfterH: 1,
  });
  await makeComplaint({
    customerId: c3.id,
    orgUnitId: A,
    registeredById: leadA.id,
    receivedAt: "2025-12-31T20:00:00Z",
    respondedAfterH: 1,
    resolvedAfterH: 2,
  });
  await makeComplaint({
    customerId: c6.id,
    orgUnitId: B,
    registeredById: leadA.id,
    receivedAt: "2025-03-01T00:00:00Z",
    respondedAfterH: 5,
    resolvedAfterH: 20,
  });

  // Claims on P1: 10 days and 5.5 days; one still open.
  await makeClaim({
    policyId: p1.id,
    customerId: c1.id,
    reportedAt: "2025-01-01T00:00:00Z",
    closedAt: "2025-01-11T00:00:00Z",
  });
  await makeClaim({
    policyId: p1.id,
    customerId: c1.id,
    reportedAt: "2025-02-01T00:00:00Z",
    closedAt: "2025-02-06T12:00:00Z",
  });
  await makeClaim({ policyId: p1.id, customerId: c1.id, reportedAt: "2025-03-01T00:00:00Z" });
});

describe("KPI definitions on a hand-built data set", () => {
  it("computes every KPI for a manager's whole subtree", async () => {
    const actor = (await loadActor(ids.manager!))!;
    const c = await loadCockpit(actor, Y2025, {}, TODAY);
    // This file's own database has no refreshed summaries yet: the figures come from the live SQL
    // (the summaries are compared with them at the end).
    expect(c.freshness.source).toBe("live");
    // Opening (2024-12-31): C1, C2, C3, C6 = 4. Closing (2025-12-31): C1, C3, C4, C6 = 4. Retained C1, C3, C6.
    expect(value(c, "insuredCustomers")).toBe(4);
    expect(value(c, "insuredGrowth")).toBe(0);
    expect(value(c, "repeatPurchaseRate")).toBeCloseTo(1 / 4); // C1 only
    expect(value(c, "retentionRate")).toBeCloseTo(3 / 4);
    expect(value(c, "churnRate")).toBeCloseTo(1 / 4); // C2
    // Due in 2025: P1 (renewed), P2, P5, P6 (renewed).
    expect(value(c, "renewalRate")).toBeCloseTo(2 / 4);
    // Due V1, V2, V3 (V4 cancelled, V5 in 2024); done V1, V2; on time V1.
    expect(value(c, "visitCompletionRate")).toBeCloseTo(2 / 3);
    expect(value(c, "visitOnTimeRate")).toBeCloseTo(1 / 3);
    // CSAT (80+90+60+70+100+10)/6; NPS promoters 10,9,10 = 3, detractors 5,0 = 2, of 6.
    expect(value(c, "csat")).toBeCloseTo(410 / 6);
    expect(value(c, "nps")).toBeCloseTo(((3 - 2) / 6) * 100);
    // K1, K2, K3, K5. 48 h: K1, K3, K5 of 4. 72 h: K2, K5 of 4 (K3 unresolved past due).
    expect(value(c, "complaintCount")).toBe(4);
    expect(value(c, "complaintSla48h")).toBeCloseTo(3 / 4);
    expect(value(c, "complaintSla72h")).toBeCloseTo(2 / 4);
    expect(c.complaintBreaches).toEqual({ response: 1, resolution: 1 });
    expect(value(c, "avgClaimDays")).toBeCloseTo((10 + 5.5) / 2);
    // Started in 2025: P1r 1000 + N1 2000 + P4 3000 + P6r 4000.
    expect(value(c, "premium")).toBe(10_000);
    expect(c.premiumByChannel).toEqual({ INDIVIDUAL: 6000, BANCASSURANCE: 4000 });
  });

  it("compares with the previous period and fills the trend", async () => {
    const actor = (await loadActor(ids.manager!))!;
    const c = await loadCockpit(actor, Y2025, {}, TODAY);
    const insured = c.cards.find((x) => x.id === "insuredCustomers")!;
    // End of 2024: C1, C2, C3, C6 insured = 4 (C5's policy is lapsed).
    expect(insured.previous).toBe(4);
    expect(insured.trend.map((t) => t.key)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    // End of 2023: C1 (P1 from 2024-01-01) not yet → 0 insured.
    expect(insured.trend[2]!.value).toBe(0);
  });

  it("shows a SERVICE_LEAD only their subtree", async () => {
    const actor = (await loadActor(ids.leadA!))!;
    const c = await loadCockpit(actor, Y2025, {}, TODAY);
    // City A: opening C1, C2, C3; closing C1, C3, C4; retained C1, C3; repeat C1.
    expect(value(c, "insuredCustomers")).toBe(3);
    expect(value(c, "churnRate")).toBeCloseTo(1 / 3);
    expect(value(c, "repeatPurchaseRate")).toBeCloseTo(1 / 3);
    expect(value(c, "renewalRate")).toBeCloseTo(1 / 3); // P1 of P1, P2, P5
    expect(value(c, "csat")).toBeCloseTo(400 / 5);
    expect(value(c, "nps")).toBeCloseTo(((3 - 1) / 5) * 100);
    expect(value(c, "complaintCount")).toBe(3);
    expect(value(c, "complaintSla48h")).toBeCloseTo(2 / 3);
    expect(value(c, "complaintSla72h")).toBeCloseTo(1 / 3);
    expect(value(c, "premium")).toBe(6000);
    await expect(loadCockpit(actor, Y2025, { orgUnitId: ids.cityB }, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(loadCockpit(actor, Y2025, { orgUnitId: ids.province }, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows an AGENT only their own figures", async () => {
    const actor = (await loadActor(ids.a1!))!;
    const c = await loadCockpit(actor, Y2025, {}, TODAY);
    expect(c.scope.ownFigures).toBe(true);
    // a1's customers C1, C2: opening 2, closing 1 (C1), repeat C1. a1's policies due: P1 (renewed), P2.
    expect(value(c, "insuredCustomers")).toBe(1);
    expect(value(c, "churnRate")).toBeCloseTo(1 / 2);
    expect(value(c, "repeatPurchaseRate")).toBeCloseTo(1 / 2);
    expect(value(c, "renewalRate")).toBeCloseTo(1 / 2);
    expect(value(c, "premium")).toBe(3000); // P1r + N1
    expect(c.cards.every((x) => x.target === null)).toBe(true);
    await expect(loadCockpit(actor, Y2025, { agentId: ids.a2 }, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    const other = await loadCockpit((await loadActor(ids.a2!))!, Y2025, {}, TODAY);
    expect(value(other, "renewalRate")).toBe(0); // P5 due, not renewed
    expect(value(other, "insuredCustomers")).toBe(2); // C3, C4
  });

  it("breaks a KPI down by org unit and by agent from the same counts", async () => {
    const actor = (await loadActor(ids.manager!))!;
    const byOrg = await kpiBreakdown(actor, "renewalRate", Y2025, "org", {}, "zh-CN", TODAY);
    const rate = (key: string) => byOrg.rows.find((r) => r.key === key)?.value;
    expect(rate(ids.cityA!)).toBeCloseTo(1 / 3);
    expect(rate(ids.cityB!)).toBe(1);
    const byAgent = await kpiBreakdown(actor, "churnRate", Y2025, "agent", { orgUnitId: ids.cityA }, "zh-CN", TODAY);
    expect(byAgent.rows.find((r) => r.key === ids.a1)?.value).toBeCloseTo(1 / 2);
    expect(byAgent.rows.find((r) => r.key === ids.a2)?.value).toBe(0); // C3 retained, C4/C5 not opening
    expect(byAgent.rows.some((r) => r.key === ids.b1)).toBe(false);
  });

  it("ranks agents in the appraisal table", async () => {
    const actor = (await loadActor(ids.manager!))!;
    const rows = await appraisal(actor, Y2025, { locale: "zh-CN" }, TODAY);
    const a1 = rows.find((r) => r.agentId === ids.a1)!;
    expect(a1).toMatchObject({ renewed: 1, repeatBuyers: 1, complaints: 2 });
    expect(a1.renewalRate).toBeCloseTo(1 / 2);
    expect(a1.visitRate).toBeCloseTo(2 / 3);
    // (0.5×30 + min(0.5/0.07,1)×20 + 2/3×20 + 80/100×20 + (1−0.5)×10) = 15 + 20 + 13.33 + 16 + 5 = 69.33;
    // all weights present (sum 100); minus 2 points × 2 complaints (K1, K2) = 65.33 → 65.3
    expect(a1.score).toBeCloseTo(65.3, 1);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
  });

  it("lists the policies behind the renewal rate (due, not renewed), scoped", async () => {
    const manager = (await loadActor(ids.manager!))!;
    const list = await listPolicies(manager, {
      dueFrom: "2025-01-01",
      dueTo: "2025-12-31",
      renewed: "no",
      orgUnit: ids.province,
    });
    expect(list.total).toBe(2); // P2, P5
    expect(list.rows.map((r) => r.endDate).sort()).toEqual(["2025-02-28", "2025-12-31"]);
    const agent = (await loadActor(ids.b1!))!;
    expect((await listPolicies(agent, { dueFrom: "2025-01-01", dueTo: "2025-12-31", renewed: "no" })).total).toBe(0);
    const lead = (await loadActor(ids.leadA!))!;
    await expect(listPolicies(lead, { orgUnit: ids.cityB })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("KPI targets", () => {
  it("saves yearly targets with an audit entry and shows progress in the cockpit", async () => {
    const manager = (await loadActor(ids.manager!))!;
    const input = kpiTargetInput.parse({
      year: 2025,
      orgUnitId: ids.province,
      values: { RENEWAL_RATE: "80", INSURED_CUSTOMERS: "5" },
    });
    expect(await setTargets(manager, input)).toEqual({ ok: true, saved: 2 });
    const audit = await db.auditLog.findFirst({ where: { action: "kpiTarget.set", actorId: manager.id } });
    expect(audit?.data).toMatchObject({ year: 2025, changes: { RENEWAL_RATE: { from: null, to: 0.8 } } });
    const c = await loadCockpit(manager, Y2025, {}, TODAY);
    const renewal = c.cards.find((x) => x.id === "renewalRate")!;
    expect(renewal.target).toBeCloseTo(0.8);
    expect(renewal.progress).toBeCloseTo(0.5 / 0.8);
    expect(c.cards.find((x) => x.id === "insuredCustomers")!.progress).toBeCloseTo(4 / 5);
  });

  it("rejects bad input and units outside the actor's subtree, changing nothing", async () => {
    expect(
      kpiTargetInput.safeParse({ year: 2025, orgUnitId: ids.province, values: { RENEWAL_RATE: "180" } }).success,
    ).toBe(false);
    expect(kpiTargetInput.safeParse({ year: 2025, orgUnitId: ids.province, values: { CSAT: "abc" } }).success).toBe(
      false,
    );
    const lead = (await loadActor(ids.leadA!))!;
    const input = kpiTargetInput.parse({ year: 2025, orgUnitId: ids.cityA, values: { RENEWAL_RATE: "90" } });
    await expect(setTargets(lead, input)).rejects.toBeInstanceOf(ForbiddenError); // no kpi.target.set
    const manager = (await loadActor(ids.manager!))!;
    const other = await makeOrgUnit("PROVINCE");
    const outside = kpiTargetInput.parse({ year: 2025, orgUnitId: other.id, values: { RENEWAL_RATE: "90" } });
    await expect(setTargets(manager, outside)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.kpiTarget.count({ where: { orgUnitId: { in: [ids.cityA!, other.id] } } })).toBe(0);
  });
});

describe("KPI summaries (materialized views refreshed by the job)", () => {
  it("give the same figures as the live SQL once refreshed", async () => {
    const manager = (await loadActor(ids.manager!))!;
    const live = await loadCockpit(manager, Y2025, {}, TODAY, "live");
    expect(live.freshness.source).toBe("live");
    await refreshKpiSummaries();
    const summary = await loadCockpit(manager, Y2025, {}, TODAY);
    expect(summary.freshness.source).toBe("summary");
    for (const card of live.cards) {
      const other = summary.cards.find((c) => c.id === card.id)!;
      if (card.value === null) expect(other.value, card.id).toBeNull();
      else expect(other.value, card.id).toBeCloseTo(card.value, 6);
      expect(other.previous, card.id).toEqual(card.previous === null ? null : expect.closeTo(card.previous, 6));
    }
    // The hand-computed figures hold on the summaries too.
    expect(value(summary, "churnRate")).toBeCloseTo(1 / 4);
    expect(value(summary, "repeatPurchaseRate")).toBeCloseTo(1 / 4);
    expect(value(summary, "renewalRate")).toBeCloseTo(2 / 4);
    expect(value(summary, "nps")).toBeCloseTo(((3 - 2) / 6) * 100);
    expect(summary.snapshot).toEqual(live.snapshot);
    expect(summary.premiumByChannel).toEqual(live.premiumByChannel);
    // Scope still applies: the agent's own figures from the summaries.
    const agent = await loadCockpit((await loadActor(ids.a1!))!, Y2025, {}, TODAY);
    expect(value(agent, "churnRate")).toBeCloseTo(1 / 2);
    expect(value(agent, "renewalRate")).toBeCloseTo(1 / 2);
    const lead = await loadCockpit((await loadActor(ids.leadA!))!, Y2025, {}, TODAY);
    expect(value(lead, "insuredCustomers")).toBe(3);
    // Breakdowns and the appraisal read the agent-level summaries.
    const byAgent = await kpiBreakdown(manager, "churnRate", Y2025, "agent", { orgUnitId: ids.cityA }, "zh-CN", TODAY);
    expect(byAgent.rows.find((r) => r.key === ids.a1)?.value).toBeCloseTo(1 / 2);
    const byOrg = await kpiBreakdown(manager, "renewalRate", Y2025, "org", {}, "zh-CN", TODAY);
    expect(byOrg.rows.find((r) => r.key === ids.cityA)?.value).toBeCloseTo(1 / 3);
    const ranked = await appraisal(manager, Y2025, { locale: "zh-CN" }, TODAY);
    expect(ranked.find((r) => r.agentId === ids.a1)?.score).toBeCloseTo(65.3, 1);
  });
});
