import { describe, expect, it } from 'vitest';
import { brief, positionAfter, positionOf, validate } from './validate-ssml.test-helper';

describe('validateSsml vendor rules', () => {
  it('caps breaks at 10 s for Polly and 20 s for Azure (lowering would clamp them)', () => {
    const source =
      '<speak><voice name="v"><break time="15s"/><break time="25s"/></voice></speak>';
    const polly = validate(source, { dialect: 'polly' }).filter(
      (d) => d.element === 'break',
    );
    expect(polly).toMatchObject([
      {
        code: 'value-out-of-range',
        severity: 'warning',
        attribute: 'time',
        position: positionAfter(source, 'time="'),
      },
      { code: 'value-out-of-range', position: positionAfter(source, 'time="', 1) },
    ]);
    expect(polly[0]?.message).toBe(
      'Polly takes breaks of at most 10s; time="15s" is longer and is clamped',
    );
    expect(validate(source, { dialect: 'azure' })).toMatchObject([
      { code: 'value-out-of-range', position: positionAfter(source, 'time="', 1) },
    ]);
    expect(validate(source, { dialect: 'google' })).toEqual([]);
  });

  it('checks say-as values and formats and phoneme alphabets per vendor', () => {
    const source = [
      '<speak><say-as interpret-as="bleep">x</say-as><say-as interpret-as="date" format="yyyymmdd">1</say-as>',
      '<say-as interpret-as="time" format="hqs12">1</say-as><phoneme alphabet="sapi" ph="a">a</phoneme></speak>',
    ].join('\n');
    const interpretAs = positionAfter(source, 'interpret-as="');
    const dateFormat = positionAfter(source, 'format="');
    const timeFormat = positionAfter(source, 'format="', 1);
    const alphabet = positionAfter(source, 'alphabet="');
    const found = (dialect: 'polly' | 'google' | 'azure') =>
      validate(source, { dialect })
        .filter((diagnostic) => diagnostic.code === 'unsupported-value')
        .map((diagnostic) => [diagnostic.attribute, diagnostic.position]);
    expect(found('polly')).toEqual([
      ['interpret-as', interpretAs],
      ['alphabet', alphabet],
    ]);
    expect(found('google')).toEqual([
      ['format', timeFormat],
      ['alphabet', alphabet],
    ]);
    expect(found('azure')).toEqual([
      ['interpret-as', interpretAs],
      ['format', dateFormat],
      ['format', timeFormat],
    ]);
    expect(validate(source)).toEqual([]);
    expect(
      validate('<speak><say-as interpret-as="interjection">wow</say-as></speak>'),
    ).toMatchObject([
      {
        code: 'unsupported-value',
        severity: 'warning',
        message: expect.stringMatching(
          /^No vendor documents interpret-as="interjection"/,
        ),
      },
    ]);
  });

  it('needs https audio for Google and Azure, and a known Azure style', () => {
    const source =
      '<speak><voice name="v"><audio src="http://x/a.mp3"/><mstts:express-as style="grumpy">x</mstts:express-as></voice></speak>';
    expect(brief(validate(source, { dialect: 'azure' }))).toEqual([
      'unsupported-value warning 1:36 audio src',
      'unsupported-value warning 1:78 mstts:express-as style',
    ]);
  });

  it('tells Azure content outside voice: a warning without a voice option, info with one', () => {
    const source = '<speak>Hello <voice name="en-US-AvaNeural">there</voice></speak>';
    expect(validate(source, { dialect: 'azure' })).toMatchObject([
      {
        code: 'missing-voice',
        severity: 'warning',
        element: 'speak',
        position: positionOf(source, 'Hello'),
      },
    ]);
    expect(
      validate(source, { dialect: 'azure', voice: 'en-US-AvaNeural' }),
    ).toMatchObject([{ code: 'missing-voice', severity: 'info' }]);
    expect(
      validate('<speak><voice name="v">x</voice></speak>', { dialect: 'azure' }),
    ).toEqual([]);
  });

  it('reports the 51st voice or audio element for Azure', () => {
    const voices = Array.from(
      { length: 26 },
      (_, index) => `<voice name="v"><audio src="https://x/${index}.mp3"/></voice>`,
    );
    const source = `<speak>${voices.join('')}</speak>`;
    const limit = validate(source, { dialect: 'azure' }).filter(
      (d) => d.code === 'limit-exceeded',
    );
    expect(limit).toMatchObject([
      { severity: 'error', element: 'voice', position: positionOf(source, '<voice', 25) },
    ]);
  });

  it('hints at request limits: Google 5,000 bytes, Polly 3,000 billed characters, Azure 64 KB', () => {
    const source = `<speak>${'é'.repeat(2600)}</speak>`;
    expect(validate(source, { dialect: 'google' })).toMatchObject([
      { code: 'request-size', severity: 'info', position: positionOf(source, 'é', 2496) },
    ]);
    expect(validate(source, { dialect: 'polly' })).toEqual([]);
    expect(
      validate(`<speak>${'a '.repeat(1600)}</speak>`, { dialect: 'polly' }),
    ).toMatchObject([
      { code: 'request-size', severity: 'info', position: { offset: 0 } },
    ]);
    const azure = `<speak><voice name="v">${'a'.repeat(70_000)}</voice></speak>`;
    expect(validate(azure, { dialect: 'azure' })).toMatchObject([
      { code: 'request-size', severity: 'info', position: { offset: 65_536 } },
    ]);
  });

  it('notes what strict SSML 1.1 lacks', () => {
    const source = '<speak><say-as interpret-as="digits">12</say-as></speak>';
    expect(brief(validate(source, { dialect: 'w3c' }))).toEqual([
      'missing-language info 1:1 speak xml:lang',
      'unsupported-value info 1:30 say-as interpret-as',
    ]);
  });
});

describe('validateSsml lowering diagnostics', () => {
  it('reports what lowering drops for a voice family (Polly neural: no emphasis, no pitch)', () => {
    const source =
      '<speak><emphasis>a</emphasis><prosody pitch="+10%">b</prosody></speak>';
    expect(brief(validate(source, { dialect: 'polly', family: 'neural' }))).toEqual([
      'lowering-dropped warning 1:8 emphasis',
      'lowering-dropped warning 1:30 prosody pitch',
    ]);
    expect(validate(source, { dialect: 'polly', family: 'standard' })).toEqual([]);
  });

  it('turns conversions into infos and never repeats a finding the validator made', () => {
    const source =
      '<speak><tag>x</tag><say-as interpret-as="spell-out">ab</say-as></speak>';
    expect(brief(validate(source, { dialect: 'espeak' }))).toEqual([
      'unknown-element warning 1:8 tag',
      'lowering-converted info 1:20 say-as interpret-as',
    ]);
  });

  it('reports every element plain text cannot carry', () => {
    expect(
      brief(
        validate('<speak>a<break time="1s"/><emphasis>b</emphasis></speak>', {
          dialect: 'text',
        }),
      ),
    ).toEqual([
      'lowering-emulated info 1:9 break',
      'lowering-dropped warning 1:27 emphasis',
    ]);
  });
});
