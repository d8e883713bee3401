import { describe, expect, it } from "vitest";
import { countContacts, type ContactEvent } from "@/lib/domain/contact-guard";

const now = new Date("2026-06-01T10:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * 86_400_000);
const ev = (days: number, byId: string | null, extra: Partial<ContactEvent> = {}): ContactEvent => ({
  source: "COMMUNICATION",
  at: ago(days),
  byId,
  byName: byId ? `name-${byId}` : null,
  ...extra,
});

describe("contact guard", () => {
  it("counts contacts inside the 30-day window only", () => {
    const g = countContacts([ev(0, "a"), ev(29.99, "a"), ev(30, "a"), ev(45, "b")], now, 4);
    expect(g.count).toBe(2);
    expect(g.windowStart).toEqual(ago(30));
  });

  it("ignores inbound communications and future-dated entries", () => {
    const g = countContacts([ev(1, "a", { inbound: true }), ev(-1, "a"), ev(2, "a", { source: "VISIT" })], now, 4);
    expect(g.count).toBe(1);
  });

  it("warns when one more contact would exceed the limit", () => {
    const three = [ev(1, "a"), ev(2, "b"), ev(3, "c")];
    expect(countContacts(three, now, 4).warn).toBe(false); // 4th contact is allowed
    expect(countContacts([...three, ev(4, "a")], now, 4).warn).toBe(true); // 5th would exceed
    expect(countContacts([], now, 1).warn).toBe(false);
    expect(countContacts([ev(1, "a")], now, 1).warn).toBe(true);
  });

  it("says who contacted the customer, most contacts first, then most recent", () => {
    const g = countContacts([ev(5, "a"), ev(1, "b"), ev(3, "a", { source: "VISIT" }), ev(2, null)], now, 4);
    expect(g.byPerson.map((p) => [p.id, p.count])).toEqual([
      ["a", 2],
      ["b", 1],
      [null, 1],
    ]);
    expect(g.byPerson[0]!.last).toEqual(ago(3));
  });
});
