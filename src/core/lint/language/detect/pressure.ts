/**
 * Pressure read from structure: commands and questions that ask for contact ("why don't you give
 * me a ring?", "can we sit down and talk?"), proposals to meet ("pint sometime?"), conditions
 * with a consequence ("if I don't hear back I'll assume..."), and checking up on the reader.
 */
import {
  CONSIDER_VERBS,
  CONTACT_VERBS,
  MEETING_NOUNS,
  MEETING_VERBS,
  REPLY_VERBS,
  WATCHED,
  WATCHING_VERBS,
  WHEN_WORDS,
} from '../../lexicon/contact';
import { words } from '../../lexicon/words';
import type { RuleContext, TokenSpan } from '../../rule';
import type { Clause } from '../clauses';
import type { SentenceLanguage } from '../index';
import {
  afterVerb,
  clauseSpan,
  findIn,
  findPhrase,
  pos,
  readsAt,
  sentenceSpan,
  word,
  writerObjectAfter,
} from '../query';

/** Particles that make a contact verb an ask without an object: "write back", "drop by", "come over". */
const CONTACT_PARTICLES = words('back by round over around up home');
/** Verbs that are contact only with the writer as object: "see me", "visit us", "tell me". */
const NEEDS_WRITER = words('see visit tell let pick hit give send drop come pop swing stop check');

/** People other than the writer: "call your mum", "text her", "ring the landlord" ask nothing for the writer. */
const OTHER_PEOPLE = words(
  'mum mom mother dad father parents sister brother family gran granny grandma grandpa grandmother grandfather ' +
    'nan aunt uncle cousin friend friends boss doctor dentist landlord neighbour neighbor kids children son ' +
    'daughter wife husband partner girlfriend boyfriend vet plumber',
);

/** Whether the verb's object, right after it, is someone other than the writer. */
function someoneElse(s: SentenceLanguage, from: number): boolean {
  const first = word(s, from);
  if (first === 'him' || first === 'her' || first === 'them') return true;
  if (first === 'your' || first === 'his' || first === 'their' || first === 'the' || first === 'my' || first === 'our')
    return OTHER_PEOPLE.has(word(s, from + 1)) || OTHER_PEOPLE.has(word(s, from + 2));
  return false;
}

/** What "give me a ...", "drop me a ..." must ask for to be contact. */
const CONTACT_NOUNS = words(
  'ring call bell buzz shout text line message note reply answer sign word email call-back callback',
);

/** Plans for the children and the like: "let me know which works", "...if those dates work". */
const ARRANGEMENTS = words(
  'works work suits suit date dates time times day days weekend weekends pickup dropoff flight flights shift shifts',
);

/** "Let me know which works", "let me know if those dates are OK": a practical answer, not contact. */
function aboutArrangements(s: SentenceLanguage, from: number, to: number): boolean {
  if (!words('which if whether what when').has(word(s, from))) return false;
  return findIn(s, from + 1, Math.min(to, from + 7), ARRANGEMENTS) >= 0;
}

/** What may follow "call me" when it asks for a call: "call me back", "call me tonight", "call me when...". */
const CALL_TAILS = words(
  'back tonight tomorrow later soon sometime anytime whenever when if at on please pls now asap again',
);

/**
 * "Call me old-fashioned", "go on, call me soft", "you did call me pathetic once": the writer named,
 * not rung. "Call me" then a describing word (or "a" and one: "call me a romantic") names.
 */
export function namesTheWriter(s: SentenceLanguage, me: number): boolean {
  const next = me + 1;
  if (next >= s.end || CALL_TAILS.has(word(s, next))) return false;
  if (pos(s, next) === 'ADJ') return true;
  return (word(s, next) === 'a' || word(s, next) === 'an') && !CONTACT_NOUNS.has(word(s, next + 1));
}

