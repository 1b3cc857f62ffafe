import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';

const verdict = (text: string): string => lint(text, { kind: 'letter' }).intent.detected;

describe('intent verdict', () => {
  it.each([
    ['I would like us to be friends again.', 'friendship'],
    ["I'd love to have you back in my life as a friend.", 'friendship'],
    ["I'm not looking to restart our relationship.", 'friendship'],
    ["I'm not hoping to get back together, only to be friends.", 'friendship'],
    ['Not as friends, as partners.', 'romantic'],
    ["I don't want to be just friends.", 'romantic'],
    ['I want to get back together.', 'romantic'],
    ['I still love you and I want to try again as a couple.', 'romantic'],
    ['Maybe friends, maybe more.', 'mixed'],
    ['I want to be friends. I still love you.', 'mixed'],
    ['I am not looking for romance.', 'friendship'],
    ['I am not asking for us to be together.', 'friendship'],
    ['I miss having you as a friend.', 'friendship'],
    ['I want something more than friendship.', 'romantic'],
    ['I hope we can be together again.', 'romantic'],
    ["I don't want to be your friend, I want to be with you.", 'romantic'],
    ["I'm not trying to win you back, I just miss my friend.", 'friendship'],
    ['I want you back in my life.', 'unstated'],
    ["I'd like us to be friends, the way we were before we ever dated.", 'friendship'],
    ['What I want is simple: your friendship, nothing else.', 'friendship'],
    ["I want to be clear that I'm hoping for friendship, not a relationship.", 'friendship'],
    ["I'm asking for another chance, not as your friend, but as your partner.", 'romantic'],
    ["I hope one day you'll let me love you again.", 'romantic'],
    ['I would give anything to be yours again.', 'romantic'],
    ['I want us back.', 'romantic'],
    ["I know we can't go back to being a couple, and I don't want to. I'd just like us to be friends.", 'friendship'],
    ['I still want a future with you.', 'romantic'],
    ['My hope is that we can be friends.', 'friendship'],
    ["I'd love to rebuild our friendship.", 'friendship'],
    ['I want to date you again.', 'romantic'],
    ["I'd like to be in your life again, in whatever way you'll have me.", 'unstated'],
    ['I hope you are well.', 'unstated'],
    ['I guess I want us to be close again, whatever that means.', 'unstated'],
    ['', 'unstated'],
    // Love held to friendship is friendship, alone or beside a plain offer.
    ['I love you, but as good friends.', 'friendship'],
    ['i love u but as mates, nothing more x', 'friendship'],
    // Friend and lover at once is mixed, said of now; said of the past it states no wish.
    ["You're my best friend and also kind of my everything, you know?", 'mixed'],
    ['You were my friend, my everything, and I want that back.', 'unstated'],
    ['I want us to be friends again. But I cannot lie, my heart still beats for you.', 'mixed'],
    ["I want that back. I'm not asking for anything you're not ready for.", 'unstated'],
    ["I don't love you that way any more.", 'friendship'],
    ['I was in love with you back then.', 'unstated'],
    ['I do love you, but not in that way any more.', 'friendship'],
    ["I love you but I'm not in love with you.", 'friendship'],
    ['I love you, just not like that. Friends?', 'friendship'],
    ["I love you, but I can't be just friends.", 'romantic'],
    ['I want my best friend back, and my partner, if you could ever have me again.', 'mixed'],
    ["You're my best friend and partner in crime. I'd like us to be friends again.", 'friendship'],
    ["I'd like to rebuild what we had. Maybe that's a friendship. Maybe it's something else.", 'unstated'],
    ["I do love you, but as a friend. I'm not in love with you any more.", 'friendship'],
    ["I love you, the way old friends do, and I'd be glad to have that friendship back.", 'friendship'],
    ["I'd like to have you back as a friend.", 'friendship'],
    ['I want to be with you again, as your partner, not just as a friend.', 'romantic'],
    // The reader's love for someone else is not the writer's.
    ["I can hear the love you feel for him. I'd like to be your friend again, nothing more.", 'friendship'],
    ["I'm not trying to restart anything between us. I'm sorry for how I left.", 'friendship'],
    ["I'm glad we're friends.", 'friendship'],
    // Either, the reader to choose; or friendship now and more later.
    ['We could be friends, or more, or whatever feels right to you.', 'mixed'],
    ["I want us to be friends. But I won't pretend I've stopped loving you.", 'mixed'],
    ["I'd like us to be friends. I'd also, if I'm honest, take you back in a heartbeat.", 'mixed'],
    ['I keep thinking we could make it work second time round.', 'romantic'],
    ['I do not seek to revive what we had as a couple. I would like you back in my life as a friend.', 'friendship'],
    ["I'd like to be friends again to start with, and who knows what might happen after that.", 'mixed'],
    // Short offers and friendship wished back by reference.
    ['Two tickets for you both. Friends, if you want. No need to reply.', 'friendship'],
    ["Friends, if you'll have me.", 'friendship'],
    ["Friends is what I'd like us to be.", 'friendship'],
    ['We were friends before anything else, and I would like that again.', 'friendship'],
    ["I still think of your family as my friends, and I'd like you to be one again too.", 'friendship'],
    ["We were friends once, and I don't want that again.", 'unstated'],
    // Friendship only reported, or the frame of the letter, yields to a romance wished now.
    [
      'I said I wanted to be friends, and I thought I did. But the truth is I want us to get back together.',
      'romantic',
    ],
    ["I'm writing to you as a friend. I am writing to ask if you would consider being with me again.", 'romantic'],
    ["I know I said I'd write as a friend, and I do want to be your friend, but you're the love of my life.", 'mixed'],
    ['I told you I wanted to be friends, and I meant it.', 'friendship'],
    // A wish once meant, a past that did not happen, friends in the past, a refusal carried over an "or".
    [
      'I started this letter meaning to ask whether we could be together again. I would like us to be friends.',
      'friendship',
    ],
    ['If you had stayed in Leeds, we would still be together. I would like us to be friends now.', 'friendship'],
    ['If you had time, we could be friends again.', 'friendship'],
    ['We were friends first, back in school, and I would like us to be friends again.', 'friendship'],
    ["I'm not asking to be engaged again, or to be anything more than a friend. Friends would be good.", 'friendship'],
    // Both sides named: "part of me... part of me".
    ['Part of me wants only your friendship. Part of me still thinks of you as my woman.', 'mixed'],
    ['Some days I just want us to be friends. Other days I want all of it back.', 'mixed'],
  ])('%j is %s', (text, expected) => {
    expect(verdict(text)).toBe(expected);
  });

  it('does not count a wish inside an "if" about the reader', () => {
    expect(verdict("I would love to be together again. If you only want to be friends, I'll respect that.")).toBe(
      'romantic',
    );
  });

  it.each([
    // The "if" clause is what a wish asks for, not a condition on the reader.
    ["I'd love it if we could be friends again.", 'friendship'],
    ['It would help me very much if we could be friends again.', 'friendship'],
    ['It would please me greatly if we might be friends once more.', 'friendship'],
    ["I'd love it if we could try again as a couple.", 'romantic'],
    // A condition on the reader, or a refusal understood, still offers nothing.
    ["If you ever want to be friends again, I'm here.", 'unstated'],
    ['I would understand if you never want to be friends again.', 'unstated'],
    // A negative question that suggests; a short offer with its condition; second-language forms.
    ["Couldn't we be friends again?", 'friendship'],
    ["Why can't we just be mates?", 'friendship'],
    ["Friends would be lovely, if you'll have me.", 'friendship'],
    ['Friends, eh?', 'friendship'],
    ['I hope we can be friend again, only friend.', 'friendship'],
    ['I want that we are friends.', 'friendship'],
    ['I should be glad, in time, simply to count myself among your friends.', 'friendship'],
    // The word named is not friendship offered; a family beside a couple is not a friendship.
    ['I ticked "friendship" on this app, but I want us back together.', 'romantic'],
    ['My counselor said to write you a friendship letter, but I want you back.', 'romantic'],
    ['I want to try again with you, as a family and as a couple.', 'romantic'],
    ['I love you like family, and I hope we can stay friends.', 'friendship'],
    // A marriage asked back is a romance asked back.
    ['I want us to be husband and wife again in every way.', 'romantic'],
    ['What I want is for you to come home, Darnell.', 'romantic'],
    // More than friends is a romance asked for, however it is asked; refused, it is friendship.
    ['I want us to be more than friends.', 'romantic'],
    ["Can't we be more than friends?", 'romantic'],
    ["I'm not asking to be more than friends.", 'friendship'],
    ["I'd like us to be friends again, and who knows, maybe more.", 'mixed'],
  ])('reads an offer of friendship however it is put: %j is %s', (text, expected) => {
    expect(verdict(text)).toBe(expected);
  });

  it('reads romantic wording beside a stated friendship as mixed, unless the writer ignores it', () => {
    const text =
      "Dear Noah,\n\nI hurt you and I'm sorry. I'd like us to be friends again. I still dream about you every " +
      'night.\n\nInes';
    const result = lint(text, { kind: 'letter', intent: 'friendship' });
    expect(result.intent).toMatchObject({ stated: 'friendship', detected: 'mixed' });
    const romance = result.diagnostics.filter((d) => d.category === 'romantic');
    expect(romance.length).toBeGreaterThan(0);
    const ignored = romance.map((d) => ({ rule: d.rule, start: d.start, end: d.end }));
    expect(lint(text, { kind: 'letter', intent: 'friendship', ignored }).intent.detected).toBe('friendship');
  });

  it('reads a friendship offered and then left open as mixed, as its hedge says', () => {
    const open =
      "Dear Noah,\n\nI'm sorry I missed your father's funeral. I'd like us to be friends. " +
      "Let's see where it goes.\n\nInes";
    const result = lint(open, { kind: 'letter', intent: 'friendship' });
    expect(result.diagnostics.some((d) => d.rule === 'ambiguous-intent/hedge' && d.severity !== 'info')).toBe(true);
    expect(result.intent).toMatchObject({ stated: 'friendship', detected: 'mixed' });
    // Not a hedge: amends on the reader's terms.
    const amends =
      "Dear Noah,\n\nI'm sorry I missed your father's funeral. I'd like to make amends in whatever way you'd find " +
      "useful, and I'd like us to be friends.\n\nInes";
    expect(lint(amends, { kind: 'letter', intent: 'friendship' }).intent.detected).toBe('friendship');
  });

  it('flags kisses as decoration but does not read them as a romance offered', () => {
    for (const name of ['Sam', 'Ελένη', '李娜', 'ليلى', 'प्रिया', 'Thảo']) {
      const text = `Dear Noah,\n\nGood luck with the move 💕💕 I'd like us to stay friends.\n\nTake care,\n${name}`;
      const result = lint(text, { kind: 'card' });
      expect(
        result.diagnostics.some((d) => d.rule === 'romantic/kisses' && d.severity !== 'info'),
        name,
      ).toBe(true);
      expect(result.intent.detected, name).toBe('friendship');
    }
  });

  it('reads what the text says, not what the writer declared, and reports both', () => {
    // Declared romance, but the letter offers friendship: the verdict follows the words.
    expect(lint('I would like us to be friends.', { kind: 'letter', intent: 'romantic' }).intent).toEqual({
      declared: 'romantic',
      detected: 'friendship',
      stated: 'friendship',
    });
    // Declared friendship, but the letter asks to try again as a couple.
    const asked = 'I still love you and I want us to try again as a couple.';
    expect(lint(asked, { kind: 'letter', intent: 'friendship' }).intent).toEqual({
      declared: 'friendship',
      detected: 'romantic',
      stated: 'romantic',
    });
  });
});
