import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** Unknown addresses, in the user's language (Next's default page is English only). */
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center" data-testid="not-found-page">
      <h1 className="text-lg font-semibold text-slate-900">{t("page.notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("page.notFoundBody")}</p>
      <ButtonLink href="/" className="mt-5">
        {t("back")}
      </ButtonLink>
    </main>
  );
}
