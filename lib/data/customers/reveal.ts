import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import type { SensitiveField } from "@/lib/domain/customer-profile";
import { refused, type Outcome } from "@/lib/domain/outcome";
import { transact } from "../transaction";
import { writeAudit } from "../../audit/write";

/** The clear value, or a refusal: "notFound" (missing or out of scope) or "empty" (nothing stored). */
export type RevealResult = Outcome<{ value: string }>;

/**
 * The clear value of one masked field (身份证号 or a phone number) of one customer in the actor's
 * scope. Reads only that field and records who revealed what in the audit log, in the same
 * transaction, so no value leaves the database without its audit row. Nothing is written when the
 * customer is out of scope or the field is empty.
 */
export async function revealCustomerField(
  actor: Actor,
  customerId: string,
  field: SensitiveField,
  meta: { ip?: string | null } = {},
): Promise<RevealResult> {
  requirePermission(actor, "customer.reveal");
  return transact(async (tx) => {
    const row = await tx.customer.findFirst({
      where: { id: customerId, ...customerScope(actor) },
      select: {
        idNumber: field === "idNumber",
        mobile: field === "mobile",
        workPhone: field === "workPhone",
        homePhone: field === "homePhone",
        fax: field === "fax",
      },
    });
    if (!row) throw refused("notFound");
    const value = row[field];
    if (!value) throw refused("empty");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "customer.reveal",
      entityType: "Customer",
      entityId: customerId,
      data: { field },
      ip: meta.ip ?? null,
    });
    return { value };
  });
}
