// Demo logins created by prisma/seed.ts; printed by `npm run demo` and used by the e2e tests.
import type { Role } from "../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Jinshan@2026";

export type DemoUser = { username: string; role: Role; orgCode: string; description: string; active: boolean };

export const DEMO_USERS: readonly DemoUser[] = [
  { username: "admin", role: "ADMIN", orgCode: "HQ", description: "系统管理员 · 总公司", active: true },
  { username: "manager", role: "MANAGER", orgCode: "BJ", description: "分公司管理层 · 北京分公司", active: true },
  { username: "lead", role: "SERVICE_LEAD", orgCode: "BJ", description: "客服中心主管 · 北京分公司", active: true },
  { username: "service", role: "SERVICE", orgCode: "BJ-HD", description: "客服中心专员 · 海淀", active: true },
  { username: "agent", role: "AGENT", orgCode: "BJ-HD", description: "个险渠道销售 · 海淀", active: true },
  { username: "agent2", role: "AGENT", orgCode: "BJ-CY", description: "银保渠道销售 · 朝阳", active: true },
  { username: "service_hb", role: "SERVICE", orgCode: "HB-SJZ", description: "客服中心专员 · 石家庄", active: true },
  { username: "inactive", role: "AGENT", orgCode: "BJ-HD", description: "已停用账号（无法登录）", active: false },
];
