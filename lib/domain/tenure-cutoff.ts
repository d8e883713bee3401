// §3.9 tenure as a date bound, so the list filter runs in SQL on Customer.firstPurchaseAt and agrees
// with tenureStatus() in ./classification (anniversary-based; 29 February → 28 February).

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The latest first-purchase date (YYYY-MM-DD) of a 老客户 on `today`: a customer whose first
 * purchase is on or before it is long-standing, after it new. Full years count, so a fractional
 * `newCustomerYears` (e.g. 1.5) needs the next whole anniversary, as tenureStatus() does.
 */
export function longStandingCutoff(today: string, newCustomerYears: number): string {
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const y = ty - Math.ceil(newCustomerYears);
  // A purchase on 29 February has its anniversary on 28 February of a common year.
  if (tm === 2 && td === 28 && !isLeapYear(ty) && isLeapYear(y)) return `${y}-02-29`;
  // No 29 February in year y: the last day before the anniversary that has passed is the 28th.
  if (tm === 2 && td === 29 && !isLeapYear(y)) return `${y}-02-28`;
  return `${y}-${pad(tm)}-${pad(td)}`;
}
