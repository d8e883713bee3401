// Survey triggers (idempotent), recording answers (csat / npsScore as the cockpit reads them, one
// follow-up task on a low score), campaigns, scope and permissions, on hand-built rows.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { runSurveyTrigger } from "@/lib/data/surveys/triggers";
import { getSurvey, listSurveys, recordSurvey } from "@/lib/data/surveys/surveys";
import { createCampaign } from "@/lib/data/surveys/campaigns";
import { surveyStats } from "@/lib/data/surveys/stats";
import { surveyFacts } from "@/lib/data/kpi/facts";
import { resolveKpiScope } from "@/lib/data/kpi/scope";
import { kpiValues, EMPTY_COUNTS } from "@/lib/domain/kpi";
import { monthPeriod } from "@/lib/domain/kpi-period";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";
import { makeClaim, makePolicy } from "../support/kpi-factories";
import { makeAnalysedComplaint, makeTemplate } from "../support/service-factories";

const NOW = new Date("2026-05-20T04:00:00Z");
const ids: Record<string, string> = {};
let customerIds: string[] = [];
let questions: { id: string; type: string }[] = [];

beforeAll(async () => {
  const city = await makeOrgUnit("CITY");
  const other = await makeOrgUnit("CITY");
  const service = await makeUser({ orgUnitId: city.id, role: "SERVICE" });
  const lead = await makeUser({ orgUnitId: city.id, role: "SERVICE_LEAD" });
  const agent = await makeUser({ orgUnitId: city.id, role: "AGENT" });
  const otherService = await makeUser({ orgUnitId: other.id, role: "SERVICE" });
  const c1 = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
  const c2 = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
  const c3 = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
  customerIds = [c1.id, c2.id, c3.id];
  Object.assign(ids, {
    city: city.id,
    other: other.id,
    service: service.id,
    lead: lead.id,
    agent: agent.id,
    otherService: otherService.id,
  });
  const t = await makeTemplate({ trigger: "COMPLAINT_CLOSED" });
  questions = t.questions;
  await makeTemplate({ trigger: "CLAIM_CLOSED" });
  await makeTemplate({ trigger: "NEW_PURCHASE" });
  // A new policy started 35 days before NOW (inside the one-month window), its renewal successor
  // (not a new purchase) and an old new policy (started 200 days ago, outside the window).
  const p1 = await makePolicy({
    customerId: c1.id,
    orgUnitId: city.id,
    agentId: agent.id,
    start: "2026-04-15",
    end: "2027-04-14",
    productLine: "HEALTH",
  });
  const old = await makePolicy({
    customerId: c2.id,
    orgUnitId: city.id,
    agentId: agent.id,
    start: "2025-11-01",
    end: "2026-04-14",
  });
  await makePolicy({
    customerId: c2.id,
    orgUnitId: city.id,
    agentId: agent.id,
    start: "2026-04-15",
    end: "2027-04-14",
    renewedFromId: old.id,
  });
  // A claim closed 3 days before NOW; a complaint closed 2 days before; one closed 90 days before.
  await makeClaim({
    policyId: p1.id,
    customerId: c1.id,
    reportedAt: "2026-05-01T02:00:00Z",
    closedAt: "2026-05-17T02:00:00Z",
  });
  const k = await makeAnalysedComplaint({
    customerId: c3.id,
    orgUnitId: city.id,
    registeredById: lead.id,
    receivedAt: "2026-05-15T04:00:00Z",
    closedAfterH: 24,
    policyId: p1.id,
  });
  const oldK = await makeAnalysedComplaint({
    customerId: c3.id,
    orgUnitId: city.id,
    registeredById: lead.id,
    receivedAt: "2026-02-15T04:00:00Z",
    closedAfterH: 24,
  });
  ids.complaint = k.id;
  ids.oldComplaint = oldK.id;
});

const actor = async (key: string) => (await loadActor(ids[key]!))!;
const mine = () => db.survey.findMany({ where: { customerId: { in: customerIds } }, orderBy: { triggerKey: "asc" } });

