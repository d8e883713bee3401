"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { advanceClaim, assignClaimHandler, recordClaimFeedback, type ClaimWriteResult } from "@/lib/data/claims-write";
import {
  advanceClaimInput,
  assignHandlerInput,
  claimFeedbackInput,
  type ClaimFormState,
} from "@/lib/validation/claim-actions";

/** Parse → write (permission, scope and audit inside) → the form's state. Every action is a public endpoint. */
async function run<S extends z.ZodType>(
  schema: S,
  form: FormData,
  write: (actor: Actor, input: z.output<S>) => Promise<ClaimWriteResult>,
): Promise<ClaimFormState> {
  const actor = await requireActor();
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { status: "invalid", fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")))] };
  let result: ClaimWriteResult;
  try {
    result = await write(actor, parsed.data);
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", error: "forbidden" };
    throw e;
  }
  if (!result.ok) return { status: "error", error: result.error };
  const claimId = String(form.get("claimId"));
  revalidatePath(`/claims/${claimId}`);
  revalidatePath("/claims");
  return { status: "saved", at: Date.now() };
}

export async function assignHandlerAction(_: ClaimFormState, form: FormData): Promise<ClaimFormState> {
  return run(assignHandlerInput, form, assignClaimHandler);
}

export async function advanceClaimAction(_: ClaimFormState, form: FormData): Promise<ClaimFormState> {
  return run(advanceClaimInput, form, (actor, input) => advanceClaim(actor, input));
}

export async function recordFeedbackAction(_: ClaimFormState, form: FormData): Promise<ClaimFormState> {
  return run(claimFeedbackInput, form, (actor, input) => recordClaimFeedback(actor, input));
}
