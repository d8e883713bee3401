// The acting user as every data-access function receives it: identity, role and data scope.
import type { Channel, Role } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";

export type Actor = {
  id: string;
  username: string;
  name: string;
  role: Role;
  channel: Channel | null;
  orgUnitId: string;
  /** The actor's org unit and every unit below it. */
  orgUnitIds: string[];
};

export class ForbiddenError extends Error {
  constructor(public readonly permission: Permission) {
    super(`forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError(permission);
}
