"use client";
// "Mark done" with a note, inline in the task list.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { completeTaskAction, type CompleteTaskState } from "@/app/(app)/tasks/actions";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export function CompleteTaskForm({ id }: { id: string }) {
  const t = useTranslations("tasks");
  const [state, action, pending] = useActionState<CompleteTaskState, FormData>(completeTaskAction, { status: "idle" });
  return (
    <form action={action} className="flex w-full flex-col gap-1.5 sm:min-w-64" data-testid="complete-task">
      <input type="hidden" name="id" value={id} />
      <label htmlFor={`note-${id}`} className="sr-only">
        {t("note")}
      </label>
      <textarea
        id={`note-${id}`}
        name="note"
        rows={2}
        maxLength={1000}
        placeholder={t("notePlaceholder")}
        className={inputClass}
        aria-invalid={state.status === "error" && state.message === "note"}
      />
      {state.status === "error" && (
        <p role="alert" className="text-xs text-red-600">
          {t(`errors.${state.message}`)}
        </p>
      )}
      <button type="submit" className={`${buttonClass("primary", "sm")} self-end`} disabled={pending}>
        {pending ? t("saving") : t("done")}
      </button>
    </form>
  );
}
