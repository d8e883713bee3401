// §5 churn risk (流失风险): a 0–100 score from observable signals, with the reasons that fired.
// Reasons are stable codes; the UI translates them (messages: churnReasons.<CODE>).

export const CHURN_REASONS = {
  /** A policy has lapsed (失效) for unpaid premium. */
  POLICY_LAPSED: 25,
  /** A policy expires soon and the customer said they will not renew (不再续保). */
  WONT_RENEW: 35,
  /** A policy expires soon with no renewal intent recorded, or the customer is still considering. */
  EXPIRING_NO_INTENT: 20,
  /** A complaint is open or was not resolved. */
  OPEN_COMPLAINT: 20,
  /** Satisfaction below 50. */
  LOW_SATISFACTION: 15,
  /** No contact for more than a year. */
  NO_RECENT_CONTACT: 10,
  /** No servicing agent (孤儿单). */
  ORPHAN: 15,
  /** No purchase for years (休眠). */
  DORMANT: 10,
} as const;

export type ChurnReason = keyof typeof CHURN_REASONS;

export type ChurnSignals = { [K in ChurnReason]: boolean };

export interface ChurnRisk {
  score: number;
  reasons: ChurnReason[];
}

/** Sums the weights of the signals that fired, capped at 100; reasons keep the declaration order. */
export function churnRisk(signals: ChurnSignals): ChurnRisk {
  const reasons = (Object.keys(CHURN_REASONS) as ChurnReason[]).filter((r) => signals[r]);
  const score = reasons.reduce((sum, r) => sum + CHURN_REASONS[r], 0);
  return { score: Math.min(100, score), reasons };
}
