// Places: administrative region codes (first six digits of a resident ID and of a credit code),
// the branch's city units with real street names, landline area codes and plate prefixes.
import { Rng, weighted } from "./rng";

export interface Region {
  code: string;
  /** 籍贯 as written in the archive, e.g. 河北省保定市. */
  nativePlace: string;
}

function regions(raw: string): Region[] {
  return raw.split(" ").map((item) => {
    const [code, nativePlace] = item.split(":") as [string, string];
    return { code, nativePlace };
  });
}

const BEIJING = regions(
  "110101:北京市东城区 110102:北京市西城区 110105:北京市朝阳区 110106:北京市丰台区 110107:北京市石景山区 " +
    "110108:北京市海淀区 110109:北京市门头沟区 110111:北京市房山区 110112:北京市通州区 110113:北京市顺义区 " +
    "110114:北京市昌平区 110115:北京市大兴区",
);
const HEBEI = regions(
  "130102:河北省石家庄市 130104:河北省石家庄市 130105:河北省石家庄市 130108:河北省石家庄市 130202:河北省唐山市 " +
    "130302:河北省秦皇岛市 130402:河北省邯郸市 130602:河北省保定市 130702:河北省张家口市 131002:河北省廊坊市 " +
    "130802:河北省承德市 130902:河北省沧州市 131102:河北省衡水市 130502:河北省邢台市",
);
const ELSEWHERE = regions(
  "120101:天津市和平区 310101:上海市黄浦区 370102:山东省济南市 370202:山东省青岛市 410102:河南省郑州市 " +
    "140105:山西省太原市 150102:内蒙古自治区呼和浩特市 210102:辽宁省沈阳市 220102:吉林省长春市 " +
    "230102:黑龙江省哈尔滨市 320102:江苏省南京市 330102:浙江省杭州市 340102:安徽省合肥市 420102:湖北省武汉市 " +
    "430102:湖南省长沙市 440103:广东省广州市 500103:重庆市渝中区 510104:四川省成都市 610102:陕西省西安市 " +
    "620102:甘肃省兰州市 360102:江西省南昌市 350102:福建省福州市 450102:广西壮族自治区南宁市 " +
    "530102:云南省昆明市 520102:贵州省贵阳市 460105:海南省海口市",
);

export interface CityProfile {
  /** The org unit code this city belongs to. */
  orgCode: string;
  /** Address prefix, e.g. 北京市海淀区. */
  prefix: string;
  streets: readonly string[];
  communities: readonly string[];
  areaCode: string;
  platePrefixes: readonly string[];
  /** Where locals are born: the home province weighs most. */
  home: "BJ" | "HB";
}

const BJ_PLATES = ["京A", "京B", "京C", "京E", "京F", "京G", "京H", "京J", "京K", "京L", "京M", "京N", "京P", "京Q"];

