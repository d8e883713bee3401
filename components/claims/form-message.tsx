"use client";

import { useTranslations } from "next-intl";
import type { ClaimFormState } from "@/lib/validation/claim-actions";

/** Saved / refused feedback of a claim form, localized. */
export function ClaimFormMessage({ state, saved }: { state: ClaimFormState; saved: string }) {
  const t = useTranslations("claims.errors");
  if (state.status === "saved")
    return (
      <p role="status" className="text-xs text-emerald-700">
        {saved}
      </p>
    );
  if (state.status === "error" || state.status === "invalid")
    return (
      <p role="alert" className="text-xs text-red-600" data-testid="claim-form-error">
        {state.status === "error" ? t(state.error) : t("invalid")}
      </p>
    );
  return null;
}
