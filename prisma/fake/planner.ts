// Draws what kind of unit comes next: which city, kind of customer, agent (or orphan), prospect
// or insured, and since when. The mix is a parameter so the seed and the generator can differ.
import type { ProspectSource, ProspectStage } from "@/lib/domain/segments";
import type { Channel } from "@/lib/generated/prisma/enums";
import { yearStart } from "./clock";
import type { UnitSpec } from "./household";
import type { PolicyPlan } from "./policies";
import { Rng, weighted } from "./rng";
import type { CityUnit, Staff, World } from "./world";

export interface Mix {
  corporate: number;
  group: number;
  highNetWorth: number;
  prospect: number;
  /** Share of insured customers whose agent has left and who are not reallocated yet. */
  orphan: number;
  /** Share of customers reallocated from a departed agent to a new one. */
  reallocated: number;
  employeesMean: number;
}

const CITY_SHARE = weighted([
  ["BJ-HD", 30],
  ["BJ-CY", 30],
  ["BJ-XC", 20],
  ["HB-SJZ", 20],
] as const);
const AGENT_CHANNEL = weighted<Channel>([
  ["INDIVIDUAL", 45],
  ["BANCASSURANCE", 25],
  ["TELEMARKETING", 20],
  ["GROUP", 10],
]);
const STAGES = weighted<ProspectStage>([
  ["POTENTIAL", 40],
  ["TARGET", 30],
  ["PROSPECT", 30],
]);
const SOURCES = weighted<ProspectSource>([
  ["APPOINTMENT", 35],
  ["SERVICE_EVENT", 30],
  ["REFERRAL", 35],
]);
const FIRST_YEAR = 2012;

export function agentOf(rng: Rng, city: CityUnit, channel: Channel): Staff {
  const pool = city.agentsByChannel[channel];
  return pool.length > 0 ? rng.pick(pool) : rng.pick(city.agents);
}

/** Customer since: from 2012 on, more of them recent (the branch grows). */
export function sinceDay(rng: Rng, world: World, recentYears?: number): number {
  const today = world.clock.todayDay;
  const span = recentYears ? recentYears * 365 : today - yearStart(FIRST_YEAR);
  return today - Math.floor(rng.next() ** 1.3 * span);
}

export function planUnit(rng: Rng, world: World, mix: Mix, policy: PolicyPlan, cityCode?: string): UnitSpec {
  const city = world.cityByCode.get(cityCode ?? rng.draw(CITY_SHARE))!;
  const r = rng.next();
  const kind =
    r < mix.corporate
      ? "CORPORATE"
      : r < mix.corporate + mix.group
        ? "GROUP"
        : r < mix.corporate + mix.group + mix.highNetWorth
          ? "HIGH_NET_WORTH"
          : "INDIVIDUAL";
  const organisation = kind === "CORPORATE" || kind === "GROUP";
  const prospect = !organisation && rng.chance(mix.prospect) ? rng.draw(STAGES) : null;
  let agent: Staff | null = agentOf(rng, city, organisation && rng.chance(0.8) ? "GROUP" : rng.draw(AGENT_CHANNEL));
  let formerAgent: Staff | null = null;
  if (!prospect && city.formerAgents.length > 0) {
    const o = rng.next();
    if (o < mix.orphan) [agent, formerAgent] = [null, rng.pick(city.formerAgents)];
    else if (o < mix.orphan + mix.reallocated) formerAgent = rng.pick(city.formerAgents);
  }
  if (prospect && rng.chance(0.3)) agent = null;
  return {
    kind,
    city,
    agent,
    formerAgent,
    prospect,
    prospectSource: prospect ? rng.draw(SOURCES) : null,
    sinceDay: sinceDay(rng, world, prospect ? 2 : undefined),
    employees: organisation ? 3 + rng.poisson(Math.max(0, mix.employeesMean - 3)) : 0,
    policy,
  };
}
