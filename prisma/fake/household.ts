// One generation unit: an individual / high-net-worth customer, or an organisation with its insured
// employees, together with every record that hangs off them. Shared by the seed and the generator.
import { vipTier } from "@/lib/domain/classification";
import type { ProspectSource, ProspectStage } from "@/lib/domain/segments";
import type { CustomerKind } from "@/lib/generated/prisma/enums";
import { claimsFor } from "./claims";
import { classify } from "./classify";
import { addComplaint, type ComplaintOptions } from "./complaints";
import { archiveExtras, communicationsFor } from "./contacts";
import type { CustomerDraft } from "./drafts";
import { organisationPolicies } from "./group-policies";
import { newOrganisation, newPerson } from "./people";
import { individualPolicies, type PolicyPlan } from "./policies";
import { flushPolicy } from "./policy-row";
import { Rng } from "./rng";
import { surveysFor, type SurveyOptions } from "./surveys";
import type { RowSink } from "./tables";
import { visitsFor, type VisitOptions } from "./visits";
import { DEPARTMENTS } from "./work";
import type { CityUnit, Staff, World } from "./world";

export interface UnitSpec {
  kind: CustomerKind;
  city: CityUnit;
  agent: Staff | null;
  formerAgent: Staff | null;
  prospect: ProspectStage | null;
  prospectSource: ProspectSource | null;
  sinceDay: number;
  /** Insured employees generated for an organisation (a sample of its headcount). */
  employees: number;
  policy: PolicyPlan;
  /** Complaints that must exist for this unit's main customer (e.g. one per workflow status). */
  complaints?: ComplaintOptions[];
}

/** Volumes per customer; the seed is richer than the branch-scale generator. */
export interface Rates {
  complaintsPerCustomer: number;
  communicationsPerCustomer: number;
  visits: VisitOptions;
  surveys: SurveyOptions;
  blacklistRate: number;
}

function tierIsVip(c: CustomerDraft, world: World): boolean {
  const fen = c.policies.reduce((s, p) => s + (p.row.status === "IN_FORCE" ? p.premiumFen : 0), 0);
  return vipTier(fen / 100, world.config.vipTiers) !== "NONE";
}

/** Generates the unit into `sink` and returns its customers (main customer first). */
export function generateUnit(rng: Rng, world: World, sink: RowSink, spec: UnitSpec, rates: Rates): CustomerDraft[] {
  const base = {
    city: spec.city,
    agent: spec.agent,
    formerAgent: spec.formerAgent,
    sinceDay: spec.sinceDay,
    prospect: spec.prospect,
    prospectSource: spec.prospectSource,
  };
  const drafts: CustomerDraft[] = [];
  let main: CustomerDraft;
  if (spec.kind === "CORPORATE" || spec.kind === "GROUP") {
    const org = newOrganisation(rng, world, sink, spec.kind, { ...base, prospect: null, prospectSource: null });
    main = org.draft;
    drafts.push(main);
    const n = Math.min(spec.employees, org.headcount);
    for (let i = 0; i < n; i++) {
      const sinceDay = spec.sinceDay + rng.int(0, Math.max(0, world.clock.todayDay - spec.sinceDay) >> 2);
      drafts.push(
        newPerson(rng, world, sink, {
          ...base,
          kind: "INDIVIDUAL",
          prospect: null,
          prospectSource: null,
          sinceDay,
          employer: { draft: main, department: rng.pick(DEPARTMENTS) },
        }),
      );
    }
    organisationPolicies(rng, world, sink, main, drafts.slice(1), org.headcount);
  } else {
    main = newPerson(rng, world, sink, { ...base, kind: spec.kind });
    drafts.push(main);
    individualPolicies(rng, world, sink, main, spec.policy, spec.prospect);
  }

  const byId = new Map(drafts.map((d) => [d.id, d]));
  const vip = tierIsVip(main, world);
  claimsFor(rng, world, sink, main, byId, vip);

  for (const c of drafts) {
    const holder = c === main;
    const moodFactor = c.mood < 50 ? 2.5 : 1;
    const rate = rates.complaintsPerCustomer * moodFactor * (holder ? 1 : 0.3) * (c.prospect ? 0.2 : 1);
    const count = Math.min(3, rng.poisson(rate));
    for (let i = 0; i < count; i++) addComplaint(rng, world, sink, c);
    if (holder) for (const o of spec.complaints ?? []) addComplaint(rng, world, sink, c, o);
    if (holder || (c.row.contactable && rng.chance(0.2))) visitsFor(rng, world, sink, c, vip, rates.visits);
    surveysFor(rng, world, sink, c, rates.surveys);
    communicationsFor(rng, world, sink, c, rates.communicationsPerCustomer * (holder ? 1 : 0.2));
  }

  for (const c of drafts) {
    const k = classify(c, world);
    archiveExtras(rng, world, sink, c, k, { blacklistRate: rates.blacklistRate });
    sink.add("Customer", c.row);
    for (const p of c.policies) flushPolicy(sink, p);
  }
  return drafts;
}
