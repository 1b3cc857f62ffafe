import { phraseRule } from '../../rule';
import { anyOf } from '../../language/detect/combine';
import { theirShareAfterTurn } from '../../language/detect/turn';
import { billForKindness, rhetoricalWorth, selfPity, unlessOwned } from './detect';

/** "After everything I did for you", "you never cared": guilt as a lever. */
export const guiltTrip = phraseRule(
  {
    id: 'blame/guilt-trip',
    category: 'blame',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Guilt-tripping.',
    messages: {
      default:
        '"{{phrase}}" makes them feel guilty. Guilt may get a reply, but not a friendship; speak for yourself ' +
        'and leave the scorekeeping out.',
      letter:
        '"{{phrase}}" makes them feel guilty. The letter is where you own the hurt you caused; guilt aimed at ' +
        'them undoes that.',
    },
    examples: {
      flag: [
        'After everything I did for you, this is how you treat me.',
        'The least you could do is answer.',
        'You never cared.',
        'Am I not worth a single phone call?',
        'Was I really that easy to replace?',
        "I guess I'll just spend it alone then.",
        'Think of everything I gave up for you.',
        'Would it kill you to say sorry?',
        'Was I just a placeholder until someone better came along?',
        'How hard is it to send one text?',
        'Sorry if my feelings were an inconvenience.',
        "I suppose if you say no, I'll just get used to being on my own.",
        "Fine, I'll just spend Christmas alone then.",
        'guess ill just sit here by myself then',
        "If you won't come, I'll just grow old on my own, won't I.",
        "Right, I'll just be on me own then, cheers.",
        'I shall simply have to get used to being alone, I suppose.',
        "First one on my own in nine years, but don't you worry about me, I'm sure you're having a great time.",
        "I'll be by myself on my birthday, but don't mind me.",
        "Spent the weekend alone, but I'm sure you were having the time of your life.",
        'Nobody to talk to lately, but never mind me.',
        'all alone again lol but dont worry bout me',
        "I'm on my own this Christmas but don't worry about me, enjoy yourself.",
        'I paid your rent for five months when you were between jobs, ' +
          "so excuse me if 'let's be friends' doesn't quite cover it.",
        "And I'd ask you to remember that I stood by you through your redundancy and everything else, " +
          'which is more than most people would have done.',
        "I drove you to every appointment for a year, so forgive me if I'm not jumping for joy.",
        "I've covered for you with your mum more times than I can count, so pardon me if I'm a bit sceptical.",
        'i lent u money for ur car and this is the thanks i get',
        'I looked after your dog for three summers, which is more than most mates would do.',
        'I gave you a lift every day, and what did I get.',
        "Don't mind me, I'll just be here alone as usual.",
        "I'll just be on my own again as always.",
        'Was I really that forgettable?',
        'Am I so easy to replace?',
        "I'm sorry I left the way I did. That said, you could have told me sooner that you were unhappy.",
        "But if you had not brought him to my mother's funeral, I would not have been so bitter.",
        'In fairness, if you had been straight with me from the start, none of this would have happened.',
      ],
      pass: [
        'After everything we went through together, I still wish you well.',
        'Was I easy to get hold of when you rang?',
        'How could you not love that dog?',
        'I loved all the dinners I cooked for you in that tiny kitchen.',
        "I guess I'll see you at the wedding then.",
        'Everything you did for me that year, I remember.',
        "If you're busy, I'll just go to the gig on my own, no worries!",
        "I'll just spend the day on my own reading, bliss.",
        "Don't worry about me, I'm doing really well.",
        "I'm on my own this Christmas and honestly loving the quiet.",
        "I hope you're having a great time in Lisbon!",
        "Don't worry about me being alone on the drive, I love podcasts.",
        "I'll be alone for a bit then, which is what I need.",
        "If you can't make it, I'll just have to go on my own.",
        "Don't worry about me, I'm on my own but fine.",
        "I stood by you through the redundancy, and you stood by me through Mum's illness.",
        'Your sister looked after you all that month, which is more than most people would have done.',
        "I've been unwell, so forgive me if this letter is short.",
        "I paid you back the fifty quid, so we're square, no hard feelings!",
        'I helped you move, which was more fun than most people would think.',
        "Forgive me if I've got the date wrong, but I think your party is on the ninth.",
        'I drove you to the station that day, and you said it was the kindest thing anyone had done.',
        'Was I really that loud at the wedding? Sorry!',
        'That said, you could have the blue one if you want it.',
        'But you should have seen his face when he opened it!',
        'Still, if you had a good time, that is all that matters.',
        "But you could have been hurt, and I'm glad you weren't.",
        'Though you might have heard this already, the bakery is closing.',
        'That said, I should have told you sooner, and I am sorry.',
      ],
    },
  },
  {
    families: ['blame.guilt-trip'],
    find: anyOf(rhetoricalWorth, selfPity, billForKindness, theirShareAfterTurn),
    severity: unlessOwned,
    exceptReported: true,
  },
);
