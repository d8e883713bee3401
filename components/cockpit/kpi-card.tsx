// One KPI: value, target progress, delta vs the previous period, trend and drill-down links.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { deltaIsGood, KPI_DEFINITIONS } from "@/lib/domain/kpi";
import type { KpiCard as Card } from "@/lib/data/kpi/cockpit";
import { formatDelta, formatKpi, formatPercent } from "./format";
import { TrendChart } from "./trend-chart";

export async function KpiCard({
  card,
  drillHref,
  listHref,
}: {
  card: Card;
  drillHref: string;
  listHref: string | null;
}) {
  const [t, locale] = await Promise.all([getTranslations("kpi"), getLocale()]);
  const def = KPI_DEFINITIONS[card.id];
  const name = t(`defs.${card.id}.name`);
  const good = deltaIsGood(def, card.delta);
  const deltaTone = good === null ? "text-slate-500" : good ? "text-emerald-700" : "text-red-600";
  const progress = card.progress === null ? null : Math.max(0, Math.min(card.progress, 1));
  return (
    <section
      className="flex flex-col rounded-lg border border-slate-200 bg-white px-4 py-3"
      data-testid={`kpi-${card.id}`}
      aria-label={name}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-xs font-medium text-slate-500">{name}</h2>
        {card.basis && (
          <span
            className="text-[11px] text-slate-400 tabular-nums"
            title={`${t(`defs.${card.id}.numerator`)} / ${t(`defs.${card.id}.denominator`)}`}
          >
            {t("basis", { num: card.basis.num, den: card.basis.den })}
          </span>
        )}
      </div>
      <div className="mt-1 flex items-baseline justify-between gap-2">
        <span className="text-2xl font-semibold tabular-nums" data-testid="kpi-value">
          {formatKpi(def.format, card.value, locale)}
        </span>
        <span className={`text-xs tabular-nums ${deltaTone}`} data-testid="kpi-delta">
          {card.delta
            ? t("vsPrevious", { delta: formatDelta(def.format, card.delta.absolute, locale) })
            : t("noPrevious")}
        </span>
      </div>
      <TrendChart
        label={t("trendLabel", { name })}
        data={card.trend.map((p) => ({ key: p.key, value: p.value, text: formatKpi(def.format, p.value, locale) }))}
      />
      <div className="mt-1 text-xs text-slate-600" data-testid="kpi-target">
        {card.target === null ? (
          <span className="text-slate-400">{t("noTarget")}</span>
        ) : (
          <>
            <div className="flex justify-between gap-2">
              <span>
                {t("target")} {formatKpi(def.format, card.target, locale)}
              </span>
              {card.progress !== null && (
                <span className="tabular-nums">{t("progress", { pct: formatPercent(card.progress, locale) })}</span>
              )}
            </div>
            {progress !== null && (
              <div
                className="mt-1 h-1.5 rounded bg-slate-100"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(progress * 100)}
              >
                <div
                  className={`h-1.5 rounded ${progress >= 1 ? "bg-emerald-500" : "bg-amber-500"}`}
                  style={{ width: `${progress * 100}%` }}
                />
              </div>
            )}
          </>
        )}
      </div>
      <div className="mt-2 flex gap-3 text-xs">
        <Link href={drillHref} className="text-sky-700 hover:underline">
          {t("drill")}
        </Link>
        {listHref && (
          <Link href={listHref} className="text-sky-700 hover:underline">
            {t("list")}
          </Link>
        )}
      </div>
    </section>
  );
}
