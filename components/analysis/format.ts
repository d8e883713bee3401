// Display of analysis figures in the viewer's locale ("—" when there is nothing to divide).
export function pct(value: number | null, locale: string): string {
  if (value === null || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
}

export function dec(value: number | null, locale: string, digits = 1): string {
  if (value === null || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function int(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
