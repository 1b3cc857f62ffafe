/**
 * What a piece must say, read from structure. A letter owns the hurt the writer caused: "I hurt
 * you", "I'm sorry for how I left", "I'm sorry." after saying what they did. Non-apologies do not
 * count: "I'm sorry things ended the way they did", "sorry if you felt hurt", "I know you think I
 * hurt you", "sorry I never returned your records". A note says the writer is fine with the new
 * relationship, not only that they know of it.
 */
import { HARM_VERBS } from '../../lexicon/acts';
import { words } from '../../lexicon/words';
import type { RuleContext } from '../../rule';
import type { Clause } from '../clauses';
import type { SentenceLanguage } from '../index';
import { findIn, findPhrase, lemma, readsAt, word } from '../query';

/** What follows "sorry" when the writer apologises for their own doing. */
const OWN_DOING = words(
  'i my me what how everything hurting leaving lying cheating walking breaking treating ghosting disappearing the all',
);
/** Harm the writer can own without an object: "I lied", "I cheated", "I left without a word". */
const OWN_ACTS = words('lie cheat leave walk disappear ghost vanish abandon betray break end storm run quit go');
/** What a non-apology is sorry about: how the reader felt, or how things went. */
const NON_APOLOGY = words('if you things it we that');

/**
 * How many sentences a bare "I'm sorry." may follow the wrong it answers: a confession often runs
 * on for a paragraph before the apology closes it.
 */
const BARE_REACH = 6;

/** What may close "sorry for that": "...that too", "...all of it", "...it from the bottom of my heart". */
const POINTED_BACK_END = words('too also again of from with truly');
/** The writer's verdict on themselves or their act: "I was a rotten partner", "that was cruel of me". */
const SELF_BLAME = words(`
  rotten terrible awful cruel selfish unkind unfair wrong shameful cowardly horrible lousy nasty mean heartless cold low
  lowest small petty spiteful dishonest disloyal unforgivable inexcusable weak ugly wicked arrogant thoughtless careless
  disgraceful
`);
/** A wrong named as a thing: "It was a violation", "it was intellectual theft". */
const WRONGS = words('betrayal violation theft lie lies cowardice selfishness jealousy pride');

function sorryFor(s: SentenceLanguage, k: number): 'own' | 'non' | 'bare' {
  let j = k + 1;
  while (j < s.end && words('so very truly really deeply sincerely for about that').has(word(s, j))) j++;
  if (j >= s.end) return 'bare';
  const w = word(s, j);
  // "I'm sorry, Nikos." "I'm sorry, and I'm not writing to make excuses."
  if (word(s, j) === 'and' || (s.tokens[j] && (s.tokens[j] as { gap: number }).gap >= 2)) return 'bare';
  if (w === 'the' && findIn(s, j, Math.min(s.end, j + 4), words('pain hurt way harm damage things')) >= 0)
    return word(s, j + 1) === 'way' || findIn(s, j, Math.min(s.end, j + 4), words('pain hurt harm damage')) >= 0
      ? 'own'
      : 'non';
  if (
    w === 'i' &&
    findIn(s, j + 1, Math.min(s.end, j + 6), words('returned forgot lost missed borrowed kept took')) >= 0 &&
    findIn(s, j + 1, s.end, HARM_VERBS) < 0
  )
    return 'non';
  // "I'm sorry for that.", "sorry for it too": the wrong just told, pointed back at.
  // "I'm sorry for it, Mairi.": a comma after it closes the apology as surely as a full stop.
  if (
    words('that this it').has(w) &&
    (j + 1 >= s.end ||
      POINTED_BACK_END.has(word(s, j + 1)) ||
      ((s.tokens[j + 1] as { gap: number } | undefined)?.gap ?? 0) >= 2)
  )
    return 'bare';
  if (NON_APOLOGY.has(w) && w !== 'that') return 'non';
  return OWN_DOING.has(w) ? 'own' : 'non';
}

