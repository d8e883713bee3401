// The policy list is scoped by the policy's own servicing agent and unit (it explains the KPIs),
// but never names a holder the viewer could not open.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { listPolicies } from "@/lib/data/policies/list";
import { db } from "@/lib/db";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

describe("policy list", () => {
  let agentA: Actor;
  let holderOfA: { id: string };
  let holderOfB: { id: string };

  beforeAll(async () => {
    const city = await makeOrgUnit("CITY");
    const [a, b] = await Promise.all([makeUser({ orgUnitId: city.id }), makeUser({ orgUnitId: city.id })]);
    agentA = (await loadActor(a.id))!;
    holderOfA = await makeCustomer({ orgUnitId: city.id, agentId: a.id });
    holderOfB = await makeCustomer({ orgUnitId: city.id, agentId: b.id });
    // Agent A services both policies; the second holder was reallocated to agent B.
    await db.policy.createMany({
      data: [holderOfA, holderOfB].map((h) => ({
        policyNo: `PT${randomUUID().slice(0, 10)}`,
        customerId: h.id,
        productLine: "AUTO" as const,
        productName: "车险",
        channel: "INDIVIDUAL" as const,
        orgUnitId: city.id,
        agentOfRecordId: a.id,
        servicingAgentId: a.id,
        annualPremium: 3000,
        paymentFrequency: "ANNUAL" as const,
        startDate: new Date("2026-01-01"),
        endDate: new Date("2026-12-31"),
      })),
    });
  });

  it("lists the policies an agent services and names only the holders they may open", async () => {
    const list = await listPolicies(agentA, {});
    expect(list.total).toBe(2);
    const holders = list.rows.map((r) => r.customer?.id ?? null);
    expect(holders).toContain(holderOfA.id);
    expect(holders).toContain(null);
    expect(holders).not.toContain(holderOfB.id);
  });
});
