import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { customerScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  Channel,
  ClaimStatus,
  FieldType,
  Gender,
  PaymentFrequency,
  PolicyStatus,
  ProductLine,
  RenewalOutcome,
} from "@/lib/generated/prisma/enums";

// The 360° page's reads after the scope check, one round trip each, run in parallel by
// lib/data/customer-360.ts. Every query is keyed by the customer's id (or ids read with it) and
// backed by a customerId index; lists are capped. Callers must have checked scope for the id.

export const POLICY_LIMIT = 100;
export const CLAIM_LIMIT = 50;
export const EMPLOYEE_LIMIT = 50;
export const TIMELINE_PAGE_SIZE = 50;

type Json<T> = T; // json_build_object columns arrive parsed

export interface RelatedRow {
  agent: Json<{ id: string; name: string; active: boolean }> | null;
  org: Json<{ name: string; nameEn: string }> | null;
  employer: Json<{ id: string; name: string; customerNo: string }> | null;
  family: Json<
    {
      id: string;
      relation: string;
      name: string;
      gender: Gender | null;
      birthDate: string | null;
      occupation: string | null;
      phone: string | null;
    }[]
  >;
  corporate: Json<{
    unifiedCreditCode: string | null;
    legalRepresentative: string | null;
    industry: string | null;
    registeredCapital: number | null;
    employeeCount: number | null;
    contactPerson: string | null;
    contactPhone: string | null;
  }> | null;
  tags: Json<{ id: string; name: string; nameEn: string | null; color: string }[]>;
  fields: Json<{ key: string; label: string; labelEn: string | null; type: FieldType; value: string }[]>;
  employees: Json<{ id: string; name: string; customerNo: string }[]>;
  employeeCount: number;
  blacklist: Json<{ reason: string; since: string; approvedBy: string }> | null;
  upcomingVisit: Date | null;
}

/** Small relations of one customer in one statement: agent, org, employer, family, corporate data, tags, fields, employees. */
export async function relatedOf(
  actor: Actor,
  c: { id: string; agentId: string | null; orgUnitId: string; employerId: string | null },
  today: string,
  appointmentUntil: string,
): Promise<RelatedRow> {
  // Employer and employees are other customers: only those the viewer may open are named.
  const scope = customerScopeSql(actor);
  const rows = await db.$queryRaw<RelatedRow[]>`
    SELECT
      (SELECT json_build_object('id', u.id, 'name', u.name, 'active', u.active) FROM "User" u WHERE u.id = ${c.agentId}::uuid) AS agent,
      (SELECT json_build_object('name', o.name, 'nameEn', o."nameEn") FROM "OrgUnit" o WHERE o.id = ${c.orgUnitId}::uuid) AS org,
      (SELECT json_build_object('id', e.id, 'name', e.name, 'customerNo', e."customerNo")
         FROM "Customer" e WHERE e.id = ${c.employerId}::uuid
           AND EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = e.id AND ${scope})) AS employer,
      (SELECT coalesce(json_agg(json_build_object('id', f.id, 'relation', f.relation, 'name', f.name, 'gender', f.gender,
                'birthDate', f."birthDate", 'occupation', f.occupation, 'phone', f.phone) ORDER BY f.relation, f.name), '[]')
         FROM "FamilyMember" f WHERE f."customerId" = ${c.id}::uuid) AS family,
      (SELECT json_build_object('unifiedCreditCode', p."unifiedCreditCode", 'legalRepresentative', p."legalRepresentative",
                'industry', p.industry, 'registeredCapital', p."registeredCapital", 'employeeCount', p."employeeCount",
                'contactPerson', p."contactPerson", 'contactPhone', p."contactPhone")
         FROM "CorporateProfile" p WHERE p."customerId" = ${c.id}::uuid) AS corporate,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'nameEn', t."nameEn", 'color', t.color) ORDER BY t.name), '[]')
         FROM "CustomerTag" ct JOIN "Tag" t ON t.id = ct."tagId" WHERE ct."customerId" = ${c.id}::uuid) AS tags,
      (SELECT coalesce(json_agg(json_build_object('key', f.key, 'label', f.label, 'labelEn', f."labelEn", 'type', f.type,
                'value', v.value) ORDER BY f.label), '[]')
         FROM "CustomerFieldValue" v JOIN "ClassificationField" f ON f.id = v."fieldId"
         WHERE v."customerId" = ${c.id}::uuid AND f.active) AS fields,
      (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name, 'customerNo', x."customerNo")), '[]')
         FROM (SELECT c.id, c.name, c."customerNo" FROM "Customer" c
               WHERE c."employerId" = ${c.id}::uuid AND ${scope} ORDER BY c.name LIMIT ${EMPLOYEE_LIMIT}) x) AS employees,
      (SELECT count(*)::int FROM "Customer" WHERE "employerId" = ${c.id}::uuid AND "mergedIntoId" IS NULL) AS "employeeCount",
      (SELECT json_build_object('reason', b.reason, 'since', b."createdAt", 'approvedBy', u.name)
         FROM "BlacklistEntry" b JOIN "User" u ON u.id = b."approvedById"
         WHERE b."customerId" = ${c.id}::uuid AND b."liftedAt" IS NULL ORDER BY b."createdAt" DESC LIMIT 1) AS blacklist,
      (SELECT min(v."dueDate") FROM "Visit" v
         WHERE v."customerId" = ${c.id}::uuid AND v.status = 'PLANNED' AND v."dueDate" BETWEEN ${today}::date AND ${appointmentUntil}::date) AS "upcomingVisit"
  `;
  return rows[0]!;
}

