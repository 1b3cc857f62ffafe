import { doorHeldOpen, toldOfThePast, toldOthers } from '../../language/detect/romantic';
import { counterfactual } from '../../language/reported';
import { phraseRule } from '../../rule';
import { inFriendshipPiece } from './applies';

/** "Get back together", "another chance for us" in a piece meant as friendship. */
export const reunion = phraseRule(
  {
    id: 'romantic/reunion',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Talk of getting back together in a friendship piece.',
    messages: {
      default:
        '"{{phrase}}" speaks of getting back together, but this piece offers friendship. Mixed signals make it ' +
        'hard to trust either.',
      note:
        '"{{phrase}}" hopes for a romance while they are in a new relationship. The note should say you want ' +
        'only the friendship back.',
    },
    examples: {
      flag: [
        { text: "Maybe we'll get back together one day.", kind: 'card' },
        { text: 'Can we give us another chance?', kind: 'letter', intent: 'friendship' },
        { text: 'I want you back.', kind: 'note' },
        { text: "I know you're with Sofie now, but we both know this isn't over between us.", kind: 'note' },
        { text: 'You belong with me.', kind: 'note' },
        { text: 'I keep thinking we could make it work second time round.', kind: 'card' },
        { text: 'We are not finished, you and me.', kind: 'card' },
        { text: "I know you're with Sara now, but I'm not giving up on us.", kind: 'note' },
        { text: 'I think we deserve another chance.', kind: 'card' },
        // A door held open: "if one day you wanted more" (doorHeldOpen).
        {
          text: "I'd like to be friends, but honestly, if one day you wanted more, I'd be the happiest person alive.",
          kind: 'letter',
          intent: 'friendship',
        },
        { text: 'Friends is fine. Though if ever you felt differently, you know where I am.', kind: 'card' },
        { text: 'if someday u want more, just say', kind: 'card' },
        { text: "If, one day, you want more than friendship, I'm here.", kind: 'card' },
        { text: 'And if in time you feel differently, the door is open.', kind: 'card' },
        { text: 'if maybe one day you want something more, you tell me.', kind: 'card' },
      ],
      pass: [
        { text: "I'm not hoping to get back together.", kind: 'card' },
        { text: 'You and Lena are together now.', kind: 'note' },
        { text: 'I would like to get back together.', kind: 'letter', intent: 'romantic' },
        { text: 'I want you back in my life as a friend.', kind: 'card' },
        { text: "I'd like to have you back as a friend.", kind: 'note' },
        { text: 'The team deserves another chance after that final.', kind: 'card' },
        { text: 'I do not seek to revive what we had as a couple.', kind: 'letter', intent: 'friendship' },
        { text: 'The season is not over yet, so good luck on Saturday.', kind: 'card' },
        { text: 'If one day you want more photos of the kids, just ask.', kind: 'card' },
        { text: 'If one day you feel differently about the house, we can sell it.', kind: 'card' },
        { text: 'If one day you want nothing more to do with me, I understand.', kind: 'card' },
        { text: 'If one day you wanted to visit, the spare room is yours.', kind: 'card' },
        { text: "If, one day, you want no more than a coffee, that's fine too.", kind: 'card' },
        {
          text: "I am writing as a friend. Our romantic relationship ended long ago and I don't wish to restart it.",
          kind: 'letter',
          intent: 'friendship',
        },
      ],
    },
  },
  {
    families: ['romantic.reunion'],
    negatedFamilies: ['intent.only-friends'],
    find: doorHeldOpen,
    applies: inFriendshipPiece,
    severity: (context, match) =>
      toldOfThePast(context.analysis, match) ||
      toldOthers(context.analysis, match) ||
      counterfactual(context.analysis, match.firstToken)
        ? null
        : 'error',
  },
);
