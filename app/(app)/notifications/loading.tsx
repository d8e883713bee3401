import { getTranslations } from "next-intl/server";

export default async function NotificationsLoading() {
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-3xl space-y-4" aria-busy="true">
      <div>
        <h1 className="text-xl font-semibold">{t("notifications.title")}</h1>
        <p className="mt-0.5 text-slate-500" role="status">
          {t("common.loading")}
        </p>
      </div>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
