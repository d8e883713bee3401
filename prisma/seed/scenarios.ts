// The demo's hand-shaped part: `agent` (~60 customers: car owners with 8-character new-energy
// plates, renewals due in 0–90 days, prospects, a corporate account), `agent2` (~40 bancassurance
// customers), complaints stuck in every workflow status (fresh and overdue/escalated, including
// Hebei for service_hb), and a few duplicate archive records for the merge feature.
import { classifyCustomer } from "@/lib/domain/segments";
import type { ComplaintStatus } from "@/lib/generated/prisma/enums";
import { DAY_MS } from "../fake/clock";
import type { ComplaintOptions } from "../fake/complaints";
import type { UnitSpec } from "../fake/household";
import { agentOf, planUnit, sinceDay, type Mix } from "../fake/planner";
import type { PolicyPlan } from "../fake/policies";
import { Rng } from "../fake/rng";
import type { RowSink, TableRows } from "../fake/tables";
import type { Staff, World } from "../fake/world";

const OPEN_STATUSES: ComplaintStatus[] = [
  "RECEIVED",
  "VERIFIED",
  "REGISTERED",
  "TRANSFERRED",
  "COORDINATED",
  "HANDLED",
  "FEEDBACK_GIVEN",
];
const HOUR = 3_600_000;

function staff(world: World, username: string): Staff {
  for (const city of world.cities) {
    const found = city.agents.find((a) => a.username === username);
    if (found) return found;
  }
  throw new Error(`Demo agent ${username} not found`);
}

/** An open complaint stuck after `status`: fresh (inside the SLA) or overdue (breached, escalated). */
function stuck(world: World, rng: Rng, status: ComplaintStatus, overdue: boolean): ComplaintOptions {
  const now = world.clock.nowMs;
  const early = status === "RECEIVED" || status === "VERIFIED";
  const receivedMs = overdue
    ? now - rng.int(4 * 24, 9 * 24) * HOUR
    : now - (early ? rng.int(2, 6) : rng.int(30, 40)) * HOUR;
  return { receivedMs, stopAfter: status };
}

export function demoUnits(world: World, rng: Rng, plan: PolicyPlan, mix: Mix): UnitSpec[] {
  const specs: UnitSpec[] = [];
  const own = (username: string, cityCode: string) => {
    const agent = staff(world, username);
    const city = world.cityByCode.get(cityCode)!;
    return (kind: UnitSpec["kind"], policy: PolicyPlan, extra: Partial<UnitSpec> = {}): UnitSpec => ({
      kind,
      city,
      agent,
      formerAgent: null,
      prospect: null,
      prospectSource: null,
      sinceDay: sinceDay(rng, world),
      employees: 0,
      policy,
      ...extra,
    });
  };

  const agent = own("agent", "BJ-HD");
  for (let i = 0; i < 20; i++)
    specs.push(
      agent("INDIVIDUAL", {
        ...plan,
        forceAuto: true,
        newEnergy: i < 8,
        expiring: i < 7 ? { fromDays: 0, toDays: 90 } : i < 14 ? { fromDays: 25, toDays: 50 } : undefined,
        renewalRecordShare: 0.5,
      }),
    );
  for (let i = 0; i < 15; i++)
    specs.push(agent("INDIVIDUAL", { ...plan, expiring: i < 4 ? { fromDays: 0, toDays: 60 } : undefined }));
  for (let i = 0; i < 5; i++) specs.push(agent("HIGH_NET_WORTH", plan));
  const stages = ["POTENTIAL", "TARGET", "PROSPECT"] as const;
  const sources = ["APPOINTMENT", "SERVICE_EVENT", "REFERRAL"] as const;
  for (let i = 0; i < 6; i++)
    specs.push(
      agent("INDIVIDUAL", plan, {
        prospect: stages[i % 3],
        prospectSource: sources[(i + 1) % 3],
        sinceDay: sinceDay(rng, world, 1),
      }),
    );
  specs.push(
    agent("CORPORATE", plan, { employees: 4 }),
    agent("CORPORATE", plan, { employees: 4 }),
    agent("GROUP", plan, { employees: 3 }),
  );
  // Complaints in every open status on the agent's car owners (fresh) and reopened ones.
  OPEN_STATUSES.forEach((status, i) => (specs[i]!.complaints = [stuck(world, rng, status, false)]));
  specs[20]!.complaints = [{ receivedMs: world.clock.nowMs - 25 * DAY_MS, reopen: true }];
  specs[21]!.complaints = [{ receivedMs: world.clock.nowMs - 18 * DAY_MS, reopen: true }];

  const agent2 = own("agent2", "BJ-CY");
  const start2 = specs.length;
  for (let i = 0; i < 28; i++)
    specs.push(agent2("INDIVIDUAL", { ...plan, expiring: i < 8 ? { fromDays: 0, toDays: 90 } : undefined }));
  for (let i = 0; i < 5; i++) specs.push(agent2("HIGH_NET_WORTH", plan));
  for (let i = 0; i < 3; i++)
    specs.push(
      agent2("INDIVIDUAL", plan, {
        prospect: stages[i],
        prospectSource: sources[i],
        sinceDay: sinceDay(rng, world, 1),
      }),
    );
  specs.push(agent2("CORPORATE", plan, { employees: 3 }));
  // Overdue complaints (breached, escalated) on agent2's customers.
  OPEN_STATUSES.forEach((status, i) => (specs[start2 + i]!.complaints = [stuck(world, rng, status, true)]));

  // Hebei: open complaints for service_hb, alternating fresh and overdue.
  OPEN_STATUSES.forEach((status, i) => {
    const spec = planUnit(rng, world, { ...mix, prospect: 0, corporate: 0, group: 0 }, plan, "HB-SJZ");
    spec.complaints = [stuck(world, rng, status, i % 2 === 1)];
    specs.push(spec);
  });
  // A few orphans of the deactivated `inactive` agent in Haidian, waiting for reallocation.
  const haidian = world.cityByCode.get("BJ-HD")!;
  const inactive = haidian.formerAgents.find((a) => a.username === "inactive");
  for (let i = 0; inactive && i < 12; i++) {
    const spec = planUnit(
      rng,
      world,
      { ...mix, prospect: 0, orphan: 1, reallocated: 0, corporate: 0, group: 0 },
      plan,
      "BJ-HD",
    );
    specs.push({ ...spec, agent: null, formerAgent: inactive });
  }
  return specs;
}

