/**
 * Romance read from structure: compliments on the reader's looks ("you're still as gorgeous as
 * the day we met"), irreplaceability ("nobody will ever know me the way you do"), and a door
 * held open for "if it doesn't work out". Wrong in a friendship piece, whatever the words.
 */
import type { Analysis } from '../../engine/analysis';
import type { Match } from '../../engine/matcher';
import { BODY_NOUNS, LOOKS_ADJECTIVES } from '../../lexicon/acts';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { SentenceLanguage } from '../index';
import {
  afterVerb,
  brokenBetween,
  clauseAt,
  clauseSpan,
  complementHead,
  findIn,
  findPhrase,
  lemma,
  pos,
  readsAt,
  sentenceSpan,
  spanFrom,
  word,
} from '../query';

/** A compliment about an occasion (the wedding, the new baby) is not flirting. */
const OCCASIONS = words('wedding bride baby daughter son graduation christening photo-shoot kids');
/** "You looked so good I forgot what I came to buy": praise of their looks that stopped the writer. */
const STRIKING = words('good great amazing incredible unreal fit gorgeous');

/** "You're still as gorgeous as the day we met", "you haven't lost your looks", "those legs of yours". */
export function* complimentOnLooks(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  // "You looked lovely at your wedding" compliments the day (but "I can't forget how beautiful you looked
  // at my cousin's wedding" dwells on them).
  if (findIn(s, s.first, s.end, OCCASIONS) >= 0 && !dwelt(s)) return;
  for (const c of s.clauses) {
    if (c.negated || c.subject !== 'you') continue;
    const { from, to } = afterVerb(c);
    if (c.copula || c.lemma === 'be' || c.lemma === 'look') {
      const head = complementHead(s, from, to);
      const looks = head >= 0 ? findIn(s, head, Math.min(to, head + 3), LOOKS_ADJECTIVES) : -1;
      // "lovely" and "fine" are as often about kindness or health: only with "look" ("you look lovely").
      if (looks >= 0 && (c.lemma === 'look' || !SOFT_LOOKS.has(word(s, looks)))) {
        yield spanFrom(c, looks + 1);
        return;
      }
      // "You looked so good I forgot what I came to buy", "you look that good that I stared".
      if (c.lemma === 'look' && head >= 0 && DEGREE_OF_EFFECT.has(word(s, head - 1)) && STRIKING.has(word(s, head))) {
        // The writer's reaction follows in the same breath: "so good (at the reunion) (that) I forgot".
        const result = s.clauses.find((r) => r.first >= c.end && r.first - head <= 6);
        const dazzled =
          result !== undefined &&
          (DAZZLED.has(result.lemma ?? '') ||
            result.negated ||
            findIn(s, result.first, result.end, words('nearly almost')) >= 0);
        if (dazzled && result.subject === 'i' && !brokenBetween(s, head, result.subjectFirst)) {
          yield sentenceSpan(s);
          return;
        }
      }
    }
  }
  // "Someone who tells you every day how stunning you are": their looks, admired in passing.
  for (let k = s.first; k + 2 < s.end; k++) {
    if (word(s, k) !== 'how' || !LOOKS_ADJECTIVES.has(word(s, k + 1)) || SOFT_LOOKS.has(word(s, k + 1))) continue;
    if (word(s, k + 2) === 'you' && words('are look looked were').has(word(s, k + 3))) {
      yield sentenceSpan(s);
      return;
    }
  }
  // "haven't lost your looks", "your eyes", "those legs of yours": the body admired.
  const looksNoun = findPhrase(s, s.first, s.end, 'your looks');
  if (looksNoun >= 0) {
    yield sentenceSpan(s);
    return;
  }
  for (let k = s.first; k < s.end; k++) {
    if (!BODY_NOUNS.has(word(s, k))) continue;
    const owner = word(s, k - 1) === 'your' || readsAt(s, k + 1, 'of yours');
    if (!owner) continue;
    if (findIn(s, s.first, s.end, ADMIRING) >= 0 || findIn(s, s.first, s.end, LOOKS_ADJECTIVES) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
  // Elliptical: "Still as handsome as ever."
  const looks = findIn(s, s.first, Math.min(s.end, s.first + 4), LOOKS_ADJECTIVES);
  if (
    looks >= 0 &&
    s.clauses.every((c) => c.subject === null) &&
    (findPhrase(s, looks, s.end, 'as ever') >= 0 || findPhrase(s, looks, s.end, 'as always') >= 0)
  ) {
    yield sentenceSpan(s);
  }
}

const SOFT_LOOKS = words('lovely fine adorable radiant glowing');
const DEGREE_OF_EFFECT = words('so that too');
/** What the sight of them did to the writer: "I forgot what I came to buy", "I stared", "I blushed". */
const DAZZLED = words('forget stare blush melt gawk gasp drool swoon faint trip walk');
const ADMIRING = words(
  'something gorgeous amazing beautiful stunning perfect incredible dream dreaming lovely sexy hot',
);

/** "Nobody will ever know me the way you do", "there will never be another man like you". */
export function* irreplaceable(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const likeYou = findPhrase(s, s.first, s.end, 'like you');
  const wayYou = findPhrase(s, s.first, s.end, 'the way you');
  const asYou = findPhrase(s, s.first, s.end, 'as you did');
  const toYou = findPhrase(s, s.first, s.end, 'to you');
  const ref = [likeYou, wayYou, asYou].filter((k) => k >= 0);
  const nobody = [
    findIn(s, s.first, s.end, NOBODY),
    findPhrase(s, s.first, s.end, 'no one'),
    findPhrase(s, s.first, s.end, 'no man'),
    findPhrase(s, s.first, s.end, 'no woman'),
  ]
    .filter((k) => k >= 0)
    .reduce((a, b) => Math.min(a, b), Infinity);
  const never = findPhrase(s, s.first, s.end, 'never be another');
  if (Number.isFinite(nobody) || never >= 0) {
    const start = Number.isFinite(nobody) ? nobody : never;
    // About the writer ("nobody knows me like you do"), or a ranking ("no one compares to you",
    // "never be another man like you"); not praise of a skill ("nobody makes a lasagne like you").
    const aboutMe = ref.some((k) => k > start && findIn(s, start, k, words('me i my')) >= 0);
    const another = never >= 0 && findIn(s, never, s.end, words('man woman one person girl guy love')) >= 0;
    // "None of them comes close to you": of everyone since; not "none of the teams came close to you".
    const pastRace = word(s, start) === 'none' && findIn(s, start, s.end, words('comes compares measures')) < 0;
    if (
      !pastRace &&
      (aboutMe ||
        another ||
        (toYou > start && findIn(s, start, toYou, words('compare compares compared close')) >= 0) ||
        findIn(s, start, s.end, words('compare compares replace replaces')) >= 0)
    ) {
      yield { first: start, end: s.end };
      return;
    }
  }
  // "every other woman I've dated has been compared to you and come up short".
  const everyOther = findPhrase(s, s.first, s.end, 'every other');
  if (
    everyOther >= 0 &&
    findIn(s, everyOther, s.end, words('compared compare measure measures')) >= 0 &&
    findPhrase(s, everyOther, s.end, 'to you') >= 0
  ) {
    yield sentenceSpan(s);
    return;
  }
  if (findIn(s, s.first, s.end, words('irreplaceable')) >= 0 && findIn(s, s.first, s.end, words('you')) >= 0)
    yield sentenceSpan(s);
}

const NOBODY = words('nobody noone none');

/** Words after "differently about" that keep it about the two of them. */
const ABOUT_US = words('us me this it that what things');

/**
 * "More" or "differently" left open, or about the two of them: not "more photos of the kids" or
 * "differently about the house".
 */
function aboutUs(s: SentenceLanguage, more: number): boolean {
  const next = more + 1;
  if (word(s, more) === 'more') return next >= s.end || pos(s, next) !== 'NOUN';
  return word(s, next) !== 'about' || ABOUT_US.has(word(s, next + 1));
}

/** "If things don't work out, you know where I am", "if one day you wanted more". */
export function* doorHeldOpen(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  let pendingIf = false;
  for (const c of s.clauses) {
    // "if one day, you wanted more": the "if" read as a clause of its own carries over to the next.
    const conditional = c.conditional || pendingIf;
    pendingIf = c.conditional && c.verb < 0;
    if (!conditional) continue;
    const { from, to } = afterVerb(c);
    const failing =
      c.negated && (c.lemma === 'work' || c.lemma === 'last') && (c.subject === 'thing' || c.subject === 'third');
    const more = findIn(s, from, to, words('more differently different'));
    const wantsMore =
      c.subject === 'you' &&
      (c.lemma === 'want' || c.lemma === 'feel' || c.lemma === 'change') &&
      more >= 0 &&
      word(s, more - 1) !== 'nothing' &&
      word(s, more - 1) !== 'no' &&
      aboutUs(s, more);
    if (failing || wantsMore) {
      yield wantsMore ? clauseSpan(c) : sentenceSpan(s);
      return;
    }
  }
}

/** Longing that lingers on the body: "can't stop thinking about your smile", "I crave your touch". */
const LONGING = words('crave craving craved long longing ache aching yearn yearning dream dreaming dreamt dreamed');
/** What "miss" may miss of a friend (their laugh, their hugs) is set apart from their body in bed. */
const MISS = words('miss missed missing');
const CLOSE_BODY = words('body lips lip skin touch kiss kisses arm arms weight warmth scent smell neck chest');
/** "We all miss your ...": a group's fondness, not the writer's longing. */
const GROUP = words('we everyone everybody they all us');
/** "the weight of your arm", "the smell of your hair": the body, through what it felt like. */
const TOWARDS = words('for about of');
const SENSED = words('weight warmth feel smell scent touch taste softness');

/** The body part a longing reaches at once: "your smile", "the weight of your arm across me". */
function bodyAfter(s: SentenceLanguage, from: number, close: boolean): boolean {
  // "the weight of your arm": the body, felt.
  const sensed = word(s, from) === 'the' && SENSED.has(word(s, from + 1)) && word(s, from + 2) === 'of';
  const your = sensed ? from + 3 : from;
  if (word(s, your) !== 'your') return false;
  const noun = word(s, your + 1) === 'lovely' || word(s, your + 1) === 'beautiful' ? your + 2 : your + 1;
  const w = word(s, noun);
  return sensed
    ? BODY_NOUNS.has(w) || CLOSE_BODY.has(w)
    : close
      ? CLOSE_BODY.has(w)
      : BODY_NOUNS.has(w) || CLOSE_BODY.has(w);
}

/**
 * "I can't stop thinking about your smile", "I miss the weight of your arm across me", "I still
 * dream about your lips": longing for the reader's body, wrong where friendship is meant.
 */
export function* longingForTheirBody(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let k = s.first; k < s.end; k++) {
    const w = word(s, k);
    let close: boolean | null = null;
    if ((LONGING.has(w) || LONGING.has(lemma(s, k))) && TOWARDS.has(word(s, k + 1))) close = false;
    else if (MISS.has(w)) close = true;
    else if (readsAt(s, k, 'stop thinking about') && findIn(s, Math.max(s.first, k - 3), k, words('not never')) >= 0) {
      if (bodyAfter(s, k + 3, false)) {
        yield sentenceSpan(s);
        return;
      }
    }
    if (close === null || findIn(s, Math.max(s.first, k - 3), k, GROUP) >= 0) continue;
    if (bodyAfter(s, close ? k + 1 : k + 2, close)) {
      yield sentenceSpan(s);
      return;
    }
  }
}

/** Keepsakes of them: "the photo of you asleep on the beach", "your old hoodie". */
const KEEPSAKES = words('photo photos picture pictures photograph shirt hoodie jumper sweater t-shirt');
const BEDSIDE = words('bed pillow nightstand bedside');
const BY = words('by beside under on');
const OWNERS = words('your ur');
const KEEPING = words('keep kept keeping still sleep slept sleeping sit sits cuddle');

/** "I still keep the photo of you asleep on the beach next to my bed": their keepsake, by the writer's bed. */
export function* keptByTheBed(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const keep = findIn(s, s.first, s.end, KEEPSAKES);
  if (keep < 0) return;
  const owner = word(s, keep - 1) === 'old' ? keep - 2 : keep - 1;
  const theirs = OWNERS.has(word(s, owner)) || (word(s, keep + 1) === 'of' && word(s, keep + 2) === 'you');
  // Kept there on purpose ("I keep", "is still on my pillow"), not "it was under my bed all along".
  if (!theirs || findIn(s, s.first, s.end, KEEPING) < 0) return;
  for (let k = keep + 1; k + 1 < s.end; k++) {
    const placed = BY.has(word(s, k - 1)) || (word(s, k - 1) === 'to' && word(s, k - 2) === 'next');
    if (word(s, k) === 'my' && BEDSIDE.has(word(s, k + 1)) && placed) {
      yield sentenceSpan(s);
      return;
    }
  }
}

/** Frames that make a touch a memory dwelt on: "I still remember", "all I could think about", "I miss". */
const DWELLING = words(
  'remember remembered think thinking thought dream dreaming dreamt miss missing wish wished feel',
);
/** Parts of the reader that touched the writer: "your hand in mine", "your cheek against mine". */
const TOUCHING = words('hand hands arm arms cheek head lips mouth body skin shoulder');
const ON_ME = words('mine me my');
const TOUCH_PREPOSITIONS = words('in against around on across over');
/** Every closeness below holds one of these words. */
const CLOSENESS_ANCHORS = words(
  'your held hugged cuddled kissed bed arms asleep falling dancing danced smells smell smelled nobody ' +
    'kissing holding hugging cuddling warming warm warmed dance kiss kisser me',
);
/** What of the writer's held the reader's hand: "inside my coat pocket", "in my lap". */
const HELD_IN = words('in inside into against on under');
/** Waking or sleeping by the writer: "woken up next to me", "asleep beside me". */
const WOKEN = words('woke woken waking wake wakes asleep sleeping slept sleep lying lay');
const KISSER = words('best good great better');
const YOU = words('you u');
/** "We kissed the bride", "we kissed her goodbye": someone else kissed. */
const KISSED_SOMEONE = words('the a an her him them his their my your our everyone everybody');
/** A touch the reader gave, as a memory dwells on it: "you kissing me", "how you'd warm my hands". */
const TOUCHES = words('kissing holding hugging cuddling warming kiss hold hug cuddle warm warmed');
const HABITUAL = words('would always used to');
/** What of the writer a touch reached: "me", "my hands", "my cold hands". */
const TOUCHED = words('hand hands face cheek feet neck hair lips shoulders');

/**
 * The writer dwelling on a memory: "I can't forget", "I still remember", "made me think of", "I miss".
 * (Not "I don't remember": a negated "remember" that is not "can't forget" forgets.)
 */
function dwelt(s: SentenceLanguage): boolean {
  if (findPhrase(s, s.first, s.end, 'can not forget') >= 0 || findPhrase(s, s.first, s.end, 'never forget') >= 0)
    return true;
  const at = findIn(s, s.first, s.end, DWELLING);
  return at >= 0 && findIn(s, s.first, at, words("not n't never")) < 0;
}
/** "You held me up when Dad died" is support, not an embrace. */
const NOT_AN_EMBRACE = words('up together back to accountable responsible');

/**
 * Closeness remembered: "how you fell asleep on my shoulder and how warm you were", "your cheek
 * against mine", "you held me until the stars came out", "Sunday mornings in bed with you",
 * "nobody kisses like you". Wrong in a card, a note or a friendship piece, however gently told.
 * "I held Ava in my arms" (the writer and someone else) and "you held me up when Dad died"
 * (support) pass.
 */
export function* closenessRemembered(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, CLOSENESS_ANCHORS) < 0) return;
  const dwelling =
    findIn(s, s.first, s.end, DWELLING) >= 0 || findPhrase(s, s.first, s.end, 'like that') >= 0 || dwelt(s);
  for (let k = s.first; k < s.end - 1; k++) {
    const w = word(s, k);
    // "Your hand in mine", "your arm around me", "your cheek against mine".
    if (
      word(s, k - 1) === 'your' &&
      TOUCHING.has(w) &&
      TOUCH_PREPOSITIONS.has(word(s, k + 1)) &&
      ON_ME.has(word(s, k + 2)) &&
      (dwelling || word(s, k + 2) === 'mine')
    )
      return yield sentenceSpan(s);
    // "You held me until the stars came out", "you hugged me all night".
    if (
      w === 'you' &&
      findIn(s, k + 1, k + 2, words('held hugged cuddled kissed')) >= 0 &&
      word(s, k + 2) === 'me' &&
      !NOT_AN_EMBRACE.has(word(s, k + 3))
    )
      return yield sentenceSpan(s);
    // Dwelt on: "made me think of you kissing me under them", "how you warm my cold hands inside your coat".
    if (w === 'you' && dwelling) {
      // "How you would warm my hands", "you used to hold me": the habit of it.
      let v = k + 1;
      while (v < k + 4 && HABITUAL.has(word(s, v))) v++;
      if (TOUCHES.has(word(s, v))) {
        const object = word(s, v + 1);
        const mine = object === 'my' && (TOUCHED.has(word(s, v + 2)) || TOUCHED.has(word(s, v + 3)));
        if ((object === 'me' && !NOT_AN_EMBRACE.has(word(s, v + 2))) || mine) return yield sentenceSpan(s);
      }
    }
    // "The way you danced with me at the wedding", dwelt on.
    if (dwelling && w === 'you' && words('danced dance').has(word(s, k + 1)) && readsAt(s, k + 2, 'with me'))
      return yield sentenceSpan(s);
    // "Your hand was warm inside my coat pocket": their hand held in something of the writer's, dwelt on.
    if (dwelling && word(s, k - 1) === 'your' && TOUCHING.has(w)) {
      for (let j = k + 1; j < Math.min(s.end - 1, k + 5); j++)
        if (HELD_IN.has(word(s, j)) && word(s, j + 1) === 'my') return yield sentenceSpan(s);
    }
    // "When you'd just woken up next to me", "asleep beside me".
    if (
      (readsAt(s, k, 'next to me') || readsAt(s, k, 'beside me')) &&
      findIn(s, k - 3, k, WOKEN) >= 0 &&
      findIn(s, k - 6, k, YOU) >= 0
    )
      return yield sentenceSpan(s);
    // Kisses of the two of them: "the night we kissed", "the best kisser I ever had", "how you like to be
    // kissed" (not "kiss the kids for me").
    if (
      (lemma(s, k) === 'kiss' &&
        !KISSED_SOMEONE.has(word(s, k + 1)) &&
        (word(s, k - 1) === 'we' || (word(s, k - 1) === 'be' && word(s, k - 2) === 'to'))) ||
      (w === 'kisser' && KISSER.has(word(s, k - 1)))
    )
      return yield sentenceSpan(s);
    // "In bed with you", "you in my arms", "fell asleep on my shoulder".
    if (readsAt(s, k, 'in bed with you') || readsAt(s, k, 'miss you in my bed')) return yield sentenceSpan(s);
    // "You in my arms", "nobody's ever gonna fit in my arms like you did".
    if (
      readsAt(s, k, 'in my arms') &&
      (findIn(s, Math.max(s.first, k - 3), k, words('you u')) >= 0 || readsAt(s, k + 3, 'like you'))
    )
      return yield sentenceSpan(s);
    if (
      findIn(s, k, k + 1, words('fell asleep falling')) >= 0 &&
      findPhrase(s, k, Math.min(s.end, k + 4), 'on my shoulder') >= 0
    )
      return yield sentenceSpan(s);
    // "Dancing with you at the Elks Lodge", "the smell of you", "it still smells like you", all dwelt on.
    if (dwelling && (readsAt(s, k, 'dancing with you') || readsAt(s, k, 'danced with you')))
      return yield sentenceSpan(s);
    if (readsAt(s, k, 'smells like you') || readsAt(s, k, 'smell like you') || readsAt(s, k, 'smelled like you'))
      return yield sentenceSpan(s);
    // "Nobody kisses like you", "nobody has ever looked like that to me".
    if (
      w === 'nobody' &&
      findIn(s, k + 1, Math.min(s.end, k + 4), words('kisses kissed moves looked looks holds held')) >= 0 &&
      findIn(s, k + 2, Math.min(s.end, k + 6), words('like')) >= 0
    )
      return yield sentenceSpan(s);
  }
}

