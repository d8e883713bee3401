// Demo logins created by prisma/seed.ts (and kept by the large generator); printed by `npm run demo`
// and used by the e2e tests. Dependency-free so that anything can import it.

export const DEMO_PASSWORD = "Jinshan@2026";

export type DemoRole = "AGENT" | "SERVICE" | "SERVICE_LEAD" | "MANAGER" | "ADMIN";
export type DemoChannel = "INDIVIDUAL" | "BANCASSURANCE" | "GROUP" | "TELEMARKETING";

export interface DemoUser {
  username: string;
  name: string;
  role: DemoRole;
  /** OrgUnit.code */
  orgCode: string;
  channel?: DemoChannel;
  /** Username of the user's lead. */
  lead?: string;
  /** false = deactivated (its customers are orphans). */
  active: boolean;
  /** One line for README and the demo banner. */
  description: string;
}

export const DEMO_USERS = [
  {
    username: "admin",
    name: "赵志远",
    role: "ADMIN",
    orgCode: "HQ",
    active: true,
    description: "系统管理员 · 总公司",
  },
  {
    username: "manager",
    name: "王建国",
    role: "MANAGER",
    orgCode: "BJ",
    active: true,
    description: "分公司管理层 · 北京分公司",
  },
  {
    username: "lead",
    name: "李秀英",
    role: "SERVICE_LEAD",
    orgCode: "BJ",
    active: true,
    description: "客服中心主管 · 北京分公司",
  },
  {
    username: "service",
    name: "张敏",
    role: "SERVICE",
    orgCode: "BJ-HD",
    lead: "lead",
    active: true,
    description: "客服中心专员 · 海淀",
  },
  {
    username: "agent",
    name: "刘洋",
    role: "AGENT",
    orgCode: "BJ-HD",
    channel: "INDIVIDUAL",
    lead: "lead",
    active: true,
    description: "个险渠道销售 · 海淀",
  },
  {
    username: "agent2",
    name: "陈静",
    role: "AGENT",
    orgCode: "BJ-CY",
    channel: "BANCASSURANCE",
    active: true,
    description: "银保渠道销售 · 朝阳",
  },
  {
    username: "service_hb",
    name: "杨帆",
    role: "SERVICE",
    orgCode: "HB-SJZ",
    active: true,
    description: "客服中心专员 · 石家庄",
  },
  {
    username: "inactive",
    name: "黄磊",
    role: "AGENT",
    orgCode: "BJ-HD",
    channel: "INDIVIDUAL",
    lead: "lead",
    active: false,
    description: "已停用账号（无法登录）",
  },
] as const satisfies readonly DemoUser[];

export type DemoUsername = (typeof DEMO_USERS)[number]["username"];

export function demoUser(username: DemoUsername): DemoUser {
  return DEMO_USERS.find((u) => u.username === username)!;
}