/** What a wrong was not, said by the writer of their own act: "That wasn't fair", "it wasn't right of me". */
const NOT_OWED = words('fair right kind okay ok decent');

function ownsTheWrong(s: SentenceLanguage): boolean {
  for (const c of s.clauses) {
    if (c.negated || c.conditional || c.verb < 0 || !(c.copula || c.lemma === 'be')) continue;
    const who = word(s, c.first);
    if (c.subject !== 'i' && !(who === 'that' || who === 'it' || who === 'this')) continue;
    if (findIn(s, c.verb + 1, Math.min(c.end, c.verb + 5), SELF_BLAME) < 0) continue;
    // "It was unfair on you" is fine; "it was cold out" is weather: the act or the writer, said so.
    if (
      c.subject === 'i' ||
      findPhrase(s, c.verb, s.end, 'of me') >= 0 ||
      findPhrase(s, c.verb, s.end, 'thing to') >= 0 ||
      findPhrase(s, c.verb, s.end, 'thing i') >= 0 ||
      who === 'that'
    )
      return true;
  }
  return false;
}

const WORST = words('worst lowest cruellest cruelest meanest');

/** A past harm verb as written: "belittled", "humiliated", "betrayed". */
function harmWord(w: string): boolean {
  if (!w.endsWith('ed')) return false;
  return HARM_VERBS.has(w.slice(0, -1)) || HARM_VERBS.has(w.slice(0, -2));
}

/** Wrongs that need no apology after them to be owned: "I cheated", "I lied to you for months". */
const CONFESSED = words('cheat lie betray deceive humiliate belittle manipulate gaslight mock insult wound');
/** What a habit of the writer's did to the reader: "my drinking made your life hard". */
const MY_FAULTS = words(`
  drinking temper jealousy gambling lying lies moods anger silence silences absence affair affairs cheating selfishness
  pride stubbornness behaviour behavior
`);
const DID_HARM = words('made ruined wrecked hurt cost put broke spoiled spoilt poisoned');

/**
 * A wrong owned in plain words, with no "sorry" needed: a confessed betrayal ("I cheated, and I
 * lied about it"), a claim of responsibility ("I was the one who walked out"), the reader cleared
 * ("you did nothing to deserve it"), the act judged ("leaving you was the worst thing I've ever
 * done"), the writer's habit blamed for the reader's harm ("my drinking made your life hard"), a
 * promise broken.
 */
