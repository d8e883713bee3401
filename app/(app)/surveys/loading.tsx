import { getTranslations } from "next-intl/server";

export default async function SurveysLoading() {
  const t = await getTranslations();
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">{t("surveys.title")}</h1>
      <p className="text-slate-500" role="status">
        {t("common.loading")}
      </p>
      <div className="h-16 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
