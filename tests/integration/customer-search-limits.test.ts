import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { prepareCustomerExport } from "@/lib/data/customers/export";
import { listCustomers } from "@/lib/data/customers/list";
import { searchCustomers } from "@/lib/data/customers/search";
import { FRAGMENT_WATCH, RateLimitedError, SEARCHES } from "@/lib/domain/search-limits";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

// Issue 12 item 2: masked phones cannot be rebuilt from search fragments. Fragments of mobiles and
// ID numbers only for roles that may reveal; every search limited per user (counted in PostgreSQL,
// a wait rather than a lockout); many fragment searches in a window leave one audit row.

const actorOf = async (user: { id: string }): Promise<Actor> => (await loadActor(user.id))!;
const filters = (raw: Record<string, string>) => {
  const parsed = parseCustomerFilters(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};
const suspicious = (actorId: string) =>
  db.auditLog.findMany({ where: { actorId, action: "customer.search.fragments" }, orderBy: { id: "asc" } });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe("search limits", () => {
  let city: { id: string };
  let agent: Actor;
  let manager: Actor;
  let customer: { id: string };
  // Each test starts in a window of its own, so counts never carry over between tests.
  let hour = 0;
  const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 2, 1, hour, minute, second)); // 1 Mar 2026, hh:mm:ss UTC

  beforeAll(async () => {
    const province = await makeOrgUnit("PROVINCE");
    city = await makeOrgUnit("CITY", province.id);
    const a = await makeUser({ orgUnitId: city.id, role: "AGENT" });
    agent = await actorOf(a);
    manager = await actorOf(await makeUser({ orgUnitId: province.id, role: "MANAGER" }));
    customer = await makeCustomer({ orgUnitId: city.id, agentId: a.id });
    await db.customer.update({ where: { id: customer.id }, data: { mobile: "13812345678" } });
  });

  beforeEach(() => {
    hour += 1;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(at(0));
  });
  afterEach(() => vi.useRealTimers());

  it("finds mobiles and ID numbers by fragment only for a role that may reveal them", async () => {
    const unfiltered = await listCustomers(manager, filters({}));
    for (const fragment of ["5678", "345678", "13812345", "19491231"]) {
      expect(
        (await searchCustomers(agent, fragment)).map((h) => h.id),
        fragment,
      ).toContain(customer.id);
      expect(await searchCustomers(manager, fragment), fragment).toEqual([]);
      // The list ignores the fragment (and says so): what it shows does not depend on it.
      expect((await listCustomers(agent, filters({ q: fragment }))).rows.map((r) => r.id)).toEqual([customer.id]);
      expect(await listCustomers(manager, filters({ q: fragment })), fragment).toEqual(unfiltered);
    }
    // The manager's hits never show more than the mask, whatever matched.
    const [hit] = await searchCustomers(manager, "13812345678");
    expect(hit).toMatchObject({ id: customer.id, mobile: "138****5678", match: { value: "138****5678" } });
  });

  it("lets a user search SEARCHES.max times a minute, then says how long to wait", async () => {
    const user = await actorOf(await makeUser({ orgUnitId: city.id, role: "SERVICE" }));
    for (let i = 0; i < SEARCHES.max; i++) await searchCustomers(user, i % 2 ? "客户" : "京A12345");
    vi.setSystemTime(at(0, 45));
    const refused = await refusal(searchCustomers(user, "客户"));
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(15);
    // The list's free text and the export count alike; a search without text does not.
    expect(await refusal(listCustomers(user, filters({ q: "客户" })))).toBeInstanceOf(RateLimitedError);
    expect(await refusal(prepareCustomerExport(user, filters({ q: "客户" }), "csv"))).toBeInstanceOf(RateLimitedError);
    expect(await refusal(listCustomers(user, filters({})))).toBeNull();
    // Per user: the agent next door is unaffected. Not a lockout: the next minute is free again.
    await expect(searchCustomers(agent, "客户")).resolves.toBeDefined();
    vi.setSystemTime(at(1));
    await expect(searchCustomers(user, "客户")).resolves.toBeDefined();
  });

  it("counts in PostgreSQL, so searches served by another app instance count too", async () => {
    const user = await actorOf(await makeUser({ orgUnitId: city.id, role: "AGENT" }));
    await searchCustomers(user, "客户");
    // Another instance serves the rest of this minute's searches: it increments the same row.
    const { count } = await db.requestCounter.update({
      where: { key_windowStart: { key: `search:${user.id}`, windowStart: at(0) } },
      data: { count: { increment: SEARCHES.max - 1 } },
    });
    expect(count).toBe(SEARCHES.max);
    expect(await refusal(searchCustomers(user, "客户"))).toBeInstanceOf(RateLimitedError);
  });

  it("audits many fragment searches once per window, for a manager's fruitless ones too", async () => {
    for (const actor of [agent, manager]) {
      for (let i = 0; i < FRAGMENT_WATCH.max - 1; i++) {
        vi.setSystemTime(at(Math.floor(i / 10), i % 10)); // spread over minutes: under the minute limit
        await searchCustomers(actor, `138${String(i).padStart(2, "0")}`);
      }
      expect(await suspicious(actor.id)).toHaveLength(0);
      await searchCustomers(actor, "1385");
      await listCustomers(actor, filters({ q: "1386" }));
      const rows = await suspicious(actor.id);
      expect(rows.map((r) => r.data)).toEqual([
        { fragmentSearches: FRAGMENT_WATCH.max, windowMinutes: FRAGMENT_WATCH.windowSeconds / 60 },
      ]);
      // Names and complete plates are not fragments of masked values.
      await searchCustomers(actor, "客户");
      expect(await suspicious(actor.id)).toHaveLength(1);
    }
    // The next window starts counting again.
    vi.setSystemTime(at(10));
    for (let i = 0; i < FRAGMENT_WATCH.max; i++) await searchCustomers(agent, `139${i}`.padEnd(4, "0"));
    expect(await suspicious(agent.id)).toHaveLength(2);
  });

  it("drops counters older than a day when a new window opens", async () => {
    const old = { key: `search:${agent.id}`, windowStart: new Date(at(0).getTime() - 2 * 86_400_000) };
    await db.requestCounter.create({ data: { ...old, count: 5 } });
    await searchCustomers(agent, "客户");
    expect(await db.requestCounter.findUnique({ where: { key_windowStart: old } })).toBeNull();
    expect(await db.requestCounter.count({ where: { key: `search:${agent.id}` } })).toBeGreaterThan(0);
  });
});
