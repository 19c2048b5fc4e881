/** Audio formats the service answers with. */
export type AudioFormatName = 'wav' | 'mp3' | 'pcm' | 'ogg_opus';

const contentTypes: Record<AudioFormatName, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  // raw signed 16-bit little-endian mono; the rate is in x-ttskit-sample-rate
  pcm: 'audio/pcm',
  ogg_opus: 'audio/ogg',
};

export function contentTypeOf(format: string): string {
  return contentTypes[format as AudioFormatName] ?? 'application/octet-stream';
}

/** Recognizes stored audio when its metadata does not say: RIFF, ID3/MPEG, Ogg. */
export function sniffAudioFormat(data: Uint8Array): AudioFormatName {
  const ascii = (start: number, end: number) =>
    String.fromCharCode(...data.subarray(start, end));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (ascii(0, 3) === 'ID3') return 'mp3';
  if (data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0) return 'mp3';
  if (ascii(0, 4) === 'OggS') return 'ogg_opus';
  return 'pcm';
}
