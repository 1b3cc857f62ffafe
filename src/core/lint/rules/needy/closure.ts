import { closureDemand } from '../../language/detect/needy';
import { anyOf } from '../../language/detect/combine';
import { phraseRule } from '../../rule';
import { explanationDemanded, whyDidYou } from './structure';
import { closureAsCondition } from './lingering';

/** "I just need closure", "I deserve an explanation": the writer's peace made the reader's job. */
export const closure = phraseRule(
  {
    id: 'needy/closure',
    category: 'needy',
    severity: 'error',
    step: 'by-kind',
    fixable: false,
    description: 'Demanding closure or an explanation.',
    messages: {
      default:
        '"{{phrase}}" asks them to give you closure. They may not have it to give; closure is something you ' +
        'can find without them.',
    },
    examples: {
      flag: [
        'I just need closure.',
        'I deserve an explanation.',
        'I need to understand why you ended it.',
        'I need you to explain what happened.',
        'Please, just tell me what I did wrong.',
        'i just want u to tell me why lol',
        'I think I deserve to finally understand why you walked away.',
        "I reckon I deserve an answer, mate, that's all.",
        'Tell me straight why you stopped talking to me.',
        'I want that you explain to me what went wrong between us.',
        'I would ask you to explain yourself. I believe I deserve the truth.',
        'Why did you leave me?',
        'why did u stop talking to me??',
        'Can you at least explain why you did it?',
      ],
      pass: [
        'I need to pick up my bike at some point.',
        'You deserve an explanation, so here it is.',
        'I need you to explain the new bin rota to the kids.',
        'Tell me what happened at the match, I missed the second half!',
        'Just tell me what time to drop the kids off.',
        'I want you to tell me about Lisbon when you are back.',
        "I don't need you to explain anything.",
        'You deserve to know why I left, so here it is.',
        'Tell me what you want for your birthday.',
        'Why did you leave the party so early?',
        'Can you explain how the boiler timer works?',
        'You owe me a tenner for the tickets.',
        'You owe me an explanation at least.',
        'Why did you leave Leeds? I thought you loved it there.',
      ],
    },
  },
  { families: [], find: anyOf(closureDemand, explanationDemanded, whyDidYou, closureAsCondition) },
);
