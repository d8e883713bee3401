import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TemplateEditor } from "@/components/surveys/template-editor";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getTemplate } from "@/lib/data/surveys/templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("editor.title") };
}

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const [{ id }, t, terr] = await Promise.all([params, getTranslations("surveys"), getTranslations("errors")]);
  if (!can(actor.role, "survey.manage")) return <EmptyState title={terr("forbidden")} />;
  if (!z.uuid().safeParse(id).success) notFound();
  const tpl = await getTemplate(actor, id);
  if (!tpl) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={t("editor.title")} description={tpl.name} />
      <TemplateEditor
        locked={tpl._count.surveys > 0}
        draft={{
          id: tpl.id,
          name: tpl.name,
          nameEn: tpl.nameEn ?? "",
          trigger: tpl.trigger ?? "",
          questions: tpl.questions.map((q) => ({
            text: q.text,
            textEn: q.textEn ?? "",
            type: q.type,
            dimension: q.dimension,
            options: q.options.join("\n"),
          })),
        }}
      />
    </div>
  );
}
