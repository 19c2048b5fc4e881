import { createSynthesizer } from '@ttskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnnxEngine } from '../src/index';
import { writeTinyPiperVoice } from '../src/test-kit/index';
import {
  collect,
  createTestPhonemizer,
  samplesOf,
  temporaryDirectory,
  textCall,
} from './helpers';

const directory = temporaryDirectory();
const phonemizer = createTestPhonemizer();
const onnx = createOnnxEngine({
  voicesDir: directory.path,
  phonemizer,
  sentenceSilenceMs: 0,
});

beforeAll(async () => {
  await writeTinyPiperVoice({ directory: directory.path });
});
afterAll(async () => {
  await Promise.all([onnx.dispose(), phonemizer.dispose()]);
  directory.remove();
});

describe('SSML through core (the text dialect)', () => {
  it('declares plain text and a speed range, so core emulates breaks and rate', () => {
    const engine = onnx('en_US-tiny-test');
    expect(engine.capabilities.ssml.dialect).toBe('text');
    expect(engine.capabilities.speed).toEqual({ min: 0.5, max: 2.5 });
  });

  it('a break becomes silence of its length', async () => {
    const tts = createSynthesizer({ engine: onnx('en_US-tiny-test') });
    const plain = await tts.synthesize({
      ssml: '<speak>One two. Three four.</speak>',
      format: 'pcm',
    });
    const paused = await tts.synthesize({
      ssml: '<speak>One two. <break time="500ms"/> Three four.</speak>',
      format: 'pcm',
    });
    expect(paused.durationMs - plain.durationMs).toBeCloseTo(500, -1);
    expect(paused.words.map((word) => word.text)).toEqual([
      'One',
      'two',
      'Three',
      'four',
    ]);
  });

  it('prosody rate reaches the model as speed (length_scale / speed)', async () => {
    const tts = createSynthesizer({ engine: onnx('en_US-tiny-test') });
    const normal = await tts.synthesize({
      ssml: '<speak>Fast words.</speak>',
      format: 'pcm',
    });
    const fast = await tts.synthesize({
      ssml: '<speak><prosody rate="200%">Fast words.</prosody></speak>',
      format: 'pcm',
    });
    // The tiny model's amplitude follows length_scale: half at double speed.
    const level = (audio: Uint8Array) =>
      Math.abs(new Int16Array(audio.buffer, audio.byteOffset, 2)[0] as number);
    expect(level(fast.audio) / level(normal.audio)).toBeCloseTo(0.5, 1);
    expect(fast.warnings.map((warning) => warning.type)).not.toContain(
      'unsupported-feature',
    );
  });

  it('sub speaks its alias', async () => {
    const tts = createSynthesizer({ engine: onnx('en_US-tiny-test') });
    const alias = await tts.synthesize({
      ssml: '<speak><sub alias="World Wide Web">WWW</sub></speak>',
      format: 'pcm',
    });
    const spoken = await tts.synthesize({ text: 'World Wide Web', format: 'pcm' });
    expect(alias.durationMs).toBeCloseTo(spoken.durationMs, 3);
  });
});

describe('streaming', () => {
  it('yields each sentence as soon as it is inferred, then finishes', async () => {
    const engine = onnx('en_US-tiny-test');
    const input = 'First sentence. Second one! Third?';
    const whole = samplesOf(await engine.doSynthesize(textCall(input)));
    const { stream } = await (engine.doStream as NonNullable<typeof engine.doStream>)(
      textCall(input),
    );
    const parts = await collect(stream);
    const audio = parts.flatMap((part) =>
      part.type === 'audio-delta' ? [part.samples] : [],
    );
    expect(audio).toHaveLength(3);
    expect(audio.reduce((sum, block) => sum + block.length, 0)).toBe(whole.length);
    expect(parts.filter((part) => part.type === 'word')).toHaveLength(5);
    expect(parts.at(-1)?.type).toBe('finish');
  });
});
