"use server";

import { revalidatePath } from "next/cache";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { completeTask } from "@/lib/data/tasks/tasks";
import { completeTaskInput } from "@/lib/validation/tasks";

export type CompleteTaskState = { status: "idle" } | { status: "done" } | { status: "error"; message: string };

export async function completeTaskAction(_prev: CompleteTaskState, form: FormData): Promise<CompleteTaskState> {
  const actor = await requireActor();
  const parsed = completeTaskInput.safeParse({ id: form.get("id"), note: form.get("note") ?? "" });
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues.some((i) => i.path[0] === "note") ? "note" : "invalid" };
  try {
    const r = await completeTask(actor, parsed.data.id, parsed.data.note);
    if (!r.ok) return { status: "error", message: r.error };
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
  revalidatePath("/tasks");
  return { status: "done" };
}
