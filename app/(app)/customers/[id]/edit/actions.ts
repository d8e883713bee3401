"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { updateCustomer, type WriteResult } from "@/lib/data/customers/write";
import {
  customerFormMetaValues,
  customerFormValues,
  refusedFormState,
  type CustomerFormState,
} from "@/lib/validation/customer";

export async function updateCustomerAction(_prev: CustomerFormState, form: FormData): Promise<CustomerFormState> {
  const actor = await requireActor();
  const meta = customerFormMetaValues(form);
  if (!meta.success || !meta.data.id || meta.data.version === undefined) return { status: "error", message: "generic" };
  const { id, version } = meta.data;
  let result: WriteResult;
  try {
    result = await updateCustomer(actor, id, version, customerFormValues(form), {
      confirmDuplicate: meta.data.confirmDuplicate === "1",
    });
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
  if (!result.ok) return refusedFormState(result);
  revalidatePath("/customers");
  revalidatePath(`/customers/${id}`);
  redirect(`/customers/${id}`);
}
