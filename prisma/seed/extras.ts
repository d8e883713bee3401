// Demo extras derived from the generated records: notifications for the demo users, audit-log
// entries, monthly corrective actions (纠改措施), allocations of prospects and dormant customers,
// and the five-year KPI targets sized from the generated archive.
import { DAY_MS, dayToDate, shanghaiDay } from "../fake/clock";
import { kpiRows } from "../fake/reference";
import { Rng } from "../fake/rng";
import type { ArraySink, TableRows } from "../fake/tables";
import type { World } from "../fake/world";

type Users = Map<string, TableRows["User"]>;

const uid = (users: Users, username: string) => users.get(username)!.id!;
const ms = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : 0);

export function notifications(world: World, rng: Rng, sink: ArraySink, users: Users): void {
  const now = world.clock.nowMs;
  const add = (
    username: string,
    kind: string,
    title: string,
    body: string,
    link: string,
    ageHours: number,
    read: boolean,
  ) =>
    sink.add("Notification", {
      id: rng.uuid(),
      userId: uid(users, username),
      kind,
      title,
      body,
      link,
      createdAt: new Date(now - ageHours * 3_600_000),
      readAt: read ? new Date(now - (ageHours / 2) * 3_600_000) : null,
    });
  const agentId = uid(users, "agent");
  const soon = sink
    .list("Policy")
    .filter(
      (p) =>
        p.servicingAgentId === agentId &&
        p.status === "IN_FORCE" &&
        ms(p.endDate) - now < 7 * DAY_MS &&
        ms(p.endDate) >= now - DAY_MS,
    );
  add("agent", "RENEWAL_DUE", `${soon.length} 份保单 7 天内到期`, "请尽快联系客户确认续保意向", "/renewals", 2, false);
  const overdue = sink
    .list("Visit")
    .filter((v) => v.assigneeId === agentId && v.status === "PLANNED" && ms(v.dueDate) < now - DAY_MS);
  add("agent", "VISIT_OVERDUE", `${overdue.length} 个回访已逾期`, "逾期回访将影响回访及时率考核", "/visits", 5, false);
  add("agent", "ALLOCATION", "新分配客户", "客服中心主管向您分配了孤儿单客户", "/customers", 50, true);

  for (const c of sink.list("Complaint")) {
    if (c.status === "CLOSED") continue;
    const owner = [...users.values()].find((u) => u.id === c.ownerId);
    const hours = Math.max(1, Math.round((now - ms(c.receivedAt)) / 3_600_000));
    if (owner && ["service", "service_hb"].includes(owner.username))
      add(
        owner.username,
        "COMPLAINT_ASSIGNED",
        `新投诉 ${c.complaintNo}`,
        "请在48小时内首次响应",
        `/complaints/${c.id}`,
        hours,
        hours > 24,
      );
    if (c.escalationLevel) {
      const lead = c.orgUnitId === world.cityByCode.get("HB-SJZ")?.id ? "lead_hb" : "lead";
      add(
        lead,
        "COMPLAINT_ESCALATED",
        `投诉 ${c.complaintNo} 已升级至${c.escalationLevel === "HEAD" ? "总公司" : "省分公司"}`,
        "处理时限已超出，请督办",
        `/complaints/${c.id}`,
        Math.max(1, hours - 72),
        false,
      );
    }
  }
  add("lead", "ORPHAN_QUEUE", "孤儿单待分配", "有离职业务员名下的客户等待重新分配", "/allocation", 30, false);
  add(
    "manager",
    "MONTHLY_REPORT",
    "上月客户投诉分析表已生成",
    "可在投诉分析页面导出",
    "/complaints/analysis",
    72,
    false,
  );
  add("admin", "SYSTEM", "配置已更新", "VIP 等级阈值沿用默认值", "/admin/settings", 200, true);
}

export function auditLog(world: World, rng: Rng, sink: ArraySink, users: Users): void {
  const now = world.clock.nowMs;
  const add = (
    username: string | null,
    action: string,
    entityType: string,
    entityId: string | null,
    data: Record<string, string | number | boolean>,
    ageHours: number,
  ) =>
    sink.add("AuditLog", {
      at: new Date(now - ageHours * 3_600_000),
      actorId: username ? uid(users, username) : null,
      action,
      entityType,
      entityId,
      data,
      ip: `10.10.${rng.int(1, 20)}.${rng.int(2, 250)}`,
    });
  for (const u of ["admin", "manager", "lead", "service", "agent", "agent2", "service_hb"])
    add(u, "LOGIN", "User", uid(users, u), {}, rng.int(1, 48));
  add("admin", "USER_DEACTIVATE", "User", uid(users, "inactive"), { reason: "离职" }, 24 * 60);
  add("admin", "SETTING_UPDATE", "Setting", "vipTiers", { note: "initial defaults" }, 24 * 90);
  const customers = sink.list("Customer").slice(0, 6);
  for (const c of customers)
    add(
      rng.pick(["service", "lead"]),
      "PII_REVEAL",
      "Customer",
      c.id!,
      { field: rng.pick(["idNumber", "mobile"]) },
      rng.int(1, 200),
    );
  for (const b of sink.list("BlacklistEntry").slice(0, 5))
    add(
      "lead",
      "BLACKLIST_ADD",
      "Customer",
      b.customerId,
      { reason: b.reason },
      Math.round((now - ms(b.createdAt)) / 3_600_000),
    );
  for (const a of sink.list("ResourceAllocation").slice(0, 5))
    add("lead", "ALLOCATE", "Customer", a.customerId, { reason: a.reason }, Math.round((now - ms(a.at)) / 3_600_000));
  add(
    "manager",
    "EXPORT",
    "Report",
    "complaint-analysis",
    { month: new Date(now - 30 * DAY_MS).toISOString().slice(0, 7), format: "xlsx" },
    70,
  );
}

