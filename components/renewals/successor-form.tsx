"use client";
// Records the renewal itself: the customer's new policy becomes this policy's successor.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { linkSuccessorAction, type RenewalFormState } from "@/app/(app)/renewals/actions";

export function SuccessorForm({ policyId }: { policyId: string }) {
  const t = useTranslations("renewals");
  const [state, action, pending] = useActionState<RenewalFormState, FormData>(linkSuccessorAction, {});
  return (
    <form
      action={action}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
      data-testid="successor-form"
    >
      <input type="hidden" name="policyId" value={policyId} />
      <Field
        label={t("form.successorNo")}
        htmlFor="successorNo"
        error={state.errors?.successorNo}
        hint={t("form.successorHint")}
      >
        <input
          id="successorNo"
          name="successorNo"
          maxLength={40}
          className={inputClass}
          autoComplete="off"
          defaultValue={state.values?.successorNo ?? ""}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("form.link")}
        </Button>
        <p role="status" className={`text-sm ${state.ok === false ? "text-red-600" : "text-emerald-700"}`}>
          {state.message ?? ""}
        </p>
      </div>
    </form>
  );
}