export interface PolicyRow {
  id: string;
  policyNo: string;
  productLine: ProductLine;
  productName: string;
  channel: Channel;
  annualPremium: Prisma.Decimal;
  paymentFrequency: PaymentFrequency;
  startDate: Date;
  endDate: Date;
  status: PolicyStatus;
  vehiclePlate: string | null;
  renewalOutcome: RenewalOutcome | null;
  isRenewal: boolean;
  updatedAt: Date;
  agentOfRecord: string | null;
  servicingAgent: string | null;
  /** false: a group policy the customer is insured under without holding it. */
  held: boolean;
  total: number;
}

/** Policies held (and group policies insured under): in force first, soonest expiry first. */
export function policiesOf(customerId: string): Promise<PolicyRow[]> {
  return db.$queryRaw<PolicyRow[]>`
    SELECT p.id, p."policyNo", p."productLine", p."productName", p.channel, p."annualPremium", p."paymentFrequency",
           p."startDate", p."endDate", p.status, p."vehiclePlate", p."renewalOutcome", p."renewedFromId" IS NOT NULL AS "isRenewal",
           p."updatedAt", ar.name AS "agentOfRecord", sa.name AS "servicingAgent", x.held, count(*) OVER ()::int AS total
    FROM (
      SELECT id, true AS held FROM "Policy" WHERE "customerId" = ${customerId}::uuid
      UNION
      SELECT pi."policyId", false FROM "PolicyInsured" pi JOIN "Policy" q ON q.id = pi."policyId"
      WHERE pi."customerId" = ${customerId}::uuid AND q."customerId" <> ${customerId}::uuid
    ) x
    JOIN "Policy" p ON p.id = x.id
    LEFT JOIN "User" ar ON ar.id = p."agentOfRecordId"
    LEFT JOIN "User" sa ON sa.id = p."servicingAgentId"
    ORDER BY x.held DESC, p.status <> 'IN_FORCE', CASE WHEN p.status = 'IN_FORCE' THEN p."endDate" END, p."endDate" DESC, p."policyNo"
    LIMIT ${POLICY_LIMIT}
  `;
}

export interface ClaimRow {
  id: string;
  claimNo: string;
  incidentDate: Date;
  reportedAt: Date;
  amountClaimed: Prisma.Decimal;
  amountPaid: Prisma.Decimal | null;
  status: ClaimStatus;
  greenChannel: boolean;
  closedAt: Date | null;
  policyNo: string;
  productLine: ProductLine;
  handler: string | null;
  steps: Json<{ status: ClaimStatus; at: string }[]>;
  total: number;
}

/** Latest claims with their recorded progress steps. */
export function claimsOf(customerId: string): Promise<ClaimRow[]> {
  return db.$queryRaw<ClaimRow[]>`
    SELECT k.id, k."claimNo", k."incidentDate", k."reportedAt", k."amountClaimed", k."amountPaid", k.status, k."greenChannel",
           k."closedAt", p."policyNo", p."productLine", h.name AS handler,
           (SELECT coalesce(json_agg(json_build_object('status', s.status, 'at', s.at) ORDER BY s.at), '[]')
              FROM "ClaimStep" s WHERE s."claimId" = k.id) AS steps,
           count(*) OVER ()::int AS total
    FROM "Claim" k
    JOIN "Policy" p ON p.id = k."policyId"
    LEFT JOIN "User" h ON h.id = k."handlerId"
    WHERE k."customerId" = ${customerId}::uuid
    ORDER BY k."reportedAt" DESC
    LIMIT ${CLAIM_LIMIT}
  `;
}
