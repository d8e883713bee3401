"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { mergeCustomers, type MergeResult } from "@/lib/data/customers/merge";
import { mergeInput, type MergeFormState } from "@/lib/validation/merge";

export async function mergeAction(_prev: MergeFormState, form: FormData): Promise<MergeFormState> {
  const actor = await requireActor();
  const parsed = mergeInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "refused", reason: "invalid" };
  let result: MergeResult;
  try {
    result = await mergeCustomers(actor, parsed.data);
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "refused", reason: "forbidden" };
    throw e;
  }
  if (!result.ok) return { status: "refused", reason: result.reason };
  revalidatePath("/customers");
  redirect(`/customers/${parsed.data.targetId}`);
}
