// The product catalogue (§4): eight product lines, annual (renewable) and long-term products,
// premium and claim distributions. Premiums are yuan; amounts are rounded to whole yuan or 10s.
import type { Channel, PaymentFrequency, ProductLine } from "@/lib/generated/prisma/enums";
import { weighted, type Weighted } from "./rng";

export interface Product {
  key: string;
  line: ProductLine;
  names: readonly string[];
  /** One-year renewable cover (auto, accident, medical, property) or long-term. */
  annual: boolean;
  premiumMedian: number;
  premiumSpread: number;
  premiumMin: number;
  /** Sum insured as a multiple of the annual premium (auto uses fixed liability limits). */
  sumInsuredFactor: number;
  /** Probability of a claim per policy-year. */
  claimRate: number;
  claimMedian: number;
  /** Long-term cover length in years (whole life: until age 105). */
  termYears: readonly number[];
  /** Channels that sell it, by weight. */
  channels: Weighted<Channel>;
}

const ch = (i: number, b: number, g: number, t: number): Weighted<Channel> =>
  weighted<Channel>([
    ["INDIVIDUAL", i],
    ["BANCASSURANCE", b],
    ["GROUP", g],
    ["TELEMARKETING", t],
  ]);

export const PRODUCTS = {
  AUTO: {
    key: "AUTO",
    line: "AUTO",
    annual: true,
    names: ["机动车商业保险（含交强险）", "家庭自用汽车综合险", "车险全险套餐"],
    premiumMedian: 4800,
    premiumSpread: 0.4,
    premiumMin: 950,
    sumInsuredFactor: 0,
    claimRate: 0.18,
    claimMedian: 3500,
    termYears: [1],
    channels: ch(55, 0, 0, 45),
  },
  AUTO_NEV: {
    key: "AUTO_NEV",
    line: "AUTO",
    annual: true,
    names: ["新能源汽车商业保险", "新能源汽车综合险"],
    premiumMedian: 5600,
    premiumSpread: 0.35,
    premiumMin: 1200,
    sumInsuredFactor: 0,
    claimRate: 0.2,
    claimMedian: 4200,
    termYears: [1],
    channels: ch(55, 0, 0, 45),
  },
  MEDICAL: {
    key: "MEDICAL",
    line: "HEALTH",
    annual: true,
    names: ["金山百万医疗保险", "安心住院医疗保险", "惠民e生医疗保险"],
    premiumMedian: 800,
    premiumSpread: 0.6,
    premiumMin: 168,
    sumInsuredFactor: 2500,
    claimRate: 0.1,
    claimMedian: 6000,
    termYears: [1],
    channels: ch(50, 5, 0, 45),
  },
  CRITICAL: {
    key: "CRITICAL",
    line: "HEALTH",
    annual: false,
    names: ["金山安康重大疾病保险", "守护一生重疾险（2021版）", "少儿安心重疾保险"],
    premiumMedian: 6000,
    premiumSpread: 0.6,
    premiumMin: 1200,
    sumInsuredFactor: 60,
    claimRate: 0.008,
    claimMedian: 0,
    termYears: [30, 40, 105],
    channels: ch(80, 15, 0, 5),
  },
  ACCIDENT: {
    key: "ACCIDENT",
    line: "ACCIDENT",
    annual: true,
    names: ["综合意外伤害保险", "驾乘人员意外险", "交通工具意外险", "老年人意外伤害保险"],
    premiumMedian: 300,
    premiumSpread: 0.7,
    premiumMin: 50,
    sumInsuredFactor: 600,
    claimRate: 0.04,
    claimMedian: 3000,
    termYears: [1],
    channels: ch(50, 15, 0, 35),
  },
  LIFE: {
    key: "LIFE",
    line: "LIFE",
    annual: false,
    names: ["金山福寿终身寿险", "金山定期寿险（2024版）", "鑫享人生终身寿险"],
    premiumMedian: 8000,
    premiumSpread: 0.8,
    premiumMin: 1000,
    sumInsuredFactor: 25,
    claimRate: 0.002,
    claimMedian: 0,
    termYears: [20, 30, 105],
    channels: ch(70, 25, 0, 5),
  },
  PARTICIPATING: {
    key: "PARTICIPATING",
    line: "PARTICIPATING",
    annual: false,
    names: ["金山红利两全保险（分红型）", "鑫福年年分红型年金保险", "富贵满堂两全保险（分红型）"],
    premiumMedian: 20000,
    premiumSpread: 0.9,
    premiumMin: 3000,
    sumInsuredFactor: 5,
    claimRate: 0,
    claimMedian: 0,
    termYears: [10, 15, 20],
    channels: ch(35, 65, 0, 0),
  },
  ANNUITY: {
    key: "ANNUITY",
    line: "ANNUITY",
    annual: false,
    names: ["金山养老年金保险", "颐养天年年金保险", "个人税收递延型养老年金保险"],
    premiumMedian: 25000,
    premiumSpread: 0.9,
    premiumMin: 5000,
    sumInsuredFactor: 3,
    claimRate: 0,
    claimMedian: 0,
    termYears: [20, 25, 30],
    channels: ch(40, 60, 0, 0),
  },
  EDUCATION: {
    key: "EDUCATION",
    line: "EDUCATION",
    annual: false,
    names: ["金山少儿教育金保险", "状元红教育年金保险", "学业有成两全保险"],
    premiumMedian: 10000,
    premiumSpread: 0.6,
    premiumMin: 2000,
    sumInsuredFactor: 4,
    claimRate: 0,
    claimMedian: 0,
    termYears: [10, 15, 18],
    channels: ch(60, 40, 0, 0),
  },
  PROPERTY: {
    key: "PROPERTY",
    line: "PROPERTY",
    annual: true,
    names: ["家庭财产综合保险", "安居家财险", "房屋综合保险"],
    premiumMedian: 600,
    premiumSpread: 0.7,
    premiumMin: 100,
    sumInsuredFactor: 800,
    claimRate: 0.03,
    claimMedian: 8000,
    termYears: [1],
    channels: ch(60, 10, 0, 30),
  },
} as const satisfies Record<string, Product>;

