import { parseSsml } from '@ttskit/ssml';
import { describe, expect, it } from 'vitest';
import { MockEngine } from '../test-kit/mock-engine';
import { PrecompiledInputs } from './precompiled-inputs';
import { createSynthesizer } from './synthesizer';

const compileOf = (input: string) => () => {
  const document = parseSsml(input);
  return { document, canonicalInput: input };
};

describe('PrecompiledInputs', () => {
  it('compiles an input once and serves repeats from memory, least recently used out first', () => {
    const memory = new PrecompiledInputs({ maxEntries: 2 });
    let compiled = 0;
    const get = (input: string) =>
      memory.get({
        kind: 'ssml',
        input,
        compile: () => {
          compiled++;
          return compileOf(input)();
        },
      });
    const first = get('<speak>a</speak>');
    expect(get('<speak>a</speak>')).toBe(first);
    get('<speak>b</speak>');
    get('<speak>a</speak>');
    get('<speak>c</speak>'); // evicts b, the least recently used
    expect(compiled).toBe(3);
    get('<speak>a</speak>');
    expect(compiled).toBe(3);
    get('<speak>b</speak>');
    expect(compiled).toBe(4);
    expect(memory.stats()).toEqual({ entries: 2, hits: 3, misses: 4 });
  });

  it('keeps text and SSML with the same characters apart, and bounds total input length', () => {
    const memory = new PrecompiledInputs({ maxInputLength: 30 });
    const text = memory.get({
      kind: 'text',
      input: 'x',
      compile: compileOf('<speak>x</speak>'),
    });
    const ssml = memory.get({
      kind: 'ssml',
      input: 'x',
      compile: compileOf('<speak>y</speak>'),
    });
    expect(text).not.toBe(ssml);
    memory.get({
      kind: 'text',
      input: 'a'.repeat(40),
      compile: compileOf('<speak>z</speak>'),
    });
    expect(memory.stats().entries).toBe(2);
  });
});

describe('precompilation in the synthesizer', () => {
  it('reuses the compiled form of a repeated input and can be turned off', async () => {
    const ssml = '<speak>Hello <break time="200ms"/> world</speak>';
    const tts = createSynthesizer({ engine: new MockEngine(), memoryCache: false });
    const first = await tts.synthesize({ ssml });
    const second = await tts.synthesize({ ssml });
    expect(second.key).toBe(first.key);
    expect(tts.stats().precompiled).toEqual({ entries: 1, hits: 1, misses: 1 });
    // results never share warning objects, even when the lowering is memoized
    expect(second.warnings[0]).toEqual(first.warnings[0]);
    expect(second.warnings[0]).not.toBe(first.warnings[0]);
    const off = createSynthesizer({
      engine: new MockEngine(),
      memoryCache: false,
      precompile: false,
    });
    await off.synthesize({ ssml });
    await off.synthesize({ ssml });
    expect(off.stats().precompiled).toEqual({ entries: 0, hits: 0, misses: 2 });
  });
});
