// Sign-in throttling: a pure decision over the recent history of one username from one IP.
//
// - Per (username, IP): the first PAIR_FREE_FAILURES failures cost nothing; after that each attempt
//   waits a delay that doubles with every further failure (5 s, 10 s, 20 s … up to 15 minutes),
//   counted since the pair's last success and within a day. One person's typos never slow anyone else.
// - Username-wide: only far above that (USERNAME_LOCK_FAILURES failures from all IPs within an hour)
//   the username is locked for IPs it has never signed in from; admins are told when it starts.
//   From an IP the user has signed in from before, only the pair's delays apply, so an attacker
//   elsewhere cannot lock the real user out.
// - IP-wide (password spraying: one IP, many usernames): the same, per IP, for usernames unknown there,
//   so colleagues behind one office NAT who have signed in before are never locked out together.
// - Attempts refused while throttled are recorded but never counted, so they do not extend a wait.

export const PAIR_FREE_FAILURES = 3;
export const PAIR_FIRST_DELAY_SECONDS = 5;
export const PAIR_MAX_DELAY_SECONDS = 15 * 60;
export const PAIR_WINDOW_HOURS = 24;
export const USERNAME_LOCK_FAILURES = 50;
export const IP_LOCK_FAILURES = 100;
export const LOCK_WINDOW_MINUTES = 60;
export const LOCK_MINUTES = 15;
/** An IP counts as "known" for a username after a successful sign-in from it within this many days. */
export const KNOWN_IP_DAYS = 30;

export type LoginHistory = {
  /** Failures of this username from this IP since the pair's last success, within PAIR_WINDOW_HOURS. */
  pairFailures: number;
  pairLastFailureAt: Date | null;
  /** This username signed in successfully from this IP within KNOWN_IP_DAYS. */
  knownIp: boolean;
  /** Failures of this username from every IP within LOCK_WINDOW_MINUTES. */
  usernameFailures: number;
  usernameLastFailureAt: Date | null;
  /** Failures from this IP for every username within LOCK_WINDOW_MINUTES. */
  ipFailures: number;
  ipLastFailureAt: Date | null;
};

export type LoginDecision =
  { allowed: true } | { allowed: false; scope: "pair" | "username" | "ip"; retryAfterSeconds: number };

/** The wait after `failures` failures of one pair (0 while they are free). */
export function pairDelaySeconds(failures: number): number {
  if (failures < PAIR_FREE_FAILURES) return 0;
  const doublings = failures - PAIR_FREE_FAILURES;
  // 2 ** 20 already exceeds any cap; stop there so huge counts stay finite.
  return Math.min(PAIR_FIRST_DELAY_SECONDS * 2 ** Math.min(doublings, 20), PAIR_MAX_DELAY_SECONDS);
}

function secondsUntil(until: number, now: Date): number {
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

export function loginDecision(h: LoginHistory, now: Date): LoginDecision {
  const lockMs = LOCK_MINUTES * 60_000;
  if (!h.knownIp && h.usernameFailures >= USERNAME_LOCK_FAILURES && h.usernameLastFailureAt) {
    const until = h.usernameLastFailureAt.getTime() + lockMs;
    if (until > now.getTime())
      return { allowed: false, scope: "username", retryAfterSeconds: secondsUntil(until, now) };
  }
  if (!h.knownIp && h.ipFailures >= IP_LOCK_FAILURES && h.ipLastFailureAt) {
    const until = h.ipLastFailureAt.getTime() + lockMs;
    if (until > now.getTime()) return { allowed: false, scope: "ip", retryAfterSeconds: secondsUntil(until, now) };
  }
  const delay = pairDelaySeconds(h.pairFailures);
  if (delay > 0 && h.pairLastFailureAt) {
    const until = h.pairLastFailureAt.getTime() + delay * 1000;
    if (until > now.getTime()) return { allowed: false, scope: "pair", retryAfterSeconds: secondsUntil(until, now) };
  }
  return { allowed: true };
}

/** Whether the failure just recorded (bringing the count to `failures`) is the one that starts a lock. */
export function startsLock(failures: number, threshold: number): boolean {
  return failures === threshold;
}

/** The windows the history is counted over, ending at `now`. */
export function historyWindows(now: Date) {
  return {
    pairSince: new Date(now.getTime() - PAIR_WINDOW_HOURS * 3_600_000),
    lockSince: new Date(now.getTime() - LOCK_WINDOW_MINUTES * 60_000),
    knownSince: new Date(now.getTime() - KNOWN_IP_DAYS * 86_400_000),
  };
}
