// Drill-down links: from a KPI to its breakdown and to the customer or policy list behind it.
import { KPI_DEFINITIONS, type KpiId } from "@/lib/domain/kpi";
import type { Period } from "@/lib/domain/kpi-period";
import { periodParams } from "@/lib/validation/kpi";
import { queryString } from "./format";

export type DrillFilter = { org?: string | null; channel?: string | null; agent?: string | null };

export function breakdownHref(kpi: KpiId, by: "org" | "channel" | "agent", period: Period, f: DrillFilter): string {
  return `/cockpit/breakdown${queryString({ kpi, by, ...periodParams(period), org: f.org, channel: f.channel, agent: f.agent })}`;
}

/** The list of records behind a KPI, with its filters set (null when the KPI has no list). */
export function listHref(kpi: KpiId, period: Period, f: DrillFilter): string | null {
  const def = KPI_DEFINITIONS[kpi];
  if (def.list === "policies") {
    const dates =
      kpi === "renewalRate"
        ? { dueFrom: period.start, dueTo: period.end, renewed: "no" }
        : { startFrom: period.start, startTo: period.end };
    return `/policies${queryString({ ...dates, orgUnit: f.org, channel: f.channel, agent: f.agent })}`;
  }
  if (def.list === "customers")
    return `/customers${queryString({ insured: "yes", orgUnit: f.org, channel: f.channel, agent: f.agent })}`;
  return null;
}
