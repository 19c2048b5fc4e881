/**
 * The largest index in `[0, count)` for which `fits` holds, or -1, when
 * `fits` holds for a prefix of the indexes and not after it. Starts at
 * `guess` and gallops (steps 1, 2, 4…) up while it fits or down while it
 * does not, then bisects the bracket found: with a good guess it costs two
 * calls, with a bad one about twice a plain binary search's log₂(count).
 */
export function lastFitting(options: {
  count: number;
  guess: number;
  fits: (index: number) => boolean;
}): number {
  const { count, fits } = options;
  if (count <= 0) return -1;
  const guess = Math.min(count - 1, Math.max(0, Math.floor(options.guess)));
  // `low` is known to fit (or -1), `high` known not to (or count)
  let low = -1;
  let high = count;
  if (fits(guess)) {
    low = guess;
    for (let step = 1; low + step < count; step *= 2) {
      if (!fits(low + step)) {
        high = low + step;
        break;
      }
      low += step;
    }
  } else {
    high = guess;
    for (let step = 1; high - step >= 0; step *= 2) {
      if (fits(high - step)) {
        low = high - step;
        break;
      }
      high -= step;
    }
  }
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
