import { existsSync } from 'node:fs';
import { readKokoroModelConfig, readKokoroStyles } from './kokoro-model-config';
import { KokoroVoice } from './kokoro-voice';
import { voiceError } from './onnx-voice-error';
import { PiperVoice } from './piper-voice';
import { readPiperVoiceConfig } from './piper-voice-config';
import type { VoiceEntry } from './voice-catalog';
import type { VoiceModel } from './voice-model';

function requireFile(file: string, what: string): void {
  if (!existsSync(file))
    throw voiceError({ file, reason: 'missing-file', detail: `${what} does not exist` });
}

/**
 * Reads a voice's config (and Kokoro style vectors) and checks them; the
 * model itself is loaded by the inference worker on first use. Errors are
 * `OnnxVoiceError`s naming the file.
 */
export function loadVoiceModel(entry: VoiceEntry, speaker?: string): VoiceModel {
  requireFile(entry.modelPath, 'the model file');
  if (entry.kind === 'piper') {
    requireFile(
      entry.configPath,
      'the voice config (voice.onnx.json, next to voice.onnx)',
    );
    return new PiperVoice(
      entry.modelPath,
      readPiperVoiceConfig(entry.configPath),
      speaker,
    );
  }
  requireFile(entry.configPath, 'the Kokoro config (config.json with its vocab)');
  return new KokoroVoice(
    entry.modelPath,
    readKokoroModelConfig(entry.configPath),
    readKokoroStyles(entry.stylePath),
    entry.voiceName,
  );
}
