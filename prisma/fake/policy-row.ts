// Builds one policy (row + draft + facts for classification) and picks its agent of record.
import type { Channel, PaymentFrequency, PolicyStatus, ProductLine } from "@/lib/generated/prisma/enums";
import { dayToDate, dayToIso, shanghaiInstant } from "./clock";
import { fenToYuan, type CustomerDraft, type PolicyDraft } from "./drafts";
import { LINE_CODES } from "./products";
import { Rng } from "./rng";
import type { RowSink } from "./tables";
import type { CityUnit, Staff, World } from "./world";

export interface PolicySpec {
  productName: string;
  line: ProductLine;
  annual: boolean;
  channel: Channel;
  premiumFen: number;
  sumInsuredYuan: number;
  frequency: PaymentFrequency;
  startDay: number;
  endDay: number;
  status: PolicyStatus;
  statusDay: number | null;
  plate: string | null;
  renewedFrom: PolicyDraft | null;
  claimRate: number;
  claimMedian: number;
}

/** The agent who sold a policy: the customer's own agent when the channel matches (the former one for old business). */
export function agentOfRecord(
  rng: Rng,
  world: World,
  c: CustomerDraft,
  channel: Channel,
  startDay: number,
): Staff | null {
  if (c.formerAgent && c.formerAgent.channel === channel && (c.agent === null || startDay < world.clock.todayDay - 180))
    return c.formerAgent;
  if (c.agent && c.agent.channel === channel) return c.agent;
  return pickAgent(rng, c.city, channel);
}

export function pickAgent(rng: Rng, city: CityUnit, channel: Channel): Staff {
  const pool = city.agentsByChannel[channel];
  return pool.length > 0 ? rng.pick(pool) : rng.pick(city.agents);
}

/** Channel of a new policy: the customer's agent's channel if the product sells there, else the product's usual one. */
export function policyChannel(
  rng: Rng,
  c: CustomerDraft,
  allowed: { values: readonly Channel[]; cumulative: readonly number[] },
): Channel {
  const own = c.agent?.channel ?? c.formerAgent?.channel;
  if (own) {
    const i = allowed.values.indexOf(own);
    const weight = i < 0 ? 0 : allowed.cumulative[i]! - (i > 0 ? allowed.cumulative[i - 1]! : 0);
    if (weight > 0 && rng.chance(0.8)) return own;
  }
  return rng.draw(allowed);
}

export function addPolicy(rng: Rng, world: World, sink: RowSink, c: CustomerDraft, s: PolicySpec): PolicyDraft {
  const id = rng.uuid();
  const seq = ++world.seq.policy;
  const year = dayToIso(s.startDay).slice(0, 4);
  const agent = agentOfRecord(rng, world, c, s.channel, s.startDay);
  const issuedMs = shanghaiInstant(s.startDay - rng.int(1, 10), rng.int(9 * 60, 18 * 60));
  const changedMs = s.statusDay !== null ? shanghaiInstant(s.statusDay, rng.int(9 * 60, 18 * 60)) : issuedMs;
  const row: PolicyDraft["row"] = {
    id,
    policyNo: `P${LINE_CODES[s.line]}${year}${c.city.num}${String(seq).padStart(9, "0")}`,
    customerId: c.id,
    productLine: s.line,
    productName: s.productName,
    channel: s.channel,
    orgUnitId: c.city.id,
    agentOfRecordId: agent?.id ?? null,
    servicingAgentId: c.agent?.id ?? null,
    annualPremium: fenToYuan(s.premiumFen),
    sumInsured: s.sumInsuredYuan.toFixed(2),
    paymentFrequency: s.frequency,
    startDate: dayToDate(s.startDay),
    endDate: dayToDate(s.endDay),
    status: s.status,
    vehiclePlate: s.plate,
    renewalOutcome: null,
    renewalOutcomeAt: null,
    renewalNextContactAt: null,
    renewedFromId: s.renewedFrom?.row.id ?? null,
    createdAt: new Date(issuedMs),
    updatedAt: new Date(Math.min(world.clock.nowMs, Math.max(issuedMs, changedMs))),
  };
  const draft: PolicyDraft = {
    row,
    line: s.line,
    annual: s.annual,
    startDay: s.startDay,
    endDay: s.endDay,
    statusDay: s.statusDay,
    premiumFen: s.premiumFen,
    sumInsuredYuan: s.sumInsuredYuan,
    claimRate: s.claimRate,
    claimMedian: s.claimMedian,
    insuredIds: [],
    facts: {
      startDate: dayToIso(s.startDay),
      endDate: dayToIso(s.endDay),
      status: s.status,
      channel: s.channel,
      annualPremiumFen: s.premiumFen,
      paymentFrequency: s.frequency,
      isRenewal: s.renewedFrom !== null,
      renewalOutcome: null,
      statusChangedOn: s.statusDay !== null ? dayToIso(s.statusDay) : null,
    },
  };
  c.policies.push(draft);
  return draft;
}

/** Puts a policy's rows in the sink; done last so renewal outcomes set meanwhile are included. */
export function flushPolicy(sink: RowSink, p: PolicyDraft): void {
  sink.add("Policy", p.row);
}
