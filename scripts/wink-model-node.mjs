// wink-eng-lite-web-model as the built CLI loads it (scripts/build-cli.mjs puts this module in
// the package's place for the Node bundle only; the desk, the tests and tsx use the package).
//
// The package keeps its core model as 3 MB of JSON with the lexicon in base64, and every
// process copies it (JSON.parse(JSON.stringify(...))), decodes it and indexes it: about a third
// of a second, plus the time to read and compile a 4 MB chunk that holds it. The build writes
// the same model as plain JSON without the lexicon (core.json) and the lexicon and expansions
// as raw 32-bit words (core.bin), beside the bundle in wink/; here they are read and indexed as
// the package's read-core-model.js and load-core-model.js do, with the same result.
//
// The linter runs wink-nlp with the part-of-speech pipe only (src/core/lint/language/tagger.ts),
// so the named-entity and sentiment machines (half a megabyte of JSON wink-nlp would parse and
// never run) are empty here; sentence boundaries, negation and custom entities are the package's.
import { readFileSync } from 'node:fs';
import loadSBDModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPOSModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNEGATIONModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadCERMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

/** An automaton with no states, as wink-nlp's own emptyModelJSON() writes one. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The prebuilt files, beside the chunk that holds this module (dist/chunks/ or dist/). */
function read(name) {
  for (const folder of ['../wink/', './wink/']) {
    try {
      return readFileSync(new URL(folder + name, import.meta.url));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  throw new Error(`the language model (wink/${name}) is missing from the build; run npm run build:cli`);
}

function words(bytes, from, count) {
  // A copy, so the 32-bit view is aligned whatever the buffer's offset.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + count * 4));
}

/**
 * The lexeme list wink-nlp reads (`list[index]`, `list.length`) and adds to (`list.push(word)`),
 * over one string of the model's words and their starts: a word becomes a string only when read.
 */
function lexemeList(text, starts) {
  const count = starts.length - 1;
  const added = [];
  // A word read once is kept: wink-nlp reads the same few hundred words over and over, and the
  // lookup below compares against the same middle words every time.
  const read = [];
  const at = (k) => (k < count ? (read[k] ??= text.slice(starts[k], starts[k + 1])) : added[k - count]);
  const push = (...more) => {
    added.push(...more);
    return count + added.length;
  };
  const list = new Proxy([], {
    get: (target, key) => {
      if (typeof key === 'string') {
        const code = key.charCodeAt(0);
        if (code >= 48 && code <= 57) return at(Number(key));
        if (key === 'length') return count + added.length;
        if (key === 'push') return push;
      }
      return Reflect.get(target, key);
    },
    set: (_target, key) => {
      throw new Error(`the language model's lexeme list is read-only but for push (set ${String(key)})`);
    },
  });
  return { list, at, count };
}

/**
 * The lexeme hash (word -> index) wink-nlp reads and adds to (`hash[word]`, `hash[word] = index`
 * for a word the model does not know): the model's words by binary search over their sorted
 * order, words added since in a Map.
 */
function lexemeHash(at, sorted) {
  const added = new Map();
  // Words looked up before, found or not (-1); cleared when large, so hostile input cannot grow it.
  const seen = new Map();
  const find = (word) => {
    const known = added.get(word);
    if (known !== undefined) return known;
    const before = seen.get(word);
    if (before !== undefined) return before < 0 ? undefined : before;
    if (seen.size >= 50_000) seen.clear();
    const k = search(word);
    seen.set(word, k ?? -1);
    return k;
  };
  const search = (word) => {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const k = sorted[mid];
      const word2 = at(k);
      if (word2 === word) return k;
      if (word2 < word) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  };
  return new Proxy(Object.create(null), {
    get: (_target, key) => (typeof key === 'string' ? find(key) : undefined),
    has: (_target, key) => typeof key === 'string' && find(key) !== undefined,
    set: (_target, key, value) => {
      if (typeof key !== 'string') return false;
      added.set(key, value);
      return true;
    },
  });
}

/** read-core-model.js and load-core-model.js, from the prebuilt files instead of base64 JSON. */
function loadCoreModel() {
  const model = JSON.parse(read('core.json').toString('utf8'));
  const bin = read('core.bin');
  const { lexicon, xpansions, sorted, lexemes, lexemeChars } = model.binary;
  delete model.binary;
  const packing = model.packing;
  const featuresData = model.features;
  const pos = model.pos;
  model.lexicon = words(bin, 0, lexicon);
  model.xpansions = words(bin, lexicon * 4, xpansions);
  const sortedAt = (lexicon + xpansions) * 4;
  const startsAt = sortedAt + sorted * 4;
  const textAt = startsAt + (lexemes + 1) * 4;
  const lexemeWords = lexemeList(
    bin.toString('utf16le', textAt, textAt + lexemeChars * 2),
    new Int32Array(words(bin, startsAt, lexemes + 1).buffer),
  );
  featuresData.lexeme.list = lexemeWords.list;
  for (const f in packing.layout)
    if (packing.layout[f][3] === 0) {
      featuresData[f].hash = Object.create(null);
      for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
    }
  featuresData.lexeme.hash = lexemeHash(lexemeWords.at, new Int32Array(words(bin, sortedAt, sorted).buffer));
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set(clusters[k].split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].intrinsicSize = featuresData[f].list.length;
      featuresData[f].index = featuresData[f].list.length;
      featuresData[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  featuresData.lexeme.intrinsicSize = lexemeWords.count;
  featuresData.lexeme.index = lexemeWords.count;
  return model;
}

const model = Object.create(null);
model.core = loadCoreModel;
model.sbd = loadSBDModel;
model.pos = loadPOSModel;
model.ner = () => ({ machines: [], transformers: [] });
model.negation = loadNEGATIONModel;
model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
model.metaCER = loadCERMetaModel;
model.featureFn = featureFn;
model.addons = Object.create(null);
model.addons.stem = stem;
model.addons.lemmatize = lemmatize;
model.addons.readabilityStats = readabilityStats;
model.addons.wordVectors = undefined;
export default model;
