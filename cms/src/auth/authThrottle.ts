/** The requests that guess at accounts. */
export type AuthAction = 'login' | 'forgotPassword' | 'unlock'

type Limit = {
  /** Failures one address may make for one account before it must wait. */
  perPair: number
  /** Failures one address may make over all accounts before it must wait. */
  perAddress: number
}

/**
 * Why these numbers: a person who mistypes gets 5 tries before waiting a minute; a script from one address
 * gets 5 guesses, then waits 1, 2, 4… up to 60 minutes between guesses (a few dozen guesses a day instead
 * of millions). Forgot-password sends mail, so one address may ask 3 times per account and 20 times in all.
 * Unlock is admins only; its limit only stops a stolen admin session being used to probe for accounts.
 */
export const THROTTLE_LIMITS: Record<AuthAction, Limit> = {
  login: { perPair: 5, perAddress: 30 },
  forgotPassword: { perPair: 3, perAddress: 20 },
  unlock: { perPair: 20, perAddress: 50 },
}
/** When an account has failed this often from all addresses together, it is under attack from many. */
export const ACCOUNT_UNDER_ATTACK = 20
/** …and then each address gets only this many failures for it before waiting. Never zero: see below. */
const PER_PAIR_UNDER_ATTACK = 1
const FIRST_WAIT_MS = 60_000
const LONGEST_WAIT_MS = 60 * 60_000
/** Failures older than this (since the last one) are forgotten. */
const MEMORY_MS = 24 * 60 * 60_000
/** Counters kept at most; the oldest go first (an attacker with many addresses cannot exhaust memory). */
const MAX_COUNTERS = 100_000

type Counter = { failures: number; blockedUntil: number; last: number }

/**
 * Throttles login, forgot-password and unlock per address and account, in memory (per server process).
 *
 * The account itself is never locked: a lock anyone can trigger by guessing is a way to lock the admin out.
 * Instead each (address, account) pair, and each address overall, backs off exponentially after its free
 * failures; a correct password from an address that has not been failing still signs in. Guesses spread
 * over many addresses are slowed too: once an account is "under attack", every address gets one failure
 * for it before waiting. A blocked request is refused before the password is checked, so waiting out the
 * block is the only way on.
 */
export function createAuthThrottle({ now = Date.now }: { now?: () => number } = {}) {
  const counters = new Map<string, Counter>()

  const read = (key: string): Counter | undefined => {
    const counter = counters.get(key)
    if (counter && now() - counter.last > MEMORY_MS) {
      counters.delete(key)
      return undefined
    }
    return counter
  }
  const write = (key: string, counter: Counter) => {
    counters.delete(key)
    counters.set(key, counter)
    if (counters.size > MAX_COUNTERS) {
      const oldest = counters.keys().next().value
      if (oldest !== undefined) counters.delete(oldest)
    }
  }
  const fail = (key: string, free: number) => {
    const counter = read(key) ?? { failures: 0, blockedUntil: 0, last: 0 }
    const failures = counter.failures + 1
    const over = failures - free
    const wait = over < 0 ? 0 : Math.min(FIRST_WAIT_MS * 2 ** over, LONGEST_WAIT_MS)
    write(key, { failures, blockedUntil: wait ? now() + wait : 0, last: now() })
  }
  const keys = (action: AuthAction, address: string, account: string) => ({
    pair: `${action}|pair|${address}|${account}`,
    address: `${action}|address|${address}`,
    account: `${action}|account|${account}`,
  })
  const waitOf = (key: string) => Math.max(0, (read(key)?.blockedUntil ?? 0) - now())

  return {
    /** Milliseconds this request must wait before it may be tried; 0 if it may go on now. */
    retryAfterMs(action: AuthAction, address: string, account: string): number {
      const key = keys(action, address, account)
      return Math.max(waitOf(key.pair), waitOf(key.address))
    },

    /** Counts a failure (or, for login, an attempt not yet known to succeed: see `succeeded`). */
    failed(action: AuthAction, address: string, account: string): void {
      const key = keys(action, address, account)
      const underAttack = (read(key.account)?.failures ?? 0) >= ACCOUNT_UNDER_ATTACK
      fail(key.account, Number.POSITIVE_INFINITY)
      fail(key.pair, underAttack ? PER_PAIR_UNDER_ATTACK : THROTTLE_LIMITS[action].perPair)
      fail(key.address, THROTTLE_LIMITS[action].perAddress)
    },

    /** A correct password: this address's failures for this account are forgiven, the attempt uncounted. */
    succeeded(action: AuthAction, address: string, account: string): void {
      const key = keys(action, address, account)
      counters.delete(key.pair)
      const free = { [key.address]: THROTTLE_LIMITS[action].perAddress, [key.account]: Number.POSITIVE_INFINITY }
      for (const [name, limit] of Object.entries(free)) {
        const counter = read(name)
        if (!counter || counter.failures === 0) continue
        const failures = counter.failures - 1
        write(name, { ...counter, failures, blockedUntil: failures < limit ? 0 : counter.blockedUntil })
      }
    },

    /** An admin unlocked the account: every address may try it again. */
    forgetAccount(account: string): void {
      for (const key of [...counters.keys()])
        if (key.endsWith(`|${account}`) && (key.includes('|pair|') || key.includes('|account|'))) counters.delete(key)
    },
  }
}

export type AuthThrottle = ReturnType<typeof createAuthThrottle>

/** The one throttle of this server process. */
export const authThrottle: AuthThrottle = createAuthThrottle()
