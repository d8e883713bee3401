// CSAT / NPS per channel, agent, product line and month (server component).
import { getLocale, getTranslations } from "next-intl/server";
import type { SurveyStats } from "@/lib/data/surveys/stats";
import { STAT_DIMENSIONS, type StatDimension } from "@/lib/domain/survey-scores";

export async function SurveyStatsTables({ stats }: { stats: SurveyStats }) {
  const [t, te, locale] = await Promise.all([getTranslations("surveys"), getTranslations("enums"), getLocale()]);
  const n1 = (v: number | null) =>
    v === null ? "—" : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  const label = (dim: StatDimension, key: string | null, l: string | null) => {
    if (!key) return t("stats.none");
    if (dim === "channel") return te(`Channel.${key}`);
    if (dim === "product") return te(`ProductLine.${key}`);
    if (dim === "dimension") return t(`dimension.${key}`);
    return l ?? key;
  };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {STAT_DIMENSIONS.map((dim) => (
        <section
          key={dim}
          className="min-w-0 rounded-lg border border-slate-200 bg-white"
          data-testid={`survey-stats-${dim}`}
        >
          <h3 className="border-b border-slate-100 px-3 py-2 text-sm font-semibold">{t(`stats.by.${dim}`)}</h3>
          <div className="max-h-72 overflow-auto">
            <table className="w-full text-sm">
              <thead className="sticky top-0 bg-white text-left text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-1.5 font-medium">
                    {t("stats.key")}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-right font-medium">
                    {t("stats.surveys")}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-right font-medium">
                    {t("stats.csat")}
                  </th>
                  <th scope="col" className="px-2 py-1.5 text-right font-medium">
                    {t("stats.nps")}
                  </th>
                  <th scope="col" className="px-3 py-1.5 text-right font-medium">
                    {t("stats.low")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-50">
                {stats.groups[dim].map((r) => (
                  <tr key={r.key ?? "-"}>
                    <th scope="row" className="px-3 py-1.5 text-left font-normal">
                      {label(dim, r.key, r.label)}
                    </th>
                    <td className="px-2 py-1.5 text-right tabular-nums">{r.surveys}</td>
                    <td className="px-2 py-1.5 text-right tabular-nums">{n1(r.csat)}</td>
                    <td
                      className={`px-2 py-1.5 text-right tabular-nums ${r.nps !== null && r.nps < 0 ? "text-red-600" : ""}`}
                    >
                      {n1(r.nps)}
                    </td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{r.low}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