export type ProductKey = keyof typeof PRODUCTS;

/** Products a corporate or group customer buys (premium is per insured head). */
export const GROUP_PRODUCTS = {
  GROUP_ACCIDENT: { line: "ACCIDENT", name: "团体意外伤害保险", perHead: 260, claimRate: 0.02, claimMedian: 4000 },
  GROUP_MEDICAL: { line: "HEALTH", name: "团体补充医疗保险", perHead: 1500, claimRate: 0.12, claimMedian: 3000 },
  GROUP_LIFE: { line: "LIFE", name: "团体定期寿险", perHead: 420, claimRate: 0.002, claimMedian: 100000 },
  CORP_PROPERTY: { line: "PROPERTY", name: "企业财产一切险", perHead: 0, claimRate: 0.05, claimMedian: 30000 },
} as const satisfies Record<
  string,
  { line: ProductLine; name: string; perHead: number; claimRate: number; claimMedian: number }
>;

export type GroupProductKey = keyof typeof GROUP_PRODUCTS;

/** What an ordinary individual holds, by weight. */
export const INDIVIDUAL_MIX = weighted<ProductKey>([
  ["AUTO", 28],
  ["AUTO_NEV", 6],
  ["MEDICAL", 10],
  ["CRITICAL", 9],
  ["ACCIDENT", 12],
  ["LIFE", 11],
  ["PARTICIPATING", 9],
  ["ANNUITY", 5],
  ["EDUCATION", 4],
  ["PROPERTY", 6],
]);

/** What a high-net-worth customer holds: more savings and protection products. */
export const WEALTHY_MIX = weighted<ProductKey>([
  ["AUTO", 12],
  ["AUTO_NEV", 5],
  ["MEDICAL", 6],
  ["CRITICAL", 10],
  ["LIFE", 18],
  ["PARTICIPATING", 22],
  ["ANNUITY", 17],
  ["EDUCATION", 5],
  ["PROPERTY", 5],
]);

export const LONG_TERM_FREQUENCY = weighted<PaymentFrequency>([
  ["ANNUAL", 60],
  ["SINGLE", 15],
  ["MONTHLY", 10],
  ["SEMI_ANNUAL", 8],
  ["QUARTERLY", 7],
]);

export const ANNUAL_FREQUENCY = weighted<PaymentFrequency>([
  ["ANNUAL", 80],
  ["SINGLE", 15],
  ["MONTHLY", 5],
]);

/** Third-party liability limits of commercial auto cover. */
export const AUTO_LIMITS = [1_000_000, 1_500_000, 2_000_000, 3_000_000] as const;

/** Two-letter product-line code used in policy numbers. */
export const LINE_CODES: Record<ProductLine, string> = {
  AUTO: "DA",
  LIFE: "LA",
  HEALTH: "HA",
  ACCIDENT: "AA",
  PARTICIPATING: "PA",
  ANNUITY: "NA",
  EDUCATION: "EA",
  PROPERTY: "QA",
};
