/**
 * The service's state for readiness: `starting` until engines are warm,
 * `ready`, then `draining` once shutdown begins (load balancers stop
 * sending traffic while in-flight work finishes).
 */
export function createLifecycle() {
  let state: 'starting' | 'ready' | 'draining' = 'starting';
  return {
    get state() {
      return state;
    },
    markReady(): void {
      if (state === 'starting') state = 'ready';
    },
    markDraining(): void {
      state = 'draining';
    },
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
