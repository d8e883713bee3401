"use server";
// Yearly KPI targets of one org unit (/cockpit/targets).
import { action } from "@/lib/actions/client";
import { setTargets } from "@/lib/data/kpi/targets";
import { kpiTargetFormValues, kpiTargetInput } from "@/lib/validation/kpi-target";

export const saveTargetsAction = action({
  input: kpiTargetInput,
  messages: "kpiTargets",
  permission: "kpi.target.set",
  fromForm: kpiTargetFormValues,
  run: (actor, input) => setTargets(actor, input),
  revalidate: () => ["/cockpit"],
  success: (data) => ({ key: "saved", params: { count: data.saved } }),
});
