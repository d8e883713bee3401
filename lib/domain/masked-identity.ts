// The facts a 身份证号 is built from are part of its masked identity. The mask keeps digits 1–3 and
// 15–18; digits 7–14 are the birth date and digits 1–6 the region, which 籍贯 usually names. With
// both in clear the check digit leaves a handful of candidates, so a viewer who may not reveal the
// number sees the age instead of the birth date and only the province of the native place.

/**
 * Completed years on `today` (both YYYY-MM-DD). Someone born on 29 February counts a year older on
 * 28 February of a common year, the day the care lists celebrate the birthday.
 */
export function ageInYears(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const birthday = birthDate.slice(5);
  const day = today.slice(5);
  const leapDayReached = birthday === "02-29" && day === "02-28" && !isLeapYear(Number(today.slice(0, 4)));
  return day < birthday && !leapDayReached ? years - 1 : years;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

// 河北省…, 内蒙古自治区…, 香港特别行政区…, and the four municipalities (北京市…).
const PROVINCE = /^(?:.{2,6}?(?:省|自治区|特别行政区)|(?:北京|天津|上海|重庆)市)/;

/**
 * 河北省保定市 → 河北省***: the province only, which the masked ID's first digits already tell.
 * A place that does not start with a province is hidden entirely.
 */
export function maskNativePlace(place: string): string {
  const province = PROVINCE.exec(place.trim())?.[0];
  return province ? `${province}***` : "***";
}

export type BirthView = {
  /** YYYY-MM-DD, or null when the viewer may not see it (or it is unknown). */
  birthDate: string | null;
  /** Completed years today; null when the birth date is unknown. */
  age: number | null;
};

/** What a viewer sees of a birth date: all of it when they may reveal the ID number, else the age. */
export function birthView(birthDate: string | null, today: string, mayReveal: boolean): BirthView {
  if (!birthDate) return { birthDate: null, age: null };
  return { birthDate: mayReveal ? birthDate : null, age: ageInYears(birthDate, today) };
}
