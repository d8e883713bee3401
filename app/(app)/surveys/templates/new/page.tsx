import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TemplateEditor } from "@/components/surveys/template-editor";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("editor.title") };
}

export default async function NewTemplatePage() {
  const actor = await requireActor();
  const [t, terr] = await Promise.all([getTranslations("surveys"), getTranslations("errors")]);
  if (!can(actor.role, "survey.manage")) return <EmptyState title={terr("forbidden")} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t("templateList.new")} />
      <TemplateEditor draft={{ name: "", nameEn: "", trigger: "", questions: [] }} locked={false} />
    </div>
  );
}