const TELLING = words('say tell think believe claim boast brag announce promise');

/**
 * "I told my friends you were my girlfriend who would marry me": what the writer once told others, not
 * a wish now ("I always thought we were meant to grow old together" still holds one).
 */
export function toldOthers(analysis: Analysis, match: Match): boolean {
  const s = analysis.language.at(match.firstToken);
  return s.clauses.some(
    (c) =>
      c.end <= match.firstToken &&
      c.subject === 'i' &&
      c.past &&
      c.modal === null &&
      TELLING.has(c.lemma ?? '') &&
      findIn(s, c.first, c.end, ONGOING) < 0,
  );
}

/** Verbs that wish, whatever their tense: "I wanted us to get back together" still speaks of a wish. */
const WISHES = words('want hope wish miss dream long need like love pray');
const ONGOING = words('still always again ever forever never');

/**
 * "I said it as your coach and as your husband", "you asked me to write a letter about our life
 * together": the couple as it was, told in the past, with no wish in the clause and nothing that
 * carries it on.
 */
export function toldOfThePast(analysis: Analysis, match: Match): boolean {
  const s = analysis.language.at(match.firstToken);
  const c = clauseAt(s, match.firstToken);
  if (!c || !c.past || c.modal !== null || c.verb < 0 || c.verb > match.firstToken) return false;
  if (c.subject !== 'i' && c.subject !== 'you') return false;
  // "I always thought you and I were the ones meant to grow old together": a belief before it holds it.
  if (s.clauses.some((d) => d.end <= c.first && d.verb >= 0)) return false;
  if (WISHES.has(c.lemma ?? '') || findIn(s, c.first, c.end, WISHES) >= 0) return false;
  return findIn(s, c.first, c.end, ONGOING) < 0;
}

