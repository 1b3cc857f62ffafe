/**
 * Valid/invalid tables (ESLint's RuleTester style): a valid text gets no finding from the rule;
 * an invalid one gets exactly the listed spans, and fixes give the listed text. Every rule's own
 * flag/pass examples (meta.examples) are tested in examples.test.ts; these tables pin spans and fixes.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/lint';
import type { LintOptions } from '../../../src/core/lint';
import { applyFix, only } from './helpers';

interface Invalid {
  text: string;
  options?: LintOptions;
  /** The flagged text of each finding of this rule, in order. */
  spans: string[];
  severity?: 'error' | 'warning' | 'info';
  /** Text after applying the first suggestion of the first finding. */
  fixed?: string;
}

interface Case {
  valid: (string | { text: string; options?: LintOptions })[];
  invalid: Invalid[];
}

const card: LintOptions = { kind: 'card' };
const note: LintOptions = { kind: 'note' };
const letter: LintOptions = { kind: 'letter' };
const message: LintOptions = { kind: 'message' };
const friendLetter: LintOptions = { kind: 'letter', intent: 'friendship' };
const romanticLetter: LintOptions = { kind: 'letter', intent: 'romantic' };

const TABLE: Record<string, Case> = {
  'needy/begging': {
    valid: ['Please tell your mom hi.', 'Please enjoy the show.', 'I will not beg.'],
    invalid: [
      { text: "I'm begging you, talk to me.", options: message, spans: ["I'm begging you"] },
      { text: 'Please, please forgive me.', options: message, spans: ['Please, please'] },
      { text: "Pleeease don't shut me out.", options: message, spans: ["Pleeease don't shut me out"] },
      { text: 'Give me one more chance.', options: message, spans: ['Give me one more chance'] },
      { text: "I'll do anything to fix this.", options: message, spans: ["I'll do anything"] },
    ],
  },
  'needy/dependence': {
    valid: [
      'I need you to know I am sorry.',
      "You'll need a drink after that game.",
      'I can live with that.',
      'I want you back in my life as a friend.',
    ],
    invalid: [
      { text: "I can't live without you.", options: message, spans: ["I can't live without you"] },
      { text: 'i cant live\nwithout u', options: message, spans: ['i cant live\nwithout u'] },
      {
        text: 'I need you back.',
        options: message,
        spans: ['I need you back'],
        fixed: "I'd be glad to have you in my life again.",
      },
      { text: 'I really, really need you.', options: message, spans: ['I really, really need you'] },
      { text: 'You are my whole world.', options: message, spans: ['You are my whole world'] },
      { text: "Without you I'm nothing.", options: message, spans: ["Without you I'm nothing"] },
    ],
  },
  'needy/suffering': {
    valid: [
      'I cried at the end of the film, it was so good.',
      'My heart goes out to your family.',
      // The writer acting on others ("the people I hurt"), and a reason, not the news.
      'I should make peace with the people I hurt.',
      "I'm up at 2am because I can't sleep, so here's the letter.",
    ],
    invalid: [
      { text: 'I cry every night.', options: message, spans: ['I cry every night'] },
      { text: "I haven't slept since you left.", options: message, spans: ["I haven't slept since"] },
      { text: "I'm falling apart.", options: message, spans: ["I'm falling apart"] },
      { text: 'This silence is killing me.', options: message, spans: ['This silence is killing me'] },
      { text: 'I cannot sleep.', options: message, spans: ['I cannot sleep'] },
      { text: 'The house is quiet. Nobody visits.', options: message, spans: ['Nobody visits'] },
    ],
  },
  'needy/waiting': {
    valid: ['I was waiting for the bus when I saw the poster.'],
    invalid: [
      { text: "I'll wait for you forever.", options: message, spans: ["I'll wait for you forever"] },
      { text: "I'll always be waiting for you.", options: message, spans: ["I'll always be waiting for you"] },
    ],
  },
  'needy/sad-emoji': {
    valid: ['Congrats on the play 🎉'],
    invalid: [{ text: 'miss u 😭', options: message, spans: ['😭'], severity: 'warning', fixed: 'miss u ' }],
  },
  'pressure/reply-request': {
    valid: [
      'No need to reply.',
      "You don't have to write back.",
      "I'm not asking you to call.",
      "There's no need to feel like you have to reply.",
      { text: "If you ever want to talk, I'd be glad.", options: card },
      'I wrote back to the theatre about the tickets.',
      // Errands between people who still share children, papers or a house.
      'Call me when you can about the school fees.',
      "Give me a ring about Khoa's dentist when you get a minute.",
      "Let me know if any of these dates don't work.",
      'Tell me which day you want to take Zosia for the summer, I will plan.',
      'Let me know when to collect your books.',
      'You owe me nothing, least of all a reply.',
      'If another date suits your shifts better, tell me and I will adjust.',
    ],
    invalid: [
      {
        text: "Answer my texts about the kids or I'm going to my solicitor.",
        options: message,
        spans: ["Answer my texts about the kids or I'm going to my solicitor."],
      },
      {
        text: 'Hope you are well. Write back soon!',
        options: card,
        spans: ['Write back soon!'],
        fixed: 'Hope you are well. ',
      },
      { text: 'Noah answer ur phone pls', options: message, spans: ['Noah answer ur phone pls'] },
      {
        text: 'Let me know how you are. Take care.',
        options: card,
        spans: ['Let me know how you are. '],
        fixed: 'Take care.',
      },
      { text: 'Hope to hear from you soon.', options: card, spans: ['Hope to hear from you soon.'] },
      { text: "I'm not angry, but please call me.", options: message, spans: ["I'm not angry, but please call me."] },
      {
        text: 'Call me if you ever want to talk.',
        options: card,
        spans: ['Call me if you ever want to talk.'],
        severity: 'info',
      },
      {
        text: 'Call me if you ever want to talk.',
        options: letter,
        spans: ['Call me if you ever want to talk.'],
        severity: 'warning',
      },
      // In a letter, the reader told what they may do is still an ask; the writer's gladness is the open door.
      {
        text: 'If you ever want to talk, you can call me.',
        options: letter,
        spans: ['If you ever want to talk, you can call me.'],
        severity: 'warning',
      },
      {
        text: "If you ever want to reply, I'd be grateful; if not, I understand.",
        options: letter,
        spans: ["If you ever want to reply, I'd be grateful; if not, I understand."],
        severity: 'info',
      },
    ],
  },
  'pressure/contact-request': {
    valid: ['We had coffee at that place once.'],
    invalid: [
      {
        text: "I'll be at the Fox on Friday from seven if you fancy joining.",
        options: letter,
        spans: ["I'll be at the Fox on Friday from seven if you fancy joining."],
        severity: 'warning',
      },
      {
        text: 'If you fancy a coffee sometime, that would be lovely.',
        options: letter,
        spans: ['If you fancy a coffee sometime, that would be lovely.'],
        severity: 'info',
      },
      {
        text: "Let's grab coffee sometime.",
        options: card,
        spans: ["Let's grab coffee sometime."],
        severity: 'warning',
      },
      {
        text: 'Dear Noah,\n\nCall me sometime.\n\nInes',
        options: letter,
        spans: ['Call me sometime.'],
        severity: 'error',
      },
      { text: "I'd love to see you again.", options: card, spans: ["I'd love to see you again."] },
    ],
  },
  'pressure/after-silence': {
    valid: [
      { text: 'Hi Noah, congrats on the play.', options: message },
      { text: 'Hi Noah, congrats on the play.', options: { kind: 'card', unanswered: 5 } },
    ],
    invalid: [
      {
        text: 'Hi Noah, congrats on the play.',
        options: { kind: 'message', unanswered: 4 },
        spans: ['Hi Noah, congrats on the play.'],
        severity: 'error',
      },
      {
        text: 'Hi Noah, congrats on the play.',
        options: { kind: 'message', heard: 'still-hurt' },
        spans: ['Hi Noah, congrats on the play.'],
        severity: 'warning',
      },
    ],
  },
  'pressure/check-arrival': {
    valid: ["I won't call to check that it arrived.", 'The parcel arrived late but intact.'],
    invalid: [
      { text: 'Did you get my card?', options: message, spans: ['Did you get my card?'] },
      {
        text: "I'll call you to check it got there.",
        options: message,
        spans: ["I'll call you to check it got there."],
      },
      {
        text: 'Drop me a line as soon as this arrives.',
        options: card,
        spans: ['Drop me a line as soon as this arrives.'],
      },
      { text: 'Let me know when you get it.', options: card, spans: ['Let me know when you get it.'] },
    ],
  },
  'pressure/deadline': {
    valid: [
      'The show closes by Friday, so catch it if you can.',
      // The silence allowed, not punished; and what the writer once said, owned.
      "If you don't reply, I won't read anything into it.",
      "If I don't hear, I'll know, and I'll not bother you again.",
      "I won't mither you, and if I don't hear back that's okay.",
      { text: "When you told me you were lonely, I said that's the job, take it or leave it.", options: letter },
    ],
    invalid: [
      { text: 'Reply by Friday.', options: message, spans: ['Reply by Friday.'] },
      { text: 'This is your last chance.', options: message, spans: ['This is your last chance.'] },
      {
        text: "If you don't answer by tonight, I'm done.",
        options: message,
        spans: ["If you don't answer by tonight, I'm done."],
      },
      { text: 'I need an answer.', options: message, spans: ['I need an answer.'] },
    ],
  },
  'pressure/showing-up': {
    valid: ['I saw your show at the Lyric, it was lovely.'],
    invalid: [
      { text: "I'll stop by your place tomorrow.", options: message, spans: ["I'll stop by your place tomorrow."] },
      { text: 'I know where you work now.', options: message, spans: ['I know where you work now.'] },
      { text: "I'll be outside your building.", options: message, spans: ["I'll be outside your building."] },
    ],
  },
  'pressure/repeat-contact': {
    valid: ["I won't reach out again."],
    invalid: [
      { text: "I'll keep texting until you answer.", options: message, spans: ["I'll keep texting until you answer."] },
      { text: 'Why are you ignoring me?', options: message, spans: ['Why are you ignoring me?'] },
      { text: 'I have called you so many times.', options: message, spans: ['I have called you so many times.'] },
    ],
  },
  'romantic/reunion': {
    valid: [
      { text: "I'm not hoping to get back together.", options: card },
      { text: 'You and Lena are together now.', options: note },
      { text: 'I would like to get back together.', options: romanticLetter },
      { text: 'I want you back in my life as a friend.', options: card },
    ],
    invalid: [
      { text: "Maybe we'll get back together one day.", options: card, spans: ['get back together'] },
      { text: 'Can we give us another chance?', options: friendLetter, spans: ['give us another chance'] },
      { text: 'I want you back.', options: note, spans: ['want you back'] },
    ],
  },
  'romantic/declaration': {
    valid: [
      { text: 'I loved the photos.', options: card },
      { text: 'I still love you.', options: romanticLetter },
      { text: 'I love your new haircut.', options: card },
    ],
    invalid: [
      { text: 'I still love you.', options: card, spans: ['I still love you'] },
      { text: 'ily', options: { kind: 'message', intent: 'friendship' }, spans: ['ily'] },
      { text: "I'm still in love with you.", options: friendLetter, spans: ["I'm still in love with you"] },
    ],
  },
  'romantic/pet-name': {
    valid: [
      { text: 'Hi Noah,', options: card },
      { text: 'Your sister had a baby!', options: card },
      { text: 'Hey babe', options: romanticLetter },
    ],
    invalid: [
      { text: 'Hey babe, hope you are well.', options: card, spans: ['Hey babe'] },
      { text: 'My darling Noah,', options: card, spans: ['My darling'] },
      { text: 'Morning gorgeous.', options: card, spans: ['Morning gorgeous'] },
    ],
  },
  'romantic/kisses': {
    valid: [
      { text: 'Congrats on the play 🎉', options: card },
      { text: 'Miss you ❤️', options: romanticLetter },
    ],
    invalid: [
      {
        text: 'Hope you are well ❤️ Thinking of you.',
        options: card,
        spans: ['❤️'],
        fixed: 'Hope you are well  Thinking of you.',
      },
      { text: 'Good luck 💕💕💕 tonight', options: card, spans: ['💕💕💕'] },
      { text: 'Good luck tonight <3', options: card, spans: ['<3'] },
      { text: 'Take care xoxo and good luck.', options: card, spans: ['xoxo'] },
    ],
  },
  'romantic/intimacy': {
    valid: [
      { text: 'Thinking of you and wishing you a good autumn.', options: card },
      { text: 'I think about us all the time.', options: romanticLetter },
    ],
    invalid: [
      { text: 'I still think about waking up next to you.', options: card, spans: ['waking up next to you'] },
      { text: 'I miss us.', options: card, spans: ['miss us'] },
      { text: "I can't stop thinking about you.", options: note, spans: ["can't stop thinking about you"] },
    ],
  },
  'blame/guilt-trip': {
    valid: ['After everything we went through together, I still wish you well.'],
    invalid: [
      {
        text: 'After everything I did for you, this is how you treat me.',
        options: message,
        spans: ['After everything I did for you'],
      },
      { text: 'The least you could do is answer.', options: message, spans: ['The least you could do'] },
      { text: 'You never cared.', options: message, spans: ['You never cared'] },
    ],
  },
  'blame/accusation': {
    valid: ['You always made me laugh.', 'You were so kind to my sister.'],
    invalid: [
      { text: 'You overreacted.', options: message, spans: ['You overreacted'] },
      {
        text: "I'm sorry I hurt you, but you pushed me away first and you know it.",
        options: friendLetter,
        spans: ['you pushed me away', 'and you know it'],
      },
      { text: 'You were so selfish.', options: message, spans: ['You were so selfish'] },
    ],
  },
  'blame/sarcasm': {
    valid: [
      'I hope you have a lovely holiday while I mind the dog.',
      'Who takes the kids on Thursday?',
      'Every holiday you stayed home alone while I pretended to be single.',
      'I was harder on you than you ever were on me.',
      'I hope the baby sleeps better than you ever did.',
      'You cook better than you ever did.',
      'Enjoy the sunshine while it lasts.',
      'I found time to fix the gate but not the shed.',
      "Thanks for minding the dog while the rest of us worked, you're a star.",
    ],
    invalid: [
      ...[
        "Must be dead nice having a lie-in every Saturday while I'm on the early shift.",
        'Citizenship comes through and suddenly you remember my number, very convenient.',
        'Who leaves a note on the fridge after eighteen years, seriously?',
        "What kind of mother misses her own son's passing-out parade?",
        'Canny nice for some, lying in every Sunday.',
        'I hope she is kinder to you than you were to me.',
        "I'm sure that's a coincidence.",
        'Funny how quick you moved on.',
        'Even my intern handles pressure better than you did.',
        'Interesting that your client dinners never turn up on a single invoice.',
        'Watch, u gonna regret this when she drains ur account.',
        'Wow, you cooked for the kids once, give that man an award.',
        "I note you found time to post on the company's page but not to answer my messages.",
        'Of course you are too busy to answer.',
        'Priorities eh.',
        'It is very good that you can go south and write books, while other people stay here and do the work.',
      ].map((text) => ({ text, options: message, spans: [text] })),
    ],
  },
  'blame/motive': {
    valid: ['You only left early because your mum was ill.', 'You only rang to check I had got home safely.'],
    invalid: [
      {
        text: 'You only liked me because I cook nice.',
        options: message,
        spans: ['You only liked me because I cook nice'],
      },
      {
        text: 'I know you only took the job to get away from me.',
        options: message,
        spans: ['you only took the job to get away from me'],
      },
    ],
  },
  'new-partner/predicts-failure': {
    valid: [{ text: 'Enjoy the movie together.', options: note }],
    invalid: [
      { text: 'Enjoy the movie, though I give it three months.', options: note, spans: ['I give it three months'] },
      { text: "It won't last.", options: note, spans: ["It won't last"] },
      { text: "I'll be here when it ends.", options: note, spans: ["I'll be here when it ends"] },
      { text: "If it doesn't work out with her, call me.", options: note, spans: ["If it doesn't work out with her"] },
    ],
  },
  'new-partner/belittles': {
    valid: [{ text: 'She seems lovely.', options: note }],
    invalid: [
      { text: 'She seems kind of boring.', options: note, spans: ['She seems kind of boring'] },
      { text: 'Lena is so shallow.', options: { kind: 'note', partnerName: 'Lena' }, spans: ['Lena is so shallow'] },
      { text: 'Nobody will ever love you like I do.', options: note, spans: ['Nobody will ever love you like I do'] },
      { text: "I don't know what you see in her.", options: note, spans: ['what you see in her'] },
    ],
  },
  'ambiguous-intent/hedge': {
    valid: [{ text: 'I would like us to be friends again.', options: note }],
    invalid: [
      {
        text: "Maybe friends, maybe more. Let's see where it goes.",
        options: card,
        spans: ['Maybe friends', 'maybe more', 'see where it goes'],
        severity: 'warning',
      },
      {
        text: 'I want us to be close again, whatever that means.',
        options: friendLetter,
        spans: ['be close again', 'whatever that means'],
        severity: 'error',
      },
    ],
  },
  'ambiguous-intent/unstated': {
    valid: [
      { text: 'Dear Noah,\n\nI am sorry I hurt you. I would like us to be friends again.\n\nInes', options: letter },
      { text: 'Hi Noah, hope you are well.', options: card },
    ],
    invalid: [
      {
        text: 'Dear Noah,\n\nI am sorry I hurt you. I think of you often.\n\nInes',
        options: letter,
        spans: ['I am sorry I hurt you.'],
      },
    ],
  },
  'ambiguous-intent/mixed': {
    valid: [
      {
        text: 'Dear Noah,\n\nI am sorry. I would like us to be friends, not to get back together.\n\nInes',
        options: letter,
      },
    ],
    invalid: [
      {
        text: 'Dear Noah,\n\nI am sorry. I would like us to be friends again. I still love you.\n\nInes',
        options: romanticLetter,
        spans: ['I still love you'],
      },
    ],
  },
  'ambiguous-intent/mismatch': {
    valid: [{ text: 'Dear Noah,\n\nI am sorry. I would like to get back together.\n\nInes', options: romanticLetter }],
    invalid: [
      {
        text: 'Dear Noah,\n\nI am sorry. I would like us to be friends again.\n\nInes',
        options: romanticLetter,
        spans: ['would like us to be friends'],
      },
    ],
  },
  'missing-element/acknowledge-hurt': {
    valid: [
      { text: 'Dear Noah,\n\nI know I hurt you. I would like us to be friends.\n\nInes', options: letter },
      { text: "Dear Noah,\n\nI know I wasn't fair to you. I would like us to be friends.\n\nInes", options: letter },
      { text: "Dear Noah,\n\nThat's on me. I would like us to be friends.\n\nInes", options: letter },
      {
        text: 'Dear Noah,\n\nI wish I had treated you better. I would like us to be friends.\n\nInes',
        options: letter,
      },
      { text: 'Hi Noah, hope you are well.', options: card },
      // Owned in plain words, with no "sorry": a confession, responsibility claimed, the reader
      // cleared, the act judged.
      ...[
        'I cheated, and I lied about it for months.',
        'I was the one who walked out, and I did it on your birthday.',
        'You did nothing to deserve the way I spoke to you that winter.',
        'Leaving you to deal with the bailiffs alone was the worst thing I have ever done.',
        'My drinking made your life hard for years.',
        'I broke my promise about the house, and you paid for it.',
        "I made it a choice between me and your mother. That wasn't fair.",
        "I know that cut you deep, and I'm sorry for it, Mairi.",
        // A story of what the writer did to the reader, closed by a bare apology or a verdict after it.
        "I took your grandma's belt from the chest and pawned it. You looked for weeks. I'm sorry.",
        "I cancelled the dinner with your parents. I'm sorry. That was cowardly.",
        'I belittled your work to get a laugh. I am sorry.',
        "That was the lowest thing I ever done, and I'm sorry.",
      ].map((owned) => ({ text: `Dear Noah,\n\n${owned} I would like us to be friends.\n\nInes`, options: letter })),
    ],
    invalid: [
      {
        text: 'Dear Noah,\n\nI would like to get back together with you.\n\nInes',
        options: romanticLetter,
        spans: ['I would like to get back together with you.'],
      },
      // Someone else's charge, or the writer as the one hurt, owns nothing.
      ...[
        'You said I lied about the money, but I never did.',
        'I was the one who got left.',
        'My drinking was never a problem for you.',
      ].map((line) => ({
        text: `Dear Noah,\n\n${line} I would like us to be friends.\n\nInes`,
        options: letter,
        spans: [line],
      })),
      // News of the reader's loss, then sympathy, owns no wrong.
      {
        text: "Dear Noah,\n\nI heard your dad died in March. I'm sorry. I would like us to be friends.\n\nInes",
        options: letter,
        spans: ['I heard your dad died in March.'],
      },
      // Someone else's act judged unfair is no owning.
      {
        text:
          'Dear Noah,\n\n' +
          "Dad sold the house without asking. That wasn't fair. I would like us to be friends.\n\nInes",
        options: letter,
        spans: ['Dad sold the house without asking.'],
      },
    ],
  },
  'missing-element/acknowledge-relationship': {
    valid: [
      {
        text: 'Hi Noah,\nI heard you and Lena are together. I am glad for you. I would like to be friends.\nInes',
        options: note,
      },
      ...[
        "It's lovely to see the pair of you so settled.",
        'Wishing you and Lena every happiness.',
        "Here's to you and Lena.",
      ].map((line) => ({ text: `Hi Noah,\n${line} Two tickets inside.\nInes`, options: note })),
    ],
    invalid: [
      {
        text: 'Hi Noah,\nHere are two movie tickets. I would like to be friends.\nInes',
        options: note,
        spans: ['Hi Noah,\nHere are two movie tickets.'],
      },
    ],
  },
  'signature/sign-off': {
    valid: [
      { text: 'Hi Noah,\nHope you are well.\nInes', options: card },
      { text: 'Dear Noah,\n\nI am sorry.\n\nAll my love,\nInes', options: romanticLetter },
      { text: 'Hi Noah,\nHope you are well.\nTake care,\nInes', options: card },
      { text: 'Hi Noah,\nHope you are well.\nBest wishes,\nInes', options: card },
    ],
    invalid: [
      {
        text: 'Hi Noah,\nHope you are well.\nWith all my love,\nInes\n',
        options: card,
        spans: ['With all my love,\n'],
        fixed: 'Hi Noah,\nHope you are well.\nInes\n',
      },
      {
        text: 'Hi Noah,\nHope you are well.\nLove, Ines',
        options: card,
        spans: ['Love, '],
        fixed: 'Hi Noah,\nHope you are well.\nInes',
      },
      {
        text: 'Hi Noah,\nHope you are well.\nInes xx',
        options: card,
        spans: [' xx'],
        fixed: 'Hi Noah,\nHope you are well.\nInes',
      },
      { text: 'Hi Noah,\nHope you are well.\nInes\nxoxo', options: note, spans: ['\nxoxo'] },
      {
        text: 'Dear Noah,\n\nI hurt you and I am sorry.\n\nAll my love,\nInes',
        options: friendLetter,
        spans: ['All my love,\n'],
        severity: 'warning',
      },
      { text: 'Hi Noah, congrats on the new job! Love, Ines', options: message, spans: ['Love, '] },
      {
        text: 'Hi Noah,\nHope you are well.\nLots of love,\nInes x',
        options: card,
        spans: ['Lots of love,\n', ' x'],
        severity: 'error',
      },
      {
        text: 'Hi Noah,\nHope you are well.\nlove,\nines',
        options: card,
        spans: ['love,\n'],
        fixed: 'Hi Noah,\nHope you are well.\nines',
      },
      { text: 'Hi Noah,\nHope you are well.\nForever yours, Ines', options: note, spans: ['Forever yours, '] },
    ],
  },
  'length/too-long': {
    valid: [{ text: 'Hi Noah, congratulations on the play.', options: message }],
    invalid: [
      // 103 words: a message's limit is 80, so the underline runs from the 81st word ("lovely") to the last.
      {
        text: `Hi Noah, ${'the show was lovely and '.repeat(20)}done.`,
        options: message,
        spans: [`lovely and ${'the show was lovely and '.repeat(4)}done`],
        severity: 'info',
      },
    ],
  },
  'length/too-short': {
    valid: [{ text: 'Hi Noah, congratulations.', options: message }],
    invalid: [
      {
        text: 'Dear Noah, I am sorry. Ines',
        options: letter,
        spans: ['Dear Noah, I am sorry. Ines'],
        severity: 'info',
      },
    ],
  },
  'style/shouting': {
    valid: ['I saw it on TV.'],
    invalid: [
      {
        text: 'Why WONT you answer',
        options: message,
        spans: ['WONT'],
        severity: 'info',
        fixed: 'Why wont you answer',
      },
    ],
  },
  'style/exclamations': {
    valid: ['Congratulations!'],
    invalid: [
      { text: 'Congratulations!!!', options: message, spans: ['!!!'], severity: 'info', fixed: 'Congratulations!' },
    ],
  },
  'style/text-speak': {
    valid: [{ text: 'how r u', options: message }],
    invalid: [
      {
        text: 'Hi Noah,\nHope u are well.\nInes',
        options: card,
        spans: ['u'],
        severity: 'info',
        fixed: 'Hi Noah,\nHope you are well.\nInes',
      },
    ],
  },
};

describe('rule tables', () => {
  it("names only registered rules (each rule's own flag/pass examples are tested in examples.test.ts)", () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    expect(Object.keys(TABLE).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const [rule, table] of Object.entries(TABLE)) {
    describe(rule, () => {
      for (const v of table.valid) {
        const { text, options } = typeof v === 'string' ? { text: v, options: { kind: 'message' } as LintOptions } : v;
        it(`valid: ${JSON.stringify(text).slice(0, 70)}`, () => {
          expect(only(rule, text, options ?? {}).map((d) => text.slice(d.start, d.end))).toEqual([]);
        });
      }
      for (const c of table.invalid) {
        it(`invalid: ${JSON.stringify(c.text).slice(0, 70)}`, () => {
          const found = only(rule, c.text, c.options ?? {});
          expect(found.map((d) => c.text.slice(d.start, d.end))).toEqual(c.spans);
          if (c.severity) for (const d of found) expect(d.severity).toBe(c.severity);
          if (c.fixed !== undefined) expect(applyFix(c.text, found[0]!)).toBe(c.fixed);
        });
      }
    });
  }
});