/** What the imperative asks for: contact with the writer, or a reply. */
function asksForContact(s: SentenceLanguage, c: Clause): boolean {
  const verb = c.lemma ?? '';
  if (!CONTACT_VERBS.has(verb) && !CONSIDER_VERBS.has(verb)) return false;
  const { from, to } = afterVerb(c);
  const me = writerObjectAfter(s, from, to, 3);
  if (verb === 'call' && me === from && namesTheWriter(s, me)) return false;
  if (verb === 'let')
    return (
      (readsAt(s, from, 'me know') || readsAt(s, from, 'us know') || readsAt(s, from, 'me hear')) &&
      // The "if ..." after "let me know" is a clause of its own: read on to the sentence's end.
      !aboutArrangements(s, from + 2, s.end)
    );
  if (verb === 'tell') return me >= 0 && me === from;
  if (verb === 'give' || verb === 'send' || verb === 'drop' || verb === 'shoot') {
    // "give me a ring", "drop me a line" (not "give me another chance", "give my love to your mum").
    return me === from && findIn(s, from + 1, Math.min(to, from + 4), CONTACT_NOUNS) >= 0;
  }
  if (verb === 'get')
    return (
      readsAt(s, from, 'back') ||
      readsAt(s, from, 'in touch') ||
      findPhrase(s, from, Math.min(to, from + 3), 'back to me') >= 0
    );
  if (verb === 'think' || verb === 'consider' || verb === 'reconsider' || verb === 'rethink' || verb === 'decide') {
    return findIn(s, from, Math.min(to, from + 3), words('it this what offer over')) >= 0 || verb === 'reconsider';
  }
  if (verb === 'forgive' || verb === 'try' || verb === 'change') return false;
  // "Come over", "pop round" (but "come back", "come home" plead: that is neediness, not a visit).
  if (verb === 'come')
    return me >= 0 || findIn(s, from, Math.min(to, from + 2), words('over round around by see up down along')) >= 0;
  // "Pick up", "pick up the phone".
  if (verb === 'pick') return readsAt(s, from, 'up') || me >= 0;
  if (NEEDS_WRITER.has(verb))
    return (
      me >= 0 || (findIn(s, from, Math.min(to, from + 2), CONTACT_PARTICLES) >= 0 && verb !== 'see' && verb !== 'tell')
    );
  if (REPLY_VERBS.has(verb)) return !someoneElse(s, from);
  return me >= 0;
}

function softened(context: RuleContext, s: SentenceLanguage, span: TokenSpan): boolean {
  const first = s.tokens[span.first];
  const last = s.tokens[span.end - 1];
  if (!first || !last) return false;
  return context.analysis.isSoftened({
    family: -1,
    firstToken: span.first,
    endToken: span.end,
    start: first.start,
    end: last.end,
  });
}

/** "Call me", "text me back", "let me know", "pop over", "think about it": a command to get in touch. */
export function* commandToContact(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (!c.imperative || c.negated || c.conditional || c.verb < 0) continue;
    if (s.question) continue;
    // "No reply necessary": a noun after "no", not a command.
    if (word(s, c.verb - 1) === 'no') continue;
    // "Still think about us": a statement with its "I" dropped, not a command.
    if (word(s, c.first) === 'still' || word(s, c.first) === 'also') continue;
    if (!asksForContact(s, c)) continue;
    // "Think it over if you like": an offer to consider, with the door left open, asks nothing.
    const span = clauseSpan(c);
    if (CONSIDER_VERBS.has(c.lemma ?? '') && softened(_context, s, span)) continue;
    yield span;
  }
  // "Don't ignore this one", "don't leave me hanging": a command not to stay silent.
  for (const c of s.clauses) {
    if (!c.imperative || !c.negated) continue;
    const { from, to } = afterVerb(c);
    if (
      (c.lemma === 'ignore' || c.lemma === 'leave' || c.lemma === 'avoid' || c.lemma === 'block') &&
      findIn(s, from, Math.min(to, from + 3), words('this me my message letter hanging')) >= 0
    )
      yield clauseSpan(c);
  }
}

/** "Can we talk?", "could you at least consider it?", "why don't you give me a ring?", "u around tonight?". */
/** "will you please think about it", "why don't you give me a ring": a question sent without its mark. */
function askedWithoutMark(s: SentenceLanguage): boolean {
  const first = word(s, s.first);
  if (first === 'why') return readsAt(s, s.first + 1, 'do not you') || readsAt(s, s.first + 1, 'not');
  // (Not "can you pick up Bao from soccer on Thursday": a favour for the children, asked as a request.)
  return words('will would').has(first) && word(s, s.first + 1) === 'you';
}

