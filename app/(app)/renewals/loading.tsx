import { getTranslations } from "next-intl/server";

export default async function RenewalsLoading() {
  const t = await getTranslations();
  return (
    <div className="space-y-4" aria-busy="true">
      <div>
        <h1 className="text-xl font-semibold">{t("renewals.title")}</h1>
        <p className="mt-0.5 text-slate-500" role="status">
          {t("common.loading")}
        </p>
      </div>
      <div className="h-16 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-14 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </div>
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 px-3 py-3">
            <div className="h-3 w-20 animate-pulse rounded bg-slate-200" />
            <div className="h-3 w-24 animate-pulse rounded bg-slate-100" />
            <div className="ml-auto h-3 w-16 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
