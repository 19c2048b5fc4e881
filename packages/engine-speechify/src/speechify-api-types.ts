/**
 * Speechify's wire format (https://docs.sws.speechify.com/api-reference and
 * the OpenAPI document behind https://docs.speechify.ai). Every response
 * field is optional here: the engine checks what it reads.
 */

/** `audio_format` of `POST /v1/audio/speech`. */
export type SpeechifyAudioFormat = 'wav' | 'mp3' | 'ogg' | 'aac' | 'pcm';

/** Body of `POST /v1/audio/speech` and `POST /v1/audio/stream`. */
export type SpeechifySpeechRequestBody = {
  input: string;
  voice_id: string;
  /** Speech endpoint only; the stream endpoint takes the `Accept` header. */
  audio_format?: SpeechifyAudioFormat;
  language?: string;
  model?: string;
  options?: {
    loudness_normalization?: boolean;
    text_normalization?: boolean;
  };
};

/** One speech mark: `start`/`end` index the input, times are milliseconds. */
export type SpeechifySpeechMarkChunk = {
  type?: string;
  value?: string;
  start?: number;
  end?: number;
  start_time?: number;
  end_time?: number;
};

/** A sentence (or the whole input) with its word chunks. */
export type SpeechifyNestedChunk = SpeechifySpeechMarkChunk & {
  chunks?: SpeechifyNestedChunk[];
};

export type SpeechifySpeechResponse = {
  /** Base64-encoded audio. */
  audio_data?: string;
  audio_format?: string;
  billable_characters_count?: number;
  /** An object today; the first SDKs typed it as an array of them. */
  speech_marks?: SpeechifyNestedChunk | SpeechifyNestedChunk[];
};

export type SpeechifyVoiceLanguage = { locale?: string; preview_audio?: string | null };

export type SpeechifyVoiceModel = { name?: string; languages?: SpeechifyVoiceLanguage[] };

export type SpeechifyVoiceEntry = {
  id?: string;
  type?: string;
  display_name?: string;
  /** `male`, `female`, `not_specified` (older responses: `notSpecified`). */
  gender?: string;
  locale?: string;
  models?: SpeechifyVoiceModel[];
  tags?: string[] | null;
  preview_audio?: string | null;
};

/** `GET /v1/voices`: an array (first API version) or a page of them. */
export type SpeechifyVoicesResponse =
  | SpeechifyVoiceEntry[]
  | { voices?: SpeechifyVoiceEntry[]; has_more?: boolean; next_cursor?: string | null };

/** The error envelope of every non-2xx response (older responses: `error` is a string). */
export type SpeechifyErrorBody = {
  error?: string | { code?: string; message?: string; fields?: Record<string, string> };
  message?: string;
  request_id?: string;
};
