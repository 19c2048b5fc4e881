import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { corpusDirectory } from './shared-corpus.test-helper';
import type { SsmlDiagnostic } from './ssml-diagnostic';
import { SsmlParseError } from './ssml-parse-error';
import { validateSsml } from './validate-ssml';

/**
 * Cross-check against gsdriver/ssml-check-core's test cases
 * (shared/corpus/ssml/ssml-check-core, 129 cases). Its `amazon` platform
 * is Alexa, whose voices take Polly's standard tag set, so those cases run
 * as dialect `polly` with family `standard`; `google` runs as `google`; no
 * platform (or `all`) means every platform, so both must find the document
 * valid. Our verdict is "invalid" when parsing fails or any diagnostic is an
 * error or a warning (infos do not count); verifyAndFix cases count as
 * invalid when they expect a fix.
 */
type CheckCoreCase = {
  file: string;
  function: 'check' | 'verifyAndFix';
  options: { platform?: string; getPositions?: boolean } | null;
  verdict: 'valid' | 'invalid' | 'fixable';
  expectedResult?: string;
};

const manifest = JSON.parse(
  readFileSync(new URL('ssml/ssml-check-core/manifest.json', corpusDirectory), 'utf8'),
) as { cases: CheckCoreCase[] };
const cases = manifest.cases.map((entry) => ({
  ...entry,
  name: entry.file.replace('ssml-check-core/', ''),
  source: readFileSync(new URL(`ssml/${entry.file}`, corpusDirectory), 'utf8'),
}));

const alexaOnly = 'Alexa-only markup, out of scope (ttskit warns: unknown element)';
const voiceCatalog =
  'checks voice names against a catalog; ttskit does not (and Polly has no <voice>)';
const alexaDomains =
  "Alexa's amazon:domain names and locales; Polly documents only news, on neural voices";
const noTimeUnit =
  'break time="0.5" has no unit; an SSML 1.1 time designation needs s or ms';
const audioLimit = "Alexa's limit of 5 audio clips per response";

/** Cases whose rule is not SSML 1.1's, Google's or Polly's, or which test options, not documents. */
const excluded: Readonly<Record<string, string>> = {
  '002-missing-ssml.xml':
    'plain text: ttskit wraps fragments in a synthetic <speak> (fragment rule)',
  ...Object.fromEntries(
    ['003', '004', '005', '006', '007', '008', '009'].map((number) => [
      cases.find((entry) => entry.name.startsWith(number))?.name,
      `<alexa:name>: ${alexaOnly}`,
    ]),
  ),
  '020-valid-emotion.xml': `<amazon:emotion>: ${alexaOnly}`,
  '021-valid-emotion.xml': `<amazon:emotion>: ${alexaOnly}`,
  '022-invalid-locale.xml': `<amazon:emotion>: ${alexaOnly}`,
  '124-invalid-locale-on-amazon-emotion.xml': `<amazon:emotion>: ${alexaOnly}`,
  '023-valid-domain.xml': alexaDomains,
  '025-valid-locale.xml': alexaDomains,
  '027-valid-locale.xml': alexaDomains,
  '028-no-locale-domain.xml': alexaDomains,
  '029-no-locale-breath.xml':
    'Polly documents <amazon:breath> as empty; this one has text',
  '030-valid-audio.xml':
    'Google fetches audio over https only; ssml-check-core does not check',
  '054-invalid-lang.xml': "Alexa's list of locales (pt-DE is a well-formed tag)",
  '068-invalid-pitch-percent-positive.xml': "Alexa's pitch range (-33.3% to +50%)",
  '069-invalid-pitch-percent-negative.xml': "Alexa's pitch range (-33.3% to +50%)",
  '075-prosody-st.xml': noTimeUnit,
  '097-lots-of-audio-files.xml': noTimeUnit,
  '078-valid-say-as-amazon.xml': 'interpret-as="interjection" is Alexa-only',
  '087-valid-voice.xml': voiceCatalog,
  '088-valid-voice.xml': voiceCatalog,
  '089-invalid-voice-google.xml': voiceCatalog,
  '112-valid-voice.xml': voiceCatalog,
  '119-correct-voice.xml': voiceCatalog,
  '128-invalid-voice-google.xml': voiceCatalog,
  '098-prosody-unsupported.xml': 'tests the unsupportedTags option, not the document',
  '102-invalid-platform.xml': 'tests an invalid platform option, not the document',
  '101-too-many-audio-files.xml': audioLimit,
  '108-too-many-audio-files-with-position.xml': audioLimit,
  '113-too-many-audio-files.xml': audioLimit,
};

function dialectsFor(platform: string | undefined) {
  if (platform === 'amazon') return [{ dialect: 'polly', family: 'standard' }] as const;
  if (platform === 'google') return [{ dialect: 'google' }] as const;
  return [{ dialect: 'polly', family: 'standard' }, { dialect: 'google' }] as const;
}

function check(entry: (typeof cases)[number]): {
  verdict: string;
  found: SsmlDiagnostic[];
} {
  let document: ReturnType<typeof parseSsml>;
  try {
    document = parseSsml(entry.source);
  } catch (error) {
    if (SsmlParseError.isInstance(error)) return { verdict: 'invalid', found: [] };
    throw error;
  }
  const found = dialectsFor(entry.options?.platform).flatMap((options) =>
    validateSsml(document, options).filter(
      (diagnostic) => diagnostic.severity !== 'info',
    ),
  );
  return { verdict: found.length > 0 ? 'invalid' : 'valid', found };
}

const expected = (entry: CheckCoreCase) =>
  entry.verdict === 'valid' ? 'valid' : 'invalid';
const included = cases.filter((entry) => excluded[entry.name] === undefined);

describe('validateSsml cross-checked with ssml-check-core', () => {
  it('agrees on 107 of the 129 cases, and on all 94 whose rules apply', () => {
    expect(cases).toHaveLength(129);
    expect(Object.keys(excluded)).toHaveLength(35);
    const agreeing = cases.filter((entry) => check(entry).verdict === expected(entry));
    expect(agreeing).toHaveLength(107);
    expect(included).toHaveLength(94);
  });

  it.each(included.map((entry) => [entry.name, entry] as const))(
    'agrees on %s',
    (_name, entry) => {
      expect(check(entry).verdict).toBe(expected(entry));
    },
  );

  it.each(
    included
      .filter((entry) => entry.options?.getPositions)
      .map((entry) => [entry.name, entry] as const),
  )('points into the start tag ssml-check-core reports for %s', (_name, entry) => {
    const { found } = check(entry);
    const positions = [...(entry.expectedResult ?? '').matchAll(/at position (\d+) /g)];
    expect(positions.length).toBeGreaterThan(0);
    for (const [, position] of positions) {
      const tagStart = Number(position);
      const tagEnd = entry.source.indexOf('>', tagStart);
      const inside = found.filter(
        ({ position: { offset } }) => offset >= tagStart && offset < tagEnd,
      );
      expect(inside.length, `a diagnostic inside the tag at ${tagStart}`).toBeGreaterThan(
        0,
      );
    }
  });

  it('warns about the Alexa-only elements it leaves out', () => {
    for (const entry of cases.filter((item) =>
      excluded[item.name]?.includes(alexaOnly),
    )) {
      expect(check(entry).found.map((diagnostic) => diagnostic.code)).toContain(
        'unknown-element',
      );
    }
  });
});
