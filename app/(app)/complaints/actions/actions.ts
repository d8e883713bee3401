"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { createAction, updateActionStatus } from "@/lib/data/complaints/corrective-actions";
import { createActionFormValues, createActionInput, updateActionStatusInput } from "@/lib/validation/corrective-action";

export type ActionFormState =
  { status: "idle" } | { status: "invalid"; fields: Record<string, string> } | { status: "error"; message: string };

export async function createActionAction(_prev: ActionFormState, form: FormData): Promise<ActionFormState> {
  const actor = await requireActor();
  const parsed = createActionInput.safeParse(createActionFormValues(form));
  if (!parsed.success) {
    const fields = Object.fromEntries(
      Object.entries(z.flattenError(parsed.error).fieldErrors).map(([k, v]) => [k, v?.[0] ?? "invalid"]),
    );
    return { status: "invalid", fields };
  }
  let result;
  try {
    result = await createAction(actor, parsed.data);
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
  if (!result.ok) {
    if (result.error === "owner" || result.error === "dueDate")
      return { status: "invalid", fields: { [result.error === "owner" ? "ownerId" : "dueDate"]: result.error } };
    return { status: "error", message: result.error };
  }
  revalidatePath("/complaints/actions");
  redirect(`/complaints/actions?created=1`);
}

export type MoveState = { ok: true } | { ok: false; error: string };

export async function moveActionAction(input: { id: string; status: string }): Promise<MoveState> {
  const actor = await requireActor();
  const parsed = updateActionStatusInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  try {
    const result = await updateActionStatus(actor, parsed.data.id, parsed.data.status);
    if (!result.ok) return { ok: false, error: result.error };
  } catch (e) {
    if (e instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    throw e;
  }
  revalidatePath("/complaints/actions");
  return { ok: true };
}
