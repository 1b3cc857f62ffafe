import { words } from '../../lexicon/words';
import type { SentenceLanguage } from '../../language';
import { word } from '../../language/query';
import { datelikeInvitation, openInvitation } from '../../language/detect/pressure';
import { phraseRule } from '../../rule';

/** "Pint sometime? 😉", "movie night like old times?": an invitation that could be a date. */
export const invitation = phraseRule(
  {
    id: 'ambiguous-intent/invitation',
    category: 'ambiguous-intent',
    severity: 'warning',
    step: 1,
    fixable: false,
    description: 'An invitation to an ex that could be read as a date, with no intent stated.',
    messages: {
      default:
        '"{{phrase}}" could be read as asking them out. If you mean friendship, say so; they should not have to guess.',
    },
    examples: {
      flag: [
        "Pint sometime? For old times' sake 😉",
        'Movie night like old times? 🍿',
        'Fancy dinner on Friday?',
        "Why don't you come over for dinner on Sunday, like we used to?",
        "Hi Mo, I'd love to take you to dinner at that Lebanese place, my treat, whenever you're free.",
        {
          text:
            "Dear Noah,\n\nI'm sorry I hurt you. I'd like to be friends again. Come up to the cabin for New " +
            'Year, just the two of us, like before.\n\nInes',
          kind: 'letter',
        },
      ],
      pass: [
        'Fancy a coffee as friends sometime? No pressure at all.',
        { text: 'Can we sit down and talk about the flat deposit?', kind: 'message' },
      ],
    },
  },
  {
    families: [],
    // With no intent stated any outing could be a date; "just the two of us, like before" reads as one whatever is
    // stated.
    find: (context, s) =>
      calendarDate(s)
        ? []
        : context.signals.verdict === 'unstated'
          ? openInvitation(context, s)
          : datelikeInvitation(context, s),
    applies: (context) => context.kind === 'message' || context.kind === 'letter',
    span: 'sentence',
  },
);

/**
 * "Can you tell me if this date is good for you, so I tell the lawyer?", "if another date suits": a day,
 * not a date.
 */
function calendarDate(s: SentenceLanguage): boolean {
  for (let k = s.first + 1; k < s.end - 1; k++) {
    if (word(s, k) !== 'date' || !CHOSEN.has(word(s, k - 1))) continue;
    if (SUITING.has(word(s, k + 1))) return true;
  }
  return false;
}
const CHOSEN = words('this that another which the other new');
const SUITING = words('is suits suit works work for');
