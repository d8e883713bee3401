// Command-line options of the large generator and the volumes it aims for.
import type { Rates } from "../fake/household";
import type { Mix } from "../fake/planner";
import type { PolicyPlan } from "../fake/policies";

export interface Options {
  customers: number;
  seed: number;
  truncate: boolean;
  /** Keep primary keys and indexes during the load (slower; for comparison). Foreign keys are always rebuilt. */
  keepIndexes: boolean;
  responses: boolean;
  /** Mean communication-log entries per customer (0 = none). */
  communications: number;
  /** Units generated between two flushes to the COPY streams. */
  batch: number;
}

const USAGE = `Usage: npm run db:generate -- [--customers N] [--seed N] [--truncate] [--keep-indexes]
                                 [--no-responses] [--communications MEAN] [--batch N]
  --customers N        customers to add (default 1100000)
  --seed N             random seed; the same seed and size give the same data (default 1)
  --truncate           wipe customer data first (org, users and configuration are kept)
  --keep-indexes       load with primary keys and indexes in place (slower; for measuring)
  --no-responses       skip per-question survey responses
  --communications M   mean communication-log entries per customer (default 0.3; 0 = none)`;

export function parseOptions(argv: readonly string[]): Options {
  const o: Options = {
    customers: 1_100_000,
    seed: 1,
    truncate: false,
    keepIndexes: false,
    responses: true,
    communications: 0.3,
    batch: 400,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${arg} needs a non-negative number\n${USAGE}`);
      return v;
    };
    if (arg === "--customers") o.customers = Math.floor(value());
    else if (arg === "--seed") o.seed = Math.floor(value());
    else if (arg === "--truncate") o.truncate = true;
    else if (arg === "--keep-indexes") o.keepIndexes = true;
    else if (arg === "--no-responses") o.responses = false;
    else if (arg === "--communications") o.communications = value();
    else if (arg === "--batch") o.batch = Math.max(1, Math.floor(value()));
    else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  return o;
}

/** Branch-scale proportions: ~2.7 policies per insured holder, ~8 % of policies with a claim. */
export const MIX: Mix = {
  corporate: 0.008,
  group: 0.004,
  highNetWorth: 0.03,
  prospect: 0.1,
  orphan: 0.03,
  reallocated: 0.02,
  employeesMean: 10,
};
export const PLAN: PolicyPlan = { purchaseMean: 2.0 };

export function rates(o: Options): Rates {
  return {
    complaintsPerCustomer: 0.056,
    communicationsPerCustomer: o.communications,
    visits: { overdueShare: 0.35, serviceShare: 0.5, manualRate: 0.05 },
    surveys: {
      responses: o.responses,
      claimShare: 0.45,
      complaintShare: 0.6,
      newPurchaseShare: 0.13,
      periodicShare: 0.025,
    },
    blacklistRate: 0.002,
  };
}
