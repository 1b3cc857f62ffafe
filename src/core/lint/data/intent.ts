/**
 * Statements of friendship intent. Romantic intent is read from the `reunion` and `declaration`
 * families in romantic.ts; negation flips a statement ("not to get back together" reads as
 * friendship, "not just friends" as romantic).
 */
import type { PhraseList } from './phrase-types';

export const INTENT: PhraseList = {
  friendship: {
    except: ['more than (just|) (friendship|friends|a friendship|a friend)', '(beyond|past) (just|) (friendship|friends)'],
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
      'platonic',
      'platonically',
      '(maybe|perhaps|at least|start as|start with|starting as|starting with|begin as|begin with) (just|) (friends|friendship)',
      'friends (for now|first|to start|at first|to begin with)',
      'as friends',
      // "Maybe we'll end up friends", "we could stay mates".
      '(end up|ending up|wind up|stay|staying|remain|remaining|go back to being|just be) (as|) (good|close|) @friends',
      '(reconnect|reconnecting|connect|connecting|catch up|in touch) as friends',
      '(want|like|would like|hope|love) (us|) to (be|become) friends',
    ],
  },
  'only-friends': {
    patterns: ['(only|just|simply|merely) (as|) friends', 'friends only', 'nothing more than friends', '(just|only) (as|) (a|your) friend'],
  },
};
