import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TemplateToggle } from "@/components/surveys/template-toggle";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listTemplates } from "@/lib/data/surveys/templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("templateList.title") };
}

export default async function TemplatesPage() {
  const actor = await requireActor();
  const [t, te, terr, locale] = await Promise.all([
    getTranslations("surveys"),
    getTranslations("enums"),
    getTranslations("errors"),
    getLocale(),
  ]);
  if (!can(actor.role, "survey.manage")) return <EmptyState title={terr("forbidden")} />;
  const rows = await listTemplates(actor);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("templateList.title")}
        actions={
          <ButtonLink variant="primary" href="/surveys/templates/new">
            {t("templateList.new")}
          </ButtonLink>
        }
      />
      {rows.length === 0 ? (
        <EmptyState title={t("templateList.empty")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <ResponsiveTable
            head={[
              t("templateList.name"),
              t("templateList.trigger"),
              t("templateList.questions"),
              t("templateList.surveys"),
              t("templateList.active"),
              "",
            ]}
          >
            {rows.map((r) => (
              <Tr key={r.id}>
                <Td label={t("templateList.name")}>
                  <span className="font-medium">{locale === "en" && r.nameEn ? r.nameEn : r.name}</span>
                </Td>
                <Td label={t("templateList.trigger")}>
                  {r.trigger ? te(`SurveyTrigger.${r.trigger}`) : t("templateList.none")}
                </Td>
                <Td label={t("templateList.questions")}>{r.questions}</Td>
                <Td label={t("templateList.surveys")}>{r.surveys}</Td>
                <Td label={t("templateList.active")}>
                  <Badge tone={r.active ? "green" : "slate"}>
                    {r.active ? t("templateList.on") : t("templateList.off")}
                  </Badge>
                </Td>
                <Td label="">
                  <span className="flex flex-wrap gap-1.5">
                    <ButtonLink size="sm" href={`/surveys/templates/${r.id}`}>
                      {t("templateList.edit")}
                    </ButtonLink>
                    <TemplateToggle id={r.id} active={r.active} />
                  </span>
                </Td>
              </Tr>
            ))}
          </ResponsiveTable>
        </div>
      )}
    </div>
  );
}
