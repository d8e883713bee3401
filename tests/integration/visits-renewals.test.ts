// Visit logging, the contact guard, the renewal list and its writes (issue 4.2, 4.4, 4.5): scope,
// audit, low-score task, bad input changing nothing, and the renewal rate moving after a renewal.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { customerTimeline } from "@/lib/data/customers/timeline";
import { contactGuard } from "@/lib/data/visits/contact-guard";
import { loadCockpit } from "@/lib/data/kpi/cockpit";
import { getRenewal, listRenewals } from "@/lib/data/renewals/read";
import {
  assignRenewals,
  linkRenewalSuccessor,
  recordRenewalOutcome,
  refreshRenewalSummaries,
} from "@/lib/data/renewals/write";
import { refreshKpiSummaries } from "@/lib/data/kpi/refresh";
import { loadToday } from "@/lib/data/home/today";
import { getVisitForLog, listVisits, logVisit } from "@/lib/data/visits/visits";
import { addDays, shanghaiDate } from "@/lib/domain/dates";
import { customPeriod, monthPeriod } from "@/lib/domain/kpi-period";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";
import { makePolicy, makeVisit } from "../support/kpi-factories";

const today = shanghaiDate();
const ids: Record<string, string> = {};
const actors: Record<string, Actor> = {};
const log = (visitId: string, extra: Record<string, unknown> = {}) => ({
  visitId,
  method: "PHONE",
  visitedOn: today,
  productUsage: "正常使用",
  claimSatisfaction: "",
  overallEvaluation: "4",
  notes: "",
  nextStep: "",
  nextStepAt: "",
  ...extra,
});
const audits = (entityId: string, action: string) => db.auditLog.count({ where: { entityId, action } });

beforeAll(async () => {
  const province = await makeOrgUnit("PROVINCE");
  const city = await makeOrgUnit("CITY", province.id);
  const other = await makeOrgUnit("CITY");
  const a1 = await makeUser({ orgUnitId: city.id });
  const a2 = await makeUser({ orgUnitId: city.id });
  const outsider = await makeUser({ orgUnitId: other.id });
  const lead = await makeUser({ orgUnitId: province.id, role: "SERVICE_LEAD" });
  const manager = await makeUser({ orgUnitId: province.id, role: "MANAGER" });
  for (const [k, u] of Object.entries({ a1, a2, lead, manager })) actors[k] = (await loadActor(u.id))!;
  const c1 = await makeCustomer({ orgUnitId: city.id, agentId: a1.id });
  const c2 = await makeCustomer({ orgUnitId: city.id, agentId: a2.id });
  const v1 = await makeVisit({ customerId: c1.id, assigneeId: a1.id, due: addDays(today, -3) });
  const v2 = await makeVisit({ customerId: c1.id, assigneeId: a1.id, due: today });
  const v3 = await makeVisit({ customerId: c2.id, assigneeId: a2.id, due: today });
  const end = addDays(today, 20);
  const p1 = await makePolicy({
    customerId: c1.id,
    orgUnitId: city.id,
    agentId: a1.id,
    start: addDays(end, -365),
    end,
    channel: "INDIVIDUAL",
  });
  const p2 = await makePolicy({
    customerId: c2.id,
    orgUnitId: city.id,
    agentId: a2.id,
    start: addDays(end, -365),
    end,
    channel: "BANCASSURANCE",
  });
  const otherCustomer = await makeCustomer({ orgUnitId: other.id, agentId: outsider.id });
  const foreign = await makePolicy({
    customerId: otherCustomer.id,
    orgUnitId: other.id,
    agentId: outsider.id,
    start: addDays(end, -365),
    end,
  });
  const next1 = await makePolicy({
    customerId: c1.id,
    orgUnitId: city.id,
    agentId: a1.id,
    start: end,
    end: addDays(end, 365),
  });
  Object.assign(ids, {
    city: city.id,
    other: other.id,
    a1: a1.id,
    a2: a2.id,
    outsider: outsider.id,
    c1: c1.id,
    c2: c2.id,
    v1: v1.id,
    v2: v2.id,
    v3: v3.id,
    p1: p1.id,
    p2: p2.id,
    next1: next1.id,
    foreign: foreign.id,
    next1No: next1.policyNo,
  });
});

