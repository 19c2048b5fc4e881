import type { EngineV1CallOptions } from './engine-v1-call-options';
import type { EngineV1Capabilities } from './engine-v1-capabilities';
import type { EngineV1Result, EngineV1StreamResult } from './engine-v1-result';

/**
 * Version 1 of the engine contract: one voice of one engine. Engines never
 * retry or cache; core does both.
 */
export type EngineV1 = {
  readonly specificationVersion: 'v1';
  /** Engine id used in logs and cache keys: `espeak`, `google`, `polly`. */
  readonly engine: string;
  /** The voice this instance speaks with. */
  readonly voice: string;
  readonly capabilities: EngineV1Capabilities;
  doSynthesize(options: EngineV1CallOptions): PromiseLike<EngineV1Result>;
  doStream?(options: EngineV1CallOptions): PromiseLike<EngineV1StreamResult>;
};

/** A voice as every engine describes it. */
export type VoiceV1 = {
  id: string;
  name: string;
  engine: string;
  /** BCP-47 tags, most specific first. */
  languages: string[];
  gender?: 'female' | 'male' | 'neutral';
  /** The vendor's voice family or model (`neural`, `Neural2`, `DragonHD`, `simba-english`...). */
  family?: string;
};

/**
 * What `createXxxEngine(settings)` returns: call it with a voice id to get an
 * `EngineV1`, or list the voices it offers.
 */
export type EngineProviderV1 = {
  (voice?: string): EngineV1;
  readonly engine: string;
  readonly defaultVoice: string;
  voice(voice: string): EngineV1;
  voices(): Promise<VoiceV1[]>;
};
