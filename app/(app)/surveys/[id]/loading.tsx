import { getTranslations } from "next-intl/server";

export default async function SurveyLoading() {
  const t = await getTranslations();
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">{t("surveys.title")}</h1>
      <p className="text-slate-500" role="status">
        {t("common.loading")}
      </p>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}
