/**
 * The learned rules: one per problem family, each reporting a whole sentence the sentence model
 * (../model) is confident belongs to its family, where no other rule of the family has spoken.
 * They catch what phrase lists and detectors cannot enumerate ("the flat's so quiet I talk to the
 * kettle"), and they are warnings: the model reads tone, and the writer decides. They run after
 * every other rule. See docs/ARCHITECTURE.md, "The sentence model".
 */
import type { LintCategory } from '../types';
import { probabilityOf, type ModelClass } from '../model/classify';
import { phraseRule, type Rule, type RuleContext, type RuleExamples, type TokenSpan } from '../rule';
import type { SentenceLanguage } from '../language';
import { inFriendlyPiece } from './romantic/applies';
import { partnerReferences } from '../language/partner';

/** Shorter sentences say too little for the model to read ("Hi Sam", "Thanks"). */
const MIN_WORDS = 3;

/**
 * Needy and blame have no learned rule: chosen by cross-fitting (scripts/tune-learned.ts), no
 * threshold gained at least three catches once each false alarm was counted three times.
 */
type Family = Exclude<ModelClass & LintCategory, 'needy' | 'blame'>;

/**
 * The probability from which each family's learned rule reports, chosen by scripts/tune-learned.ts
 * on the development and regression sets (never on a frozen set), each read by a model trained
 * without it: the one that gains the most, a false alarm counted three times (the higher on a tie),
 * above every pass example of the rule's own.
 */
export const THRESHOLDS: Record<Family, number> = {
  pressure: 0.9,
  romantic: 0.85,
  'new-partner': 0.75,
};

interface Learned {
  family: Family;
  description: string;
  message: string;
  applies?: (context: RuleContext) => boolean;
  examples: RuleExamples;
}

function learned(spec: Learned): Rule {
  const id = `${spec.family}/tone`;
  const find = function* (context: RuleContext, sentence: SentenceLanguage): Iterable<TokenSpan> {
    let words = 0;
    for (let k = sentence.first; k < sentence.last && words < MIN_WORDS; k++)
      if (sentence.tokens[k]?.head && !sentence.tokens[k]?.emoji) words++;
    if (words < MIN_WORDS) return;
    if (probabilityOf(sentence, spec.family) < THRESHOLDS[spec.family]) return;
    const first = sentence.tokens[sentence.first];
    const last = sentence.tokens[sentence.last - 1];
    if (!first || !last || context.flagged(spec.family, first.start, last.end)) return;
    yield { first: sentence.first, last: sentence.last };
  };
  return phraseRule(
    {
      id,
      category: spec.family,
      severity: 'warning',
      step: 'by-kind',
      fixable: false,
      description: spec.description,
      messages: { default: spec.message },
      examples: spec.examples,
    },
    {
      families: [],
      applies: spec.applies,
      find,
      local: false,
      exceptReported: true,
      suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
    },
  );
}

export const pressureTone = learned({
  family: 'pressure',
  description:
    'A sentence whose tone reads as pressure: asking for an answer, a meeting or a change, in words no list holds.',
  message:
    '"{{phrase}}" reads as pressure: it asks something of them. Leave the door open instead, with no reply needed.',
  examples: {
    flag: ["I'll come to yours after work on Friday."],
    pass: ['I will pop round to the shop after work on Friday.'],
  },
});

export const romanticTone = learned({
  family: 'romantic',
  description: 'A sentence whose tone reads as romantic in a piece meant as friendship, in words no list holds.',
  message:
    '"{{phrase}}" reads as romantic, and this piece offers friendship: it says more than you mean. Keep it warm ' +
    'and plain.',
  applies: inFriendlyPiece,
  examples: {
    kind: 'card',
    flag: ['I still think about the way you laughed into my neck.'],
    pass: ['I still remember how good your cooking was in that tiny flat.'],
  },
});

/** Only where a new partner is in the picture: a note, or a piece that speaks of them. */
function partnerInView(context: RuleContext): boolean {
  return (
    context.kind === 'note' ||
    context.heard === 'new-relationship' ||
    partnerReferences(context.analysis).mentions.length > 0
  );
}

export const newPartnerTone = learned({
  family: 'new-partner',
  description:
    'A sentence whose tone reads as a remark on the new partner: a judgement, a comparison or a ' +
    'prediction, in words no list holds.',
  message:
    '"{{phrase}}" reads as a remark on their new partner. The guide asks you to respect the relationship: say ' +
    'you know and that you are fine with it, and leave them out of it otherwise.',
  applies: partnerInView,
  examples: {
    kind: 'note',
    flag: ["I heard you're with Lena now. She does talk a lot for someone who reads so little."],
    pass: ["I heard you're with Lena now. She does a lot for the animal shelter, I hear."],
  },
});

/** In the order they run: after every other rule. */
export const LEARNED_RULES: readonly Rule[] = [pressureTone, romanticTone, newPartnerTone];
