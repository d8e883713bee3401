import { getTranslations } from "next-intl/server";

export default async function VisitsLoading() {
  const t = await getTranslations();
  return (
    <div className="space-y-4" aria-busy="true">
      <div>
        <h1 className="text-xl font-semibold">{t("visits.title")}</h1>
        <p className="mt-0.5 text-slate-500" role="status">
          {t("common.loading")}
        </p>
      </div>
      <div className="flex gap-2">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-7 w-16 animate-pulse rounded-full bg-slate-200" />
        ))}
      </div>
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 px-3 py-4">
            <div className="h-3 w-24 animate-pulse rounded bg-slate-200" />
            <div className="h-3 w-32 animate-pulse rounded bg-slate-100" />
            <div className="ml-auto h-6 w-14 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