export function monthlyActions(world: World, rng: Rng, sink: ArraySink, users: Users): void {
  const titles = [
    "加强银保渠道销售合规管理",
    "缩短车险理赔材料流转时间",
    "提升热线高峰期接通率",
    "续期扣款失败短信提醒",
    "柜面服务礼仪专项检查",
    "理赔拒赔告知书模板优化",
  ];
  for (let m = 1; m <= 6; m++) {
    const monthStart = new Date(world.clock.nowMs - m * 30 * DAY_MS);
    const month = monthStart.toISOString().slice(0, 7);
    const due = shanghaiDay(monthStart.getTime()) + 45;
    const done = due < world.clock.todayDay - 5;
    sink.add("CorrectiveAction", {
      id: rng.uuid(),
      month,
      title: titles[m - 1]!,
      description: `${month} 客户投诉分析表整改项`,
      orgUnitId: world.cities[rng.int(0, 2)]!.provinceId,
      ownerId: uid(users, "lead"),
      createdById: uid(users, "manager"),
      dueDate: dayToDate(due),
      status: done ? "DONE" : m === 1 ? "OPEN" : "IN_PROGRESS",
      completedAt: done ? new Date((due - 3) * DAY_MS) : null,
      createdAt: new Date(monthStart.getTime() + 35 * DAY_MS),
    });
  }
}

/** Prospects handed to agents, and dormant customers re-activated through another channel. */
export function allocations(world: World, rng: Rng, sink: ArraySink, users: Users): void {
  const byId = new Map([...users.values()].map((u) => [u.id!, u]));
  const lead = uid(users, "lead");
  for (const c of sink.list("Customer")) {
    const agent = c.agentId ? byId.get(c.agentId) : undefined;
    if (!agent?.channel) continue;
    const at = new Date(world.clock.nowMs - rng.int(5, 200) * DAY_MS);
    if (c.prospectSource && rng.chance(0.4))
      sink.add("ResourceAllocation", {
        id: rng.uuid(),
        customerId: c.id!,
        toAgentId: agent.id!,
        toChannel: agent.channel,
        reason: "PROSPECT",
        note: "准客户资源按需分配",
        byId: lead,
        at,
      });
    else if (c.activity === "DORMANT" && rng.chance(0.05)) {
      const from = [...users.values()].find(
        (u) => u.role === "AGENT" && u.orgUnitId === c.orgUnitId && u.channel !== agent.channel,
      );
      sink.add("ResourceAllocation", {
        id: rng.uuid(),
        customerId: c.id!,
        fromAgentId: from?.id ?? null,
        toAgentId: agent.id!,
        toChannel: agent.channel,
        fromChannel: from?.channel ?? null,
        crossChannel: Boolean(from),
        reason: "DORMANT",
        note: "休眠客户激活，跨渠道利益分摊",
        byId: lead,
        at,
      });
    }
  }
}

export function kpiTargets(world: World, rng: Rng, sink: ArraySink, orgIds: Map<string, string>): void {
  const customers = sink.list("Customer");
  const insured = (filter: (c: TableRows["Customer"]) => boolean) =>
    customers.filter((c) => c.isInsured && filter(c)).length;
  const hb = world.cityByCode.get("HB-SJZ")!.id;
  const premium = sink
    .list("Policy")
    .filter((p) => p.status === "IN_FORCE")
    .reduce((s, p) => s + Number(p.annualPremium), 0);
  const units: [string, number][] = [
    ["HQ", insured(() => true)],
    ["BJ", insured((c) => c.orgUnitId !== hb)],
    ["HB", insured((c) => c.orgUnitId === hb)],
  ];
  for (const [code, count] of units) {
    const share = count / Math.max(1, units[0]![1]);
    for (const row of kpiRows(
      rng,
      orgIds.get(code)!,
      Math.round(count / 1.05 ** 4),
      Math.round((premium * share) / 1.08 ** 4),
      world.clock.now,
    ))
      sink.add("KpiTarget", row);
  }
}
