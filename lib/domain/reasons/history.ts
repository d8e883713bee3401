// §3.5–§3.7 and §3.9: activity, touchpoints, lifecycle and tenure — the classes time moves.
import { activityStatus, fullYearsBetween, tenureStatus, type ActivityStatus } from "../classification";
import { addDays } from "../dates";
import {
  EXPIRY_WINDOW_DAYS,
  lifecycleStage,
  LOYAL_MIN_REPEATS,
  LOYAL_MIN_YEARS,
  touchpoints,
  type LifecycleStage,
  type ProspectStage,
  type Touchpoint,
} from "../segments";
import {
  covering,
  enumKey,
  explained,
  label,
  NS,
  PROSPECT_STAGES,
  type ExplainedClassification,
  type Reason,
  type ReasonInput,
} from "./shared";

export function activity(i: ReasonInput): ExplainedClassification {
  const { lastPurchaseAt, activity: stored } = i.customer;
  const { semiDormant, dormant } = i.config.dormancyYears;
  const today = activityStatus(lastPurchaseAt, i.today, i.config.dormancyYears);
  const value = (a: ActivityStatus | null) => (a ? [enumKey("ActivityStatus", a)] : []);
  const reason: Reason =
    lastPurchaseAt && today
      ? {
          key: `${NS}.activity.${today}`,
          params: { date: lastPurchaseAt, years: fullYearsBetween(lastPurchaseAt, i.today), semiDormant, dormant },
        }
      : { key: `${NS}.activity.none` };
  return explained("activity", "3.5", value(stored), [reason], value(today));
}

/** The fact behind one touchpoint as of today, or null when the touchpoint does not apply. */
export function touchpointReason(tp: Touchpoint, i: ReasonInput): Reason | null {
  const all = [...i.policies, ...i.coveredBy];
  const yearAgo = addDays(i.today, -365);
  const windowEnd = addDays(i.today, EXPIRY_WINDOW_DAYS);
  const tpLabel = label(enumKey("Touchpoint", tp));
  if (tp === "MATURITY") {
    const expiring = all
      .filter((p) => p.status === "IN_FORCE" && p.endDate >= i.today && p.endDate <= windowEnd)
      .sort((a, b) => (a.endDate < b.endDate ? -1 : 1))[0];
    if (expiring)
      return {
        key: `${NS}.touchpoints.expiring`,
        params: { touchpoint: tpLabel, policyNo: expiring.policyNo, date: expiring.endDate },
      };
    const matured = all
      .filter((p) => p.status === "MATURED" && p.endDate >= yearAgo)
      .sort((a, b) => (a.endDate > b.endDate ? -1 : 1))[0];
    return matured
      ? {
          key: `${NS}.touchpoints.matured`,
          params: { touchpoint: tpLabel, policyNo: matured.policyNo, date: matured.endDate },
        }
      : null;
  }
  if (tp === "LAPSED") {
    const lapsed = all.find((p) => p.status === "LAPSED");
    return lapsed
      ? { key: `${NS}.touchpoints.lapsed`, params: { touchpoint: tpLabel, policyNo: lapsed.policyNo } }
      : null;
  }
  if (tp === "CLAIM") {
    return i.latestClaimOn && i.latestClaimOn > yearAgo
      ? { key: `${NS}.touchpoints.claim`, params: { touchpoint: tpLabel, date: i.latestClaimOn } }
      : null;
  }
  if (i.upcomingAppointmentOn)
    return { key: `${NS}.touchpoints.appointment`, params: { touchpoint: tpLabel, date: i.upcomingAppointmentOn } };
  return i.customer.prospectSource === "APPOINTMENT"
    ? { key: `${NS}.touchpoints.appointmentSource`, params: { touchpoint: tpLabel } }
    : null;
}

export function touchpointsExplained(i: ReasonInput): ExplainedClassification {
  const c = i.customer;
  const today = touchpoints(
    {
      kind: c.kind,
      prospectStage: null,
      prospectSource: c.prospectSource,
      policies: i.policies,
      coveredBy: i.coveredBy,
      claims: i.latestClaimOn ? [{ reportedOn: i.latestClaimOn, amountPaidFen: 0 }] : [],
      surveyCsats: [],
      visitEvaluations: [],
      openComplaints: 0,
      hasUpcomingAppointment: i.upcomingAppointmentOn !== null,
      lastContactOn: null,
      contactsLast12m: 0,
      isOrphan: c.isOrphan,
      highIncomeOccupation: false,
    },
    i.today,
  );
  const shown = [...c.touchpoints, ...today.filter((tp) => !c.touchpoints.includes(tp))];
  const reasons = shown.map(
    (tp) =>
      touchpointReason(tp, i) ?? {
        key: `${NS}.touchpoints.lapsedSinceClassified`,
        params: { touchpoint: label(enumKey("Touchpoint", tp)) },
      },
  );
  const keys = (tps: readonly Touchpoint[]) => tps.map((tp) => enumKey("Touchpoint", tp));
  if (reasons.length === 0) reasons.push({ key: `${NS}.touchpoints.none` });
  return explained("touchpoints", "3.6", keys(c.touchpoints), reasons, keys(today));
}

export function lifecycle(i: ReasonInput): ExplainedClassification {
  const c = i.customer;
  const cover = covering(i);
  const prospectStage: ProspectStage | null =
    cover.length === 0
      ? ((PROSPECT_STAGES.includes(c.lifecycleStage) ? c.lifecycleStage : "POTENTIAL") as ProspectStage)
      : null;
  const inForce = cover.filter((p) => p.status === "IN_FORCE").length;
  const first = cover.reduce<string | null>((m, p) => (m === null || p.startDate < m ? p.startDate : m), null);
  const years = first ? Math.max(0, fullYearsBetween(first, i.today)) : 0;
  const renewals = i.policies.filter((p) => p.isRenewal).length;
  const repeats = renewals + Math.max(0, i.policies.length - renewals - 1);
  const today = lifecycleStage({ prospectStage, inForce: inForce > 0, tenureYears: years, repeats });
  const params = {
    years,
    repeats,
    inForce,
    count: cover.length,
    minYears: LOYAL_MIN_YEARS,
    minRepeats: LOYAL_MIN_REPEATS,
  };
  let reason: Reason;
  if (prospectStage) {
    reason = c.prospectSource
      ? {
          key: `${NS}.lifecycle.prospectSource`,
          params: { source: label(enumKey("ProspectSource", c.prospectSource)) },
        }
      : { key: `${NS}.lifecycle.prospect` };
  } else {
    reason = { key: `${NS}.lifecycle.${today}`, params };
  }
  const value = (s: LifecycleStage) => [enumKey("LifecycleStage", s)];
  return explained("lifecycle", "3.7", value(c.lifecycleStage), [reason], value(today));
}

export function tenure(i: ReasonInput): ExplainedClassification {
  const first = i.customer.firstPurchaseAt;
  const n = i.config.newCustomerYears;
  const today = tenureStatus(first, i.today, n);
  const reason: Reason =
    first && today
      ? { key: `${NS}.tenure.${today}`, params: { date: first, years: fullYearsBetween(first, i.today), threshold: n } }
      : { key: `${NS}.tenure.none` };
  // Tenure is not stored: it is read from the first purchase date, so it is always today's value.
  return explained("tenure", "3.9", today ? [`${NS}.values.tenure${today}`] : [], [reason]);
}
