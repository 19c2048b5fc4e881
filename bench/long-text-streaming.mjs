// (issue 5) Long text with the espeak engine, first 10,000 words of The Time
// Machine (paragraphs kept): time to first audio as a share of the time to
// the whole audio, when streaming; and the speed-up of concurrency 2 over 1
// on this 2-core machine. Same process, rounds interleaved, medians.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSynthesizer } from '@ttskit/core';
import { createEspeakEngine } from '@ttskit/engine-espeak';
import { corpusDirectory } from './corpus.mjs';
import { median } from './stats.mjs';

function bookParagraphs(wordCount) {
  const lines = readFileSync(
    join(corpusDirectory(), 'books', 'the-time-machine.paragraphs.txt'),
    'utf8',
  ).split('\n');
  const kept = [];
  let words = 0;
  for (const line of lines) {
    if (words >= wordCount) break;
    const lineWords = line.split(/\s+/).filter(Boolean);
    kept.push(lineWords.slice(0, wordCount - words).join(' '));
    words += lineWords.length;
  }
  return kept.join('\n\n');
}

async function streamOnce({ text, concurrency, provider }) {
  const tts = createSynthesizer({ engine: provider, concurrency, memoryCache: false });
  const startedAt = performance.now();
  let firstAudioMs;
  let audioBytes = 0;
  for await (const part of tts.stream({ text, format: 'pcm' })) {
    if (part.type !== 'audio') continue;
    firstAudioMs ??= performance.now() - startedAt;
    audioBytes += part.data.byteLength;
  }
  return {
    firstAudioMs,
    totalMs: performance.now() - startedAt,
    audioSeconds: audioBytes / 2 / 22_050,
  };
}

export async function runLongTextStreaming({ rounds = 3, words = 10_000 } = {}) {
  const text = bookParagraphs(words);
  const providers = {
    1: createEspeakEngine({ workers: 1 }),
    2: createEspeakEngine({ workers: 2 }),
  };
  // warm both pools (workers start, WASM compiles)
  for (const provider of Object.values(providers))
    await streamOnce({ text: 'Warm up the workers. Twice.', concurrency: 2, provider });
  const runs = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round++) {
    for (const concurrency of [1, 2]) {
      runs[concurrency].push(
        await streamOnce({ text, concurrency, provider: providers[concurrency] }),
      );
    }
  }
  const summary = (list) => ({
    firstAudioMs: median(list.map((run) => run.firstAudioMs)),
    totalMs: median(list.map((run) => run.totalMs)),
    audioSeconds: list[0].audioSeconds,
  });
  const one = summary(runs[1]);
  const two = summary(runs[2]);
  console.log(
    `\n## Long text, streamed (espeak, ${words} words of The Time Machine, ${rounds} rounds)`,
  );
  console.table([
    {
      concurrency: 1,
      'first audio': `${one.firstAudioMs.toFixed(0)} ms`,
      'whole audio': `${(one.totalMs / 1000).toFixed(2)} s`,
      'first / whole': (one.firstAudioMs / one.totalMs).toFixed(4),
      'audio length': `${(one.audioSeconds / 60).toFixed(1)} min`,
    },
    {
      concurrency: 2,
      'first audio': `${two.firstAudioMs.toFixed(0)} ms`,
      'whole audio': `${(two.totalMs / 1000).toFixed(2)} s`,
      'first / whole': (two.firstAudioMs / two.totalMs).toFixed(4),
      'audio length': `${(two.audioSeconds / 60).toFixed(1)} min`,
    },
  ]);
  console.log(
    `speed-up of concurrency 2 over 1: ${(one.totalMs / two.totalMs).toFixed(2)}x`,
  );
  for (const provider of Object.values(providers)) await provider.dispose();
}
