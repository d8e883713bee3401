import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { prepareCustomerExport } from "@/lib/data/customers/export";
import { listCustomers } from "@/lib/data/customers/list";
import { searchCustomers } from "@/lib/data/customers/search";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseCustomerFilters, type RawParams } from "@/lib/validation/customer-filters";
import { makePolicy } from "../support/customer-history";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

// Scope of search, list and export (an agent never reaches another agent's customer; service staff
// only their subtree), each list filter narrowing correctly, and the export's audit entry.

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join("");
const uniqueMobile = () => `139${digits(8)}`;
const uniqueId = () => `1101051980${digits(7)}X`;
const uniquePlate = () => `京AD${digits(5)}`;
const uniquePolicyNo = () => `PZT${digits(12)}`;
const uniqueName = (tag: string) => `测${tag}${randomUUID().slice(0, 4)}`;

async function customerWith(opts: {
  orgUnitId: string;
  agentId: string | null;
  data?: Prisma.CustomerUpdateInput;
  policy?: boolean;
}) {
  const base = await makeCustomer({ orgUnitId: opts.orgUnitId, agentId: opts.agentId });
  const customer = await db.customer.update({
    where: { id: base.id },
    // Customer numbers are upper-case in production (KH…), as the search expects.
    data: {
      name: uniqueName("客"),
      customerNo: `KHT${digits(10)}`,
      mobile: uniqueMobile(),
      idNumber: uniqueId(),
      ...opts.data,
    },
  });
  let policyNo: string | null = null;
  let plate: string | null = null;
  if (opts.policy !== false) {
    const policy = await makePolicy({ customerId: customer.id, orgUnitId: opts.orgUnitId, agentId: opts.agentId });
    policyNo = uniquePolicyNo();
    plate = uniquePlate();
    await db.policy.update({ where: { id: policy.id }, data: { policyNo, vehiclePlate: plate, productLine: "AUTO" } });
  }
  return { ...customer, policyNo: policyNo!, plate: plate! };
}

