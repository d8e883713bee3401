import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";

/**
 * One customer as the actor may see it, or null when it does not exist or lies outside the
 * actor's scope (the two are indistinguishable on purpose). Identifiers come back masked.
 */
export async function getCustomer(actor: Actor, id: string) {
  requirePermission(actor, "customer.read");
  if (!z.uuid().safeParse(id).success) return null;
  const customer = await db.customer.findFirst({
    where: { id, ...customerScope(actor) },
    select: {
      id: true,
      customerNo: true,
      name: true,
      kind: true,
      idNumber: true,
      mobile: true,
      vipTier: true,
      orgUnitId: true,
      agent: { select: { id: true, name: true } },
    },
  });
  if (!customer) return null;
  return {
    ...customer,
    idNumber: customer.idNumber ? maskIdNumber(customer.idNumber) : null,
    mobile: customer.mobile ? maskPhone(customer.mobile) : null,
  };
}
