// KPI definitions, generated from the same definition objects the cockpit computes with.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { requireActor } from "@/lib/auth/session";
import { KPI_DEFINITIONS, KPI_IDS } from "@/lib/domain/kpi";

export default async function KpiHelpPage() {
  await requireActor();
  const t = await getTranslations("kpi");
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={t("helpPage.title")} description={t("helpPage.description")} />
      <div className="space-y-1 text-sm text-slate-600">
        <p>{t("helpPage.periods")}</p>
        <p>{t("helpPage.snapshot")}</p>
        <p>{t("helpPage.sources")}</p>
      </div>
      <div className="space-y-3">
        {KPI_IDS.map((id) => {
          const def = KPI_DEFINITIONS[id];
          return (
            <section
              key={id}
              id={id}
              className="rounded-lg border border-slate-200 bg-white px-4 py-3"
              data-testid={`def-${id}`}
            >
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold">{t(`defs.${id}.name`)}</h2>
                <Badge tone={def.direction === "up" ? "green" : "amber"}>{t(`helpPage.${def.direction}`)}</Badge>
                {def.target && (
                  <Badge tone="slate">
                    {t("helpPage.target")}: {def.target}
                  </Badge>
                )}
              </div>
              <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
                {(["formula", "numerator", "denominator", "edge"] as const).map((k) => (
                  <div key={k} className="contents">
                    <dt className="text-slate-500">{t(`helpPage.${k}`)}</dt>
                    <dd>{t(`defs.${id}.${k}`)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </div>
  );
}
