import { encodeMp3 } from '@ttskit/core';
import { fakePcm, fakeSpeechMarks, fakeTimeline } from './fake-polly-timeline';
import { voiceSupports } from './fake-polly-voices';

/** What the fake answers: a body (sent in chunks) or an error. */
export type FakeReply = {
  status: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
};

const RATES: Readonly<Record<string, readonly string[]>> = {
  pcm: ['8000', '16000'],
  mp3: ['8000', '16000', '22050', '24000', '44100', '48000'],
  ogg_vorbis: ['8000', '16000', '22050', '24000', '44100', '48000'],
  ogg_opus: ['48000'],
};
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  pcm: 'audio/pcm',
  mp3: 'audio/mpeg',
  ogg_opus: 'audio/ogg',
  ogg_vorbis: 'audio/ogg',
  json: 'application/x-json-stream',
};
/** Tags Polly rejects outside standard voices (its "not available" column). */
const STANDARD_ONLY =
  /<(emphasis|amazon:auto-breaths|amazon:breath)\b|\bpitch=|amazon:max-duration/;

export function pollyError(options: {
  status: number;
  type: string;
  message: string;
  headers?: Record<string, string>;
}): FakeReply {
  return {
    status: options.status,
    headers: {
      'content-type': 'application/json',
      'x-amzn-errortype': options.type,
      ...options.headers,
    },
    body: JSON.stringify({ message: options.message }),
  };
}

function invalid(type: string, message: string): FakeReply {
  return pollyError({ status: 400, type, message });
}

/** `POST /v1/speech` as Polly answers it (the checks ttskit's requests can trip). */
export async function synthesizeSpeech(
  body: Record<string, unknown>,
): Promise<FakeReply> {
  const {
    OutputFormat: format,
    Text: text,
    VoiceId: voiceId,
    TextType: textType = 'text',
    Engine: engine = 'standard',
    SampleRate: rate,
  } = body;
  if (
    typeof text !== 'string' ||
    typeof voiceId !== 'string' ||
    typeof format !== 'string'
  )
    return invalid('ValidationException', 'OutputFormat, Text and VoiceId are required');
  if (textType !== 'text' && textType !== 'ssml')
    return invalid('ValidationException', 'bad TextType');
  const supported = voiceSupports({ voiceId, engine: String(engine) });
  if (supported === 'unknown-voice')
    return invalid('ValidationException', `unknown voice ${voiceId}`);
  if (supported === 'unsupported-engine')
    return invalid(
      'EngineNotSupportedException',
      `${voiceId} does not support ${String(engine)}`,
    );
  const ssml = textType === 'ssml';
  if (ssml && !/^<speak[\s>][\s\S]*<\/speak>$/.test(text))
    return invalid('InvalidSsmlException', 'Invalid SSML request');
  if (ssml && engine !== 'neural' && /<amazon:domain\b/.test(text))
    return invalid('InvalidSsmlException', `no news style for ${String(engine)} voices`);
  if (ssml && engine !== 'standard' && STANDARD_ONLY.test(text))
    return invalid('InvalidSsmlException', `unsupported SSML for ${String(engine)}`);
  const timeline = fakeTimeline({ text, ssml });
  if (text.length > 6000 || timeline.billed > 3000)
    return invalid(
      'TextLengthExceededException',
      'Maximum text length has been exceeded',
    );
  const headers = {
    'content-type': CONTENT_TYPES[format] ?? 'application/octet-stream',
    'x-amzn-requestcharacters': String(timeline.billed),
  };
  if (format === 'json') {
    const types = body.SpeechMarkTypes;
    if (!Array.isArray(types) || types.length === 0)
      return invalid('ValidationException', 'SpeechMarkTypes is required for json');
    if (types.includes('ssml') && !ssml)
      return invalid(
        'SsmlMarksNotSupportedForTextTypeException',
        'ssml marks need TextType ssml',
      );
    if (engine === 'generative')
      return invalid(
        'MarksNotSupportedForFormatException',
        'no speech marks for generative voices',
      );
    return { status: 200, headers, body: fakeSpeechMarks({ timeline, types }) };
  }
  if (body.SpeechMarkTypes !== undefined)
    return invalid('MarksNotSupportedForFormatException', 'speech marks need json');
  const rates = RATES[format];
  if (!rates) return invalid('ValidationException', `bad OutputFormat ${format}`);
  if (rate !== undefined && (typeof rate !== 'string' || !rates.includes(rate)))
    return invalid(
      'InvalidSampleRateException',
      `bad SampleRate ${JSON.stringify(rate)} for ${format}`,
    );
  const sampleRate = Number(rate ?? (format === 'pcm' ? 16000 : 24000));
  const pcm = fakePcm({ durationMs: timeline.durationMs, sampleRate });
  if (format === 'pcm') return { status: 200, headers, body: pcm };
  if (format === 'mp3') {
    const samples = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.byteLength / 2);
    return { status: 200, headers, body: await encodeMp3({ samples, sampleRate }) };
  }
  return {
    status: 200,
    headers,
    body: Buffer.concat([Buffer.from('OggS'), pcm.subarray(0, 64)]),
  };
}
