import { anyOf } from '../../language/detect/combine';
import { oneLineAsked } from '../../language/detect/pushes';
import { commandToContact, namesTheWriter } from '../../language/detect/pressure';
import type { Match } from '../../engine/matcher';
import { phraseRule, type RuleContext } from '../../rule';
import { askSeverity, describesTheReader, practicalAsk, removeOrOpenDoor, silenceReleased } from './severity';

/** "Write back", "let me know", "answer your phone": asking for a reply or contact. */
export const replyRequest = phraseRule(
  {
    id: 'pressure/reply-request',
    category: 'pressure',
    severity: 'error',
    step: 'by-kind',
    fixable: true,
    description: 'Asking for a reply, a call or a message.',
    messages: {
      default:
        '"{{phrase}}" asks them to answer. A first message works best when it expects nothing back; let them ' +
        'reply only if they want to.',
      card:
        '"{{phrase}}" asks for a reply. A friendship card is a gift with no strings: it should not ask them to ' +
        'get in touch.',
      note: '"{{phrase}}" asks for a reply. The note respects their new life, so it should not ask anything of them.',
      letter:
        '"{{phrase}}" asks them to get in touch. After a heartfelt letter the guide says to wait and do ' +
        'nothing else; an ask makes the letter a demand.',
    },
    examples: {
      flag: [
        { text: 'Hope you are well. Write back soon!', kind: 'card' },
        'Noah answer ur phone pls',
        'Noor pick up.',
        "Would be good to sort things out, so please don't avoid me.",
        { text: 'Happy birthday. My number is the same as always. I will keep my phone on.', kind: 'card' },
        'I just need to hear your voice for five minutes.',
        { text: 'Let me know how you are. Take care.', kind: 'card' },
        { text: 'Hope to hear from you soon.', kind: 'card' },
        "I'm not angry, but please call me.",
        { text: 'Call me if you ever want to talk.', kind: 'card' },
        { text: 'Call me if you ever want to talk.', kind: 'letter' },
      ],
      pass: [
        'Call me old-fashioned, but I still write letters by hand.',
        'No need to reply.',
        "You don't have to write back.",
        "I'm not asking you to call.",
        "There's no need to feel like you have to reply.",
        { text: "If you ever want to talk, I'd be glad.", kind: 'card' },
        'I wrote back to the theatre about the tickets.',
        "Ran into your mum at the market. Call your mum when you get a minute, she'd love that.",
        { text: 'I have written this twice and I keep changing my answer.', kind: 'letter' },
        { text: 'I release any expectation of a reply.', kind: 'letter' },
        { text: 'If I do not hear anything, I will accept that as your answer.', kind: 'letter' },
      ],
    },
  },
  {
    families: ['pressure.reply-request'],
    find: anyOf(commandToContact, oneLineAsked),
    span: 'sentence',
    severity: (context, match) =>
      describesTheReader(context, match) ||
      practicalAsk(context, match) ||
      silenceReleased(context, match) ||
      callNamesTheWriter(context, match)
        ? null
        : askSeverity(context, match, 'error'),
    suggest: (context) => removeOrOpenDoor(context),
  },
);

/** "Call me old-fashioned": the words of "call me" naming the writer, not asking to be rung. */
function callNamesTheWriter(context: RuleContext, match: Match): boolean {
  const s = context.analysis.language.at(match.firstToken);
  const k = match.firstToken;
  return s.tokens[k]?.word === 'call' && s.tokens[k + 1]?.word === 'me' && namesTheWriter(s, k + 1);
}
