import "server-only";
// The contact-frequency guard's query: done visits and outbound communication-log entries of one
// customer in the last 30 days, with who made them; counted by lib/domain/contact-guard.ts.
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { loadConfig } from "@/lib/data/customers/classify";
import { contactWindowStart, countContacts, type ContactEvent, type ContactGuard } from "@/lib/domain/contact-guard";

type Tx = Prisma.TransactionClient | PrismaClient;

type Row = {
  source: "VISIT" | "COMMUNICATION";
  at: Date;
  byId: string | null;
  byName: string | null;
  inbound: boolean;
};

/**
 * The guard for a customer the caller has already found in the actor's scope (a visit being logged).
 * Not exported to pages: use `contactGuard` with an actor.
 */
export async function loadContactGuard(tx: Tx, customerId: string, now = new Date()): Promise<ContactGuard> {
  const start = contactWindowStart(now);
  const [config, rows] = await Promise.all([
    loadConfig(tx),
    tx.$queryRaw<Row[]>`
      SELECT 'VISIT' AS source, v."doneAt" AS at, v."doneById" AS "byId", u.name AS "byName", false AS inbound
        FROM "Visit" v LEFT JOIN "User" u ON u.id = v."doneById"
       WHERE v."customerId" = ${customerId}::uuid AND v.status = 'DONE' AND v."doneAt" > ${start} AND v."doneAt" <= ${now}
      UNION ALL
      SELECT 'COMMUNICATION', m.at, m."byId", u.name, m.inbound
        FROM "Communication" m LEFT JOIN "User" u ON u.id = m."byId"
       WHERE m."customerId" = ${customerId}::uuid AND m.at > ${start} AND m.at <= ${now}`,
  ]);
  const events: ContactEvent[] = rows.map((r) => ({ ...r, at: new Date(r.at) }));
  return countContacts(events, now, config.visits.maxContactsPer30Days);
}

/** The guard for a customer in the actor's scope, or null when the customer is not theirs. */
export async function contactGuard(actor: Actor, customerId: string, now = new Date()): Promise<ContactGuard | null> {
  requirePermission(actor, "visit.read");
  const customer = await db.customer.findFirst({
    where: { id: customerId, ...customerScope(actor) },
    select: { id: true },
  });
  return customer ? loadContactGuard(db, customer.id, now) : null;
}
