// An individual's policies (§4): renewable one-year chains (auto with plates, medical, accident,
// home) linked through renewedFromId, and long-term life/savings policies; insured persons and
// renewal follow-ups go with them.
import type { ProspectStage } from "@/lib/domain/segments";
import { addYears } from "./clock";
import type { CustomerDraft, PolicyDraft } from "./drafts";
import { plate } from "./identity";
import { addPolicy, policyChannel } from "./policy-row";
import {
  ANNUAL_FREQUENCY,
  AUTO_LIMITS,
  INDIVIDUAL_MIX,
  LONG_TERM_FREQUENCY,
  PRODUCTS,
  WEALTHY_MIX,
  type Product,
  type ProductKey,
} from "./products";
import { renewalFollowUps } from "./renewals";
import { Rng } from "./rng";
import type { RowSink } from "./tables";
import type { World } from "./world";

export interface PolicyPlan {
  /** Mean number of distinct purchases (renewals come on top). */
  purchaseMean: number;
  /** Make the first purchase a car (new-energy when `newEnergy`). */
  forceAuto?: boolean;
  newEnergy?: boolean;
  /** Make the first renewable chain end between today + from and today + to days. */
  expiring?: { fromDays: number; toDays: number };
  /** Share of policies expiring in 90 days that already have a renewal outcome. */
  renewalRecordShare?: number;
}

const roundTo = (n: number, step: number) => Math.max(step, Math.round(n / step) * step);

/** Long-term premiums scale with wealth: high-net-worth customers ×4, high earners ×1.6 (medians). */
function premiumFen(rng: Rng, p: Product, c: CustomerDraft): number {
  const scale =
    c.row.kind === "HIGH_NET_WORTH"
      ? rng.logNormal(4, 0.5)
      : c.person?.occupation.highIncome
        ? rng.logNormal(1.6, 0.3)
        : 1;
  const median = p.premiumMedian * (p.annual ? 1 : scale);
  return roundTo(Math.max(p.premiumMin, rng.logNormal(median, p.premiumSpread)), 10) * 100;
}

function sumInsured(rng: Rng, p: Product, premiumYuan: number): number {
  if (p.line === "AUTO") return rng.pick(AUTO_LIMITS);
  return roundTo(premiumYuan * p.sumInsuredFactor * rng.logNormal(1, 0.2), 1000);
}

function chooseProducts(rng: Rng, c: CustomerDraft, plan: PolicyPlan): ProductKey[] {
  const count = Math.max(1, 1 + rng.poisson(plan.purchaseMean - 1 + (c.wealthy ? 0.8 : 0)));
  const keys: ProductKey[] = [];
  if (plan.forceAuto) keys.push(plan.newEnergy ? "AUTO_NEV" : "AUTO");
  const mix = c.row.kind === "HIGH_NET_WORTH" ? WEALTHY_MIX : INDIVIDUAL_MIX;
  for (let tries = 0; keys.length < count && tries < count * 4; tries++) {
    let key = rng.draw(mix);
    if (key === "EDUCATION" && (c.person?.children.length ?? 0) === 0) key = "CRITICAL";
    const isCar = key === "AUTO" || key === "AUTO_NEV";
    if (!keys.includes(key) || (isCar && rng.chance(0.1))) keys.push(key);
  }
  return keys;
}

/** Who a policy insures: the holder, or sometimes the spouse or a child. */
function insured(rng: Rng, sink: RowSink, c: CustomerDraft, p: PolicyDraft, key: ProductKey): void {
  const person = c.person;
  let name = c.row.name;
  let relation = "本人";
  let customerId: string | null = c.id;
  if (person && key === "EDUCATION" && person.children.length > 0) {
    [name, relation, customerId] = [rng.pick(person.children), "子女", null];
  } else if (person && key !== "AUTO" && key !== "AUTO_NEV" && key !== "PROPERTY") {
    const r = rng.next();
    if (r < 0.1 && person.spouse) [name, relation, customerId] = [person.spouse, "配偶", null];
    else if (r < 0.2 && person.children.length > 0)
      [name, relation, customerId] = [rng.pick(person.children), "子女", null];
  }
  sink.add("PolicyInsured", { id: rng.uuid(), policyId: p.row.id!, customerId, name, relation });
}

