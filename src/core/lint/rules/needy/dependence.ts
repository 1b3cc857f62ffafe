import { anyOf } from '../../language/detect/combine';
import { dependenceOnReader, missingAsCondition } from '../../language/detect/needy';
import { words } from '../../lexicon/words';
import type { Match } from '../../engine/matcher';
import { phraseRule, type RuleContext } from '../../rule';
import { notADayWithout } from './detect';
import { onlyYouCould } from './lingering';

const THANKS = words('thank thanks grateful thankful');
const LOOKING_BACK = words('was were had would');

/**
 * "Thank you for the help with the forms. Without you I was completely lost": thanks just before
 * and a look back at help given, not leaning on them now.
 */
function gratitudeBefore(context: RuleContext, match: Match): boolean {
  const { tokens } = context.analysis;
  let past = false;
  for (let k = match.firstToken; k < match.endToken; k++) if (LOOKING_BACK.has(tokens[k]?.word ?? '')) past = true;
  if (!past) return false;
  for (let k = Math.max(0, match.firstToken - 25); k < match.firstToken; k++)
    if (THANKS.has(tokens[k]?.word ?? '')) return true;
  return false;
}

const CALMER = "I'd be glad to have you in my life again";

/** "I can't live without you", "I need you": dependence reads as a burden placed on the reader. */
export const dependence = phraseRule(
  {
    id: 'needy/dependence',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Dependence: needing the reader in order to be okay.',
    messages: {
      default:
        '"{{phrase}}" makes them responsible for how you are. Say what you would like, not what you cannot do without.',
      card: '"{{phrase}}" sounds needy. A friendship card stays warm and easy, with nothing that weighs on them.',
    },
    examples: {
      flag: [
        'I need you back.',
        "I can't live without you.",
        'i cant live\nwithout u',
        'I really, really need you.',
        'You are my whole world.',
        "Without you I'm nothing.",
        "I can't go a single day without thinking about you.",
        'Nothing makes sense without you.',
        "Without you there's no point to any of it.",
        'You were my whole world and now I have nothing.',
        "I'm starting to think I never meant anything to you.",
        'There is a hole in my life that only you could fill.',
      ],
      pass: [
        'I need you to know I am sorry.',
        "You'll need a drink after that game.",
        'I can live with that.',
        'I want you back in my life as a friend.',
        "Thanks for the help with the move: I couldn't have got that sofa up the stairs without you.",
        'Thank you so much for sorting the forms. Without you I was completely lost.',
        'I just need you to sign the car papers.',
      ],
    },
  },
  {
    families: ['needy.dependence', 'needy.lost-without'],
    find: anyOf(dependenceOnReader, missingAsCondition, notADayWithout, onlyYouCould),
    severity: (context, match) => (gratitudeBefore(context, match) ? null : 'error'),
    suggest: (context, match) => {
      const words = context.analysis.tokens
        .slice(match.firstToken, match.endToken)
        .map((t) => t.word)
        .join(' ');
      return /^i need (you|us)( back)?$/.test(words) ? [{ label: 'Say it more calmly', replacement: CALMER }] : [];
    },
  },
);