/** The reader's body as a lover remembers it (not "your smile" or "your face when you opened it"). */
const INTIMATE_BODY = words(
  'hair hips back waist curves shoulders lips mouth skin neck throat legs chest perfume scent body',
);
/** The writer dwelling on it: "I still remember", "all I see is", "I can smell", "I haven't forgotten". */
const DWELT = words(
  'remember remembered think thinking thought see smell smelled smelt picture imagine dream dreamt forget forgotten',
);
/** Where the reader lay against the writer: "against me", "on my chest", "in my shirt". */
const WRITER_PLACES = words('chest shoulder back pillow bed arms shirt lap neck');
/** What a lover's presence did: "curled up against my back", "lean back against me". */
const LEANING = words('curled pressed snuggled lying lay leaning leaned lean lie sleeping asleep');
/** What no one else does like the reader, said of the body: "nobody dances the way you did". */
const BODILY = words(
  'dance dances danced wear wears wore move moves moved look looks looked smile smiles hold holds held',
);

/**
 * "I still remember your hips against me", "all I see is your hair on my pillow", "you used to lean
 * back against me", "nobody dances at a baraat the way you did", "you are still the only woman I
 * design for", "I want you to look at me the way you did": the reader's body or manner dwelt on, or
 * ranked above everyone's. Not "I remember your dad's hands" or "nobody makes a lasagne like you".
 */
