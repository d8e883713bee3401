// The communication log (沟通记录) across channels, and the archive extras that follow from the
// classification: tags, custom classification field values, blacklist entries and allocations.
import type { Classification } from "@/lib/domain/segments";
import type { CommunicationType } from "@/lib/generated/prisma/enums";
import { DAY_MS, shanghaiInstant } from "./clock";
import type { CustomerDraft } from "./drafts";
import { HOBBIES } from "./reference";
import { Rng, weighted } from "./rng";
import type { RowSink } from "./tables";
import { BLACKLIST_REASONS, COMMUNICATION_SUMMARIES } from "./texts";
import type { World } from "./world";

const TYPES = weighted<CommunicationType>([
  ["CALL", 38],
  ["SMS", 22],
  ["WECHAT", 25],
  ["EMAIL", 5],
  ["MEETING", 7],
  ["LETTER", 3],
]);

/** About `mean` contacts per customer over the last three years (never before they became a customer). */
export function communicationsFor(rng: Rng, world: World, sink: RowSink, c: CustomerDraft, mean: number): void {
  const count = rng.poisson(mean);
  const now = world.clock.nowMs;
  const from = Math.max(now - 3 * 365 * DAY_MS, shanghaiInstant(c.sinceDay, 9 * 60));
  if (from >= now) return;
  for (let i = 0; i < count; i++) {
    const type = rng.draw(TYPES);
    const at = from + rng.next() ** 0.8 * (now - from);
    const inbound = (type === "CALL" || type === "WECHAT") && rng.chance(0.25);
    const by = c.agent && rng.chance(0.6) ? c.agent : rng.pick(c.city.service);
    c.contactMs.push(at);
    sink.add("Communication", {
      id: rng.uuid(),
      customerId: c.id,
      type,
      inbound,
      at: new Date(at),
      byId: by.id,
      channel: by.channel ?? c.agent?.channel ?? null,
      summary: rng.pick(COMMUNICATION_SUMMARIES[type]),
    });
  }
}

export interface ExtrasOptions {
  blacklistRate: number;
}

/** Tags, classification field values, blacklist and allocation history for a classified customer. */
export function archiveExtras(
  rng: Rng,
  world: World,
  sink: RowSink,
  c: CustomerDraft,
  k: Classification,
  o: ExtrasOptions,
): void {
  const tag = (key: keyof World["tagIds"]) => {
    if (world.tagIds[key])
      sink.add("CustomerTag", { customerId: c.id, tagId: world.tagIds[key], createdAt: world.clock.now });
  };
  const hasCar = c.policies.some((p) => p.line === "AUTO");
  if (k.vipTier !== "NONE") tag("HIGH_END");
  if (k.isClubMember && hasCar) tag("CAR_CLUB");
  if (c.row.prospectSource === "REFERRAL" || rng.chance(0.05)) tag("REFERRAL");
  if (c.claims.length >= 2 || c.complaints.some((x) => x.policy && c.claims.some((cl) => cl.policy === x.policy)))
    tag("CLAIM_SENSITIVE");
  if (k.channel === "BANCASSURANCE") tag("BANCA");
  if (c.person && new Date(c.person.birthDay * DAY_MS).getUTCMonth() === new Date(world.clock.nowMs).getUTCMonth())
    tag("BIRTHDAY_CARE");

  if (c.person && world.fieldIds.hobby && rng.chance(0.4))
    sink.add("CustomerFieldValue", { customerId: c.id, fieldId: world.fieldIds.hobby, value: rng.pick(HOBBIES) });
  if (c.person && world.fieldIds.hasCar && (hasCar || rng.chance(0.35)))
    sink.add("CustomerFieldValue", { customerId: c.id, fieldId: world.fieldIds.hasCar, value: String(hasCar) });

  if (k.isInsured && c.person && rng.chance(o.blacklistRate)) blacklist(rng, world, sink, c);

  // A former orphan now served by a new agent was reallocated by the service lead (资源分配).
  if (c.formerAgent && c.agent) {
    const at = world.clock.nowMs - rng.int(10, 300) * DAY_MS;
    sink.add("ResourceAllocation", {
      id: rng.uuid(),
      customerId: c.id,
      fromAgentId: c.formerAgent.id,
      toAgentId: c.agent.id,
      toChannel: c.agent.channel ?? "INDIVIDUAL",
      fromChannel: c.formerAgent.channel,
      crossChannel: c.agent.channel !== c.formerAgent.channel,
      reason: "ORPHAN",
      note: "原业务员离职，孤儿单重新分配",
      byId: c.city.lead.id,
      at: new Date(at),
    });
  } else if (!c.agent && k.isInsured && rng.chance(0.15)) {
    sink.add("Task", {
      id: rng.uuid(),
      kind: "REALLOCATION",
      title: `孤儿单待分配：${c.row.name}`,
      detail: "原业务员已离职，请分配新的服务人员",
      status: "OPEN",
      customerId: c.id,
      orgUnitId: c.city.id,
      assigneeId: c.city.lead.id,
      dueAt: new Date(world.clock.nowMs + 7 * DAY_MS),
      createdAt: new Date(world.clock.nowMs - rng.int(1, 60) * DAY_MS),
    });
  }
}

function blacklist(rng: Rng, world: World, sink: RowSink, c: CustomerDraft): void {
  const lastStart = Math.max(...c.policies.map((p) => p.startDay), c.sinceDay);
  const at = shanghaiInstant(lastStart + rng.int(30, 400), rng.int(9 * 60, 18 * 60));
  if (at > world.clock.nowMs) return;
  const daysSince = Math.floor((world.clock.nowMs - at) / DAY_MS);
  const lifted = rng.chance(0.2) && daysSince > 60;
  sink.add("BlacklistEntry", {
    id: rng.uuid(),
    customerId: c.id,
    reason: rng.pick(BLACKLIST_REASONS),
    approvedById: c.city.lead.id,
    createdById: rng.pick(c.city.service).id,
    createdAt: new Date(at),
    liftedAt: lifted ? new Date(at + rng.int(30, Math.min(300, daysSince)) * DAY_MS) : null,
    liftReason: lifted ? "经复核证据不足，解除黑名单" : null,
  });
  c.row.blacklisted = !lifted;
}
