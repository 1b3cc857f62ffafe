/**
 * More ways of remarking on the new partner, read once the text has brought the partner up:
 * a dismissive aside ("you do you", "but there we go", "that's not my business"), a comparison
 * with the writer ("I hope she cooks as well as I did"), a rhetorical question ("isn't she a bit
 * young for you?"), a doubt dressed as a joke ("reckon he'll outlast the last one?", "I wouldn't
 * be booking any venues"). The partner must be in view: a pronoun in a get-well card about a
 * friend's mother is not a partner.
 */
import { judges } from '../../lexicon/judgement';
import { words } from '../../lexicon/words';
import type { SentenceLanguage } from '../../language';
import { partnerReferences } from '../../language/partner';
import { findIn, lemma, readsAt, sentenceSpan, word } from '../../language/query';
import type { RuleContext, TokenSpan } from '../../rule';

/** Sentences after a mention of the partner that a remark can still be about them. */
const REACH = 3;

/** Asides that shrug at the writer's verdict, or carry one, when the partner is in view. */
const ASIDES = [
  // Shrugs that say "I disapprove": "you do you", "each to their own", "but there we go".
  'you do you',
  'each to their own',
  'each to his own',
  'each to her own',
  'to each their own',
  'takes all sorts',
  'no accounting for taste',
  'floats your boat',
  'there we go',
  'who am i to judge',
  'not my business',
  'none of my business',
  'your funeral',
  'if you say so',
  'rather you than me',
  'better you than me',
  'i would have thought',
  'i would have thought you',
  'have picked for you',
  'have chosen for you',
  'know what you are doing',
  'know what you are getting into',
  // Comparisons with the writer: "cooks as well as I did", "better than I ever could".
  'as well as i',
  'as good as i',
  'as much as i',
  'half as',
  // Looks and age: "he looked about twelve", "finished growing up".
  'looked about',
  'look about',
  'finished growing up',
  'done growing up',
  'needs to grow up',
  'midlife crisis',
  'mid life crisis',
  'all muscle',
  'all muscles',
  'all looks',
  'no conversation',
  'no personality',
  'lights are on',
  // What they see in them: "what she has going for her", "her taste in music will grow on you".
  'going for her',
  'going for him',
  'going for them',
  'her taste in',
  'his taste in',
  'their taste in',
  'grow on you',
  'even let you',
  'let you out',
  'on a short leash',
  'wears the trousers',
  'worth more than',
  'hope he is worth',
  'hope she is worth',
  'hope they are worth',
  'guys like that',
  'guys like him',
  'men like that',
  'men like him',
  'girls like that',
  'girls like her',
  'women like that',
  'women like her',
  'never stick around',
  'until she gets bored',
  'until he gets bored',
  'till she gets bored',
  'till he gets bored',
  // Doubts dressed as jokes: "reckon he'll outlast the last one?", "I wouldn't book a venue".
  'outlast',
  'than the last one',
  'like the last one',
  'booking any',
  'book any',
  'booking the',
  'buy a hat',
  'buying a hat',
  'get too attached',
  'get too comfortable',
  'warm to her',
  'warm to him',
  'take to her',
  'take to him',
  'approve of her',
  'approve of him',
];

/** The asides by their first word. */
const ASIDES_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const phrase of ASIDES) {
    const first = phrase.split(' ')[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
  }
  return byFirst;
})();

/** Words of degree and judgement a rhetorical question about the partner carries. */
const LOADED = words('bit little too rather kind sort quite awfully one who');
const AGE_AND_LOOKS = words('old older young younger short tall plain skinny fat bald loud quiet posh common');

/** "even more lovely", "even if", "even though": not a sneer. */
const NOT_SNEERING_EVEN = words('more better nicer lovelier happier if though so when after before');

/** Past misdeeds a rhetorical question raises: "didn't he cheat on his last girlfriend?". */
const MISDEEDS = words('gossip gossiping gossips cheat cheated cheating lie lied lying steal stole dump dumped ex');

/** Is the partner in view in this sentence: named there, or named a few sentences before? */
function partnerInView(context: RuleContext, s: SentenceLanguage): boolean {
  const refs = partnerReferences(context.analysis);
  if (refs.own.has(s.index)) return false;
  if (refs.sentences.has(s.index) || refs.unexplained.has(s.index)) return true;
  return refs.mentions.some((m) => m <= s.index && s.index - m <= REACH);
}

/** "Each to their own", "I hope she cooks as well as I did", "reckon he'll outlast the last one?". */
export function* partnerAside(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!partnerInView(context, s)) return;
  // One pass over the sentence: only the asides that start with this word (or its lemma) are tried.
  for (let k = s.first; k < s.end; k++) {
    const w = word(s, k);
    const l = lemma(s, k);
    // Read by the lemma only in the present or future: "the dogs took to her straight away" is a fact, warmly told.
    const pastForm = l !== w && (w === 'took' || w.endsWith('ed'));
    const candidates = [
      ...(ASIDES_BY_FIRST.get(w) ?? []),
      ...(l !== w && !pastForm ? (ASIDES_BY_FIRST.get(l) ?? []) : []),
    ];
    if (candidates.some((phrase) => readsAt(s, k, phrase))) {
      yield sentenceSpan(s);
      return;
    }
  }
}

/** "Isn't she a bit young for you?", "Is he not the one who was always gossiping?". */
export function* rhetoricalVerdict(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question) return;
  const refs = partnerReferences(context.analysis);
  if (!refs.sentences.has(s.index) && !refs.unexplained.has(s.index)) return;
  if (refs.own.has(s.index)) return;
  // "Is she even out of school?", "does he even have a job?": "even" in a question about them sneers.
  const even = findIn(s, s.first, s.end, words('even'));
  if (even >= 0 && !NOT_SNEERING_EVEN.has(word(s, even + 1))) {
    yield sentenceSpan(s);
    return;
  }
  for (const c of s.clauses) {
    if (!c.negated || !c.inverted || c.subjectFirst < 0) continue;
    let about = false;
    for (let k = c.subjectFirst; k < c.subjectEnd; k++) if (refs.tokens.has(k)) about = true;
    if (!about && !refs.unexplained.has(s.index)) continue;
    if (!about && !words('he she they').has(word(s, c.subjectFirst))) continue;
    for (let k = c.verb + 1; k < c.end; k++) {
      const w = word(s, k);
      const l = s.lemma[k - s.first] ?? w;
      if (LOADED.has(w) || AGE_AND_LOOKS.has(w) || judges(l, w)) {
        yield sentenceSpan(s);
        return;
      }
    }
    if (findIn(s, c.first, c.end, MISDEEDS) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
}
