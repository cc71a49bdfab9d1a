// compare.mjs trains nlp.js's intent classifier on bot/nlu's own labelled
// utterances and measures it on the shared dev set, for docs/performance.md
// beside `loandesk eval`. nlp.js learns intents only: slots, flags and (for
// Chinese) sentiment have no counterpart, so only intent accuracy and speed
// are compared; English sentiment, which nlp.js ships a lexicon for, is
// reported on the side.
//
//   npm install && node compare.mjs [--dev FILE] [--train FILE] [--rounds 50] [--misses]
//
// Prints one JSON object. nlp.js needs a locale per utterance: zh for both
// Chinese scripts, en for English, taken from the set's lang label (an
// advantage ours does not get: bot/nlu detects the language itself).
// Traditional Chinese is handled three ways, one variant each:
//   t2s  — converted to Simplified (OpenCC, Taiwan → mainland) in training and
//          before classifying, as bot/nlu's normaliser does; the headline;
//   raw  — trained and classified as written;
//   both — trained as written and converted, classified as written.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import basic from '@nlpjs/basic';
import langZh from '@nlpjs/lang-zh';
import OpenCC from 'opencc-js';

const { containerBootstrap, Nlp, LangEn } = basic;
const { LangZh } = langZh;

// stdout carries only the summary: nlp.js's own console output goes to stderr.
const print = console.log.bind(console);
console.log = (...a) => console.error(...a);

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    dev: { type: 'string', default: path.join(here, '../../../../shared/eval/dev/utterances.jsonl') },
    train: { type: 'string', default: path.join(here, '../../nlu/testdata/labelled.tsv') },
    rounds: { type: 'string', default: '50' },
    misses: { type: 'boolean', default: false },
  },
});
const rounds = Number.parseInt(args.rounds, 10);
if (!(rounds >= 1 && rounds <= 100000)) {
  fail(`--rounds ${args.rounds}: want 1-100000`);
}

function fail(msg) {
  console.error(`compare: ${msg}`);
  process.exit(2);
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const tsvLang = { s: 'zh-Hans', t: 'zh-Hant', e: 'en' };
const locale = (lang) => (lang === 'en' ? 'en' : 'zh');

// readTrain reads bot/nlu/testdata/labelled.tsv: lang<TAB>intent<TAB>slots<TAB>text.
function readTrain(file) {
  const rows = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    if (cols.length !== 4 || !tsvLang[cols[0]]) fail(`${file}:${i + 1}: want lang<TAB>intent<TAB>slots<TAB>text`);
    rows.push({ lang: tsvLang[cols[0]], intent: cols[1], text: cols[3] });
  });
  return rows;
}

// readDev reads the shared dev-set format; only text, lang and intent are used here.
function readDev(file) {
  const rows = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let c;
    try {
      c = JSON.parse(line);
    } catch (e) {
      fail(`${file}:${i + 1}: ${e.message}`);
    }
    if (typeof c.text !== 'string' || !['zh-Hans', 'zh-Hant', 'en'].includes(c.lang) || typeof c.intent !== 'string') {
      fail(`${file}:${i + 1}: want {"text","lang","intent",…}`);
    }
    rows.push({ line: i + 1, ...c });
  });
  return rows;
}

async function newNlp() {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  container.use(LangZh);
  // nlp.js's defaults for every locale's classifier, less the per-epoch training log
  container.registerConfiguration('nlu-??', {
    keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2,
    spellCheck: false, spellCheckDistance: 1, filterZeros: true, log: false,
  });
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false; // no model.nlp written beside the script
  nlp.settings.autoLoad = false;
  nlp.addLanguage('en');
  nlp.addLanguage('zh');
  return nlp;
}

// The three ways of treating Traditional Chinese: what to train on, and what to classify.
const variants = {
  t2s: {
    train: (r) => [r.lang === 'zh-Hant' ? toSimplified(r.text) : r.text],
    input: (c) => (c.lang === 'zh-Hant' ? toSimplified(c.text) : c.text),
  },
  raw: { train: (r) => [r.text], input: (c) => c.text },
  both: {
    train: (r) => (r.lang === 'zh-Hant' ? [r.text, toSimplified(r.text)] : [r.text]),
    input: (c) => c.text,
  },
};

// nearest-rank percentile, as bot/evalset computes it
function rank(sorted, p) {
  const i = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(Math.max(i, 0), sorted.length - 1)];
}

