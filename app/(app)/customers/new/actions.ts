"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { createCustomer, type WriteResult } from "@/lib/data/customers/write";
import {
  customerFormMetaValues,
  customerFormValues,
  refusedFormState,
  type CustomerFormState,
} from "@/lib/validation/customer";

export async function createCustomerAction(_prev: CustomerFormState, form: FormData): Promise<CustomerFormState> {
  const actor = await requireActor();
  const meta = customerFormMetaValues(form);
  if (!meta.success) return { status: "error", message: "generic" };
  let result: WriteResult;
  try {
    result = await createCustomer(actor, customerFormValues(form), {
      confirmDuplicate: meta.data.confirmDuplicate === "1",
      orgUnitId: meta.data.orgUnitId || undefined,
    });
  } catch (e) {
    if (e instanceof ForbiddenError) return { status: "error", message: "forbidden" };
    throw e;
  }
  if (!result.ok) return refusedFormState(result);
  revalidatePath("/customers");
  redirect(`/customers/${result.id}`);
}
