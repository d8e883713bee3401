// The complaint queue's filters, sort and page as they live in the URL (bookmarkable, no JS needed).
import { z } from "zod";
import { direction, one as single, pageNumber, readParams, toParams, type RawParams } from "./url-params";
import { ComplaintCategory, ComplaintChannel, Severity } from "@/lib/generated/prisma/enums";

export const QUEUE_PAGE_SIZE = 25;
export const QUEUE_SORTS = ["timeLeft", "received", "severity"] as const;
export const SLA_FILTERS = ["ok", "atRisk", "breached"] as const;
export type SlaFilter = (typeof SLA_FILTERS)[number];

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
  dir: direction,
  page: pageNumber(10_000),
});

export type ComplaintQueueFilters = z.infer<typeof complaintQueueSchema>;
export type { RawParams };

/** Lenient parse: a parameter that does not validate is dropped and reported; the rest applies. */
export function readQueueFilters(raw: RawParams): { filters: ComplaintQueueFilters; invalid: string[] } {
  return readParams(complaintQueueSchema, raw);
}

export function queueParams(f: ComplaintQueueFilters, opts: { paging?: boolean } = {}): URLSearchParams {
  return toParams({ ...f }, { paging: opts.paging !== false });
}
