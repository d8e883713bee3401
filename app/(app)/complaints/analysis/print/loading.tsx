import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations();
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">{t("analysis.title")}</h1>
      <p className="text-slate-500" role="status">
        {t("common.loading")}
      </p>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
