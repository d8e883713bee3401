import { getTranslations } from "next-intl/server";

export default async function ClaimLoading() {
  const t = await getTranslations();
  return (
    <div className="space-y-4" aria-busy="true">
      <p className="text-slate-500" role="status">
        {t("common.loading")}
      </p>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white lg:col-span-2" />
        <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
      </div>
    </div>
  );
}
