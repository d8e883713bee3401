"use client";

import { useTranslations } from "next-intl";
import { TagChip } from "@/components/customers/tag-chip";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { TAG_COLORS, type AdminFormState } from "@/lib/validation/classification";
import { FormMessage } from "./form-message";
import { useAdminForm } from "./use-admin-form";

/** The row line is the disclosure's summary: clicking it opens the row's edit form. */
export const SUMMARY =
  "flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-slate-50 [&::-webkit-details-marker]:hidden";

type Action = (state: AdminFormState, form: FormData) => Promise<AdminFormState>;
type Tag = { id: string; name: string; nameEn: string | null; color: string; customers: number };

function TagInputs({
  prefix,
  tag,
  errorKey,
}: {
  prefix: string;
  tag?: Tag;
  errorKey: (n: string) => string | undefined;
}) {
  const t = useTranslations("classificationAdmin");
  const err = (n: string) => (errorKey(n) ? t(`errors.${errorKey(n)}`) : undefined);
  return (
    <>
      <Field label={t("tag.name")} htmlFor={`${prefix}-name`} error={err("name")}>
        <input
          id={`${prefix}-name`}
          name="name"
          defaultValue={tag?.name}
          maxLength={20}
          className={inputClass}
          aria-invalid={err("name") ? true : undefined}
        />
      </Field>
      <Field label={t("tag.nameEn")} htmlFor={`${prefix}-nameEn`} error={err("nameEn")}>
        <input
          id={`${prefix}-nameEn`}
          name="nameEn"
          defaultValue={tag?.nameEn ?? ""}
          maxLength={40}
          className={inputClass}
        />
      </Field>
      <Field label={t("tag.color")} htmlFor={`${prefix}-color`} error={err("color")}>
        <select id={`${prefix}-color`} name="color" defaultValue={tag?.color ?? "slate"} className={inputClass}>
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

export function TagCreateForm({ action }: { action: Action }) {
  const t = useTranslations("classificationAdmin");
  const { state, pending, errorKey, formProps } = useAdminForm(action, { resetOnSave: true });
  return (
    <form
      {...formProps}
      className="grid items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_10rem_auto]"
      data-testid="tag-create"
    >
      <TagInputs prefix="new-tag" errorKey={errorKey} />
      <div className="sm:pt-5">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? t("saving") : t("tag.create")}
        </button>
      </div>
      <FormMessage state={state} className="sm:col-span-4" />
    </form>
  );
}

export function TagRow({ tag, update, remove }: { tag: Tag; update: Action; remove: Action }) {
  const t = useTranslations("classificationAdmin");
  const edit = useAdminForm(update);
  const del = useAdminForm(remove);
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
          <form {...edit.formProps} className="mt-2 grid items-start gap-3 sm:grid-cols-[1fr_1fr_10rem_auto]">
            <input type="hidden" name="id" value={tag.id} />
            <TagInputs prefix={`tag-${tag.id}`} tag={tag} errorKey={edit.errorKey} />
            <div className="sm:pt-5">
              <button type="submit" disabled={edit.pending} className={buttonClass("secondary")}>
                {edit.pending ? t("saving") : t("save")}
              </button>
            </div>
            <FormMessage state={edit.state} className="sm:col-span-4" />
          </form>
          <form
            {...del.formProps}
            onSubmit={(e) => {
              if (!window.confirm(t("tag.confirmDelete", { name: tag.name, count: tag.customers }))) e.preventDefault();
              else del.formProps.onSubmit(e);
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