describe("visits", () => {
  it("shows an agent only their plan items, overdue first; another agent's item is not found", async () => {
    const list = await listVisits(actors.a1!, {}, today);
    expect(list.rows.map((r) => r.id)).toEqual([ids.v1, ids.v2]);
    expect(list.rows[0]!.customer.mobile).toBe("138****5678");
    expect((await listVisits(actors.a1!, { period: "overdue" }, today)).rows.map((r) => r.id)).toEqual([ids.v1]);
    expect(await getVisitForLog(actors.a1!, ids.v3!)).toBeNull();
    expect(await logVisit(actors.a1!, log(ids.v3!))).toEqual({ ok: false, reason: "notFound" });
    expect((await db.visit.findUniqueOrThrow({ where: { id: ids.v3! } })).status).toBe("PLANNED");
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const r = await logVisit(
      actors.a1!,
      log(ids.v1!, { overallEvaluation: "7", visitedOn: addDays(today, 1), method: "FAX" }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === "invalid")
      expect(Object.keys(r.fields ?? {}).sort()).toEqual(["method", "overallEvaluation", "visitedOn"]);
    else throw new Error("expected invalid");
    expect((await db.visit.findUniqueOrThrow({ where: { id: ids.v1! } })).status).toBe("PLANNED");
    expect(await audits(ids.v1!, "visit.log")).toBe(0);
  });

  it("logs a visit: closes the item, audits, opens a task on a low score, shows on the timeline", async () => {
    const r = await logVisit(
      actors.a1!,
      log(ids.v1!, {
        claimSatisfaction: "2",
        overallEvaluation: "3",
        notes: "理赔慢",
        nextStep: "再次致电",
        nextStepAt: addDays(today, 7),
      }),
    );
    expect(r).toMatchObject({ ok: true, visitId: ids.v1 });
    const v = await db.visit.findUniqueOrThrow({ where: { id: ids.v1! } });
    expect(v).toMatchObject({
      status: "DONE",
      doneById: ids.a1,
      method: "PHONE",
      claimSatisfaction: 2,
      overallEvaluation: 3,
    });
    expect(v.doneAt).not.toBeNull();
    const task = await db.task.findFirstOrThrow({ where: { visitId: ids.v1! } });
    expect(task).toMatchObject({
      kind: "LOW_SCORE_FOLLOW_UP",
      orgUnitId: ids.city,
      customerId: ids.c1,
      status: "OPEN",
    });
    expect(await audits(ids.v1!, "visit.log")).toBe(1);
    const next = await db.visit.findUniqueOrThrow({ where: { planKey: `NEXT_STEP:${ids.v1}` } });
    expect(next).toMatchObject({ reason: "FOLLOW_UP", status: "PLANNED", assigneeId: ids.a1 });
    const timeline = await customerTimeline(ids.c1!, 1);
    expect(timeline.items.find((i) => i.id === ids.v1)).toMatchObject({ kind: "VISIT", status: "DONE", score: 3 });
    // Logged once: a second submit does not log again.
    expect(await logVisit(actors.a1!, log(ids.v1!))).toEqual({ ok: false, reason: "alreadyDone" });
    expect(await audits(ids.v1!, "visit.log")).toBe(1);
  });

  it("does not open a task for good scores", async () => {
    const now = new Date();
    // Contacts so far: the visit just logged. Add 2 outbound, 1 inbound and 1 too old.
    const msg = (daysAgo: number, inbound = false) => ({
      customerId: ids.c1!,
      type: "CALL" as const,
      inbound,
      at: new Date(now.getTime() - daysAgo * 86_400_000),
      byId: ids.a2!,
      summary: "call",
    });
    await db.communication.createMany({ data: [msg(1), msg(29), msg(2, true), msg(31)] });
    const guard = (await contactGuard(actors.a1!, ids.c1!, now))!;
    expect(guard).toMatchObject({ count: 3, limit: 4, warn: false });
    expect(guard.byPerson.map((p) => [p.id, p.count])).toEqual([
      [ids.a2, 2],
      [ids.a1, 1],
    ]);
    expect(await contactGuard(actors.a1!, ids.c2!)).toBeNull();
    await db.communication.create({ data: msg(3) });
    // Four contacts: a fifth needs confirmation.
    const warned = await logVisit(actors.a1!, log(ids.v2!, { overallEvaluation: "5" }));
    expect(warned).toMatchObject({ ok: false, reason: "contacts", extra: { count: 4, warn: true } });
    expect((await db.visit.findUniqueOrThrow({ where: { id: ids.v2! } })).status).toBe("PLANNED");
    expect(await logVisit(actors.a1!, log(ids.v2!, { overallEvaluation: "5", confirmContacts: "on" }))).toMatchObject({
      ok: true,
      taskId: null,
    });
    expect(await db.task.count({ where: { visitId: ids.v2! } })).toBe(0);
  });
});

describe("renewals", () => {
  it("lists only the agent's renewals; another agent's policy is not found and cannot be updated", async () => {
    const list = await listRenewals(actors.a1!, { within: "30" }, today);
    expect(list.rows.map((r) => r.id)).toEqual([ids.p1]);
    expect(await getRenewal(actors.a1!, ids.p2!)).toBeNull();
    expect(await recordRenewalOutcome(actors.a1!, { policyId: ids.p2, outcome: "WONT_RENEW" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await db.renewalFollowUp.count({ where: { policyId: ids.p2! } })).toBe(0);
    const lead = await listRenewals(actors.lead!, { within: "30", channel: "BANCASSURANCE" }, today);
    expect(lead.rows.map((r) => r.id)).toEqual([ids.p2]);
    await expect(listRenewals(actors.lead!, { orgUnit: ids.other }, today)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a 'considering' outcome without a next contact date and changes nothing", async () => {
    const r = await recordRenewalOutcome(actors.a1!, { policyId: ids.p1, outcome: "CONSIDERING", note: "x" });
    expect(r).toMatchObject({ ok: false, reason: "invalid", fields: { nextContactAt: ["requiredConsidering"] } });
    expect((await db.policy.findUniqueOrThrow({ where: { id: ids.p1! } })).renewalOutcome).toBeNull();
    expect(await db.renewalFollowUp.count({ where: { policyId: ids.p1! } })).toBe(0);
  });

  it("records an outcome: history, policy, audit, and the list and Today reflect it at once", async () => {
    const before = await loadToday(actors.a1!, today);
    const e30 = before.items.find((i) => i.key === "expiring30")!.count;
    const r = await recordRenewalOutcome(actors.a1!, {
      policyId: ids.p1,
      outcome: "CONSIDERING",
      note: "比价中",
      nextContactAt: addDays(today, 3),
    });
    expect(r).toEqual({ ok: true });
    const p = await db.policy.findUniqueOrThrow({ where: { id: ids.p1! } });
    expect(p.renewalOutcome).toBe("CONSIDERING");
    expect(p.renewalNextContactAt?.toISOString().slice(0, 10)).toBe(addDays(today, 3));
    expect(await audits(ids.p1!, "renewal.outcome")).toBe(1);
    expect((await listRenewals(actors.a1!, { within: "30", outcome: "none" }, today)).rows).toHaveLength(0);
    expect((await listRenewals(actors.a1!, { within: "30" }, today)).outcomes).toMatchObject({
      CONSIDERING: 1,
      none: 0,
    });
    expect((await loadToday(actors.a1!, today)).items.find((i) => i.key === "expiring30")!.count).toBe(e30 - 1);
  });

  it("links the successor policy and the renewal rate goes up, live and in the refreshed summaries", async () => {
    const end = addDays(today, 20);
    const period = customPeriod(end, end);
    const month = monthPeriod(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
    const rate = async () =>
      (await loadCockpit(actors.manager!, period, {}, today, "live")).cards.find((c) => c.id === "renewalRate")!.value;
    const summaryRate = async () => {
      const c = await loadCockpit(actors.manager!, month, {}, today, "auto");
      expect(c.freshness.source).toBe("summary");
      return c.cards.find((x) => x.id === "renewalRate")!.value;
    };
    await refreshKpiSummaries();
    expect(await rate()).toBe(0); // p1, p2 due, none renewed
    expect(await summaryRate()).toBe(0);
    expect(await linkRenewalSuccessor(actors.a1!, { policyId: ids.p1, successorNo: "NOPE" })).toEqual({
      ok: false,
      reason: "successorNotFound",
    });
    // A new policy of the same customer that another agent services is not this agent's renewal.
    const p1 = await db.policy.findUniqueOrThrow({ where: { id: ids.p1! } });
    const theirs = await makePolicy({
      customerId: ids.c1!,
      orgUnitId: ids.city!,
      agentId: ids.a2!,
      start: p1.endDate.toISOString().slice(0, 10),
      end: addDays(p1.endDate.toISOString().slice(0, 10), 365),
    });
    expect(await linkRenewalSuccessor(actors.a1!, { policyId: ids.p1, successorNo: theirs.policyNo })).toEqual({
      ok: false,
      reason: "successorNotFound",
    });
    expect((await db.policy.findUniqueOrThrow({ where: { id: theirs.id } })).renewedFromId).toBeNull();
    expect(await linkRenewalSuccessor(actors.a1!, { policyId: ids.p1, successorNo: ids.next1No })).toEqual({
      ok: true,
    });
    expect(await rate()).toBeCloseTo(1 / 2);
    // The job the link sends: only the renewal summaries, and the cockpit's month figure moves.
    expect(await refreshRenewalSummaries()).toEqual({ refreshed: true });
    expect(await summaryRate()).toBeCloseTo(1 / 2);
    expect((await getRenewal(actors.a1!, ids.p1!))?.renewedBy?.id).toBe(ids.next1);
    expect(await linkRenewalSuccessor(actors.a1!, { policyId: ids.p1, successorNo: ids.next1No })).toEqual({
      ok: false,
      reason: "alreadyRenewed",
    });
    expect(await audits(ids.p1!, "renewal.link")).toBe(1);
  });

  it("lets a lead bulk-assign renewals to an active agent of the subtree, all or nothing", async () => {
    await expect(assignRenewals(actors.a1!, { policyIds: [ids.p1], agentId: ids.a1 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await assignRenewals(actors.lead!, { policyIds: [ids.p1, ids.p2], agentId: ids.outsider })).toEqual({
      ok: false,
      reason: "agentNotFound",
    });
    expect(await assignRenewals(actors.lead!, { policyIds: [], agentId: ids.a1 })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await assignRenewals(actors.lead!, { policyIds: [ids.p2, ids.foreign], agentId: ids.a1 })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect((await db.policy.findUniqueOrThrow({ where: { id: ids.p2! } })).servicingAgentId).toBe(ids.a2);
    expect(await assignRenewals(actors.lead!, { policyIds: [ids.p2], agentId: ids.a1 })).toEqual({
      ok: true,
      count: 1,
    });
    expect((await db.policy.findUniqueOrThrow({ where: { id: ids.p2! } })).servicingAgentId).toBe(ids.a1);
    expect(await audits(ids.p2!, "renewal.assign")).toBe(1);
    expect((await listRenewals(actors.a1!, { within: "30" }, today)).rows.map((r) => r.id).sort()).toEqual(
      [ids.p1, ids.p2].sort(),
    );
  });
});

describe("renewal list figures", () => {
  it("count per outcome and renewed exactly the policies the list shows, under every filter", async () => {
    const filters = [
      {},
      { within: "90" },
      { channel: "BANCASSURANCE" },
      { productLine: "AUTO" },
      { vipTier: "NONE" },
      { outcome: "none" },
      { outcome: "CONSIDERING" },
      { renewed: "yes" },
      { renewed: "no" },
      { orgUnit: ids.city },
      { from: addDays(today, -400), to: addDays(today, 400) },
    ] as const;
    for (const actor of [actors.a1!, actors.lead!]) {
      for (const f of filters) {
        if (actor.role === "AGENT" && "orgUnit" in f) continue;
        const list = await listRenewals(actor, { ...f }, today);
        const label = `${actor.role} ${JSON.stringify(f)}`;
        expect(list.rows.length, label).toBe(list.total); // every fixture fits on one page
        expect(list.renewed, label).toBe(list.rows.filter((r) => r.renewedBy).length);
        const none = list.rows.filter((r) => !r.renewalOutcome).length;
        expect(list.outcomes.none, label).toBe(none);
        expect(list.outcomes.CONSIDERING, label).toBe(
          list.rows.filter((r) => r.renewalOutcome === "CONSIDERING").length,
        );
      }
    }
    // Today's renewal counts are the totals of the lists they link to.
    const home = await loadToday(actors.a1!, today);
    for (const within of ["30", "60", "90"] as const) {
      const count = home.items.find((i) => i.key === `expiring${within}`)!.count;
      expect(count, within).toBe(
        (await listRenewals(actors.a1!, { within, outcome: "none", renewed: "no" }, today)).total,
      );
    }
    const wide = await listRenewals(actors.lead!, { from: addDays(today, -400), to: addDays(today, 400) }, today);
    expect(wide.total).toBeGreaterThan(1);
    expect(wide.renewed).toBeGreaterThan(0);
  });
});
