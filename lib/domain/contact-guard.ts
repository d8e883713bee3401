// §6 contact-frequency guard (避免过度开发): counts the outbound contacts a customer had in the last
// 30 days across all channels — done visits and communication-log entries — and says whether one
// more contact would exceed the configured limit, and who made the contacts.

export const CONTACT_WINDOW_DAYS = 30;

export type ContactEvent = {
  source: "VISIT" | "COMMUNICATION";
  at: Date;
  byId: string | null;
  byName: string | null;
  /** Communications the customer started (an inbound call) are not contacts made by us. */
  inbound?: boolean;
};

export type ContactGuard = {
  count: number;
  limit: number;
  /** True when one more contact would exceed the limit: warn before contacting. */
  warn: boolean;
  windowStart: Date;
  /** Who contacted the customer in the window, most contacts first. */
  byPerson: { id: string | null; name: string | null; count: number; last: Date }[];
};

export function contactWindowStart(now: Date): Date {
  return new Date(now.getTime() - CONTACT_WINDOW_DAYS * 86_400_000);
}

/** Contacts in (now − 30 days, now]; inbound communications and future-dated entries do not count. */
export function countContacts(events: ContactEvent[], now: Date, limit: number): ContactGuard {
  const windowStart = contactWindowStart(now);
  const counted = events.filter((e) => !e.inbound && e.at > windowStart && e.at <= now);
  const people = new Map<string, { id: string | null; name: string | null; count: number; last: Date }>();
  for (const e of counted) {
    const key = e.byId ?? "";
    const p = people.get(key) ?? { id: e.byId, name: e.byName, count: 0, last: e.at };
    p.count += 1;
    if (e.at > p.last) p.last = e.at;
    people.set(key, p);
  }
  const byPerson = [...people.values()].sort((a, b) => b.count - a.count || b.last.getTime() - a.last.getTime());
  return { count: counted.length, limit, warn: counted.length + 1 > limit, windowStart, byPerson };
}
