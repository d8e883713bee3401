// Policies of corporate (法人) and group (团体) customers: yearly group accident / medical / term
// life schemes insuring their employees (PolicyInsured → employee customers), corporate property,
// and fleet auto policies with plates.
import { addYears } from "./clock";
import type { CustomerDraft, PolicyDraft } from "./drafts";
import { plate } from "./identity";
import { addPolicy } from "./policy-row";
import { GROUP_PRODUCTS, PRODUCTS, type GroupProductKey } from "./products";
import { renewalFollowUps } from "./renewals";
import { Rng } from "./rng";
import type { RowSink } from "./tables";
import type { World } from "./world";

interface ChainSpec {
  name: string;
  line: PolicyDraft["line"];
  premiumFen: number;
  sumInsuredYuan: number;
  claimRate: number;
  claimMedian: number;
  plate: string | null;
  employees: CustomerDraft[];
}

function chain(rng: Rng, world: World, sink: RowSink, org: CustomerDraft, s: ChainSpec): void {
  const today = world.clock.todayDay;
  const current = org.sinceDay > today - 365 || rng.chance(0.85);
  const lastStart = current ? rng.int(Math.max(org.sinceDay, today - 364), today) : rng.int(org.sinceDay, today - 366);
  let links = 1 + Math.min(3, rng.poisson(1.2));
  while (links > 1 && addYears(lastStart, -(links - 1)) < org.sinceDay) links--;
  let previous: PolicyDraft | null = null;
  for (let i = 0; i < links; i++) {
    const startDay = addYears(lastStart, i - (links - 1));
    const endDay = addYears(startDay, 1) - 1;
    const policy = addPolicy(rng, world, sink, org, {
      productName: s.name,
      line: s.line,
      annual: true,
      channel: "GROUP",
      premiumFen: Math.round((s.premiumFen * rng.logNormal(1, 0.05)) / 1000) * 1000,
      sumInsuredYuan: s.sumInsuredYuan,
      frequency: rng.chance(0.7) ? "ANNUAL" : "QUARTERLY",
      startDay,
      endDay,
      status: endDay < today ? "MATURED" : "IN_FORCE",
      statusDay: null,
      plate: s.plate,
      renewedFrom: previous,
      claimRate: s.claimRate,
      claimMedian: s.claimMedian,
    });
    if (s.employees.length > 0) {
      for (const e of s.employees) {
        sink.add("PolicyInsured", {
          id: rng.uuid(),
          policyId: policy.row.id!,
          customerId: e.id,
          name: e.row.name,
          relation: "员工",
        });
        e.coveredBy.push(policy);
        policy.insuredIds.push(e.id);
      }
    } else {
      sink.add("PolicyInsured", {
        id: rng.uuid(),
        policyId: policy.row.id!,
        customerId: org.id,
        name: org.row.name,
        relation: "本单位",
      });
    }
    const isLast = i === links - 1;
    if (!isLast) renewalFollowUps(rng, world, sink, org, policy, "RENEWED");
    else if (endDay < today) renewalFollowUps(rng, world, sink, org, policy, "NOT_RENEWED");
    else if (endDay - today <= 90) renewalFollowUps(rng, world, sink, org, policy, "EXPIRING");
    previous = policy;
  }
}

/** Group schemes, property and fleet cover for an organisation with `headcount` staff. */
export function organisationPolicies(
  rng: Rng,
  world: World,
  sink: RowSink,
  org: CustomerDraft,
  employees: CustomerDraft[],
  headcount: number,
): void {
  const corporate = org.row.kind === "CORPORATE";
  const wanted: GroupProductKey[] = [];
  if (rng.chance(0.85)) wanted.push("GROUP_ACCIDENT");
  if (rng.chance(0.6)) wanted.push("GROUP_MEDICAL");
  if (rng.chance(0.3)) wanted.push("GROUP_LIFE");
  if (corporate && rng.chance(0.4)) wanted.push("CORP_PROPERTY");
  // Employees are on the books because a group scheme insures them.
  if (!wanted.some((k) => k !== "CORP_PROPERTY")) wanted.push("GROUP_ACCIDENT");
  for (const key of wanted) {
    const p = GROUP_PRODUCTS[key];
    const perHead = p.perHead * rng.logNormal(1, 0.2);
    const premiumYuan = key === "CORP_PROPERTY" ? rng.logNormal(30_000, 0.8) : perHead * headcount;
    chain(rng, world, sink, org, {
      name: p.name,
      line: p.line,
      premiumFen: Math.round(premiumYuan) * 100,
      sumInsuredYuan: key === "CORP_PROPERTY" ? Math.round(premiumYuan * 1000) : Math.round(perHead * 400) * headcount,
      claimRate: p.claimRate,
      claimMedian: p.claimMedian,
      plate: null,
      employees: key === "CORP_PROPERTY" ? [] : employees,
    });
  }
  if (corporate && rng.chance(0.3)) {
    const cars = rng.int(1, 3);
    for (let i = 0; i < cars; i++) {
      const auto = PRODUCTS.AUTO;
      chain(rng, world, sink, org, {
        name: "企业车队商业保险",
        line: "AUTO",
        premiumFen: Math.round(rng.logNormal(auto.premiumMedian * 1.4, 0.3)) * 100,
        sumInsuredYuan: 2_000_000,
        claimRate: auto.claimRate,
        claimMedian: auto.claimMedian,
        plate: plate(rng, rng.pick(org.city.profile.platePrefixes), rng.chance(0.2)),
        employees: [],
      });
    }
  }
}
