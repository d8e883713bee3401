"use server";

import { ForbiddenError } from "@/lib/auth/actor";
import { requestClientIp } from "@/lib/auth/client-ip";
import { requireActor } from "@/lib/auth/session";
import { revealCustomerField } from "@/lib/data/customers/reveal";
import { revealInput } from "@/lib/validation/customer-reveal";

export type RevealState = { ok: true; value: string } | { ok: false; error: "invalid" | "forbidden" | "notFound" };

/** Reveals one masked field of one customer; every reveal is audited (who, when, which field). */
export async function revealField(input: { customerId: string; field: string }): Promise<RevealState> {
  const actor = await requireActor();
  const parsed = revealInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const ip = await requestClientIp();
  try {
    const result = await revealCustomerField(actor, parsed.data.customerId, parsed.data.field, { ip });
    return result.ok ? { ok: true, value: result.value } : { ok: false, error: "notFound" };
  } catch (e) {
    if (e instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    throw e;
  }
}
