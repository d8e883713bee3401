"use client";

import { useTranslations } from "next-intl";
import { TagChip } from "@/components/customers/tag-chip";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { createTagAction, deleteTagAction, updateTagAction } from "@/lib/actions/classification";
import { TAG_COLORS } from "@/lib/validation/classification";

/** The row line is the disclosure's summary: clicking it opens the row's edit form. */
export const SUMMARY =
  "flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-slate-50 [&::-webkit-details-marker]:hidden";

/** What the inputs of an admin form read from its `useActionForm`. */
export type FormFields = Pick<ReturnType<typeof useActionForm>, "state" | "value" | "checked" | "error" | "invalid">;

type Tag = { id: string; name: string; nameEn: string | null; color: string; customers: number };

function TagInputs({ prefix, tag, form }: { prefix: string; tag?: Tag; form: FormFields }) {
  const t = useTranslations("classificationAdmin");
  return (
    <>
      <Field label={t("tag.name")} htmlFor={`${prefix}-name`} error={form.error("name")}>
        <input
          id={`${prefix}-name`}
          name="name"
          defaultValue={form.value("name", tag?.name)}
          maxLength={20}
          className={inputClass}
          aria-invalid={form.invalid("name")}
        />
      </Field>
      <Field label={t("tag.nameEn")} htmlFor={`${prefix}-nameEn`} error={form.error("nameEn")}>
        <input
          id={`${prefix}-nameEn`}
          name="nameEn"
          defaultValue={form.value("nameEn", tag?.nameEn ?? "")}
          maxLength={40}
          className={inputClass}
          aria-invalid={form.invalid("nameEn")}
        />
      </Field>
      <Field label={t("tag.color")} htmlFor={`${prefix}-color`} error={form.error("color")}>
        <select
          // A select takes a new default only when mounted.
          key={form.state?.at}
          id={`${prefix}-color`}
          name="color"
          defaultValue={form.value("color", tag?.color ?? "slate")}
          className={inputClass}
          aria-invalid={form.invalid("color")}
        >
          {TAG_COLORS.map((c) => (
            <option key={c} value={c}>
              {t(`colors.${c}`)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** A new tag; the form clears after it is saved. */
export function TagCreateForm() {
  const t = useTranslations("classificationAdmin");
  const form = useActionForm(createTagAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="grid items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_10rem_auto]"
      data-testid="tag-create"
    >
      <TagInputs prefix="new-tag" form={form} />
      <div className="sm:pt-5">
        <button type="submit" disabled={form.pending} className={buttonClass("primary")}>
          {form.pending ? t("saving") : t("tag.create")}
        </button>
      </div>
      <FormMessage state={form.state} className="sm:col-span-4" />
    </form>
  );
}

export function TagRow({ tag }: { tag: Tag }) {
  const t = useTranslations("classificationAdmin");
  const edit = useActionForm(updateTagAction);
  const del = useActionForm(deleteTagAction);
  return (
    <li data-testid={`tag-${tag.name}`}>
      <details className="group">
        <summary className={SUMMARY}>
          <TagChip color={tag.color}>{tag.name}</TagChip>
          <span className="text-xs text-slate-500">{tag.nameEn}</span>
          <span className="ml-auto text-xs text-slate-500">{t("customers", { count: tag.customers })}</span>
          <span className="text-xs text-brand-700 group-open:hidden">{t("edit")}</span>
        </summary>
        <div className="border-t border-slate-100 px-4 pb-3">
          <form
            action={edit.formAction}
            noValidate
            className="mt-2 grid items-start gap-3 sm:grid-cols-[1fr_1fr_10rem_auto]"
          >
            <input type="hidden" name="id" value={tag.id} />
            <TagInputs prefix={`tag-${tag.id}`} tag={tag} form={edit} />
            <div className="sm:pt-5">
              <button type="submit" disabled={edit.pending} className={buttonClass("secondary")}>
                {edit.pending ? t("saving") : t("save")}
              </button>
            </div>
            <FormMessage state={edit.state} className="sm:col-span-4" />
          </form>
          <form
            action={del.formAction}
            onSubmit={(e) => {
              // Cancelled: preventing the submit keeps the action from running.
              if (!window.confirm(t("tag.confirmDelete", { name: tag.name, count: tag.customers }))) e.preventDefault();
            }}
            className="mt-2"
          >
            <input type="hidden" name="id" value={tag.id} />
            <button type="submit" disabled={del.pending} className={buttonClass("ghost", "sm")}>
              {t("tag.delete")}
            </button>
            <span className="ml-2 text-xs text-slate-500">{t("tag.deleteHint")}</span>
            <FormMessage state={del.state} />
          </form>
        </div>
      </details>
    </li>
  );
}
