"use client";
// Bulk assignment for the service lead: the list's checkboxes belong to this form.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignRenewalsAction } from "@/lib/actions/renewals";

export function AssignForm({
  agents,
  children,
}: {
  agents: { id: string; name: string }[];
  children: React.ReactNode;
}) {
  const t = useTranslations("renewals");
  const form = useActionForm(assignRenewalsAction);
  // One line for the outcome: what to fix (no policy ticked, no agent), the refusal, or the confirmation.
  const status = form.error("policyIds") ?? form.error("agentId") ?? form.state?.message ?? t("assign.hint");
  return (
    <form action={form.formAction} noValidate className="space-y-2" data-testid="assign-form">
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
        <label className="space-y-1 text-xs text-slate-600">
          <span className="block">{t("assign.agent")}</span>
          <select
            name="agentId"
            key={form.state?.at}
            defaultValue={form.value("agentId")}
            aria-invalid={form.invalid("agentId")}
            className={`${inputClass} w-auto`}
            data-testid="assign-agent"
          >
            <option value="">{t("assign.pick")}</option>
            {agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="primary" disabled={form.pending} data-testid="assign-submit">
          {t("assign.submit")}
        </Button>
        <p
          role={form.failed ? "alert" : "status"}
          data-testid="assign-status"
          className={`text-sm ${form.failed ? "text-red-600" : "text-emerald-700"}`}
        >
          {status}
        </p>
      </div>
      {children}
    </form>
  );
}
