import { type FakeReply, googleError, type RecordedRequest } from './fake-reply';
import { checkSsml, layoutOf, synthesizeFake } from './fake-synthesis';

const encodings: Readonly<Record<string, 'LINEAR16' | 'MP3' | 'OGG_OPUS'>> = {
  LINEAR16: 'LINEAR16',
  '1': 'LINEAR16',
  MP3: 'MP3',
  '2': 'MP3',
  OGG_OPUS: 'OGG_OPUS',
  '3': 'OGG_OPUS',
};

type SynthesizeBody = {
  input?: { ssml?: unknown; text?: unknown };
  voice?: { languageCode?: unknown; name?: unknown };
  audioConfig?: {
    audioEncoding?: unknown;
    sampleRateHertz?: unknown;
    speakingRate?: unknown;
  };
  enableTimePointing?: unknown[];
};

const invalid = (message: string) =>
  googleError({ status: 400, code: 'INVALID_ARGUMENT', message });

function checkInput(body: SynthesizeBody): FakeReply | { ssml?: string; text?: string } {
  const { ssml, text } = body.input ?? {};
  if ((ssml === undefined) === (text === undefined))
    return invalid('Exactly one of input.text or input.ssml must be set.');
  const value = ssml ?? text;
  if (typeof value !== 'string') return invalid('input must be a string.');
  if (Buffer.byteLength(value, 'utf8') > 5000)
    return invalid(
      'Either `input.text` or `input.ssml` is longer than the limit of 5000 bytes.',
    );
  const name = String(body.voice?.name ?? '');
  if (ssml !== undefined) {
    if (/-(Chirp3-HD|Chirp-HD|Journey)-/.test(name))
      return invalid(`Voice ${name} does not support SSML input.`);
    if (/-Studio-/.test(name) && /<mark\b/.test(value))
      return invalid(`Voice ${name} does not support <mark>.`);
    try {
      checkSsml(value);
    } catch (error) {
      return invalid(`Invalid SSML: ${(error as Error).message}`);
    }
    return { ssml: value };
  }
  return { text: value };
}

/** `POST /v1[beta1]/text:synthesize`: checks the body as the API would, then answers. */
export async function handleSynthesize(options: {
  request: RecordedRequest;
  version: 'v1' | 'v1beta1';
  msPerCharacter: number;
}): Promise<FakeReply> {
  const body = options.request.body as SynthesizeBody | undefined;
  if (body === undefined || typeof body !== 'object')
    return invalid('Invalid JSON payload received.');
  if (options.version === 'v1' && body.enableTimePointing !== undefined)
    return invalid(
      'Invalid JSON payload received. Unknown name "enableTimePointing": Cannot find field.',
    );
  const input = checkInput(body);
  if ('status' in input) return input;
  if (typeof body.voice?.languageCode !== 'string' || body.voice.languageCode === '')
    return invalid('Voice language code must be set.');
  const encoding = encodings[String(body.audioConfig?.audioEncoding)];
  if (encoding === undefined) return invalid('AudioConfig.audio_encoding must be set.');
  const sampleRate = body.audioConfig?.sampleRateHertz ?? 24_000;
  const speakingRate = body.audioConfig?.speakingRate ?? 1;
  if (typeof sampleRate !== 'number' || typeof speakingRate !== 'number')
    return invalid('Invalid JSON payload received.');
  if (speakingRate < 0.25 || speakingRate > 4)
    return invalid('speaking_rate must be between 0.25 and 4.0.');
  const timepoints = (body.enableTimePointing ?? []).some(
    (type) => type === 'SSML_MARK' || type === 1,
  );
  const result = await synthesizeFake({
    layout: layoutOf(input),
    audio: { encoding, sampleRate, speakingRate, msPerCharacter: options.msPerCharacter },
    timepoints,
  });
  return { status: 200, body: result };
}
