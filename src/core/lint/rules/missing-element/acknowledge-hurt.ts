import type { Match } from '../../engine/matcher';
import { acknowledgesHurt } from '../../language/detect/acknowledge';
import type { Rule, RuleContext } from '../../rule';
import { openingSpan } from '../whole-piece';

/** The heartfelt letter must acknowledge the hurt the writer caused (guide step 5). */
export const acknowledgeHurt: Rule = {
  meta: {
    id: 'missing-element/acknowledge-hurt',
    category: 'missing-element',
    severity: 'error',
    step: 5,
    fixable: false,
    description: 'A letter that never acknowledges the hurt caused.',
    messages: {
      default:
        'This letter never acknowledges the hurt you caused. For someone still hurt, that acknowledgement ' +
        'comes first: say what you did and that you are sorry.',
    },
    examples: {
      flag: [
        {
          text: 'Dear Noah,\n\nI would like to get back together with you.\n\nInes',
          kind: 'letter',
          intent: 'romantic',
        },
      ],
      pass: [
        { text: 'Dear Noah,\n\nI know I hurt you. I would like us to be friends.\n\nInes', kind: 'letter' },
        // An apology offered, a wrong judged in the writer's own words, "sorry for it" with feeling.
        { text: 'Dear Noah,\n\nI owe you an apology. I would like us to be friends.\n\nInes', kind: 'letter' },
        {
          text:
            "Dear Noah,\n\nAt your sister's dinner I mocked the decorations. I was arrogant and unkind in your " +
            'home. Please accept my apology.\n\nI would like us to be friends.\n\nInes',
          kind: 'letter',
        },
        {
          text:
            'Dear Noah,\n\nI told the whole street that you were the one who ended it. That was a wicked thing to ' +
            "do, and I'm sorry for it from the bottom of my heart.\n\nI would like us to be friends.\n\nInes",
          kind: 'letter',
        },
        {
          text: 'Dear Noah,\n\nLeaving for Sydney the way I did hurt you badly. I would like us to be friends.\n\nInes',
          kind: 'letter',
        },
        {
          text: 'Dear Noah,\n\nWhen I left I caused you a great deal of pain. I would like us to be friends.\n\nInes',
          kind: 'letter',
        },
        { text: "Dear Noah,\n\nI know I wasn't fair to you. I would like us to be friends.\n\nInes", kind: 'letter' },
        { text: "Dear Noah,\n\nThat's on me. I would like us to be friends.\n\nInes", kind: 'letter' },
        {
          text: 'Dear Noah,\n\nI wish I had treated you better. I would like us to be friends.\n\nInes',
          kind: 'letter',
        },
        { text: 'Hi Noah, hope you are well.', kind: 'card' },
      ],
    },
  },
  check(context) {
    if (context.kind !== 'letter' || ownsHurt(context)) return;
    const span = openingSpan(context);
    if (span) context.report(span);
  },
};

/** Per analysis (one lint call): the learned blame rule asks for every sentence of a letter. */
const owned = new WeakMap<RuleContext['analysis'], boolean>();

/** The text says what hurt the writer caused, or says sorry for it (read anywhere in the text). */
export function ownsHurt(context: RuleContext): boolean {
  let known = owned.get(context.analysis);
  if (known === undefined) owned.set(context.analysis, (known = readOwnsHurt(context)));
  return known;
}

function readOwnsHurt(context: RuleContext): boolean {
  return (
    context.analysis
      .matches('acknowledgement.hurt')
      .some((m) => !context.analysis.isNegated(m) && !inTheirView(context, m)) ||
    context.analysis.matches('acknowledgement.owed').some((m) => !inTheirView(context, m) && madeNow(context, m)) ||
    acknowledgesHurt(context)
  );
}

/** "I know you think I hurt you": the admission is the reader's view, reported. */
function inTheirView(context: RuleContext, m: Match): boolean {
  const s = context.analysis.language.at(m.firstToken);
  const before = s.clauses.filter((c) => c.end <= m.firstToken).pop();
  return (
    before !== undefined &&
    before.subject === 'you' &&
    !before.past &&
    (before.lemma === 'think' || before.lemma === 'feel' || before.lemma === 'believe' || before.lemma === 'say')
  );
}

/**
 * "I've never properly said sorry for it. I'm sorry.": the apology owed is then made (not "I never said
 * sorry, because...").
 */
function madeNow(context: RuleContext, m: Match): boolean {
  const { tokens } = context.analysis;
  for (let k = m.endToken; k < tokens.length && k < m.endToken + 40; k++) {
    const w = tokens[k]?.word;
    if (w === 'now' || ((w === 'sorry' || w === 'apologise' || w === 'apologize') && tokens[k - 1]?.word !== 'never'))
      return true;
  }
  return false;
}
