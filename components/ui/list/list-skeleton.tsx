// What a list page shows while its data loads (loading.tsx): the title at once, the filter panel
// and placeholder rows, announced as loading.
import { getTranslations } from "next-intl/server";

export async function ListSkeleton({
  title,
  filters = true,
  rows = 8,
}: {
  title: string;
  /** Reserve the filter panel's space, so the page does not jump when it arrives. */
  filters?: boolean;
  rows?: number;
}) {
  const t = await getTranslations("common");
  return (
    <div className="space-y-4" aria-busy="true">
      <div>
        <h1 className="text-xl font-semibold">{title}</h1>
        <p className="mt-0.5 text-slate-500" role="status">
          {t("loading")}
        </p>
      </div>
      {filters && <div className="h-32 animate-pulse rounded-lg border border-slate-200 bg-white" />}
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex items-center gap-4 px-3 py-3">
            <div className="h-3 w-28 animate-pulse rounded bg-slate-200" />
            <div className="h-3 w-16 animate-pulse rounded bg-slate-100" />
            <div className="hidden h-3 w-24 animate-pulse rounded bg-slate-100 sm:block" />
            <div className="ml-auto h-3 w-12 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
