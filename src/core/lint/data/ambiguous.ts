/** Hedged or mixed intent: the reader cannot tell whether friendship or romance is meant. */
import type { PhraseList } from './phrase-types';

export const AMBIGUOUS: PhraseList = {
  hedge: {
    except: [
      // "My best friend and partner in crime": a pal.
      '(my|best) friend (and|) (also|) (kind of|sort of|) (my|) partner in crime',
      // "A friend who knows where the figs are": a relative clause, not a shrug.
      '(a|the|someone|somebody|anyone|friend|one|person|man|woman|he|she|anybody|nobody|everyone) who knows ' +
        '(what|where|if)',
      // "The only one left who knows what I lost": a clause, not a shrug.
      '(left|else|alive|still) who knows (what|where|if)',
      // A prediction about the new partner: "give it a winter and we'll see how long she stays".
      'give it (a|an|one|two|three|six|till|until) ** (we will|and we will|we shall) see',
      'we will see how long',
      // The letter itself: "never much of a letter writer, so you'll have to take this as it comes".
      '(you will|you would|you will just|you will have to|you have to|you would have to) take (it|this) as it comes',
      // The writer's own doing or day: "I let it happen", "it broke something between us", "not sure how to start".
      '(i|we) let it happen',
      '(broke|broken|break|damaged|ruined|lost|killed) something between us',
      '(not sure|no idea|do not know) how (to start|to begin|to write|to say|to put|i am supposed to|i will)',
      // Amends or help on the reader's terms: "make amends in whatever way you'd find useful".
      '(amends|make it up to you|make up for it|help|support) ** in whatever way',
      'in whatever way you (would|will|might|may|can) (find|need)',
    ],
    patterns: [
      '(see|seeing|find out|finding out|figure out) (where|what) (it|this|things|we|life|that|this thing) ' +
        '(goes|go|leads|lead|takes us|take us|ends up|end up|happens|might go|could go|will go|is going)',
      'see what happens',
      'see where (it|this|things) (goes|go|leads|lead)',
      'whatever (that|this|it|we) (means|mean|turns out to be|becomes|become|end up being|ends up being|turns ' +
        'into|turn into|grows into|leads to)',
      // "Let us see what God will do", "we'll see what fate has in store".
      '(let us|we will|we shall|we can|and) (just|) see what (god|allah|fate|life|time|the future|the universe) ' +
        '(will do|does|has in store|has planned|brings|will bring|holds|decides|wants)',
      'whatever (this|it|that|we) (is|are) $',
      'whatever (this|it) is between us',
      '(we will|we can|we could|let us|we would|we might) (figure|work|sort) (it|this|things|that|the rest|' +
        'everything) out',
      'figure (it|this|things|the rest) out (together|as we go|later|along the way)',
      '(take|taking|see how) (it|things|this) (slow|slowly|one (day|step) at a time|as (it|they) (come|comes)|' +
        'from there)',
      'one (day|step) at a time',
      'who knows (what|where|maybe|if|$)',
      '(maybe|perhaps|possibly) (friends|as friends|more|as more|as something more|something more|we could be more)',
      '(friends|friendship) (or|and maybe|and possibly|and perhaps|or maybe) (more|something more|something ' +
        'else|whatever|who knows)',
      '(friends|friendship) for now',
      '(open|open to|open for) (anything|whatever|more|something more|all possibilities|possibilities|what ' +
        'comes|whatever comes|whatever happens|wherever it goes)',
      '(we will|we shall|we will just) see',
      'let (it|things) (happen|unfold|take (its|their) course|be what (it|they) (is|are|will be))',
      'whatever happens happens',
      '(go|play it|going) with the flow',
      'keep (my|our) options open',
      '(not sure|unsure|do not know|not certain) what (i|we) (want|are|mean|should be|could be|would be) (to ' +
        'each other|anymore|now|together|$)',
      '(be|being|get|getting|grow|feel|become) close again',
      '(in|on) whatever (way|terms) (you|works|feels)',
      '(whatever|however) you want (us|this|it) to be',
      'whatever we (are|become|end up)',
      '(no|without) labels',
      '(something|somewhere) in between',
      'it is complicated',
      '(whatever|anything) (this|it) (could|might) (be|become)',
      'wherever (it|this|life) (takes|leads) us',
      '(can not|could not|do not know how to|can never) (say|tell|decide|choose) which (i|one i|is more|' +
        'matters|way|to)',
      'part of me (wants|still wants|wishes for|hopes for|would like|longs for) (more|something more|more than ' +
        'that|more than friendship)',
      '(find out|see|know|explore|discover) what we (could|might|can|would) be',
      '(might|may|could) (still|) be something (there|between us)',
      'something (still|) (there|between us)',
      'whatever (is|was) (still|left|) (there|between us)',
      '(do not|need not|no need to) (have to|) (call|label|name) (it|this|us) (anything|something)',
      '(a|as a|your) friend or (more|something more|more than that)',
      '(be|being) a thing again',
      '(or|and) (like|) something $',
      '(i am|i am just) not sure how',
      'what (we|this|it) (could|might) (become|turn into|be)',
      // "Could we try getting some of it back?": part of what we had, without saying which part.
      '(some|a bit|a little|part|any|bits) of (what we had|what we were|us|the old us) back',
      '(try|trying|tried) (getting|to get|to have|having) (some|a bit|a little|part|any|bits) of (it|that) back',
      // "Whatever's still there between us" (the "'s" is read away).
      'whatever (still|left) (there|between us)',
      // "My friend, my lover, my everything": both roles at once.
      '(my|best) friend (and|) (also|) (kind of|sort of|) (my|) (lover|partner|soulmate|soul mate|boyfriend|' +
        'girlfriend|everything|whole world|one true love|true love)',
      '(my|) (lover|partner|soulmate|soul mate|everything) (and|) (also|) my (best|) (friend|mate|pal)',
      // "I'd like us to be something again", "maybe we could start over and see".
      '(be|being) something (again|to each other)',
      '(start over|start again|start afresh|try again) and see (what|where|how|$)',
      // The door left open for when their relationship ends: "when it all falls apart, you know where I am".
      '(when|if|once) (it|this|things|that|you two|it all) (all|ever|) (falls|fall|goes|go|went) (apart|wrong|south)',
      '(if|when|once) (it|this|things|that|you two) (ever|) (does not|do not|did not|stops|stop) (work|working) out',
    ],
  },
};
