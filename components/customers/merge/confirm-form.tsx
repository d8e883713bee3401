"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import type { MergeFormState } from "@/lib/validation/merge";

type Props = {
  action: (state: MergeFormState, form: FormData) => Promise<MergeFormState>;
  sourceId: string;
  targetId: string;
  sourceVersion: number;
  targetVersion: number;
  swapHref: string;
  cancelHref: string;
  reloadHref: string;
};

export function MergeConfirmForm(props: Props) {
  const t = useTranslations("customerMerge");
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="sourceId" value={props.sourceId} />
      <input type="hidden" name="targetId" value={props.targetId} />
      <input type="hidden" name="sourceVersion" value={props.sourceVersion} />
      <input type="hidden" name="targetVersion" value={props.targetVersion} />
      {state.status === "refused" && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {t(`problems.${state.reason}`)}{" "}
          {(state.reason === "conflict" || state.reason === "alreadyMerged") && (
            <a href={props.reloadHref} className="font-medium underline">
              {t("reload")}
            </a>
          )}
        </p>
      )}
      <p className="text-xs text-slate-500">{t("confirmNote")}</p>
      <div className="flex flex-wrap items-center justify-end gap-2">
        <ButtonLink href={props.cancelHref} variant="ghost">
          {t("cancel")}
        </ButtonLink>
        <ButtonLink href={props.swapHref} variant="secondary">
          {t("swap")}
        </ButtonLink>
        <button type="submit" disabled={pending} aria-busy={pending || undefined} className={buttonClass("danger")}>
          {pending ? t("merging") : t("confirm")}
        </button>
      </div>
    </form>
  );
}
