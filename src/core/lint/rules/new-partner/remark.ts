import { anyOf } from '../../language/detect/combine';
import { remarkAboutPartner } from '../../language/detect/new-partner';
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
      ],
    },
  },
  {
    families: [],
    find: anyOf(remarkAboutPartner, partnerAside, rhetoricalVerdict),
    local: false,
    span: 'sentence',
    suggest: () => [{ label: 'Remove this sentence', replacement: '' }],
  },
);
