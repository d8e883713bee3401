"use client";
// Records the renewal itself: the customer's new policy becomes this policy's successor.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { linkSuccessorAction } from "@/lib/actions/renewals";

export function SuccessorForm({ policyId }: { policyId: string }) {
  const t = useTranslations("renewals");
  const form = useActionForm(linkSuccessorAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
      data-testid="successor-form"
    >
      <input type="hidden" name="policyId" value={policyId} />
      <Field
        label={t("form.successorNo")}
        htmlFor="successorNo"
        error={form.error("successorNo")}
        hint={t("form.successorHint")}
      >
        <input
          id="successorNo"
          name="successorNo"
          maxLength={40}
          className={inputClass}
          autoComplete="off"
          aria-invalid={form.invalid("successorNo")}
          defaultValue={form.value("successorNo")}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.pending}>
          {t("form.link")}
        </Button>
        <FormMessage state={form.state} />
      </div>
    </form>
  );
}
