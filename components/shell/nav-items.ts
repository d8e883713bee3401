import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { key: string; href: string; ready: boolean };

// Each role's navigation (SPEC §1). `ready: false` items are features still being built:
// shown greyed out so users see what is coming, but not linked.
const ITEMS: Record<Role, NavItem[]> = {
  AGENT: [
    { key: "today", href: "/", ready: true },
    { key: "customers", href: "/customers", ready: true },
    { key: "renewals", href: "/renewals", ready: true },
    { key: "visits", href: "/visits", ready: true },
    { key: "claims", href: "/claims", ready: true },
    { key: "care", href: "/care", ready: true },
    { key: "myFigures", href: "/cockpit", ready: true },
  ],
  SERVICE: [
    { key: "home", href: "/", ready: true },
    { key: "complaints", href: "/complaints", ready: true },
    { key: "customers", href: "/customers", ready: true },
    { key: "visits", href: "/visits", ready: true },
    { key: "surveys", href: "/surveys", ready: true },
    { key: "claims", href: "/claims", ready: true },
    { key: "care", href: "/care", ready: true },
    { key: "tasks", href: "/tasks", ready: true },
    { key: "correctiveActions", href: "/complaints/actions", ready: true },
  ],
  SERVICE_LEAD: [
    { key: "home", href: "/", ready: true },
    { key: "complaints", href: "/complaints", ready: true },
    { key: "analysis", href: "/complaints/analysis", ready: true },
    { key: "correctiveActions", href: "/complaints/actions", ready: true },
    { key: "customers", href: "/customers", ready: true },
    { key: "claims", href: "/claims", ready: true },
    { key: "care", href: "/care", ready: true },
    { key: "allocation", href: "/allocation", ready: false },
    { key: "renewals", href: "/renewals", ready: true },
    { key: "surveys", href: "/surveys", ready: true },
    { key: "tasks", href: "/tasks", ready: true },
    { key: "cockpit", href: "/cockpit", ready: true },
    { key: "appraisal", href: "/appraisal", ready: true },
  ],
  MANAGER: [
    { key: "home", href: "/", ready: true },
    { key: "cockpit", href: "/cockpit", ready: true },
    { key: "appraisal", href: "/appraisal", ready: true },
    { key: "complaints", href: "/complaints", ready: true },
    { key: "analysis", href: "/complaints/analysis", ready: true },
    { key: "correctiveActions", href: "/complaints/actions", ready: true },
    { key: "customers", href: "/customers", ready: true },
  ],
  ADMIN: [
    { key: "home", href: "/", ready: true },
    { key: "users", href: "/admin/users", ready: false },
    { key: "settings", href: "/admin/settings", ready: false },
    { key: "classification", href: "/admin/classification", ready: true },
    { key: "audit", href: "/admin/audit", ready: false },
  ],
};

export function navItems(role: Role): NavItem[] {
  return ITEMS[role];
}
