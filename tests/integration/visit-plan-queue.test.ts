// The event path of the plan job: creating a customer sends "visit-plans" to the pg-boss queue and the
// worker (as started inside the Next server) plans the new-customer visit within seconds.
import { afterAll, beforeAll, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createCustomer } from "@/lib/data/customers/write";
import { startWorker } from "@/lib/jobs/worker";
import { JOBS } from "@/lib/jobs/registry";
import { makeOrgUnit, makeUser } from "../support/factories";

let worker: PgBoss | undefined;

beforeAll(async () => {
  worker = await startWorker(
    process.env.DATABASE_URL!,
    JOBS.filter((j) => j.name === "visit-plans"),
  );
});

afterAll(async () => {
  await worker?.stop({ graceful: false });
  const sender = (globalThis as unknown as { boss?: Promise<PgBoss> }).boss;
  await (await sender)?.stop({ graceful: false });
});

it("plans a new customer's visit through the queue right after the customer is created", async () => {
  const city = await makeOrgUnit("CITY");
  const agent = await makeUser({ orgUnitId: city.id });
  const actor = (await loadActor(agent.id))!;
  const result = await createCustomer(
    actor,
    { kind: "INDIVIDUAL", name: "队列测试", mobile: "13900001111", tags: [], fieldValues: {} },
    { confirmDuplicate: true },
  );
  expect(result.ok).toBe(true);
  const id = result.ok ? result.id : "";
  let plan = null;
  // This file's own queue holds only this job: the plan is there within seconds.
  for (let i = 0; i < 40 && !plan; i++) {
    plan = await db.visit.findUnique({ where: { planKey: `NEW_CUSTOMER:${id}` } });
    if (!plan) await new Promise((r) => setTimeout(r, 500));
  }
  expect(plan).toMatchObject({
    customerId: id,
    reason: "NEW_CUSTOMER",
    assigneeId: agent.id,
    status: "PLANNED",
    suggestedMethod: "PHONE",
  });
});
