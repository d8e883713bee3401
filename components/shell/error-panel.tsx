"use client";
// What a user sees when a page fails: a plain-language message, a retry, the way home, and the
// reference the server log carries (the digest), so support can find the cause.
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";

export function ErrorPanel({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-lg py-10 text-center" data-testid="error-page">
      <h1 className="text-lg font-semibold text-slate-900">{t("page.title")}</h1>
      <p className="mt-2 text-slate-600">{t("page.body")}</p>
      <div className="mt-5 flex justify-center gap-2">
        <Button variant="primary" onClick={reset}>
          {t("page.retry")}
        </Button>
        <ButtonLink href="/">{t("back")}</ButtonLink>
      </div>
      {digest && <p className="mt-4 font-mono text-xs text-slate-500">{t("page.reference", { digest })}</p>}
    </div>
  );
}
