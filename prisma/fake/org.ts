// The three-level organisation (§1) and its staff: the demo sign-ins plus generated agents across
// the four channels and the city units, and service-centre staff.
import type { Channel, OrgLevel, Role } from "@/lib/generated/prisma/enums";
import type { DemoUser } from "../demo-users";

/** A user to create: the demo sign-ins and generated staff. */
export type StaffDef = Omit<DemoUser, "description">;
import { mobile } from "./identity";
import type { NameBook } from "./names";
import { Rng } from "./rng";
import type { TableRows } from "./tables";

export interface OrgDef {
  code: string;
  name: string;
  nameEn: string;
  level: OrgLevel;
  parent: string | null;
}

export const ORG_UNITS: readonly OrgDef[] = [
  { code: "HQ", name: "金山保险总公司", nameEn: "Jinshan Insurance Head Office", level: "HEAD", parent: null },
  { code: "BJ", name: "北京分公司", nameEn: "Beijing Branch", level: "PROVINCE", parent: "HQ" },
  { code: "BJ-HD", name: "海淀支公司", nameEn: "Haidian Sub-branch", level: "CITY", parent: "BJ" },
  { code: "BJ-CY", name: "朝阳支公司", nameEn: "Chaoyang Sub-branch", level: "CITY", parent: "BJ" },
  { code: "BJ-XC", name: "西城支公司", nameEn: "Xicheng Sub-branch", level: "CITY", parent: "BJ" },
  { code: "HB", name: "河北分公司", nameEn: "Hebei Branch", level: "PROVINCE", parent: "HQ" },
  { code: "HB-SJZ", name: "石家庄中心支公司", nameEn: "Shijiazhuang Sub-branch", level: "CITY", parent: "HB" },
];

export const CITY_CODES = ["BJ-HD", "BJ-CY", "BJ-XC", "HB-SJZ"] as const;
const CHANNELS: readonly Channel[] = ["INDIVIDUAL", "BANCASSURANCE", "GROUP", "TELEMARKETING"];

/** Staff beyond the demo sign-ins: leads, service staff and agents. */
export function extraStaff(agentCount: number, agentPrefix: string, firstNumber: number): StaffDef[] {
  const staff: StaffDef[] = [];
  if (firstNumber === 3) {
    staff.push(
      { username: "lead_hb", name: "", role: "SERVICE_LEAD", orgCode: "HB", active: true },
      { username: "service2", name: "", role: "SERVICE", orgCode: "BJ-CY", lead: "lead", active: true },
      { username: "service3", name: "", role: "SERVICE", orgCode: "BJ-XC", lead: "lead", active: true },
      { username: "service4", name: "", role: "SERVICE", orgCode: "BJ", lead: "lead", active: true },
      { username: "service_hb2", name: "", role: "SERVICE", orgCode: "HB-SJZ", lead: "lead_hb", active: true },
    );
  }
  const width = agentPrefix === "agent" && firstNumber < 100 ? 2 : 4;
  for (let i = 0; i < agentCount; i++) {
    const n = firstNumber + i;
    const orgCode = CITY_CODES[n % CITY_CODES.length]!;
    staff.push({
      username: `${agentPrefix}${String(n).padStart(width, "0")}`,
      name: "",
      role: "AGENT",
      orgCode,
      channel: CHANNELS[Math.floor(n / CITY_CODES.length) % CHANNELS.length],
      lead: orgCode.startsWith("HB") ? "lead_hb" : "lead",
      // A few agents have left the company: their customers become orphans (孤儿单).
      active: n % 37 !== 0,
    });
  }
  return staff;
}

export function orgRows(rng: Rng, createdAt: Date): TableRows["OrgUnit"][] {
  const ids = new Map<string, string>();
  return ORG_UNITS.map((o) => {
    const id = rng.uuid();
    ids.set(o.code, id);
    return {
      id,
      code: o.code,
      name: o.name,
      nameEn: o.nameEn,
      level: o.level,
      parentId: o.parent ? ids.get(o.parent)! : null,
      createdAt,
    };
  });
}

/**
 * User rows for `defs`; `orgIds` maps org codes and `known` maps existing usernames to ids (for
 * leads). Leads must come before their reports in `defs` or already exist.
 */
export function userRows(
  rng: Rng,
  names: NameBook,
  defs: readonly StaffDef[],
  orgIds: ReadonlyMap<string, string>,
  known: Map<string, string>,
  passwordHash: string,
  now: Date,
): TableRows["User"][] {
  return defs.map((u) => {
    const person = names.person(rng, rng.chance(0.5) ? "MALE" : "FEMALE", rng.int(1965, 1998));
    const id = rng.uuid();
    known.set(u.username, id);
    const role: Role = u.role;
    return {
      id,
      username: u.username,
      passwordHash,
      name: u.name || person.name,
      role,
      channel: u.channel ?? null,
      orgUnitId: orgIds.get(u.orgCode)!,
      leadId: u.lead ? (known.get(u.lead) ?? null) : null,
      active: u.active,
      deactivatedAt: u.active ? null : new Date(now.getTime() - rng.int(30, 400) * 86_400_000),
      phone: mobile(rng),
      email: `${u.username}@jinshan-insurance.cn`,
      createdAt: new Date(now.getTime() - rng.int(400, 3000) * 86_400_000),
      updatedAt: now,
    };
  });
}

/** Service-centre staff for a branch-scale archive, spread over the city units. */
export function extraService(count: number, firstNumber: number): StaffDef[] {
  return Array.from({ length: count }, (_, i) => {
    const orgCode = CITY_CODES[(firstNumber + i) % CITY_CODES.length]!;
    return {
      username: `svc${String(firstNumber + i).padStart(3, "0")}`,
      name: "",
      role: "SERVICE",
      orgCode,
      lead: orgCode.startsWith("HB") ? "lead_hb" : "lead",
      active: true,
    };
  });
}
