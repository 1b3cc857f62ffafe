import type { Match } from '../../engine/matcher';
import type { FamilyKey } from '../../engine/compile';
import type { SentenceLanguage } from '../../language';
import { partnerReferences } from '../../language/partner';
import { words } from '../../lexicon/words';
import { findIn, sentenceSpan } from '../../language/query';
import { phraseRule, type RuleContext, type TokenSpan } from '../../rule';
import { partnerSpokenOf } from './in-view';

/** Romance or longing that, said beside the new relationship, sets it aside. */
const SET_ASIDE: readonly FamilyKey[] = [
  'romantic.reunion',
  'romantic.declaration',
  'romantic.intimacy',
  'needy.waiting',
  'needy.begging',
];
/** Words that turn from the relationship to the writer's hopes: "but", "even though", "still". */
const CONCESSIVE = words('but yet though although still');

/** The first match at or after token `from` (matches are in text order), or undefined. */
function firstFrom(matches: readonly Match[], from: number): Match | undefined {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((matches[mid] as Match).firstToken < from) lo = mid + 1;
    else hi = mid;
  }
  return matches[lo];
}

/**
 * "I know you're with Sofie now, but this isn't over between us", "even though you're with him, I'll
 * wait": the relationship named, then set aside in the same breath.
 */
export function* butStillRomance(context: RuleContext, s: SentenceLanguage): Iterable<TokenSpan> {
  const refs = partnerReferences(context.analysis);
  if (!refs.sentences.has(s.index)) return;
  let named = -1;
  for (let k = s.first; k < s.end && named < 0; k++) if (refs.tokens.has(k)) named = k;
  if (named < 0) return;
  for (const key of SET_ASIDE) {
    const m = firstFrom(context.analysis.matches(key), named + 1);
    if (m && m.firstToken < s.end && findIn(s, s.first, m.firstToken, CONCESSIVE) >= 0) {
      yield sentenceSpan(s);
      return;
    }
  }
}

/** "I can't accept it", "you belong with me", "it should have been me": the new relationship refused. */
export const refuses = phraseRule(
  {
    id: 'new-partner/refuses',
    category: 'new-partner',
    severity: 'error',
    step: 4,
    fixable: false,
    description: 'Not accepting the new relationship, or setting it aside for your own hopes.',
    messages: {
      default:
        '"{{phrase}}" does not accept their new relationship. The guide asks you to respect it: say you know, ' +
        'and that you are fine with it.',
    },
    examples: {
      kind: 'note',
      flag: [
        "I heard you're with her now. I can't accept it. You belong with me.",
        "I know you're with Sofie now, but we both know this isn't over between us.",
        "You're with Tom now, I get it, but I still love you.",
        'I heard you and Ines are together. It should have been me.',
        "I know you're dating him. I'll never get used to seeing you with him.",
        "Even though you're with Tom, I still love you.",
        "I know you're with Tom now, but I'll be waiting when you're ready.",
        "I know you're seeing Ana, but I still think about us every day.",
        // Saying outright that it is not accepted.
        "I heard about you and Mo. I'm not going to pretend I'm okay with it.",
        { text: "Saw the photos of you and Jenna. Not gonna pretend I've made peace with it tbh", kind: 'message' },
        'You are with Aziz now. I cannot pretend that I accept this marriage.',
        "I know about you and Charlotte. I won't pretend I'm fine with it, mate.",
        "Heard you're with Declan. I don't accept you two, and I never will.",
        "Heard you're with Declan. I'll never approve of him.",
      ],
      pass: [
        "I know you're with Sofie now, and I'm fine with it.",
        "I can't accept the tickets back, they're a gift.",
        "I know you're with Sofie now, but I'd still love us to be friends.",
        "You're with Sofie now, and I'm glad. I'll always treasure our friendship.",
        { text: 'You belong with me.', kind: 'letter', intent: 'romantic' },
        {
          text: 'I still love you and I want to be your girlfriend again, if you can give me another chance.',
          kind: 'letter',
          intent: 'romantic',
        },
        "I heard about you and Mo. I won't pretend it was easy to hear, but I'm okay with it.",
        { text: "I won't pretend I accept every decision the council makes.", kind: 'card' },
        "You're with Mo now. I'm not going to pretend I understand cricket, but congrats on the win!",
        "You're with Aziz now, and I accept it with my whole heart.",
        "You're with Aziz now. I can't accept the money back, but thank you both.",
        "Heard you're with Declan. I won't pretend I'm not a little sad, but I'm happy for you.",
      ],
    },
  },
  {
    families: ['new-partner.refuses'],
    find: butStillRomance,
    local: false,
    // "I can't accept it" refuses a relationship only where the text speaks of one.
    severity: (context) => (partnerSpokenOf(context) ? 'error' : null),
  },
);
