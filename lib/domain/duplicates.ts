// §2 duplicate detection on 身份证号 / mobile: which identifiers match, what the actor may see of an
// existing record, and which of two duplicates should survive a merge. Pure: the caller loads rows.

export type DuplicateField = "idNumber" | "mobile";

export interface DuplicateCandidate {
  id: string;
  customerNo: string;
  name: string;
  idNumber: string | null;
  mobile: string | null;
}

/** What the form shows: a link when the actor may open the record, otherwise only that it exists. */
export type DuplicateView =
  | { visible: true; id: string; customerNo: string; name: string; matchedOn: DuplicateField[] }
  | { visible: false; matchedOn: DuplicateField[] };

/** 身份证号 are compared upper-case (x → X) without spaces. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s/g, "").toUpperCase();
}

/** Mobiles are compared as bare digits (spaces, dashes and a +86 prefix removed). */
export function normalizeMobile(raw: string): string {
  const digits = raw.replace(/[\s\-()]/g, "");
  return digits.startsWith("+86") ? digits.slice(3) : digits;
}

export function matchedFields(
  probe: { idNumber: string | null; mobile: string | null },
  candidate: { idNumber: string | null; mobile: string | null },
): DuplicateField[] {
  const fields: DuplicateField[] = [];
  if (
    probe.idNumber &&
    candidate.idNumber &&
    normalizeIdNumber(probe.idNumber) === normalizeIdNumber(candidate.idNumber)
  )
    fields.push("idNumber");
  if (probe.mobile && candidate.mobile && normalizeMobile(probe.mobile) === normalizeMobile(candidate.mobile))
    fields.push("mobile");
  return fields;
}

/**
 * The duplicates of `probe` among `candidates`, records the actor may see first. A record outside
 * the actor's scope reveals nothing but the fact that it exists and which identifier matched.
 */
export function presentDuplicates(
  probe: { idNumber: string | null; mobile: string | null },
  candidates: readonly DuplicateCandidate[],
  visibleIds: ReadonlySet<string>,
): DuplicateView[] {
  const views: DuplicateView[] = [];
  for (const c of candidates) {
    const matchedOn = matchedFields(probe, c);
    if (matchedOn.length === 0) continue;
    views.push(
      visibleIds.has(c.id)
        ? { visible: true, id: c.id, customerNo: c.customerNo, name: c.name, matchedOn }
        : { visible: false, matchedOn },
    );
  }
  return views.sort((a, b) => Number(b.visible) - Number(a.visible));
}

export interface MergeCandidate {
  id: string;
  isInsured: boolean;
  policyCount: number;
  createdAt: Date;
}

/**
 * Which record of a duplicate pair should survive: the insured one, then the one with more policies,
 * then the older archive record (the later one is usually a re-entry by another channel).
 */
export function suggestMergeDirection<T extends MergeCandidate>(a: T, b: T): { source: T; target: T } {
  const score = (c: MergeCandidate) => [Number(c.isInsured), c.policyCount, -c.createdAt.getTime()];
  const [sa, sb] = [score(a), score(b)];
  for (let i = 0; i < sa.length; i++) {
    if (sa[i]! > sb[i]!) return { source: b, target: a };
    if (sa[i]! < sb[i]!) return { source: a, target: b };
  }
  return { source: b, target: a };
}
