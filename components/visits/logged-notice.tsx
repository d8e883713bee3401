import { getTranslations } from "next-intl/server";

/** Confirmation after a visit was logged (the form redirects back with ?logged=…&task=1). */
export async function LoggedNotice({ logged, task }: { logged: boolean; task: boolean }) {
  if (!logged) return null;
  const t = await getTranslations("visits");
  return (
    <p
      role="status"
      className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
      data-testid="visit-logged"
    >
      {t("loggedNotice")}
      {task ? ` ${t("taskNotice")}` : ""}
    </p>
  );
}
