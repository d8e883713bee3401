"use client";

import { useTranslations } from "next-intl";
import type { AdminFormState } from "@/lib/validation/classification";

/** Saved / refused feedback of an admin form (field errors are shown next to the fields). */
export function FormMessage({ state, className = "" }: { state: AdminFormState; className?: string }) {
  const t = useTranslations("classificationAdmin");
  if (state.status === "saved")
    return (
      <p role="status" className={`text-xs text-emerald-700 ${className}`}>
        {t("saved")}
      </p>
    );
  if (state.status === "error")
    return (
      <p role="alert" className={`text-xs text-red-600 ${className}`}>
        {t(`errors.${state.message}`)}
      </p>
    );
  return null;
}
