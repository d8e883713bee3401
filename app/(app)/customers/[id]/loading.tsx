import { getTranslations } from "next-intl/server";

/** The 360° page's shape while it loads: header, key figures and the section cards. */
export default async function Loading() {
  const t = await getTranslations("common");
  const card = (lines: number, key: string) => (
    <div key={key} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="h-4 w-24 rounded bg-slate-200" />
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="h-4 rounded bg-slate-100" />
      ))}
    </div>
  );
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" aria-label={t("loading")}>
      <div className="space-y-2">
        <div className="h-7 w-56 rounded bg-slate-200" />
        <div className="h-4 w-80 max-w-full rounded bg-slate-100" />
      </div>
      <div className="h-14 rounded-lg border border-slate-200 bg-white" />
      {card(4, "policies")}
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="space-y-4 lg:col-span-3">{[card(3, "claims"), card(8, "timeline")]}</div>
        <div className="space-y-4 lg:col-span-2">{[card(8, "profile"), card(6, "classification")]}</div>
      </div>
    </div>
  );
}
