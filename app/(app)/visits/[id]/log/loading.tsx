import { getTranslations } from "next-intl/server";

export default async function LogVisitLoading() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-2xl space-y-3" aria-busy="true">
      <p className="text-slate-500" role="status">
        {t("loading")}
      </p>
      <div className="h-6 w-48 animate-pulse rounded bg-slate-200" />
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-9 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