export function* questionAsking(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!s.question && !askedWithoutMark(s)) return;
  for (const c of s.clauses) {
    const verb = c.lemma ?? '';
    const asksYou =
      c.subject === 'you' &&
      (c.modal === 'can' || c.modal === 'could' || c.modal === 'will' || c.modal === 'would' || c.wh === 'why');
    const asksUs =
      (c.subject === 'we' || (c.subject === 'i' && (c.modal === 'can' || c.modal === 'could' || c.modal === 'may'))) &&
      (c.modal !== null || c.wh === 'why');
    // "What will you talk about in ten years?" asks about their life, not for a talk (but "what time
    // can you call?" asks).
    const aboutWhat =
      (c.wh === 'what' || word(s, c.first) === 'what') && !words('time day night evening').has(word(s, c.first + 1));
    if (
      asksYou &&
      !aboutWhat &&
      (c.wh !== 'why' || c.negated) &&
      (asksForContact(s, c) || (CONSIDER_VERBS.has(verb) && verb !== 'change'))
    ) {
      yield sentenceSpan(s);
      return;
    }
    if (
      asksUs &&
      (MEETING_VERBS.has(verb) || CONTACT_VERBS.has(verb) || verb === 'try' || verb === 'sit' || verb === 'start') &&
      (c.wh !== 'why' || c.negated)
    ) {
      if (
        c.subject === 'i' &&
        !(
          verb === 'call' ||
          verb === 'see' ||
          verb === 'visit' ||
          verb === 'come' ||
          verb === 'meet' ||
          verb === 'ring' ||
          verb === 'text'
        )
      )
        continue;
      yield sentenceSpan(s);
      return;
    }
    // "Do you want to meet up?", "wanna grab a coffee?", "would you like to come over?"
    if (
      c.subject === 'you' &&
      (verb === 'want' || verb === 'like' || verb === 'fancy' || verb === 'wanna') &&
      findIn(s, c.verb + 1, Math.min(c.end, c.verb + 4), MEETING_VERBS) >= 0
    ) {
      yield sentenceSpan(s);
      return;
    }
    // "Are you free this weekend?", "u around tonight?"
    if (
      c.subject === 'you' &&
      (c.copula || verb === 'be') &&
      findIn(s, c.verb, Math.min(c.end, c.verb + 3), words('free around about busy home')) >= 0
    ) {
      yield sentenceSpan(s);
      return;
    }
  }
  // Elliptical invitations: "Pint sometime?", "movie night like old times?", "any chance of a quick call?"
  const length = s.end - s.first;
  const firstWord = word(s, s.first);
  if (length <= 8) {
    const meeting = findIn(s, s.first, Math.min(s.end, s.first + 4), MEETING_NOUNS);
    if (
      meeting >= 0 &&
      (meeting === s.first ||
        findIn(s, s.first, meeting, words('a quick fancy any coffee drink how about')) >= 0 ||
        // "What about a coffee?" (not "what will you talk about in ten years?").
        readsAt(s, s.first, 'what about'))
    ) {
      yield sentenceSpan(s);
      return;
    }
    if (
      firstWord === 'fancy' ||
      readsAt(s, s.first, 'any chance') ||
      readsAt(s, s.first, 'how about') ||
      readsAt(s, s.first, 'what day') ||
      readsAt(s, s.first, 'when can') ||
      readsAt(s, s.first, 'when are you free')
    ) {
      yield sentenceSpan(s);
      return;
    }
    // "See u tonight?", "you free later?"
    if (
      (readsAt(s, s.first, 'see you') || readsAt(s, s.first, 'you free') || readsAt(s, s.first, 'you around')) &&
      (findIn(s, s.first, s.end, WHEN_WORDS) >= 0 || readsAt(s, s.first, 'you'))
    ) {
      yield sentenceSpan(s);
    }
  }
}

const LETS_MEET = words('meet talk chat catch hang speak call facetime sit');

/** "Let's find a time to talk", "we should sit down and talk", "I need you to call me". */
/** Who a booking is for when it is not the two of them: "a table for Mum and Dad", "for the kids". */
const OTHERS = words('mum mom mam dad mother father my his her their grandma grandpa nan gran work parents');
const OTHER_GROUPS = words('kids team office family children twins girls boys');

function bookedForOthers(s: SentenceLanguage, from: number, to: number): boolean {
  const forAt = findIn(s, from, Math.min(s.end, to + 1), words('for'));
  if (forAt < 0) return false;
  const who = word(s, forAt + 1);
  return OTHERS.has(who) || (who === 'the' && OTHER_GROUPS.has(word(s, forAt + 2)));
}

