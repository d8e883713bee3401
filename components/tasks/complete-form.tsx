"use client";
// "Mark done" with a note, inline in the task list.
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { completeTaskAction } from "@/lib/actions/tasks";

export function CompleteTaskForm({ id }: { id: string }) {
  const t = useTranslations("tasks");
  const form = useActionForm(completeTaskAction);
  // One line under the note: what is wrong with it, else why the task was not marked done.
  const error = form.error("note") ?? form.failed?.message;
  return (
    <form
      action={form.formAction}
      noValidate
      className="flex w-full flex-col gap-1.5 sm:min-w-64"
      data-testid="complete-task"
    >
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
        aria-invalid={form.invalid("note")}
        aria-describedby={error ? `note-${id}-error` : undefined}
        defaultValue={form.value("note")}
      />
      {error && (
        <p id={`note-${id}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
      <button type="submit" className={`${buttonClass("primary", "sm")} self-end`} disabled={form.pending}>
        {form.pending ? t("saving") : t("done")}
      </button>
    </form>
  );
}
