import { getTranslations } from "next-intl/server";

export default async function ActionsLoading() {
  const t = await getTranslations();
  return (
    <div className="space-y-4" aria-busy="true">
      <h1 className="text-xl font-semibold">{t("correctiveActions.title")}</h1>
      <p className="text-slate-500" role="status">
        {t("common.loading")}
      </p>
      <div className="h-16 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-12 animate-pulse bg-white" />
        ))}
      </div>
    </div>
  );
}
