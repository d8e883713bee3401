// Display of KPI values by format, in the viewer's locale.
import type { KpiFormat } from "@/lib/domain/kpi";

export function formatKpi(format: KpiFormat, value: number | null, locale: string): string {
  if (value === null || Number.isNaN(value)) return "—";
  switch (format) {
    case "rate":
      return new Intl.NumberFormat(locale, {
        style: "percent",
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value);
    case "score":
    case "nps":
    case "days":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
    case "money":
      return new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", maximumFractionDigits: 0 }).format(
        value,
      );
    default:
      return new Intl.NumberFormat(locale).format(value);
  }
}

/** A delta in the KPI's unit: percentage points for rates, plain units otherwise. */
export function formatDelta(format: KpiFormat, absolute: number, locale: string): string {
  const sign = absolute > 0 ? "+" : absolute < 0 ? "−" : "±";
  const abs = Math.abs(absolute);
  if (format === "rate")
    return `${sign}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(abs * 100)} pp`;
  return `${sign}${formatKpi(format, abs, locale)}`;
}

export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function queryString(params: Record<string, string | undefined | null>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
  const s = qs.toString();
  return s ? `?${s}` : "";
}
