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
    ],
    patterns: [
      '(be|being|stay|staying|remain|remaining|become|becoming|go back to being|get back to being|start being|start as|were able to be|can be|could be) (good|close|real|true|dear|) @friends',
      '@friends again',
      'as (a|your|) (good|close|true|) (friend|friends)',
      '(our|a|the|this|your|my) friendship',
      'friendship',
      '(be|being) your friend',
      '(have|having|keep|want) you (back|) (in my life|) as (a|my) friend',
      '(your|a) friend again',
      '(only|just|simply|nothing more than) @friends',
      '@friends (only|and nothing more|nothing more)',
      '(friendly|good) terms',
      // "I'm glad we are still friends", "we stayed friends after all".
      '(still|stayed|remained|have stayed|have remained) (good|close|) @friends',
      'platonic',
      'platonically',
      '(maybe|perhaps|at least|start as|start with|starting as|starting with|begin as|begin with) (just|) (friends|friendship)',
      'friends (for now|first|to start|at first|to begin with)',
      'as friends',
      // "Maybe we'll end up friends", "we could stay mates".
      '(end up|ending up|wind up|stay|staying|remain|remaining|go back to being|just be) (as|) (good|close|) @friends',
      '(reconnect|reconnecting|connect|connecting|catch up|in touch) as friends',
      '(want|like|would like|hope|love) (us|) to (be|become) friends',
      '(have|want|get|need|would like) (my|our|a) (friend|best friend|mate|pal|buddy) back',
      '(want|like|would like|hope) (you|) (to be|as) (my|a) friend',
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
    patterns: [
      '(maybe|perhaps|possibly|who knows|one day|someday|some day|in time|eventually) (it|this|we|things|that) (could|might|will|would|can) (be|become|turn into|grow into|lead to|go) (more|something more|something else|further)',
      '(could|might|may) (be|become|turn into|grow into) (something|) more',
      '(be|become|grow into|turn into|for|hoping for|want|wanted) something more',
      'more than (just|) (friends|friendship|a friend)',
      'if (you|one day you|you ever|ever you) (want|wanted|feel|felt|change your mind|decide you want) (more|something more|differently)',
      'open to (anything|more|whatever|something more|where it goes|where things go|all of it)',
      '(friends|friendship) (first|for now|to start with|to begin with|to start)',
      'leave (that|the) door open',
      '(we will|we shall|we can|and) (just|) see (where|what|how) (it|things|this) (goes|go|leads|happens|takes us)',
      'and (then|) (we will|we shall|we can) see',
      'or (maybe|perhaps) (more|something more)',
      '(best|my) friend (and|,) (my|best) lover',
      'friend (and|or) (more|lover|partner)',
    ],
  },
  /** A goal left open: "in whatever form that takes", "let's not put a label on it". */
  vague: {
    patterns: [
      'in whatever (form|way|shape|capacity|role|sense|terms) (that|it|this|you|feels|works|takes|suits|$)',
      'whatever (form|shape) (that|it|this) (takes|may take|might take)',
      'whatever (that|this|it|we) (means|mean|looks like|turns out to be|becomes|ends up being)',
      '(no|without|not put a|not putting a|not to put a|no need for a|no need for) (label|labels)',
      '(put|putting) a label on (it|this|us)',
      '(maybe|or maybe|or perhaps|perhaps) (it is|that is|) something else',
      '(not sure|do not know|no idea) what (that|this|it|we) (looks like|would look like|could be|means|will look like)',
    ],
    negatable: false,
  },
};
