import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { KpiCard } from "@/components/cockpit/kpi-card";
import { PeriodPicker } from "@/components/cockpit/period-picker";
import { DistributionPanel } from "@/components/cockpit/distribution";
import { breakdownHref, listHref } from "@/components/cockpit/links";
import { indentOrgs } from "@/components/cockpit/org-tree";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { loadCockpit } from "@/lib/data/kpi/cockpit";
import { orgOptions } from "@/lib/data/kpi/org-options";
import { shanghaiDate } from "@/lib/domain/dates";
import { parseCockpitParams } from "@/lib/validation/kpi";

export default async function CockpitPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!can(actor.role, "kpi.read")) notFound();
  const [t, locale, raw] = await Promise.all([getTranslations("kpi"), getLocale(), searchParams]);
  const today = shanghaiDate();
  const { params, period, valid } = parseCockpitParams(raw, today);
  const orgs = await orgOptions(actor, locale);
  const picker = (
    <PeriodPicker
      path="/cockpit"
      kind={period?.kind ?? "month"}
      value={period && period.kind !== "custom" ? period.key : today.slice(0, 7)}
      from={period?.start ?? today}
      to={period?.end ?? today}
      orgUnitId={params.org ?? actor.orgUnitId}
      orgs={indentOrgs(orgs)}
      keep={{}}
      labels={{
        period: t("period"),
        kinds: {
          month: t("periodKind.month"),
          quarter: t("periodKind.quarter"),
          year: t("periodKind.year"),
          custom: t("periodKind.custom"),
        },
        value: t("periodValue"),
        from: t("from"),
        to: t("to"),
        orgUnit: t("orgUnit"),
        apply: t("apply"),
      }}
    />
  );
  if (!valid || !period) {
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        {picker}
        <EmptyState title={t("errors.period")} />
      </div>
    );
  }
  let cockpit;
  try {
    cockpit = await loadCockpit(actor, period, { orgUnitId: params.org }, today);
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={t("errors.forbidden")} />;
    throw e;
  }
  const orgName = orgs.find((o) => o.id === cockpit.scope.orgUnitId)?.name ?? "";
  const periodLabel = period.kind === "custom" ? `${period.start} – ${period.end}` : period.key;
  const drill = {
    org: cockpit.scope.ownFigures ? null : cockpit.scope.orgUnitId,
    agent: cockpit.scope.ownFigures ? actor.id : null,
  };
  const fmt = (opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...opts, timeZone: "Asia/Shanghai", hour12: false }).format(cockpit.freshness.at);
  const freshness =
    cockpit.freshness.source === "live"
      ? t("computedAt", { time: fmt({ hour: "2-digit", minute: "2-digit" }) })
      : t("summaryAt", { time: fmt({ month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }) });
  return (
    <div className="space-y-4">
      <PageHeader
        title={cockpit.scope.ownFigures ? t("myTitle") : t("title")}
        description={
          cockpit.scope.ownFigures
            ? t("myDescription", { name: actor.name, period: periodLabel })
            : t("description", { org: orgName, period: periodLabel })
        }
        actions={
          <div className="flex gap-3 text-sm">
            <Link href="/cockpit/help" className="text-sky-700 hover:underline">
              {t("help")}
            </Link>
            {can(actor.role, "kpi.target.set") && (
              <Link href="/cockpit/targets" className="text-sky-700 hover:underline">
                {t("targets")}
              </Link>
            )}
            {can(actor.role, "appraisal.read") && (
              <Link href="/appraisal" className="text-sky-700 hover:underline">
                {t("appraisal")}
              </Link>
            )}
          </div>
        }
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        {picker}
        <p className="text-xs text-slate-500" data-testid="freshness">
          {freshness}
        </p>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-4">
        {cockpit.cards.map((card) => (
          <KpiCard
            key={card.id}
            card={card}
            drillHref={breakdownHref(card.id, cockpit.scope.ownFigures ? "channel" : "org", period, drill)}
            listHref={listHref(card.id, period, drill)}
          />
        ))}
      </div>
      <DistributionPanel cockpit={cockpit} />
    </div>
  );
}
