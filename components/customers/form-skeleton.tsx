import { getTranslations } from "next-intl/server";

/** Placeholder while a form page loads: the shape of the sections, no layout jump. */
export async function FormSkeleton({ sections = 4 }: { sections?: number }) {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-5xl animate-pulse space-y-4" aria-busy="true" aria-label={t("loading")}>
      <div className="h-7 w-48 rounded bg-slate-200" />
      {Array.from({ length: sections }, (_, i) => (
        <div key={i} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-4 w-24 rounded bg-slate-200" />
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {Array.from({ length: 3 }, (_, j) => (
              <div key={j} className="h-9 rounded bg-slate-100" />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
