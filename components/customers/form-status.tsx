"use client";

import { useTranslations } from "next-intl";
import type { CustomerFormState, FieldErrors } from "@/lib/validation/customer";

/** The outcome of a save that did not go through: invalid fields, a conflict, a vanished record. */
export function FormStatus({
  state,
  clientInvalid,
  reloadHref,
}: {
  state: CustomerFormState;
  clientInvalid: boolean;
  reloadHref?: string;
}) {
  const t = useTranslations("customerForm");
  const box = "rounded-lg border px-3 py-2";
  if (clientInvalid || state.status === "invalid")
    return (
      <p role="alert" className={`${box} border-red-200 bg-red-50 text-red-700`}>
        {t("fixErrors")}
      </p>
    );
  if (state.status === "conflict")
    return (
      <div role="alert" className={`${box} border-red-200 bg-red-50 text-red-700`} data-testid="conflict-message">
        {t("conflict")}{" "}
        {reloadHref && (
          // A full page load: the form must be rebuilt from the current record and version.
          <a href={reloadHref} className="font-medium underline">
            {t("reload")}
          </a>
        )}
      </div>
    );
  if (state.status === "notFound" || state.status === "error")
    return (
      <p role="alert" className={`${box} border-red-200 bg-red-50 text-red-700`}>
        {state.status === "notFound" ? t("notFound") : t(state.message)}
      </p>
    );
  return null;
}

export function focusFirstError(form: HTMLFormElement | null, errors: FieldErrors) {
  if (!form) return;
  for (const element of Array.from(form.elements)) {
    const name = (element as HTMLInputElement).name;
    if (name && errors[name]?.length) {
      (element as HTMLElement).focus();
      return;
    }
  }
}
