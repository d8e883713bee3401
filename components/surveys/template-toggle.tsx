"use client";
// Activate / deactivate a template from the list; a refusal is shown next to the button.
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { toggleTemplateAction } from "@/lib/actions/surveys";

export function TemplateToggle({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("surveys.templateList");
  const form = useActionForm(toggleTemplateAction);
  return (
    <form action={form.formAction} className="inline-flex flex-wrap items-center gap-1.5">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "0" : "1"} />
      <button type="submit" className={buttonClass("ghost", "sm")} disabled={form.pending}>
        {active ? t("deactivate") : t("activate")}
      </button>
      {form.failed && <FormMessage state={form.state} />}
    </form>
  );
}
