import type { Store } from "./store/store.js";

/**
 * Sign-in backoff, stored in the database (it survives restarts and is shared by every instance on
 * the same store). Each failure counts against the account (`email:`) and the client address
 * (`addr:`); past the threshold the key is locked for 30 s, doubling with each further failure up
 * to 15 min. A success clears the account's counter. Counters are forgotten after an hour quiet.
 */
export const LOGIN_POLICY = { accountThreshold: 5, addressThreshold: 20, baseLockMs: 30_000, maxLockMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 } as const;

export const accountKey = (email: string) => `email:${email}`;
export const addressKey = (address: string) => `addr:${address}`;

/** Milliseconds until every given key is unlocked (0 when none is locked). */
export const lockedFor = async (store: Store, keys: ReadonlyArray<string>, now: number): Promise<number> => {
  let wait = 0;
  for (const key of keys) {
    const row = await store.loginFailures.get(key);
    if (row?.lockedUntil != null) wait = Math.max(wait, Date.parse(row.lockedUntil) - now);
  }
  return wait;
};

export const recordFailure = async (store: Store, key: string, threshold: number, now: number) => {
  // One atomic count per failure: failures sent at once to several instances are all counted.
  const failures = await store.loginFailures.fail(key, new Date(now).toISOString(), new Date(now - LOGIN_POLICY.forgetAfterMs).toISOString());
  const lockMs = failures >= threshold ? Math.min(LOGIN_POLICY.maxLockMs, LOGIN_POLICY.baseLockMs * 2 ** (failures - threshold)) : 0;
  if (lockMs > 0) await store.loginFailures.lockUntil(key, new Date(now + lockMs).toISOString());
};

export const clearFailures = (store: Store, key: string) => store.loginFailures.clear(key);