export function* proposalToMeet(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    if (c.conditional || c.negated) continue;
    const verb = c.lemma ?? '';
    const { from, to } = afterVerb(c);
    // "let's meet", "let us find a time to talk".
    if (c.imperative && verb === 'let' && readsAt(s, from, 'us')) {
      const next = word(s, from + 1) === 'just' ? from + 2 : from + 1;
      if (
        LETS_MEET.has(word(s, next)) ||
        (words('get have grab go do find').has(word(s, next)) &&
          findIn(
            s,
            next,
            Math.min(s.end, next + 5),
            words('coffee drink drinks dinner lunch together time pint walk out'),
          ) >= 0)
      ) {
        yield clauseSpan(c);
        continue;
      }
    }
    // "we should talk", "we ought to meet up", "we could grab a coffee sometime".
    if (
      c.subject === 'we' &&
      (c.modal === 'should' || c.modal === 'ought' || c.modal === 'must' || verb === 'need') &&
      !s.question
    ) {
      if (
        findIn(s, c.verb, to, words('talk meet chat catch grab get see sit have speak')) >= 0 &&
        !(verb === 'see' && readsAt(s, from, 'how')) &&
        // "We should get back together" is a wish for the relationship, not a meeting.
        !(verb === 'get' && readsAt(s, from, 'back together'))
      ) {
        yield clauseSpan(c);
        continue;
      }
    }
    // "I need you to call me", "I want you to tell me", "I'd like you to meet me".
    if (
      c.subject === 'i' &&
      (verb === 'need' || verb === 'want' || verb === 'like' || verb === 'expect') &&
      readsAt(s, from, 'you to')
    ) {
      const ask = from + 2;
      if (
        CONTACT_VERBS.has(word(s, ask)) ||
        CONSIDER_VERBS.has(word(s, ask)) ||
        (readsAt(s, ask, 'know') === false && REPLY_VERBS.has(word(s, ask)))
      ) {
        // "I'd like you to meet my mother": someone else to meet, not the writer.
        const other = someoneElse(s, ask + 1);
        if (!readsAt(s, ask, 'know') && !readsAt(s, ask, 'see') && !readsAt(s, ask, 'hear') && !other)
          yield clauseSpan(c);
      }
    }
    // "I've booked a table for eight", "I'll reserve the cottage": the outing already planned.
    if (
      c.subject === 'i' &&
      (verb === 'book' || verb === 'reserve') &&
      findIn(s, from, Math.min(to, from + 3), words('table room cabin cottage tickets seats weekend')) >= 0 &&
      !bookedForOthers(s, from, to)
    ) {
      yield clauseSpan(c);
      continue;
    }
    // "I'd love to take you to dinner", "I want to whisk you away for a weekend": an outing offered.
    if (
      c.subject === 'i' &&
      (verb === 'love' || verb === 'like' || verb === 'want') &&
      readsAt(s, from, 'to') &&
      words('take treat whisk').has(word(s, from + 1)) &&
      readsAt(s, from + 2, 'you')
    ) {
      yield clauseSpan(c);
      continue;
    }
    // "I'd appreciate an answer", "a yes or a no is all I'm asking for".
    if (
      c.subject === 'i' &&
      verb === 'appreciate' &&
      findIn(s, from, Math.min(to, from + 4), words('answer reply response call word decision hearing')) >= 0
    )
      yield clauseSpan(c);
  }
  // "A yes or a no is all I'm asking for": the ask comes before "is all".
  const all = findPhrase(s, s.first, s.end, 'is all i');
  if (
    all >= 0 &&
    findIn(s, all + 3, Math.min(s.end, all + 6), words('ask asking want need')) >= 0 &&
    findIn(s, s.first, all, words('answer reply yes no word call response')) >= 0
  )
    yield sentenceSpan(s);
}

const KIND_CONSEQUENCES = words('understand respect accept leave let wish hope keep pray be take');

