"use client";

import { useTranslations } from "next-intl";
import type { ComplaintFormState } from "@/lib/validation/complaint";

/** A refused or invalid submission, said in the user's language. */
export function FormAlert({ state }: { state: ComplaintFormState }) {
  const t = useTranslations("complaints");
  const box = "rounded-lg border px-3 py-2";
  if (state.status === "invalid")
    return (
      <p role="alert" className={`${box} border-red-200 bg-red-50 text-red-700`}>
        {t("form.fixErrors")}
      </p>
    );
  if (state.status === "refused")
    return (
      <p role="alert" className={`${box} border-red-200 bg-red-50 text-red-700`} data-testid="step-refused">
        {t(`errors.${state.reason}`)}
      </p>
    );
  if (state.status === "ok")
    return (
      <p role="status" className={`${box} border-emerald-200 bg-emerald-50 text-emerald-700`}>
        {t("actions.saved")}
      </p>
    );
  return null;
}
