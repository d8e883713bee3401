import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { dateOnly, shanghaiDate } from "@/lib/domain/dates";
import { newCustomerNo, PROFILE_FIELDS, type ProfileField } from "@/lib/domain/customer-profile";
import type { DuplicateView } from "@/lib/domain/duplicates";
import { refuse, refused, type Outcome, type Refusal } from "@/lib/domain/outcome";
import { customerSchema, fieldErrorsOf, type CustomerInput, type CustomerValues } from "@/lib/validation/customer";
import { transact, type Tx } from "../transaction";
import { writeAudit } from "../../audit/write";
import { recomputeClassification } from "./classify";
import { findDuplicates } from "./duplicates";
import { loadFormDefinitions } from "./form-definitions";
import { sendJob } from "@/lib/queue/send";

// Creating and editing customers (§2, issue 3 items 4 and 6): validation against the shared schema,
// scope, duplicate warning, optimistic locking, classification recompute and audit in one transaction.
// Refusals: "invalid" (fields), "duplicate" (extra.duplicates, until confirmed), "conflict", "notFound".

/** What the form shows beside a "duplicate" refusal: the records found (hidden ones unnamed). */
export type DuplicateExtra = { duplicates: DuplicateView[] };

export type WriteResult = Outcome<{ id: string }, DuplicateExtra>;

export interface WriteOptions {
  /** The user saw the duplicate warning and chose to save anyway. */
  confirmDuplicate?: boolean;
  /** SERVICE / SERVICE_LEAD creating a customer: the org unit it belongs to (in their subtree). */
  orgUnitId?: string;
}

type ProfileData = Partial<Record<ProfileField | "kind" | "name", string | Date | null>>;

/** The profile columns of the parsed input that were submitted (undefined = keep). */
function profileData(input: CustomerInput): ProfileData {
  const data: ProfileData = { kind: input.kind, name: input.name };
  for (const f of PROFILE_FIELDS) {
    const v = input[f];
    if (v === undefined) continue;
    data[f] = f === "birthDate" && v !== null ? dateOnly(v) : v;
  }
  return data;
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null));

const invalid = (error: z.ZodError): Refusal<DuplicateExtra> => refuse("invalid", { fields: fieldErrorsOf(error) });

/**
 * Creates a customer from the form's values, validated here against the classification definitions
 * (the action has checked the rest with the same schema).
 */
export async function createCustomer(
  actor: Actor,
  values: CustomerValues,
  opts: WriteOptions = {},
): Promise<WriteResult> {
  requirePermission(actor, "customer.create");
  const defs = await loadFormDefinitions();
  const parsed = customerSchema(defs).safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;

  // An agent's new customer is theirs; service staff place it in a unit of their subtree.
  let orgUnitId = actor.orgUnitId;
  if (actor.role !== "AGENT") {
    if (!opts.orgUnitId) return refuse("invalid", { fields: { orgUnitId: ["required"] } });
    if (!actor.orgUnitIds.includes(opts.orgUnitId))
      return refuse("invalid", { fields: { orgUnitId: ["invalidOption"] } });
    orgUnitId = opts.orgUnitId;
  }
  const probe = { idNumber: input.idNumber ?? null, mobile: input.mobile ?? null };
  if (!opts.confirmDuplicate) {
    const duplicates = await findDuplicates(db, actor, probe);
    if (duplicates.length > 0) return refuse("duplicate", { extra: { duplicates } });
  }
  const data = profileData(input);
  const filled = Object.keys(data).filter((k) => data[k as keyof ProfileData] !== null);

  // The customer number is random within the day: retry the (rare) unique-key collision.
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await transact<{ id: string }, DuplicateExtra>(async (tx) => {
        const customer = await tx.customer.create({
          data: {
            ...(data as Prisma.CustomerUncheckedCreateInput),
            customerNo: newCustomerNo(shanghaiDate()),
            orgUnitId,
            agentId: actor.role === "AGENT" ? actor.id : null,
          },
          select: { id: true, customerNo: true },
        });
        await writeTagsAndFields(tx, customer.id, input, [], {});
        await recomputeClassification(tx, [customer.id]);
        await writeAudit(tx, {
          actorId: actor.id,
          action: "customer.create",
          entityType: "Customer",
          entityId: customer.id,
          data: {
            customerNo: customer.customerNo,
            fields: filled,
            tags: input.tags.length,
            customFields: Object.values(input.fieldValues).filter((v) => v !== null).length,
            duplicateConfirmed: Boolean(opts.confirmDuplicate),
          },
        });
        return { id: customer.id };
      });
      // Plan the new-customer visit now rather than at the nightly run (idempotent either way).
      if (created.ok) await sendJob("visit-plans", { customerIds: [created.id] }, `visit-plans:${created.id}`);
      return created;
    } catch (e) {
      const customerNoTaken = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" && attempt < 4;
      if (!customerNoTaken) throw e;
    }
  }
}

