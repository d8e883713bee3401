import "server-only";
// Refreshes the KPI summary materialized views (migration 20261123202158_kpi_summaries) in order.
// The first refresh fills them; later ones run CONCURRENTLY so the cockpit keeps reading.
import { db } from "@/lib/db";

export const SUMMARY_VIEWS = [
  "kpi_refresh_meta",
  "kpi_customer_bits",
  "kpi_customer_period",
  "kpi_month_renewal",
  "kpi_month_premium",
  "kpi_month_visit",
  "kpi_month_survey",
  "kpi_month_complaint",
  "kpi_month_claim",
  "kpi_customer_snapshot",
  "kpi_month_renewal_org",
  "kpi_month_premium_org",
  "kpi_month_visit_org",
  "kpi_month_survey_org",
  "kpi_month_complaint_org",
  "kpi_month_claim_org",
] as const;

export async function refreshKpiSummaries(log: (line: string) => void = () => undefined): Promise<void> {
  for (const view of SUMMARY_VIEWS) {
    const rows = await db.$queryRaw<{ populated: boolean }[]>`
      SELECT relispopulated AS populated FROM pg_class WHERE relname = ${view} AND relkind = 'm'`;
    const populated = rows[0]?.populated ?? false;
    const t0 = Date.now();
    // As the views' owner (the app role may not refresh them itself; migration 20261204040000).
    await db.$executeRaw`SELECT refresh_kpi_summary(${view}, ${populated})`;
    log(`${view}: ${Date.now() - t0} ms`);
  }
}

/** When the summaries were last refreshed, or null while they have never been (the cockpit then runs live). */
export async function summaryFreshness(): Promise<Date | null> {
  const rows = await db.$queryRaw<{ populated: boolean }[]>`
    SELECT bool_and(relispopulated) AS populated FROM pg_class
    WHERE relkind = 'm' AND relname = ANY(${[...SUMMARY_VIEWS]}::text[])`;
  if (!rows[0]?.populated) return null;
  const meta = await db.$queryRaw<{ refreshed_at: Date }[]>`SELECT refreshed_at FROM kpi_refresh_meta`;
  return meta[0]?.refreshed_at ?? null;
}
