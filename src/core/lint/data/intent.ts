/**
 * Statements of friendship intent. Romantic intent is read from the `reunion` and `declaration`
 * families in romantic.ts; negation flips a statement ("not to get back together" reads as
 * friendship, "not just friends" as romantic).
 */
import type { PhraseList } from './phrase-types';

export const INTENT: PhraseList = {
  friendship: {
    except: [
      'more than (just|) (friendship|friends|a friendship|a friend)',
      '(beyond|past) (just|) (friendship|friends)',
      '(friends|friendship) (first|for now|to start with|to begin with)',
      '@friends again (first|for now|to start with|to begin with)',
    ],
    patterns: [
      '(be|being|stay|staying|remain|remaining|become|becoming|go back to being|get back to being|start being|' +
        'start as|were able to be|can be|could be|might be) (good|close|real|true|dear|) @friends',
      // Second-language forms: "I hope we can be friend again", "I want that we are friends".
      '(can|could|will|would|might) be friend again',
      '(want|would like|hope) that we (are|be|can be|will be|become) (good|) @friends',
      // "I should be glad simply to count myself among your friends."
      '(count|counted|counting) (myself|me) (among|as one of) your friends',
      '@friends again',
      'as (a|your|) (good|close|true|) (friend|friends)',
      '(our|a|the|this|your|my) friendship',
      'friendship',
      '(be|being) your friend',
      '(have|having|keep|want|like|love) you (back|) (in my life|) as (a|my) (good|close|) friend',
      '(your|a|my) friend again',
      '(only|just|simply|nothing more than) @friends',
      '@friends (only|and nothing more|nothing more)',
      '(friendly|good) terms',
      // "I'm glad we are still friends", "we stayed friends after all".
      '(still|stayed|remained|have stayed|have remained) (good|close|) @friends',
      'platonic',
      'platonically',
      '(maybe|perhaps|at least|start as|start with|starting as|starting with|begin as|begin with) (just|) ' +
        '(friends|friendship)',
      'friends (for now|first|to start|at first|to begin with)',
      'as @friends',
      // "I hope we can be friendly again", "friendly, and only that".
      '(be|being|get|become|stay) friendly (again|with each other|)',
      // "Maybe we'll end up friends", "we could stay mates".
      '(end up|ending up|wind up|stay|staying|remain|remaining|go back to being|just be) (as|) (good|close|) @friends',
      '(reconnect|reconnecting|connect|connecting|catch up|in touch) as friends',
      '(want|like|would like|hope|love) (us|) to (be|become) friends',
      '(have|want|get|need|would like) (my|our|a) (friend|best friend|mate|pal|buddy) back',
      '(want|like|would like|hope) (you|) (to be|as) (my|a) friend',
      // "glad we're friends", "we can be friends": a friendship stated as the present or the hope.
      '(glad|happy|grateful|thankful|lucky) (that|) we (are|are still|can be|could be|can stay|have stayed) ' +
        '(good|) @friends',
      '@friends (again|) (i hope|i hope so|hopefully|i would like|i would love|i think)',
      // "Friends is what I'd like us to be", "friendship is all I'm after".
      '(@friends|friendship) (is|are) (what|all) (i|we) (would like|want|would love|hope for|am hoping for|am ' +
        'asking for|am after|ask|need) (us to be|to be|for us|)',
    ],
  },
  /**
   * A romance turned down in so many words: "I'm not trying to restart anything", "I'm not asking
   * for more than that". Read only when negated, where it states friendship.
   */
  declined: {
    patterns: [
      '(trying|looking|hoping|asking|wanting|writing|here|meaning) to (restart|rekindle|revive|reopen|relight|' +
        'start up|start) (anything|something|things|it|us|what we had|our relationship|the relationship|a ' +
        'relationship|a romance|romance|the romance|anything romantic)',
      '(asking|looking|hoping) (you|) for (anything|more|anything more|a relationship|romance|a romance|us to ' +
        'get back together)',
      '(in love with|romantically interested in|attracted to) you',
      '(want|wanting|expect|expecting|asking) (anything|more) (from you|than that|than friendship|than a friendship)',
    ],
  },
  'only-friends': {
    patterns: [
      '(only|just|simply|merely) (as|) friends',
      'friends only',
      'nothing more than friends',
      '(just|only) (as|) (a|your) friend',
    ],
  },
  /** Openness to romance beside a friendship: "friends first, and maybe one day more". */
  more: {
    // "My best friend and partner in crime": a pal, not a lover.
    except: ['friend (and|or) partner in crime'],
    patterns: [
      '(maybe|perhaps|possibly|who knows|one day|someday|some day|in time|eventually) (it|this|we|things|that) ' +
        '(could|might|will|would|can) (be|become|turn into|grow into|lead to|go) (more|something more|something ' +
        'else|further)',
      '(could|might|may) (be|become|turn into|grow into) (something|) more',
      '(be|become|grow into|turn into|for|hoping for|want|wanted) something more',
      'more than (just|) (friends|friendship|a friend)',
      'if (you|one day you|you ever|ever you) (want|wanted|feel|felt|change your mind|decide you want) (more|' +
        'something more|differently)',
      'open to (anything|more|whatever|something more|where it goes|where things go|all of it)',
      '(friends|friendship) (first|for now|to start with|to begin with|to start)',
      '@friends again (first|for now|to start with|to begin with|to start)',
      'leave (that|the) door open',
      '(we will|we shall|we can|and) (just|) see (where|what|how) (it|things|this) (goes|go|leads|happens|takes us)',
      'and (then|) (we will|we shall|we can) see $',
      'or (maybe|perhaps) (more|something more)',
      '(best|my) friend (and|,) (my|best) lover',
      'friend (and|or) (more|lover|partner)',
      'who knows (what|where) (might|could|will|may|would) (happen|come|follow|lead|go)',
      'see about (the rest|more|anything more|anything else|what comes next|the future)',
      // "If it ever doesn't work out, you know where I am."
      'if (it|things|that|this|you two|the two of you|you and) (ever|) (does not|do not|did not|ever) (work|works) out',
    ],
  },
  /**
   * Romantic goals said in other words than the romantic rules look for: "I'd take you back in a
   * heartbeat", "we could make it work second time round".
   */
  romantic: {
    patterns: [
      'take you back (in a heartbeat|tomorrow|any day|right now|today|if you|$)',
      '(make it|make this|make us|make things) work (again|second time|the second time|this time|properly|$)',
      'give (us|it|our relationship|this|what we had) (another|a second|one more) (go|try|chance|shot)',
      '(try|start) (again|over) (as a couple|together|with you)',
      // "My heart still beats for you", "my heart is still yours".
      'my heart (still|) (beats|belongs) (for|to) (you|only you)',
      'my heart is (still|always|) (yours|all yours)',
    ],
  },
  /**
   * Friend and lover at once: "you're my best friend and also kind of my everything", "my friend,
   * my lover". Both are read, so the verdict is mixed, unless said of the past ("you were my friend,
   * my everything").
   */
  roles: {
    patterns: [
      '(my|best) friend (and|) (also|) (kind of|sort of|) (my|) (lover|soulmate|soul mate|everything|whole world|' +
        'one true love|true love|great love)',
      '(my|) (lover|soulmate|soul mate|everything) (and|) (also|) my (best|) (friend|mate|pal)',
      // "I want my best friend back, and my partner".
      '(my|best) friend back (and|) (also|) (my|) (partner|lover|soulmate|soul mate|husband|wife|boyfriend|girlfriend)',
    ],
    except: ['(my|best) friend back (and|) (also|) (my|) partner in crime'],
    negatable: false,
  },
  /** "I won't pretend I've stopped loving you": read only when negated, where it states love. */
  unstopped: {
    patterns: [
      'pretend (that|) (i have|i) (stopped|ever stopped|stop|fallen out of love|got over you|gotten over you) ' +
        '(loving you|caring about you|wanting you|missing you|$)',
      '(i have|i) (stopped|ever stopped|stop) (loving|wanting) you',
    ],
  },
  /** Either, as the reader likes: "friends, or more, or whatever feels right", "or anything in between". */
  either: {
    patterns: [
      '@friends (or|and) (maybe|perhaps|possibly|even|) (more|something more|lovers|partners|a couple|together)',
      '(anything|something|somewhere) in between',
      '(lovers|partners|together|a couple) or (just|) @friends',
    ],
    negatable: false,
  },
  /** A goal left open: "in whatever form that takes", "let's not put a label on it". */
  vague: {
    patterns: [
      'in whatever (form|way|shape|capacity|role|sense|terms) (that|it|this|you|feels|works|takes|suits|$)',
      'whatever (form|shape) (that|it|this) (takes|may take|might take)',
      // "I want you back, however that looks", "in any way you'll have me".
      '(however|whatever way) (that|it|this) (looks|turns out|works out|plays out|ends up)',
      'in any (way|form|shape|capacity|role) (you|) (will|would|can|could|are willing to|want to|are happy to|) ' +
        '(have me|take me|let me|want me)',
      'whatever (that|this|it|we) (means|mean|looks like|turns out to be|becomes|ends up being)',
      '(no|without|not put a|not putting a|not to put a|no need for a|no need for) (label|labels)',
      '(put|putting) a label on (it|this|us)',
      '(maybe|or maybe|or perhaps|perhaps) (it is|that is|) something else',
      '(not sure|do not know|no idea) what (that|this|it|we) (looks like|would look like|could be|means|will ' +
        'look like)',
      // "not sure what I'm asking for tbh", "I don't know what I want from this letter".
      '(not sure|do not know|no idea|not certain|unsure) (exactly|) what (i am|i) (asking for|after|hoping for|' +
        'want|wanting|looking for|expecting)',
    ],
    except: [
      // Amends or help on the reader's terms: "make amends in whatever way you'd find useful".
      '(amends|make it up to you|make up for it|help|support) ** in whatever way',
      'in whatever way you (would|will|might|may|can) (find|need)',
    ],
    negatable: false,
  },
};
