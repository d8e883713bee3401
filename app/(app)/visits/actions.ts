"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { logVisit } from "@/lib/data/visits/visits";
import { visitLogValues } from "@/lib/validation/visit";

export type VisitLogState = {
  status?: "invalid" | "contacts" | "error";
  message?: string;
  errors?: Record<string, string>;
  /** The contact guard tripped: who contacted the customer in the last 30 days. */
  guard?: { count: number; limit: number; byPerson: { name: string; count: number }[] };
  /** What was submitted, so the form shows it again after React resets it. */
  values?: Record<string, string>;
};

const FIELDS = [
  "method",
  "visitedOn",
  "productUsage",
  "claimSatisfaction",
  "overallEvaluation",
  "notes",
  "nextStep",
  "nextStepAt",
];

/** Logs a visit from the compact form; on success returns to where the agent came from. */
export async function logVisitAction(_: VisitLogState, formData: FormData): Promise<VisitLogState> {
  const actor = await requireActor();
  const t = await getTranslations("visits");
  const values = Object.fromEntries(FIELDS.map((k) => [k, String(formData.get(k) ?? "")]));
  let result;
  try {
    result = await logVisit(actor, visitLogValues(formData));
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: t("errors.forbidden"), values };
    throw e;
  }
  if (!result.ok) {
    if (result.reason === "invalid") {
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([field, keys]) => [field, t(`errors.${keys?.[0] ?? "invalid"}`)]),
      );
      return { status: "invalid", message: t("errors.fix"), errors, values };
    }
    if (result.reason === "contacts") {
      const g = result.guard;
      const byPerson = g.byPerson.map((p) => ({ name: p.name ?? t("guard.unknown"), count: p.count }));
      return {
        status: "contacts",
        message: t("guard.title", { count: g.count, limit: g.limit }),
        guard: { count: g.count, limit: g.limit, byPerson },
        values,
      };
    }
    return { status: "error", message: t(`errors.${result.reason}`), values };
  }
  revalidatePath("/");
  revalidatePath("/visits");
  revalidatePath(`/customers/${result.customerId}`);
  const back = formData.get("from") === "today" ? "/" : "/visits";
  redirect(`${back}?logged=${result.visitId}${result.taskId ? "&task=1" : ""}`);
}
