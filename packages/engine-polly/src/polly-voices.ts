import type { DescribeVoicesCommandInput, Voice } from '@aws-sdk/client-polly';
import type { VoiceV1 } from '@ttskit/core/spec';
import { toBcp47 } from './bcp47-language-tag';
import { PollyCallScope } from './polly-call-scope';
import type { PollyClientHolder } from './polly-client-holder';
import { isPollyEngineType, type PollyEngineType } from './polly-engine-type';
import { ENGINE_ID, invalidArgument } from './polly-errors';

/** A Polly voice with one engine type: `id` (`Joanna:neural`) works as `polly(id)`. */
export type PollyVoice = VoiceV1 & {
  /** The engine type this entry speaks with: its voice family. */
  family: PollyEngineType;
  /** Every engine type the voice supports. */
  supportedEngines: PollyEngineType[];
  /** Polly's language name, e.g. `US English`. */
  languageName?: string;
};

export type PollyVoicesOptions = {
  /** Only voices of this engine type. */
  engine?: PollyEngineType;
  /** Only voices for this Polly language code, e.g. `en-US`. */
  languageCode?: string;
  abortSignal?: AbortSignal;
};

const MAX_PAGES = 50;

function toVoices(voice: Voice, engine: PollyEngineType | undefined): PollyVoice[] {
  if (!voice.Id) return [];
  const supportedEngines = (voice.SupportedEngines ?? []).filter(isPollyEngineType);
  const languages = [voice.LanguageCode, ...(voice.AdditionalLanguageCodes ?? [])]
    .filter((code): code is NonNullable<typeof code> => typeof code === 'string')
    .map(toBcp47);
  const gender =
    voice.Gender === 'Female' ? 'female' : voice.Gender === 'Male' ? 'male' : undefined;
  return supportedEngines
    .filter((family) => engine === undefined || family === engine)
    .map((family) => ({
      id: `${voice.Id}:${family}`,
      name: voice.Name ?? voice.Id ?? '',
      engine: ENGINE_ID,
      languages: [...new Set(languages)],
      ...(gender === undefined ? {} : { gender }),
      family,
      supportedEngines,
      ...(voice.LanguageName === undefined ? {} : { languageName: voice.LanguageName }),
    }));
}

/** Every voice from `DescribeVoices` (all pages), one entry per engine type. */
export async function listPollyVoices(options: {
  clients: PollyClientHolder;
  timeoutMs: number;
  voices: PollyVoicesOptions;
}): Promise<PollyVoice[]> {
  const { engine, languageCode, abortSignal } = options.voices;
  if (engine !== undefined && !isPollyEngineType(engine))
    throw invalidArgument({
      argument: 'options.engine',
      message: `unknown Polly engine type "${String(engine)}"`,
    });
  const connection = await options.clients.get();
  const scope = new PollyCallScope({
    callerSignal: abortSignal,
    timeoutMs: options.timeoutMs,
    operation: 'DescribeVoices',
  });
  try {
    const voices: PollyVoice[] = [];
    let nextToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      scope.throwIfStopped();
      const input: DescribeVoicesCommandInput = {
        IncludeAdditionalLanguageCodes: true,
        ...(engine === undefined ? {} : { Engine: engine }),
        ...(languageCode === undefined
          ? {}
          : { LanguageCode: languageCode as DescribeVoicesCommandInput['LanguageCode'] }),
        ...(nextToken === undefined ? {} : { NextToken: nextToken }),
      };
      const output = await connection.client.send(
        new connection.sdk.DescribeVoicesCommand(input),
        { abortSignal: scope.signal },
      );
      for (const voice of output.Voices ?? []) voices.push(...toVoices(voice, engine));
      nextToken = output.NextToken;
      if (!nextToken) break;
    }
    return voices;
  } catch (error) {
    throw scope.toError(error);
  } finally {
    scope.dispose();
  }
}
