import "server-only";
// Complaint registration (投诉登记表, §7): against a customer in the actor's scope and optionally one of
// that customer's policies or claims; SLA deadlines computed at receipt; open complaints of the same
// customer and category flagged as possible duplicates (warned on the form, marked on the complaint).
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/permissions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ComplaintCategory, ComplaintStatus } from "@/lib/generated/prisma/enums";
import { loadConfig } from "@/lib/data/customers/classify";
import { writeAudit } from "@/lib/audit/write";
import { transact } from "@/lib/data/transaction";
import type { AppConfig } from "@/lib/domain/config";
import { maskPhone } from "@/lib/domain/identity";
import { refuse, refused, type Outcome } from "@/lib/domain/outcome";
import { slaCalendar, slaDeadlines, type SlaCalendar } from "@/lib/domain/sla";
import { fieldErrorsOf, registerComplaintSchema, type RegisterComplaintInput } from "@/lib/validation/complaint";
import type { z } from "zod";

type Tx = Prisma.TransactionClient | PrismaClient;

export type SlaContext = { config: AppConfig["complaintSla"]; calendar: SlaCalendar };

/** The SLA rules in force: config over defaults, with the Holiday table for the business-hours calendar. */
export async function loadSlaContext(tx: Tx = db): Promise<SlaContext> {
  const [config, holidays] = await Promise.all([
    loadConfig(tx),
    tx.holiday.findMany({ select: { date: true, isWorkday: true } }),
  ]);
  const sla = config.complaintSla;
  return {
    config: sla,
    calendar: slaCalendar(
      sla,
      holidays.map((h) => ({ date: h.date.toISOString().slice(0, 10), isWorkday: h.isWorkday })),
    ),
  };
}

export type DuplicateComplaint = { id: string; complaintNo: string; status: ComplaintStatus; receivedAt: string };

/** Open complaints of the same customer and category (the (customerId, category, status) index serves it). */
export async function openDuplicates(
  tx: Tx,
  customerId: string,
  category: ComplaintCategory,
  exceptId?: string,
): Promise<DuplicateComplaint[]> {
  const rows = await tx.complaint.findMany({
    where: { customerId, category, status: { not: "CLOSED" }, id: exceptId ? { not: exceptId } : undefined },
    select: { id: true, complaintNo: true, status: true, receivedAt: true },
    orderBy: { receivedAt: "desc" },
    take: 10,
  });
  return rows.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString() }));
}

/** The registration form's choices for one customer the actor may see: its policies and claims. */
export async function registrationOptions(actor: Actor, customerId: string) {
  requirePermission(actor, "complaint.register");
  const customer = await db.customer.findFirst({
    where: { id: customerId, ...customerScope(actor) },
    select: {
      id: true,
      customerNo: true,
      name: true,
      mobile: true,
      policies: { select: { id: true, policyNo: true, productName: true }, orderBy: { startDate: "desc" }, take: 50 },
      claims: { select: { id: true, claimNo: true, policyId: true }, orderBy: { reportedAt: "desc" }, take: 50 },
    },
  });
  if (!customer) return null;
  return { ...customer, mobile: customer.mobile ? maskPhone(customer.mobile) : null };
}

export type RegistrationOptions = NonNullable<Awaited<ReturnType<typeof registrationOptions>>>;

