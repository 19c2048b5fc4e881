// Small helpers to report tinybench results as ratios.

export function percentile(samples, fraction) {
  const sorted = [...samples].sort((left, right) => left - right);
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil(fraction * sorted.length) - 1),
  );
  return sorted[index];
}

export function median(values) {
  return percentile(values, 0.5);
}

export function formatMs(value) {
  return value >= 100
    ? `${value.toFixed(0)} ms`
    : value >= 1
      ? `${value.toFixed(2)} ms`
      : `${(value * 1000).toFixed(1)} µs`;
}

export function printTable(title, rows) {
  console.log(`\n## ${title}`);
  console.table(rows);
}
