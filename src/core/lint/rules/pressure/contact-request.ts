import { anyOf } from '../../language/detect/combine';
import { proposalToMeet, questionAsking } from '../../language/detect/pressure';
import type { Match } from '../../engine/matcher';
import { GAP } from '../../engine/tokenize';
import { words } from '../../lexicon/words';
import { clauseAt } from '../../language/query';
import { DETECTED, phraseRule, type RuleContext } from '../../rule';
import { askSeverity, practicalAsk, removeOrOpenDoor } from './severity';

/** "Let's grab coffee", "call me sometime": casual asks to meet or talk. Worst in a letter. */
export const contactRequest = phraseRule(
  {
    id: 'pressure/contact-request',
    category: 'pressure',
    severity: 'warning',
    step: 'by-kind',
    fixable: true,
    description: 'Casual asks to meet, talk or see each other.',
    messages: {
      default:
        '"{{phrase}}" proposes contact. Even a casual ask is something they have to answer; an open door with ' +
        'no ask is kinder.',
      card: '"{{phrase}}" proposes meeting or talking. A friendship card should ask for nothing in return.',
      letter:
        '"{{phrase}}" is the kind of casual ask the guide warns against for someone still hurt: write the ' +
        'letter, then wait.',
    },
    examples: {
      flag: [
        { text: "Let's grab coffee sometime.", kind: 'card' },
        { text: 'Dear Noah,\n\nCall me sometime.\n\nInes', kind: 'letter' },
        { text: "I'd love to see you again.", kind: 'card' },
        {
          text: "Dear Noah,\n\nI'm sorry I hurt you. Let me take you to dinner, like old times.\n\nInes",
          kind: 'letter',
        },
        "Are you free Thursday? I've booked a table for two at eight.",
        { text: "Happy Christmas. I'll be at the Fox on Friday from seven if you fancy joining.", kind: 'card' },
      ],
      pass: [
        'Your parents flew in to meet me for the first time that spring.',
        { text: "I've started this letter six times, so let's just get to it.", kind: 'letter' },
        'I booked a table for Mum and Dad on Friday at eight.',
        'We had coffee at that place once.',
        {
          text: 'Dear friend (may I still call you that?),\nThe lilacs are out again. Happy spring.\nMarta',
          kind: 'card',
        },
        {
          text:
            "Dear Hoang,\n\nI hurt you and I'm sorry. I'd like us to try again as partners, and this time I'd " +
            'like you to meet my mother.\n\nThao',
          kind: 'letter',
          intent: 'romantic',
        },
      ],
    },
  },
  {
    families: ['pressure.contact-request'],
    find: anyOf(questionAsking, proposalToMeet),
    span: 'sentence',
    severity: (context, match) =>
      practicalAsk(context, match) || someoneElseMet(context, match)
        ? null
        : askSeverity(context, match, context.kind === 'letter' ? 'error' : 'warning'),
    suggest: (context) => removeOrOpenDoor(context),
  },
);

/**
 * "Your parents flew in to meet me": someone else came to meet the writer; "they let us have cards
 * this month": someone else let them. The reader is asked nothing.
 */
function someoneElseMet(context: RuleContext, match: Match): boolean {
  if (match.family === DETECTED) return false;
  const k = match.firstToken;
  const { tokens } = context.analysis;
  const before = tokens[k - 1]?.word ?? '';
  if (tokens[k]?.word === 'let' && (tokens[k]?.gap ?? 0) < GAP.soft && LETTERS.has(before)) return true;
  return before === 'to' && clauseAt(context.analysis.language.at(k), k)?.subject === 'third';
}
/** Who may have let the writer do something: "they let us", "she lets us". */
const LETTERS = words('they he she you i we it mum dad mom who');
