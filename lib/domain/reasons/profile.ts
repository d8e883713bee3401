// §3.1–§3.4: insured status, channel, servicing agent and contactability.
import { isContactable } from "../customer-profile";
import type { Channel } from "../segments";
import {
  covering,
  enumKey,
  explained,
  label,
  latestStarted,
  NS,
  type ExplainedClassification,
  type Reason,
  type ReasonInput,
} from "./shared";

export function insured(i: ReasonInput): ExplainedClassification {
  const c = i.customer;
  const value = (v: boolean) => [`${NS}.values.${v ? "insured" : "prospect"}`];
  let reason: Reason;
  if (i.policies.length > 0) {
    const inForce = i.policies.filter((p) => p.status === "IN_FORCE").length;
    reason = { key: `${NS}.insured.holder`, params: { count: i.policies.length, inForce } };
  } else if (i.coveredBy.length > 0) {
    reason = { key: `${NS}.insured.covered`, params: { policyNo: i.coveredBy[0]!.policyNo } };
  } else if (c.prospectSource) {
    reason = {
      key: `${NS}.insured.prospectSource`,
      params: { source: label(enumKey("ProspectSource", c.prospectSource)) },
    };
  } else {
    reason = { key: `${NS}.insured.prospect` };
  }
  // Anyone with cover is insured; a prospect's stage only matters while they have none.
  return explained("insured", "3.1", value(c.isInsured), [reason], value(covering(i).length > 0));
}

export function channel(i: ReasonInput): ExplainedClassification {
  const stored = i.customer.channel;
  const latest = latestStarted(covering(i));
  const value = (ch: Channel | null) => (ch ? [enumKey("Channel", ch)] : []);
  const reason: Reason = latest
    ? {
        key: `${NS}.channel.latest`,
        params: {
          channel: label(enumKey("Channel", latest.channel)),
          policyNo: latest.policyNo,
          date: latest.startDate,
        },
      }
    : { key: `${NS}.channel.none` };
  return explained("channel", "3.2", value(stored), [reason], value(latest?.channel ?? null));
}

export function servicing(i: ReasonInput): ExplainedClassification {
  const c = i.customer;
  const value = (orphan: boolean) => [`${NS}.values.${orphan ? "orphan" : i.agentName ? "serviced" : "unassigned"}`];
  const reason: Reason = i.agentName
    ? { key: `${NS}.servicing.agent`, params: { name: i.agentName } }
    : { key: `${NS}.servicing.${c.isOrphan ? "orphan" : "unassigned"}` };
  return explained("servicing", "3.3", value(c.isOrphan), [reason], value(!i.agentName && covering(i).length > 0));
}

export function contactability(i: ReasonInput): ExplainedClassification {
  const c = i.customer;
  const value = (v: boolean) => [`${NS}.values.${v ? "contactable" : "notContactable"}`];
  const via = (["mobile", "homePhone", "email"] as const).filter((f) => Boolean(c[f]));
  let reason: Reason;
  if (via.length > 0)
    reason = { key: `${NS}.contact.via`, params: { via: { labels: via.map((f) => `${NS}.contact.${f}`) } } };
  else if (c.kind === "CORPORATE" || c.kind === "GROUP") reason = { key: `${NS}.contact.organisation` };
  else reason = { key: `${NS}.contact.none` };
  return explained("contactability", "3.4", value(c.contactable), [reason], value(isContactable(c)));
}
