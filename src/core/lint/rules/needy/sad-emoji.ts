import { phraseRule } from '../../rule';

/** Crying and broken-heart emoji: a softer signal, offered as advice only. */
export const sadEmoji = phraseRule(
  {
    id: 'needy/sad-emoji',
    category: 'needy',
    severity: 'info',
    step: 'by-kind',
    fixable: true,
    description: 'Crying or broken-heart emoji.',
    messages: { default: '{{phrase}} can read as sadness aimed at them. Consider leaving it out.' },
  },
  {
    families: ['needy.suffering-emoji'],
    suggest: () => [{ label: 'Remove the emoji', replacement: '' }],
  },
);
