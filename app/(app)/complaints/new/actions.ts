"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { registerComplaint, type RegisterResult } from "@/lib/data/complaints/register";
import { formObject, type ComplaintFormState } from "@/lib/validation/complaint";

/** 投诉登记表: validated and scoped in lib/data; a duplicate comes back as a warning to confirm. */
export async function registerComplaintAction(_prev: ComplaintFormState, form: FormData): Promise<ComplaintFormState> {
  const actor = await requireActor();
  let result: RegisterResult;
  try {
    result = await registerComplaint(actor, formObject(form));
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "refused", reason: "forbidden" };
    throw e;
  }
  if (!result.ok) {
    const { ok: _ok, ...state } = result;
    return state;
  }
  revalidatePath("/complaints");
  redirect(`/complaints/${result.id}`);
}
