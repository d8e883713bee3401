// The monthly complaint analysis on a hand-built month: every expected figure is worked out by hand
// from the complaints created below (see the comments), not by the code under test.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { complaintAnalysis } from "@/lib/data/complaints/analysis";
import { exportComplaintAnalysis, recordAnalysisPrint } from "@/lib/data/complaints/analysis-export";
import { db } from "@/lib/db";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";
import { makeAnalysedComplaint } from "../support/service-factories";

const MONTH = "2026-03";
const NOW = new Date("2026-04-10T00:00:00Z");
const ids: Record<string, string> = {};

beforeAll(async () => {
  const province = await makeOrgUnit("PROVINCE");
  const cityA = await makeOrgUnit("CITY", province.id);
  const cityB = await makeOrgUnit("CITY", province.id);
  const other = await makeOrgUnit("PROVINCE");
  const lead = await makeUser({ orgUnitId: province.id, role: "SERVICE_LEAD" });
  const manager = await makeUser({ orgUnitId: province.id, role: "MANAGER" });
  const leadB = await makeUser({ orgUnitId: cityB.id, role: "SERVICE_LEAD" });
  const otherLead = await makeUser({ orgUnitId: other.id, role: "SERVICE_LEAD" });
  const otherService = await makeUser({ orgUnitId: other.id, role: "SERVICE" });
  const agent = await makeUser({ orgUnitId: cityA.id, role: "AGENT" });
  Object.assign(ids, {
    province: province.id,
    cityA: cityA.id,
    cityB: cityB.id,
    other: other.id,
    lead: lead.id,
    manager: manager.id,
    leadB: leadB.id,
    otherLead: otherLead.id,
    otherService: otherService.id,
    agent: agent.id,
  });
  // Customers: 3 in A, 2 in B, 1 in the other province.
  const a = [
    await makeCustomer({ orgUnitId: cityA.id }),
    await makeCustomer({ orgUnitId: cityA.id }),
    await makeCustomer({ orgUnitId: cityA.id }),
  ];
  const b = [await makeCustomer({ orgUnitId: cityB.id }), await makeCustomer({ orgUnitId: cityB.id })];
  const x = await makeCustomer({ orgUnitId: other.id });
  const reg = lead.id;
  // K1 A: hotline, attitude, auto, "态度"; answered 10 h, resolved 50 h → both in time.
  await makeAnalysedComplaint({
    customerId: a[0]!.id,
    orgUnitId: cityA.id,
    registeredById: reg,
    receivedAt: "2026-03-02T02:00:00Z",
    channel: "HOTLINE",
    category: "SERVICE_ATTITUDE",
    productLine: "AUTO",
    rootCause: "态度",
    respondedAfterH: 10,
    resolvedAfterH: 50,
  });
  // K2 A: online, claim dispute, auto, "流程"; answered 60 h (late), resolved 100 h (late), reopened once.
  await makeAnalysedComplaint({
    customerId: a[1]!.id,
    orgUnitId: cityA.id,
    registeredById: reg,
    receivedAt: "2026-03-10T02:00:00Z",
    channel: "ONLINE",
    category: "CLAIM_DISPUTE",
    productLine: "AUTO",
    rootCause: "流程",
    respondedAfterH: 60,
    resolvedAfterH: 100,
    reopenCount: 1,
  });
  // K3 B: hotline, claim dispute, life, " 流程 " (trimmed); answered 5 h; unresolved and past its 72 h deadline at NOW.
  await makeAnalysedComplaint({
    customerId: b[0]!.id,
    orgUnitId: cityB.id,
    registeredById: reg,
    receivedAt: "2026-03-20T02:00:00Z",
    channel: "HOTLINE",
    category: "CLAIM_DISPUTE",
    productLine: "LIFE",
    rootCause: " 流程 ",
    respondedAfterH: 5,
  });
  // K4 B: 2026-03-31 15:30 UTC = 1 April 23:30 Beijing → April, excluded from March.
  await makeAnalysedComplaint({
    customerId: b[1]!.id,
    orgUnitId: cityB.id,
    registeredById: reg,
    receivedAt: "2026-03-31T16:30:00Z",
    category: "SALES_MISLEADING",
  });
  // K5 A: 2026-02-28 16:30 UTC = 1 March 00:30 Beijing → March. Hotline, other, health, "态度"; 1 h / 20 h.
  await makeAnalysedComplaint({
    customerId: a[2]!.id,
    orgUnitId: cityA.id,
    registeredById: reg,
    receivedAt: "2026-02-28T16:30:00Z",
    channel: "HOTLINE",
    category: "OTHER",
    productLine: "HEALTH",
    rootCause: "态度",
    respondedAfterH: 1,
    resolvedAfterH: 20,
  });
  // K6: the other province in March (never counted for the province above). K7 A: February.
  await makeAnalysedComplaint({
    customerId: x.id,
    orgUnitId: other.id,
    registeredById: otherLead.id,
    receivedAt: "2026-03-05T02:00:00Z",
  });
  await makeAnalysedComplaint({
    customerId: a[0]!.id,
    orgUnitId: cityA.id,
    registeredById: reg,
    receivedAt: "2026-02-10T02:00:00Z",
    respondedAfterH: 1,
  });
});

const actor = async (key: string) => (await loadActor(ids[key]!))!;
const byKey = <T extends { key: string | null }>(rows: T[], key: string) => rows.find((r) => r.key === key);

