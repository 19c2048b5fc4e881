// What the fake service "speaks" for an SSML document: a timeline of words,
// punctuation, pauses and bookmarks with offsets in 100-ns ticks, and
// deterministic audio for it (a tone per word, silence between).

const TICKS_PER_MS = 10_000;
const LEADING_SILENCE_MS = 50;
const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(
        Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10),
      );
    }
    return entities[name] ?? whole;
  });
}

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeEntities(match[2] ?? match[3]) : undefined;
}

function breakMs(tag) {
  const time = attribute(tag, 'time');
  if (time === undefined) return 750;
  const value = Number.parseFloat(time);
  return /ms$/i.test(time) ? value : value * 1000;
}

/**
 * Words (runs of letters, marks and digits, inner apostrophes kept) and
 * punctuation, or runs of non-space (`whitespace`, so `AT&T` is one word).
 * A regular expression: Intl.Segmenter takes a second per 60 KB here.
 */
function segmentsOf(text, splitting) {
  const pattern =
    splitting === 'whitespace'
      ? /\S+/gu
      : /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
  return [...text.matchAll(pattern)].map(([segment]) => ({
    segment,
    isWordLike: splitting === 'whitespace' || /[\p{L}\p{N}]/u.test(segment),
  }));
}

/** Timeline items in order: `{ kind: 'word'|'punctuation'|'pause'|'bookmark', ... }`. */
export function planTimeline(ssml, splitting = 'segmenter') {
  const items = [];
  for (const [token] of ssml.matchAll(/<!--[\s\S]*?-->|<[^>]*>|[^<]+/g)) {
    if (token.startsWith('<!--')) continue;
    if (token.startsWith('<')) {
      const name = /^<\s*([\w:-]+)/.exec(token)?.[1];
      if (name === 'bookmark')
        items.push({ kind: 'bookmark', name: attribute(token, 'mark') ?? '' });
      if (name === 'break') items.push({ kind: 'pause', ms: breakMs(token) });
      continue;
    }
    for (const part of segmentsOf(decodeEntities(token), splitting)) {
      if (part.isWordLike) {
        const length = [...part.segment].length;
        items.push({ kind: 'word', text: part.segment, ms: 80 + 20 * length });
      } else if (/\S/.test(part.segment)) {
        items.push({ kind: 'punctuation', text: part.segment.trim(), ms: 100 });
      }
    }
  }
  return items;
}

/** Sample rate named by an Azure output format (`raw-24khz-16bit-mono-pcm` → 24000). */
export function formatSampleRate(format) {
  const hertz = /-(\d+)hz-/i.exec(format);
  if (hertz) return Number(hertz[1]);
  const kilohertz = /(\d+)khz/i.exec(format);
  return kilohertz ? Number(kilohertz[1]) * 1000 : 16_000;
}

const tones = new Map();

/** A sine burst; cached, as long texts repeat word lengths. */
function tone({ ms, sampleRate, frequency }) {
  const key = `${ms}/${sampleRate}/${frequency}`;
  const cached = tones.get(key);
  if (cached) return cached;
  const samples = new Int16Array(Math.round((ms * sampleRate) / 1000));
  for (let index = 0; index < samples.length; index++)
    samples[index] = Math.round(
      8000 * Math.sin((2 * Math.PI * frequency * index) / sampleRate),
    );
  if (tones.size < 1000) tones.set(key, samples);
  return samples;
}

function silence({ ms, sampleRate }) {
  return new Int16Array(Math.round((ms * sampleRate) / 1000));
}

/**
 * Events with their audio: `{ metadata?, samples }` in order, metadata as
 * the service sends it (`{ Type, Data }`), plus the session length in ticks.
 */
export function renderTimeline({ items, sampleRate }) {
  const events = [{ samples: silence({ ms: LEADING_SILENCE_MS, sampleRate }) }];
  let ms = LEADING_SILENCE_MS;
  for (const item of items) {
    const Offset = Math.round(ms * TICKS_PER_MS);
    if (item.kind === 'bookmark') {
      events.push({
        metadata: { Type: 'Bookmark', Data: { Offset, Bookmark: item.name } },
      });
      continue;
    }
    if (item.kind === 'pause') {
      events.push({ samples: silence({ ms: item.ms, sampleRate }) });
      ms += item.ms;
      continue;
    }
    const word = item.kind === 'word';
    const Duration = Math.round((word ? item.ms : 0) * TICKS_PER_MS);
    const BoundaryType = word ? 'WordBoundary' : 'PunctuationBoundary';
    const text = { Text: item.text, Length: item.text.length, BoundaryType };
    events.push({
      metadata: { Type: 'WordBoundary', Data: { Offset, Duration, text } },
      samples: word
        ? tone({ ms: item.ms, sampleRate, frequency: 180 + 15 * item.text.length })
        : silence({ ms: item.ms, sampleRate }),
    });
    ms += item.ms;
  }
  return { events, sessionTicks: Math.round(ms * TICKS_PER_MS) };
}
