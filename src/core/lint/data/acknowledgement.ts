/**
 * Elements a piece needs: a letter acknowledges the hurt the writer caused (guide step 5); a note
 * to someone in a new relationship acknowledges that relationship (step 4). Broad on purpose:
 * any honest acknowledgement counts.
 */
import type { PhraseList } from './phrase-types';

export const ACKNOWLEDGEMENT: PhraseList = {
  /**
   * An apology owed and made now, whose "never" is the admission: "I've never properly said sorry for it.
   * I'm saying it now", "I have never properly asked your forgiveness for that, and I am asking now".
   */
  owed: {
    patterns: [
      '(never|not) (properly|really|truly|once|) (said|told you|apologised|apologized|said sorry) ' +
        '(sorry|how sorry|properly how sorry|for it|for that|$)',
      '(never|not) (properly|really|truly|once|) (asked|begged) (for|) (your|) (forgiveness|pardon)',
      '(never|not) said properly how sorry',
    ],
    negatable: false,
  },
  hurt: {
    patterns: [
      '(i|) (apologise|apologize|apologised|apologized)',
      '(my|) apologies',
      // "Please accept my apology", "I owe you an apology".
      '(accept|owe you|owe you an|offer you|offer you my|offer my|send my|make my|make an|make you an) (my|' +
        'sincere|sincerest|heartfelt|humble|deepest|) apology',
      'i caused (you|so much|a lot of|all that|the) (pain|hurt|grief|heartache|harm|damage|trouble)',
      'i should (never|not) have (left|said|done|lied|cheated|walked|gone|treated|hurt|ignored|ghosted|' +
        'disappeared|shouted|broken)',
      'i should have (been|told|listened|stayed|called|said|treated|shown|stood)',
      'i (@hurt|hurt) you',
      '(wrong|unfair|cowardly|cruel|selfish|unkind|thoughtless|careless|mean|dishonest|stupid|weak) of me',
      '(it|that|this|what i did|my (behaviour|behavior|jealousy|temper|drinking|lying|silence|leaving|absence|' +
        'words|actions|choices|cheating)) (hurt|hurts|wounded|humiliated|caused|cost|broke|embarrassed) (you|' +
        'your)',
      '(caused|cost|gave) you (great|so much|a lot of|such|real|deep|terrible|) (pain|hurt|grief|heartache|' +
        'embarrassment|humiliation|harm)',
      'i @hurt',
      '(the|all the|how much|so much|what) (pain|hurt|damage|harm) i (caused|did|gave|brought|inflicted|put ' +
        'you through)',
      '(it was|that was|was|is|it is) (all|) my fault',
      'my (fault|mistake|mistakes|part in|part)',
      'i (was|am|have been) (wrong|to blame|at fault|selfish|unfair|careless|thoughtless|cruel|unkind|a coward)',
      'i regret',
      'forgive me',
      'forgiveness',
      '(i|) take (full|) (responsibility|the blame)',
      'i own (that|what i did|my part|it)',
      '(i am|i feel|i was|i have been|i have felt|i felt) (so|deeply|very|) ashamed',
      // "I've never forgiven myself for the look on your face", "because of one thing I did".
      '(never|not|can not|could not|can never|will never) (forgiven|forgive) myself',
      'because of (one thing|something|the thing|what|things|everything) i (did|said|chose|decided)',
      'what i did',
      'i (treated|handled) (you|it|things|that|us|the breakup|the end) (badly|poorly|wrong|wrongly|unfairly|' +
        'terribly|carelessly)',
      'i (messed|screwed) (up|it up|things up)',
      'i broke (your|our)',
      'i (let|left) you',
      'how i left',
      'i (know|realise|realize|understand|see) (now|) (that|) (i|how much|how badly)',
      'you did not deserve',
      'i (was|have been|had been) not (fair|kind|honest|there for you|a good partner|good to you|careful|' +
        'thinking|myself|the person you deserved)',
      'i (wish|hope) i had (treated|been|done|handled|listened|stayed|said|told|acted|behaved)',
      '(it is|that is|that was|it was|this is) on me',
      '(who|that) hurt you',
      'i (behaved|acted|reacted|handled things|ended things|ended it|left) (badly|terribly|poorly|selfishly|' +
        'cruelly|unfairly|carelessly|so badly|the way i did|like that|without)',
      'i (know|realise|realize) (how|that|what) i',
      'i (broke|ended) (up with you|things|it) (badly|cruelly|without|by|over|in the worst)',
      'you deserved better',
      // "leaving without a word hurt you badly", "I know they wounded you", "I made it worse".
      '(hurt|wounded|upset|humiliated) you (badly|deeply|so much|so badly|terribly|a lot|more than|very much)',
      '(they|those words|these words|my words|those things|what i said|what i wrote) (hurt|wounded|upset|' +
        'humiliated|stung|cut) you',
      'i made (it|things|that|everything) (worse|harder)',
      '(caused|cost|gave) you (a great deal of|a lot of|so much|much|no end of) (pain|hurt|grief|heartache|' +
        'sorrow|distress|trouble)',
      'i said (some|such|those|) (unkind|cruel|hurtful|nasty|terrible|awful|horrible|mean|untrue|unfair|' +
        'spiteful) things',
    ],
  },
  /** The writer knows of the new relationship. */
  relationship: {
    patterns: [
      '(you|you two) and * (are|seem|seem to be|have been|got|are now|look|looked) (together|happy|so happy|' +
        'dating|seeing each other|a couple|engaged|married|in love|great together|good together|official|' +
        'expecting)',
      'you (are|have been|are now|were) (seeing|dating|with|together with|in a relationship|engaged|married|' +
        'happy with|moving in|living with|going out with)',
      '(your|the) (new|) (relationship|girlfriend|boyfriend|partner|wife|husband|fiance|fiancee|bride|groom|' +
        'engagement|wedding)',
      '(happy|glad|pleased|thrilled|delighted) for (you|you both|you two|both of you|the two of you|the pair of you)',
      'for (you and|the two of you|you both|both of you|the pair of you)',
      'you (two|both)',
      'the two of you',
      'the pair of you',
      // "You and Nana Ama are living together now", "moved in together".
      '(living|live|moved in|moving in|move in) together',
      'both of you',
      'i (heard|know|found out|learned|learnt|was told|have heard|hear|saw) (about|that you|you|the news)',
      'told me (about|that you|you)',
      // "Heard about you and Jess", with the "I" dropped.
      '(heard|hearing|found out|learned|learnt) (about|that) (you and|you two|you both|the two of you|you are with)',
      '(you have|you) (found|met) (someone|somebody|someone special|someone new)',
      '<partner>',
      '(seeing|dating|with) someone (new|)',
      '(moved|moving) on (with|)',
      '(congrats|congratulations) on (you and|your engagement|the engagement|your wedding|the wedding|your ' +
        'relationship|your marriage|the marriage|your new (relationship|partner|girlfriend|boyfriend|man|woman|' +
        'love|romance|fiance|fiancee|wife|husband))',
      '(you|you two|you and *) (are|seem|seem to be) (going strong|getting serious|serious|loved up|very happy|' +
        'so happy|really happy)',
      'i (know|can see|see|hear|can tell) how (much|happy) you (love|adore|are with|make)',
    ],
  },
  /** The writer says they are fine with it (guide step 4): mentioning the relationship is not enough. */
  approval: {
    patterns: [
      '(happy|glad|pleased|thrilled|delighted|chuffed|made up) for (you|you both|you two|both of you|the two ' +
        'of you|the pair of you|the pair|u|ya)',
      '(i am|i feel|i really am|i am honestly|i am truly|i am genuinely|i am completely|i am totally|i am ' +
        'perfectly) (okay|ok|fine|at peace|happy|good|glad|alright|all right|cool|comfortable|genuinely happy|' +
        'really happy|at ease|settled|content) (with|about) (it|that|this|you two|you both|you being|how things|' +
        'your|the news|it all|all of it|everything|you and)',
      '(it|that|this) (is|really is) (fine|okay|ok|alright|all right) (by|with) me',
      '(it|that) does not bother me',
      '(i|) (fully|really|truly|) respect (that|it|your|what you|you two|the relationship)',
      '(congrats|congratulations) (on|to) (you|your|the two of you|you both|both of you|the pair of you)',
      '(congrats|congratulations) (on|to) (your|the) (engagement|wedding|relationship|marriage|new relationship)',
      // "Good on ya, I'm sweet with it", "all good on my end", "zero weirdness from me", "I accept it".
      'good on (ya|you|you both|you two|the pair of you)',
      '(i am|am|im) (sweet|cool|chill|good|fine|okay|ok|happy|at peace) with (it|that|this|it all|all of it)',
      '(all good|all fine|no hard feelings|no bad blood|no awkwardness|no weirdness|zero weirdness|no drama|no ' +
        'worries) (on my end|on my side|from me|from my side|here|at all|$)',
      'i (accept|have accepted|fully accept|respect) (it|that|this|that you|you two|you both|your relationship)',
      '(i have|i) made (my|) peace with (it|that|this|how things)',
      '(she|he|they|<partner>) (makes|make|seems to make|seem to make|made) you (so|really|) happy',
      '(glad|happy|pleased|relieved|delighted) (that|) you (are|have|have found|found|seem) (happy|so happy|' +
        'doing well|in a good place|loved|with someone|someone)',
      '(she|he|they|<partner>) (seems|seem|sounds|sound|looks|look|is|are) (so|really|very|) (lovely|great|' +
        'wonderful|nice|kind|good for you|lucky|fun|sweet|perfect for you|a good match|good together)',
      '(you|you two|you both) (look|looked|seem|seemed) (so|really|very|) (happy|good|great|sweet|lovely|' +
        'perfect) together',
      'i wish (you|you both|you two|the two of you|both of you) (well|every happiness|all the best|happiness|' +
        'the best|joy|luck)',
      '(that is|what) (so|really|such|) (good|brilliant|wonderful|great|fantastic|lovely|amazing) (news|to hear|$)',
      // "Fine with it though.", "Cool with it and all.": the "I'm" left out.
      '(totally|really|honestly|completely|genuinely|all|) (fine|okay|ok|cool|chill|sweet|grand|alright|all right|at ' +
        'peace) (with|about) (it|that|this|it all|all of it|you two|you both|the news|$)',
      'i am at peace',
      'i am (really|genuinely|truly|) (happy|glad) (you have|you found|for)',
      'you deserve (to be happy|happiness|it|this|someone)',
      // "Your new bride is a lucky woman", "she's a lovely girl": the partner spoken of warmly.
      '(your|the) (new|lovely|) (bride|groom|wife|husband|partner|girlfriend|boyfriend|fiance|fiancee|missus|' +
        'man|woman|lady|fella) (is|seems|sounds|must be|looks) (a|an|) (very|so|really|) (lucky|lovely|wonderful|' +
        'great|kind|brilliant|fantastic|beautiful|gorgeous) (woman|man|girl|guy|person|lady|one|bloke|fella|' +
        'catch|match|$)',
      '(she|he|<partner>) (is|seems|sounds|must be) (a|an) (very|so|really|) (lucky|lovely|wonderful|great|kind|' +
        'brilliant|fantastic) (woman|man|girl|guy|person|lady|one|bloke|fella|catch|match)',
      // A bare "Congratulations!" once the news is known.
      '(congrats|congratulations|mabrouk|mabrook|mabruk|mazel tov|felicitations) (to you both|to ' +
        'you two|to the pair of you|to ' +
        'the happy couple|to you and|you two|you both|$)',
    ],
    except: [
      '(trying|try|want|wanting|hoping|hope|going|learning|working) (to be|to feel|hard to be) (okay|ok|fine|' +
        'happy|glad|at peace)',
      // "I won't lie and say I'm happy about it": approval denied in the same breath.
      '(lie|pretend) (and say|and tell you|if i said|if i say|to be|that) (that|) (i am|i was|) (happy|fine|' +
        'okay|ok|glad|thrilled|pleased|over the moon|at peace) (about|with|for|) (it|that|this|you|you both|you ' +
        'two|)',
    ],
  },
  /**
   * Approval said not to be there ("I won't pretend I'm happy about it", "I can't accept it"), or
   * still being worked at ("I'm trying my best to be happy about it", "I'll get used to it", "it stung").
   */
  denied: {
    patterns: [
      '(trying|try|learning|hoping|working|want|wanting) (my best|hard|) (to be|to feel) (okay|ok|fine|happy|glad|' +
        'at peace|alright|all right)',
      '(get|getting|got) used to (it|that|this|the idea)',
      '(it|that|this|the news) (stung|stings|hurt|hurts|was hard|is hard|was not easy|is not easy|was a shock|' +
        'came as a shock|was a blow)',
      'i will not lie',
      '(lie|pretend) (and say|and tell you|if i said|if i say|to be|that|) (i am|i was|) (happy|fine|' +
        'okay|ok|glad|thrilled|pleased|over the moon|at peace) (about|with|for|) (it|that|this|you|you both|you ' +
        'two|)',
      '(i can not|i will not|i could not|i do not|i will never|i can never) (accept|stand|bear) ' +
        '(it|that|this|you two|' +
        'you both|you being|the idea|seeing you)',
    ],
  },
};
