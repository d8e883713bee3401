// Role → allowed actions (SPEC §1). Every data-access function checks one of these on the server.
import type { Role } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  "customer.read",
  "customer.create",
  "customer.update",
  "customer.reveal",
  "customer.merge",
  "customer.export",
  "customer.allocate",
  "blacklist.manage",
  "policy.read",
  "renewal.update",
  "renewal.assign",
  "claim.read",
  "claim.update",
  "visit.read",
  "visit.log",
  "complaint.read",
  "complaint.register",
  "complaint.handle",
  "complaint.assign",
  "complaint.analyse",
  "correctiveAction.manage",
  "survey.read",
  "survey.record",
  "survey.manage",
  "task.read",
  "task.update",
  "kpi.read",
  "kpi.target.set",
  "appraisal.read",
  "admin.users",
  "admin.config",
  "admin.tags",
  "audit.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const agent: Permission[] = [
  "customer.read",
  "customer.create",
  "customer.update",
  "customer.reveal",
  "policy.read",
  "renewal.update",
  "claim.read",
  "visit.read",
  "visit.log",
  "complaint.read",
  "complaint.register",
  "survey.read",
  "kpi.read",
];

const service: Permission[] = [
  "customer.read",
  "customer.create",
  "customer.update",
  "customer.reveal",
  "customer.export",
  "policy.read",
  "renewal.update",
  "claim.read",
  "claim.update",
  "visit.read",
  "visit.log",
  "complaint.read",
  "complaint.register",
  "complaint.handle",
  "survey.read",
  "survey.record",
  "task.read",
  "task.update",
];

const serviceLead: Permission[] = [
  ...service,
  "customer.merge",
  "customer.allocate",
  "blacklist.manage",
  "renewal.assign",
  "complaint.assign",
  "complaint.analyse",
  "correctiveAction.manage",
  "survey.manage",
  "kpi.read",
  "appraisal.read",
];

/** Managers read everything in their subtree but change no records (except KPI targets). */
const manager: Permission[] = [
  "customer.read",
  "customer.export",
  "policy.read",
  "claim.read",
  "visit.read",
  "complaint.read",
  "complaint.analyse",
  "survey.read",
  "task.read",
  "kpi.read",
  "kpi.target.set",
  "appraisal.read",
];

const admin: Permission[] = ["admin.users", "admin.config", "admin.tags", "audit.read", "kpi.read", "kpi.target.set"];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  AGENT: new Set(agent),
  SERVICE: new Set(service),
  SERVICE_LEAD: new Set(serviceLead),
  MANAGER: new Set(manager),
  ADMIN: new Set(admin),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
