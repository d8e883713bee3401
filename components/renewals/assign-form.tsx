"use client";
// Bulk assignment for the service lead: the list's checkboxes belong to this form.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { assignAction, type RenewalFormState } from "@/app/(app)/renewals/actions";

export function AssignForm({
  agents,
  children,
}: {
  agents: { id: string; name: string }[];
  children: React.ReactNode;
}) {
  const t = useTranslations("renewals");
  const [state, action, pending] = useActionState<RenewalFormState, FormData>(assignAction, {});
  return (
    <form action={action} className="space-y-2" data-testid="assign-form">
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
        <label className="space-y-1 text-xs text-slate-600">
          <span className="block">{t("assign.agent")}</span>
          <select name="agentId" defaultValue="" className={`${inputClass} w-auto`} data-testid="assign-agent">
            <option value="">{t("assign.pick")}</option>
            {agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="primary" disabled={pending} data-testid="assign-submit">
          {t("assign.submit")}
        </Button>
        <p
          role="status"
          data-testid="assign-status"
          className={`text-sm ${state.ok === false ? "text-red-600" : "text-emerald-700"}`}
        >
          {state.errors?.policyIds ?? state.errors?.agentId ?? state.message ?? t("assign.hint")}
        </p>
      </div>
      {children}
    </form>
  );
}