describe("monthly complaint analysis", () => {
  it("counts, shares, rates per 10,000 customers, SLA, handling time and reopen rate by hand", async () => {
    const r = await complaintAnalysis(await actor("lead"), { month: MONTH }, { now: NOW });
    // K1, K2, K3, K5 over 5 customers.
    expect(r.total.complaints).toBe(4);
    expect(r.customers).toBe(5);
    expect(r.total.per10k).toBeCloseTo(8000);
    // 48 h: all 4 answered, K2 late → 3/4. 72 h: K1, K5 in time; K2 late; K3 open past due → 2/4.
    expect(r.total.sla48h).toBeCloseTo(0.75);
    expect(r.total.sla72h).toBeCloseTo(0.5);
    // Handling time of the resolved: (50 + 100 + 20) / 3 h.
    expect(r.total.avgHandlingHours).toBeCloseTo(170 / 3);
    expect(r.total.reopenRate).toBeCloseTo(0.25);
    expect(byKey(r.groups.category, "CLAIM_DISPUTE")).toMatchObject({ complaints: 2, share: 0.5 });
    expect(byKey(r.groups.category, "SERVICE_ATTITUDE")?.complaints).toBe(1);
    expect(byKey(r.groups.category, "OTHER")?.complaints).toBe(1);
    expect(byKey(r.groups.category, "SALES_MISLEADING")).toBeUndefined();
    expect(byKey(r.groups.channel, "HOTLINE")).toMatchObject({ complaints: 3, share: 0.75 });
    expect(byKey(r.groups.channel, "ONLINE")?.complaints).toBe(1);
    // Org units: A 3 of 3 customers → 10,000 per 10k; B 1 of 2 → 5,000.
    expect(byKey(r.groups.org, ids.cityA!)).toMatchObject({ complaints: 3, customers: 3 });
    expect(byKey(r.groups.org, ids.cityA!)?.per10k).toBeCloseTo(10_000);
    expect(byKey(r.groups.org, ids.cityB!)?.per10k).toBeCloseTo(5_000);
    expect(byKey(r.groups.product, "AUTO")?.complaints).toBe(2);
    expect(byKey(r.groups.product, "LIFE")?.complaints).toBe(1);
    expect(byKey(r.groups.product, "HEALTH")?.complaints).toBe(1);
    expect(byKey(r.groups.rootCause, "态度")?.complaints).toBe(2);
    expect(byKey(r.groups.rootCause, "流程")).toMatchObject({ complaints: 2, sla48h: 0.5 });
    // Trend: 12 months ending March; February has K7 only, March 4.
    expect(r.trend).toHaveLength(12);
    expect(r.trend.at(-1)).toMatchObject({ month: "2026-03", complaints: 4 });
    expect(r.trend.at(-2)).toMatchObject({ month: "2026-02", complaints: 1 });
    expect(r.previousMonthComplaints).toBe(1);
  });

  it("narrows to a unit of the subtree; a unit's own lead sees only it", async () => {
    const b = await complaintAnalysis(await actor("lead"), { month: MONTH, orgUnitId: ids.cityB }, { now: NOW });
    expect(b.total.complaints).toBe(1);
    expect(b.customers).toBe(2);
    const own = await complaintAnalysis(await actor("leadB"), { month: MONTH }, { now: NOW });
    expect(own.total.complaints).toBe(1);
    await expect(
      complaintAnalysis(await actor("leadB"), { month: MONTH, orgUnitId: ids.province }, { now: NOW }),
    ).rejects.toThrow(ForbiddenError);
    expect((await complaintAnalysis(await actor("manager"), { month: MONTH }, { now: NOW })).total.complaints).toBe(4);
  });

  it("another subtree sees none of it; service staff and agents cannot open the analysis", async () => {
    const other = await complaintAnalysis(await actor("otherLead"), { month: MONTH }, { now: NOW });
    expect(other.total.complaints).toBe(1);
    await expect(
      complaintAnalysis(await actor("otherLead"), { month: MONTH, orgUnitId: ids.province }),
    ).rejects.toThrow(ForbiddenError);
    await expect(complaintAnalysis(await actor("otherService"), { month: MONTH })).rejects.toThrow(ForbiddenError);
    await expect(complaintAnalysis(await actor("agent"), { month: MONTH })).rejects.toThrow(ForbiddenError);
  });

  it("audits the Excel export and the print, not the view; a refused export writes nothing", async () => {
    const exports = (actorId: string) =>
      db.auditLog.findMany({ where: { actorId, action: "complaintAnalysis.export" } });
    await complaintAnalysis(await actor("lead"), { month: MONTH }, { now: NOW });
    expect(await exports(ids.lead!)).toHaveLength(0);
    await exportComplaintAnalysis(await actor("lead"), { month: MONTH });
    await recordAnalysisPrint(await actor("lead"), { month: MONTH, orgUnitId: ids.cityB });
    const rows = await exports(ids.lead!);
    expect(rows.map((r) => [r.entityId, (r.data as { format: string }).format]).sort()).toEqual(
      [
        [`${ids.province}:${MONTH}`, "xlsx"],
        [`${ids.cityB}:${MONTH}`, "print"],
      ].sort(),
    );
    await expect(recordAnalysisPrint(await actor("agent"), { month: MONTH })).rejects.toThrow(ForbiddenError);
    await expect(
      exportComplaintAnalysis(await actor("leadB"), { month: MONTH, orgUnitId: ids.province }),
    ).rejects.toThrow(ForbiddenError);
    expect(await exports(ids.agent!)).toHaveLength(0);
    expect(await exports(ids.leadB!)).toHaveLength(0);
  });
});
