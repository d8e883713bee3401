"use server";

import { revalidatePath } from "next/cache";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { recordSurvey } from "@/lib/data/surveys/surveys";
import { recordSurveyFormValues, recordSurveyInput } from "@/lib/validation/survey";

export type RecordState =
  | { status: "idle" }
  | { status: "saved"; csat: number | null; npsScore: number | null; taskId: string | null }
  | { status: "invalid"; fields: Record<string, string> }
  | { status: "error"; message: string };

export async function recordSurveyAction(_prev: RecordState, form: FormData): Promise<RecordState> {
  const actor = await requireActor();
  const parsed = recordSurveyInput.safeParse(recordSurveyFormValues(form));
  if (!parsed.success) {
    const method = parsed.error.issues.some((i) => i.path[0] === "method");
    return method ? { status: "invalid", fields: { method: "method" } } : { status: "error", message: "invalid" };
  }
  try {
    const r = await recordSurvey(actor, parsed.data);
    if (!r.ok)
      return r.error === "answers"
        ? { status: "invalid", fields: r.fields ?? {} }
        : { status: "error", message: r.error };
    revalidatePath(`/surveys/${parsed.data.surveyId}`);
    revalidatePath("/surveys");
    revalidatePath("/tasks");
    return { status: "saved", csat: r.csat, npsScore: r.npsScore, taskId: r.taskId };
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
}
