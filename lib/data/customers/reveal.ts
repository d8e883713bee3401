import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import type { SensitiveField } from "@/lib/domain/customer-profile";
import { writeAudit } from "../../audit/write";

export type RevealResult = { ok: true; value: string } | { ok: false; reason: "notFound" | "empty" };

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
  return db.$transaction(async (tx) => {
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
    if (!row) return { ok: false, reason: "notFound" } as const;
    const value = row[field];
    if (!value) return { ok: false, reason: "empty" } as const;
    await writeAudit(tx, {
      actorId: actor.id,
      action: "customer.reveal",
      entityType: "Customer",
      entityId: customerId,
      data: { field },
      ip: meta.ip ?? null,
    });
    return { ok: true, value } as const;
  });
}
