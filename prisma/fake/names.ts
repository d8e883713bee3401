// Chinese personal and company names. Surnames follow their real frequency; given names follow the
// fashion of the birth decade (建国 for the 1950s, 子轩 for the 2010s). Faker's zh_CN names, which are
// modern, feed the pool for people born from 1990 on.
import type { Faker } from "@faker-js/faker";
import { Rng, weighted, type Weighted } from "./rng";

export interface PersonName {
  name: string;
  /** Pinyin of surname + given name when known, for e-mail addresses. */
  pinyin: string | null;
}

// "surname:pinyin:weight" — the 100 commonest surnames cover ~85% of the population.
const SURNAMES_RAW =
  "王:wang:71 李:li:70 张:zhang:67 刘:liu:54 陈:chen:45 杨:yang:31 黄:huang:22 赵:zhao:20 吴:wu:20 " +
  "周:zhou:19 徐:xu:13 孙:sun:13 马:ma:11 朱:zhu:11 胡:hu:10 郭:guo:10 何:he:9 高:gao:9 林:lin:9 " +
  "罗:luo:8 郑:zheng:8 梁:liang:7 谢:xie:6 宋:song:6 唐:tang:5 许:xu:5 韩:han:5 冯:feng:5 邓:deng:5 " +
  "曹:cao:5 彭:peng:4 曾:zeng:4 肖:xiao:4 田:tian:4 董:dong:4 袁:yuan:4 潘:pan:3 于:yu:3 蒋:jiang:3 " +
  "蔡:cai:3 余:yu:3 杜:du:3 叶:ye:3 程:cheng:3 苏:su:3 魏:wei:3 吕:lv:3 丁:ding:3 任:ren:3 沈:shen:3 " +
  "姚:yao:2 卢:lu:2 姜:jiang:2 崔:cui:2 钟:zhong:2 谭:tan:2 陆:lu:2 汪:wang:2 范:fan:2 金:jin:2 " +
  "石:shi:2 廖:liao:2 贾:jia:2 夏:xia:2 韦:wei:2 付:fu:2 方:fang:2 白:bai:2 邹:zou:2 孟:meng:2 " +
  "熊:xiong:2 秦:qin:2 邱:qiu:2 江:jiang:2 尹:yin:2 薛:xue:2 闫:yan:2 段:duan:2 雷:lei:2 侯:hou:2 " +
  "龙:long:2 史:shi:2 陶:tao:1 黎:li:1 贺:he:1 顾:gu:1 毛:mao:1 郝:hao:1 龚:gong:1 邵:shao:1 " +
  "万:wan:1 钱:qian:1 严:yan:1 武:wu:1 戴:dai:1 莫:mo:1 孔:kong:1 向:xiang:1 常:chang:1 " +
  "欧阳:ouyang:0.5 司马:sima:0.1 诸葛:zhuge:0.05 上官:shangguan:0.05";

type Era = "OLD" | "MID" | "YOUNG";
type Sex = "MALE" | "FEMALE";