function ownedPlainly(s: SentenceLanguage, writerActed: boolean): boolean {
  for (const c of s.clauses) {
    // "That wasn't fair.", "It wasn't right of me.": the act judged, in the negative (the "not" after the verb).
    if (
      writerActed &&
      (c.copula || c.lemma === 'be') &&
      c.past &&
      words('that it this').has(word(s, c.first)) &&
      findIn(s, c.verb + 1, c.verb + 2, words('not never')) >= 0
    ) {
      const judged = findIn(s, c.verb + 2, Math.min(c.end, c.verb + 5), NOT_OWED);
      if (judged >= 0 && (judged + 1 >= s.end || word(s, judged + 1) === 'of' || word(s, judged + 1) === 'to'))
        return true;
    }
    if (c.subject !== 'i' || c.negated || c.conditional || c.verb < 0 || !c.past) continue;
    if (CONFESSED.has(c.lemma ?? '')) return true;
    // "I broke my promise", "I broke my word to you".
    if (c.lemma === 'break' && findIn(s, c.verb + 1, Math.min(c.end, c.verb + 3), words('promise promises word')) >= 0)
      return true;
  }
  for (let k = s.first; k < s.end; k++) {
    const w = word(s, k);
    // Each shape below starts with one of these words; the rest are passed over at the cost of one look.
    if (w !== 'i' && w !== 'you' && w !== 'my' && !WORST.has(w)) continue;
    // "I was the one who walked out" (not "who got left", "who was hurt").
    if (readsAt(s, k, 'i was the one who') || readsAt(s, k, 'i am the one who')) {
      const next = word(s, k + 5);
      if (next !== 'was' && next !== 'got' && next !== 'ended' && next !== 'stayed') return true;
    }
    if (readsAt(s, k, 'you did nothing to deserve') || readsAt(s, k, 'you did not deserve')) return true;
    // "I know that cut you deep", "I know it hurt you": the writer's act, its harm named.
    if (
      readsAt(s, k, 'i know') &&
      words('that it this').has(word(s, k + 2)) &&
      HARM_VERBS.has(lemma(s, k + 3)) &&
      word(s, k + 4) === 'you'
    )
      return true;
    if (
      WORST.has(word(s, k)) &&
      readsAt(s, k + 1, 'thing i') &&
      findIn(s, k + 3, Math.min(s.end, k + 7), words('done did')) >= 0
    )
      return true;
    // "I belittled your life's work": a harm verb the tagger read as an adjective.
    if (
      word(s, k) === 'i' &&
      harmWord(word(s, k + 1)) &&
      findIn(s, k + 2, Math.min(s.end, k + 5), words('you your')) >= 0
    )
      return true;
    if (
      word(s, k) === 'my' &&
      MY_FAULTS.has(word(s, k + 1)) &&
      findIn(s, k + 2, Math.min(s.end, k + 4), DID_HARM) >= 0
    ) {
      const harm = findIn(s, k + 2, Math.min(s.end, k + 4), DID_HARM);
      if (findIn(s, harm + 1, Math.min(s.end, harm + 4), words('you your us our')) >= 0) return true;
    }
  }
  return false;
}

/** "You said I lied", "she thinks I cheated": someone else's charge, not the writer's admission. */
function reportedOwning(s: SentenceLanguage): boolean {
  return s.clauses.some((c) => c.subject !== 'i' && c.subject !== null && SAYING.has(c.lemma ?? '') && c.verb >= 0);
}
const SAYING = words('say think claim believe accuse tell insist reckon');

/** Perceiving and wishing: "I heard your dad died", "I saw your post" tell news, not a wrong done. */
const PERCEIVING = words(
  'hear see read learn find notice know think remember wonder hope want try wish miss love like get receive say write',
);

/** The writer, in the past, doing something to the reader or theirs: "I told your boss...", "I sold your car". */
function actsOnTheReader(s: SentenceLanguage, c: Clause): boolean {
  if (c.subject !== 'i' || !c.past || c.negated || c.conditional || c.verb < 0) return false;
  if (PERCEIVING.has(c.lemma ?? '')) return false;
  // "I took the decision right out of your hands": the reader may come a few words on.
  // ("I used my position on the committee to take the solo from you": through a purpose clause, too.)
  return findIn(s, c.verb + 1, Math.min(s.end, c.verb + 12), words('you your our us')) >= 0;
}

/** "It was wrong.", "That was small of me.", "It was jealousy and it was dangerous": an act judged. */
function judgedAct(s: SentenceLanguage): boolean {
  const first = word(s, s.first);
  if (first !== 'it' && first !== 'that' && first !== 'this') return false;
  const end = Math.min(s.end, s.first + 6);
  return findIn(s, s.first + 1, end, SELF_BLAME) >= 0 || findIn(s, s.first + 1, end, WRONGS) >= 0;
}