/**
 * Duplicate archive records (same ID number and mobile entered again by another channel as a
 * prospect), so duplicate detection and merge have something to find.
 */
export function duplicates(
  world: World,
  rng: Rng,
  sink: RowSink,
  customers: TableRows["Customer"][],
  count: number,
): void {
  const candidates = customers.filter(
    (c) => c.kind === "INDIVIDUAL" && c.isInsured && c.idNumber && c.mobile && !c.employerId,
  );
  for (let i = 0; i < count && candidates.length > 0; i++) {
    const original = candidates.splice(rng.int(0, candidates.length - 1), 1)[0]!;
    const city = world.cities.find((c) => c.id !== original.orgUnitId) ?? world.cities[0]!;
    const agent = agentOf(rng, city, "TELEMARKETING");
    const k = classifyCustomer(
      {
        kind: "INDIVIDUAL",
        prospectStage: "PROSPECT",
        prospectSource: "REFERRAL",
        policies: [],
        coveredBy: [],
        claims: [],
        surveyCsats: [],
        visitEvaluations: [],
        openComplaints: 0,
        hasUpcomingAppointment: false,
        lastContactOn: null,
        contactsLast12m: 0,
        isOrphan: false,
        highIncomeOccupation: false,
      },
      world.clock.today,
      world.config,
    );
    const id = rng.uuid();
    sink.add("Customer", {
      id,
      customerNo: `KH${city.num}${String(++world.seq.customer).padStart(9, "0")}`,
      kind: "INDIVIDUAL",
      name: original.name,
      gender: original.gender,
      birthDate: original.birthDate,
      idNumber: original.idNumber,
      mobile: original.mobile,
      orgUnitId: city.id,
      agentId: agent.id,
      prospectSource: "REFERRAL",
      isInsured: false,
      contactable: true,
      lifecycleStage: k.lifecycleStage,
      abilityScore: k.abilityScore,
      willingnessScore: k.willingnessScore,
      abilityWill: k.abilityWill,
      classifiedAt: world.clock.now,
      createdAt: new Date(world.clock.nowMs - rng.int(3, 60) * DAY_MS),
      updatedAt: world.clock.now,
    });
  }
}

/** Keeps `agent` and `agent2` at their hand-shaped books: random units go to the other agents. */
export function reserveDemoAgents(world: World): void {
  const reserved = new Set(["agent", "agent2"]);
  for (const city of world.cities) {
    city.agents = city.agents.filter((a) => !reserved.has(a.username));
    for (const channel of Object.keys(city.agentsByChannel) as (keyof typeof city.agentsByChannel)[])
      city.agentsByChannel[channel] = city.agentsByChannel[channel].filter((a) => !reserved.has(a.username));
  }
}
