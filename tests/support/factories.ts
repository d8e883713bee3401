// Builders for integration tests: real rows in the test database, unique per call.
import bcrypt from "bcryptjs";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Channel, CustomerKind, OrgLevel, Role } from "@/lib/generated/prisma/enums";

const uid = () => randomUUID().slice(0, 8);

export async function makeOrgUnit(level: OrgLevel = "CITY", parentId?: string) {
  const code = `T-${uid()}`;
  return db.orgUnit.create({ data: { code, name: `测试机构 ${code}`, nameEn: `Test unit ${code}`, level, parentId } });
}

export async function makeUser(opts: {
  orgUnitId: string;
  role?: Role;
  channel?: Channel;
  password?: string;
  active?: boolean;
}) {
  const username = `u_${uid()}`;
  return db.user.create({
    data: {
      username,
      name: `测试用户 ${username}`,
      role: opts.role ?? "AGENT",
      channel: opts.channel ?? null,
      orgUnitId: opts.orgUnitId,
      // Cost 4 keeps tests fast; production hashes use cost 10.
      passwordHash: await bcrypt.hash(opts.password ?? "Secret#123", 4),
      active: opts.active ?? true,
      deactivatedAt: opts.active === false ? new Date() : null,
    },
  });
}

export async function makeCustomer(opts: { orgUnitId: string; agentId?: string | null; kind?: CustomerKind }) {
  const no = uid();
  return db.customer.create({
    data: {
      customerNo: `C${no}`,
      kind: opts.kind ?? "INDIVIDUAL",
      name: `客户${no}`,
      idNumber: "11010519491231002X",
      mobile: "13812345678",
      orgUnitId: opts.orgUnitId,
      agentId: opts.agentId ?? null,
      isOrphan: !opts.agentId,
    },
  });
}
