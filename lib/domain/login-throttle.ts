// Login rate limiting: a pure decision over counts of recent failures.
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;

export function loginAllowed(recentFailures: { byUsername: number; byIp: number }): boolean {
  return recentFailures.byUsername < MAX_FAILURES_PER_USERNAME && recentFailures.byIp < MAX_FAILURES_PER_IP;
}
