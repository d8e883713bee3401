"use client";
// Creates a corrective action from a complaint or a month; errors come back from the server action.
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { createActionAction } from "@/lib/actions/corrective-actions";

export function ActionForm({
  source,
  owners,
  defaultDue,
  minDue,
}: {
  source: { complaintId?: string; month?: string; orgUnitId?: string };
  owners: { id: string; name: string; role: string }[];
  defaultDue: string;
  minDue: string;
}) {
  const t = useTranslations("correctiveActions");
  const tr = useTranslations("roles");
  const form = useActionForm(createActionAction);
  return (
    <form
      action={form.formAction}
      className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="action-form"
      noValidate
    >
      {source.complaintId && <input type="hidden" name="complaintId" value={source.complaintId} />}
      {source.month && <input type="hidden" name="month" value={source.month} />}
      {source.orgUnitId && <input type="hidden" name="orgUnitId" value={source.orgUnitId} />}
      <FormMessage state={form.failed} className="rounded-md border border-red-200 bg-red-50 px-3 py-2" />
      <Field label={t("form.title")} htmlFor="ca-title" error={form.error("title")}>
        <input
          id="ca-title"
          name="title"
          className={inputClass}
          maxLength={200}
          required
          defaultValue={form.value("title")}
          aria-invalid={form.invalid("title")}
        />
      </Field>
      <Field label={t("form.description")} htmlFor="ca-description" error={form.error("description")}>
        <textarea
          id="ca-description"
          name="description"
          rows={4}
          className={inputClass}
          maxLength={2000}
          defaultValue={form.value("description")}
          aria-invalid={form.invalid("description")}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("form.owner")} htmlFor="ca-owner" error={form.error("ownerId")}>
          <select
            id="ca-owner"
            name="ownerId"
            className={inputClass}
            defaultValue={form.value("ownerId")}
            key={form.state?.at}
            required
            aria-invalid={form.invalid("ownerId")}
          >
            <option value="">{t("form.choose")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}（{tr(o.role)}）
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("form.dueDate")} htmlFor="ca-due" error={form.error("dueDate")}>
          <input
            type="date"
            id="ca-due"
            name="dueDate"
            className={inputClass}
            defaultValue={form.value("dueDate", defaultDue)}
            min={minDue}
            required
            aria-invalid={form.invalid("dueDate")}
          />
        </Field>
      </div>
      <button type="submit" className={buttonClass("primary")} disabled={form.pending}>
        {form.pending ? t("form.saving") : t("form.submit")}
      </button>
    </form>
  );
}
