// Money display: zh-CN users read large amounts in 万 (10,000 yuan); English users in k/M.
export function formatYuan(amount: number, locale: string): string {
  if (locale.startsWith("zh")) {
    if (Math.abs(amount) >= 10_000) {
      const wan = amount / 10_000;
      return `¥${wan.toLocaleString("zh-CN", { maximumFractionDigits: wan >= 1000 ? 0 : 1 })}万`;
    }
    return `¥${amount.toLocaleString("zh-CN", { maximumFractionDigits: 2 })}`;
  }
  return new Intl.NumberFormat("en", {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    notation: Math.abs(amount) >= 100_000 ? "compact" : "standard",
    // Currency formats default to two decimals; compact amounts drop trailing zeros (¥123K, ¥1.23M).
    minimumFractionDigits: 0,
    maximumFractionDigits: Math.abs(amount) >= 100_000 ? 2 : 0,
  }).format(amount);
}
