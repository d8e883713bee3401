// Work and social data of the archive (§2): occupations, employers, departments, positions,
// education, and company names for corporate customers and employers.
import type { Faker } from "@faker-js/faker";
import type { CityProfile } from "./places";
import { Rng, weighted, type Weighted } from "./rng";

export interface Occupation {
  /** 职业类型 as stored, with the insurer's risk class. */
  label: string;
  highIncome: boolean;
  employed: boolean;
}

const occ = (label: string, highIncome = false, employed = true): Occupation => ({ label, highIncome, employed });

export const OCCUPATIONS: Weighted<Occupation> = weighted([
  [occ("企业管理人员（1类）", true), 10],
  [occ("专业技术人员（1类）"), 16],
  [occ("公务员（1类）"), 6],
  [occ("教师（1类）"), 6],
  [occ("医护人员（2类）"), 5],
  [occ("办事人员（1类）"), 14],
  [occ("商业服务人员（2类）"), 10],
  [occ("金融从业人员（1类）", true), 4],
  [occ("私营企业主（2类）", true), 5],
  [occ("个体工商户（2类）", false, false), 6],
  [occ("驾驶员（4类）"), 4],
  [occ("生产制造工人（3类）"), 6],
  [occ("自由职业者（2类）", false, false), 4],
]);

export const RETIRED: Occupation = occ("退休人员（1类）", false, false);
export const STUDENT: Occupation = occ("学生（1类）", false, false);

export const DEPARTMENTS = [
  "财务部",
  "人力资源部",
  "市场部",
  "销售部",
  "技术部",
  "研发中心",
  "行政部",
  "客服中心",
  "生产部",
  "采购部",
  "法务部",
  "总经理办公室",
  "运营部",
  "质量管理部",
];

export const POSITIONS = {
  junior: ["职员", "专员", "助理", "技术员", "销售代表", "会计"],
  senior: ["主管", "经理", "高级工程师", "项目经理", "部门经理"],
  top: ["总监", "副总经理", "总经理", "董事长"],
} as const;

export const INDUSTRIES = [
  "信息技术",
  "建筑业",
  "批发和零售业",
  "制造业",
  "交通运输和仓储",
  "教育",
  "医疗卫生",
  "金融业",
  "房地产业",
  "住宿和餐饮业",
  "文化传媒",
  "租赁和商务服务",
  "科学研究和技术服务",
];

// Company-name industry words, aligned by index with INDUSTRIES where it matters for realism.
const INDUSTRY_WORDS = [
  "科技",
  "建筑工程",
  "商贸",
  "机械制造",
  "物流",
  "教育咨询",
  "医疗器械",
  "投资管理",
  "房地产开发",
  "餐饮管理",
  "文化传媒",
  "商务服务",
  "生物技术",
];

const BRANDS = [
  "华信",
  "中科",
  "金桥",
  "恒通",
  "博远",
  "鼎盛",
  "瑞丰",
  "天成",
  "宏达",
  "嘉禾",
  "永安",
  "新华创",
  "东方",
  "盛世",
  "联创",
  "汇通",
  "正元",
  "海纳",
  "润泽",
  "京华",
];

const SUFFIXES = weighted([
  ["有限公司", 70],
  ["股份有限公司", 15],
  ["有限责任公司", 15],
] as const);

export const EDUCATION_BY_ERA = {
  OLD: weighted([
    ["初中", 30],
    ["高中/中专", 35],
    ["大专", 18],
    ["本科", 14],
    ["硕士研究生", 3],
  ] as const),
  MID: weighted([
    ["初中", 8],
    ["高中/中专", 22],
    ["大专", 27],
    ["本科", 33],
    ["硕士研究生", 9],
    ["博士研究生", 1],
  ] as const),
  YOUNG: weighted([
    ["高中/中专", 10],
    ["大专", 25],
    ["本科", 45],
    ["硕士研究生", 17],
    ["博士研究生", 3],
  ] as const),
};

export interface Company {
  name: string;
  industry: string;
}

/** Company names: city + brand (curated, or a modern two-character word from faker) + trade + form. */
export class CompanyBook {
  private readonly brands: string[];

  constructor(faker: Faker) {
    const fakerBrands = Array.from({ length: 200 }, () => faker.person.firstName()).filter((w) => w.length === 2);
    this.brands = [...BRANDS, ...fakerBrands];
  }

  company(rng: Rng, city: CityProfile): Company {
    const i = rng.int(0, INDUSTRY_WORDS.length - 1);
    const place = city.home === "BJ" ? rng.pick(["北京", "北京", "北京市", "中关村"]) : rng.pick(["石家庄", "河北"]);
    return {
      name: `${place}${rng.pick(this.brands)}${INDUSTRY_WORDS[i]!}${rng.draw(SUFFIXES)}`,
      industry: INDUSTRIES[i]!,
    };
  }

  /** Public employers (schools, hospitals, offices) named after the district. */
  institution(rng: Rng, city: CityProfile): Company {
    const district = city.prefix.replace(/^北京市|^河北省/, "");
    return rng.pick([
      { name: `${district}第${rng.int(1, 80)}中学`, industry: "教育" },
      { name: `${district}人民医院`, industry: "医疗卫生" },
      { name: `${district}中医医院`, industry: "医疗卫生" },
      { name: `${district}税务局`, industry: "公共管理" },
      { name: `${district}实验小学`, industry: "教育" },
      { name: `${district}街道办事处`, industry: "公共管理" },
    ]);
  }

  /** A 团体 (group) customer: an association, school or residents' scheme. */
  group(rng: Rng, city: CityProfile): Company {
    const district = city.prefix.replace(/^北京市|^河北省/, "");
    return rng.pick([
      {
        name: `${district}${rng.pick(["个体劳动者协会", "律师协会", "出租汽车行业协会", "老年大学"])}`,
        industry: "社会组织",
      },
      { name: `${district}第${rng.int(1, 80)}中学教职工`, industry: "教育" },
      { name: `${rng.pick(this.brands)}${rng.pick(["商会", "校友会", "业主委员会"])}`, industry: "社会组织" },
    ]);
  }

  position(rng: Rng, age: number): string {
    if (age > 45 && rng.chance(0.25)) return rng.pick(POSITIONS.top);
    if (age > 32 && rng.chance(0.45)) return rng.pick(POSITIONS.senior);
    return rng.pick(POSITIONS.junior);
  }
}
