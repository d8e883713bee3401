// The complaint queue's filters, sort and page as they live in the URL (bookmarkable, no JS needed).
import { z } from "zod";
import { ComplaintCategory, ComplaintChannel, Severity } from "@/lib/generated/prisma/enums";

export const QUEUE_PAGE_SIZE = 25;
export const QUEUE_SORTS = ["timeLeft", "received", "severity"] as const;
export const SLA_FILTERS = ["ok", "atRisk", "breached"] as const;
export type SlaFilter = (typeof SLA_FILTERS)[number];

const single = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return first === "" ? undefined : first;
  }, item.optional());

export const complaintQueueSchema = z.object({
  status: single(z.enum(["open", "closed", "all"])),
  sla: single(z.enum(SLA_FILTERS)),
  channel: single(z.enum(ComplaintChannel)),
  category: single(z.enum(ComplaintCategory)),
  severity: single(z.enum(Severity)),
  /** A user id, "me" or "none" (unassigned). */
  owner: single(z.union([z.uuid(), z.enum(["me", "none"])])),
  orgUnit: single(z.uuid()),
  /** Complaint number, exact or prefix. */
  q: single(z.string().trim().max(30)),
  sort: single(z.enum(QUEUE_SORTS)),
  dir: single(z.enum(["asc", "desc"])),
  page: single(z.coerce.number().int().min(1).max(10_000)),
});

export type ComplaintQueueFilters = z.infer<typeof complaintQueueSchema>;
export type RawParams = Record<string, string | string[] | undefined>;

/** Lenient parse: a parameter that does not validate is dropped and reported; the rest applies. */
export function readQueueFilters(raw: RawParams): { filters: ComplaintQueueFilters; invalid: string[] } {
  const input: Record<string, unknown> = { ...raw };
  const invalid: string[] = [];
  for (let i = 0; i < 20; i++) {
    const parsed = complaintQueueSchema.safeParse(input);
    if (parsed.success) return { filters: parsed.data, invalid };
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (!invalid.includes(key)) invalid.push(key);
      delete input[key];
    }
  }
  return { filters: complaintQueueSchema.parse({}), invalid };
}

export function queueParams(f: ComplaintQueueFilters, opts: { paging?: boolean } = {}): URLSearchParams {
  const p = new URLSearchParams();
  const keys = ["status", "sla", "channel", "category", "severity", "owner", "orgUnit", "q", "sort", "dir"] as const;
  for (const k of keys) if (f[k] !== undefined) p.set(k, String(f[k]));
  if (opts.paging !== false && f.page && f.page > 1) p.set("page", String(f.page));
  return p;
}
