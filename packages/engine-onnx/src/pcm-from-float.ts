/** Float samples (-1..1) as 16-bit PCM, clipped. */
export function pcmFromFloat(samples: ArrayLike<number>): Int16Array {
  const pcm = new Int16Array(samples.length);
  for (let index = 0; index < samples.length; index++) {
    const value = Math.round((samples[index] as number) * 32767);
    pcm[index] = Math.min(32767, Math.max(-32768, value));
  }
  return pcm;
}

/** Any numeric tensor data (float, int64 as bigint) as float32. */
export function floatsFrom(data: unknown): Float32Array | undefined {
  if (data instanceof Float32Array) return data;
  if (data instanceof BigInt64Array) return Float32Array.from(data, Number);
  if (ArrayBuffer.isView(data) && !(data instanceof DataView))
    return Float32Array.from(data as unknown as ArrayLike<number>);
  return undefined;
}
