import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it } from "vitest";
import { reasonText, type Translate } from "@/components/customers/reason-text";
import { loadMessages } from "@/i18n/messages";
import {
  classificationReasons,
  type Dimension,
  type ExplainedClassification,
  type ReasonInput,
  type ReasonPolicy,
} from "@/lib/domain/classification-reasons";
import { defaultConfig } from "@/lib/domain/config";

const TODAY = "2026-06-15";

function policy(p: Partial<ReasonPolicy>): ReasonPolicy {
  return {
    policyNo: "P-1",
    startDate: "2025-09-01",
    endDate: "2026-12-31",
    status: "IN_FORCE",
    channel: "INDIVIDUAL",
    annualPremiumFen: 500_000,
    paymentFrequency: "ANNUAL",
    isRenewal: false,
    renewalOutcome: null,
    statusChangedOn: null,
    ...p,
  };
}

function input(over: Partial<ReasonInput> = {}, customer: Partial<ReasonInput["customer"]> = {}): ReasonInput {
  return {
    today: TODAY,
    config: defaultConfig,
    agentName: "刘洋",
    policies: [policy({})],
    coveredBy: [],
    latestClaimOn: null,
    upcomingAppointmentOn: null,
    ...over,
    customer: {
      kind: "INDIVIDUAL",
      mobile: "13812345678",
      homePhone: null,
      email: null,
      prospectSource: null,
      isInsured: true,
      channel: "INDIVIDUAL",
      isOrphan: false,
      contactable: true,
      activity: "ACTIVE",
      touchpoints: [],
      lifecycleStage: "CLOSED",
      vipTier: "NONE",
      annualPremiumYuan: 5_000,
      firstPurchaseAt: "2025-09-01",
      lastPurchaseAt: "2025-09-01",
      satisfactionScore: null,
      loyaltyScore: 10,
      satLoyalty: null,
      abilityScore: 30,
      willingnessScore: 60,
      abilityWill: "MAINTAIN",
      ...customer,
    },
  };
}

const of = (list: ExplainedClassification[], d: Dimension) => list.find((c) => c.dimension === d)!;

let zh: Translate;
let en: Translate;
beforeAll(async () => {
  const strict = (locale: string, messages: Record<string, unknown>): Translate => {
    const t = createTranslator({
      locale,
      messages,
      onError: (e) => {
        throw e;
      },
    });
    return (key, values) => t(key as never, values as never);
  };
  zh = strict("zh-CN", await loadMessages("zh-CN"));
  en = strict("en", await loadMessages("en"));
});

const texts = (c: ExplainedClassification, t: Translate, locale: string) =>
  c.reasons.map((r) => reasonText(r, t, locale));

