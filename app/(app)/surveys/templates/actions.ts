"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { createTemplate, setTemplateActive, updateTemplate } from "@/lib/data/surveys/templates";
import { templateFormValues, templateInput } from "@/lib/validation/survey-template";

export type TemplateFormState =
  { status: "idle" } | { status: "invalid"; errors: string[] } | { status: "error"; message: string };

export async function saveTemplateAction(_prev: TemplateFormState, form: FormData): Promise<TemplateFormState> {
  const actor = await requireActor();
  const id = form.get("id");
  const idParsed = id ? z.uuid().safeParse(id) : null;
  if (idParsed && !idParsed.success) return { status: "error", message: "invalid" };
  const parsed = templateInput.safeParse(templateFormValues(form));
  if (!parsed.success) return { status: "invalid", errors: [...new Set(parsed.error.issues.map((i) => i.message))] };
  try {
    const r = idParsed?.success
      ? await updateTemplate(actor, idParsed.data, parsed.data)
      : await createTemplate(actor, parsed.data);
    if (!r.ok) return { status: "error", message: r.error };
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
  revalidatePath("/surveys/templates");
  redirect("/surveys/templates");
}

export async function toggleTemplateAction(form: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = z
    .object({ id: z.uuid(), active: z.enum(["0", "1"]) })
    .safeParse({ id: form.get("id"), active: form.get("active") });
  if (!parsed.success) return;
  try {
    await setTemplateActive(actor, parsed.data.id, parsed.data.active === "1");
  } catch (e) {
    if (!(e instanceof ForbiddenError)) throw e;
  }
  revalidatePath("/surveys/templates");
}