/** "If I don't hear back I'll assume...", "I'm giving you till the end of the month, then I'm done". */
export function* conditionWithConsequence(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (let i = 0; i < s.clauses.length; i++) {
    const c = s.clauses[i] as Clause;
    if (!c.conditional) continue;
    const verb = c.lemma ?? '';
    const silence =
      (c.subject === 'you' &&
        c.negated &&
        verb !== 'hear' &&
        (REPLY_VERBS.has(verb) || CONTACT_VERBS.has(verb) || verb === 'get' || verb === 'show' || verb === 'come')) ||
      (c.subject === 'i' && c.negated && (verb === 'hear' || verb === 'get')) ||
      (c.subject === 'i' && verb === 'hear' && findIn(s, c.first, c.end, words('nothing')) >= 0);
    if (!silence) continue;
    const rest = s.clauses.slice(i + 1).concat(s.clauses.slice(0, i));
    // A consequence, not a kindness: "I'll assume you're sulking", not "I won't write again" or "I'll understand".
    const consequence = rest.find(
      (d) =>
        !d.negated &&
        !KIND_CONSEQUENCES.has(d.lemma ?? '') &&
        (d.subject === 'i' || d.subject === 'we' || d.subject === 'thing' || d.subject === 'you') &&
        (d.modal === 'will' ||
          d.modal === 'would' ||
          readsAt(s, d.verb, 'done') ||
          findIn(s, d.first, d.end, words('done finished over through going assume')) >= 0),
    );
    if (consequence) {
      yield sentenceSpan(s);
      return;
    }
  }
  // "I'm giving you till the end of the month", "you have until Friday".
  // The time given must follow the giving ("you had to ask me to leave" after "until" gives nothing).
  const until = findIn(s, s.first, s.end, words('till until til'));
  const given = (phrase: string): boolean => {
    const at = findPhrase(s, Math.max(s.first, until - 5), until, phrase);
    return at >= 0 && at < until;
  };
  if (until >= 0 && (given('giving you') || given('you have') || given('give you'))) {
    yield sentenceSpan(s);
    return;
  }
  // "then I'm done trying", "or I'm done".
  const done = findPhrase(s, s.first, s.end, 'then i am done');
  const done2 = findPhrase(s, s.first, s.end, 'or i am done');
  if (done >= 0 || done2 >= 0) yield sentenceSpan(s);
}

/** "You can't avoid me forever", "I'll keep trying until you answer", "we'll come and find you". */
export function* persistence(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  for (const c of s.clauses) {
    const verb = c.lemma ?? '';
    const { from, to } = afterVerb(c);
    if (
      c.subject === 'you' &&
      c.negated &&
      (c.modal === 'can' || c.modal === 'could') &&
      words('avoid ignore hide run escape block dodge keep').has(verb) &&
      writerObjectAfter(s, from, to, 3) >= 0
    ) {
      yield clauseSpan(c);
      continue;
    }
    const hunt = findIn(s, c.verb, c.end, words('find track hunt'));
    if (
      (c.subject === 'i' || c.subject === 'we') &&
      (c.modal === 'will' || c.modal === 'would') &&
      hunt >= 0 &&
      readsAt(s, hunt + 1, 'you')
    ) {
      yield clauseSpan(c);
      continue;
    }
    if (
      (c.subject === 'i' || c.subject === 'we') &&
      !c.negated &&
      (c.modal === 'will' || c.lemma === 'stay' || c.lemma === 'wait') &&
      findIn(s, c.first, s.end, words('till until')) >= 0 &&
      findIn(s, c.first, s.end, words('answer reply respond lock close call')) >= 0
    ) {
      yield clauseSpan(c);
    }
  }
}