const actorOf = async (user: { id: string }) => (await loadActor(user.id))!;
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
const filtersOf = (raw: RawParams) => {
  const parsed = parseCustomerFilters(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};
const listIds = async (actor: Actor, raw: RawParams = {}) =>
  ids((await listCustomers(actor, filtersOf({ size: "100", ...raw }))).rows);

describe("customer search, list and export scope", () => {
  let agentA: Actor;
  let agentB: Actor;
  let serviceOther: Actor;
  let serviceProvince: Actor;
  let custA: Awaited<ReturnType<typeof customerWith>>;
  let custB: Awaited<ReturnType<typeof customerWith>>;
  let merged: Awaited<ReturnType<typeof customerWith>>;

  beforeAll(async () => {
    const province = await makeOrgUnit("PROVINCE");
    const cityA = await makeOrgUnit("CITY", province.id);
    const cityB = await makeOrgUnit("CITY", province.id);
    const otherProvince = await makeOrgUnit("PROVINCE");
    const otherCity = await makeOrgUnit("CITY", otherProvince.id);
    const userA = await makeUser({ orgUnitId: cityA.id, role: "AGENT" });
    const userB = await makeUser({ orgUnitId: cityB.id, role: "AGENT" });
    agentA = await actorOf(userA);
    agentB = await actorOf(userB);
    serviceOther = await actorOf(await makeUser({ orgUnitId: otherCity.id, role: "SERVICE" }));
    serviceProvince = await actorOf(await makeUser({ orgUnitId: province.id, role: "SERVICE" }));
    custA = await customerWith({ orgUnitId: cityA.id, agentId: userA.id, data: { name: uniqueName("甲") } });
    custB = await customerWith({ orgUnitId: cityB.id, agentId: userB.id, data: { name: uniqueName("乙") } });
    // A record merged into custA: same agent, still holding a policy, but hidden everywhere.
    merged = await customerWith({
      orgUnitId: cityA.id,
      agentId: userA.id,
      data: { mergedInto: { connect: { id: custA.id } } },
    });
  });

  it("finds the agent's own customer by plate, partial plate, policy no., mobile, ID number and name, masked", async () => {
    const byPlate = await searchCustomers(agentA, custA.plate);
    expect(ids(byPlate)).toEqual([custA.id]);
    expect(byPlate[0]!.match).toEqual({ field: "vehiclePlate", value: custA.plate });
    expect(byPlate[0]!.mobile).toBe(`${custA.mobile!.slice(0, 3)}****${custA.mobile!.slice(-4)}`);
    expect(byPlate[0]!.idNumber).toBe(`110***********${custA.idNumber!.slice(-4)}`);
    expect(byPlate[0]!.agentName).toBeTruthy();

    expect(ids(await searchCustomers(agentA, custA.plate.slice(0, 6)))).toContain(custA.id);
    const byPolicy = await searchCustomers(agentA, custA.policyNo.toLowerCase());
    expect(byPolicy[0]).toMatchObject({ id: custA.id, match: { field: "policyNo", value: custA.policyNo } });
    expect(ids(await searchCustomers(agentA, custA.policyNo.slice(0, 10)))).toContain(custA.id);
    const byMobile = await searchCustomers(agentA, custA.mobile!);
    expect(byMobile[0]).toMatchObject({ id: custA.id, match: { field: "mobile", value: byPlate[0]!.mobile } });
    expect(ids(await searchCustomers(agentA, custA.mobile!.slice(-6)))).toContain(custA.id);
    expect(ids(await searchCustomers(agentA, custA.idNumber!))).toEqual([custA.id]);
    expect(ids(await searchCustomers(agentA, custA.name))).toEqual([custA.id]);
    expect(ids(await searchCustomers(agentA, custA.customerNo))).toEqual([custA.id]);
  });

  it("never shows an agent another agent's customer, whatever identifier is typed", async () => {
    for (const q of [custB.plate, custB.policyNo, custB.mobile!, custB.idNumber!, custB.name, custB.customerNo])
      expect(await searchCustomers(agentA, q), q).toEqual([]);
    expect(ids(await searchCustomers(agentB, custB.plate))).toEqual([custB.id]);
  });

  it("keeps service staff to their own subtree", async () => {
    for (const c of [custA, custB]) {
      expect(await searchCustomers(serviceOther, c.plate)).toEqual([]);
      expect(await searchCustomers(serviceOther, c.name)).toEqual([]);
      expect(ids(await searchCustomers(serviceProvince, c.plate))).toEqual([c.id]);
    }
  });

  it("hides merged records from search and list", async () => {
    expect(ids(await searchCustomers(agentA, merged.plate))).toEqual([]);
    expect(ids(await searchCustomers(agentA, merged.mobile!))).toEqual([]);
    expect(await listIds(agentA)).not.toContain(merged.id);
  });

  it("lists only customers in scope", async () => {
    expect(await listIds(agentA)).toEqual([custA.id]);
    expect(await listIds(agentB)).toEqual([custB.id]);
    expect((await listCustomers(agentA, filtersOf({}))).total).toBe(1);
    expect((await listCustomers(agentA, filtersOf({ q: custA.plate }))).total).toBe(1);
    expect((await listCustomers(agentA, filtersOf({ q: custB.plate }))).total).toBe(0);
    // Fragments (not resolved up front) filter rows and count alike.
    for (const q of [
      custA.plate.slice(0, 6),
      custA.policyNo.slice(0, 10),
      custA.mobile!.slice(-6),
      custA.name.slice(0, 3),
    ]) {
      const page = await listCustomers(serviceProvince, filtersOf({ q }));
      expect(ids(page.rows), q).toContain(custA.id);
      expect(page.total, q).toBe(page.rows.length);
      expect(ids((await listCustomers(serviceOther, filtersOf({ q }))).rows), q).not.toContain(custA.id);
    }
    const other = await listIds(serviceOther);
    expect(other).not.toContain(custA.id);
    expect(other).not.toContain(custB.id);
    expect(await listIds(serviceProvince)).toEqual(expect.arrayContaining([custA.id, custB.id]));
    expect(await listIds(agentA, { q: custB.plate })).toEqual([]);
    expect(await listIds(agentA, { agent: agentB.id })).toEqual([]);
  });

  it("refuses the export to agents and exports nothing outside the actor's scope", async () => {
    await expect(prepareCustomerExport(agentA, filtersOf({}), "csv")).rejects.toBeInstanceOf(ForbiddenError);
    const other = await prepareCustomerExport(serviceOther, filtersOf({ q: custA.plate }), "csv");
    expect(other.count).toBe(0);
  });

  it("audits an export with its filters and row count, and streams masked rows", async () => {
    const before = await db.auditLog.count({ where: { action: "customer.export", actorId: serviceProvince.id } });
    const exp = await prepareCustomerExport(serviceProvince, filtersOf({ q: custA.plate }), "xlsx");
    expect(exp.count).toBe(1);
    const audit = await db.auditLog.findFirst({
      where: { action: "customer.export", actorId: serviceProvince.id },
      orderBy: { id: "desc" },
    });
    expect(await db.auditLog.count({ where: { action: "customer.export", actorId: serviceProvince.id } })).toBe(
      before + 1,
    );
    expect(audit?.entityType).toBe("Customer");
    expect(audit?.data).toMatchObject({ format: "xlsx", rows: 1, truncated: false, filters: { q: custA.plate } });
    const rows = [];
    for await (const batch of exp.batches()) rows.push(...batch);
    expect(rows.map((r) => r.id)).toEqual([custA.id]);
    expect(rows[0]!.mobile).toMatch(/^139\*{4}\d{4}$/);
    expect(rows[0]!.idNumber).toMatch(/^110\*{11}\d{3}X$/);
  });
});

describe("customer list filters", () => {
  let service: Actor;
  let agent: { id: string };
  let cityId: string;
  let x: Awaited<ReturnType<typeof customerWith>>;
  let y: Awaited<ReturnType<typeof customerWith>>;
  let fieldKey = "";
  let tagId: string;
  let otherTagId: string;

  beforeAll(async () => {
    const province = await makeOrgUnit("PROVINCE");
    const city = await makeOrgUnit("CITY", province.id);
    cityId = city.id;
    agent = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    const otherAgent = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    service = await actorOf(await makeUser({ orgUnitId: city.id, role: "SERVICE" }));
    const today = new Date();
    const yearsAgo = (n: number) => new Date(Date.UTC(today.getUTCFullYear() - n, 0, 1));
    // X and Y differ in every classification: each filter must keep X and drop Y.
    x = await customerWith({
      orgUnitId: city.id,
      agentId: agent.id,
      policy: false,
      data: {
        kind: "HIGH_NET_WORTH",
        isInsured: true,
        channel: "BANCASSURANCE",
        isOrphan: false,
        contactable: true,
        isClubMember: true,
        activity: "DORMANT",
        touchpoints: ["CLAIM", "MATURITY"],
        lifecycleStage: "LOYAL",
        vipTier: "GOLD",
        firstPurchaseAt: yearsAgo(5),
        satLoyalty: "LOW_SAT_HIGH_LOYALTY",
        abilityWill: "PAMPER",
      },
    });
    y = await customerWith({
      orgUnitId: city.id,
      agentId: otherAgent.id,
      policy: false,
      data: {
        kind: "INDIVIDUAL",
        isInsured: false,
        channel: "INDIVIDUAL",
        isOrphan: true,
        contactable: false,
        isClubMember: false,
        activity: "ACTIVE",
        touchpoints: ["APPOINTMENT"],
        lifecycleStage: "PROSPECT",
        vipTier: "NONE",
        firstPurchaseAt: new Date(Date.now() - 30 * 86_400_000),
        satLoyalty: "HIGH_SAT_LOW_LOYALTY",
        abilityWill: "DEVELOP",
      },
    });
    const tag = await db.tag.create({ data: { name: `标签${randomUUID().slice(0, 8)}` } });
    const otherTag = await db.tag.create({ data: { name: `标签${randomUUID().slice(0, 8)}` } });
    tagId = tag.id;
    otherTagId = otherTag.id;
    await db.customerTag.createMany({
      data: [
        { customerId: x.id, tagId },
        { customerId: x.id, tagId: otherTagId },
        { customerId: y.id, tagId: otherTagId },
      ],
    });
    const key = `f${randomUUID().slice(0, 6)}`;
    const field = await db.classificationField.create({
      data: { key, label: "爱好", type: "SELECT", options: ["高尔夫", "读书"] },
    });
    await db.customerFieldValue.createMany({
      data: [
        { customerId: x.id, fieldId: field.id, value: "高尔夫" },
        { customerId: y.id, fieldId: field.id, value: "读书" },
      ],
    });
    fieldKey = key;
  });

  it("lists both without filters", async () => {
    expect((await listIds(service)).sort()).toEqual([x.id, y.id].sort());
  });

  const cases: [string, () => RawParams][] = [
    ["kind", () => ({ kind: "HIGH_NET_WORTH" })],
    ["insured", () => ({ insured: "yes" })],
    ["channel", () => ({ channel: "BANCASSURANCE" })],
    ["orphan", () => ({ orphan: "no" })],
    ["contactable", () => ({ contactable: "yes" })],
    ["club", () => ({ club: "yes" })],
    ["activity", () => ({ activity: "DORMANT" })],
    ["touchpoint", () => ({ touchpoint: ["CLAIM", "LAPSED"] })],
    ["lifecycle", () => ({ lifecycle: "LOYAL" })],
    ["vip (several tiers)", () => ({ vip: ["GOLD", "DIAMOND"] })],
    ["tenure long-standing", () => ({ tenure: "long" })],
    ["satisfaction × loyalty", () => ({ satLoyalty: "LOW_SAT_HIGH_LOYALTY" })],
    ["ability × willingness", () => ({ abilityWill: "PAMPER" })],
    ["tags (all of)", () => ({ tag: [tagId, otherTagId] })],
    ["custom field", () => ({ [`field.${fieldKey}`]: "高尔夫" })],
    ["agent", () => ({ agent: agent.id })],
    ["free text", () => ({ q: x.name })],
    ["two filters: dormant + gold", () => ({ activity: "DORMANT", vip: "GOLD" })],
  ];
  for (const [name, params] of cases)
    it(`narrows by ${name}, and the count agrees with the rows`, async () => {
      const page = await listCustomers(service, filtersOf(params()));
      expect(ids(page.rows)).toEqual([x.id]);
      // The capped count is hand-written SQL; it must select exactly what the Prisma where selects.
      expect(page.total).toBe(1);
    });

  it("finds the new customer with tenure=new", async () => {
    const page = await listCustomers(service, filtersOf({ tenure: "new" }));
    expect(ids(page.rows)).toEqual([y.id]);
    expect(page.total).toBe(1);
  });

  it("counts by the same rules for the other side of each filter", async () => {
    for (const raw of [
      { insured: "no" },
      { orphan: "yes" },
      { contactable: "no" },
      { club: "no" },
      { kind: "INDIVIDUAL" },
      { touchpoint: "APPOINTMENT" },
      { tag: otherTagId },
    ]) {
      const page = await listCustomers(service, filtersOf(raw));
      expect(page.total, JSON.stringify(raw)).toBe(page.rows.length);
    }
  });

  it("limits the org-unit filter to the actor's subtree", async () => {
    expect((await listIds(service, { orgUnit: cityId })).sort()).toEqual([x.id, y.id].sort());
    const elsewhere = await makeOrgUnit("CITY");
    expect(await listIds(service, { orgUnit: elsewhere.id })).toEqual([]);
  });

  it("sorts, pages and counts", async () => {
    const first = await listCustomers(service, filtersOf({ size: "25", sort: "name", dir: "asc" }));
    expect(first).toMatchObject({ total: 2, capped: false, page: 1, pageSize: 25 });
    const names = first.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort());
    const desc = await listCustomers(service, filtersOf({ sort: "name", dir: "desc" }));
    expect(desc.rows.map((r) => r.name)).toEqual([...names].reverse());
    const beyond = await listCustomers(service, filtersOf({ page: "2" }));
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(2);
  });
});
