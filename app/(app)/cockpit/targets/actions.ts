"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { setTargets } from "@/lib/data/kpi/targets";
import { KpiMetric } from "@/lib/generated/prisma/enums";
import { kpiTargetInput } from "@/lib/validation/kpi-target";

export type TargetFormState = { ok?: boolean; saved?: number; error?: string; fieldErrors?: Record<string, string> };

export async function saveTargets(_: TargetFormState, formData: FormData): Promise<TargetFormState> {
  const actor = await requireActor();
  const t = await getTranslations("kpiTargets");
  const values = Object.fromEntries(Object.values(KpiMetric).map((m) => [m, formData.get(m) ?? undefined]));
  const parsed = kpiTargetInput.safeParse({ year: formData.get("year"), orgUnitId: formData.get("orgUnitId"), values });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path.at(-1))] = t("errors.range");
    return { error: t("errors.invalid"), fieldErrors };
  }
  try {
    const saved = await setTargets(actor, parsed.data);
    revalidatePath("/cockpit");
    return { ok: true, saved };
  } catch (e) {
    if (e instanceof ForbiddenError) return { error: t("errors.forbidden") };
    throw e;
  }
}
