import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { getCustomer } from "@/lib/data/customers/get";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

describe("customer scope", () => {
  let province: { id: string };
  let cityA: { id: string };
  let cityB: { id: string };
  let agentA: { id: string };
  let agentB: { id: string };
  let customerOfA: { id: string };
  let customerOfB: { id: string };

  beforeAll(async () => {
    province = await makeOrgUnit("PROVINCE");
    cityA = await makeOrgUnit("CITY", province.id);
    cityB = await makeOrgUnit("CITY", province.id);
    agentA = await makeUser({ orgUnitId: cityA.id, role: "AGENT" });
    agentB = await makeUser({ orgUnitId: cityA.id, role: "AGENT" });
    customerOfA = await makeCustomer({ orgUnitId: cityA.id, agentId: agentA.id });
    customerOfB = await makeCustomer({ orgUnitId: cityB.id, agentId: agentB.id });
  });

  it("lets an agent open their own customer, with identifiers masked", async () => {
    const actor = (await loadActor(agentA.id))!;
    const customer = await getCustomer(actor, customerOfA.id);
    expect(customer?.id).toBe(customerOfA.id);
    expect(customer?.idNumber).toBe("110***********002X");
    expect(customer?.mobile).toBe("138****5678");
  });

  it("does not let an agent open another agent's customer by id", async () => {
    const actor = (await loadActor(agentA.id))!;
    expect(await getCustomer(actor, customerOfB.id)).toBeNull();
  });

  it("does not find a customer for a malformed id instead of failing", async () => {
    const actor = (await loadActor(agentA.id))!;
    expect(await getCustomer(actor, "not-a-uuid")).toBeNull();
  });

  it("scopes service staff to their org subtree", async () => {
    const serviceA = await makeUser({ orgUnitId: cityA.id, role: "SERVICE" });
    const actor = (await loadActor(serviceA.id))!;
    expect(await getCustomer(actor, customerOfA.id)).not.toBeNull();
    expect(await getCustomer(actor, customerOfB.id)).toBeNull();

    const provinceService = await makeUser({ orgUnitId: province.id, role: "SERVICE" });
    const provinceActor = (await loadActor(provinceService.id))!;
    expect(provinceActor.orgUnitIds).toEqual(expect.arrayContaining([province.id, cityA.id, cityB.id]));
    expect(await getCustomer(provinceActor, customerOfB.id)).not.toBeNull();
  });

  it("refuses roles without read permission on customers", async () => {
    const admin = await makeUser({ orgUnitId: province.id, role: "ADMIN" });
    const actor = (await loadActor(admin.id))!;
    await expect(getCustomer(actor, customerOfA.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("has no actor for a deactivated user, even with a valid session id", async () => {
    const gone = await makeUser({ orgUnitId: cityA.id, active: false });
    expect(await loadActor(gone.id)).toBeNull();
  });
});