/** Does the text own the hurt the writer caused? */
export function acknowledgesHurt(context: RuleContext): boolean {
  const { analysis } = context;
  const region = context.signOff?.region;
  let admitted = -10;
  /** The last sentence where the writer did something ("I made it a choice"): "That wasn't fair." may judge it. */
  let acted = -10;
  /** The last sentence where the writer did something to the reader ("I told your boss you were not legal"). */
  let actedOnYou = -10;
  /** The last bare "I'm sorry.", which the judgement after it may close ("I'm sorry. That was cowardly."). */
  let bareSorry = -10;
  /** The last act of the writer's judged ("It was intellectual theft."), which a bare "I am sorry." may close. */
  let judged = -10;
  for (const s of analysis.language.sentences()) {
    if (region && (analysis.tokens[s.first]?.start ?? 0) >= region.start) break;
    let admits = false;
    for (const c of s.clauses) {
      if (c.subject !== 'i' || c.negated || c.conditional || c.verb < 0) continue;
      // "I know you think I hurt you": the reader's view, not the writer's admission.
      const before = s.clauses.filter((d) => d.end <= c.first).pop();
      if (
        before &&
        before.subject === 'you' &&
        !before.past &&
        (before.lemma === 'think' || before.lemma === 'feel' || before.lemma === 'believe' || before.lemma === 'say')
      )
        continue;
      const verb = c.lemma ?? '';
      const object = findIn(s, c.verb + 1, Math.min(c.end, c.verb + 4), words('you your us our'));
      if ((HARM_VERBS.has(verb) && object >= 0) || (OWN_ACTS.has(verb) && c.past)) admits = true;
    }
    // "I was a rotten partner", "That was a terrible thing to do", "that was cruel of me".
    if (!admits && ownsTheWrong(s)) {
      admits = true;
      // "I used my position to take something from you. That was a shameful thing to do.": the act just
      // told, judged by its writer, is owned without a "sorry".
      if (s.index - actedOnYou <= 2) return true;
    }
    // "I'm sorry. That was cowardly.", "I am sorry, Priya. It was wrong.": the judgement after the apology.
    if (s.index - bareSorry <= 2 && (admits || judgedAct(s))) return true;
    if (ownedPlainly(s, s.index - acted <= 1) && !reportedOwning(s)) return true;
    if (s.index - acted <= 3 && judgedAct(s)) judged = s.index;
    if (s.clauses.some((c) => c.subject === 'i' && c.past && !c.negated && c.verb >= 0)) acted = s.index;
    if (s.clauses.some((c) => actsOnTheReader(s, c))) actedOnYou = s.index;
    if (admits) admitted = s.index;
    for (let k = s.first; k < s.end; k++) {
      if (word(s, k) !== 'sorry' && word(s, k) !== 'apologise' && word(s, k) !== 'apologize') continue;
      // "I'm sorry", and "Me sorry" as a writer whose first language is signed may put it.
      const subject = findIn(s, Math.max(s.first, k - 4), k, words('i am im me'));
      if (subject < 0 && k !== s.first) continue;
      const what = sorryFor(s, k);
      if (what === 'own' || (what === 'bare' && s.index - admitted <= BARE_REACH)) return true;
      // A bare apology closing a story of what the writer did to the reader: "I took your grandma's belt and
      // pawned it. ... I'm sorry."
      if (what === 'bare' && s.index - actedOnYou <= BARE_REACH) return true;
      // "It was intellectual theft, and a betrayal of you. I am sorry.": the act judged, then the apology.
      if (what === 'bare' && s.index - judged <= 2) return true;
      if (what === 'bare') bareSorry = s.index;
    }
    if (
      admits &&
      s.clauses.some(
        (c) =>
          c.subject === 'i' &&
          !c.negated &&
          (readsAt(s, c.first, 'i know') || readsAt(s, c.first, 'i realise') || readsAt(s, c.first, 'i realize')),
      )
    )
      return true;
  }
  return false;
}

/** Words a writer uses to say they are fine with the new relationship. */
const FINE = words(
  'fine okay ok happy glad pleased thrilled delighted stoked chuffed grand comfortable cool settled content alright',
);
/** "Trying to be happy about it", "I'll get used to it": acceptance still under way. */
const HEDGED = words('trying try learning hoping working getting used');

