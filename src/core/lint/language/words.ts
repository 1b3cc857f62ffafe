/**
 * Closed word classes the clause reader relies on (pronouns, auxiliaries, subordinators). These
 * are grammar, not wording advice: the open classes (insults, suffering, contact) live in lexicon/.
 */

/** Who a clause is about. `partner` is decided later, from who the text has named (see partner.ts). */
export type Person = 'i' | 'you' | 'we' | 'third' | 'thing';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, Person> = new Map<string, Person>([
  ['i', 'i'],
  ['you', 'you'],
  ['ya', 'you'],
  ['ye', 'you'],
  ['yall', 'you'],
  ['we', 'we'],
  ['he', 'third'],
  ['she', 'third'],
  ['they', 'third'],
  ['it', 'thing'],
  ['this', 'thing'],
  ['that', 'thing'],
  ['everything', 'thing'],
  ['nothing', 'thing'],
  ['everyone', 'third'],
  ['everybody', 'third'],
  ['someone', 'third'],
  ['somebody', 'third'],
  ['nobody', 'third'],
  ['people', 'third'],
]);

export const OBJECT_PRONOUNS: ReadonlyMap<string, Person> = new Map<string, Person>([
  ['me', 'i'],
  ['myself', 'i'],
  ['you', 'you'],
  ['yourself', 'you'],
  ['ya', 'you'],
  ['us', 'we'],
  ['ourselves', 'we'],
  ['him', 'third'],
  ['her', 'third'],
  ['them', 'third'],
  ['himself', 'third'],
  ['herself', 'third'],
  ['themselves', 'third'],
  ['it', 'thing'],
]);

export const POSSESSIVES: ReadonlyMap<string, Person> = new Map<string, Person>([
  ['my', 'i'],
  ['your', 'you'],
  ['our', 'we'],
  ['his', 'third'],
  ['her', 'third'],
  ['their', 'third'],
]);

/** Forms of be, do, have and the modals, by what they tell about the verb group. */
export const BE: ReadonlySet<string> = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being']);
export const DO: ReadonlySet<string> = new Set(['do', 'does', 'did', 'done']);
export const HAVE: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having']);
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'ought', 'wont']);
export const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'did', 'had', 'been']);
export const AUXILIARIES: ReadonlySet<string> = new Set([...BE, ...DO, ...HAVE, ...MODALS]);

/** Negators inside a verb group ("do not", "never"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nt', 'hardly', 'barely', 'scarcely']);
/** Negation that also cancels the whole statement ("no one", "nothing" as subjects are handled apart). */
export const STRONG_NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nt']);

/** Verbs that link a subject to a description: "you are selfish", "he seems nice". */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'seem', 'look', 'sound', 'feel', 'become', 'get', 'remain', 'stay', 'act', 'appear', 'turn', 'grow', 'go']);

/** Words that open a subordinate or coordinate clause. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'because', 'cause', 'cos', 'cuz', 'coz', 'since', 'when', 'whenever', 'while', 'whilst', 'if', 'unless', 'although', 'though',
  'that', 'as', 'after', 'before', 'until', 'till', 'til', 'whereas', 'once', 'so', 'and', 'but', 'or', 'nor', 'yet', 'then',
  'what', 'why', 'how', 'where', 'who', 'which', 'whether', 'even', 'plus',
]);
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'whenever', 'once']);
export const WH_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which', 'whom']);

/** Words that may stand before a clause without being part of it ("well, ...", "honestly ..."). */
export const DISCOURSE: ReadonlySet<string> = new Set([
  'well', 'oh', 'ok', 'okay', 'so', 'and', 'but', 'or', 'also', 'honestly', 'anyway', 'anyways', 'look', 'listen', 'hey', 'hi',
  'please', 'plz', 'pls', 'just', 'now', 'then', 'yes', 'yeah', 'yea', 'no', 'nah', 'right', 'seriously', 'really', 'still',
  'again', 'maybe', 'perhaps', 'actually', 'basically', 'sometimes', 'today', 'lol', 'haha', 'ugh', 'um', 'uh', 'hmm', 'ah', 'mate',
  'babe', 'dude', 'man', 'guys', 'sweetheart', 'honey', 'love', 'darling', 'x', 'xx', 'xxx', 'god', 'gosh', 'wow', 'oh', 'srsly',
  'tbh', 'ngl', 'lowkey', 'btw', 'jk', 'k', 'kk', 'also', 'ps', 'only', 'even', 'always', 'ever',
]);

/** Adverbs that may sit inside a verb group without ending it ("you just never really listened"). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'just', 'really', 'never', 'always', 'still', 'even', 'ever', 'truly', 'honestly', 'actually', 'literally', 'totally', 'so', 'very',
  'simply', 'completely', 'absolutely', 'genuinely', 'sincerely', 'deeply', 'clearly', 'obviously', 'probably', 'definitely',
  'certainly', 'already', 'also', 'too', 'only', 'once', 'constantly', 'kind', 'kinda', 'sort', 'sorta', 'pretty', 'quite', 'rather',
  'somehow', 'apparently', 'basically', 'seriously', 'again', 'now', 'then', 'often', 'usually', 'sometimes', 'not', 'nt', 'hardly',
  'barely', 'no', 'longer', 'all', 'both', 'finally', 'suddenly', 'maybe', 'perhaps', 'ever', 'soon',
]);
