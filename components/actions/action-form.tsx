"use client";
// Creates a corrective action from a complaint or a month; errors come back from the server action.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createActionAction, type ActionFormState } from "@/app/(app)/complaints/actions/actions";
import { Field, inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";

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
  const [state, action, pending] = useActionState<ActionFormState, FormData>(createActionAction, { status: "idle" });
  const err = (f: string) =>
    state.status === "invalid" && state.fields[f] ? t(`errors.${state.fields[f]}`) : undefined;
  return (
    <form
      action={action}
      className="max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="action-form"
      noValidate
    >
      {source.complaintId && <input type="hidden" name="complaintId" value={source.complaintId} />}
      {source.month && <input type="hidden" name="month" value={source.month} />}
      {source.orgUnitId && <input type="hidden" name="orgUnitId" value={source.orgUnitId} />}
      {state.status === "error" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {t(`errors.${state.message}`)}
        </p>
      )}
      {state.status === "invalid" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {t("errors.fix")}
        </p>
      )}
      <Field label={t("form.title")} htmlFor="ca-title" error={err("title")}>
        <input
          id="ca-title"
          name="title"
          className={inputClass}
          maxLength={200}
          required
          aria-invalid={Boolean(err("title"))}
        />
      </Field>
      <Field label={t("form.description")} htmlFor="ca-description" error={err("description")}>
        <textarea id="ca-description" name="description" rows={4} className={inputClass} maxLength={2000} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("form.owner")} htmlFor="ca-owner" error={err("ownerId")}>
          <select
            id="ca-owner"
            name="ownerId"
            className={inputClass}
            defaultValue=""
            required
            aria-invalid={Boolean(err("ownerId"))}
          >
            <option value="">{t("form.choose")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}（{tr(o.role)}）
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("form.dueDate")} htmlFor="ca-due" error={err("dueDate")}>
          <input
            type="date"
            id="ca-due"
            name="dueDate"
            className={inputClass}
            defaultValue={defaultDue}
            min={minDue}
            required
            aria-invalid={Boolean(err("dueDate"))}
          />
        </Field>
      </div>
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("form.saving") : t("form.submit")}
      </button>
    </form>
  );
}
