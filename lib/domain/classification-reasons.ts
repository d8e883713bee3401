// Why a customer is in each §3.1–§3.11 class: for every classification, the stored value and the
// facts behind it as message keys with parameters (the page translates them). The reasons are
// derived with the same rule functions that compute the stored values, and when today's rule gives
// a different value (the stored one predates a threshold change or the passing of time) that value
// is reported too. Pure: no I/O.
import { abilityWill, satLoyalty, vip } from "./reasons/scores";
import { activity, lifecycle, tenure, touchpointsExplained } from "./reasons/history";
import { channel, contactability, insured, servicing } from "./reasons/profile";
import type { ExplainedClassification, ReasonInput } from "./reasons/shared";

export type {
  Dimension,
  ExplainedClassification,
  Reason,
  ReasonInput,
  ReasonParam,
  ReasonPolicy,
} from "./reasons/shared";

/** Every §3.1–§3.11 classification of one customer with the reasons it applies, in SPEC order. */
export function classificationReasons(input: ReasonInput): ExplainedClassification[] {
  return [
    insured(input),
    channel(input),
    servicing(input),
    contactability(input),
    activity(input),
    touchpointsExplained(input),
    lifecycle(input),
    vip(input),
    tenure(input),
    satLoyalty(input),
    abilityWill(input),
  ];
}
