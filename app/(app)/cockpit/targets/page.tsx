import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { indentOrgs } from "@/components/cockpit/org-tree";
import { TargetForm } from "@/components/cockpit/target-form";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { orgOptions } from "@/lib/data/kpi/org-options";
import { readTargets } from "@/lib/data/kpi/targets";
import { shanghaiDate } from "@/lib/domain/dates";
import { planDefaults } from "@/lib/domain/kpi";
import { KpiMetric } from "@/lib/generated/prisma/enums";
import { toEntered } from "@/lib/validation/kpi-target";

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!can(actor.role, "kpi.target.set")) notFound();
  const [t, locale, raw] = await Promise.all([getTranslations("kpiTargets"), getLocale(), searchParams]);
  const thisYear = Number(shanghaiDate().slice(0, 4));
  const yearRaw = Number(Array.isArray(raw.year) ? raw.year[0] : raw.year);
  const year = Number.isInteger(yearRaw) && yearRaw >= 2000 && yearRaw <= 2100 ? yearRaw : thisYear;
  const orgRaw = Array.isArray(raw.org) ? raw.org[0] : raw.org;
  const orgs = indentOrgs(await orgOptions(actor, locale));
  const orgUnitId = orgRaw && orgs.some((o) => o.id === orgRaw) ? orgRaw : actor.orgUnitId;
  let current, previous;
  try {
    [current, previous] = await Promise.all([
      readTargets(actor, orgUnitId, year),
      readTargets(actor, orgUnitId, year - 1),
    ]);
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={t("errors.forbidden")} />;
    throw e;
  }
  const plan = planDefaults({
    insuredCustomers: previous.INSURED_CUSTOMERS ?? null,
    repeatPurchaseRate: previous.REPEAT_PURCHASE_RATE ?? null,
  });
  const entered = Object.fromEntries(
    Object.values(KpiMetric).map((m) => [m, current[m] === undefined ? "" : String(toEntered(m, current[m]!))]),
  );
  const cls = `${inputClass} w-auto`;
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="space-y-1 text-xs text-slate-600">
          <span className="block">{t("year")}</span>
          <select name="year" defaultValue={String(year)} className={cls}>
            {Array.from({ length: 9 }, (_, i) => thisYear - 4 + i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-xs text-slate-600">
          <span className="block">{t("orgUnit")}</span>
          <select name="org" defaultValue={orgUnitId} className={cls}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {"\u00a0".repeat(o.depth * 2)}
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass()}>
          {t("load")}
        </button>
      </form>
      <TargetForm
        key={`${orgUnitId}:${year}`}
        year={year}
        orgUnitId={orgUnitId}
        initial={entered}
        plan={{
          INSURED_CUSTOMERS: plan.insuredCustomers === null ? "" : String(plan.insuredCustomers),
          INSURED_GROWTH_RATE: String(toEntered("INSURED_GROWTH_RATE", plan.insuredGrowth)),
          REPEAT_PURCHASE_RATE: String(toEntered("REPEAT_PURCHASE_RATE", plan.repeatPurchaseRate)),
        }}
      />
    </div>
  );
}
