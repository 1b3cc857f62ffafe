import type { Rule } from '../../rule';
import { openingSpan } from '../whole-piece';

/** From this many unanswered messages on, another message is more of what already went unanswered. */
export const MANY_UNANSWERED = 3;

/**
 * Guide step 1: a short message is fine as a first try, but not after many unanswered ones, and
 * step 5: someone still hurt gets one heartfelt letter, not a quick text.
 */
export const afterSilence: Rule = {
  meta: {
    id: 'pressure/after-silence',
    category: 'pressure',
    severity: 'error',
    step: 1,
    fixable: false,
    description: 'Another quick message after silence, or to someone still hurt.',
    messages: {
      default:
        'Several messages have already gone unanswered. Another one, however kind, adds to the pile and can ' +
        'feel like being hounded; a mailed card is gentler, or simply waiting.',
      hurt:
        'Friends say they are still hurt. A quick text is the easy, casual contact the guide advises against ' +
        'here; one heartfelt letter says more.',
    },
    examples: {
      flag: [{ text: 'Hi Noah, congrats on the play.', heard: 'still-hurt' }],
      pass: ['Hi Noah, congrats on the play.'],
    },
  },
  check(context) {
    if (context.kind !== 'message') return;
    const span = openingSpan(context);
    if (!span) return;
    if (context.unanswered >= MANY_UNANSWERED) context.report(span);
    else if (context.heard === 'still-hurt') context.report({ ...span, messageId: 'hurt', severity: 'warning' });
  },
};
