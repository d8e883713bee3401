// Customer profiles (§2 standard fields): individuals with their families, and corporate or group
// customers with their legal-entity data. Classification fields are filled in later.
import type { ProspectSource, ProspectStage } from "@/lib/domain/segments";
import type { CustomerKind, Gender, MaritalStatus } from "@/lib/generated/prisma/enums";
import { addYears, dayToDate, shanghaiInstant, yearOf, yearStart } from "./clock";
import type { CustomerDraft, PersonTraits } from "./drafts";
import { creditCode, email, idNumber, mobile } from "./identity";
import { birthRegion, homeAddress, landline, localRegionCode, workAddress } from "./places";
import { Rng, weighted } from "./rng";
import type { RowSink } from "./tables";
import { FAMILY_OCCUPATIONS, LIFE_SITUATION } from "./texts";
import { DEPARTMENTS, EDUCATION_BY_ERA, OCCUPATIONS, RETIRED, STUDENT, type Occupation } from "./work";
import type { CityUnit, Staff, World } from "./world";

export interface CustomerOptions {
  city: CityUnit;
  agent: Staff | null;
  formerAgent: Staff | null;
  sinceDay: number;
  prospect: ProspectStage | null;
  prospectSource: ProspectSource | null;
}

export interface PersonOptions extends CustomerOptions {
  kind: "INDIVIDUAL" | "HIGH_NET_WORTH";
  /** Insured employee of a corporate or group customer. */
  employer?: { draft: CustomerDraft; department: string };
}

const KIDS = weighted([
  [0, 15],
  [1, 45],
  [2, 35],
  [3, 5],
] as const);

const clampInt = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(n)));

function baseDraft(rng: Rng, world: World, kind: CustomerKind, name: string, o: CustomerOptions): CustomerDraft {
  const id = rng.uuid();
  const seq = ++world.seq.customer;
  const createdAt = new Date(shanghaiInstant(o.sinceDay, rng.int(8 * 60, 19 * 60)));
  return {
    id,
    row: {
      id,
      customerNo: `KH${o.city.num}${String(seq).padStart(9, "0")}`,
      kind,
      name,
      orgUnitId: o.city.id,
      agentId: o.agent?.id ?? null,
      prospectSource: o.prospectSource,
      isOrphan: o.agent === null,
      createdAt,
      updatedAt: world.clock.now,
    },
    city: o.city,
    agent: o.agent,
    formerAgent: o.formerAgent,
    person: null,
    mood: clampInt(rng.normal(76, 15), 5, 100),
    claimProneness: rng.logNormal(1, 0.5),
    wealthy: kind === "HIGH_NET_WORTH",
    prospect: o.prospect,
    sinceDay: o.sinceDay,
    policies: [],
    coveredBy: [],
    claims: [],
    complaints: [],
    surveyCsats: [],
    visitEvaluations: [],
    hasUpcomingAppointment: false,
    contactMs: [],
  };
}

function maritalStatus(rng: Rng, age: number): MaritalStatus {
  if (age < 25) return rng.chance(0.85) ? "SINGLE" : "MARRIED";
  if (age < 35) return rng.chance(0.62) ? "MARRIED" : rng.chance(0.9) ? "SINGLE" : "DIVORCED";
  if (age < 60) return rng.chance(0.85) ? "MARRIED" : rng.chance(0.55) ? "DIVORCED" : "SINGLE";
  return rng.chance(0.75) ? "MARRIED" : rng.chance(0.8) ? "WIDOWED" : "DIVORCED";
}

function occupationFor(rng: Rng, age: number, wealthy: boolean): Occupation {
  if (age >= 60 && rng.chance(0.7)) return RETIRED;
  if (age < 23 && rng.chance(0.5)) return STUDENT;
  for (let i = 0; i < 4; i++) {
    const o = rng.draw(OCCUPATIONS);
    if (!wealthy || o.highIncome) return o;
  }
  return rng.draw(OCCUPATIONS);
}

