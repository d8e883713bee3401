// Prepares a database for the large generator: reference data (created like the seed when absent),
// enough agents and service staff for the archive size, document-number offsets when appending,
// wiping with --truncate, and KPI targets sized to the result.
import bcrypt from "bcryptjs";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "../demo-users";
import { hasOrg, referenceRows } from "../fake/bootstrap";
import type { Clock } from "../fake/clock";
import type { NameBook } from "../fake/names";
import { extraService, extraStaff, userRows, type StaffDef } from "../fake/org";
import { kpiRows } from "../fake/reference";
import { Rng } from "../fake/rng";
import { CUSTOMER_TABLES, REFERENCE_TABLES, type TableRows } from "../fake/tables";
import type { Sequences } from "../fake/world";
import { insertAll, insertTable } from "../seed/insert";

/** ~2,750 customers per agent and ~25,000 per service-centre employee at branch scale. */
export function staffTargets(customers: number): { agents: number; service: number } {
  return {
    agents: Math.max(26, Math.min(400, Math.round(customers / 2750))),
    service: Math.max(7, Math.round(customers / 25_000)),
  };
}

export async function ensureReference(
  db: PrismaClient,
  rng: Rng,
  names: NameBook,
  clock: Clock,
  customers: number,
  log: (s: string) => void,
): Promise<void> {
  const hash = await bcrypt.hash(DEMO_PASSWORD, 10);
  if (!(await hasOrg(db))) {
    log("no org found: creating the seed's org, demo users, staff and configuration");
    await insertAll(
      db,
      referenceRows(rng, names, clock, hash, extraStaff(22, "agent", 3)),
      REFERENCE_TABLES.filter((t) => t !== "KpiTarget"),
    );
  }
  const target = staffTargets(customers);
  const users = await db.user.findMany({ select: { id: true, username: true, role: true } });
  const agents = users.filter((u) => u.role === "AGENT").length;
  const service = users.filter((u) => u.role === "SERVICE" && u.username.startsWith("svc")).length;
  const defs: StaffDef[] = [];
  if (agents < target.agents) defs.push(...extraStaff(target.agents - agents, "agent", 25 + Math.max(0, agents - 24)));
  if (service < target.service) defs.push(...extraService(target.service - service, service + 1));
  const taken = new Set(users.map((u) => u.username));
  const fresh = defs.filter((d) => !taken.has(d.username));
  if (fresh.length === 0) return;
  const orgs = await db.orgUnit.findMany({ select: { id: true, code: true } });
  const known = new Map(users.map((u) => [u.username, u.id]));
  const rows: TableRows["User"][] = userRows(
    rng,
    names,
    fresh,
    new Map(orgs.map((o) => [o.code, o.id])),
    known,
    hash,
    clock.now,
  );
  await insertTable(db, "User", rows);
  log(`added ${rows.length} staff (agents and service-centre employees)`);
}

export async function truncateCustomerData(client: pg.Client): Promise<void> {
  // The audit log is append-only (a trigger refuses TRUNCATE): its history outlives the data it describes.
  await client.query(`TRUNCATE ${[...CUSTOMER_TABLES, "Notification"].map((t) => `"${t}"`).join(", ")} CASCADE`);
}

/** Continue document numbers after those already in the database (appending to a seeded one). */
export async function sequenceStart(client: pg.Client): Promise<Sequences> {
  const { rows } = await client.query<Record<keyof Sequences, string | null>>(`SELECT
    (SELECT max(right("customerNo", 9)::bigint) FROM "Customer") AS customer,
    (SELECT max(right("policyNo", 9)::bigint) FROM "Policy") AS policy,
    (SELECT max(right("claimNo", 8)::bigint) FROM "Claim") AS claim,
    (SELECT max(right("complaintNo", 7)::bigint) FROM "Complaint") AS complaint,
    (SELECT count(*) FROM "CorporateProfile") AS credit`);
  const r = rows[0]!;
  return {
    customer: Number(r.customer ?? 0),
    policy: Number(r.policy ?? 0),
    claim: Number(r.claim ?? 0),
    complaint: Number(r.complaint ?? 0),
    credit: Number(r.credit ?? 0),
  };
}

/** Five-year targets sized to the insured customers and premium now in the database. */
export async function refreshKpiTargets(db: PrismaClient, client: pg.Client, rng: Rng, clock: Clock): Promise<void> {
  const { rows } = await client.query<{ code: string; insured: string; premium: string | null }>(`
    SELECT o.code, count(*) FILTER (WHERE c."isInsured") AS insured, sum(c."annualPremium") AS premium
      FROM "Customer" c JOIN "OrgUnit" u ON u.id = c."orgUnitId" JOIN "OrgUnit" o ON o.id = u."parentId" GROUP BY o.code`);
  const orgs = new Map((await db.orgUnit.findMany()).map((o) => [o.code, o.id]));
  const totals = rows.reduce(
    (t, r) => ({ insured: t.insured + Number(r.insured), premium: t.premium + Number(r.premium ?? 0) }),
    { insured: 0, premium: 0 },
  );
  const units: [string, number, number][] = [
    ["HQ", totals.insured, totals.premium],
    ...rows.map((r) => [r.code, Number(r.insured), Number(r.premium ?? 0)] as [string, number, number]),
  ];
  await db.kpiTarget.deleteMany();
  for (const [code, insured, premium] of units) {
    const id = orgs.get(code);
    if (id)
      await insertTable(
        db,
        "KpiTarget",
        kpiRows(rng, id, Math.round(insured / 1.05 ** 4), Math.round(premium / 1.08 ** 4), clock.now),
      );
  }
}