/** "I'm happy and fine with it", "my heart is at peace about it", "I've no problem with it at all". */
export function approvesRelationship(context: RuleContext): boolean {
  for (const s of context.analysis.language.sentences()) {
    if (blessesTheCouple(s)) return true;
    for (const c of s.clauses) {
      if (c.negated && !(readsAt(s, c.verb + 1, 'problem') || readsAt(s, c.verb + 1, 'issue'))) continue;
      if (findIn(s, c.first, c.end, HEDGED) >= 0) continue;
      const self =
        c.subject === 'i' ||
        (c.subject === 'thing' && findIn(s, c.subjectFirst, c.subjectEnd, words('heart it that')) >= 0);
      if (!self || c.verb < 0) continue;
      const after = Math.min(c.end, c.verb + 6);
      // "I'm not okay with it" (the "not" after the verb), "I won't lie and say I'm happy about it".
      if (findIn(s, c.verb + 1, Math.min(after, c.verb + 3), words('not never')) >= 0) continue;
      if (deniedBefore(s, c.first)) continue;
      // "I'm stoked", "I'm delighted": read as passives, they still describe the writer.
      if (c.passive && FINE.has(word(s, c.verb))) return true;
      if (
        (c.copula || c.lemma === 'be' || c.lemma === 'feel' || c.lemma === 'sit') &&
        (findIn(s, c.verb + 1, after, FINE) >= 0 ||
          readsAt(s, c.verb + 1, 'at peace') ||
          readsAt(s, c.verb + 1, 'at ease') ||
          findPhrase2(s, c.verb + 1, after))
      )
        return true;
      // "I've no problem with it", "I have no issue at all", "I couldn't be happier".
      if (
        (c.lemma === 'have' || c.lemma === 'got') &&
        findIn(s, c.verb + 1, after, words('problem problems issue issues')) >= 0 &&
        findIn(s, c.verb, after, words('no not')) >= 0
      )
        return true;
      if (c.negated && c.modal === 'could' && findIn(s, c.verb, c.end, words('happier gladder prouder')) >= 0)
        return true;
    }
  }
  return false;
}

const COUPLE = ['you and', 'you both', 'you two', 'the pair of you', 'the two of you', 'both of you'];
const BLESSINGS = words('happiness joy luck best love blessings');
const LOVELY = words('wonderful lovely great brilliant beautiful good gorgeous');

/**
 * "Wishing you and Lena every happiness", "here's to you and Dev", "it's lovely to see the pair
 * of you so settled", "I think it's wonderful": a blessing on the couple is approval, said warmly.
 */
function blessesTheCouple(s: SentenceLanguage): boolean {
  if (s.clauses.some((c) => c.negated) || findIn(s, s.first, s.end, HEDGED) >= 0) return false;
  const couple = COUPLE.map((p) => findPhrase(s, s.first, s.end, p)).filter((k) => k >= 0);
  if (couple.length > 0) {
    const at = Math.min(...couple);
    if (findIn(s, s.first, at, words('wishing wish')) >= 0 && findIn(s, at, s.end, BLESSINGS) >= 0) return true;
    if (findPhrase(s, s.first, at, 'here is to') >= 0 || findPhrase(s, s.first, at, 'cheers to') >= 0) return true;
    if (findIn(s, s.first, at, LOVELY) >= 0 && findPhrase(s, s.first, at, 'to see') >= 0) return true;
  }
  // "I think it's wonderful", "it's lovely news": the writer's warm verdict on the news.
  const think = findPhrase(s, s.first, s.end, 'i think it is');
  return think >= 0 && LOVELY.has(word(s, think + 4));
}

/** "I won't lie and say", "I can't pretend", "I'd be lying if I said": approval denied in the same breath. */
function deniedBefore(s: SentenceLanguage, first: number): boolean {
  const from = Math.max(s.first, first - 5);
  return (
    findPhrase(s, from, first, 'lie and say') >= 0 ||
    findPhrase(s, from, first, 'lie and tell') >= 0 ||
    findPhrase(s, from, first, 'lying if i said') >= 0 ||
    findIn(s, from, first, words('pretend pretending')) >= 0
  );
}

