/**
 * The generalisation pass: phrase families widened by tense, word order and synonyms (not by
 * pasting sentences), and the partner's name read from the draft itself. Each block pairs what
 * the wider family must now catch with look-alikes it must still leave alone.
 */
import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../../src/core/lint';
import { lint } from '../../../src/core/lint';
import { inferPartnerNames } from '../../../src/core/lint/engine/partner-names';
import { only } from './helpers';

const card: LintOptions = { kind: 'card' };
const note: LintOptions = { kind: 'note' };
const letter: LintOptions = { kind: 'letter', intent: 'friendship' };
const message: LintOptions = { kind: 'message' };

interface Case {
  invalid: [text: string, options: LintOptions, span: string][];
  valid: [text: string, options: LintOptions][];
}

const TABLE: Record<string, Case> = {
  'needy/suffering': {
    invalid: [
      ["I'm falling to pieces.", message, "I'm falling to pieces"],
      ['Since you walked out I have barely slept.', message, 'Since you walked out I have barely slept'],
    ],
    valid: [
      ['The old sofa is falling to pieces, ha.', message],
      ["Since you left the choir, they haven't found a new alto.", card],
    ],
  },
  'needy/dependence': {
    invalid: [
      ['Without you my life has no point.', message, 'Without you my life has no point'],
      ["my life's got no meaning without u", message, "my life's got no meaning without u"],
      ['i really need to hear ur voice', message, 'i really need to hear ur voice'],
      ['tom i cnt do this without u', message, 'i cnt do this without u'],
    ],
    valid: [
      ['I need to see your sister about the flat keys.', message],
      ['Life has no shortage of surprises: I took up pottery!', card],
    ],
  },
  'pressure/showing-up': {
    invalid: [
      ['I waited outside your work yesterday.', message, 'I waited outside your work yesterday.'],
      ["I'll be waiting on your doorstep on Saturday.", message, "I'll be waiting on your doorstep on Saturday."],
      ['omw to your place', message, 'omw to your place'],
    ],
    valid: [
      ["I won't be waiting outside your work, I promise.", card],
      ['I waited outside the cinema for my brother.', card],
    ],
  },
  'pressure/deadline': {
    invalid: [
      [
        "If I haven't heard from you by Christmas, I'll know it's over.",
        message,
        "If I haven't heard from you by Christmas, I'll know it's over.",
      ],
      ["If I don't get a reply by Sunday, that's that.", message, "If I don't get a reply by Sunday, that's that."],
    ],
    valid: [["if i haven't said it enough: congrats on the new job!!", message]],
  },
  'blame/guilt-trip': {
    invalid: [['After all the years I gave you, this is how it ends.', message, 'After all the years I gave you']],
    valid: [['After all the time I spent thinking about it, I can say it: I hurt you, and I am sorry.', letter]],
  },
  'blame/accusation': {
    invalid: [
      ['You chose to throw away five years over one mistake.', message, 'You chose to throw away five years'],
      ['You tossed our five years out like rubbish.', message, 'You tossed our five years out'],
      ['You just threw me away.', message, 'You just threw me away'],
    ],
    valid: [['I finally threw away that awful lamp you hated.', card]],
  },
  'new-partner/belittles': {
    invalid: [
      ["I heard you're with Bisi. She's a bit of a downgrade.", message, "She's a bit of a downgrade"],
      ["I heard you're with Jamie now. Jamie's kind of a bore.", message, "Jamie's kind of a bore"],
      ['You looked so much happier with me.', message, 'You looked so much happier with me'],
    ],
    valid: [
      ["I heard you and Marnie live together. Marnie's such a talented painter.", note],
      ['You and Dad were always so dull at parties, ha.', card],
    ],
  },
  'new-partner/predicts-failure': {
    invalid: [
      ["I know you're with Jo. I hope Jo knows what she's getting into.", note, "knows what she's getting into"],
    ],
    valid: [["I know you're with Jo, and I'm glad you found each other.", note]],
  },
  'romantic/intimacy': {
    invalid: [['I still dream about the way you used to hold me.', card, 'the way you used to hold me']],
    valid: [
      ['I remember the way you cheered at my graduation.', card],
      ['It was lovely how you looked after my mum when she was ill.', card],
    ],
  },
  'romantic/declaration': {
    invalid: [
      ['Nobody has ever made me feel the way you did.', card, 'Nobody has ever made me feel the way you did'],
      ["You're still the first person I think of every morning.", card, "You're still the first person I think of"],
    ],
    valid: [['Nobody has ever made me feel as welcome as your mum did.', card]],
  },
  'pressure/contact-request': {
    invalid: [
      [
        'Would be lovely to grab a coffee one of these days.',
        { kind: 'letter', intent: 'friendship' },
        'Would be lovely to grab a coffee one of these days.',
      ],
    ],
    valid: [
      ["I won't ask to meet; it would be lovely just to know you're well.", { kind: 'letter', intent: 'friendship' }],
    ],
  },
  'signature/sign-off': {
    invalid: [['Hi Owen,\nHope all is well.\nYour Nell\n', card, 'Your ']],
    valid: [['Hi Owen,\nHope all is well.\nYour sister says hi!\nNell\n', card]],
  },
  'needy/dependence#2': {
    invalid: [["I don't know who I am without you.", card, "I don't know who I am without you"]],
    valid: [["I don't know who I am rooting for in the final, you or your brother!", card]],
  },
  'blame/accusation#2': {
    invalid: [
      ['You never once asked how I was doing after it ended.', card, 'You never once asked how I was doing'],
      ['must be nice to just forget about people', message, 'must be nice to just forget'],
      ['Well done on moving on so quickly.', card, 'Well done on moving on so quickly'],
    ],
    valid: [
      ['It must be nice to be back in Lisbon after all this time.', card],
      ['Well done on the new job!', card],
    ],
  },
  'new-partner/predicts-failure#2': {
    invalid: [["I hear you and Priya are together. Give it a year and we'll see.", note, 'Give it a year and']],
    valid: [["Give it a year and you'll love the new city.", card]],
  },
  // A life still arranged around the reader, told without "I miss you".
  'needy/dependence#3': {
    invalid: [
      [
        'You were the only one who could quiet my spirit when things were heavy.',
        card,
        'You were the only one who could quiet my spirit',
      ],
      ['I had you, and now I got nobody.', card, 'now I got nobody'],
    ],
    valid: [
      ['You were always the only one who could get my mum to take her tablets.', card],
      ["You're still the only person who laughs at my jokes, ha.", card],
      ['Now nobody to blame but me.', card],
    ],
  },
  'needy/waiting#2': {
    invalid: [
      [
        'Still wearing your paint-covered hoodie right now, can’t take it off.',
        card,
        'Still wearing your paint-covered hoodie right now, can’t take it off',
      ],
      [
        'I still order two chopped cheeses at the bodega outta habit.',
        card,
        'I still order two chopped cheeses at the bodega outta habit',
      ],
    ],
    valid: [
      ['I still have your drill, when do you want it back?', card],
      ['I still order two coffees on Fridays, one for me and one for Dad.', card],
    ],
  },
  'needy/suffering#2': {
    invalid: [['The house is so quiet I have started talking to the cat.', card, 'house is so quiet']],
    valid: [
      ['The house is so quiet now the builders have gone, bliss!', card],
      ['I know you came home to an empty flat and a note, and that was cruel of me.', card],
    ],
  },
  'needy/suffering#3': {
    invalid: [
      [
        "I'm good, all good, just doing doubles so I don't have to go home.",
        card,
        "I'm good, all good, just doing doubles so I don't have to go home",
      ],
      ['Some days I do not bother getting dressed.', card, 'I do not bother getting dressed'],
      ['Tonight everybody goes home, and I sit alone in the rented room.', card, 'I sit alone'],
    ],
    valid: [
      ["I'm fine, honestly, work's busy and I've started rowing on Saturdays.", card],
      ['I like to sit alone by the river and read.', card],
      ['I imagine the house feels very empty without your father.', card],
      ['Got the forms. All good.', card],
    ],
  },
  'needy/reassurance#2': {
    invalid: [
      [
        "Is there ever a moment in your week when I'm in your head?",
        card,
        "Is there ever a moment in your week when I'm in your head?",
      ],
    ],
    valid: [['Is the new office on your way home?', card]],
  },
  'needy/suffering#4': {
    invalid: [
      ['Who would even look at me now?', card, 'Who would even look at me'],
      ['Christmas on me own then, canny.', card, 'Christmas on me own then'],
      ["I'm fine, mate, just haven't slept since March.", card, "I'm fine, mate, just haven't"],
    ],
    valid: [
      ['I did everything alone and then was angry, and that was my mistake.', card],
      ["I'm fine, just busy with work.", card],
      ["Who would want to look after the dog while you're away?", card],
    ],
  },
  'needy/waiting#3': {
    invalid: [
      [
        'Every Sunday I still wait for your call at 8 like before.',
        card,
        'Every Sunday I still wait for your call at 8 like before',
      ],
      ['I wear the scarf you gave me every single day.', card, 'I wear the scarf you gave me every single day'],
    ],
    valid: [['I did not even wait for your reply before I switched off my phone, and I am sorry.', card]],
  },
  'needy/closure#3': {
    invalid: [['I need to know what happened.', card, 'I need to know what happened']],
    valid: [['Before I sell the land, I need to know what you think.', card]],
  },
  'needy/closure#2': {
    invalid: [
      [
        'We never had the real conversation, and I need it before I can let go.',
        card,
        'We never had the real conversation, and I need it before I can let go',
      ],
      ['did any of it mean anything to u', message, 'did any of it mean anything to u'],
    ],
    valid: [['Tell me before I can book the van, the dates are tight.', card]],
  },
  // Closeness remembered, however gently told.
  'romantic/memory#2': {
    invalid: [
      [
        'I still remember how you fell asleep on my shoulder on the ferry.',
        card,
        'I still remember how you fell asleep on my shoulder on the ferry',
      ],
      [
        'Walked past the hall and thought of your cheek against mine.',
        card,
        'Walked past the hall and thought of your cheek against mine',
      ],
      ['Nobody kisses like you.', message, 'Nobody kisses like you'],
    ],
    valid: [
      ['I held Ava in my arms for the first time today.', card],
      ['You held me up when Dad died, and I never thanked you.', card],
      ['I remember your hands shaking when you held Ava for the first time.', card],
      ['Your mum hugged me at the funeral.', card],
    ],
  },
  // Praise taken back in the same breath.
  'new-partner/remark#2': {
    invalid: [
      [
        'Hi Jo,\nI heard about you and Sam. Sam seems nice, if a little boring. Friends?\nAl\n',
        note,
        'Sam seems nice, if a little boring. ',
      ],
      [
        'Hi Jo,\nI heard about you and Sam. She seems nice, for someone from Leeds.\nAl\n',
        note,
        'She seems nice, for someone from Leeds.',
      ],
    ],
    valid: [
      ['Hi Jo,\nI heard about you and Sam. Sam seems lovely, if you ask me. Friends?\nAl\n', note],
      ['Hi Jo,\nI heard about you and Sam. She seems lovely, and the kids adore her.\nAl\n', note],
    ],
  },
  'romantic/reunion': {
    invalid: [["Maybe we'll end up together again.", card, 'end up together again']],
    valid: [["I'm not hoping we'll end up together again.", card]],
  },
  // Round 24: closeness told without the old anchors (kept out of the rule's own examples, which the
  // sentence model trains on, so the weights stay as they were).
  'romantic/memory#3': {
    invalid: [
      [
        "Happy birthday! These peonies remind me of your cheeks when you'd just woken up next to me.",
        card,
        "These peonies remind me of your cheeks when you'd just woken up next to me",
      ],
      [
        'Saw the moon over the harbour and thought of the night we kissed on the pier.',
        card,
        'Saw the moon over the harbour and thought of the night we kissed on the pier',
      ],
      ['You were the best kisser I ever had, honestly.', card, 'You were the best kisser I ever had, honestly'],
      [
        'I still remember how your hand felt inside my coat pocket at the tram stop.',
        card,
        'I still remember how your hand felt inside my coat pocket at the tram stop',
      ],
    ],
    valid: [
      ['The dog sleeps next to me now, and the cat on the pillow.', card],
      ['Kiss the kids for me.', card],
      ["We'll kiss the bride and leave early, I expect.", card],
    ],
  },
};

