"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { revealFieldAction } from "@/lib/actions/customers";
import type { SensitiveField } from "@/lib/domain/customer-profile";

/**
 * A masked identifier (身份证号 / phone) with a 显示 button for roles allowed to reveal it. The clear
 * value comes from the server action, which audits the reveal; hiding it again is local only.
 */
export function RevealField({
  customerId,
  field,
  masked,
  canReveal,
  label,
}: {
  customerId: string;
  field: SensitiveField;
  masked: string;
  canReveal: boolean;
  /** The field's name, for the button's accessible label ("显示手机"). */
  label: string;
}) {
  const t = useTranslations("customer360.reveal");
  const [clear, setClear] = useState<string | null>(null);
  /** The localized refusal (forbidden, not found …) of the last attempt. */
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const reveal = () =>
    startTransition(async () => {
      setError(null);
      const result = await revealFieldAction(null, { customerId, field });
      if (result?.ok) setClear(result.data.value);
      else if (result) setError(result.message);
    });

  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1" data-testid={`reveal-${field}`}>
      <span className="font-mono tabular-nums" aria-live="polite" data-testid={`value-${field}`}>
        {clear ?? masked}
      </span>
      {canReveal && (
        // One button that toggles, so keyboard focus stays on it after revealing.
        <button
          type="button"
          // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
          onClick={pending ? undefined : clear === null ? reveal : () => setClear(null)}
          aria-disabled={pending}
          aria-label={t(clear === null ? "showLabel" : "hideLabel", { field: label })}
          className={`rounded px-1.5 py-0.5 text-xs font-medium aria-disabled:opacity-60 ${
            clear === null ? "text-brand-700 hover:bg-brand-50" : "text-slate-500 hover:bg-slate-100"
          }`}
        >
          {pending ? t("revealing") : t(clear === null ? "show" : "hide")}
        </button>
      )}
      {error && (
        <span role="status" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