// "given:pinyin" per sex and birth era (OLD < 1970 ≤ MID < 1990 ≤ YOUNG).
const GIVEN_RAW: Record<Sex, Record<Era, string>> = {
  MALE: {
    OLD:
      "建国:jianguo 国强:guoqiang 建华:jianhua 志强:zhiqiang 国庆:guoqing 建军:jianjun 振华:zhenhua " +
      "德明:deming 卫东:weidong 长林:changlin 福生:fusheng 宝山:baoshan 永刚:yonggang 学军:xuejun " +
      "建平:jianping 立新:lixin 文斌:wenbin 树林:shulin 金山:jinshan 洪涛:hongtao 刚:gang 勇:yong " +
      "军:jun 强:qiang 平:ping 明:ming 林:lin 斌:bin 华:hua 忠:zhong",
    MID:
      "伟:wei 磊:lei 涛:tao 超:chao 鹏:peng 亮:liang 杰:jie 浩:hao 宇:yu 辉:hui 峰:feng 刚:gang " +
      "海涛:haitao 志刚:zhigang 晓东:xiaodong 建伟:jianwei 文杰:wenjie 国栋:guodong 俊杰:junjie " +
      "志伟:zhiwei 晓明:xiaoming 鹏飞:pengfei 海波:haibo 春雷:chunlei 振宇:zhenyu 立伟:liwei " +
      "东升:dongsheng 旭:xu 健:jian 凯:kai",
    YOUNG:
      "浩然:haoran 子轩:zixuan 宇航:yuhang 俊豪:junhao 博文:bowen 一鸣:yiming 皓轩:haoxuan " +
      "天佑:tianyou 子豪:zihao 思远:siyuan 宇轩:yuxuan 浩宇:haoyu 明轩:mingxuan 晨阳:chenyang " +
      "家豪:jiahao 铭泽:mingze 睿:rui 昊:hao 博:bo 航:hang",
  },
  FEMALE: {
    OLD:
      "秀英:xiuying 桂兰:guilan 玉兰:yulan 秀兰:xiulan 凤英:fengying 淑珍:shuzhen 桂英:guiying " +
      "玉珍:yuzhen 丽华:lihua 秀珍:xiuzhen 淑英:shuying 玉梅:yumei 红梅:hongmei 建英:jianying " +
      "素芬:sufen 美兰:meilan 丽:li 芳:fang 英:ying 华:hua 萍:ping 琴:qin",
    MID:
      "丽:li 静:jing 敏:min 燕:yan 艳:yan 娟:juan 霞:xia 婷:ting 芳:fang 洁:jie 丽娟:lijuan " +
      "海燕:haiyan 晓燕:xiaoyan 雪梅:xuemei 红霞:hongxia 晓丽:xiaoli 丹:dan 颖:ying 慧:hui 佳:jia " +
      "晓红:xiaohong 春燕:chunyan 倩:qian 莉:li",
    YOUNG:
      "欣怡:xinyi 梓涵:zihan 子涵:zihan 诗涵:shihan 雨桐:yutong 可馨:kexin 一诺:yinuo 思琪:siqi " +
      "佳怡:jiayi 梦瑶:mengyao 雨欣:yuxin 紫萱:zixuan 语嫣:yuyan 欣妍:xinyan 若汐:ruoxi 雅琪:yaqi " +
      "婉清:wanqing 悦:yue 琳:lin 瑶:yao",
  },
};

type Entry = { text: string; pinyin: string | null };

function parsePairs(raw: string): Entry[] {
  return raw.split(" ").map((item) => {
    const [text, pinyin] = item.split(":") as [string, string];
    return { text, pinyin };
  });
}

const SURNAMES: Weighted<Entry> = weighted(
  SURNAMES_RAW.split(" ").map((item) => {
    const [text, pinyin, w] = item.split(":") as [string, string, string];
    return [{ text, pinyin }, Number(w)] as const;
  }),
);

function eraOf(birthYear: number): Era {
  if (birthYear < 1970) return "OLD";
  if (birthYear < 1990) return "MID";
  return "YOUNG";
}

/** Name generator: curated lists plus a faker-built pool of modern given names. */
export class NameBook {
  private readonly given: Record<Sex, Record<Era, Entry[]>>;

  constructor(faker: Faker) {
    const pool = (sex: "male" | "female"): Entry[] =>
      Array.from({ length: 300 }, () => ({ text: faker.person.firstName(sex), pinyin: null }));
    const build = (sex: Sex, fakerSex: "male" | "female") => ({
      OLD: parsePairs(GIVEN_RAW[sex].OLD),
      MID: parsePairs(GIVEN_RAW[sex].MID),
      YOUNG: [...parsePairs(GIVEN_RAW[sex].YOUNG), ...pool(fakerSex)],
    });
    this.given = { MALE: build("MALE", "male"), FEMALE: build("FEMALE", "female") };
  }

  surname(rng: Rng): Entry {
    return rng.draw(SURNAMES);
  }

  person(rng: Rng, sex: Sex, birthYear: number, surname: Entry = this.surname(rng)): PersonName {
    const given = rng.pick(this.given[sex][eraOf(birthYear)]);
    const pinyin = given.pinyin && surname.pinyin ? surname.pinyin + given.pinyin : null;
    return { name: surname.text + given.text, pinyin };
  }
}
