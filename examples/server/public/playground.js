// The ttskit playground: no build step, no dependencies. Audio comes from
// `POST /v1/speech` with `stream: true` and `Accept: application/x-ndjson`
// (raw PCM chunks as base64, word events, then an end summary) and plays
// through Web Audio while the rest is still being synthesized.

const $ = (id) => document.getElementById(id);

/** What the page is doing; exposed as `window.playground` for tests and curious users. */
const state = {
  audioContext: undefined,
  /** Context time the first chunk starts at, and where the next one goes. */
  startTime: undefined,
  nextStartTime: 0,
  scheduledBuffers: 0,
  receivedBytes: 0,
  words: [],
  highlighted: -1,
  requests: 0,
  lastEnd: undefined,
  controller: undefined,
  sources: [],
};
window.playground = state;

function apiHeaders(extra = {}) {
  const key = $('api-key').value.trim();
  return key ? { ...extra, authorization: `Bearer ${key}` } : extra;
}

function showStatus(message, isError = false) {
  $('status').textContent = message;
  $('status').classList.toggle('error', isError);
}

async function loadVoices() {
  const response = await fetch('/v1/voices', { headers: apiHeaders() });
  if (response.status === 401) {
    $('api-key-label').hidden = false;
    showStatus('This server needs an API key: enter it, then press Speak.', true);
    return;
  }
  const { engines, voices } = await response.json();
  const engineSelect = $('engine');
  engineSelect.replaceChildren(
    ...engines.map(
      (engine) => new Option(engine.id, engine.id, engine.default, engine.default),
    ),
  );
  const fillVoices = () => {
    const engine = engines.find((item) => item.id === engineSelect.value);
    const list = voices.filter((voice) => voice.engine === engineSelect.value);
    list.sort((a, b) => a.id.localeCompare(b.id));
    $('voice').replaceChildren(
      ...list.map((voice) => {
        const selected = voice.id === engine?.defaultVoice;
        return new Option(`${voice.name} (${voice.id})`, voice.id, selected, selected);
      }),
    );
  };
  engineSelect.onchange = fillVoices;
  fillVoices();
}

function stop() {
  state.controller?.abort();
  for (const source of state.sources) source.stop();
  state.sources = [];
  $('stop').disabled = true;
}

/** Schedules one chunk of s16le PCM right after the previous one. */
function playPcm(base64, sampleRate) {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  const samples = new Int16Array(bytes.buffer, 0, bytes.byteLength >> 1);
  if (samples.length === 0) return;
  const context = state.audioContext;
  const buffer = context.createBuffer(1, samples.length, sampleRate);
  const channel = buffer.getChannelData(0);
  for (let index = 0; index < samples.length; index++)
    channel[index] = samples[index] / 32768;
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  const at = Math.max(state.nextStartTime, context.currentTime + 0.05);
  state.startTime ??= at;
  source.start(at);
  state.sources.push(source);
  state.nextStartTime = at + buffer.duration;
  state.scheduledBuffers++;
  state.receivedBytes += bytes.byteLength;
}

function addWord(word) {
  const span = document.createElement('span');
  span.textContent = word.text;
  $('transcript').append(span, ' ');
  state.words.push({ ...word, span });
}

/** Moves the highlight to the word being heard now. */
function highlight() {
  requestAnimationFrame(highlight);
  if (state.startTime === undefined || !state.audioContext) return;
  const elapsedMs = (state.audioContext.currentTime - state.startTime) * 1000;
  let current = -1;
  for (const [index, word] of state.words.entries())
    if (word.startMs <= elapsedMs) current = index;
  if (current === state.highlighted) return;
  state.highlighted = current;
  for (const [index, word] of state.words.entries()) {
    word.span.classList.toggle(
      'current',
      index === current && elapsedMs < word.endMs + 150,
    );
    word.span.classList.toggle('spoken', index < current);
  }
}

function showError(error) {
  const where = error.line ? ` (line ${error.line}, column ${error.column})` : '';
  showStatus(
    `${error.message}${where}${error.snippet ? `\n${error.snippet}` : ''}`,
    true,
  );
  if (error.line) {
    const lines = $('input').value.split('\n');
    const offset =
      lines.slice(0, error.line - 1).reduce((sum, line) => sum + line.length + 1, 0) +
      error.column -
      1;
    $('input').focus();
    $('input').setSelectionRange(offset, offset + 1);
  }
}

function showEnd(end, startedAt, firstAudioAt) {
  state.lastEnd = end;
  $('stat-cache').textContent = end.cached ? 'hit' : 'miss';
  $('stat-first').textContent =
    `${Math.round(firstAudioAt - startedAt)} ms (server ${end.firstAudioMs} ms)`;
  $('stat-total').textContent =
    `${Math.round(performance.now() - startedAt)} ms (server ${end.elapsedMs} ms)`;
  $('stat-duration').textContent = `${(end.durationMs / 1000).toFixed(2)} s`;
  $('stat-voice').textContent = `${end.engine} / ${end.voice}`;
  $('stat-key').textContent = end.key;
  $('download').disabled = false;
}

function requestBody(extra) {
  const mode = $('mode-ssml').checked ? 'ssml' : 'text';
  return JSON.stringify({
    [mode]: $('input').value,
    engine: $('engine').value || undefined,
    voice: $('voice').value || undefined,
    ...extra,
  });
}

async function speak() {
  stop();
  state.audioContext ??= new AudioContext();
  await state.audioContext.resume();
  Object.assign(state, {
    startTime: undefined,
    nextStartTime: 0,
    words: [],
    highlighted: -1,
    lastEnd: undefined,
  });
  state.requests++;
  $('transcript').replaceChildren();
  showStatus('Synthesizing…');
  const controller = new AbortController();
  state.controller = controller;
  $('stop').disabled = false;
  const startedAt = performance.now();
  let firstAudioAt;
  try {
    const response = await fetch('/v1/speech', {
      method: 'POST',
      headers: apiHeaders({
        'content-type': 'application/json',
        accept: 'application/x-ndjson',
      }),
      body: requestBody({ format: 'pcm', stream: true }),
      signal: controller.signal,
    });
    if (!response.ok) return showError((await response.json()).error);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      pending += value;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line);
        if (event.type === 'audio') {
          firstAudioAt ??= performance.now();
          playPcm(event.data, event.sampleRate);
        } else if (event.type === 'word') addWord(event);
        else if (event.type === 'end')
          showEnd(event, startedAt, firstAudioAt ?? performance.now());
        else if (event.type === 'error') return showError(event.error);
      }
    }
    showStatus('');
  } catch (error) {
    if (error.name !== 'AbortError') showStatus(String(error), true);
  }
}

async function download() {
  const response = await fetch('/v1/speech', {
    method: 'POST',
    headers: apiHeaders({ 'content-type': 'application/json' }),
    body: requestBody({ format: 'wav' }),
  });
  if (!response.ok) return showError((await response.json()).error);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = 'ttskit.wav';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  void speak();
});
$('stop').addEventListener('click', stop);
$('download').addEventListener('click', () => void download());
$('api-key').addEventListener('change', () => void loadVoices());
requestAnimationFrame(highlight);
loadVoices().catch((error) => showStatus(String(error), true));
