"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/actions/state";
import type { DuplicateExtra } from "@/lib/data/customers/write";
import { DuplicateWarning } from "./duplicate-warning";

const box = "rounded-lg border border-red-200 bg-red-50 px-3 py-2";

/**
 * The outcome of a save that did not go through: invalid fields, possible duplicates (with the
 * "save anyway" confirmation), a conflict (with a reload link), a vanished record.
 */
export function FormStatus({
  state,
  clientInvalid,
  duplicateHidden,
  pending,
  reloadHref,
}: {
  state: ActionState<{ id: string }, DuplicateExtra>;
  clientInvalid: boolean;
  /** The user changed the ID number or mobile since the warning: it no longer applies. */
  duplicateHidden: boolean;
  pending: boolean;
  reloadHref?: string;
}) {
  const t = useTranslations("customerForm");
  if (clientInvalid)
    return (
      <p role="alert" className={`${box} text-xs text-red-600`}>
        {t("errors.fix")}
      </p>
    );
  if (state?.ok !== false) return null;
  if (state.reason === "duplicate")
    return duplicateHidden || !state.extra ? null : (
      <DuplicateWarning title={state.message} duplicates={state.extra.duplicates} pending={pending} />
    );
  if (state.reason === "conflict")
    return (
      <div className={`${box} flex flex-wrap items-baseline gap-x-1`} data-testid="conflict-message">
        <FormMessage state={state} />
        {reloadHref && (
          // A full page load: the form must be rebuilt from the current record and version.
          <a href={reloadHref} className="text-xs font-medium text-red-700 underline">
            {t("reload")}
          </a>
        )}
      </div>
    );
  return <FormMessage state={state} className={box} />;
}

/** Focuses the first control (in form order) that has an error. */
export function focusFirstError(form: HTMLFormElement | null, errors: Record<string, string | undefined>) {
  if (!form) return;
  for (const element of Array.from(form.elements)) {
    const name = (element as HTMLInputElement).name;
    if (name && errors[name]) {
      (element as HTMLElement).focus();
      return;
    }
  }
}
