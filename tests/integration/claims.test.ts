import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getClaim, handlerCandidates, listClaims } from "@/lib/data/claims/read";
import { advanceClaim, assignClaimHandler, recordClaimFeedback } from "@/lib/data/claims/write";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { claimFilterSchema } from "@/lib/validation/claim-filters";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

const sent = vi.hoisted(() => [] as unknown[][]);
vi.mock("@/lib/queue/send", () => ({ sendJob: async (...args: unknown[]) => void sent.push(args) }));

const filters = (raw: Record<string, string> = {}) => claimFilterSchema.parse(raw);
let seq = 0;

async function makePolicy(customerId: string, orgUnitId: string, status: "IN_FORCE" | "LAPSED" = "IN_FORCE") {
  return db.policy.create({
    data: {
      policyNo: `PT${Date.now()}${++seq}`,
      customerId,
      productLine: "HEALTH",
      productName: "测试医疗险",
      channel: "INDIVIDUAL",
      orgUnitId,
      annualPremium: "3000.00",
      paymentFrequency: "ANNUAL",
      startDate: new Date("2024-01-01"),
      endDate: new Date("2030-12-31"),
      status,
    },
  });
}

async function makeClaim(
  customerId: string,
  policyId: string,
  opts: { status?: ClaimStatus; reportedAt?: Date; green?: boolean; statusChangedAt?: Date } = {},
) {
  return db.claim.create({
    data: {
      claimNo: `LPT${Date.now()}${++seq}`,
      policyId,
      customerId,
      incidentDate: new Date("2026-11-01"),
      reportedAt: opts.reportedAt ?? new Date("2026-11-02T02:00:00Z"),
      amountClaimed: "8000.00",
      status: opts.status ?? "REPORTED",
      greenChannel: opts.green ?? false,
      statusChangedAt: opts.statusChangedAt ?? opts.reportedAt ?? new Date("2026-11-02T02:00:00Z"),
    },
  });
}

