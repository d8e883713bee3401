"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { advanceClaimAction } from "@/lib/actions/claims";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";

/** Moves the claim one step along its path, with a note; paying asks for the amount. */
export function AdvanceClaimForm({ claimId, from, next }: { claimId: string; from: string; next: string[] }) {
  const t = useTranslations("claims.advance");
  const tStatus = useTranslations("enums.ClaimStatus");
  const [picked, setTo] = useState(next[0] ?? "");
  // After a step the page re-renders with the claim's new next steps.
  const to = next.includes(picked) ? picked : (next[0] ?? "");
  const form = useActionForm(advanceClaimAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-2"
      aria-label={t("heading")}
      data-testid="advance-form"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="from" value={from} />
      <div className="space-y-1">
        <label htmlFor="advance-to" className="block text-xs font-medium text-slate-700">
          {t("to")}
        </label>
        <select id="advance-to" name="to" value={to} onChange={(e) => setTo(e.target.value)} className={inputClass}>
          {next.map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
        </select>
      </div>
      {to === "PAID" && (
        <div className="space-y-1">
          <label htmlFor="advance-amount" className="block text-xs font-medium text-slate-700">
            {t("amountPaid")}
          </label>
          <input
            id="advance-amount"
            name="amountPaid"
            type="number"
            min="0.01"
            step="0.01"
            inputMode="decimal"
            aria-invalid={form.invalid("amountPaid")}
            defaultValue={form.value("amountPaid")}
            className={inputClass}
          />
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="advance-note" className="block text-xs font-medium text-slate-700">
          {t("note")}
        </label>
        <textarea
          id="advance-note"
          name="note"
          rows={2}
          maxLength={500}
          placeholder={t("notePlaceholder")}
          aria-invalid={form.invalid("note")}
          defaultValue={form.value("note")}
          className={inputClass}
        />
      </div>
      <Button type="submit" variant="primary" disabled={form.pending}>
        {t("submit")}
      </Button>
      <FormMessage state={form.state} success={t("saved", { status: tStatus(from) })} testId="claim-form" />
    </form>
  );
}
