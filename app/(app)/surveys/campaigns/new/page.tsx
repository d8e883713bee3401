import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { indentOrgs } from "@/components/cockpit/org-tree";
import { CampaignForm } from "@/components/surveys/campaign-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { orgOptions } from "@/lib/data/kpi/org-options";
import { listTemplates } from "@/lib/data/surveys/templates";
import { addDays, shanghaiDate } from "@/lib/domain/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("campaignForm.title") };
}

export default async function NewCampaignPage() {
  const actor = await requireActor();
  const [t, terr, locale] = await Promise.all([getTranslations("surveys"), getTranslations("errors"), getLocale()]);
  if (!can(actor.role, "survey.manage")) return <EmptyState title={terr("forbidden")} />;
  const [templates, orgs] = await Promise.all([listTemplates(actor, { activeOnly: true }), orgOptions(actor, locale)]);
  const today = shanghaiDate();
  return (
    <div className="space-y-4">
      <PageHeader title={t("campaignForm.title")} />
      <CampaignForm
        templates={templates.map((x) => ({ id: x.id, name: locale === "en" && x.nameEn ? x.nameEn : x.name }))}
        orgs={indentOrgs(orgs)}
        defaultOrg={actor.orgUnitId}
        defaultDue={addDays(today, 14)}
        minDue={today}
      />
    </div>
  );
}