function timing(samplesNs) {
  const sorted = [...samplesNs].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  const us = (ns) => Math.round(ns / 10) / 100;
  return {
    samples: sorted.length,
    p50_us: us(rank(sorted, 0.5)),
    p99_us: us(rank(sorted, 0.99)),
    max_us: us(sorted[sorted.length - 1]),
    utterances_per_s: Math.round(sorted.length / (total / 1e9)),
  };
}

const accuracy = (ok, n) => ({ correct: ok, total: n, accuracy: n ? Math.round((ok / n) * 10000) / 10000 : 0 });

async function runVariant(name, v, train, dev) {
  const nlp = await newNlp();
  for (const r of train) {
    for (const text of v.train(r)) nlp.addDocument(locale(r.lang), text, r.intent);
  }
  const t0 = process.hrtime.bigint();
  await nlp.train();
  const trainMs = Number(process.hrtime.bigint() - t0) / 1e6;

  // As `loandesk eval --rounds N`: one timed pass for accuracy; with N > 1 the
  // timing is of N further passes instead. Script conversion is not timed.
  const pass = async (answers) => {
    const samples = [];
    for (const c of dev) {
      const input = v.input(c);
      const start = process.hrtime.bigint();
      const out = await nlp.process(locale(c.lang), input);
      samples.push(Number(process.hrtime.bigint() - start));
      answers?.push(out);
    }
    return samples;
  };
  const answers = [];
  let samples = await pass(answers);
  if (rounds > 1) {
    samples = [];
    for (let r = 0; r < rounds; r += 1) samples.push(...(await pass()));
  }

  let ok = 0;
  const byLang = {};
  const misses = [];
  dev.forEach((c, i) => {
    const got = answers[i].intent === 'None' ? 'unknown' : answers[i].intent;
    const hit = got === c.intent;
    ok += hit ? 1 : 0;
    byLang[c.lang] ??= { ok: 0, n: 0 };
    byLang[c.lang].ok += hit ? 1 : 0;
    byLang[c.lang].n += 1;
    if (!hit) misses.push({ line: c.line, text: c.text, want: c.intent, got, score: Math.round(answers[i].score * 1000) / 1000 });
  });
  const result = {
    variant: name,
    train_documents: train.reduce((n, r) => n + v.train(r).length, 0),
    train_ms: Math.round(trainMs),
    intent: accuracy(ok, dev.length),
    intent_by_lang: Object.fromEntries(Object.entries(byLang).map(([k, x]) => [k, accuracy(x.ok, x.n)])),
    timing: timing(samples),
  };
  if (args.misses) result.misses = misses;
  return { result, answers };
}

// nlp.js's sentiment has a lexicon for English only (lang-zh ships none);
// its vote is positive, negative or neutral, like the dev set's label.
function englishSentiment(dev, answers) {
  let ok = 0;
  let n = 0;
  dev.forEach((c, i) => {
    if (c.lang !== 'en' || typeof c.sentiment !== 'string' || !answers[i].sentiment) return;
    n += 1;
    ok += answers[i].sentiment.vote === c.sentiment ? 1 : 0;
  });
  return accuracy(ok, n);
}

const train = readTrain(args.train);
const dev = readDev(args.dev);
// read from node_modules: opencc-js's exports do not include its package.json
const version = (p) => JSON.parse(fs.readFileSync(path.join(here, 'node_modules', p, 'package.json'), 'utf8')).version;

const summary = {
  tool: 'nlp.js',
  versions: {
    node: process.version,
    '@nlpjs/basic': version('@nlpjs/basic'),
    '@nlpjs/nlp': version('@nlpjs/nlp'),
    '@nlpjs/lang-zh': version('@nlpjs/lang-zh'),
    'opencc-js': version('opencc-js'),
  },
  train: { file: path.relative(process.cwd(), args.train), utterances: train.length },
  dev: { file: args.dev, utterances: dev.length },
  rounds,
  locale_from: 'the dev set lang label',
  variants: [],
};
for (const [name, v] of Object.entries(variants)) {
  const { result, answers } = await runVariant(name, v, train, dev);
  if (name === 't2s') summary.sentiment_en = englishSentiment(dev, answers);
  summary.variants.push(result);
}
print(JSON.stringify(summary, null, 2));
