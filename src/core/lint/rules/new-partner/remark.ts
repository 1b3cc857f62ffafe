import { remarkAboutPartner } from '../../language/detect/new-partner';
import { phraseRule } from '../../rule';

/** "He's a step up from me, I suppose", "a dentist, though? Really?": a dig at the new partner, however polite. */
export const remark = phraseRule(
  {
    id: 'new-partner/remark',
    category: 'new-partner',
    severity: 'error',
    step: 4,
    fixable: true,
    description: 'A verdict, comparison, warning or sarcastic aside about the new partner.',
    messages: {
      default:
        '"{{phrase}}" is a remark about their new partner. Respecting the relationship means saying nothing about the partner but good wishes.',
    },
    examples: {
      kind: 'note',
      flag: [
        "I heard about you and Kekoa. He's a step up from me, I suppose.",
        'I know about you and Henrik. Not much of a catch, is he?',
        'So you and Thabo are official. A dentist, though? Really?',
        'Saw you with your new guy in Tesco. He looks about twelve lol',
        "You're with Inés now. What does she have that I don't?",
        "Congratulations on you and Becca, although everyone says she's bad news.",
      ],
      pass: [
        "I heard you're with Lena. She seems lovely, and I'm glad for you both.",
        'Your new bride is a lucky woman.',
        'I hope he makes you happy; you deserve it after the year you had.',
        'Give Joost my best. The tickets are for the two of you.',
        'I was so sorry to learn of the passing of your husband. He was a gentleman of the old school.',
      ],
    },
  },
  {
    families: [],
    find: remarkAboutPartner,
    local: false,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
