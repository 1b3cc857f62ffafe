import { commandToContact } from '../../language/detect/pressure';
import { phraseRule } from '../../rule';
import { askSeverity, describesTheReader, removeOrOpenDoor } from './severity';

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
      default: '"{{phrase}}" asks them to answer. A first message works best when it expects nothing back; let them reply only if they want to.',
      card: '"{{phrase}}" asks for a reply. A friendship card is a gift with no strings: it should not ask them to get in touch.',
      note: '"{{phrase}}" asks for a reply. The note respects their new life, so it should not ask anything of them.',
      letter: '"{{phrase}}" asks them to get in touch. After a heartfelt letter the guide says to wait and do nothing else; an ask makes the letter a demand.',
    },
  },
  {
    families: ['pressure.reply-request'],
    find: commandToContact,
    span: 'sentence',
    severity: (context, match) => (describesTheReader(context, match) ? null : askSeverity(context, match, 'error')),
    suggest: (context) => removeOrOpenDoor(context),
  },
);