describe("claims", () => {
  let province: { id: string };
  let cityA: { id: string };
  let otherProvince: { id: string };
  let agentA: Actor;
  let agentB: Actor;
  let serviceA: Actor;
  let serviceOther: Actor;
  let manager: Actor;
  let handlerA: { id: string };
  let customerA: { id: string; orgUnitId: string };
  let policyA: { id: string };
  let claimOfA: { id: string };
  let claimOfB: { id: string };

  beforeAll(async () => {
    province = await makeOrgUnit("PROVINCE");
    cityA = await makeOrgUnit("CITY", province.id);
    const cityB = await makeOrgUnit("CITY", province.id);
    otherProvince = await makeOrgUnit("PROVINCE");
    const uA = await makeUser({ orgUnitId: cityA.id, role: "AGENT" });
    const uB = await makeUser({ orgUnitId: cityB.id, role: "AGENT" });
    const sA = await makeUser({ orgUnitId: cityA.id, role: "SERVICE" });
    const sO = await makeUser({ orgUnitId: otherProvince.id, role: "SERVICE" });
    const m = await makeUser({ orgUnitId: province.id, role: "MANAGER" });
    handlerA = await makeUser({ orgUnitId: cityA.id, role: "SERVICE" });
    const load = async (u: { id: string }) => (await loadActor(u.id))!;
    [agentA, agentB, serviceA, serviceOther, manager] = await Promise.all([
      load(uA),
      load(uB),
      load(sA),
      load(sO),
      load(m),
    ]);
    customerA = await makeCustomer({ orgUnitId: cityA.id, agentId: uA.id });
    const customerB = await makeCustomer({ orgUnitId: cityB.id, agentId: uB.id });
    policyA = await makePolicy(customerA.id, cityA.id);
    const policyB = await makePolicy(customerB.id, cityB.id);
    claimOfA = await makeClaim(customerA.id, policyA.id);
    claimOfB = await makeClaim(customerB.id, policyB.id, { green: true });
  });

  beforeEach(() => {
    sent.length = 0;
  });

  describe("scope", () => {
    it("shows an agent only the claims of their customers", async () => {
      const { rows, total } = await listClaims(agentA, filters());
      expect(rows.map((r) => r.id)).toEqual([claimOfA.id]);
      expect(total).toBe(1);
      expect((await listClaims(agentB, filters())).rows.map((r) => r.id)).toEqual([claimOfB.id]);
    });

    it("does not let an agent open another agent's claim by id", async () => {
      expect(await getClaim(agentA, claimOfB.id)).toBeNull();
      expect(await getClaim(agentA, "not-a-uuid")).toBeNull();
      expect((await getClaim(agentA, claimOfA.id))?.canUpdate).toBe(false);
    });

    it("does not let service staff of another subtree open it", async () => {
      expect(await getClaim(serviceOther, claimOfA.id)).toBeNull();
      expect((await listClaims(serviceOther, filters())).total).toBe(0);
      expect(await getClaim(serviceA, claimOfA.id)).not.toBeNull();
      expect(await getClaim(serviceA, claimOfB.id)).toBeNull();
    });

    it("lists the green channel first for a manager of the province", async () => {
      const { rows } = await listClaims(manager, filters());
      expect(rows.map((r) => r.id)).toEqual([claimOfB.id, claimOfA.id]);
    });

    it("filters by status changed within 7 days", async () => {
      const now = new Date("2026-11-05T00:00:00Z");
      expect((await listClaims(agentA, filters({ changed: "7d" }), now)).total).toBe(1);
      expect((await listClaims(agentA, filters({ changed: "7d" }), new Date("2026-11-20T00:00:00Z"))).total).toBe(0);
    });

    it("refuses agents and managers the writes", async () => {
      await expect(assignClaimHandler(agentA, { claimId: claimOfA.id, handlerId: handlerA.id })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(
        advanceClaim(manager, { claimId: claimOfA.id, from: "REPORTED", to: "DOCUMENTS" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  describe("workflow", () => {
    it("assigns a handler from the actor's subtree, audited", async () => {
      const candidates = await handlerCandidates(serviceA, customerA.orgUnitId);
      expect(candidates.map((c) => c.id)).toContain(handlerA.id);
      expect(await assignClaimHandler(serviceA, { claimId: claimOfA.id, handlerId: handlerA.id })).toEqual({
        ok: true,
      });
      expect((await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id } })).handlerId).toBe(handlerA.id);
      const audit = await db.auditLog.findFirst({ where: { entityId: claimOfA.id, action: "claim.assignHandler" } });
      expect(audit?.actorId).toBe(serviceA.id);
      expect(audit?.data).toMatchObject({ from: null, to: handlerA.id });
    });

    it("refuses a handler outside the subtree or of the wrong role, changing nothing", async () => {
      const outsider = await makeUser({ orgUnitId: otherProvince.id, role: "SERVICE" });
      for (const handlerId of [outsider.id, agentA.id]) {
        expect(await assignClaimHandler(serviceA, { claimId: claimOfA.id, handlerId })).toEqual({
          ok: false,
          reason: "handlerInvalid",
        });
      }
      expect(await assignClaimHandler(serviceOther, { claimId: claimOfA.id, handlerId: outsider.id })).toEqual({
        ok: false,
        reason: "notFound",
      });
      // A province lead may not hand a claim to staff of a sibling city, who could not open it.
      const sibling = await makeOrgUnit("CITY", province.id);
      const siblingStaff = await makeUser({ orgUnitId: sibling.id, role: "SERVICE" });
      const lead = (await loadActor((await makeUser({ orgUnitId: province.id, role: "SERVICE_LEAD" })).id))!;
      expect((await handlerCandidates(lead, customerA.orgUnitId)).map((c) => c.id)).not.toContain(siblingStaff.id);
      expect(await assignClaimHandler(lead, { claimId: claimOfA.id, handlerId: siblingStaff.id })).toEqual({
        ok: false,
        reason: "handlerInvalid",
      });
      expect((await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id } })).handlerId).toBe(handlerA.id);
    });

    it("advances one step with a note: step, status and audit written together", async () => {
      const now = new Date("2026-11-03T03:00:00Z");
      expect(
        await advanceClaim(
          serviceA,
          { claimId: claimOfA.id, from: "REPORTED", to: "DOCUMENTS", note: "材料已收齐" },
          now,
        ),
      ).toEqual({ ok: true });
      const claim = await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id }, include: { steps: true } });
      expect(claim.status).toBe("DOCUMENTS");
      expect(claim.statusChangedAt.toISOString()).toBe(now.toISOString());
      expect(claim.steps).toMatchObject([{ status: "DOCUMENTS", note: "材料已收齐", byId: serviceA.id }]);
      const audit = await db.auditLog.findFirst({ where: { entityId: claimOfA.id, action: "claim.advance" } });
      expect(audit?.data).toMatchObject({ from: "REPORTED", to: "DOCUMENTS", note: "材料已收齐" });
      const detail = await getClaim(serviceA, claimOfA.id);
      expect(detail?.next).toEqual(["ASSESSING"]);
      expect(detail?.steps.map((s) => s.status)).toEqual(["DOCUMENTS"]);
    });

    it("refuses bad transitions and stale forms, changing nothing", async () => {
      const before = await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id }, include: { steps: true } });
      const audits = await db.auditLog.count({ where: { entityId: claimOfA.id } });
      expect(
        await advanceClaim(serviceA, { claimId: claimOfA.id, from: "DOCUMENTS", to: "PAID", amountPaid: 10 }),
      ).toEqual({ ok: false, reason: "transition" });
      expect(await advanceClaim(serviceA, { claimId: claimOfA.id, from: "REPORTED", to: "DOCUMENTS" })).toEqual({
        ok: false,
        reason: "conflict",
      });
      expect(await advanceClaim(serviceOther, { claimId: claimOfA.id, from: "DOCUMENTS", to: "ASSESSING" })).toEqual({
        ok: false,
        reason: "notFound",
      });
      const after = await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id }, include: { steps: true } });
      expect(after.status).toBe(before.status);
      expect(after.steps).toHaveLength(before.steps.length);
      expect(await db.auditLog.count({ where: { entityId: claimOfA.id } })).toBe(audits);
    });

    it("needs the amount to pay, within the amount claimed, and a reason to reject", async () => {
      await db.claim.update({ where: { id: claimOfA.id }, data: { status: "APPROVED" } });
      expect(await advanceClaim(serviceA, { claimId: claimOfA.id, from: "APPROVED", to: "PAID" })).toEqual({
        ok: false,
        reason: "amountRequired",
      });
      expect(
        await advanceClaim(serviceA, { claimId: claimOfA.id, from: "APPROVED", to: "PAID", amountPaid: 9000 }),
      ).toEqual({ ok: false, reason: "amountTooHigh" });
      expect(await advanceClaim(serviceA, { claimId: claimOfA.id, from: "ASSESSING", to: "REJECTED" })).toEqual({
        ok: false,
        reason: "noteRequired",
      });
      expect((await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id } })).amountPaid).toBeNull();
      expect(
        await advanceClaim(serviceA, { claimId: claimOfA.id, from: "APPROVED", to: "PAID", amountPaid: 7500.5 }),
      ).toEqual({ ok: true });
      const paid = await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id }, include: { customer: true } });
      expect(paid.amountPaid?.toString()).toBe("7500.5");
      expect(paid.customer.totalClaimsPaid.toString()).toBe("7500.5");
    });

    it("refuses feedback before the outcome and records it once after", async () => {
      const open = await makeClaim(customerA.id, policyA.id, { status: "ASSESSING" });
      expect(await recordClaimFeedback(serviceA, { claimId: open.id, score: 4 })).toEqual({
        ok: false,
        reason: "feedbackNotYet",
      });
      expect((await db.claim.findUniqueOrThrow({ where: { id: open.id } })).feedbackScore).toBeNull();
    });

    it("closes the claim, sends the survey trigger and sets the close time", async () => {
      const now = new Date("2026-11-10T03:00:00Z");
      expect(await advanceClaim(serviceA, { claimId: claimOfA.id, from: "PAID", to: "CLOSED" }, now)).toEqual({
        ok: true,
      });
      const closed = await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id } });
      expect(closed.closedAt?.toISOString()).toBe(now.toISOString());
      expect(sent).toEqual([
        ["survey-trigger", { kind: "CLAIM_CLOSED", claimId: claimOfA.id }, `CLAIM_CLOSED:${claimOfA.id}`],
      ]);
      expect((await getClaim(serviceA, claimOfA.id, now))?.daysOpen).toBe(8);
    });

    it("opens a CLAIM_FEEDBACK task for a low score, audited, and refuses a second feedback", async () => {
      expect(await recordClaimFeedback(serviceA, { claimId: claimOfA.id, score: 2, note: "等太久" })).toEqual({
        ok: true,
      });
      const task = await db.task.findFirst({ where: { customerId: customerA.id, kind: "CLAIM_FEEDBACK" } });
      expect(task).toMatchObject({ status: "OPEN", orgUnitId: cityA.id });
      const audit = await db.auditLog.findFirst({ where: { entityId: claimOfA.id, action: "claim.feedback" } });
      expect(audit?.data).toMatchObject({ score: 2, taskId: task!.id });
      expect(await recordClaimFeedback(serviceA, { claimId: claimOfA.id, score: 5 })).toEqual({
        ok: false,
        reason: "feedbackRecorded",
      });
      expect((await db.claim.findUniqueOrThrow({ where: { id: claimOfA.id } })).feedbackScore).toBe(2);
    });

    it("opens no task for a good score", async () => {
      const done = await makeClaim(customerA.id, policyA.id, { status: "REJECTED" });
      expect(await recordClaimFeedback(serviceA, { claimId: done.id, score: 3 })).toEqual({ ok: true });
      expect(await db.task.count({ where: { customerId: customerA.id, kind: "CLAIM_FEEDBACK" } })).toBe(1);
    });

    it("puts a claim of a claim-free customer with cover in force into the green channel when advanced", async () => {
      const c = await makeCustomer({ orgUnitId: cityA.id });
      const p = await makePolicy(c.id, cityA.id);
      await makeClaim(c.id, p.id, { reportedAt: new Date("2025-06-01T02:00:00Z"), status: "CLOSED" });
      const claim = await makeClaim(c.id, p.id, { reportedAt: new Date("2026-06-02T02:00:00Z") });
      expect(await advanceClaim(serviceA, { claimId: claim.id, from: "REPORTED", to: "DOCUMENTS" })).toEqual({
        ok: true,
      });
      const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(after.greenChannel).toBe(true);
      expect(after.handlerId).toBe(serviceA.id);

      const recent = await makeClaim(c.id, p.id, { reportedAt: new Date("2026-07-01T02:00:00Z") });
      await advanceClaim(serviceA, { claimId: recent.id, from: "REPORTED", to: "DOCUMENTS" });
      expect((await db.claim.findUniqueOrThrow({ where: { id: recent.id } })).greenChannel).toBe(false);
    });
  });
});
