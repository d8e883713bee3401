import { getTranslations } from "next-intl/server";

export default async function ComplaintLoading() {
  const t = await getTranslations("complaints");
  return (
    <div className="space-y-4" aria-busy="true">
      <p className="text-slate-500" role="status">
        {t("loading")}
      </p>
      <div className="h-8 w-56 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="h-20 animate-pulse rounded-lg border border-slate-200 bg-white" />
        <div className="h-20 animate-pulse rounded-lg border border-slate-200 bg-white" />
      </div>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
