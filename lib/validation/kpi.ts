// The cockpit's URL: period (kind + key, or custom from/to), org unit, channel, agent, KPI and grouping.
import { z } from "zod";
import { Channel } from "@/lib/generated/prisma/enums";
import { KPI_IDS } from "@/lib/domain/kpi";
import { currentPeriod, parsePeriod, PERIOD_KINDS, type Period } from "@/lib/domain/kpi-period";

const single = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return first === "" ? undefined : first;
  }, item.optional());

export const cockpitParamsSchema = z.object({
  period: single(z.enum(PERIOD_KINDS)),
  p: single(z.string().max(20)),
  from: single(z.string().max(10)),
  to: single(z.string().max(10)),
  org: single(z.uuid()),
  channel: single(z.enum(Channel)),
  agent: single(z.uuid()),
  kpi: single(z.enum(KPI_IDS)),
  by: single(z.enum(["org", "channel", "agent"])),
});
export type CockpitParams = z.infer<typeof cockpitParamsSchema>;

/** Parsed params, with the period resolved (the current month when absent); null period = invalid. */
export function parseCockpitParams(raw: Record<string, string | string[] | undefined>, today: string) {
  const parsed = cockpitParamsSchema.safeParse(raw);
  const params: CockpitParams = parsed.success ? parsed.data : {};
  const kind = params.period ?? "month";
  let period: Period | null;
  if (kind !== "custom" && !params.p) period = currentPeriod(kind, today);
  else period = parsePeriod(kind, params.p, params.from, params.to);
  return { params, period, valid: parsed.success && period !== null };
}

/** The URL params that select a period (for links that keep it). */
export function periodParams(p: Period): Record<string, string> {
  if (p.kind === "custom") return { period: "custom", from: p.start, to: p.end };
  return { period: p.kind, p: p.key };
}
