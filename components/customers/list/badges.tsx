import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ActivityStatus, VipTier } from "@/lib/generated/prisma/enums";

const VIP_TONES: Record<VipTier, BadgeTone> = {
  NONE: "slate",
  GOLD: "amber",
  PLATINUM: "blue",
  DIAMOND: "violet",
  SUPREME: "brand",
};

const ACTIVITY_TONES: Record<ActivityStatus, BadgeTone> = {
  ACTIVE: "green",
  SEMI_DORMANT: "amber",
  DORMANT: "slate",
};

/** Tag colours as ADMIN picks them, mapped onto the badge palette. */
const TAG_TONES: Record<string, BadgeTone> = {
  amber: "amber",
  emerald: "green",
  green: "green",
  sky: "blue",
  blue: "blue",
  rose: "red",
  red: "red",
  pink: "red",
  violet: "violet",
  purple: "violet",
};

export function VipBadge({ tier, label }: { tier: VipTier; label: string }) {
  if (tier === "NONE") return <span className="text-xs text-slate-400">{label}</span>;
  return <Badge tone={VIP_TONES[tier]}>{label}</Badge>;
}

export function ActivityBadge({ activity, label }: { activity: ActivityStatus | null; label: string | null }) {
  if (!activity || !label) return <span className="text-slate-300">—</span>;
  return <Badge tone={ACTIVITY_TONES[activity]}>{label}</Badge>;
}

export function TagBadge({ color, label }: { color: string; label: string }) {
  return <Badge tone={TAG_TONES[color] ?? "slate"}>{label}</Badge>;
}