describe.each(Object.entries(TABLE))('%s', (key, { invalid, valid }) => {
  const rule = key.replace(/#\d+$/, '');
  it.each(invalid)('flags %j', (text, options, span) => {
    const found = only(rule, text, options);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual([span]);
    expect(found[0]?.severity).not.toBe('info');
  });
  it.each(valid)('leaves %j alone', (text, options) => {
    expect(only(rule, text, options)).toEqual([]);
  });
});

describe('intent: friends by other names', () => {
  it.each([
    ["I know I hurt you, and I'm sorry. I'd love for us to be mates again, nothing more.", 'friendship'],
    ["I know I hurt you, and I'm sorry. I'd love us to be buddies again.", 'friendship'],
    ["I know I hurt you. I'd like to try again, and if it doesn't work, maybe we'll end up friends.", 'mixed'],
  ] as const)('%j reads as %s', (text, verdict) => {
    expect(lint(text, { kind: 'letter' }).intent.detected).toBe(verdict);
  });
});

describe('inferPartnerNames', () => {
  it.each([
    ["I heard you're with Jamie now.", ['jamie']],
    ['You and Jo seem so happy together.', ['jo']],
    ['Kate told me you are dating Hugo.', ['hugo']],
    ['Your new girlfriend, Amy, sounds lovely.', ['amy']],
    ['Marnie and you are a lovely pair.', ['marnie']],
    // Every script: capitalised (Greek, Vietnamese) or without capitals (Chinese, Arabic, Devanagari).
    ["I heard you're with Νίκος now.", ['νίκος']],
    ['You and Nguyễn seem so happy together.', ['nguyễn']],
    ['Kate told me you are dating 李明.', ['李明']],
    ['Your new girlfriend, ليلى, sounds lovely.', ['ليلى']],
    ['राहुल and you are a lovely pair.', ['राहुल']],
  ])('finds the partner in %j', (text, names) => {
    expect(inferPartnerNames(text)).toEqual(names);
  });
  it.each([
    'Kate told me the news.',
    'You and Dad always loved the coast.',
    "you and I'm sure everyone else",
    'you and your sister',
    'you and 我',
  ])('finds nobody in %j', (text) => {
    expect(inferPartnerNames(text)).toEqual([]);
  });
});

describe('the partner described, not named', () => {
  const note = (body: string) => `Hi Ana,\n${body}\nMele`;
  it.each([
    ["Heard about you and the accountant. Good luck. Bloke couldn't change a fuse.", "Bloke couldn't change a fuse."],
    ["Heard you're dating the drummer from Velvet Coffin. He can't keep time.", "He can't keep time."],
    ["Heard you're stepping out with Kathleen Dwyer. Mind, she can't boil an egg.", "Mind, she can't boil an egg."],
    ["Heard you're seeing the new pastor. He can't preach to save his life.", "He can't preach to save his life."],
  ])('reads a remark in %j', (body, remark) => {
    expect(loud('new-partner', note(body), { kind: 'note' })).toEqual([remark]);
  });
  it.each([
    "Heard you and Jon are together. He couldn't make it to the match, shame.",
    "Heard you and Jo are together. I sent her my old recipe book; there's nothing in it she can't cook.",
    "Are you still seeing the physio? He can't work miracles, I know, but I hope your knee is better.",
    "You're with the council now, I hear. They can't fix a pothole to save their lives.",
  ])('finds no remark in %j', (body) => {
    expect(loud('new-partner', note(body), { kind: 'card' })).toEqual([]);
  });
});

describe('a "he" after the partner is named', () => {
  const opening =
    "Dear Jing,\nI see you and {name} are together now. I'm happy for you. I got two cinema tickets for you. ";
  it.each(['Jay', 'Νίκος', '周杰', 'كريم', 'राहुल', 'Nguyễn'])(
    'still means %s four sentences on, when nobody else has come up',
    (name) => {
      const text =
        `${opening.replace('{name}', name)}I want us to be friends. ` + 'Only I think he is too short for you.\nWei';
      expect(loud('new-partner', text, { kind: 'note' })).toEqual(['Only I think he is too short for you.']);
    },
  );
  it.each(['Kate', '晓燕', 'أحمد'])('may mean someone else once %s has come up since', (name) => {
    const text = (who: string) =>
      `${opening.replace('{name}', 'Jay')}I ran into ${who} at the market. I want us to be friends. ` +
      'Only I think he is too short for the team.\nWei';
    expect(loud('new-partner', text(name), { kind: 'note' })).toEqual([]);
    // With no one else named in between, the same "he" is the partner.
    expect(loud('new-partner', text('the postman'), { kind: 'note' })).toHaveLength(1);
  });
});

/** The loud findings (above info) of one category. */
function loud(category: string, text: string, options: LintOptions): string[] {
  return lint(text, options)
    .diagnostics.filter((d) => d.category === category && d.severity !== 'info')
    .map((d) => text.slice(d.start, d.end));
}

/** A case: the text alone, with its options, or with its own category and options. */
type LoudCase = string | readonly [string, LintOptions] | readonly [string, string, LintOptions];

/**
 * A block of cases for one category ('' where each case names its own): what must be reported loudly,
 * and the look-alikes that must not be.
 */
function loudCases(
  title: string,
  category: string,
  defaults: LintOptions,
  flagged: readonly LoudCase[],
  passed: readonly LoudCase[],
): void {
  const read = (c: LoudCase) =>
    typeof c === 'string'
      ? { text: c, category, options: defaults }
      : c.length === 2
        ? { text: c[0], category, options: c[1] }
        : { text: c[0], category: c[1], options: c[2] };
  describe(title, () => {
    it.each(flagged.map(read))('$text is $category', ({ text, category: cat, options }) => {
      expect(loud(cat, text, options).length).toBeGreaterThan(0);
    });
    it.each(passed.map(read))('$text is not $category', ({ text, category: cat, options }) => {
      expect(loud(cat, text, options)).toEqual([]);
    });
  });
}

/**
 * Pressure that is not there: a door left open on the reader's own say-so, the reader's silence
 * accepted, news asked for only if something is wrong. Each beside the look-alike that still asks.
 */
loudCases(
  'pressure: an open door is not an ask',
  'pressure',
  message,
  [
    ["If you'd like to have a coffee, I'll be at the Fox on Saturday.", letter],
    ["If I don't hear from you by Friday, I'll take that as your answer.", letter],
    ["Tell me tonight if there's any chance.", message],
    ['Text me if there is any chance of seeing you.', message],
    ['If one day you want to talk, call me.', letter],
  ],
  [
    ['If one day you want to have a coffee, I will be happy.', letter],
    ["If someday you want to grab a coffee in Burlington, I'd love that.", letter],
    ["If you'd like to have a coffee in Buje some Saturday, I'll be glad.", letter],
    ["If one day you'd like a proper conversation, you know where the shop is, and I'd love to see you.", letter],
    ["If I never hear from you, I'll take that as an answer and I'll be okay, truly.", letter],
    ["If you don't answer, I will understand.", letter],
    ['Tell me only if something is missing.', message],
    ['Let me know if anything changes with the school run.', message],
  ],
);

/** A romance or a plea told of, not made: the couple as it was, what the writer once told others or meant to ask. */
loudCases(
  'romance and pleas told of, not made',
  '',
  message,
  [
    ['I wanted us to get back together for so long.', 'romantic', card],
    ['I always thought you and I were the ones meant to grow old together.', 'romantic', card],
    ['I keep thinking we could make it work second time round.', 'romantic', card],
    ["I know I said I wouldn't beg, but please come back to me.", 'needy', letter],
    ['I am asking you to come back to me.', 'needy', letter],
  ],
  [
    ['I said it as your coach and as your husband, and you listened to me.', 'romantic', letter],
    [
      'You asked me to write a letter for the commune about our life together, and I kept putting it off.',
      'romantic',
      letter,
    ],
    ['I told my friends that you were my girlfriend who would marry me and live here.', 'romantic', letter],
    ["What we had romantically is finished and that's all right with me.", 'romantic', letter],
    [
      'I thought I was writing to ask you to come back to me, and I started this letter three times that way.',
      'needy',
      letter,
    ],
    ['I was going to ask you to come back to me. I even wrote it.', 'needy', letter],
  ],
);

describe('romance and pleas told of, not made', () => {
  it('reads the intent the same way', () => {
    const text =
      'Dear Olga,\n\nIn 2018 I told you that you were not ready. I said it as your coach and as your husband. ' +
      'I am sorry; it was cruel of me.\n\nI am not asking for us to be married again. I would like to be your ' +
      'friend.\n\nDmitri\n';
    expect(lint(text, letter).intent.detected).toBe('friendship');
  });
});

/** Barbs with no stock phrase: a wish naming the reader's failing, their talk about the writer, "not the one who". */
loudCases(
  'blame: barbs read from the shape of the sentence',
  'blame',
  message,
  [
    ['I hope this year you manage to remember your friends too.', card],
    ['I hope this year you learn to keep appointments better than last year.', card],
    ['I pray the new year brings you the humility to see what your choices cost others.', card],
    ['I pray God shows you how you treated the people who stood by you.', card],
    ['I hope you find the honesty with him that you could never find with me.', card],
    ['Maybe this year you will learn that a home is not a hotel.', card],
    ['I pray the Lord forgives you for the way you walked out.', card],
    ['I hope she is patient, because you were never patient with me.', note],
    ['You told the whole street I was a drunk.', message],
    ['I hear you keep telling our friends I was cold.', message],
    ['You have told everybody at work that I was the one who wrecked it.', message],
    ["I wasn't the only one who stopped trying.", letter],
    ['I was not the one who walked out in the middle of the night.', letter],
    ["Some of us don't forget that easily.", card],
    ['Well done, you always knew how to walk off with what was not yours.', card],
    ["You're very good at dropping people once they stop being useful.", card],
    ['You always did prefer friends who would never argue with you.', card],
    ['Nice to see the scarf is useful to someone, since you never had time to wear it.', card],
    ['I guess you finally found someone who can keep up with your spending.', message],
    ['I suppose you were never serious about any of it.', message],
    ['Who paid for your driving lessons? Who sat with your dad every Sunday?', letter],
    ['I think you should look at yourself a little.', letter],
    ['You were very quick to believe the worst of me.', letter],
    ['You made it very easy for the whole thing to fall apart.', letter],
  ],
  [
    ['I hope you find peace this year.', card],
    ['I pray God keeps you and the baby safe.', card],
    ["I hope you learn loads on the course, you'll be brilliant.", card],
    ['I hope you know you never have to apologise for grieving.', card],
    ["I hope you know you didn't deserve any of that.", card],
    ['I hope you realise how many people love you.', card],
    ['I wish you patience with the renovation, it sounds like hard work.', card],
    ['I hope the new job is going well, and that your cat has forgiven you for the move.', card],
    ["I hope someone's keeping an eye on your knee, because you never would.", card],
    ['When you told me your parents wanted to meet me, I panicked.', letter],
    ['You told the whole family I was the one who got you into running, and I loved that.', card],
    ["I wasn't the only one who cried at the funeral.", card],
    ['Some of us are going to the pub on Friday if you fancy it.', message],
    ['You always knew how to make people laugh.', card],
    ["You're so good at taking care of everyone.", card],
    ['Nice to see you looking so well, since the operation went fine.', card],
    ["I guess you're busy with the move.", message],
    ["I suppose you've already heard the news about Gran.", message],
    ['I bet you finally got that kitchen finished, you always said you would.', message],
    ['I suppose you were never one for big parties, so I kept it small.', card],
    ['Who drove you to the airport in the end?', message],
    ['Who made the cake? It was amazing.', message],
    ["You should look at the photos Sam posted, they're lovely.", message],
    ['You were very quick to help when Dad was ill, and I never thanked you.', letter],
  ],
);

/** The reader's body or manner dwelt on, or ranked above everyone's: romantic in a friendship piece. */
loudCases(
  'romantic: the body dwelt on',
  'romantic',
  message,
  [
    ['I still remember your hips against me at the fair.', card],
    ['All I see at night is your hair on my pillow.', message],
    ['You used to lean back against me on that bench.', note],
    ['Nobody dances at a party the way you did.', card],
    ['Nobody wears silver like you do.', message],
    ['Nobody will ever hold you the way I did.', note],
    ['You are still the only woman I cook for.', card],
    ['Some days I want you to look at me the way you did that summer.', note],
    ['The way you looked in that green dress, I still have not forgotten.', card],
    ['Some nights I still dream of your body next to me.', message],
  ],
  [
    ["I remember your dad's hands, always covered in flour.", card],
    ['I remember your smile when you opened the present.', card],
    ['Nobody makes a lasagne like you do.', card],
    ['Nobody looked after Gran the way you did, and I will never forget it.', card],
    ['The kids remember your back garden parties.', card],
    ['You are the only one I trust with the dog.', card],
    ['I hope your back is better after the surgery.', card],
    ['I hope your throat is better after the cold.', card],
    ['I remember your perfume shop on the high street, we loved that place.', card],
    ["I heard she's been seeing someone behind your back.", message],
  ],
);

/** Digs at the partner with no stock phrase: a failing told, a wish that they learn, a backhanded "at least". */
loudCases(
  'new-partner: a failing of theirs, told',
  'new-partner',
  note,
  [
    'Hi Sam,\nTwo tickets for you and Laia. She could not tell a ski map from a menu.\nJo\n',
    'Hi Sam,\nTwo tickets for you and Ander. I hope he has learned to do something by himself since school.\nJo\n',
    'Hi Sam,\nTwo tickets for you and Karan. Maybe he can learn what a real mountain looks like.\nJo\n',
    'Hi Sam,\nI heard about Nodira. She is very young, is she not? I am sure she will grow up eventually.\nJo\n',
    'Hi Sam,\nA customs officer. Well, at least he knows how to take things from people.\nJo\n',
    'Hi Sam,\nSo, you and Laia. Bit of a step down from the last one, eh.\nJo\n',
  ],
  [
    'Hi Sam,\nI heard about you and Ander, I am glad. He has learned to sail, I hear, good for him.\nJo\n',
    "Hi Sam,\nGot a new kitten, she's chaos. Two tickets for you and Ander.\nJo\n",
    "Hi Sam,\nMum says I'll get over it, but she doesn't know what we had.\nJo\n",
    'Hi Sam,\nTwo tickets for you and Ander. At least the weather should hold for the match.\nJo\n',
  ],
);

/** A life drawn in, and "I'm fine" said beside what gives it away. */
loudCases(
  'needy: withdrawal, and fine but not',
  'needy',
  message,
  [
    ["I keep the bakery shut on Tuesdays now because I can't face people.", message],
    ["I haven't been out of the house since March.", message],
    ['I do the late shift every night so I do not have to be alone in the flat.', card],
    ['Some days I have forgotten how to be a person on my own.', card],
    ["I'm fine, honestly. Just the weekends are hard. Haven't slept properly in weeks.", card],
    [
      "I'm doing great, don't worry. Up at four again, what's the point of lying there staring at the ceiling.",
      message,
    ],
    ["Haven't cooked a proper dinner in a month. Don't worry about me though, I'm managing.", message],
    ["I ain't fine, Sam.", message],
  ],
  [
    ['Happy birthday! I am fine, the new job is great and the kids are settling in.', card],
    ["I can't face another Monday without coffee, ha.", message],
    ["I'm not good at goodbyes, so I'll just say thank you.", card],
    ["Hope the new flat is lovely. We haven't been out since the baby came, she keeps us busy!", card],
    ["I work late on Thursdays so I don't have to go in on Fridays.", message],
    ['So sorry about your dad. I am fine, please do not worry about me, look after your mum.', card],
    ['Then I ended it over a text because I could not face you.', letter],
  ],
);

/** Pressure with no stock phrase: a vigil, an order with a threat, one line asked for, texts counted, ticks watched. */
loudCases(
  'pressure: pushes read from the shape of the sentence',
  'pressure',
  message,
  [
    "I'm going to wait outside your work until you come out, however long it takes.",
    'I will wait at the station every evening at 7.',
    'Pick up your bike this weekend or I take it to the tip.',
    'Pay me back by Friday or I am telling your mum.',
    "I'd like an answer before the 30th, otherwise I will sell it myself.",
    'Just send one line so I know you got home.',
    'Why no answer, eh?',
    '5th text since Monday.',
    'I can see the ticks are blue.',
    'I know you see these.',
  ],
  [
    "I'll wait at the school gate at 3 for the kids.",
    "I'll wait at the services on the M6 at noon for the handover.",
    'I will wait to hear from the lawyer before I sign.',
    "I'll wait until you're settled before sending the boxes.",
    "Wear a coat or I'll worry!",
    "Send one line to your gran, she'd love it.",
    "I know you read it already, but the second chapter's even better.",
    'Happy birthday! I know you get these every year from me, ha.',
  ],
);

/** False alarms the blind sets showed, each beside the look-alike that is still flagged. */
loudCases(
  'kind words that are not findings',
  '',
  message,
  [
    ['You always broke your promises.', 'blame', message],
    ['You always put yourself first.', 'blame', message],
    ['Hi Mo,\nYou and Terrence. He is younger than me, I hear.\nDee\n', 'new-partner', note],
    ['Could we meet on Sunday instead of talking on the phone?', 'pressure', message],
    ['Fancy a date on Friday?', 'ambiguous-intent', message],
  ],
  [
    ['You always doubt yourself before big days, but you know this work better than anyone.', 'blame', message],
    ["You stayed at the hospital all night and you never once made me feel like I'd failed him.", 'blame', letter],
    ['She still loves the bananas you always hid in your bag.', 'blame', message],
    [
      'Hi Gwen,\nYou and Sioned, I am glad. The dogs took to her straight away, which is always the real test.\nDai\n',
      'new-partner',
      note,
    ],
    [
      'Hi Mo,\nYou and Terrence, that is good news. He is a good man and a better dancer than me.\nDee\n',
      'new-partner',
      note,
    ],
    ["Could we do Sunday the 14th at your mum's instead?", 'pressure', message],
    ['If something breaks in your flat you can call me.', 'pressure', message],
    ['If another date suits your shifts better, tell me and I will adjust.', 'ambiguous-intent', message],
  ],
);

/** A letter that owns the wrong in words the phrase lists do not hold. */
describe('missing-element: the wrong owned', () => {
  const owns = (body: string): boolean =>
    !lint(`Dear Sam,\n\n${body}\n\nI would like us to be friends again.\n\nJo\n`, letter).diagnostics.some(
      (d) => d.rule === 'missing-element/acknowledge-hurt',
    );
  it.each([
    'I used my position on the committee to take the solo from you. That was a shameful thing to do.',
    'I sold the mare your father gave you and told you she had gone lame. It was a low thing, ' +
      "and I've been ashamed of it since.",
    'I published your idea under my name. When you read it you said nothing. I have thought about it since. ' +
      'It was theft. I am sorry.',
    "I missed our anniversary dinner for the pub. I've never properly said sorry for it. I'm saying it now. I'm sorry.",
    "I told your parents before you were ready. I took the decision right out of your hands. I'm so sorry, Sam.",
  ])('%j owns the hurt', (body) => {
    expect(owns(body)).toBe(true);
  });
  it.each([
    'I hope you are well. The garden is lovely this year.',
    "I'm sorry things ended the way they did.",
    'I never said sorry, because I did nothing wrong.',
  ])('%j does not', (body) => {
    expect(owns(body)).toBe(false);
  });
});

loudCases(
  'blame: stock asides of spite',
  'blame',
  message,
  [
    ['Two seats for you both. I hope he knows what he is getting. First time for everything.', card],
    ['Who paid your hostel fees for two years? Just asking.', message],
    ["Saw you and Johan at the shop. Didn't take you long.", message],
    ["At least this time you'll have someone who doesn't mind coming second.", card],
    ['I would have done it, like the last twelve, but apparently that was "controlling".', card],
  ],
  [
    ['Just saying hi, hope the new job is going well!', message],
    ['Good luck with the exams, you will smash them.', card],
    ["It didn't take long to fix the boiler in the end.", message],
  ],
);

/** The issue's own examples of pressure missed, now caught; and their look-alikes. */
loudCases(
  'pressure: asks without a question mark, debts, a sorry waved away',
  'pressure',
  message,
  [
    ["why don't you give me a ring", message],
    ['will you please think about it', message],
    ['You owe me.', message],
    ['No need to be sorry, just call me', message],
  ],
  [
    ['Can you pick up Bao from football on Thursday, I have the inspection.', message],
    ['No need to reply, just wanted you to know the parcel came.', message],
    ['You owe me nothing.', message],
  ],
);