/** An individual or high-net-worth customer, with family members written to the sink. */
export function newPerson(rng: Rng, world: World, sink: RowSink, o: PersonOptions): CustomerDraft {
  const today = world.clock.todayDay;
  const wealthy = o.kind === "HIGH_NET_WORTH";
  const age = o.employer
    ? clampInt(rng.normal(36, 9), 21, 60)
    : wealthy
      ? clampInt(rng.normal(50, 9), 30, 75)
      : clampInt(rng.normal(43, 12), 20, 78);
  const gender: Gender = rng.chance(0.5) ? "MALE" : "FEMALE";
  const birthDay = yearStart(yearOf(today) - age - 1) + rng.int(0, 364);
  const birthYear = yearOf(birthDay);
  const surname = world.names.surname(rng);
  const person = world.names.person(rng, gender, birthYear, surname);
  const region = birthRegion(rng, o.city.profile);
  const occupation = o.employer ? OCCUPATIONS.values[1]! : occupationFor(rng, age, wealthy);
  const marital = maritalStatus(rng, age);
  const era = birthYear < 1970 ? "OLD" : birthYear < 1990 ? "MID" : "YOUNG";
  const draft = baseDraft(rng, world, o.kind, person.name, o);
  const city = o.city.profile;
  const employed = occupation.employed && occupation !== RETIRED && occupation !== STUDENT;
  const employer = o.employer?.draft.row;
  const company = employer
    ? null
    : employed
      ? rng.chance(0.7)
        ? world.companies.company(rng, city)
        : world.companies.institution(rng, city)
      : null;
  const holder = !o.employer;

  const row = draft.row;
  row.gender = gender;
  row.birthDate = dayToDate(birthDay);
  row.nativePlace = region.nativePlace;
  row.maritalStatus = marital;
  row.education = rng.draw(EDUCATION_BY_ERA[era]);
  row.idNumber = idNumber(rng, region.code, birthDay, gender);
  row.mobile = rng.chance(holder ? 0.97 : 0.3) ? mobile(rng) : null;
  row.occupationType = occupation.label;
  row.email = rng.chance(holder ? (era === "OLD" ? 0.25 : 0.6) : 0.1) ? email(rng, person.pinyin) : null;
  row.homePhone = holder && rng.chance(era === "OLD" ? 0.5 : 0.15) ? landline(rng, city) : null;
  row.homeAddress = holder || rng.chance(0.3) ? homeAddress(rng, city) : null;
  if (employer) {
    row.employer = employer.name;
    row.employerId = employer.id;
    row.department = o.employer!.department;
    row.workAddress = employer.workAddress ?? null;
    row.position = world.companies.position(rng, age);
  } else if (company) {
    row.employer = company.name;
    row.department = rng.pick(DEPARTMENTS);
    row.workAddress = workAddress(rng, city);
    row.position = world.companies.position(rng, age);
    row.workPhone = rng.chance(0.5) ? landline(rng, city) : null;
    row.fax = wealthy || (rng.chance(0.04) && row.position.includes("总")) ? landline(rng, city) : null;
  }

  const traits: PersonTraits = {
    gender,
    birthDay,
    age,
    pinyin: person.pinyin,
    occupation,
    married: marital === "MARRIED",
    children: [],
    spouse: null,
  };
  if (holder) family(rng, world, sink, draft, traits, surname.text);
  row.lifeSituation = holder ? lifeSituation(rng, traits) : null;
  row.contactable = Boolean(row.mobile || row.homePhone || row.email);
  draft.person = traits;
  draft.wealthy = wealthy || occupation.highIncome;
  return draft;
}

function lifeSituation(rng: Rng, t: PersonTraits): string {
  const parts = [t.married ? "已婚" : t.age > 60 ? "独居" : "未婚"];
  if (t.children.length > 0)
    parts.push(t.children.length > 1 ? "育有两个孩子" : rng.pick(LIFE_SITUATION.family.slice(0, 2)));
  parts.push(rng.pick(LIFE_SITUATION.housing));
  if (rng.chance(0.5)) parts.push(rng.pick(LIFE_SITUATION.extra));
  return parts.join("，");
}

