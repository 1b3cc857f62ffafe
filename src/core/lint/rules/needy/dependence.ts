import { anyOf } from '../../language/detect/combine';
import { dependenceOnReader, missingAsCondition } from '../../language/detect/needy';
import { phraseRule } from '../../rule';

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
      ],
      pass: [
        'I need you to know I am sorry.',
        "You'll need a drink after that game.",
        'I can live with that.',
        'I want you back in my life as a friend.',
        "Thanks for the help with the move: I couldn't have got that sofa up the stairs without you.",
      ],
    },
  },
  {
    families: ['needy.dependence'],
    find: anyOf(dependenceOnReader, missingAsCondition),
    suggest: (context, match) => {
      const words = context.analysis.tokens
        .slice(match.firstToken, match.endToken)
        .map((t) => t.word)
        .join(' ');
      return /^i need (you|us)( back)?$/.test(words) ? [{ label: 'Say it more calmly', replacement: CALMER }] : [];
    },
  },
);
