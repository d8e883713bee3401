// FormData → the plain object a zod schema reads, and the values a refused form shows again.

/** Every submitted field; a name used more than once (checkbox groups) becomes an array. */
export function formEntries(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue; // React's own fields ($ACTION_ID …)
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length === 0) continue;
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/** What the user typed, for the form to show again; secrets are never sent back. */
export function submittedValues(form: FormData): Record<string, string | string[]> {
  const values = formEntries(form);
  for (const key of Object.keys(values)) if (/password|secret|token/i.test(key)) delete values[key];
  return values;
}
