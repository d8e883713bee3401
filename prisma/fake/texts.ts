// Free-text snippets in the words staff actually write, by purpose.
import type { ComplaintCategory, ProductLine, RenewalOutcome } from "@/lib/generated/prisma/enums";

export const LIFE_SITUATION = {
  housing: ["有房", "有房有车", "租房居住", "与父母同住", "有两套住房", "住单位宿舍"],
  family: ["育有一子", "育有一女", "育有两个孩子", "暂无子女", "孩子已成年", "孙辈在读小学"],
  extra: ["经常出差", "热爱旅游", "赡养父母", "关注子女教育", "有创业计划", "注重养老规划", "关注健康管理"],
};

export const FAMILY_OCCUPATIONS = ["企业职员", "教师", "医生", "公务员", "个体经营", "退休", "自由职业", "工程师"];

export const CLAIM_DESCRIPTIONS: Record<ProductLine, readonly string[]> = {
  AUTO: [
    "追尾事故，后保险杠及尾灯受损",
    "停车场剐蹭，左前门漆面划伤",
    "雨天路滑与护栏碰撞",
    "倒车撞到立柱",
    "前挡风玻璃被飞石击裂",
    "暴雨导致车辆涉水熄火",
  ],
  HEALTH: [
    "急性阑尾炎住院手术",
    "肺炎住院治疗",
    "甲状腺结节手术",
    "确诊恶性肿瘤申请重疾给付",
    "骨折住院治疗",
    "心脏支架手术",
  ],
  ACCIDENT: [
    "下楼梯摔伤致右踝骨折",
    "骑车摔倒导致手臂骨折",
    "运动时韧带拉伤门诊治疗",
    "被宠物咬伤门诊治疗",
    "交通事故受伤住院",
  ],
  LIFE: ["被保险人身故申请理赔", "全残申请理赔"],
  PARTICIPATING: ["被保险人身故申请理赔"],
  ANNUITY: ["被保险人身故申请理赔"],
  EDUCATION: ["被保险人重疾申请豁免保费"],
  PROPERTY: [
    "楼上漏水导致室内墙面及地板受损",
    "家中被盗，笔记本电脑等财物丢失",
    "厨房起火，橱柜烧毁",
    "仓库进水货物受损",
  ],
};

export const CLAIM_STEP_NOTES = {
  REPORTED: ["客户电话报案", "客户通过APP报案", "业务员代为报案"],
  DOCUMENTS: ["已通知客户补充材料", "理赔材料已收齐", "收到医院发票及病历"],
  ASSESSING: ["查勘定损中", "医疗费用审核中", "已安排查勘员现场查勘"],
  APPROVED: ["核赔通过", "赔付金额已确认"],
  PAID: ["赔款已支付至客户账户"],
  REJECTED: ["不属于保险责任，拒赔", "等待期内出险，拒赔", "材料存在疑点，拒赔"],
  CLOSED: ["结案", "客户确认无异议，结案"],
} as const;

export const COMPLAINT_TEXTS: Record<
  ComplaintCategory,
  {
    description: readonly string[];
    request: readonly string[];
    rootCause: readonly string[];
    resolution: readonly string[];
  }
> = {
  SALES_MISLEADING: {
    description: [
      "客户称业务员销售时承诺分红收益固定，实际远低于预期",
      "客户称购买时未被告知退保损失",
      "客户称在银行办理存款时被推荐购买保险，误以为是理财产品",
    ],
    request: ["要求全额退保", "要求解释说明并赔偿损失"],
    rootCause: ["销售人员未充分说明产品风险", "银保渠道话术不规范"],
    resolution: ["经协商为客户办理全额退保", "重新讲解条款，客户接受继续持有", "对销售人员进行通报批评和培训"],
  },
  CLAIM_DISPUTE: {
    description: ["客户对定损金额有异议", "客户认为理赔时效过长", "客户对拒赔结论不认可"],
    request: ["要求重新定损", "要求尽快赔付", "要求书面解释拒赔原因"],
    rootCause: ["定损标准解释不到位", "理赔材料流转延误", "客户对条款免责部分理解有偏差"],
    resolution: ["重新查勘后调整赔付金额", "加急处理并已完成赔付", "出具书面说明，客户表示理解"],
  },
  SERVICE_ATTITUDE: {
    description: ["客户反映柜面人员态度冷淡", "客户称客服电话长时间无人接听", "客户反映业务员多次上门推销造成困扰"],
    request: ["要求道歉", "要求更换服务人员"],
    rootCause: ["服务人员沟通不当", "高峰期坐席不足"],
    resolution: ["当事人员已向客户致歉", "为客户更换服务人员", "增加高峰时段坐席"],
  },
  POLICY_ADMIN: {
    description: ["客户申请变更联系方式后仍收到旧地址信函", "保全变更处理超时", "客户未收到纸质保单"],
    request: ["要求尽快完成变更", "要求补发保单"],
    rootCause: ["保全系统数据未同步", "快递寄送遗失"],
    resolution: ["已完成信息变更并致歉", "已补发保单"],
  },
  PREMIUM_BILLING: {
    description: ["客户称保费被重复扣款", "客户对续期保费金额有疑问", "自动扣款失败导致保单失效"],
    request: ["要求退还多扣保费", "要求恢复保单效力"],
    rootCause: ["银行划款接口异常", "续期通知未及时送达"],
    resolution: ["已退还重复扣款", "为客户办理保单复效"],
  },
  PRODUCT_TERMS: {
    description: ["客户认为重疾定义过于严格", "客户对免赔额规定不理解", "客户对等待期规定有异议"],
    request: ["要求按其理解赔付", "要求解释条款"],
    rootCause: ["条款专业术语较多，客户理解困难"],
    resolution: ["逐条解释条款，客户表示理解", "反馈产品部门优化条款表述"],
  },
  OTHER: {
    description: ["客户反映营销短信过多", "客户对积分兑换规则有异议", "客户反映官网查询功能无法使用"],
    request: ["要求停止发送短信", "要求说明规则"],
    rootCause: ["短信发送频次控制不当", "系统故障"],
    resolution: ["已将客户加入免打扰名单", "系统已修复并告知客户"],
  },
};