/** Saves the edit form over `version` (optimistic lock); the stored 身份证号 is checked when kept. */
export async function updateCustomer(
  actor: Actor,
  id: string,
  version: number,
  values: CustomerValues,
  opts: WriteOptions = {},
): Promise<WriteResult> {
  requirePermission(actor, "customer.update");
  const scope = customerScope(actor);
  const current = await db.customer.findFirst({
    where: { id, ...scope },
    include: { tags: { select: { tagId: true } }, fieldValues: { select: { fieldId: true, value: true } } },
  });
  if (!current) return refuse("notFound");
  const defs = await loadFormDefinitions();
  const parsed = customerSchema({ ...defs, storedIdNumber: current.idNumber }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (current.version !== version) return refuse("conflict");
  const input = parsed.data;

  const data = profileData(input);
  const changed = (Object.keys(data) as (keyof ProfileData)[]).filter(
    (k) => comparable(data[k]) !== comparable(current[k]),
  );
  const identifiersChanged = changed.filter((k) => k === "idNumber" || k === "mobile");
  if (identifiersChanged.length > 0 && !opts.confirmDuplicate) {
    const probe = {
      idNumber: identifiersChanged.includes("idNumber") ? (input.idNumber ?? null) : null,
      mobile: identifiersChanged.includes("mobile") ? (input.mobile ?? null) : null,
    };
    const duplicates = await findDuplicates(db, actor, probe, id);
    if (duplicates.length > 0) return refuse("duplicate", { extra: { duplicates } });
  }
  const currentTags = current.tags.map((t) => t.tagId);
  const currentValues = Object.fromEntries(current.fieldValues.map((v) => [v.fieldId, v.value]));
  const tagsAdded = input.tags.filter((t) => !currentTags.includes(t));
  const tagsRemoved = currentTags.filter((t) => !input.tags.includes(t));
  const fieldsChanged = Object.entries(input.fieldValues)
    .filter(([fieldId, value]) => (currentValues[fieldId] ?? null) !== value)
    .map(([fieldId]) => defs.fields.find((f) => f.id === fieldId)!.key);

  const saved = await transact<{ id: string }, DuplicateExtra>(async (tx) => {
    // Optimistic lock: only the version the user read may be overwritten, inside their scope.
    const { count } = await tx.customer.updateMany({
      where: { id, version, ...scope },
      data: {
        ...(Object.fromEntries(changed.map((k) => [k, data[k]])) as Prisma.CustomerUpdateManyMutationInput),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw refused("conflict");
    await writeTagsAndFields(tx, id, input, currentTags, currentValues);
    await recomputeClassification(tx, [id]);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "customer.update",
      entityType: "Customer",
      entityId: id,
      data: { changed, tagsAdded, tagsRemoved, customFields: fieldsChanged, version: version + 1 },
    });
    return { id };
  });
  if (!saved.ok && saved.reason === "conflict") {
    // Changed by someone else, or gone from the actor's scope (merged, reassigned) meanwhile.
    const still = await db.customer.findFirst({ where: { id, ...scope }, select: { id: true } });
    if (!still) return refuse("notFound");
  }
  return saved;
}

/** Brings the customer's tags and classification-field values to what the form submitted. */
async function writeTagsAndFields(
  tx: Tx,
  customerId: string,
  input: CustomerInput,
  currentTags: readonly string[],
  currentValues: Readonly<Record<string, string>>,
): Promise<void> {
  const removed = currentTags.filter((t) => !input.tags.includes(t));
  const added = input.tags.filter((t) => !currentTags.includes(t));
  if (removed.length > 0) await tx.customerTag.deleteMany({ where: { customerId, tagId: { in: removed } } });
  if (added.length > 0) await tx.customerTag.createMany({ data: added.map((tagId) => ({ customerId, tagId })) });
  for (const [fieldId, value] of Object.entries(input.fieldValues)) {
    if ((currentValues[fieldId] ?? null) === value) continue;
    if (value === null) await tx.customerFieldValue.deleteMany({ where: { customerId, fieldId } });
    else
      await tx.customerFieldValue.upsert({
        where: { customerId_fieldId: { customerId, fieldId } },
        create: { customerId, fieldId, value },
        update: { value },
      });
  }
}