function findPhrase2(s: SentenceLanguage, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (
      readsAt(s, k, 'at peace') ||
      readsAt(s, k, 'at ease') ||
      readsAt(s, k, 'fine by me') ||
      readsAt(s, k, 'fine with me')
    )
      return true;
  return false;
}

/** Words of a wish to have the reader back: "again", "back", "reconnect", "together", "friends". */
const RECONNECT = words(`
  again back reconnect reconnecting close closer near together friend friends friendship start afresh over rebuild
  reunite meet meeting coffee talk talking hear see seeing future something each relationship romance partner couple
  life lives part touch contact chance dinner lunch drink drinks walk visit
`);
const WISHING = words('want like love hope wish long');
/** "We could start over", "let's put the past behind us": a wish said as a proposal. */
const PROPOSING = words('could might can should shall');

/** "I'm not writing to ask for anything": a letter that chooses to ask nothing. */
function asksNothing(s: SentenceLanguage): boolean {
  for (let k = s.first; k < s.end; k++)
    if (
      (readsAt(s, k, 'ask for anything') ||
        readsAt(s, k, 'asking for anything') ||
        readsAt(s, k, 'ask anything') ||
        readsAt(s, k, 'asking anything') ||
        readsAt(s, k, 'expect anything') ||
        readsAt(s, k, 'expecting anything')) &&
      findIn(s, Math.max(s.first, k - 4), k, words('not never')) >= 0
    )
      return true;
  return false;
}

/**
 * Does the piece say the writer would like the reader back in their life, in any form: "I'd like
 * us to reconnect", "I want you in my life again", "we could start over", "let's put the past
 * behind us", "whatever we were, I want it back"? A letter that only apologises and wishes them
 * well ("I hope you're doing well and that the kids are happy") does not. Also true when the
 * writer says plainly they ask for nothing.
 */
export function wishesThemBack(context: RuleContext): boolean {
  const { analysis } = context;
  const region = context.signOff?.region;
  for (const s of analysis.language.sentences()) {
    if (region && (analysis.tokens[s.first]?.start ?? 0) >= region.start) break;
    if (asksNothing(s)) return true;
    // "I'm open to whatever you want us to be", "what we could be to each other".
    if (
      findPhrase(s, s.first, s.end, 'open to') >= 0 ||
      findPhrase(s, s.first, s.end, 'us to be') >= 0 ||
      findPhrase(s, s.first, s.end, 'each other') >= 0
    )
      return true;
    // "Let's start again", "let us put the past behind us", "let me take you to dinner, like old times".
    if (findPhrase(s, s.first, s.end, 'like old times') >= 0 || findPhrase(s, s.first, s.end, 'like before') >= 0)
      return true;
    const letUs = findPhrase(s, s.first, s.end, 'let us');
    const at = letUs >= 0 ? letUs : findPhrase(s, s.first, s.end, 'let me');
    if (at >= 0) {
      if (findIn(s, at + 2, Math.min(s.end, at + 8), RECONNECT) >= 0 || readsAt(s, at + 2, 'put the past')) return true;
    }
    for (const c of s.clauses) {
      if (c.negated || c.verb < 0) continue;
      const verb = c.lemma ?? '';
      const wish =
        ((c.subject === 'i' || c.subject === 'we') && WISHING.has(verb)) ||
        (c.subject === 'we' && c.modal !== null && PROPOSING.has(c.modal));
      if (!wish) continue;
      // What the wish reaches to: the rest of the sentence ("I'd like you to be part of my life again").
      if (findIn(s, c.verb + 1, s.end, RECONNECT) >= 0) return true;
      if (findPhrase(s, c.verb + 1, s.end, 'in my life') >= 0 || findPhrase(s, c.verb + 1, s.end, 'your life') >= 0)
        return true;
    }
  }
  return false;
}
