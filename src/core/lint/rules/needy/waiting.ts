import { waitingByThePhone } from '../../language/detect/needy';
import { phraseRule } from '../../rule';
import { anyOf } from '../../language/detect/combine';
import { except, keepsakes, notAVigil } from './detect';
import { keepingVigil, keptClose, ritualForTwo } from './lingering';

/** "I'll wait forever" promises a vigil the reader never asked for. */
export const waiting = phraseRule(
  {
    id: 'needy/waiting',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Promising to wait for the reader.',
    messages: {
      default:
        '"{{phrase}}" tells them you are putting your life on hold for them, which is a weight to carry. Leave ' +
        'them free.',
    },
    examples: {
      flag: [
        "I'll wait for you forever.",
        "I'll always be waiting for you.",
        "I'm counting the days until you come home.",
        "I'll be right here whenever you're ready.",
        'I still sleep in your old hoodie.',
        'I listen to your voicemails when I miss you.',
        "Part of me still hopes you'll come back.",
        "I can't stop checking your Instagram.",
        "I keep hoping you'll knock on my door.",
        "I'll always be here for you, whenever you want me back.",
      ],
      pass: [
        'I was waiting for the bus when I saw the poster.',
        "I'll keep my phone on.",
        'I kept one foot out the door for years, and I am sorry.',
        "I'm just waiting until the results come back.",
        "Part of me wishes I'd stayed in Leeds.",
      ],
    },
  },
  {
    families: ['needy.waiting'],
    find: anyOf(except(waitingByThePhone, notAVigil), keepsakes, keptClose, ritualForTwo, keepingVigil),
  },
);
