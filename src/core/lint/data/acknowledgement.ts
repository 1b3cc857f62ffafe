/**
 * Elements a piece needs: a letter acknowledges the hurt the writer caused (guide step 5); a note
 * to someone in a new relationship acknowledges that relationship (step 4). Broad on purpose:
 * any honest acknowledgement counts.
 */
import type { PhraseList } from './phrase-types';

export const ACKNOWLEDGEMENT: PhraseList = {
  hurt: {
    patterns: [
      'sorry',
      '(i|) (apologise|apologize|apologised|apologized)',
      '(my|) apologies',
      'apology',
      'i (@hurt|hurt) you',
      'i @hurt',
      '(the|all the|how much|so much|what) (pain|hurt|damage|harm) i (caused|did|gave|brought|inflicted|put you through)',
      'i caused',
      '(it was|that was|was|is|it is) (all|) my fault',
      'my (fault|mistake|mistakes|part in|part)',
      'i (was|am|have been) (wrong|to blame|at fault|selfish|unfair|careless|thoughtless|cruel|unkind|a coward)',
      'i regret',
      '(i|) (should|should not) have',
      'forgive me',
      'forgiveness',
      '(i|) take (full|) (responsibility|the blame)',
      'i own (that|what i did|my part|it)',
      '(i am|i feel|i was) ashamed',
      'what i did',
      'i (treated|handled) (you|it|things|that|us|the breakup|the end) (badly|poorly|wrong|wrongly|unfairly|terribly|carelessly)',
      'i (messed|screwed) (up|it up|things up)',
      'i broke (your|our)',
      'i (let|left) you',
      'how i left',
      'i (know|realise|realize|understand|see) (now|) (that|) (i|how much|how badly)',
      'you did not deserve',
      'i (was|have been|had been) not (fair|kind|honest|there for you|a good partner|good to you|careful|thinking|myself|the person you deserved)',
      'i (wish|hope) i had (treated|been|done|handled|listened|stayed|said|told|acted|behaved)',
      '(it is|that is|that was|it was|this is) on me',
      '(who|that) hurt you',
      'i (behaved|acted|reacted|handled things|ended things|ended it|left) (badly|terribly|poorly|selfishly|cruelly|unfairly|carelessly|so badly|the way i did|like that|without)',
      'i (know|realise|realize) (how|that|what) i',
      'i (broke|ended) (up with you|things|it) (badly|cruelly|without|by|over|in the worst)',
      'you deserved better',
    ],
  },
  relationship: {
    patterns: [
      '(you|you two) and * (are|seem|seem to be|have been|got|are now|look|looked) (together|happy|so happy|dating|seeing each other|a couple|engaged|married|in love|great together|good together)',
      'you (are|have been|are now) (seeing|dating|with|together with|in a relationship|engaged|married|happy with|moving in|living with)',
      '(your|the) (new|) (relationship|girlfriend|boyfriend|partner|wife|husband|fiance|fiancee|love)',
      '(happy|glad|pleased|thrilled|delighted) for (you|you both|you two|both of you|the two of you|the pair of you)',
      '(i am|i feel|i really am) (okay|ok|fine|at peace|happy|good|glad|alright|all right|cool|comfortable|genuinely happy|really happy) (with|about) (it|that|this|you two|you both|you being|how things|your|the news)',
      '(i|) respect (that|it|your|what you|you two|the relationship)',
      'for (you and|the two of you|you both|both of you|the pair of you)',
      'you (two|both)',
      '(congrats|congratulations) (on|to) (you|the two of you|you both|both of you) (and|two|both|$)',
      '(congrats|congratulations) on (your|the) (engagement|wedding|relationship|news|new)',
      'i (heard|know|found out|learned|learnt|was told|have heard|hear) (about|that you|you|the news)',
      'told me (about|that you|you)',
      '(you have|you) (found|met) (someone|somebody|someone special)',
      '(she|he|they|<partner>) (makes|make|seems to make|seem to make|made) you happy',
      '<partner>',
      '(seeing|dating|with) someone (new|)',
      '(moved|moving) on',
      '(she|he|they|<partner>) (seems|seem|sounds|sound|looks|look|is|are) (so|really|very|) (lovely|great|wonderful|nice|kind|good for you|happy|lucky|fun|sweet|perfect for you)',
    ],
  },
};