/** Next complaint number of the month, TS + YYYYMM (Shanghai) + 7 digits. */
async function nextComplaintNo(tx: Tx, at: Date): Promise<string> {
  const ym = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7).replace("-", "");
  const prefix = `TS${ym}`;
  const last = await tx.complaint.findFirst({
    where: { complaintNo: { gte: prefix, lt: `${prefix}~` } },
    orderBy: { complaintNo: "desc" },
    select: { complaintNo: true },
  });
  const seq = last ? Number(last.complaintNo.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(Number.isFinite(seq) ? seq : 1).padStart(7, "0")}`;
}

/** Registered; or refused: `invalid` (per field), `duplicate` (the open complaints found, to confirm). */
export type RegisterOutcome = Outcome<{ id: string; duplicateOf: string[] }, { duplicates: DuplicateComplaint[] }>;

/**
 * Registers a complaint. Without `confirmDuplicate` an open complaint of the same customer and
 * category stops the registration with a warning; confirmed, it is registered and marked.
 * The input is validated here too (the server action has already), so scripts and tests may pass a form.
 */
export async function registerComplaint(
  actor: Actor,
  input: z.input<typeof registerComplaintSchema>,
  now = new Date(),
): Promise<RegisterOutcome> {
  requirePermission(actor, "complaint.register");
  const parsed = registerComplaintSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid", { fields: fieldErrorsOf(parsed.error) });
  const v: RegisterComplaintInput = parsed.data;
  for (let attempt = 0; ; attempt++) {
    try {
      return await transact<{ id: string; duplicateOf: string[] }, { duplicates: DuplicateComplaint[] }>(async (tx) => {
        const customer = await tx.customer.findFirst({
          where: { id: v.customerId, ...customerScope(actor) },
          select: { id: true, orgUnitId: true },
        });
        if (!customer) throw refused("invalid", { fields: { customerId: ["customerNotFound"] } });
        if (v.policyId && !(await tx.policy.count({ where: { id: v.policyId, customerId: customer.id } })))
          throw refused("invalid", { fields: { policyId: ["notCustomers"] } });
        const claim = v.claimId
          ? await tx.claim.findFirst({ where: { id: v.claimId, customerId: customer.id }, select: { policyId: true } })
          : null;
        if (v.claimId && !claim) throw refused("invalid", { fields: { claimId: ["notCustomers"] } });
        const duplicates = await openDuplicates(tx, customer.id, v.category);
        if (duplicates.length > 0 && !v.confirmDuplicate) throw refused("duplicate", { extra: { duplicates } });
        const receivedAt = v.receivedAt ?? now;
        const sla = await loadSlaContext(tx);
        const due = slaDeadlines(receivedAt, v.category, v.severity, sla.config, sla.calendar);
        const policyId = v.policyId ?? claim?.policyId ?? null;
        const policy = policyId
          ? await tx.policy.findUnique({ where: { id: policyId }, select: { productLine: true } })
          : null;
        const duplicateOf = duplicates.map((d) => d.id);
        const created = await tx.complaint.create({
          data: {
            complaintNo: await nextComplaintNo(tx, receivedAt),
            customerId: customer.id,
            policyId,
            claimId: v.claimId ?? null,
            channel: v.channel,
            category: v.category,
            severity: v.severity,
            productLine: policy?.productLine ?? null,
            description: v.description,
            customerRequest: v.customerRequest ?? null,
            status: "RECEIVED",
            orgUnitId: customer.orgUnitId,
            // Service staff own what they register; an agent's registration waits for the lead to assign it.
            ownerId: can(actor.role, "complaint.handle") ? actor.id : null,
            registeredById: actor.id,
            receivedAt,
            responseDueAt: due.responseDueAt,
            resolutionDueAt: due.resolutionDueAt,
            events: {
              create: {
                type: "RECEIVE",
                toStatus: "RECEIVED",
                at: receivedAt,
                byId: actor.id,
                data: {
                  form: "投诉登记表",
                  channel: v.channel,
                  customerRequest: v.customerRequest ?? null,
                  duplicateOf,
                  duplicateNos: duplicates.map((d) => d.complaintNo),
                },
              },
            },
          },
          select: { id: true, complaintNo: true },
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "complaint.register",
          entityType: "Complaint",
          entityId: created.id,
          data: { complaintNo: created.complaintNo, customerId: customer.id, category: v.category, duplicateOf },
        });
        return { id: created.id, duplicateOf };
      });
    } catch (e) {
      // Two registrations in the same instant drew the same number: draw again.
      if (attempt < 3 && e instanceof Error && "code" in e && (e as { code?: string }).code === "P2002") continue;
      throw e;
    }
  }
}