describe("classificationReasons", () => {
  it("explains every §3.1–§3.11 classification in SPEC order", () => {
    expect(classificationReasons(input()).map((c) => c.section)).toEqual([
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
      "3.7",
      "3.8",
      "3.9",
      "3.10",
      "3.11",
    ]);
  });

  it("says a dormant customer's last purchase date and the threshold", () => {
    const activity = of(
      classificationReasons(input({}, { activity: "DORMANT", lastPurchaseAt: "2021-03-02" })),
      "activity",
    );
    expect(activity.values).toEqual(["enums.ActivityStatus.DORMANT"]);
    expect(activity.recomputed).toBeUndefined();
    expect(texts(activity, zh, "zh-CN")).toEqual(["最近一次购买 2021-03-02，距今 5 年，已满 3 年"]);
    expect(texts(activity, en, "en")).toEqual(["Last purchase 2021-03-02, 5 years ago — 3 years or more"]);
  });

  it("explains semi-dormancy on the exact first anniversary", () => {
    const activity = of(
      classificationReasons(input({}, { activity: "SEMI_DORMANT", lastPurchaseAt: "2025-06-15" })),
      "activity",
    );
    expect(texts(activity, zh, "zh-CN")).toEqual(["最近一次购买 2025-06-15，已满 1 年、不足 3 年"]);
  });

  it("reports today's value when the stored one is out of date", () => {
    // Stored as active, but the first anniversary of the last purchase is today.
    const activity = of(
      classificationReasons(input({}, { activity: "ACTIVE", lastPurchaseAt: "2025-06-15" })),
      "activity",
    );
    expect(activity.values).toEqual(["enums.ActivityStatus.ACTIVE"]);
    expect(activity.recomputed).toEqual(["enums.ActivityStatus.SEMI_DORMANT"]);
  });

  it("compares the annual premium with the tier reached and the next one", () => {
    const vip = of(classificationReasons(input({}, { vipTier: "PLATINUM", annualPremiumYuan: 123_000 })), "vipTier");
    expect(vip.recomputed).toBeUndefined();
    expect(texts(vip, zh, "zh-CN")).toEqual(["年交保费 ¥12.3万 ≥ 白金卡门槛 ¥10万", "距钻石卡门槛 ¥15万 还差 ¥2.7万"]);
    expect(texts(vip, en, "en")[0]).toBe("Annual premium ¥123K ≥ Platinum threshold ¥100K");
  });

  it("says how far a standard customer is from Gold, and flags a tier that no longer matches", () => {
    const vip = of(classificationReasons(input({}, { vipTier: "GOLD", annualPremiumYuan: 49_999.99 })), "vipTier");
    expect(vip.reasons.map((r) => r.key)).toEqual(["classification.vip.below"]);
    expect(vip.recomputed).toEqual(["enums.VipTier.NONE"]);
    const supreme = of(classificationReasons(input({}, { vipTier: "SUPREME", annualPremiumYuan: 200_000 })), "vipTier");
    expect(supreme.reasons.map((r) => r.key)).toEqual(["classification.vip.reached"]);
  });

  it("backs every touchpoint with its fact", () => {
    const list = classificationReasons(
      input(
        {
          policies: [
            policy({ policyNo: "P-EXP", endDate: "2026-08-01" }),
            policy({ policyNo: "P-LAP", status: "LAPSED", endDate: "2040-01-01" }),
          ],
          latestClaimOn: "2026-01-10",
          upcomingAppointmentOn: "2026-06-20",
        },
        { touchpoints: ["MATURITY", "LAPSED", "CLAIM", "APPOINTMENT"] },
      ),
    );
    const tp = of(list, "touchpoints");
    expect(tp.recomputed).toBeUndefined();
    expect(texts(tp, zh, "zh-CN")).toEqual([
      "满期：保单 P-EXP 将于 2026-08-01 到期",
      "失效：保单 P-LAP 已失效",
      "理赔：2026-01-10 报案，近 12 个月内有理赔",
      "预约：已预约 2026-06-20 回访",
    ]);
  });

  it("marks a stored touchpoint that no longer applies and one that newly applies", () => {
    const tp = of(
      classificationReasons(
        input({ latestClaimOn: "2025-06-15", upcomingAppointmentOn: "2026-06-20" }, { touchpoints: ["CLAIM"] }),
      ),
      "touchpoints",
    );
    expect(tp.reasons.map((r) => r.key)).toEqual([
      "classification.touchpoints.lapsedSinceClassified",
      "classification.touchpoints.appointment",
    ]);
    expect(tp.recomputed).toEqual(["enums.Touchpoint.APPOINTMENT"]);
  });

  it("explains lifecycle: loyal from 3 years and 2 renewals, churned without cover in force", () => {
    const loyalPolicies = [
      policy({ startDate: "2023-06-15", endDate: "2024-06-14", status: "MATURED" }),
      policy({ startDate: "2024-06-15", endDate: "2025-06-14", status: "MATURED", isRenewal: true }),
      policy({ startDate: "2025-06-15", endDate: "2026-12-14", isRenewal: true }),
    ];
    const loyal = of(
      classificationReasons(input({ policies: loyalPolicies }, { lifecycleStage: "LOYAL" })),
      "lifecycle",
    );
    expect(loyal.recomputed).toBeUndefined();
    expect(texts(loyal, zh, "zh-CN")).toEqual(["客户 3 年（≥ 3 年），续保/加保 2 次（≥ 2 次）"]);

    const oneDayShort = loyalPolicies.map((p, i) => (i === 0 ? { ...p, startDate: "2023-06-16" } : p));
    const closed = of(
      classificationReasons(input({ policies: oneDayShort }, { lifecycleStage: "LOYAL" })),
      "lifecycle",
    );
    expect(closed.recomputed).toEqual(["enums.LifecycleStage.CLOSED"]);

    const churned = of(
      classificationReasons(input({ policies: [policy({ status: "SURRENDERED" })] }, { lifecycleStage: "CHURNED" })),
      "lifecycle",
    );
    expect(texts(churned, zh, "zh-CN")).toEqual(["1 份保单均已不在有效期（满期、失效或退保）"]);
  });

  it("explains a prospect: not insured, source, no channel, no activity, no tenure", () => {
    const list = classificationReasons(
      input(
        { policies: [], agentName: null },
        {
          isInsured: false,
          prospectSource: "REFERRAL",
          lifecycleStage: "TARGET",
          channel: null,
          activity: null,
          firstPurchaseAt: null,
          lastPurchaseAt: null,
          loyaltyScore: null,
        },
      ),
    );
    expect(texts(of(list, "insured"), zh, "zh-CN")).toEqual(["尚无保单；来源：转介绍"]);
    expect(of(list, "insured").values).toEqual(["classification.values.prospect"]);
    expect(of(list, "channel").values).toEqual([]);
    expect(texts(of(list, "servicing"), zh, "zh-CN")).toEqual(["尚未分配业务员"]);
    expect(of(list, "activity").reasons[0]!.key).toBe("classification.activity.none");
    expect(of(list, "tenure").values).toEqual([]);
    expect(of(list, "lifecycle").recomputed).toBeUndefined();
    expect(of(list, "satLoyalty").reasons[0]!.key).toBe("classification.satLoyalty.noSatisfaction");
  });

  it("names the channel of the latest purchase and the servicing agent or orphan status", () => {
    const list = classificationReasons(
      input(
        {
          agentName: null,
          policies: [
            policy({ policyNo: "P-OLD", startDate: "2019-01-01", channel: "INDIVIDUAL" }),
            policy({ policyNo: "P-NEW", startDate: "2024-03-01", channel: "BANCASSURANCE" }),
          ],
        },
        { channel: "BANCASSURANCE", isOrphan: true },
      ),
    );
    expect(texts(of(list, "channel"), zh, "zh-CN")).toEqual(["最近一次投保（2024-03-01，保单 P-NEW）来自银保渠道"]);
    expect(of(list, "servicing").values).toEqual(["classification.values.orphan"]);
    expect(of(list, "servicing").recomputed).toBeUndefined();
    const served = of(classificationReasons(input()), "servicing");
    expect(texts(served, zh, "zh-CN")).toEqual(["服务业务员：刘洋"]);
  });

  it("lists the ways to reach a customer, and an employee insured only through the group policy", () => {
    const list = classificationReasons(
      input(
        { policies: [], coveredBy: [policy({ policyNo: "G-1", channel: "GROUP" })] },
        { email: "a@b.cn", homePhone: "01062345678", channel: "GROUP" },
      ),
    );
    expect(texts(of(list, "contactability"), zh, "zh-CN")).toEqual(["可通过手机、住宅电话和电子邮件联系"]);
    expect(texts(of(list, "contactability"), en, "en")).toEqual(["Reachable by mobile, home phone, and e-mail"]);
    expect(texts(of(list, "insured"), zh, "zh-CN")).toEqual(["作为被保险人由团体保单 G-1 承保"]);
    const none = of(classificationReasons(input({}, { mobile: null, contactable: true })), "contactability");
    expect(none.recomputed).toEqual(["classification.values.notContactable"]);
  });

  it("gives tenure from the first purchase", () => {
    const tenure = (first: string) => of(classificationReasons(input({}, { firstPurchaseAt: first })), "tenure");
    expect(tenure("2025-06-16").values).toEqual(["classification.values.tenureNEW"]);
    expect(texts(tenure("2019-03-01"), zh, "zh-CN")).toEqual(["首次购买 2019-03-01，已是 7 年的客户（≥ 1 年）"]);
  });

  it("places the quadrants with their scores, 50 counting as high", () => {
    const list = classificationReasons(
      input(
        {},
        {
          satisfactionScore: 50,
          loyaltyScore: 49,
          satLoyalty: "HIGH_SAT_LOW_LOYALTY",
          abilityScore: 49,
          willingnessScore: 50,
          abilityWill: "MAINTAIN",
        },
      ),
    );
    const sat = of(list, "satLoyalty");
    expect(sat.recomputed).toBeUndefined();
    expect(texts(sat, zh, "zh-CN")).toEqual([
      "满意度 50（高，≥ 50），忠诚度 49（低，< 50）",
      "满意但不忠诚：与竞品无差异，需要差异化服务",
    ]);
    const aw = of(list, "abilityWill");
    expect(aw.recomputed).toBeUndefined();
    expect(texts(aw, en, "en")[0]).toBe("Ability 49 (low, < 50), willingness 50 (high, ≥ 50)");
  });

  it("produces only message keys that exist in both languages", () => {
    const variants = [
      input(),
      input({ policies: [], agentName: null }, { isInsured: false, lifecycleStage: "POTENTIAL", lastPurchaseAt: null }),
      input({}, { satisfactionScore: 80, loyaltyScore: 80, kind: "CORPORATE", mobile: null }),
      input({ policies: [policy({ status: "MATURED", endDate: "2026-01-01" })] }, { touchpoints: ["LAPSED"] }),
    ];
    for (const v of variants)
      for (const c of classificationReasons(v)) {
        for (const t of [zh, en]) {
          for (const key of [...c.values, ...(c.recomputed ?? [])]) expect(t(key)).not.toBe(key);
          for (const r of c.reasons) expect(() => reasonText(r, t, "en")).not.toThrow();
        }
      }
  });
});
