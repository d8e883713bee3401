// Everything a customer generator needs to know about the branch: org units, staff by city and
// channel, reference ids (templates, tags, fields), configuration, today, and document counters.
// Loaded from the database so the large generator can reuse what the seed created.
import { fakerZH_CN } from "@faker-js/faker";
import { resolveConfig, type AppConfig } from "@/lib/domain/config";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Channel, QuestionType, Role, SurveyTrigger } from "@/lib/generated/prisma/enums";
import type { Clock } from "./clock";
import { NameBook } from "./names";
import { CITIES, type CityProfile } from "./places";
import { TAGS, type TagKey } from "./reference";
import { CompanyBook } from "./work";

export interface Staff {
  id: string;
  username: string;
  role: Role;
  channel: Channel | null;
  orgUnitId: string;
  active: boolean;
}

export interface CityUnit {
  id: string;
  code: string;
  /** Two digits used in document numbers. */
  num: string;
  profile: CityProfile;
  provinceId: string;
  headId: string;
  agents: Staff[];
  agentsByChannel: Record<Channel, Staff[]>;
  /** Deactivated agents: their former customers are orphans. */
  formerAgents: Staff[];
  /** Service-centre staff who handle claims, complaints and phone visits here. */
  service: Staff[];
  lead: Staff;
}

export interface TemplateRef {
  id: string;
  questions: { id: string; type: QuestionType; options: string[] }[];
}

/** Running numbers for customer, policy, claim, complaint numbers and credit codes. */
export interface Sequences {
  customer: number;
  policy: number;
  claim: number;
  complaint: number;
  credit: number;
}

export interface World {
  clock: Clock;
  config: AppConfig;
  cities: CityUnit[];
  cityByCode: Map<string, CityUnit>;
  managerId: string;
  templates: Map<SurveyTrigger, TemplateRef>;
  tagIds: Record<TagKey, string>;
  fieldIds: { hobby: string; hasCar: string };
  names: NameBook;
  companies: CompanyBook;
  seq: Sequences;
}

const CITY_NUMS: Record<string, string> = { "BJ-HD": "11", "BJ-CY": "12", "BJ-XC": "13", "HB-SJZ": "21" };

/** Name and company books built from faker with a fixed seed (deterministic). */
export function makeBooks(seed: number): { names: NameBook; companies: CompanyBook } {
  fakerZH_CN.seed(seed);
  return { names: new NameBook(fakerZH_CN), companies: new CompanyBook(fakerZH_CN) };
}

export async function loadWorld(db: PrismaClient, clock: Clock, seed: number, seq: Sequences): Promise<World> {
  const [units, users, templates, tags, fields, settings] = await Promise.all([
    db.orgUnit.findMany(),
    db.user.findMany({
      select: { id: true, username: true, role: true, channel: true, orgUnitId: true, active: true },
    }),
    db.surveyTemplate.findMany({ where: { active: true }, include: { questions: { orderBy: { position: "asc" } } } }),
    db.tag.findMany(),
    db.classificationField.findMany(),
    db.setting.findMany(),
  ]);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const head = units.find((u) => u.level === "HEAD");
  if (!head) throw new Error("No head office (OrgUnit level HEAD): run the seed or let the generator create the org");

  const cities: CityUnit[] = CITIES.map((profile) => {
    const unit = unitByCode.get(profile.orgCode);
    if (!unit?.parentId) throw new Error(`Org unit ${profile.orgCode} is missing`);
    const here = users.filter((u) => u.orgUnitId === unit.id);
    const inProvince = users.filter((u) => u.orgUnitId === unit.parentId);
    const agents = here.filter((u) => u.role === "AGENT" && u.active);
    const byChannel = (c: Channel) => agents.filter((a) => a.channel === c);
    const lead = inProvince.find((u) => u.role === "SERVICE_LEAD");
    if (!lead || agents.length === 0) throw new Error(`Org unit ${profile.orgCode} needs a lead and agents`);
    const service = [...here, ...inProvince].filter((u) => u.role === "SERVICE" && u.active);
    return {
      id: unit.id,
      code: unit.code,
      num: CITY_NUMS[unit.code] ?? "99",
      profile,
      provinceId: unit.parentId,
      headId: head.id,
      agents,
      agentsByChannel: {
        INDIVIDUAL: byChannel("INDIVIDUAL"),
        BANCASSURANCE: byChannel("BANCASSURANCE"),
        GROUP: byChannel("GROUP"),
        TELEMARKETING: byChannel("TELEMARKETING"),
      },
      formerAgents: here.filter((u) => u.role === "AGENT" && !u.active),
      service: service.length > 0 ? service : [lead],
      lead,
    };
  });

  const manager = users.find((u) => u.role === "MANAGER") ?? users.find((u) => u.role === "ADMIN");
  if (!manager) throw new Error("No manager or admin user");
  const tagIdByName = new Map(tags.map((t) => [t.name, t.id]));
  const fieldIdByKey = new Map(fields.map((f) => [f.key, f.id]));
  const tagIds = Object.fromEntries(TAGS.map((t) => [t.key, tagIdByName.get(t.name) ?? ""])) as Record<TagKey, string>;

  return {
    clock,
    config: resolveConfig(Object.fromEntries(settings.map((s) => [s.key, s.value]))),
    cities,
    cityByCode: new Map(cities.map((c) => [c.code, c])),
    managerId: manager.id,
    templates: new Map(
      templates
        .filter((t) => t.trigger !== null)
        .map((t) => [
          t.trigger!,
          { id: t.id, questions: t.questions.map((q) => ({ id: q.id, type: q.type, options: q.options })) },
        ]),
    ),
    tagIds,
    fieldIds: { hobby: fieldIdByKey.get("hobby") ?? "", hasCar: fieldIdByKey.get("hasCar") ?? "" },
    ...makeBooks(seed),
    seq,
  };
}