describe("survey-trigger job", () => {
  it("creates one survey per closed claim, closed complaint and new purchase, and nothing the second time", async () => {
    await runSurveyTrigger({}, NOW);
    const first = await mine();
    expect(first.map((s) => s.trigger).sort()).toEqual(["CLAIM_CLOSED", "COMPLAINT_CLOSED", "NEW_PURCHASE"]);
    const complaintSurvey = first.find((s) => s.trigger === "COMPLAINT_CLOSED")!;
    expect(complaintSurvey).toMatchObject({
      status: "PENDING",
      complaintId: ids.complaint,
      triggerKey: `COMPLAINT_CLOSED:${ids.complaint}`,
      agentId: ids.agent,
      productLine: "HEALTH",
      channel: "INDIVIDUAL",
    });
    const again = await runSurveyTrigger({}, NOW);
    expect(again).toEqual({ claim: 0, complaint: 0, newPurchase: 0 });
    expect(await runSurveyTrigger({ kind: "COMPLAINT_CLOSED", complaintId: ids.complaint }, NOW)).toMatchObject({
      complaint: 0,
    });
    expect((await mine()).map((s) => s.id)).toEqual(first.map((s) => s.id));
  });

  it("an event outside the catch-up window still creates its survey, once", async () => {
    expect(await runSurveyTrigger({ kind: "COMPLAINT_CLOSED", complaintId: ids.oldComplaint }, NOW)).toMatchObject({
      complaint: 1,
    });
    expect(await runSurveyTrigger({ kind: "COMPLAINT_CLOSED", complaintId: ids.oldComplaint }, NOW)).toMatchObject({
      complaint: 0,
    });
    await expect(runSurveyTrigger({ kind: "CLAIM_CLOSED", claimId: "nope" }, NOW)).rejects.toThrow(/invalid/);
  });
});

