// Creates the reference data — org, users, tags, fields, survey templates, settings, holidays —
// that customers hang off. Used by the seed (on an empty database) and by the large generator
// (only what is missing).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_USERS } from "../demo-users";
import type { Clock } from "./clock";
import type { NameBook } from "./names";
import { ORG_UNITS, orgRows, userRows, type StaffDef } from "./org";
import { fieldRows, holidayRows, settingRows, tagRows, templateRows } from "./reference";
import { Rng } from "./rng";
import { ArraySink } from "./tables";

/** Reference rows for an empty database: the org, the demo users plus `staff`, and configuration. */
export function referenceRows(
  rng: Rng,
  names: NameBook,
  clock: Clock,
  passwordHash: string,
  staff: readonly StaffDef[],
): ArraySink {
  const sink = new ArraySink();
  const orgs = orgRows(rng, new Date(clock.nowMs - 3650 * 86_400_000));
  orgs.forEach((o) => sink.add("OrgUnit", o));
  const orgIds = new Map(orgs.map((o) => [o.code, o.id!]));
  // Leads first, so reports can point at them.
  const defs = [...DEMO_USERS, ...staff].sort((a, b) => rank(a) - rank(b));
  for (const u of userRows(rng, names, defs, orgIds, new Map(), passwordHash, clock.now)) sink.add("User", u);
  tagRows(rng).forEach((t) => sink.add("Tag", t));
  fieldRows(rng).forEach((f) => sink.add("ClassificationField", f));
  const { templates, questions } = templateRows(rng);
  templates.forEach((t) => sink.add("SurveyTemplate", t));
  questions.forEach((q) => sink.add("SurveyQuestion", q));
  settingRows(clock.now).forEach((s) => sink.add("Setting", s));
  holidayRows().forEach((h) => sink.add("Holiday", h));
  return sink;
}

function rank(u: StaffDef): number {
  return u.role === "SERVICE_LEAD" || u.role === "MANAGER" || u.role === "ADMIN" ? 0 : 1;
}

/** True when the org units the generators rely on all exist. */
export async function hasOrg(db: PrismaClient): Promise<boolean> {
  const count = await db.orgUnit.count({ where: { code: { in: ORG_UNITS.map((o) => o.code) } } });
  return count === ORG_UNITS.length;
}
