export type CircuitBreakerSettings = {
  /** Consecutive failures (errors or timeouts) that open the circuit. Default 3. */
  failureThreshold?: number;
  /** How long an open circuit skips the store before one probe call. Default 5 000 ms. */
  cooldownMs?: number;
};

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Skips a failing dependency for a while instead of paying its timeout on
 * every request: `threshold` failures in a row open the circuit; after
 * `cooldownMs` one call is let through (half-open); its success closes the
 * circuit, its failure opens it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = Number.NEGATIVE_INFINITY;
  private probing = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;

  constructor(
    settings: CircuitBreakerSettings = {},
    private readonly now: () => number = Date.now,
  ) {
    this.threshold = Math.max(1, settings.failureThreshold ?? 3);
    this.cooldownMs = Math.max(0, settings.cooldownMs ?? 5_000);
  }

  get state(): CircuitState {
    if (this.failures < this.threshold) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half-open' : 'open';
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  /** Whether a call may go through now (in half-open state, only one at a time). */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  /** Records a success; returns true when it closed an open circuit. */
  succeeded(): boolean {
    const wasOpen = this.failures >= this.threshold;
    this.failures = 0;
    this.probing = false;
    return wasOpen;
  }

  /** Records a failure; returns true when it opened the circuit. */
  failed(): boolean {
    this.failures++;
    this.probing = false;
    if (this.failures >= this.threshold) {
      const opened = this.failures === this.threshold;
      this.openedAt = this.now();
      return opened;
    }
    return false;
  }
}
