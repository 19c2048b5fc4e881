import { createSynthesizer, decodeWav } from '@ttskit/core';
import { parseSsml } from '@ttskit/ssml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutOf } from './support/fake-synthesis';
import { type GoogleFake, startGoogleFake } from './support/google-fake-server';
import { longProsodyDocument, prosodyChains } from './support/long-ssml-document';
import { fakeProvider, synthesizeRequests } from './support/test-engine';

const MS_PER_CHARACTER = 8;
let fake: GoogleFake;
beforeAll(async () => {
  fake = await startGoogleFake({ msPerCharacter: MS_PER_CHARACTER });
});
afterAll(() => fake.close());

describe('done when: a 12,000-character SSML document goes to Google in chunks', () => {
  it('chunks of at most 5,000 bytes, prosody reopened, one stitched audio, marks in order', async () => {
    const { ssml, marks } = longProsodyDocument(12_000);
    expect(ssml.length).toBeGreaterThanOrEqual(12_000);
    expect(ssml.length).toBeLessThan(12_400);
    const google = fakeProvider(fake);
    const tts = createSynthesizer({ engine: google('en-US-Neural2-F') });
    const result = await tts.synthesize({ ssml });

    // every request: ≤ 5,000 bytes, well-formed, each mark under the prosody it had
    const requests = synthesizeRequests(fake);
    expect(requests.length).toBeGreaterThanOrEqual(3);
    // core normalizes values (`+2st` may become `+12.25%`), so compare which prosodies enclose each mark
    const attributeNames = (chain: string | undefined) => chain?.replace(/=[^/,]*/g, '');
    const expectedChains = prosodyChains(parseSsml(ssml).root.children);
    const writtenChains = new Map<string, Set<string>>();
    const seen: string[] = [];
    for (const request of requests) {
      expect(request.path).toBe('/v1beta1/text:synthesize');
      const body = request.body as {
        input: { ssml: string };
        enableTimePointing: string[];
      };
      expect(body.enableTimePointing).toEqual(['SSML_MARK']);
      expect(Buffer.byteLength(body.input.ssml, 'utf8')).toBeLessThanOrEqual(5_000);
      const chunk = parseSsml(body.input.ssml);
      expect(chunk.root.name).toBe('speak');
      for (const [name, chain] of prosodyChains(chunk.root.children)) {
        const names = attributeNames(chain) as string;
        expect(names, `prosody around ${name}`).toBe(
          attributeNames(expectedChains.get(name)),
        );
        writtenChains.set(names, (writtenChains.get(names) ?? new Set()).add(chain));
        seen.push(name);
      }
    }
    // the chunk that starts inside the volume section reopens all three prosodies
    expect(
      requests.some((request) =>
        /^<speak[^>]*><prosody rate="95%"><prosody pitch="[^"]+"><p><prosody volume="\+3dB">/.test(
          (request.body as { input: { ssml: string } }).input.ssml,
        ),
      ),
    ).toBe(true);
    expect(seen.sort()).toEqual([...marks].sort());
    // and every chunk writes the same values for the same prosodies
    for (const written of writtenChains.values()) expect(written.size).toBe(1);
    expect([...writtenChains.keys()].sort()).toEqual([
      '/rate',
      '/rate/pitch',
      '/rate/pitch/volume',
    ]);

    // one WAV, as long as the chunks' audio plus the pauses between them
    expect(result.format).toBe('wav');
    expect(result.engine).toBe('google');
    const audio = decodeWav(result.audio);
    const durationMs = (audio.samples.length * 1000) / audio.sampleRate;
    const chunkMs = requests
      .map((request) => layoutOf((request.body as { input: { ssml: string } }).input))
      .reduce(
        (sum, layout) => sum + layout.characters * MS_PER_CHARACTER + layout.breakMs,
        0,
      );
    expect(durationMs).toBeGreaterThan(chunkMs * 0.99);
    expect(durationMs).toBeLessThan(chunkMs + requests.length * 700 + 100);
    expect(result.durationMs).toBeCloseTo(durationMs, 0);

    // marks: all of them, in document order, times increasing, within the audio
    expect(result.marks.map((mark) => mark.name)).toEqual(marks);
    for (let index = 1; index < result.marks.length; index++)
      expect(result.marks[index]?.timeMs).toBeGreaterThan(
        result.marks[index - 1]?.timeMs ?? 0,
      );
    expect(result.marks.at(-1)?.timeMs).toBeLessThan(durationMs);
    expect(
      result.warnings.some(
        (warning) => warning.type === 'other' && /chunks/.test(warning.message),
      ),
    ).toBe(true);
  });
});
