import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Customer360 } from "@/lib/data/customers/360";
import type { SensitiveField } from "@/lib/domain/customer-profile";
import { formatYuan } from "@/lib/domain/money";
import { RevealField } from "../reveal-field";
import { DetailList, Section } from "./section";

/** All §2 standard fields; identifiers and phones masked with a reveal button where permitted. */
export async function ProfileSection({ data }: { data: Customer360 }) {
  const t = await getTranslations();
  const c = data.customer;
  const p = (key: string, values?: Record<string, number>) => t(`customer360.profile.${key}`, values);
  const reveal = (field: SensitiveField) => {
    const masked = c[field];
    return masked ? (
      <RevealField customerId={c.id} field={field} masked={masked} canReveal={data.canReveal} label={p(field)} />
    ) : null;
  };
  const employer = [c.employer, c.department].filter(Boolean).join(" · ");
  // A company has no gender, birth date or ID card: its empty personal fields are left out.
  const organisation = c.kind === "CORPORATE" || c.kind === "GROUP";
  return (
    <Section id="profile" title={t("customer360.sections.profile")}>
      <DetailList
        items={[
          { label: p("customerNo"), value: <span className="font-mono text-xs">{c.customerNo}</span> },
          { label: p("kind"), value: t(`enums.CustomerKind.${c.kind}`) },
          { label: p("gender"), value: c.gender && t(`enums.Gender.${c.gender}`), personal: true },
          {
            label: p(c.birthDate === null && c.age !== null ? "age" : "birthDate"),
            value: c.birthDate ?? (c.age !== null ? p("ageValue", { age: c.age }) : null),
            personal: true,
          },
          { label: p("nativePlace"), value: c.nativePlace, personal: true },
          {
            label: p("maritalStatus"),
            value: c.maritalStatus && t(`enums.MaritalStatus.${c.maritalStatus}`),
            personal: true,
          },
          { label: p("education"), value: c.education, personal: true },
          { label: p("occupationType"), value: c.occupationType, personal: true },
          { label: p("idNumber"), value: reveal("idNumber"), wide: true, personal: true },
          { label: p("mobile"), value: reveal("mobile") },
          { label: p("email"), value: c.email },
          {
            label: p("employer"),
            value: c.employerCustomer ? (
              <Link href={`/customers/${c.employerCustomer.id}`} className="text-brand-700 hover:underline">
                {employer || c.employerCustomer.name}
              </Link>
            ) : (
              employer
            ),
            wide: true,
            personal: true,
          },
          { label: p("position"), value: c.position, personal: true },
          { label: p("workPhone"), value: reveal("workPhone") },
          { label: p("workAddress"), value: c.workAddress, wide: true },
          { label: p("homePhone"), value: reveal("homePhone"), personal: true },
          { label: p("fax"), value: reveal("fax") },
          { label: p("homeAddress"), value: c.homeAddress, wide: true, personal: true },
          { label: p("lifeSituation"), value: c.lifeSituation, wide: true, personal: true },
          {
            label: p("prospectSource"),
            value: c.prospectSource && t(`enums.ProspectSource.${c.prospectSource}`),
          },
        ].filter((item) => !(organisation && item.personal && !item.value))}
      />
    </Section>
  );
}

/** 家眷情况 */
export async function FamilySection({ data }: { data: Customer360 }) {
  const t = await getTranslations();
  if (data.family.length === 0) return null;
  return (
    <Section id="family" title={t("customer360.sections.family")} count={String(data.family.length)} flush>
      <ul className="divide-y divide-slate-100">
        {data.family.map((f) => (
          <li key={f.id} className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2">
            <span>
              <span className="font-medium">{f.name}</span>
              <span className="ml-2 text-xs text-slate-500">{f.relation}</span>
            </span>
            <span className="text-xs text-slate-500">
              {[f.gender && t(`enums.Gender.${f.gender}`), f.birthDate, f.occupation, f.phone]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Legal-entity data and insured employees of a corporate or group customer. */
export async function CorporateSection({ data }: { data: Customer360 }) {
  const [t, locale] = await Promise.all([getTranslations("customer360"), getLocale()]);
  const corp = data.corporate;
  const { items, total } = data.employees;
  if (!corp && total === 0 && data.customer.kind !== "CORPORATE" && data.customer.kind !== "GROUP") return null;
  return (
    <Section id="corporate" title={t("sections.corporate")}>
      {corp ? (
        <DetailList
          items={[
            { label: t("corporate.unifiedCreditCode"), value: corp.unifiedCreditCode, wide: true },
            { label: t("corporate.legalRepresentative"), value: corp.legalRepresentative },
            { label: t("corporate.industry"), value: corp.industry },
            {
              label: t("corporate.registeredCapital"),
              value: corp.registeredCapital !== null ? formatYuan(corp.registeredCapital, locale) : null,
            },
            { label: t("corporate.employeeCount"), value: corp.employeeCount },
            { label: t("corporate.contactPerson"), value: corp.contactPerson },
            { label: t("corporate.contactPhone"), value: corp.contactPhone },
          ]}
        />
      ) : (
        <p className="text-slate-500">{t("corporate.none")}</p>
      )}
      <h3 className="mt-4 mb-1 text-xs font-medium text-slate-500">
        {t("corporate.employees", { count: total })}
        {total > items.length && <span className="ml-1">{t("corporate.firstN", { count: items.length })}</span>}
      </h3>
      {items.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5">
          {items.map((e) => (
            <li key={e.id}>
              <Link
                href={`/customers/${e.id}`}
                className="inline-block rounded border border-slate-200 px-2 py-0.5 hover:border-brand-500 hover:text-brand-700"
              >
                {e.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-500">{t("corporate.noEmployees")}</p>
      )}
    </Section>
  );
}

const TAG_TONES: Record<string, BadgeTone> = {
  slate: "slate",
  gray: "slate",
  amber: "amber",
  yellow: "amber",
  orange: "amber",
  red: "red",
  pink: "red",
  rose: "red",
  green: "green",
  emerald: "green",
  blue: "blue",
  sky: "blue",
  violet: "violet",
  purple: "violet",
  brand: "brand",
};

/** Tags and the ADMIN-defined classification fields (个性化客户分类). */
export async function TagsSection({ data }: { data: Customer360 }) {
  const [t, locale] = await Promise.all([getTranslations("customer360"), getLocale()]);
  const zh = locale.startsWith("zh");
  const value = (f: Customer360["fields"][number]) =>
    f.type === "BOOLEAN" ? t(f.value === "true" ? "fields.yes" : "fields.no") : f.value;
  return (
    <Section id="tags" title={t("sections.tags")}>
      {data.tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("sections.tags")}>
          {data.tags.map((tag) => (
            <li key={tag.id}>
              <Badge tone={TAG_TONES[tag.color] ?? "slate"}>{zh ? tag.name : (tag.nameEn ?? tag.name)}</Badge>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-500">{t("tags.none")}</p>
      )}
      {data.fields.length > 0 && (
        <div className="mt-3">
          <DetailList
            items={data.fields.map((f) => ({ label: zh ? f.label : (f.labelEn ?? f.label), value: value(f) }))}
          />
        </div>
      )}
    </Section>
  );
}
