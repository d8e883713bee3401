// Messages are split per namespace (messages/<locale>/<namespace>.json) so that features own their
// strings. Add a namespace here when you add its two files.
export const NAMESPACES = [
  "app",
  "roles",
  "channels",
  "nav",
  "login",
  "home",
  "common",
  "errors",
  "enums",
  "classification",
  "customer360",
  "customerForm",
  "customerMerge",
  "classificationAdmin",
  "search",
  "customers",
  "kpi",
  "policies",
  "kpiTargets",
  "appraisal",
  "today",
  "visits",
  "renewals",
  "claims",
  "care",
  "analysis",
  "correctiveActions",
  "surveys",
  "tasks",
  "complaints",
  "notifications",
] as const;

export async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
