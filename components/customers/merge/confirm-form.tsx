"use client";

import { useTranslations } from "next-intl";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { mergeCustomersAction } from "@/lib/actions/customers";

type Props = {
  sourceId: string;
  targetId: string;
  sourceVersion: number;
  targetVersion: number;
  swapHref: string;
  cancelHref: string;
  reloadHref: string;
};

/** The merge confirmation: both ids and the versions the preview showed; a success opens the survivor. */
export function MergeConfirmForm(props: Props) {
  const t = useTranslations("customerMerge");
  const form = useActionForm(mergeCustomersAction);
  // The preview is out of date: reloading it shows the records as they are now.
  const stale = form.failed?.reason === "conflict" || form.failed?.reason === "alreadyMerged";
  return (
    <form action={form.formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="sourceId" value={props.sourceId} />
      <input type="hidden" name="targetId" value={props.targetId} />
      <input type="hidden" name="sourceVersion" value={props.sourceVersion} />
      <input type="hidden" name="targetVersion" value={props.targetVersion} />
      {form.failed && (
        <div className="flex flex-wrap items-baseline gap-x-1 rounded-md border border-red-200 bg-red-50 px-3 py-2">
          <FormMessage state={form.state} />
          {stale && (
            <a href={props.reloadHref} className="text-xs font-medium text-red-700 underline">
              {t("reload")}
            </a>
          )}
        </div>
      )}
      <p className="text-xs text-slate-500">{t("confirmNote")}</p>
      <div className="flex flex-wrap items-center justify-end gap-2">
        <ButtonLink href={props.cancelHref} variant="ghost">
          {t("cancel")}
        </ButtonLink>
        <ButtonLink href={props.swapHref} variant="secondary">
          {t("swap")}
        </ButtonLink>
        <button
          type="submit"
          disabled={form.pending}
          aria-busy={form.pending || undefined}
          className={buttonClass("danger")}
        >
          {form.pending ? t("merging") : t("confirm")}
        </button>
      </div>
    </form>
  );
}
