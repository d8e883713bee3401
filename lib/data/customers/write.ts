import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { dateOnly, shanghaiDate } from "@/lib/domain/dates";
import { newCustomerNo, PROFILE_FIELDS, type ProfileField } from "@/lib/domain/customer-profile";
import { customerSchema, fieldErrorsOf, type CustomerInput, type WriteRefusal } from "@/lib/validation/customer";
import { writeAudit } from "../../audit/write";
import { recomputeClassification } from "./classify";
import { findDuplicates } from "./duplicates";
import { loadFormDefinitions } from "./form-definitions";
import { sendJob } from "@/lib/queue/send";

// Creating and editing customers (§2, issue 3 items 4 and 6): validation against the shared schema,
// scope, duplicate warning, optimistic locking, classification recompute and audit in one transaction.

export type WriteResult = { ok: true; id: string } | ({ ok: false } & WriteRefusal);

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

class Conflict extends Error {}

export async function createCustomer(actor: Actor, raw: unknown, opts: WriteOptions = {}): Promise<WriteResult> {
  requirePermission(actor, "customer.create");
  const defs = await loadFormDefinitions();
  const parsed = customerSchema(defs).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", errors: fieldErrorsOf(parsed.error) };
  const input = parsed.data;

  // An agent's new customer is theirs; service staff place it in a unit of their subtree.
  let orgUnitId = actor.orgUnitId;
  if (actor.role !== "AGENT") {
    if (!opts.orgUnitId) return { ok: false, reason: "invalid", errors: { orgUnitId: ["required"] } };
    if (!actor.orgUnitIds.includes(opts.orgUnitId))
      return { ok: false, reason: "invalid", errors: { orgUnitId: ["invalidOption"] } };
    orgUnitId = opts.orgUnitId;
  }
  const probe = { idNumber: input.idNumber ?? null, mobile: input.mobile ?? null };
  if (!opts.confirmDuplicate) {
    const duplicates = await findDuplicates(db, actor, probe);
    if (duplicates.length > 0) return { ok: false, reason: "duplicate", duplicates };
  }
  const data = profileData(input);
  const filled = Object.keys(data).filter((k) => data[k as keyof ProfileData] !== null);

  // The customer number is random within the day: retry the (rare) unique-key collision.
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await db.$transaction(async (tx) => {
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
        return customer.id;
      });
      // Plan the new-customer visit now rather than at the nightly run (idempotent either way).
      await sendJob("visit-plans", { customerIds: [id] }, `visit-plans:${id}`);
      return { ok: true, id };
    } catch (e) {
      const customerNoTaken = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" && attempt < 4;
      if (!customerNoTaken) throw e;
    }
  }
}

export async function updateCustomer(
  actor: Actor,
  id: string,
  version: number,
  raw: unknown,
  opts: WriteOptions = {},
): Promise<WriteResult> {
  requirePermission(actor, "customer.update");
  const scope = customerScope(actor);
  const current = await db.customer.findFirst({
    where: { id, ...scope },
    include: { tags: { select: { tagId: true } }, fieldValues: { select: { fieldId: true, value: true } } },
  });
  if (!current) return { ok: false, reason: "notFound" };
  const defs = await loadFormDefinitions();
  const parsed = customerSchema({ ...defs, storedIdNumber: current.idNumber }).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", errors: fieldErrorsOf(parsed.error) };
  if (current.version !== version) return { ok: false, reason: "conflict" };
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
    if (duplicates.length > 0) return { ok: false, reason: "duplicate", duplicates };
  }
  const currentTags = current.tags.map((t) => t.tagId);
  const currentValues = Object.fromEntries(current.fieldValues.map((v) => [v.fieldId, v.value]));
  const tagsAdded = input.tags.filter((t) => !currentTags.includes(t));
  const tagsRemoved = currentTags.filter((t) => !input.tags.includes(t));
  const fieldsChanged = Object.entries(input.fieldValues)
    .filter(([fieldId, value]) => (currentValues[fieldId] ?? null) !== value)
    .map(([fieldId]) => defs.fields.find((f) => f.id === fieldId)!.key);

  try {
    await db.$transaction(async (tx) => {
      // Optimistic lock: only the version the user read may be overwritten, inside their scope.
      const { count } = await tx.customer.updateMany({
        where: { id, version, ...scope },
        data: {
          ...(Object.fromEntries(changed.map((k) => [k, data[k]])) as Prisma.CustomerUpdateManyMutationInput),
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new Conflict();
      await writeTagsAndFields(tx, id, input, currentTags, currentValues);
      await recomputeClassification(tx, [id]);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "customer.update",
        entityType: "Customer",
        entityId: id,
        data: { changed, tagsAdded, tagsRemoved, customFields: fieldsChanged, version: version + 1 },
      });
    });
  } catch (e) {
    if (!(e instanceof Conflict)) throw e;
    // Changed by someone else, or gone from the actor's scope (merged, reassigned) meanwhile.
    const still = await db.customer.findFirst({ where: { id, ...scope }, select: { id: true } });
    return { ok: false, reason: still ? "conflict" : "notFound" };
  }
  return { ok: true, id };
}

/** Brings the customer's tags and classification-field values to what the form submitted. */
async function writeTagsAndFields(
  tx: Prisma.TransactionClient,
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
