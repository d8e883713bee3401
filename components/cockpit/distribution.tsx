// Snapshot tables: activity, VIP tiers (current), premium by channel and product line (the period).
import { getLocale, getTranslations } from "next-intl/server";
import type { Cockpit } from "@/lib/data/kpi/cockpit";
import { formatKpi } from "./format";

function Table({ title, rows, testId }: { title: string; rows: [string, string][]; testId: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white px-4 py-3" data-testid={testId}>
      <h2 className="mb-2 text-xs font-medium text-slate-500">{title}</h2>
      <dl className="space-y-1 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="flex justify-between gap-2">
            <dt className="text-slate-600">{k}</dt>
            <dd className="tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export async function DistributionPanel({ cockpit }: { cockpit: Cockpit }) {
  const [t, te, locale] = await Promise.all([getTranslations("kpi"), getTranslations("enums"), getLocale()]);
  const count = (n: number) => formatKpi("count", n, locale);
  const money = (n: number) => formatKpi("money", n, locale);
  const sorted = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1]);
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-500">{t("breaches", cockpit.complaintBreaches)}</p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Table
          testId="dist-activity"
          title={`${t("snapshotTitle")} · ${t("activity")}`}
          rows={["ACTIVE", "SEMI_DORMANT", "DORMANT"].map((k) => [
            te(`ActivityStatus.${k}`),
            count(cockpit.snapshot.activity[k] ?? 0),
          ])}
        />
        <Table
          testId="dist-vip"
          title={`${t("snapshotTitle")} · ${t("vipTier")}`}
          rows={["SUPREME", "DIAMOND", "PLATINUM", "GOLD", "NONE"].map((k) => [
            te(`VipTier.${k}`),
            count(cockpit.snapshot.vipTier[k] ?? 0),
          ])}
        />
        <Table
          testId="dist-channel"
          title={t("premiumByChannel")}
          rows={sorted(cockpit.premiumByChannel).map(([k, v]) => [te(`Channel.${k}`), money(v)])}
        />
        <Table
          testId="dist-product"
          title={t("premiumByProduct")}
          rows={sorted(cockpit.premiumByProductLine).map(([k, v]) => [te(`ProductLine.${k}`), money(v)])}
        />
      </div>
    </div>
  );
}
