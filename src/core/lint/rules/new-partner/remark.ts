import { anyOf } from '../../language/detect/combine';
import { digAtPartner, remarkAboutPartner, wishThenVerdict } from '../../language/detect/new-partner';
import { phraseRule } from '../../rule';
import { partnerAside, rhetoricalVerdict } from './asides';

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
        '"{{phrase}}" is a remark about their new partner. Respecting the relationship means saying nothing ' +
        'about the partner but good wishes.',
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
        "Congratulations on the engagement. I just hope she cooks as well as I did, or you'll live on toast!",
        "I heard about Chloe. Isn't she a bit young for you?",
        'heard ur dating that gym guy. all muscles no conversation but u do u, happy for u',
        'I hear you and Tom are an item. I would have thought you wanted someone grown up, but there we go.',
        "Heard about you and Sophie. Good for you, though I wouldn't be booking any venues just yet.",
        "Marek says your new fella is lovely. Reckon he'll outlast the last one?",
        "I know you're with Mina now. I do wonder what she has going for her, but that's not my business.",
        "So you and Chloe, eh. I'm sure her taste in music will grow on you.",
        "I heard you met someone. She's a bit young for you, isn't she?",
        "I heard you're with Jade now. Is she even out of school yet?",
        "Heard about you and Kris. Not who I'd have picked for you, but okay.",
        "I heard you're engaged to Dev. Didn't he cheat on his last girlfriend?",
        "I heard you're with Sam. I hope you know what you're doing.",
        "I hope she's worth throwing everything away for. Happy birthday.",
        "You've been going out with a fireman called Enrique. Guys like that never stick around.",
        // Digs at habits, money or record, comparisons with the writer, warnings (digAtPartner).
        "Heard you and Marta are official. Hope she's as good with your mum as I was.",
        "congrats on u and jess!! hope she's as chill about ur gaming as i was lol",
        'I know you are married with Farid now. But I think he is not good for you, he is not serious man.',
        'I understand you are engaged to Mr Hale. One hears he is not entirely trustworthy with money.',
        "Good on ya, you and Shane. Hope he's figured out how to use a washing machine by now.",
        "Saw you're with Priyanka now. Word is she has a bit of a reputation, so watch yourself.",
        'Congrats on you and Leon. Is he still living with his mum at 35?',
        "so ur with kyle now. fair enough but he's giving red flag energy ngl",
        // Good wishes taken back with a verdict on someone named (wishThenVerdict).
        "I'm happy for you, truly, but Dana is a snake and everyone knows it.",
        { text: "Trying to be glad for you, but Karim's a player.", kind: 'message' },
        // The partner, a linking verb and a verdict, inside a longer sentence.
        {
          text: 'Dear Mark,\nI heard your new wife is very young and very rich. Congratulations, I suppose.',
          kind: 'card',
        },
        'I know about you and Cleo. Everyone says Cleo is so shallow, but fine.',
        { text: 'heard ur new man is proper minted haha, good for u', kind: 'message' },
        'So you are married to Ahmed now. My cousin say Ahmed is very lazy man, but I wish you happy.',
        {
          text: "Happy Christmas. Word is your boyfriend is a total bore, but I'm sure he has hidden depths.",
          kind: 'card',
        },
        'I understand that your fiancee is rather young. I do wish you well.',
      ],
      pass: [
        "I heard you're with Lena. She seems lovely, and I'm glad for you both.",
        'Your new bride is a lucky woman.',
        'I hope he makes you happy; you deserve it after the year you had.',
        'Give Joost my best. The tickets are for the two of you.',
        'I was so sorry to learn of the passing of your husband. He was a gentleman of the old school.',
        "I'm seeing someone new myself. He's a bit older than me and very kind.",
        "I know you're with Sofie now, and I'm fine with it. I met someone too; she's younger than me.",
        'I heard you and Sam got engaged! Is she even more lovely in person? Congratulations.',
        'My new boyfriend is lovely, a bit taller than me, and he makes me laugh.',
        'Congratulations on your new baby girl! I wish she grows up healthy and happy.',
        'Anand told me you are now with Geeta. I have no objection whatsoever, it is your life.',
        "I heard you and Sam are engaged. Isn't that wonderful? Congratulations to you both.",
        "Sorry to hear your mum's not well. Isn't she a bit young for a hip operation?",
        // "Your girl, always" and "your girlfriend again" are the writer's own place, not a new partner.
        {
          text:
            'hey dom congrats on passing ur test finally lmao the roads are no longer safe ' +
            '😂\nur girl always,\nkeisha',
          kind: 'message',
        },
        "I heard you and Marta are together. I hope she's as happy as you are.",
        "I know you're with Farid now. I'm not good with words, but I wish you both well.",
        "I know you and Sam are together, and I'm fine with it. I hope he's as kind to you as you deserve.",
        'Heard about you and Lena! She is not shy, that one, and I love it.',
        { text: 'I heard your new bride is a lucky woman, and so are you.', kind: 'card' },
        "I heard you and Cleo are together. Everyone says Cleo is so kind, and I'm glad.",
        'I know your new wife is expecting, congratulations to you both!',
        { text: "I hear your husband is not well, I'm thinking of you both.", kind: 'card' },
        "I heard your girlfriend is a nurse, that's wonderful.",
        'Heard you and Jo are engaged. Jo is lovely, I always thought so.',
        {
          text: "Get well soon. I heard she has been awful sick, poor thing, and you're run off your feet.",
          kind: 'card',
        },
        { text: "My nephew has learned to swim by now, he's so proud.", kind: 'card' },
        { text: "I'm so happy for you, but I'll miss our Sunday runs.", kind: 'card' },
        { text: 'Congratulations on the promotion, but Tom says the hours are brutal.', kind: 'card' },
        { text: "Congrats on the new job! Glad for you, but Maria is so sad you're leaving the team.", kind: 'card' },
        {
          text: 'So sorry to hear about your gran. She was not well for a long time, I know, and she was a good woman.',
          kind: 'card',
        },
      ],
    },
  },
  {
    families: [],
    find: anyOf(remarkAboutPartner, partnerAside, rhetoricalVerdict, digAtPartner, wishThenVerdict),
    local: false,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