export const CORRECTIVE_ACTIONS: Record<ComplaintCategory, string> = {
  SALES_MISLEADING: "开展销售合规专项培训并抽查银保网点话术",
  CLAIM_DISPUTE: "优化车险定损复核流程，增加二次复核",
  SERVICE_ATTITUDE: "柜面服务礼仪培训与神秘客户检查",
  POLICY_ADMIN: "保全数据同步问题排查与流程整改",
  PREMIUM_BILLING: "续期扣款失败提醒机制上线",
  PRODUCT_TERMS: "编写重点条款通俗解读材料",
  OTHER: "营销短信发送频次管控",
};

export const VISIT_TEXTS = {
  productUsage: [
    "了解保单责任，暂无疑问",
    "对保障内容清楚，已下载APP查询保单",
    "对分红水平有疑问，已解释",
    "询问附加险保障范围",
    "希望增加保额",
    "对续保价格较敏感",
  ],
  notes: [
    "客户态度友好",
    "客户工作繁忙，简短沟通",
    "客户提出家人也有投保需求",
    "客户表示满意",
    "客户对理赔速度有意见",
    "已提醒客户年检及违章查询服务",
  ],
  nextStep: [
    "续保前一个月电话联系",
    "节日上门拜访",
    "推荐家庭保障方案",
    "寄送健康讲座邀请",
    "邀请参加车主沙龙",
    "暂无",
  ],
};

export const RENEWAL_NOTES: Record<RenewalOutcome, readonly string[]> = {
  WILL_RENEW: ["客户确认续保，待出单", "客户同意续保，已报价", "老客户，续保意愿强"],
  WONT_RENEW: ["客户已在其他公司投保", "车辆已出售", "客户认为价格偏高，不再续保"],
  CONSIDERING: ["客户考虑中，比价后答复", "客户出差，下周再联系", "需与家人商量"],
};

export const COMMUNICATION_SUMMARIES = {
  CALL: ["电话提醒续保", "电话回访新单", "电话告知理赔进度", "电话邀请参加客户活动", "客户来电咨询保单贷款"],
  SMS: ["发送续保提醒短信", "发送生日祝福短信", "发送缴费成功通知", "发送节日问候"],
  WECHAT: ["微信发送保单电子版", "微信解答条款问题", "微信推送健康知识文章", "微信沟通理赔材料"],
  EMAIL: ["邮件发送年度保单报告", "邮件发送分红通知书", "邮件发送团险人员清单确认"],
  MEETING: ["上门拜访讲解家庭保障规划", "门店面谈续保方案", "参加车主沙龙活动", "健康讲座现场沟通"],
  LETTER: ["寄送保单年度报告", "寄送分红通知书", "寄送保单复效通知"],
} as const;

export const SURVEY_COMMENTS = [
  "服务很好，继续保持",
  "理赔速度可以再快一些",
  "业务员很专业",
  "希望手续更简便",
  "电话等待时间太长",
  "整体满意",
  "希望多一些线上服务",
  "价格偏高",
];

export const BLACKLIST_REASONS = [
  "投保前隐瞒既往病史，属逆选择，核保拒保",
  "多次可疑理赔，经调查存在骗保嫌疑",
  "伪造理赔材料，已移交反欺诈部门",
  "恶意拖欠保费并多次投诉骚扰",
];