export const CITIES: readonly CityProfile[] = [
  {
    orgCode: "BJ-HD",
    prefix: "北京市海淀区",
    streets: [
      "中关村大街",
      "学院路",
      "海淀大街",
      "知春路",
      "北四环西路",
      "苏州街",
      "万泉河路",
      "西三环北路",
      "清河中街",
      "上地十街",
      "魏公村路",
      "紫竹院路",
      "复兴路",
      "北太平庄路",
    ],
    communities: [
      "万柳华府",
      "世纪城",
      "当代城市家园",
      "枫丹丽舍",
      "双榆树小区",
      "紫金庄园",
      "知春里",
      "牡丹园小区",
      "西山壹号院",
      "华清嘉园",
      "锦秋知春",
      "蓝靛厂小区",
    ],
    areaCode: "010",
    platePrefixes: BJ_PLATES,
    home: "BJ",
  },
  {
    orgCode: "BJ-CY",
    prefix: "北京市朝阳区",
    streets: [
      "建国路",
      "朝阳北路",
      "东三环中路",
      "望京街",
      "光华路",
      "亮马桥路",
      "酒仙桥路",
      "劲松路",
      "潘家园路",
      "安立路",
      "北苑路",
      "团结湖路",
      "工体北路",
    ],
    communities: [
      "望京西园",
      "华贸公寓",
      "远洋天地",
      "富力城",
      "北辰绿色家园",
      "亚运村小区",
      "团结湖小区",
      "劲松小区",
      "观湖国际",
      "星河湾",
    ],
    areaCode: "010",
    platePrefixes: BJ_PLATES,
    home: "BJ",
  },
  {
    orgCode: "BJ-XC",
    prefix: "北京市西城区",
    streets: [
      "金融大街",
      "西单北大街",
      "月坛北街",
      "阜成门内大街",
      "德胜门外大街",
      "广安门内大街",
      "新街口外大街",
      "复兴门内大街",
      "宣武门外大街",
    ],
    communities: [
      "月坛北小街小区",
      "展览路小区",
      "三里河小区",
      "新街口小区",
      "白纸坊小区",
      "金融街融汇",
      "德胜里",
      "马连道小区",
    ],
    areaCode: "010",
    platePrefixes: BJ_PLATES,
    home: "BJ",
  },
  {
    orgCode: "HB-SJZ",
    prefix: "河北省石家庄市",
    streets: [
      "中山路",
      "建设大街",
      "裕华路",
      "槐安路",
      "和平路",
      "友谊大街",
      "体育大街",
      "胜利大街",
      "东风路",
      "北二环东路",
    ],
    communities: ["翰林观天下", "国际城", "富强小区", "荣景园", "天山海世界", "万科城", "卓达玫瑰园", "勒泰公寓"],
    areaCode: "0311",
    platePrefixes: ["冀A"],
    home: "HB",
  },
];

const BIRTHPLACE_SHARE = weighted([
  ["HOME", 55],
  ["NEIGHBOUR", 20],
  ["ELSEWHERE", 25],
] as const);

/** Where a customer of this city was born (region of the resident ID and 籍贯). */
export function birthRegion(rng: Rng, city: CityProfile): Region {
  const where = rng.draw(BIRTHPLACE_SHARE);
  const home = city.home === "BJ" ? BEIJING : HEBEI;
  const neighbour = city.home === "BJ" ? HEBEI : BEIJING;
  if (where === "HOME") return rng.pick(home);
  if (where === "NEIGHBOUR") return rng.pick(neighbour);
  return rng.pick(ELSEWHERE);
}

/** Region code of the city's own district (for credit codes of local companies). */
export function localRegionCode(rng: Rng, city: CityProfile): string {
  if (city.home === "HB") return rng.pick(["130102", "130104", "130105", "130108"]);
  return city.orgCode === "BJ-HD" ? "110108" : city.orgCode === "BJ-CY" ? "110105" : "110102";
}

export function homeAddress(rng: Rng, city: CityProfile): string {
  const floor = rng.int(1, 28);
  return (
    `${city.prefix}${rng.pick(city.streets)}${rng.int(1, 199)}号${rng.pick(city.communities)}` +
    `${rng.int(1, 30)}号楼${rng.int(1, 6)}单元${floor}${String(rng.int(1, 6)).padStart(2, "0")}室`
  );
}

const TOWERS = ["科技大厦", "国际大厦", "金融中心", "商务中心", "创业大厦", "写字楼", "产业园"];

export function workAddress(rng: Rng, city: CityProfile): string {
  return `${city.prefix}${rng.pick(city.streets)}${rng.int(1, 399)}号${rng.pick(TOWERS)}${rng.int(1, 32)}层`;
}

/** Landline in the city, e.g. 010-62345678 or 0311-85234567. */
export function landline(rng: Rng, city: CityProfile): string {
  return `${city.areaCode}-${rng.pick(["5", "6", "8"])}${rng.digits(7)}`;
}
