import { anyOf } from '../../language/detect/combine';
import { proposalToMeet, questionAsking } from '../../language/detect/pressure';
import { phraseRule } from '../../rule';
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
      practicalAsk(context, match)
        ? null
        : askSeverity(context, match, context.kind === 'letter' ? 'error' : 'warning'),
    suggest: (context) => removeOrOpenDoor(context),
  },
);
