// The policy list's URL filters (used by the cockpit's drill-down, e.g. renewal rate → due, not renewed).
import { z } from "zod";
import { direction, one as single, yesNo } from "./url-params";
import { Channel, PolicyStatus, ProductLine } from "@/lib/generated/prisma/enums";
import { isIsoDate } from "@/lib/domain/kpi-period";

const date = single(z.string().refine(isIsoDate));

export const POLICY_SORTS = ["endDate", "startDate", "premium", "policyNo"] as const;
export const POLICY_PAGE_SIZE = 50;

export const policyFilterSchema = z.object({
  dueFrom: date,
  dueTo: date,
  startFrom: date,
  startTo: date,
  renewed: yesNo,
  channel: single(z.enum(Channel)),
  productLine: single(z.enum(ProductLine)),
  status: single(z.enum(PolicyStatus)),
  orgUnit: single(z.uuid()),
  agent: single(z.uuid()),
  sort: single(z.enum(POLICY_SORTS)),
  dir: direction,
  // Deeper pages would be OFFSETs of millions of rows; filters narrow a list faster than paging.
  page: single(z.coerce.number().int().min(1).max(1_000)),
});
export type PolicyFilters = z.infer<typeof policyFilterSchema>;
