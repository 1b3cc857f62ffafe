/** Remarks that belittle the new partner or expect the new relationship to fail. */
import type { PhraseList } from './phrase-types';

export const NEW_PARTNER: PhraseList = {
  'predicts-failure': {
    patterns: [
      'i give (it|them|that|this|you two|you both|the relationship|the two of you|that relationship|you guys) ' +
        '(@number|) @span',
      '(it|that|this|they|you two|the relationship|your relationship|that relationship|you both) (will not|is ' +
        'not going to|are not going to|will never|never) last',
      '(it|that|this|they|you two|you both|the relationship) (will|is going to|are going to|is bound to|are ' +
        'bound to) (fall apart|end|end soon|fail|crash and burn|fizzle out|burn out|break up|split up|be over)',
      '(when|once|after) (it|that|things|they|you two|you both|your relationship|the relationship) (ends|end|' +
        'falls apart|fall apart|fails|fail|is over|are over|break up|breaks up|falls through|fizzles out|crashes)',
      '(when|if|once) (it|that|things|this) (does not|do not|will not) work out (with|between|for) (you|them|' +
        'you two|@partnerObj)',
      '(when|once) (it|that|things) (does not|do not) work out',
      '(when|if|once) you (two|both|guys|) (break up|split up|split)',
      '(when|if|once) you (two|both|guys) (are done|get bored|realise|realize)',
      '(when|once) you (get bored|realise|realize)',
      '(i will|i am going to|i will always) be (here|waiting|around|right here) (when|for when|if|once) (it|' +
        'that|things|they|she|he|you|<partner>)',
      'while it lasts',
      // "You'll be very happy together until she gets bored", "happy for now, anyway".
      'happy (together|) (until|till|til) (she|he|they|<partner>|one of you|the novelty|the shine|the ' + 'honeymoon)',
      'happy together (for now|for the time being|while it lasts)',
      '(until|till|til|once) (she|he|<partner>) (gets|get) (bored|tired|sick) (of you|with you|$)',
      // "You'll get bored of her", "you'll soon tire of him".
      '(you will|you are going to|you are gonna|you will soon|bet you will|you will get) (soon|) (get|be|grow|' +
        'become) (bored|tired|sick) (of|with) (her|him|them|<partner>|her moods|his moods)',
      '(you will|you are going to) (soon|) tire of (her|him|them|<partner>)',
      // "I give it one season", "I'd give them six months".
      '(i give|i would give|i will give|i am giving) (it|them|that|this|you two|you both|the relationship) (one|a|' +
        'two|three|four|six|@number) (season|month|months|week|weeks|year|summer|winter)',
      // "I give it till the autumn", "give them until Christmas".
      '(i give|i would give|i will give) (it|them|that|this|you two|you both|the relationship) (till|until|til|' +
        'to) (the|) (autumn|fall|summer|winter|spring|easter|@day|the end of the (week|month|year|summer))',
      // "I don't see it lasting", "I can't picture them going the distance".
      '(i do not|i can not|i could not|i just do not|i honestly do not|i really do not) (see|imagine|picture|' +
        'expect) (it|that|this|them|you two|you both|the relationship|that relationship|the two of you) (lasting|' +
        'working out|going the distance|surviving|making it|holding up|being forever)',
      '(we both|we all|you and i both|you) know how (these things|this|it|that|things like this|rebounds) (go|' +
        'goes|ends|end|will end|turn out|usually go)',
      '(see|seeing|wonder|wondering) how long (it|that|this|they|you two) (lasts|last|will last)',
      '(it is|that is|this is|@partnerIs) (just|only|clearly|obviously|probably|surely|) (a|) (rebound|phase|' +
        'fling|distraction|mistake|temporary|a passing thing)',
      'a rebound',
      '(good luck|best of luck) with (her|him|them|<partner>|that one)',
      'you will need it',
      '(i doubt|i do not think|i can not see|i bet|i wonder if) (it|that|this|they|you two|you both) (will|' +
        'would|is going to|are going to|is gonna|can) last',
      '(you two|you both|they) (will|are going to) (break up|split|not last)',
    ],
  },
  /** Sarcastic only when the partner is the topic: "you'll never find anyone like me. Good luck with that." */
  luck: {
    patterns: ['(good luck|best of luck) with (that|all that)'],
  },
  /** Generic doubts ("if it all goes wrong") that only read as a prediction where a new relationship is in view. */
  doubts: {
    patterns: [
      '(if|when|once) (it|things|that|this|you two|everything) (all|ever|) (go|goes|went|falls|fall|turns|' +
        'turn) (wrong|south|badly|apart|pear shaped|sour)',
      '(if|when) you (ever|) (get|are) (bored|tired|sick) of (her|him|them|<partner>)',
      '(if|when|once|whenever) (she|he|they|<partner>) (ever|) (leaves|leave|hurts|hurt|dumps|dump|lets you ' +
        'down|moves on|move on|gets bored|get bored|walks away|walk away|cheats|cheat|breaks your heart|break ' +
        'your heart)',
      // Said of a name the linter cannot know is the partner's: only where a new relationship is in view.
      '(is not|are not|was never|is never) (really|exactly|even|at all|) (your type|right for you|good enough ' +
        'for you|the one for you|in your league)',
      // "Give it a year and we'll see".
      '(give|giving) (it|them|that|this|you two|you both|the relationship|that relationship|the two of you) ' +
        '(@number|) @span (and|or|tops|max|at most|at best|$)',
      // "I hope Jo knows what she's getting into": a warning about you, aimed at the partner.
      '(know|knows|knew|has any idea|have any idea|has no idea|have no idea|had no idea|realise|realises|' +
        'realize|realizes|understands) what (she|he|they) (is|are|was|were) (getting|letting) (into|herself into|' +
        'himself into|themselves into|herself in for|himself in for|themselves in for)',
    ],
  },
  /** Not accepting the new relationship: "I can't accept it", "you belong with me", "it should be me". */
  refuses: {
    patterns: [
      '(i can not|i could not|i will never|i refuse to|i will not|i just can not|i do not think i can|i am ' +
        'never going to) (accept|get used to|be okay with|be ok with|be fine with|be happy about|live with|stand|' +
        'bear|respect) (it|this|that|you being with|you with|seeing you with|the idea of you|you and|@partnerObj|' +
        'them together|you two|you together)',
      '(you|you still) (belong|belonged) (with|to) me',
      '(you|you still) (should|ought to|are meant to|were meant to) be with me',
      '(it|that) (should|should have) (be|been) me',
      '(she|he|they|<partner>) (is|are|was|were|will) (not|never|never be) (me|us)',
      'why (her|him|<partner>) (and not me|instead of me|over me|$)',
      '(do not|never) (settle|settle for) (for|) (her|him|<partner>|less)',
      // "I'm not going to pretend I accept it", "I won't pretend I'm fine with you two".
      '(i am not going to|i am not gonna|i will not|i can not|i could not|i refuse to|not going to|no point ' +
        'pretending) (pretend|claim|act like|act as if) (that|) (i|i am|i have) (accept|accepted|okay with|ok ' +
        'with|fine with|over it|made peace with|come to terms with)',
      '(i do not|i will never|i can not|i still do not|i will not ever) (accept|approve of|support|bless) ' +
        '(it|this|that|you two|you together|the two of you|your relationship|the relationship|@partnerObj)',
    ],
  },
  belittles: {
    patterns: [
      // "He was never good enough for you", "she's nowhere near good enough".
      '(she|he|they|<partner>) (is|are|was|were) (never|not ever|nowhere near|hardly|not really|never really) ' +
        '(good enough|right for you|your type|worth it|worth you|in your league|the one for you|half the)',
      '@partnerIs (so|such a|kind of|kind of a|sort of|sort of a|a bit|a bit of|a little bit|a little|a bit of ' +
        'a|really|pretty|totally|clearly|obviously|quite|rather|a total|such|) @negAdj',
      // "Jamie's kind of a bore": a possessive-looking "'s" on the partner's name is usually "is".
      '<partner> (so|such a|kind of|kind of a|sort of|sort of a|a bit|a bit of a|a little|really|pretty|' +
        'totally|clearly|obviously|quite|rather|a total|such) @negAdj',
      // Comparisons that put the writer above the partner: "you looked so much happier with me".
      'you (looked|seemed|were|are|was|used to be|always looked|always seemed|sounded) (so much|much|way|a lot|' +
        'far|) (happier|better|more relaxed|more yourself|more alive|more fun|more like yourself) (with me|when ' +
        'you were with me|when we were together|when you had me|back when we were together)',
      '(she|he|they|<partner>) (seems|seem|looks|look|sounds|sound|seemed|looked|sounded) (so|kind of|a bit|' +
        'really|pretty|a little|) @negAdj',
      // "A curious choice of co-tenant", "he's a brave choice".
      '(brave|bold|curious|interesting|odd|strange|questionable|unusual|surprising|funny) choice of (partner|' +
        'husband|wife|man|woman|boyfriend|girlfriend|fiance|fiancee|co tenant|cotenant|tenant|flatmate|companion|' +
        'date|fella|bloke)',
      '(she|he|<partner>) (is|was|seems|seemed) (a|an|quite a|rather a|such a) (brave|bold|curious|interesting|odd|' +
        'strange|questionable|unusual|surprising|funny) choice',
      // "I did not think spreadsheets were your type".
      '(i did not|i never|i would not have|i would never have) (think|thought|guessed|figured|imagined|pictured) ' +
        '** (was|were|would be) your type',
      'what (do|does|did) you (even|) see in (her|him|them|<partner>)',
      'what you (even|) see in (her|him|them|<partner>)',
      '(i do not|i can not) (see|get|understand) what you see in',
      '(you could|you can|you would) do (so|much|a lot|way|) better',
      'you deserve (so|much|a lot|way|) better than (her|him|them|<partner>|that|this)',
      '(she|he|they|<partner>) (is|are) (not|nothing) (like me|good enough|right for you|your type|special|' +
        'that great|all that|worth it|half the)',
      '(she|he|they|<partner>) (will|can|could|does|do|will ever) (never|not) (love|understand|know|make|treat|' +
        'get) you (like|the way|as well as) (i|me)',
      '(she|he|they|<partner>) (does not|do not|will not|can not|will never|never|could never|can never) (even|' +
        ') (make|makes) you (laugh|smile|happy|feel) (like|the way|as)',
      '(no one|nobody) (will|can|could|) (ever|) (love|loves|know|knows|understand|understands|get|gets|treat|' +
        'treats) you (like|the way|as well as) i (do|did|can|could)',
      'i know you better than (she|he|they|<partner>) (does|do|ever will|$)',
      '(does|do) (she|he|they|<partner>) (even|) (know|get|make|understand|love|deserve) you',
      '(she|he|they|<partner>) (is|are) (just|only|clearly|obviously) (using you|after your|in it for)',
      '(enjoy|have fun with) (her|him|them|<partner>) while',
      '(she|he|they|<partner>) (does not|do not|will never|did not|could never) deserve you',
      '(i am|i was) (better|prettier|smarter|funnier|hotter|nicer|kinder) than (her|him|them|<partner>)',
      '(she|he|they|<partner>) (can|could|will) (never|not) (replace|compare to|measure up to) (me|what we had|us)',
      '(she|he|they|<partner>) (will|is going to|are going to) (hurt|leave|cheat on|dump|get bored of|break|' +
        'use) (you|your heart)',
      // "He'll drop you the minute someone shinier turns up" (not "he'll drop you at the station").
      '(she|he|they|<partner>) (will|is going to|are going to|will soon|will just) (drop|ditch|dump|trade you ' +
        'in|walk all over) (you|) (for|the minute|the moment|the second|like a|as soon as|when|once|$)',
      // "One does wonder what you find to talk about", "what do you two even talk about?".
      '(wonder|wondering|wonders|wondered|curious|baffled|puzzled|mystery) (about|as to|) what you (two|both|' +
        'guys|) (find to talk about|have in common|could possibly|can possibly|see in)',
      'what (do|does|did|would|could|can) you (two|both|guys|) (even|possibly|ever|) (find to talk about|have ' +
        'in common)',
      'what (do|does|did|would|could|can) you (two|both|guys|) (even|possibly) talk about',
      '(what|who) (is|was) (she|he|<partner>) (again|anyway)',
      '(your|the) new (girlfriend|boyfriend|partner|man|woman|guy|girl) (is|seems) (so|a bit|kind of|) @negAdj',
    ],
  },
};
