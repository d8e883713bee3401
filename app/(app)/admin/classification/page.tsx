import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FieldCreateForm, FieldRow } from "@/components/admin/classification/field-forms";
import { TagCreateForm, TagRow } from "@/components/admin/classification/tag-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { classificationOverview } from "@/lib/data/admin/classification";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("classificationAdmin"))("title") };
}

export default async function ClassificationAdminPage() {
  const actor = await requireActor();
  const t = await getTranslations();
  if (!can(actor.role, "admin.tags")) return <EmptyState title={t("errors.forbidden")} />;
  const { tags, fields } = await classificationOverview(actor);
  return (
    <div className="space-y-8">
      <PageHeader title={t("classificationAdmin.title")} description={t("classificationAdmin.description")} />
      <section className="space-y-3" aria-labelledby="tags-heading">
        <h2 id="tags-heading" className="text-base font-semibold">
          {t("classificationAdmin.tag.title")}
        </h2>
        <TagCreateForm />
        {tags.length === 0 ? (
          <EmptyState title={t("classificationAdmin.tag.empty")} />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {tags.map((tag) => (
              <TagRow key={tag.id} tag={tag} />
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="fields-heading">
        <h2 id="fields-heading" className="text-base font-semibold">
          {t("classificationAdmin.field.title")}
        </h2>
        <p className="text-xs text-slate-500">{t("classificationAdmin.field.description")}</p>
        <FieldCreateForm />
        {fields.length === 0 ? (
          <EmptyState title={t("classificationAdmin.field.empty")} />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {fields.map((f) => (
              <FieldRow key={f.id} field={f} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
