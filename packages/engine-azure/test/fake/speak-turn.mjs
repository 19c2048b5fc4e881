// One synthesis turn as the service sends it: turn.start, response (naming
// the audio stream), audio.metadata and binary audio frames, then turn.end.
import { setTimeout as sleep } from 'node:timers/promises';
import { encodeMp3 } from '@ttskit/core';
import { audioFrame, textFrame } from './speech-frames.mjs';
import { formatSampleRate, planTimeline, renderTimeline } from './speech-timeline.mjs';

const STREAM_ID = 'A1B2C3D4E5F60718293A4B5C6D7E8F90';

function pcmBytes(samples) {
  return new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength);
}

function concatSamples(events) {
  const total = events.reduce((sum, event) => sum + (event.samples?.length ?? 0), 0);
  const samples = new Int16Array(total);
  let offset = 0;
  for (const event of events) {
    if (!event.samples) continue;
    samples.set(event.samples, offset);
    offset += event.samples.length;
  }
  return samples;
}

/** Compressed formats come as one encoded blob after all the metadata. */
async function encodedAudio({ format, events, sampleRate }) {
  const samples = concatSamples(events);
  if (format.includes('mp3')) return encodeMp3({ samples, sampleRate });
  // not real Opus: the tests only check that the bytes pass through untouched
  return new Uint8Array(
    Buffer.concat([Buffer.from('OggS'), Buffer.from(pcmBytes(samples))]),
  );
}

export async function speakTurn({ socket, turn, behaviour }) {
  const { requestId } = turn;
  const format =
    turn.context.synthesis?.audio?.outputFormat ?? 'raw-16khz-16bit-mono-pcm';
  const sampleRate = formatSampleRate(format);
  const { events, sessionTicks } = renderTimeline({
    items: planTimeline(turn.ssml, behaviour.wordSplitting),
    sampleRate,
  });
  const open = () => socket.readyState === socket.OPEN;
  const send = async (frame) => {
    if (!open()) return;
    socket.send(frame);
    if (behaviour.frameDelayMs > 0) await sleep(behaviour.frameDelayMs);
  };
  const sendAudio = async (bytes) => {
    for (let offset = 0; offset < bytes.byteLength; offset += behaviour.chunkBytes)
      await send(
        audioFrame({
          requestId,
          streamId: STREAM_ID,
          audio: bytes.subarray(offset, offset + behaviour.chunkBytes),
        }),
      );
  };
  // PCM goes out in frames of chunkBytes, metadata running a little ahead
  let pending = [];
  let pendingBytes = 0;
  const queueAudio = async (bytes, flush = false) => {
    if (bytes.byteLength > 0)
      pending.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    pendingBytes += bytes.byteLength;
    if (pendingBytes < behaviour.chunkBytes && !flush) return;
    const joined = Buffer.concat(pending);
    const whole = flush
      ? joined.length
      : joined.length - (joined.length % behaviour.chunkBytes);
    await sendAudio(joined.subarray(0, whole));
    pending = [joined.subarray(whole)];
    pendingBytes = joined.length - whole;
  };
  const context = { serviceTag: `tag-${requestId}` };
  await send(
    textFrame({ path: 'turn.start', requestId, body: JSON.stringify({ context }) }),
  );
  const audio = { type: 'inline', streamId: STREAM_ID };
  await send(
    textFrame({ path: 'response', requestId, body: JSON.stringify({ context, audio }) }),
  );
  const compressed = !format.endsWith('-pcm');
  for (const event of events) {
    if (event.metadata)
      await send(
        textFrame({
          path: 'audio.metadata',
          requestId,
          body: JSON.stringify({ Metadata: [event.metadata] }),
        }),
      );
    if (event.samples && !compressed) await queueAudio(pcmBytes(event.samples));
  }
  if (compressed) await sendAudio(await encodedAudio({ format, events, sampleRate }));
  else await queueAudio(new Uint8Array(0), true);
  const sessionEnd = { Type: 'SessionEnd', Data: { Offset: sessionTicks } };
  await send(
    textFrame({
      path: 'audio.metadata',
      requestId,
      body: JSON.stringify({ Metadata: [sessionEnd] }),
    }),
  );
  await send(textFrame({ path: 'turn.end', requestId, body: '{}' }));
}
