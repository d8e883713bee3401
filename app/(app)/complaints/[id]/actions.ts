"use server";

import { revalidatePath } from "next/cache";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { assignComplaint, commentOnComplaint, performStep, type WorkflowResult } from "@/lib/data/complaints/workflow";
import { escalateComplaint } from "@/lib/data/complaints/escalation";
import { formObject, type ComplaintFormState } from "@/lib/validation/complaint";

type Write = (actor: Actor, input: Record<string, unknown>) => Promise<WorkflowResult>;

/** Every complaint write: session, then lib/data (validation, permission, scope, audit), then refresh. */
async function run(write: Write, form: FormData): Promise<ComplaintFormState> {
  const actor = await requireActor();
  const input = formObject(form);
  let result: WorkflowResult;
  try {
    result = await write(actor, input);
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "refused", reason: "forbidden" };
    throw e;
  }
  if (result.status === "ok" && typeof input.complaintId === "string") {
    revalidatePath(`/complaints/${input.complaintId}`);
    revalidatePath("/complaints");
  }
  return result;
}

export async function stepAction(_prev: ComplaintFormState, form: FormData): Promise<ComplaintFormState> {
  return run(performStep, form);
}

export async function assignAction(_prev: ComplaintFormState, form: FormData): Promise<ComplaintFormState> {
  return run(assignComplaint, form);
}

export async function escalateAction(_prev: ComplaintFormState, form: FormData): Promise<ComplaintFormState> {
  return run(escalateComplaint, form);
}

export async function commentAction(_prev: ComplaintFormState, form: FormData): Promise<ComplaintFormState> {
  return run(commentOnComplaint, form);
}