describe("recording answers", () => {
  const answersFor = (scores: [string, string, string]) => [
    { questionId: questions[0]!.id, value: scores[0] },
    { questionId: questions[1]!.id, value: scores[1] },
    { questionId: questions[2]!.id, value: scores[2] },
    { questionId: questions[3]!.id, value: "电话" },
    { questionId: questions[4]!.id, value: "还可以" },
  ];
  const surveyOf = async (complaintId: string) => db.survey.findFirstOrThrow({ where: { complaintId } });

  it("stores csat and npsScore; a good score opens no task", async () => {
    const s = await surveyOf(ids.complaint!);
    const r = await recordSurvey(
      await actor("service"),
      { surveyId: s!.id, method: "PHONE", answers: answersFor(["4", "5", "9"]) },
      NOW,
    );
    // (4−1)×25 = 75, (5−1)×25 = 100 → mean 87.5.
    expect(r).toEqual({ ok: true, csat: 87.5, npsScore: 9, taskId: null });
    const saved = await db.survey.findUniqueOrThrow({ where: { id: s!.id }, include: { responses: true } });
    expect(saved).toMatchObject({ status: "COMPLETED", method: "PHONE", npsScore: 9, conductedById: ids.service });
    expect(Number(saved.csat)).toBe(87.5);
    expect(saved.responses).toHaveLength(5);
    expect(await db.task.count({ where: { surveyId: s!.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "survey.record", entityId: s!.id } })).toBe(1);
  });

  it("a low score opens exactly one follow-up task, even when submitted twice", async () => {
    const s = await surveyOf(ids.oldComplaint!);
    const bad = await recordSurvey(await actor("service"), {
      surveyId: s!.id,
      method: "PHONE",
      answers: answersFor(["6", "5", "9"]),
    });
    expect(bad).toMatchObject({ ok: false, reason: "answers" });
    expect((await db.survey.findUniqueOrThrow({ where: { id: s!.id } })).status).toBe("PENDING");
    const r = await recordSurvey(
      await actor("service"),
      { surveyId: s!.id, method: "ONLINE", answers: answersFor(["2", "4", "8"]) },
      NOW,
    );
    // (2−1)×25 = 25, (4−1)×25 = 75 → 50; the scale answer 2 is low.
    expect(r).toMatchObject({ ok: true, csat: 50, npsScore: 8 });
    const again = await recordSurvey(await actor("service"), {
      surveyId: s!.id,
      method: "ONLINE",
      answers: answersFor(["2", "4", "8"]),
    });
    expect(again).toEqual({ ok: false, reason: "notPending" });
    const tasks = await db.task.findMany({ where: { surveyId: s!.id } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: "LOW_SCORE_FOLLOW_UP",
      status: "OPEN",
      orgUnitId: ids.city,
      customerId: customerIds[2],
    });
  });

  it("per-channel stats are the mean of the stored csat and the NPS of the answers", async () => {
    const stats = await surveyStats(await actor("lead"), { from: "2026-05", to: "2026-05" });
    // Two completed in May: csat 87.5 and 50 → 68.75; NPS answers 9 (promoter) and 8 (passive) → 50 points.
    expect(stats.total).toMatchObject({ surveys: 2, csat: 68.75, nps: 50, low: 1 });
    // The first survey's complaint has a 个险 policy; the second neither a policy nor a customer channel.
    expect(stats.groups.channel).toEqual([
      { key: "INDIVIDUAL", label: "INDIVIDUAL", surveys: 1, csat: 87.5, nps: 100, low: 0 },
      { key: null, label: null, surveys: 1, csat: 50, nps: 0, low: 1 },
    ]);
    expect(stats.groups.month.map((m) => m.key)).toEqual(["2026-05"]);
    expect(stats.groups.agent[0]).toMatchObject({ key: ids.agent, surveys: 2 });
    // All five questions of the template are OVERALL; scale answers 4, 5, 2, 4 → (75 + 100 + 25 + 75) / 4.
    expect(stats.groups.dimension).toEqual([
      { key: "OVERALL", label: "OVERALL", surveys: 2, csat: 68.75, nps: null, low: 0 },
    ]);
    expect((await surveyStats(await actor("lead"), { from: "2026-06", to: "2026-06" })).total.surveys).toBe(0);
    // The cockpit reads the same stored columns to the same values.
    const may = monthPeriod(2026, 5);
    const facts = await surveyFacts(await resolveKpiScope(await actor("lead")), [may], "total");
    const kpi = kpiValues({ ...EMPTY_COUNTS, surveys: facts.get(may.key)!.get("")! });
    expect(kpi.csat).toBeCloseTo(68.75);
    expect(kpi.nps).toBeCloseTo(50);
  });

  it("scope: another subtree sees none of the surveys; an agent cannot record", async () => {
    const [s] = await db.survey.findMany({ where: { customerId: { in: customerIds }, status: "PENDING" } });
    const other = await actor("otherService");
    expect((await listSurveys(other, {})).rows.filter((r) => customerIds.includes(r.customer.id))).toHaveLength(0);
    expect(await getSurvey(other, s!.id)).toBeNull();
    expect(await recordSurvey(other, { surveyId: s!.id, method: "PHONE", answers: [] })).toEqual({
      ok: false,
      reason: "notFound",
    });
    await expect(recordSurvey(await actor("agent"), { surveyId: s!.id, method: "PHONE", answers: [] })).rejects.toThrow(
      ForbiddenError,
    );
    // The agent may read surveys of their own customers.
    expect((await listSurveys(await actor("agent"), {})).total).toBeGreaterThan(0);
  });
});

describe("campaigns", () => {
  it("creates PENDING surveys for the segment once; a repeat submit creates none", async () => {
    await db.customer.updateMany({
      where: { id: { in: customerIds } },
      data: { isInsured: true, channel: "BANCASSURANCE" },
    });
    const t = await makeTemplate({ trigger: "PERIODIC" });
    const lead = await actor("lead");
    const input = {
      templateId: t.id,
      trigger: "PERIODIC" as const,
      channel: "BANCASSURANCE" as const,
      dueDate: "2099-01-31",
    };
    expect(await createCampaign(lead, input, "2026-05-20")).toEqual({ ok: true, created: 3, matched: 3 });
    expect(await createCampaign(lead, input, "2026-05-20")).toEqual({ ok: true, created: 0, matched: 3 });
    expect(await createCampaign(lead, { ...input, channel: "GROUP" }, "2026-05-20")).toMatchObject({
      ok: false,
      reason: "empty",
    });
    expect(await createCampaign(lead, { ...input, orgUnitId: ids.other }, "2026-05-20")).toMatchObject({
      ok: false,
      reason: "orgUnit",
    });
    await expect(createCampaign(await actor("service"), input)).rejects.toThrow(ForbiddenError);
    expect(await db.survey.count({ where: { templateId: t.id } })).toBe(3);
  });
});