/** 家眷情况: spouse, children and sometimes parents, consistent with age and marital status. */
function family(rng: Rng, world: World, sink: RowSink, draft: CustomerDraft, t: PersonTraits, surname: string): void {
  const add = (
    relation: string,
    name: string,
    gender: Gender,
    birthDay: number,
    occupation: string | null,
    phone: string | null,
  ) =>
    sink.add("FamilyMember", {
      id: rng.uuid(),
      customerId: draft.id,
      relation,
      name,
      gender,
      birthDate: dayToDate(birthDay),
      occupation,
      phone,
    });
  const year = yearOf(t.birthDay);
  let childSurname = surname;
  if (t.married && rng.chance(0.8)) {
    const gender: Gender = t.gender === "MALE" ? "FEMALE" : "MALE";
    const day = t.birthDay + rng.int(-4 * 365, 3 * 365);
    const spouse = world.names.person(rng, gender, yearOf(day));
    if (gender === "MALE") childSurname = [...spouse.name][0]!;
    t.spouse = spouse.name;
    const spouseAge = (world.clock.todayDay - day) / 365;
    add(
      "配偶",
      spouse.name,
      gender,
      day,
      spouseAge >= 60 ? "退休" : rng.pick(FAMILY_OCCUPATIONS.filter((o) => o !== "退休")),
      rng.chance(0.6) ? mobile(rng) : null,
    );
  }
  const kids = t.married || rng.chance(0.1) ? Math.min(3, t.age < 28 ? rng.int(0, 1) : rng.draw(KIDS)) : 0;
  for (let i = 0; i < kids; i++) {
    const day = addYears(t.birthDay, rng.int(24, 36)) + rng.int(0, 364);
    if (day >= world.clock.todayDay) continue;
    const gender: Gender = rng.chance(0.5) ? "MALE" : "FEMALE";
    const child = world.names.person(rng, gender, yearOf(day), { text: childSurname, pinyin: null });
    t.children.push(child.name);
    const childAge = (world.clock.todayDay - day) / 365;
    add(
      gender === "MALE" ? "儿子" : "女儿",
      child.name,
      gender,
      day,
      childAge > 23 ? rng.pick(FAMILY_OCCUPATIONS.slice(0, 5)) : childAge > 6 ? "学生" : null,
      null,
    );
  }
  if (t.age < 45 && rng.chance(0.3)) {
    const day = addYears(t.birthDay, -rng.int(24, 32));
    const father = rng.chance(0.5);
    const parent = father
      ? world.names.person(rng, "MALE", year - 28, { text: surname, pinyin: null })
      : world.names.person(rng, "FEMALE", year - 27);
    add(
      father ? "父亲" : "母亲",
      parent.name,
      father ? "MALE" : "FEMALE",
      day,
      "退休",
      rng.chance(0.4) ? mobile(rng) : null,
    );
  }
}

/** A corporate (法人) or group (团体) customer with its CorporateProfile; returns its headcount. */
export function newOrganisation(
  rng: Rng,
  world: World,
  sink: RowSink,
  kind: "CORPORATE" | "GROUP",
  o: CustomerOptions,
): { draft: CustomerDraft; headcount: number } {
  const city = o.city.profile;
  const org = kind === "CORPORATE" ? world.companies.company(rng, city) : world.companies.group(rng, city);
  const draft = baseDraft(rng, world, kind, org.name, o);
  const headcount = clampInt(rng.logNormal(kind === "CORPORATE" ? 60 : 35, 0.9), 8, 5000);
  const row = draft.row;
  row.workAddress = workAddress(rng, city);
  row.workPhone = landline(rng, city);
  row.fax = rng.chance(0.4) ? landline(rng, city) : null;
  row.email = rng.chance(0.5) ? `hr@jsc${world.seq.credit + 1}.com.cn` : null;
  row.contactable = true;
  const legalRep = world.names.person(rng, rng.chance(0.7) ? "MALE" : "FEMALE", rng.int(1960, 1985));
  const contact = world.names.person(rng, rng.chance(0.4) ? "MALE" : "FEMALE", rng.int(1975, 1998));
  sink.add("CorporateProfile", {
    customerId: draft.id,
    unifiedCreditCode: creditCode(
      ++world.seq.credit,
      localRegionCode(rng, city),
      kind === "CORPORATE" ? "91" : rng.pick(["12", "51"] as const),
    ),
    legalRepresentative: legalRep.name,
    industry: org.industry,
    registeredCapital:
      kind === "CORPORATE" ? (Math.round(rng.logNormal(5_000_000, 1.2) / 10_000) * 10_000).toFixed(2) : null,
    employeeCount: headcount,
    contactPerson: contact.name,
    contactPhone: mobile(rng),
  });
  draft.wealthy = true;
  return { draft, headcount };
}
