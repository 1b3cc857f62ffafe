import type { Rule } from '../../rule';
import { quote } from '../../rule';

/**
 * A friendship card is signed with just the name (guide step 2), and the labelled drafts hold every
 * piece to it: an affectionate closing ("Love,", "Your best friend forever,", "xoxo", a heart) says
 * more than the name on a card, a note, a letter or a text. Ordinary closings ("Take care,",
 * "Best,", "Cheers,") pass. The sign-off belongs to this rule alone: other rules do
 * not report inside it.
 */
export const signOff: Rule = {
  meta: {
    id: 'signature/sign-off',
    category: 'signature',
    severity: 'error',
    step: 2,
    fixable: true,
    description: 'A piece signed with more than the name: love, kisses, hearts or a role.',
    messages: {
      default:
        '"{{phrase}}" says more than your name. The guide suggests signing a friendship card with just your ' +
        'name, so nothing reads as romantic or needy.',
      other:
        '"{{phrase}}" is an affectionate sign-off. Signing with just your name lets your words say what you ' +
        'mean, with no extra signal at the end.',
    },
    examples: {
      flag: [
        { text: 'Hi Noah,\nHope you are well.\nWith all my love,\nInes\n', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nLove, Ines', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nInes xx', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nInes\nxoxo', kind: 'note' },
        { text: 'Hi Noah,\nHope you are well.\nLots of love,\nInes x', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nlove,\nines', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nForever yours, Ines', kind: 'note' },
        // A role instead of (or as well as) the name.
        { text: 'Hi Noah,\nHope the shop is busy.\nLove and hugs, your best friend\nInes', kind: 'card' },
        { text: 'Well done on the race! Proud of you. Your biggest fan, Ines', kind: 'message' },
        { text: 'Hi Noah,\nThe tickets are for you both. Your best friend forever, Ines xx', kind: 'note' },
        { text: 'Hi Noah,\nHope the move went well.\nYour girl always,\nInes', kind: 'card' },
        // On the same line as the last sentence, however long the line.
        {
          text:
            'Hi Noah,\nHope the new flat in Leeds is coming together and the neighbours are quiet. Take care. ' +
            'Love, Ines',
          kind: 'card',
        },
        { text: 'Hi Noah,\nHappy birthday, hope you get the day off. Miss you lots, Ines', kind: 'card' },
        { text: 'Hi Noah, congrats on the new job! Lots of love, Ines', kind: 'message' },
        { text: 'Hi Noah,\nHope you are well.\nLove and hugs Ines', kind: 'card' },
        { text: 'Hey Noah,\nhope the band is going well and you land that gig. lots of love Ines', kind: 'card' },
        { text: 'hey noah, good luck with the exams!! luv u, ines', kind: 'message' },
        { text: 'Hi Noah, thanks for helping with the move. ily, ines', kind: 'message' },
        { text: 'hey noah! happy bday, have the best day, luv u, ines', kind: 'message' },
        { text: 'Get well soon Noah, love from Ines', kind: 'message' },
        { text: 'Hi Noah,\nHope the new job is going well.\nWith love from Ines', kind: 'card' },
        { text: 'Hi Noah,\nHope the new job is going well.\nFrom your best friend,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope the new job is going well.\nYours truly and forever,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope the new job is great.\nwith love, ines', kind: 'card' },
        { text: 'Hi Noah,\nHope all is well.\nForever your friend,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope all is well.\nCuddles,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope all is well.\nYour Ines', kind: 'card' },
        {
          text: 'Hi Noah,\nThe tickets are for you both. I would like to be friends. Your friend always, Ines',
          kind: 'note',
        },
        {
          text: 'Dear Noah,\n\nI am sorry. I would like to be friends again. No need to reply. xxx Ines',
          kind: 'letter',
        },
        {
          text: 'Dear Noah,\n\nI am sorry. I would like to be friends again. Take care of yourself, always yours, Ines',
          kind: 'letter',
        },
        // The closing ends the line of prose above the name.
        { text: 'Hi Noah,\nHope you are well. Lots of love,\nInes', kind: 'card' },
        // Names in any script.
        { text: 'Γεια σου Νίκο,\nHappy name day!\nWith love,\nΝίκος', kind: 'card' },
        { text: 'Hi Wei,\nHappy new year!\nLove,\n王芳', kind: 'card' },
        { text: 'Hi Omar,\nRamadan Kareem.\nHugs,\nليلى', kind: 'card' },
        { text: 'Hi Omar,\nEid Mubarak!\nمع حبي,\nليلى', kind: 'card' },
        { text: 'Γεια σου Νίκο,\nΧρόνια πολλά!\nΦιλιά,\nΕλένη', kind: 'card' },
        { text: 'Hi Ravi,\nHappy Diwali!\nढेर सारा प्यार,\nअनीता', kind: 'card' },
        {
          text: 'Dear Noah,\n\nI hurt you and I am sorry. I want to be friends.\n\nWith respect and affection,\nInes',
          kind: 'letter',
        },
        { text: 'Hi Ravi,\nHappy Diwali!\nअनीता ❤️', kind: 'card' },
        { text: 'Hi Minh,\nHappy Tết!\nThương,\nNguyễn Thị Hằng xx', kind: 'card' },
        // Letters and texts are held to it too.
        {
          text: 'Dear Noah,\n\nI hurt you and I am sorry. I want only to be friends.\n\nAll my love,\nInes',
          kind: 'letter',
        },
        // Kisses or hearts ending a text.
        { text: 'happy birthday noah, have the best day xoxo', kind: 'message' },
        { text: 'Good luck with the move tomorrow 💕', kind: 'message' },
        { text: 'Good luck with the interview tomorrow ❤️❤️', kind: 'message' },
        { text: 'just wanted to say I hope the new job is going well xx', kind: 'message' },
        // Run on with no stop at all, or kisses and hearts before the name, at the end of a text.
        { text: 'Congrats on the new job, you earned it. Hope Leeds is treating you well love Dayo', kind: 'message' },
        { text: 'Chúc mừng sinh nhật! Have a lovely day love Nguyễn Thị Hằng', kind: 'message' },
        { text: 'Have a wonderful day xoxo Jocelyn', kind: 'message' },
        { text: 'Happy new year Wei, wishing you luck xoxo 王芳', kind: 'message' },
        { text: 'Eid Mubarak Omar, hope the family is well 💕 ليلى', kind: 'message' },
        { text: 'Happy Diwali Ravi, hope the lights are beautiful love you अनीता', kind: 'message' },
        // A warm closing and no name, as the last words.
        { text: 'Saw the photo of your new van. Looks great. Hugs and kisses', kind: 'message' },
        { text: 'Hope they gave you the day off. Love ya', kind: 'message' },
        {
          text: 'Χρόνια πολλά Δήμητρα! Wishing you good health. Blessings always, love and hugs forever 💕🙏',
          kind: 'message',
        },
        { text: 'Hi Ana,\nHappy birthday!\nLove and blessings always, your Loretta', kind: 'card' },
        // A role or a warm word around the name, flowers and hearts beside it, closings in other languages.
        { text: 'Dear Sasha,\nGood luck at the tournament.\nYour Lev, always', kind: 'card' },
        { text: 'Hi Noah,\nHappy birthday.\nForever your favourite person,\nInes ♡', kind: 'card' },
        { text: 'Happy Nowruz, Noah. Wishing you a year full of light. Yours always, Ines 🌷', kind: 'message' },
        { text: 'Dear Noah,\nBlessings on your ordination.\nWith my undying affection,\nInes', kind: 'card' },
        { text: 'Oi Noah,\nFeliz aniversário!\nSempre sua, Inês', kind: 'card' },
        { text: 'Hi Minh,\nHappy birthday!\nThương anh nhiều\nLan', kind: 'card' },
        // A postscript under the name.
        { text: 'Hi Noah,\nHope you are well.\nLove always,\nInes\nP.S. The cat says hi.', kind: 'card' },
      ],
      pass: [
        { text: 'Hi Noah,\nHope you are well.\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nTake care,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHappy birthday!\nBest,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nCongratulations on the new house.\nKind regards,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nWell done on the black belt.\nCheers,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHappy retirement!\nWarmly,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nCongratulations on the wedding.\nAll the best,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nI was sorry to hear about your father.\nGod bless,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nWishing you a blessed Easter.\nBlessings,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nMay he rest in peace. You are in my prayers.\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well. Take care, your friend Ines', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nYour old friend,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nYour friend,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nYours,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope you are well.\nFrom Ines', kind: 'card' },
        { text: 'Hi Noah,\nThe kids send hugs.\nInes', kind: 'card' },
        { text: 'Hi Noah,\nYour mum sends her love.\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHappy Eid!\nSalaam,\nInes', kind: 'card' },
        { text: 'Hi Noah,\nHope the move went well!\nUn abrazo,\nInés', kind: 'card' },
        { text: 'Hi Noah, saw the wedding photos. You both look so happy 😍', kind: 'message' },
        { text: 'Hi Noah,\nCongrats on the new shop 🎉\nInes', kind: 'card' },
        { text: 'Happy new year Noah! Wishing you a good one 🎉', kind: 'message' },
        { text: 'Hi Noah, I still think of you. I love you, Noah.', kind: 'message' },
        { text: 'Hi Noah, please give my love to your mum. Take care, Ines', kind: 'message' },
        {
          text: 'Dear Noah,\n\nI am sorry for the hurt I caused. I would like to be friends again.\n\nInes',
          kind: 'letter',
        },
        { text: 'Dear Noah,\n\nYou need not reply. God bless you.\n\nInes', kind: 'letter' },
        { text: 'The recipe says 2 x 3', kind: 'message' },
        { text: 'Hi Wei,\nHappy new year!\n王芳', kind: 'card' },
        { text: 'Hi Ravi,\nHappy Diwali!\nशुभकामनाएँ,\nअनीता', kind: 'card' },
        { text: 'hope the new job is going well, no pressure to reply x', kind: 'message' },
        { text: 'Hi Noah,\nWishing you a peaceful new year. Thinking of you fondly.\nInes', kind: 'card' },
        { text: 'Good luck tomorrow, Noah, thinking of you, Ines', kind: 'message' },
        { text: 'So happy for you both, lots of love to you and Sam', kind: 'message' },
        { text: 'I am sorry, love, I really am.', kind: 'message' },
        // Warm words that are the sentence's own, not a closing.
        { text: 'Tell your mum I said hello, and give my love to Dayo', kind: 'message' },
        { text: 'The new puppy is lovely, the kids love him.', kind: 'message' },
        { text: 'Happy birthday, Sunita. We all love Arjun too', kind: 'message' },
        { text: 'I want only your friendship.', kind: 'message' },
        { text: 'My heart is yours forever, Wiremu.', kind: 'message' },
        { text: 'Saw your new place. Miss you', kind: 'message' },
        { text: 'Hi Noah,\nHappy Eid!\nBlessings always,\nInes', kind: 'card' },
        { text: "Happy Mother's Day 🌷", kind: 'message' },
        { text: 'Hi Noah,\nThe garden looks great, your mum always loved tulips 🌷', kind: 'message' },
      ],
    },
  },
  check(context) {
    const card = context.kind === 'card' || context.kind === 'note';
    for (const closing of context.signOff?.closings ?? []) {
      const phrase = quote(context.text, closing.start, closing.end);
      const fix = [{ label: 'Sign with just your name', replacement: '' }];
      // A letter that declares romance may close as it means.
      if (context.kind === 'letter' && context.declared === 'romantic') continue;
      if (closing.affectionate) {
        context.report({
          ...closing.removal,
          severity: card ? 'error' : 'warning',
          messageId: card ? 'default' : 'other',
          data: { phrase },
          suggestions: fix,
        });
      }
    }
  },
};
