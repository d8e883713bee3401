import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { careList, prepareCareExport } from "@/lib/data/care/lists";
import { getCustomer360 } from "@/lib/data/customers/360";
import { prepareCustomerExport } from "@/lib/data/customers/export";
import { listCustomers } from "@/lib/data/customers/list";
import { searchCustomers } from "@/lib/data/customers/search";
import { IDENTIFIER_LOOKUPS, RateLimitedError } from "@/lib/domain/search-limits";
import { careFilterSchema } from "@/lib/validation/care-filters";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

// Issue 12 item 1: what a role without customer.reveal sees must not rebuild the masked 身份证号
// (birth date = digits 7–14, native place ≈ digits 1–6), and its complete-identifier lookups are
// audited and limited.

const ID = "11010519491231002X";
const BIRTH = "1949-12-31";
const PLACE = "北京市朝阳区";
// Asia/Shanghai midnight is 16:00 UTC: 15:59 UTC on 30 Dec is still 30 Dec in the branch.
const DEC30 = new Date("2026-12-30T15:59:00Z");

const actorOf = async (user: { id: string }): Promise<Actor> => (await loadActor(user.id))!;
const audits = (actorId: string) =>
  db.auditLog.findMany({ where: { actorId, action: "customer.search.identifier" }, orderBy: { id: "asc" } });
/** No trace of the birth date (either notation) or the district anywhere in a value. */
function expectNoIdentityFacts(value: unknown) {
  const json = JSON.stringify(value);
  expect(json).not.toContain(BIRTH);
  expect(json).not.toContain("19491231");
  expect(json).not.toContain("朝阳区");
}

describe("masked identity for roles without reveal", () => {
  let agent: Actor;
  let manager: Actor;
  let customer: { id: string };

  beforeAll(async () => {
    const province = await makeOrgUnit("PROVINCE");
    const city = await makeOrgUnit("CITY", province.id);
    const a = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    agent = await actorOf(a);
    manager = await actorOf(await makeUser({ orgUnitId: province.id, role: "MANAGER" }));
    customer = await makeCustomer({ orgUnitId: city.id, agentId: a.id });
    await db.customer.update({
      where: { id: customer.id },
      data: { birthDate: new Date(BIRTH), nativePlace: PLACE, isInsured: true },
    });
  });

  afterEach(() => vi.useRealTimers());

  it("gives a manager's 360° page the age and the province, never the birth date or district", async () => {
    const data = (await getCustomer360(manager, customer.id, { now: DEC30 }))!;
    expect(data.customer).toMatchObject({ birthDate: null, age: 76, nativePlace: "北京市***" });
    expect(data.customer.idNumber).toBe("110***********002X");
    expectNoIdentityFacts(data);

    // One minute later it is 31 Dec in Shanghai: the birthday, one year older.
    const next = (await getCustomer360(manager, customer.id, { now: new Date("2026-12-30T16:01:00Z") }))!;
    expect(next.customer.age).toBe(77);
  });

  it("still shows the agent, who may reveal, the birth date and native place", async () => {
    const data = (await getCustomer360(agent, customer.id, { now: DEC30 }))!;
    expect(data.customer).toMatchObject({ birthDate: BIRTH, age: 76, nativePlace: PLACE });
  });

  it("leaves the age out of a manager's birthday list and its export (day + age = birth date)", async () => {
    const week = careFilterSchema.parse({ range: "week" });
    const mine = await careList(agent, week, DEC30);
    expect(mine.rows.find((r) => r.id === customer.id)).toMatchObject({ day: "2026-12-31", age: 77 });
    const theirs = await careList(manager, week, DEC30);
    expect(theirs.rows.find((r) => r.id === customer.id)).toMatchObject({ day: "2026-12-31", age: null });
    expectNoIdentityFacts(theirs);
    const exported = await prepareCareExport(manager, week, "csv", DEC30);
    expect(exported.rows.map((r) => r.id)).toContain(customer.id);
    expect(exported.rows.every((r) => r.age === null)).toBe(true);
    expectNoIdentityFacts(exported.rows);
  });

  it("exports the customer list for a manager without birth date or native place", async () => {
    const filters = parseCustomerFilters({ agent: agent.id });
    if (!filters.success) throw new Error("filters");
    const exported = await prepareCustomerExport(manager, filters.data, "csv");
    const rows = [];
    for await (const batch of exported.batches()) rows.push(...batch);
    expect(rows.map((r) => r.id)).toEqual([customer.id]);
    expectNoIdentityFacts(rows);
  });

  it("audits every complete-identifier search by a manager, with the value masked", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T08:00:00Z"));
    expect((await searchCustomers(manager, ID)).map((h) => h.id)).toEqual([customer.id]);
    expect(await searchCustomers(manager, "13900000000")).toEqual([]);
    const page = await listCustomers(manager, { ...parse({ q: "13812345678" }), agent: agent.id });
    expect(page.rows.map((r) => r.id)).toEqual([customer.id]);

    const rows = await audits(manager.id);
    expect(rows.map((r) => [r.entityId, r.data])).toEqual([
      [customer.id, { field: "idNumber", value: "110***********002X", hits: [customer.id], count: 1 }],
      [null, { field: "mobile", value: "139****0000", hits: [], count: 0 }],
      [customer.id, { field: "mobile", value: "138****5678", hits: [customer.id], count: 1 }],
    ]);
    expect(JSON.stringify(rows.map((r) => r.data))).not.toContain(ID);
  });

  it("audits nothing for the agent, who may reveal, and nothing for names", async () => {
    await searchCustomers(agent, ID);
    await searchCustomers(manager, "客户");
    expect(await audits(agent.id)).toEqual([]);
    expect((await audits(manager.id)).length).toBe(3);
  });

  it("refuses a manager's lookups beyond the limit until the window ends, writing nothing", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const other = await actorOf(await makeUser({ orgUnitId: manager.orgUnitId, role: "MANAGER" }));
    vi.setSystemTime(new Date("2026-03-01T09:00:00Z"));
    for (let i = 0; i < IDENTIFIER_LOOKUPS.max; i++) await searchCustomers(other, ID);
    vi.setSystemTime(new Date("2026-03-01T09:10:00Z"));
    const refused = await searchCustomers(other, ID).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(300);
    await expect(listCustomers(other, parse({ q: ID }))).rejects.toBeInstanceOf(RateLimitedError);
    expect(await audits(other.id)).toHaveLength(IDENTIFIER_LOOKUPS.max);

    // Names are not identifiers: still searchable. A new window admits lookups again.
    await expect(searchCustomers(other, "客户")).resolves.toBeDefined();
    vi.setSystemTime(new Date("2026-03-01T09:15:00Z"));
    expect((await searchCustomers(other, ID)).map((h) => h.id)).toEqual([customer.id]);
    expect(await audits(other.id)).toHaveLength(IDENTIFIER_LOOKUPS.max + 1);
  });
});

function parse(raw: Record<string, string>) {
  const parsed = parseCustomerFilters(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}