/** A renewable one-year chain. Earlier links are MATURED and renewed by the next one. */
function annualChain(
  rng: Rng,
  world: World,
  sink: RowSink,
  c: CustomerDraft,
  key: ProductKey,
  plan: PolicyPlan,
  forceExpiring: boolean,
): void {
  const product: Product = PRODUCTS[key];
  const today = world.clock.todayDay;
  let current = c.sinceDay > today - 365 || rng.chance(product.line === "AUTO" ? 0.8 : 0.65);
  let lastStart: number;
  if (forceExpiring) {
    lastStart = addYears(today + rng.int(plan.expiring?.fromDays ?? 0, plan.expiring?.toDays ?? 90), -1) + 1;
    current = true;
  } else if (current) {
    const from = Math.max(c.sinceDay, today - 364);
    lastStart = rng.int(from, today);
  } else {
    lastStart = rng.int(c.sinceDay, today - 366);
  }
  let links = 1 + Math.min(3, rng.poisson(0.9));
  while (links > 1 && addYears(lastStart, -(links - 1)) < c.sinceDay) links--;
  const carPlate =
    product.line === "AUTO" ? plate(rng, rng.pick(c.city.profile.platePrefixes), key === "AUTO_NEV") : null;
  const channel = policyChannel(rng, c, product.channels);
  const name = rng.pick(product.names);
  const base = premiumFen(rng, product, c);
  let previous: PolicyDraft | null = null;
  for (let i = 0; i < links; i++) {
    const startDay = addYears(lastStart, i - (links - 1));
    const endDay = addYears(startDay, 1) - 1;
    const isLast = i === links - 1;
    let status: "IN_FORCE" | "MATURED" | "SURRENDERED" = endDay < today ? "MATURED" : "IN_FORCE";
    let statusDay: number | null = null;
    if (status === "IN_FORCE" && !forceExpiring && rng.chance(0.02) && today - startDay > 30) {
      status = "SURRENDERED";
      statusDay = rng.int(startDay + 1, today);
    }
    const fen = roundTo((base / 100) * rng.logNormal(1, 0.06), 10) * 100;
    const policy = addPolicy(rng, world, sink, c, {
      productName: name,
      line: product.line,
      annual: true,
      channel,
      premiumFen: fen,
      sumInsuredYuan: sumInsured(rng, product, fen / 100),
      frequency: rng.draw(ANNUAL_FREQUENCY),
      startDay,
      endDay,
      status,
      statusDay,
      plate: carPlate,
      renewedFrom: previous,
      claimRate: product.claimRate,
      claimMedian: product.claimMedian,
    });
    insured(rng, sink, c, policy, key);
    if (!isLast) renewalFollowUps(rng, world, sink, c, policy, "RENEWED");
    else if (status === "MATURED") renewalFollowUps(rng, world, sink, c, policy, "NOT_RENEWED");
    else if (status === "IN_FORCE" && endDay - today <= 90)
      renewalFollowUps(rng, world, sink, c, policy, "EXPIRING", plan.renewalRecordShare);
    previous = policy;
  }
}

/** A long-term policy: whole life to 105, or a 10–40 year term; some lapse or are surrendered. */
function longTerm(rng: Rng, world: World, sink: RowSink, c: CustomerDraft, key: ProductKey): void {
  const product: Product = PRODUCTS[key];
  const today = world.clock.todayDay;
  const startDay = rng.int(c.sinceDay, today);
  const term = rng.pick(product.termYears);
  let endDay = term === 105 && c.person ? addYears(c.person.birthDay, 105) : addYears(startDay, term) - 1;
  if (endDay <= startDay + 365) endDay = addYears(startDay, 20) - 1;
  let status: "IN_FORCE" | "MATURED" | "LAPSED" | "SURRENDERED" = endDay < today ? "MATURED" : "IN_FORCE";
  let statusDay: number | null = null;
  if (status === "IN_FORCE" && today - startDay > 400) {
    const r = rng.next();
    if (r < 0.12) {
      status = r < 0.07 ? "LAPSED" : "SURRENDERED";
      statusDay = rng.int(startDay + 365, today);
    }
  }
  const fen = premiumFen(rng, product, c);
  const policy = addPolicy(rng, world, sink, c, {
    productName: rng.pick(product.names),
    line: product.line,
    annual: false,
    channel: policyChannel(rng, c, product.channels),
    premiumFen: fen,
    sumInsuredYuan: sumInsured(rng, product, fen / 100),
    frequency: rng.draw(LONG_TERM_FREQUENCY),
    startDay,
    endDay,
    status,
    statusDay,
    plate: null,
    renewedFrom: null,
    claimRate: product.claimRate,
    claimMedian: product.claimMedian,
  });
  insured(rng, sink, c, policy, key);
}

/** All policies of an insured individual or high-net-worth customer. Prospects get none. */
export function individualPolicies(
  rng: Rng,
  world: World,
  sink: RowSink,
  c: CustomerDraft,
  plan: PolicyPlan,
  prospect: ProspectStage | null,
): void {
  if (prospect) return;
  let expiringPending = plan.expiring !== undefined;
  for (const key of chooseProducts(rng, c, plan)) {
    if (PRODUCTS[key].annual) {
      annualChain(rng, world, sink, c, key, plan, expiringPending);
      expiringPending = false;
    } else longTerm(rng, world, sink, c, key);
  }
}
