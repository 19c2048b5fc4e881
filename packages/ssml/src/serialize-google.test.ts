import { describe, expect, it } from 'vitest';
import { summarizeWarnings } from './dialect-warnings.test-helper';
import { parseSsml } from './parse-ssml';
import { type SerializeSsmlOptions, serializeSsml } from './serialize-ssml';
import { serializeText } from './serialize-text';
import { sourceMapProblems } from './source-map.test-helper';

const google = (source: string, options: Omit<SerializeSsmlOptions, 'dialect'> = {}) =>
  serializeSsml(parseSsml(source), { dialect: 'google', ...options });

describe('serializeSsml google', () => {
  it('lowers to what Neural2, WaveNet and Standard voices accept, with a warning per change', () => {
    const source = [
      '<speak version="1.1" xml:lang="en-US">',
      '<p><s xml:lang="en-GB">Rate <prosody rate="1.2" pitch="-2st" volume="+3dB">up</prosody>',
      '<prosody pitch="+20Hz" contour="(0%,+20Hz)">hz</prosody></s></p>',
      '<say-as interpret-as="digits">12</say-as><say-as interpret-as="number">3</say-as><say-as interpret-as="unit">10 foot</say-as>',
      '<phoneme alphabet="sapi" ph="t ah">tomato</phoneme><bookmark mark="here"/>',
      '<mstts:express-as style="cheerful">yay</mstts:express-as><lexicon uri="https://x/l.pls" xml:id="l"/>',
      '<audio src="https://x/a.mp3" speed="300%" soundLevel="+50dB" fetchhint="safe"><desc>cat</desc>meow</audio>',
      '<par><media xml:id="q" begin="0.5s"><speak>inner</speak></media></par><speak>stray</speak>',
      '</speak>',
    ].join('\n');
    const result = google(source, { voice: 'en-US-Wavenet-D' });
    expect(result.ssml).toBe(
      [
        '<speak version="1.1" xml:lang="en-US">',
        '<p><s>Rate <prosody rate="120%" pitch="-2st" volume="+3dB">up</prosody>',
        'hz</s></p>',
        '<say-as interpret-as="characters">12</say-as><say-as interpret-as="cardinal">3</say-as><say-as interpret-as="unit">10 foot</say-as>',
        'tomato<mark name="here"/>',
        'yay',
        '<audio src="https://x/a.mp3" speed="200%" soundLevel="+40dB"><desc>cat</desc>meow</audio>',
        '<par><media xml:id="q" begin="0.5s"><speak>inner</speak></media></par> stray ',
        '</speak>',
      ].join('\n'),
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'dropped s@xml:lang 2:4 xml:lang="en-GB"',
      'converted prosody@rate 2:29 rate="1.2" → rate="120%"',
      'dropped prosody@pitch 3:1 pitch="+20Hz"',
      'dropped prosody@contour 3:1 contour="(0%,+20Hz)"',
      'converted say-as@interpret-as 4:1 interpret-as="digits" → interpret-as="characters"',
      'converted say-as@interpret-as 4:42 interpret-as="number" → interpret-as="cardinal"',
      'dropped phoneme@alphabet 5:1 alphabet="sapi"',
      'converted bookmark 5:52 <bookmark mark="here"> → <mark name="here">',
      'dropped mstts:express-as 6:1 <mstts:express-as>',
      'dropped lexicon 6:58 <lexicon>',
      'clamped audio@speed 7:1 speed="300%" → speed="200%"',
      'clamped audio@soundLevel 7:1 soundLevel="+50dB" → soundLevel="+40dB"',
      'dropped audio@fetchhint 7:1 fetchhint="safe"',
      'dropped speak 8:71 <speak>',
    ]);
    const messages = result.warnings.map((warning) => warning.message);
    expect(messages).toContain(
      'pitch="+20Hz" is in hertz, which needs the voice\'s base pitch to convert for Google WaveNet voices; the attribute was dropped',
    );
    expect(messages).toContain(
      'alphabet="sapi" is not one of "ipa", "x-sampa" for Google WaveNet voices, so <phoneme> cannot be kept; its text is spoken without the tag',
    );
    for (const warning of result.warnings) expect(warning.dialect).toBe('google');
    expect(
      sourceMapProblems({ output: result.ssml, source, sourceMap: result.sourceMap }),
    ).toEqual([]);
  });

  it('drops mark, emphasis, prosody pitch and lang for Studio voices', () => {
    const source =
      '<speak><mark name="a"/><emphasis level="strong">big</emphasis> <prosody pitch="high" rate="slow">p</prosody> <lang xml:lang="fr-FR">oui</lang><bookmark mark="b"/></speak>';
    const result = google(source, { voice: 'en-GB-Studio-B' });
    expect(result.ssml).toBe('<speak>big <prosody rate="slow">p</prosody> oui</speak>');
    expect(summarizeWarnings(result.warnings)).toEqual([
      'dropped mark 1:8 <mark>',
      'dropped emphasis 1:24 <emphasis>',
      'dropped prosody@pitch 1:64 pitch="high"',
      'dropped lang 1:110 <lang>',
      'dropped bookmark 1:143 <bookmark>',
    ]);
    expect(result.warnings[0]?.message).toBe(
      'Google Studio voices do not support <mark>; it was dropped',
    );
  });

  it('keeps google:style only for en-US-Neural2-F and -J, declaring the google prefix', () => {
    const source =
      '<speak><google:style name="calm">Breathe.</google:style><say-as interpret-as="telephone" google:style="zero-as-zero">1800</say-as></speak>';
    const styled = google(source, { voice: 'en-US-Neural2-F' });
    expect(styled.ssml).toBe(
      '<speak xmlns:google="http://www.google.com/2017/ssml"><google:style name="calm">Breathe.</google:style><say-as interpret-as="telephone" google:style="zero-as-zero">1800</say-as></speak>',
    );
    expect(styled.warnings).toEqual([]);
    const other = google(source, { voice: 'en-US-Neural2-A' });
    expect(other.ssml).toBe(
      '<speak xmlns:google="http://www.google.com/2017/ssml">Breathe.<say-as interpret-as="telephone" google:style="zero-as-zero">1800</say-as></speak>',
    );
    expect(other.warnings[0]?.message).toBe(
      'only en-US-Neural2-F and en-US-Neural2-J speak <google:style>; its text is spoken without the tag',
    );
    expect(
      google('<speak><google:style name="sad">x</google:style></speak>', {
        voice: 'en-US-Neural2-J',
      }).ssml,
    ).toBe('<speak>x</speak>');
  });

  it('sends plain text to Chirp 3: HD, Chirp HD and Journey voices, with one more warning', () => {
    const source =
      '<speak>Tom &amp; <say-as interpret-as="characters">AB</say-as><break time="1s"/> Jerry</speak>';
    for (const voice of [
      'en-US-Chirp3-HD-Charon',
      'en-US-Chirp-HD-F',
      'en-US-Journey-D',
    ]) {
      const result = google(source, { voice });
      const text = serializeText(parseSsml(source));
      expect(result.ssml).toBe('Tom & A B Jerry');
      expect(result.ssml).toBe(text.ssml);
      expect(result.sourceMap).toEqual(text.sourceMap);
      expect(summarizeWarnings(result.warnings)).toEqual([
        'converted speak 1:1 <speak> → plain text',
        'emulated say-as 1:18 <say-as>',
        'emulated break 1:63 <break>',
      ]);
      for (const warning of result.warnings) expect(warning.dialect).toBe('google');
    }
    const plain = google('<speak>Just words.</speak>', { family: 'chirp3-hd' });
    expect(plain).toMatchObject({ ssml: 'Just words.', warnings: [] });
  });

  it('keeps the root attributes Google and the W3C share, and xmlns declarations only when used', () => {
    const source =
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xmlns:amazon="https://aws.amazon.com/polly" xml:lang="en-US" xml:base="https://x/">Hi</speak>';
    const result = google(source);
    expect(result.ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">Hi</speak>',
    );
    expect(summarizeWarnings(result.warnings)).toEqual([
      'dropped speak@xml:base 1:1 xml:base="https://x/"',
    ]);
  });
});