/** "I saw on Instagram you were in Lisbon", "I can see you read my message", "had a look at your Facebook". */
export function* checkingUp(_context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (findIn(s, s.first, s.end, words('congratulations congrats')) >= 0) return;
  for (const c of s.clauses) {
    if (c.negated) continue;
    const verb = c.lemma ?? '';
    const { from, to } = afterVerb(c);
    const writer = c.subject === 'i' || droppedI(s, c);
    // "I can see you read my message", "(I) noticed you unfollowed me".
    if ((verb === 'see' || verb === 'notice') && writer) {
      const next = s.clauses.find((d) => d.first >= c.end && d.subject === 'you');
      const traced = next
        ? ONLINE_TRACES.has(next.lemma ?? '') || ONLINE_TRACES.has(word(s, next.verb).replace(/e?d$/, ''))
        : false;
      if (next && traced && writerObjectAfter(s, next.verb + 1, next.end, 3) >= 0) {
        yield { first: c.subjectFirst >= 0 ? c.subjectFirst : c.first, end: next.end };
        return;
      }
    }
    const watching = writer && (WATCHING_VERBS.has(verb) || verb === 'have' || verb === 'take');
    if (!watching) continue;
    // Their accounts and traces online, in this clause or the next ("I saw on Insta (that) you were...").
    const watched = findWatched(s, from);
    // "I know I hurt you with that Facebook post": the platform in another thing the writer did.
    const held = watched >= 0 ? s.clauses.find((d) => d.first <= watched && watched < d.end) : undefined;
    if (held && held !== c && held.subject === 'i' && !held.passive && !WATCHING_VERBS.has(held.lemma ?? '')) continue;
    if (
      watched >= 0 &&
      (verb !== 'have' && verb !== 'take'
        ? true
        : findPhrase(s, from, to, 'a look') >= 0 || findPhrase(s, from, to, 'a peek') >= 0)
    ) {
      yield {
        first: c.subjectFirst >= 0 ? c.subjectFirst : c.first,
        end: Math.max(watched + 1, Math.min(s.end, to)),
      };
      return;
    }
  }
}

/** Adverbs a texter puts where the "I" was dropped: "just saw your story", "btw noticed you...". */
const LEAD_INS = words('just also only literally btw so and anyway');
const GREETINGS = words('hi hey hello hiya');

/** A clause whose "I" was dropped, as texts do: "saw your story", "just noticed you unfollowed me". */
function droppedI(s: SentenceLanguage, c: Clause): boolean {
  if (c.subject !== null || c.verbFirst < 0) return false;
  let k = c.first;
  // "Hi Xiaoling, saw on LinkedIn...": a greeting and a name come first.
  if (GREETINGS.has(word(s, k))) k += 2;
  while (k < c.verbFirst && LEAD_INS.has(word(s, k))) k++;
  return k === c.verbFirst;
}

/** Platform names count anywhere; "stories", "status", "profile" only as theirs ("your stories"). */
function findWatched(s: SentenceLanguage, from: number): number {
  for (let k = Math.max(from, s.first); k < s.end; k++) {
    const w = word(s, k);
    if (PLATFORMS.has(w)) return k;
    if (WATCHED.has(w) && POSSESSORS.has(word(s, k - 1))) return k;
    if (w === 'online' && findIn(s, k - 3, k, words('you were are been')) >= 0) return k;
  }
  return -1;
}
const PLATFORMS = words('insta instagram facebook fb twitter tiktok snapchat linkedin strava socials');
const POSSESSORS = words("your his her their man's girl's guy's partner's boyfriend's girlfriend's");

const ONLINE_TRACES = words('read unfollow unfriend block mute delete ignore open view unblock');

/** Going out together, as against talking something over: the meetings that read as dates. */
const SOCIAL = words(
  'pint pints drink drinks dinner lunch brunch coffee movie movies film cinema date wine beer beers cocktail ' +
    'cocktails dance dancing gig concert night picnic walk weekend cabin cottage trip holiday',
);

/** What makes an outing read as a date: "just the two of us", "like old times", "like we used to". */
const DATE_MARKERS = ['just the two of us', 'like old times', 'like before', 'like we used to', 'old times', 'for old'];

/** An invitation out that reads as a date whatever the letter says: "dinner, just the two of us, like before". */
export function* datelikeInvitation(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  if (!DATE_MARKERS.some((m) => findPhrase(s, s.first, s.end, m) >= 0)) return;
  yield* openInvitation(context, s);
}

/** "Pint sometime?", "fancy dinner?", "come over for dinner like we used to": an invitation out. */
export function* openInvitation(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const asks = [...questionAsking(context, s), ...proposalToMeet(context, s), ...commandToContact(context, s)];
  if (asks.length === 0 && !(s.question && findIn(s, s.first, s.end, words('fancy wanna')) >= 0)) return;
  const overNight =
    findPhrase(s, s.first, s.end, 'come over') >= 0 ||
    findPhrase(s, s.first, s.end, 'hang out') >= 0 ||
    findPhrase(s, s.first, s.end, 'go out') >= 0;
  if (findIn(s, s.first, s.end, SOCIAL) >= 0 || overNight) yield sentenceSpan(s);
}
