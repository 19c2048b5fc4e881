// SSML pipeline per corpus document: parse, validate, normalize and lower to every dialect
// (w3c, google, azure, polly, espeak, text), each stage and the whole pipeline as a ratio to
// a raw htmlparser2 XML-mode parse of the same documents, measured in the same run.
// Interleaved rounds (every stage once per round, rotating the order), median of rounds.
// Works with whatever the built package has: missing stages are skipped with a note.
import * as ssml from '@ttskit/ssml';
import { Parser } from 'htmlparser2';
import { vendorDocuments } from './corpus.mjs';
import { formatMs, median, percentile, printTable } from './stats.mjs';

const dialectNames = ['w3c', 'google', 'azure', 'polly', 'espeak', 'text'];
const warmupRounds = 3;

function dialectExists(dialect) {
  try {
    ssml.serializeSsml(ssml.parseSsml('<speak>a</speak>'), { dialect });
    return true;
  } catch (error) {
    return !(error instanceof RangeError && /unknown SSML dialect/.test(error.message));
  }
}

/** One raw XML-mode parse with no-op callbacks: the baseline. */
function rawParse(source) {
  const parser = new Parser(
    { onopentag() {}, onattribute() {}, ontext() {}, onclosetag() {} },
    { xmlMode: true },
  );
  parser.write(source);
  parser.end();
}

/** The stages that exist in the built package, each a function of one document's inputs. */
function availableStages() {
  const notes = [];
  const validate =
    typeof ssml.validateSsml === 'function' ? ssml.validateSsml : undefined;
  const normalize =
    typeof ssml.normalizeSsml === 'function' ? ssml.normalizeSsml : undefined;
  if (validate === undefined)
    notes.push('validateSsml is not in the built package: skipped');
  if (normalize === undefined)
    notes.push('normalizeSsml is not in the built package: skipped');
  const dialects = dialectNames.filter(dialectExists);
  for (const dialect of dialectNames)
    if (!dialects.includes(dialect))
      notes.push(`dialect ${dialect} is not in the built package: skipped`);
  const lower = (document) => {
    for (const dialect of dialects) ssml.serializeSsml(document, { dialect });
  };
  const stages = [
    { name: 'raw htmlparser2 parse (baseline)', run: (item) => rawParse(item.source) },
    { name: 'parseSsml', run: (item) => ssml.parseSsml(item.source) },
  ];
  if (validate)
    stages.push({ name: 'validateSsml', run: (item) => validate(item.parsed) });
  if (normalize)
    stages.push({ name: 'normalizeSsml', run: (item) => normalize(item.parsed) });
  for (const dialect of dialects) {
    stages.push({
      name: `lower to ${dialect}`,
      run: (item) => ssml.serializeSsml(item.lowerable, { dialect }),
    });
  }
  stages.push({
    name: `total: parse + ${[validate && 'validate', normalize && 'normalize'].filter(Boolean).join(' + ')}${validate || normalize ? ' + ' : ''}lower to ${dialects.length} dialects`,
    run: (item) => {
      const parsed = ssml.parseSsml(item.source);
      if (validate) validate(parsed);
      lower(normalize ? normalize(parsed).document : parsed);
    },
  });
  return { stages, notes, normalize };
}

/** Milliseconds per document for one pass of `stage` over `items`. */
function timePass(stage, items) {
  const times = new Float64Array(items.length);
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const start = performance.now();
    stage.run(item);
    times[index] = performance.now() - start;
  }
  return times;
}

export async function runSsmlPipeline(options = {}) {
  const rounds = options.rounds ?? 25;
  const { stages, notes, normalize } = availableStages();
  for (const note of notes) console.log(`note: ${note}`);
  const items = vendorDocuments().map((document) => {
    const parsed = ssml.parseSsml(document.source);
    return {
      file: document.file,
      source: document.source,
      parsed,
      lowerable: normalize ? normalize(parsed).document : parsed,
    };
  });
  const bytes = items.reduce((sum, item) => sum + Buffer.byteLength(item.source), 0);
  for (let round = 0; round < warmupRounds; round++)
    for (const stage of stages) timePass(stage, items);

  // samples[stage][round] = per-document times of that round.
  const samples = stages.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < stages.length; step++) {
      const index = (step + round) % stages.length;
      samples[index].push(timePass(stages[index], items));
    }
  }

  const passTotal = (times) => times.reduce((sum, value) => sum + value, 0);
  const passes = samples.map((perRound) => median(perRound.map(passTotal)));
  const baseline = passes[0];
  printTable(
    `SSML pipeline: ${items.length} vendor SSML documents, ${(bytes / 1024).toFixed(0)} KB per pass, ${rounds} interleaved rounds (median)`,
    stages.map((stage, index) => ({
      stage: stage.name,
      'per corpus pass': formatMs(passes[index]),
      'per document': formatMs(passes[index] / items.length),
      'ratio to raw parse': (passes[index] / baseline).toFixed(2),
    })),
  );

  // Per document: the median over rounds of total / raw parse.
  const totalIndex = stages.length - 1;
  const perDocument = items.map((item, documentIndex) => {
    const time = (stageIndex) =>
      median(samples[stageIndex].map((times) => times[documentIndex]));
    return {
      file: item.file,
      ratio: time(totalIndex) / time(0),
      total: time(totalIndex),
    };
  });
  const ratios = perDocument.map((entry) => entry.ratio);
  const worst = [...perDocument]
    .sort((left, right) => right.ratio - left.ratio)
    .slice(0, 5);
  printTable('Per document: total pipeline / raw parse of that document', [
    {
      median: median(ratios).toFixed(1),
      p90: percentile(ratios, 0.9).toFixed(1),
      max: Math.max(...ratios).toFixed(1),
    },
  ]);
  printTable(
    'Highest per-document ratios',
    worst.map((entry) => ({
      file: entry.file,
      ratio: entry.ratio.toFixed(1),
      total: formatMs(entry.total),
    })),
  );
  return {
    ratio: passes[totalIndex] / baseline,
    stages: Object.fromEntries(
      stages.map((stage, index) => [stage.name, passes[index] / baseline]),
    ),
    notes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await runSsmlPipeline();
