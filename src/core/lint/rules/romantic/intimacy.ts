import { anyOf } from '../../language/detect/combine';
import { keptByTheBed, longingForTheirBody } from '../../language/detect/romantic';
import { phraseRule } from '../../rule';
import { inFriendshipPiece } from './applies';

/** Physical closeness and romantic memories ("waking up next to you", "I miss us"). */
export const intimacy = phraseRule(
  {
    id: 'romantic/intimacy',
    category: 'romantic',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Intimate memories and longing in a friendship piece.',
    messages: {
      default:
        '"{{phrase}}" brings back the romance. In a piece meant as friendship it reads as wanting more than ' +
        'friendship.',
    },
    examples: {
      flag: [
        { text: 'I still think about waking up next to you.', kind: 'card' },
        { text: 'I miss us.', kind: 'card' },
        { text: "I can't stop thinking about you.", kind: 'note' },
        { text: 'I still get butterflies when I hear your voice.', kind: 'note' },
        { text: 'My heart still skips when your name comes up.', kind: 'card' },
        // Longing for their body (longingForTheirBody).
        { text: 'Dear Mateo,\nI miss the weight of your arm across me when I fall asleep.', kind: 'card' },
        { text: "I can't stop thinking about your smile.", kind: 'card' },
        {
          text: 'honestly still dreaming about ur lips lol, anyway hope ur good',
          kind: 'message',
          intent: 'friendship',
        },
        { text: "Happy birthday. I still long for your touch, if I'm honest.", kind: 'card' },
        { text: 'Some nights I ache for the warmth of your skin.', kind: 'note' },
        {
          text: 'I want only friendship. But I am missing the warmth of your body, very much.',
          kind: 'letter',
          intent: 'friendship',
        },
        { text: 'Cheers for the parcel. Still miss the smell of your neck, not gonna lie.', kind: 'card' },
        // Their keepsakes by the writer's bed (keptByTheBed).
        { text: 'I still keep the photo of you asleep on the beach next to my bed.', kind: 'card' },
        { text: 'ur old hoodie is still on my pillow lol', kind: 'card' },
        {
          text: 'Only friends, I promise. Although your picture is still beside my bed.',
          kind: 'letter',
          intent: 'friendship',
        },
        { text: "Happy Christmas. I've kept a photograph of you by my bedside all year.", kind: 'card' },
        { text: 'Congrats to you both. I sleep with your old jumper under my pillow, mind.', kind: 'note' },
        { text: 'The picture of you at the lake still sits on my nightstand.', kind: 'card' },
      ],
      pass: [
        { text: 'Thinking of you and wishing you a good autumn.', kind: 'card' },
        { text: 'I passed my driving test! The examiner said the same thing you did the first time.', kind: 'card' },
        { text: 'I think about us all the time.', kind: 'letter', intent: 'romantic' },
        { text: "Let's get a coffee this week, just the two of us, to clear the air.", kind: 'note' },
        { text: 'My English is not so good but I want you can read it easy.', kind: 'letter', intent: 'friendship' },
        { text: 'I miss your laugh and your terrible jokes.', kind: 'card' },
        { text: 'I miss your cooking, nobody makes a curry like you.', kind: 'card' },
        { text: 'After such a long walk your legs must be aching!', kind: 'card' },
        { text: "I can't stop thinking about your news, congratulations on the baby!", kind: 'card' },
        { text: 'We all miss your hands on the piano at choir.', kind: 'card' },
        { text: 'I long for the day your arm is out of plaster and we can play tennis again.', kind: 'card' },
        { text: 'I put the photo of you and the team on the fridge.', kind: 'card' },
        { text: 'Your jumper is in the post, it was under my bed all along!', kind: 'card' },
        { text: 'I keep the photo of my grandmother next to my bed.', kind: 'card' },
        { text: "There's a photo of you with the trophy on the club wall.", kind: 'card' },
        { text: "I've left your pictures of the garden by my desk for inspiration.", kind: 'card' },
        {
          text: "I'd like to be friends again, only friends. But I need to know: do you ever think about me?",
          kind: 'letter',
          intent: 'friendship',
        },
      ],
    },
  },
  { families: ['romantic.intimacy'], find: anyOf(longingForTheirBody, keptByTheBed), applies: inFriendshipPiece },
);