export function* bodyDwelt(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const you = findIn(s, s.first, s.end, words('your you'));
  if (you < 0) return;
  const dwelling = findIn(s, s.first, s.end, DWELT) >= 0;
  for (let k = s.first; k < s.end; k++) {
    const w = word(s, k);
    // "your wet hair on my chest", "your hips against me", "your hair on my pillow".
    if (w === 'your') {
      const noun = INTIMATE_BODY.has(word(s, k + 1))
        ? k + 1
        : INTIMATE_BODY.has(word(s, k + 2)) && pos(s, k + 1) === 'ADJ'
          ? k + 2
          : -1;
      // Not "your back garden", "your perfume shop": the body noun heads its phrase.
      // ("Back" leads too many phrases: "your back garden", "your back seat"; it must stand before a place word.)
      if (noun < 0 || pos(s, noun + 1) === 'NOUN' || pos(s, noun + 1) === 'PROPN') continue;
      if (word(s, noun) === 'back' && (word(s, k - 1) === 'behind' || pos(s, noun + 1) !== 'ADP')) continue;
      // "...against me", "...on my pillow", "your body next to me".
      const place =
        (words('against on in').has(word(s, noun + 1)) &&
          (word(s, noun + 2) === 'me' || (word(s, noun + 2) === 'my' && WRITER_PLACES.has(word(s, noun + 3))))) ||
        readsAt(s, noun + 1, 'next to me') ||
        readsAt(s, noun + 1, 'beside me');
      if (place || (dwelling && findIn(s, Math.max(s.first, k - 6), k, DWELT) >= 0)) return yield sentenceSpan(s);
    }
    // "you used to lean back against me", "with you curled up against my back".
    if (w === 'you') {
      const lean = findIn(s, k + 1, Math.min(s.end, k + 5), LEANING);
      if (lean >= 0) {
        const against = findIn(s, lean + 1, Math.min(s.end, lean + 4), words('against'));
        if (against >= 0 && (word(s, against + 1) === 'me' || word(s, against + 1) === 'my'))
          return yield sentenceSpan(s);
      }
      // "I want you to look at me the way you did".
      if (readsAt(s, k + 1, 'to look at me') && findPhrase(s, k + 5, s.end, 'the way you') >= 0)
        return yield sentenceSpan(s);
    }
    // "Nobody dances at a baraat the way you did", "nobody wears gold like you do", "no one ever looked
    // better than you".
    if (w === 'nobody' || (w === 'no' && word(s, k + 1) === 'one')) {
      const verb = findIn(s, k + 1, Math.min(s.end, k + 4), BODILY);
      // "Nobody will ever hold you the way I did" (not "nobody held the team together like you did").
      if (verb < 0 || (lemma(s, verb) === 'hold' && !words('you me').has(word(s, verb + 1)))) continue;
      // "Nobody looked after Gran the way you did" is care, not looks.
      if (lemma(s, verb) === 'look' && words('after at for into up').has(word(s, verb + 1))) continue;
      const end = Math.min(s.end, verb + 8);
      if (
        findPhrase(s, verb, end, 'like you') >= 0 ||
        findPhrase(s, verb, end, 'the way you') >= 0 ||
        findPhrase(s, verb, end, 'than you') >= 0 ||
        findPhrase(s, verb, end, 'the way i') >= 0
      )
        return yield sentenceSpan(s);
    }
    // "You are still the only woman I design for".
    if (readsAt(s, k, 'the only') && words('woman man girl guy').has(word(s, k + 2)) && word(s, k + 3) === 'i') {
      if (findIn(s, s.first, k, words('you')) >= 0) return yield sentenceSpan(s);
    }
    // "The way you looked in it at the sangeet, I still haven't forgotten".
    if (readsAt(s, k, 'the way you looked') && dwelling) return yield sentenceSpan(s);
  }
}
