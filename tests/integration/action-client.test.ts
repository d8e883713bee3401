// The one action chain, through a real session token and the real claim actions.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "action-client-test-secret";
});
vi.mock("next/headers", async () => (await import("../support/action-harness")).nextHeaders);
vi.mock("next/cache", async () => (await import("../support/action-harness")).nextCache);
vi.mock("next-intl/server", async () => (await import("../support/action-harness")).nextIntlServer());
vi.mock("@/lib/queue/send", () => ({ sendJob: async () => undefined }));

const { revalidated, signInAs, submit, useLocale } = await import("../support/action-harness");
const { advanceClaimAction, assignHandlerAction } = await import("@/lib/actions/claims");

describe("action chain", () => {
  let claimId: string;
  let serviceId: string;
  let agentId: string;
  let inactiveId: string;

  beforeAll(async () => {
    const unit = await makeOrgUnit("CITY");
    const service = await makeUser({ orgUnitId: unit.id, role: "SERVICE" });
    const agent = await makeUser({ orgUnitId: unit.id, role: "AGENT" });
    const inactive = await makeUser({ orgUnitId: unit.id, role: "SERVICE", active: false });
    [serviceId, agentId, inactiveId] = [service.id, agent.id, inactive.id];
    const customer = await makeCustomer({ orgUnitId: unit.id, agentId: agent.id });
    const policy = await db.policy.create({
      data: {
        policyNo: `PAC${Date.now()}`,
        customerId: customer.id,
        productLine: "HEALTH",
        productName: "测试医疗险",
        channel: "INDIVIDUAL",
        orgUnitId: unit.id,
        annualPremium: "3000.00",
        paymentFrequency: "ANNUAL",
        startDate: new Date("2024-01-01"),
        endDate: new Date("2030-12-31"),
        status: "IN_FORCE",
      },
    });
    const claim = await db.claim.create({
      data: {
        claimNo: `LAC${Date.now()}`,
        policyId: policy.id,
        customerId: customer.id,
        incidentDate: new Date("2026-11-01"),
        reportedAt: new Date("2026-11-02T02:00:00Z"),
        amountClaimed: "8000.00",
        status: "REPORTED",
        statusChangedAt: new Date("2026-11-02T02:00:00Z"),
      },
    });
    claimId = claim.id;
  });

  beforeEach(() => {
    useLocale("zh-CN");
    revalidated.length = 0;
  });

  const auditRows = () => db.auditLog.count({ where: { entityId: claimId } });

  it("sends a caller without a session to sign in, before validating anything", async () => {
    await signInAs(null);
    expect(await submit(assignHandlerAction, { claimId: "not-a-uuid" })).toEqual({ redirectedTo: "/login" });
    await signInAs(inactiveId);
    expect(await submit(assignHandlerAction, { claimId, handlerId: serviceId })).toEqual({ redirectedTo: "/login" });
  });

  it("answers invalid input with localized field errors, echoes the input and writes nothing", async () => {
    await signInAs(serviceId);
    const before = await auditRows();
    const r = await submit(advanceClaimAction, { claimId, from: "REPORTED", to: "NOPE", note: "x".repeat(501) });
    expect(r).toMatchObject({
      state: {
        ok: false,
        reason: "invalid",
        message: "请修改标红的内容",
        fieldErrors: { to: "请选择有效选项", note: "最多 500 个字" },
        values: { claimId, from: "REPORTED", to: "NOPE" },
      },
    });
    useLocale("en");
    const en = await submit(advanceClaimAction, { claimId, from: "REPORTED", to: "NOPE" });
    expect(en).toMatchObject({ state: { fieldErrors: { to: "Choose a valid option" } } });
    expect(await auditRows()).toBe(before);
    expect(revalidated).toEqual([]);
  });

  it("maps a missing permission to the feature's forbidden message and writes nothing", async () => {
    await signInAs(agentId);
    const before = await auditRows();
    const r = await submit(assignHandlerAction, { claimId, handlerId: serviceId });
    expect(r).toMatchObject({ state: { ok: false, reason: "forbidden", message: "您没有修改理赔的权限" } });
    expect(await auditRows()).toBe(before);
  });

  it("maps a refusal of the data layer to its localized message", async () => {
    await signInAs(serviceId);
    const r = await submit(advanceClaimAction, { claimId, from: "REPORTED", to: "PAID" });
    expect(r).toMatchObject({
      state: { ok: false, reason: "transition", message: "理赔不能从当前状态直接进入这一步" },
    });
  });

  it("runs the write, audits it and revalidates the declared paths", async () => {
    await signInAs(serviceId);
    const r = await submit(assignHandlerAction, { claimId, handlerId: serviceId });
    expect(r).toMatchObject({ state: { ok: true } });
    expect(revalidated).toEqual([`/claims/${claimId}`, "/claims"]);
    const audit = await db.auditLog.findFirst({ where: { entityId: claimId, action: "claim.assignHandler" } });
    expect(audit?.actorId).toBe(serviceId);
  });
});
