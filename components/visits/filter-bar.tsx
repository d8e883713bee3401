// The visit list's URL filters: period tabs (links) and a GET form for status and assignee.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { VisitStatus } from "@/lib/generated/prisma/enums";
import { VISIT_PERIODS, type VisitFilters } from "@/lib/validation/visit";

export async function VisitFilterBar({
  values,
  canFilterAssignee,
}: {
  values: VisitFilters;
  canFilterAssignee: boolean;
}) {
  const [t, te] = await Promise.all([getTranslations("visits"), getTranslations("enums")]);
  const current = values.period ?? "all";
  const href = (period: string) => {
    const p = new URLSearchParams();
    if (values.status) p.set("status", values.status);
    if (values.who) p.set("who", values.who);
    if (period !== "all") p.set("period", period);
    const qs = p.toString();
    return qs ? `?${qs}` : "/visits";
  };
  const cls = `${inputClass} w-auto`;
  return (
    <div className="space-y-2">
      <nav aria-label={t("filter.period")} className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
        {VISIT_PERIODS.map((p) => (
          <Link
            key={p}
            href={href(p)}
            aria-current={current === p ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm whitespace-nowrap ${current === p ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {t(`period.${p}`)}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-2" data-testid="visit-filters">
        {values.period && <input type="hidden" name="period" value={values.period} />}
        <label className="space-y-1 text-xs text-slate-600">
          <span className="block">{t("filter.status")}</span>
          <select name="status" defaultValue={values.status ?? "PLANNED"} className={cls}>
            {Object.values(VisitStatus).map((s) => (
              <option key={s} value={s}>
                {te(`VisitStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {canFilterAssignee && (
          <label className="space-y-1 text-xs text-slate-600">
            <span className="block">{t("filter.who")}</span>
            <select name="who" defaultValue={values.who ?? ""} className={cls}>
              <option value="">{t("who.all")}</option>
              <option value="mine">{t("who.mine")}</option>
              <option value="unassigned">{t("who.unassigned")}</option>
            </select>
          </label>
        )}
        <button type="submit" className={buttonClass("secondary")}>
          {t("apply")}
        </button>
      </form>
    </div>
  );
}
