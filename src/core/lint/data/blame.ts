/** Blame: guilt-tripping and accusation, which turn an apology into a bill. */
import type { PhraseList } from './phrase-types';

export const BLAME: PhraseList = {
  'guilt-trip': {
    patterns: [
      'after (all|everything) (that|) i (did|have done|had done|do|gave|have given|sacrificed|went through|put ' +
        'up with|gave up) (for you|$)',
      'after (all|everything) (that|) i (did|have done|gave|sacrificed)',
      // "After all the years I gave you", "after everything I put into us".
      // The bill must be addressed to the reader: "after all the time I spent thinking" is no guilt trip.
      'after (all|) (the|those|these|all the|all those|everything|@number) (@span|time|effort|love|sacrifices|' +
        'chances|support|money|energy) (that|) i (gave|put|spent|wasted|invested|sacrificed|have given|have put|' +
        'have spent|have wasted|devoted|poured) (you|to you|on you|into us|into you|into this|into our ' +
        'relationship|into it|in us|in you|with you|for you|on us|$)',
      'i (gave|have given|sacrificed|wasted) (you|) (everything|so much|my best years|years of my life|the ' +
        'best years of my life)',
      '(is|was) (it|that) (too much|so much) to ask',
      'the least you (could|can) do',
      'you (could|can) (at least|have at least)',
      'you owe (me|it to me)',
      'how could you',
      'how dare you',
      'you (should|should not) have',
      'you could have (tried|been|done|said|listened|called|told|fought|made)',
      'i (did|gave|sacrificed|have done|gave up) (everything|so much|all of it|it all|my life) for you',
      'if (only|) you (had|would have) (listened|tried|stayed|been honest|cared|paid attention|fought for us|' +
        'fought for me)',
      'you (never|do not|did not) (even|) (care|cared|listen|listened|try|tried|appreciate|appreciated|' +
        'understand|understood|love|loved|support|supported|make time|made time|think about me|thought about me|' +
        'bother|bothered|respect|respected)',
      'you (have not|did not|could not|can not) even (replied|reply|answered|answer|called|call|written|write|' +
        'texted|text|bothered|bother|be bothered|said goodbye|say goodbye|looked at me)',
      'i hope you are happy now',
      'i hope (she|he|they|it|<partner>) (is|was|are|were) worth it',
      '(thanks|thank you) for nothing',
      'because of you i',
      'look what you (did|have done|made me)',
      '(this is|it is|it was|that is|that was) (all|) your fault',
      '(all|) your fault',
      'you (made|make|forced) me (do|feel like|leave|cry|do this|do that|act|like this|say|look like|this way|' +
        'lose|miserable|feel small|feel worthless|feel stupid|feel crazy|doubt myself)',
      'if you (really|ever|truly) (cared|loved me|cared about me)',
      'if you had (cared|loved me|cared about me)',
      'you (will|would) regret (this|it)',
      'i (hope|bet) you (feel|are) (bad|guilty|sorry|ashamed)',
      'you (broke|ruined|destroyed|wrecked) (me|my life|my heart|everything|us|it|what we had|our relationship)',
      // The bill read out: "everything I gave up for you", "all the parties I organised for you".
      '(everything|all|all that|all the things|so much) (that|) i (gave up|sacrificed|did|put up with|went ' +
        'through|have done|have given up|have sacrificed|gave) for (you|us)',
      'all (the|those) (parties|meals|dinners|favours|favors|things|lifts|bills|birthdays|holidays|sacrifices|' +
        'compromises|hours|nights|years|weekends) (that|) i (organised|organized|arranged|paid for|paid|covered|' +
        'sacrificed|gave up|put up with|planned|booked|did) for you',
      'i spent (@number|all those|those|so many|the best|all my|my) (@span|years|best years) (helping|building|' +
        'fixing|teaching|changing|supporting|making|shaping|looking after|taking care of|cleaning up after|' +
        'carrying)',
      // "Is it that hard to reply?", "would it kill you to say sorry?"
      'is it (that|so|really that|really so) (hard|difficult|much) to',
      'would it (kill|hurt) you to',
      'how (hard|difficult) (is|was|can) it (be|) to (send|reply|answer|text|call|write|say|pick up)',
      'sorry (if|that) my (feelings|existence|messages|texts|needs|birthday) (were|are|was|is) (an ' +
        'inconvenience|a burden|too much|inconvenient|a bother)',
      '(i guess|i suppose|guess|fine|so) i will (just|) (be|stay|spend it|sit here|stay home) (on my own|alone|' +
        'by myself|then)',
      '(i guess|i suppose|guess|suppose) i will (just|) ** (on my own|alone|by myself)',
      '(it|) (took|takes|has taken) you (all of|just|only|barely|less than) ** to (replace|forget|move on|get ' +
        'over|find someone)',
      'how little you (were around|were there|helped|cared|did|tried|listened|called|gave)',
      '(i guess|i suppose|guess) i (do not|did not|never) (matter|count|mean anything)',
      '(was i|am i) (just|only|nothing but|never more than|ever more than) (a|an|your) (convenience|option|' +
        'placeholder|stopgap|backup|plan b|phase|experiment|rebound|distraction|game|project)',
      'i (guess|suppose) (it|any of it|none of it|that) (did not|does not|never) (count|matter|mean anything)',
      '(i|) (just|) need you to (admit|acknowledge|own up|take responsibility|apologise|apologize|say sorry)',
      // "Was I really that forgettable?", "am I so easy to replace?"
      '(was|am) i (really|just|) (that|so|this) (forgettable|replaceable|disposable|unimportant|insignificant|' +
        'expendable|easy to (forget|replace|leave|drop|ditch|ignore))',
    ],
    except: [
      'you (should|should not) have (to|heard|seen|been there)',
      // Fear for them, not a charge: "you could have been hurt".
      'you (could|might) have (been|got|gotten) (hurt|killed|injured)',
      'you could at least (try|have) (the|some) (cake|soup)',
      'you owe me nothing',
      'how could you not (love|like|adore|enjoy|want|laugh)',
      'i hope you are happy now (truly|really|genuinely|honestly|sincerely|whatever)',
    ],
  },
  accusation: {
    patterns: [
      // Insults the lexicon does not hold, and the verbless "u a whole clown".
      '(you are|you were|you) (a|an|such a|a right|an absolute|a total|a whole|a proper|) (jagoff|bawbag|bludger|' +
        'wazzock|scrounger|sponger|freeloader|mooch|moocher|waster|wastrel|numbskull|nitwit)',
      '(u|you) (a|an) (whole|total|absolute|proper|right) (clown|joke|mess|fraud)',
      // Responsibility demanded of the reader: "you need to own your bit", "at least own it".
      'you (need|needed|have|had|ought|got|should) to own (it|up|your (part|bit|share|side|mistakes|stuff))',
      '(at least|just) own (it|up|your (part|bit|share|side))',
      'you (never|did not|would not|could not|can not|will not|refuse to|refused to) own (it|up|your (part|bit|' +
        'share|side|mistakes))',
      // Innocence denied: "let's not pretend you were some angel", "you were no saint either".
      '(let us not|do not|stop|quit|no need to) (pretend|pretending|act|acting) (like|as if|that|) you (were|was|' +
        'are) (some|an|a|the|so|) (angel|saint|innocent|blameless|perfect|victim)',
      'you (were|was|are|were not|was not) (no|not|not exactly) (a|an|some|) (angel|saint|innocent)',
      // A tally by inversion: "not once did you say thank you".
      '(not|never) (once|one time|even once) did you',
      // Feelings laid at the reader's door: "you always made me feel thick".
      'you (always|never|constantly|just|really|often|only|) (made|make|left) me feel (thick|small|stupid|worthless|' +
        'useless|like nothing|like dirt|unwanted|invisible|like a fool|like an idiot|ugly|inadequate|unloved|' +
        'like rubbish|like crap|like shit|like a burden|like a failure|crazy|mad|insane|unsafe|alone|' +
        'like an afterthought|second best|second rate)',
      // Blame named without a name: "you know who's really to blame".
      '(you know|we both know|everyone knows|everybody knows|you and i know) (exactly|full well|) who (is|was) ' +
        '(really|actually|truly|) (to blame|at fault|responsible)',
      'you know (full well|exactly|damn well|fine well|) what you (did|done|have done)',
      // Faults filed under "your": "your narcissistic tendencies", "your lies".
      'your (narcissistic|selfish|toxic|controlling|manipulative|abusive|cruel|childish|immature|possessive|petty|' +
        'spiteful|lazy|avoidant|cowardly|deceitful|dishonest|jealous) (tendencies|ways|behaviour|behavior|' +
        'streak|side|nature|games|habits|attitude|moods|outbursts|patterns|self|nonsense|excuses)',
      'your (narcissism|selfishness|lies|lying|cheating|gaslighting|manipulation|emotional unavailability|' +
        'coldness|laziness|mind games|cowardice|dishonesty|infidelity)',
      // Playing the victim, leaving the writer to it.
      '(stop|quit|do not|you|you always|you love to|you like to) (play|playing|played) (the|) (victim|martyr)',
      '(you|and|then|just) (pissed|swanned|buggered|fucked|sodded|waltzed) off (to|with|and)',
      '(do not|stop|quit) (play|playing|act|acting|pretend|pretending) (like|as if) you (did not|do not|never) ' +
        '(know|knew|understand|understood|see|realise|realize)',
      'you (overreacted|overreact|overreacting|over reacted|over react|over reacting|blew (it|this|things|that|' +
        'everything) out of proportion)',
      'you (pushed|push|drove|drive|shut) me (away|out|to it|to this)',
      'you (left|leave|gave) me (no choice|with no choice|no other choice)',
      'you gave up on (us|me|this|everything)',
      'you (walked away|threw (it|us|this|everything) away|started (it|this|the fight|the fights|everything)|' +
        'never (gave|give|gives) (me|us|it|this|things) a (real|fair|proper|true|decent|) (chance|shot|go))',
      'you (abandoned|betrayed|lied to|cheated on|used|manipulated|ignored|neglected|humiliated) me',
      'you (lied|cheated)',
      'you (just|) (threw|tossed|cast|chucked|kicked|dropped) me (away|aside|out|to the curb|to the kerb|like)',
      // "You chose to throw away five years", "you threw away everything we had".
      // "You chose to throw away five years", "you tossed our five years out".
      'you (chose to|decided to|were willing to|were happy to|would rather|wanted to|could just|just|) (throw|' +
        'threw|toss|tossed|chuck|chucked|flush|flushed) (away|out) @wasted',
      'you (chose to|decided to|were willing to|were happy to|would rather|wanted to|could just|just|) (throw|' +
        'threw|toss|tossed|chuck|chucked|flush|flushed) @wasted (away|out)',
      'you (just|) (left|walked out|disappeared|vanished|cut me off|shut me out) (without|with no|on me|like that)',
      '(you are|you were) the reason (we|i|it|this|everything|things|our)',
      'you (ignored|ignore|have ignored|keep ignoring|kept ignoring|never answered|never returned) (me|my ' +
        '(messages|texts|calls|letters|cards|card|emails|letter))',
      'you (were|are|could be|can be|have been|always were) (so|being|such a|) (unfair|selfish|cruel|cold|' +
        'dramatic|impossible|difficult|unreasonable|controlling|jealous|insecure|immature|childish|toxic|' +
        'heartless|mean|distant|stubborn|needy|clingy|crazy|hard to love|hard to be with)',
      '(it|this|that|the breakup|the break up|everything) (was|is) (also|) your (fault|doing|problem|mess)',
      '(it|this|that|the breakup|the break up|ending it|leaving) was (also|) your (choice|decision|idea)',
      'you know (it|what you did|exactly what you did|you were wrong|it was your fault|that is true|i am right) $',
      'and you know it',
      'you (also|too|) (hurt|wronged|betrayed) me (too|first|more|as well|just as much|$)',
      'you (hurt|wronged|betrayed) me (too|first|more|as well|just as much)',
      '(we both|both of us) know (whose fault|who)',
      'it takes two',
      'you (are|were) not (innocent|blameless|perfect|a saint|an angel) (either|$)',
      'you (are|were) (just|) as (much|) (to blame|guilty|responsible|bad)',
      '(you are|you were) (the one|the reason) (who|that|why) (left|ended|ruined|broke|pushed|gave up|walked|' +
        'started|messed)',
      'you (always|never) (do|did) (this|that)',
      'you never (listen|listened|change|changed)',
      'you (always|) (ignore|ignored|dismiss|dismissed|belittle|belittled|criticize|criticized|criticise|' +
        'criticised|blame|blamed) me',
      '(you are|you have been) (ignoring|avoiding|ghosting|blocking|punishing) me',
      'you (did|started) it first',
      'you (did|said) (it|that|worse) (first|too)',
      'sorry (if|that) you (feel|felt|were|got) (hurt|upset|offended|that way|like that)',
      'sorry you (feel|felt) that way',
      'you (took|take) (it|everything) (the wrong way|too personally|so personally)',
      'you (never|did not) (even|) (said|say) (goodbye|sorry|thank you)',
      'you (never|did not) (even|) (apologized|apologised|explained|looked back|asked how i was|tried to understand)',
      '(you have to|you must|you need to|you should) (understand|see|realise|realize|accept) (that|)',
      'you (did not|never|did nothing to) (help|support me|make it easy|make it any easier|make it easier)',
      '(you have to|you must|you should|you need to|you got to) admit',
      'you made (it|things|everything|life) (so|very|really|pretty|incredibly|) (hard|difficult|impossible|' +
        'unbearable|miserable)',
      'you (never|did not) (made|make|gave|give) (it|me|us) (easy|a chance|any choice)',
      'you (misunderstood|misunderstand|never understood) me',
      // "You didn't exactly fight for us either".
      'you (did not|never|would not|could not|were not willing to) (even|exactly|really|once|) (fight|fought|' +
        'try|tried) (for us|for me|for this|to keep us|to save us|to fix (it|this|things|us)|hard enough)',
      // Sarcasm that keeps the score: "must be nice to just move on".
      'must be nice (to|being able to) (just|) (forget|move on|pretend|walk away|replace|not care|switch off|' +
        'act like|never think|be over|get over|wipe)',
      '(well done|congratulations|congrats|good for you|nice work) (on|for) (moving on|replacing me|forgetting ' +
        'me|forgetting about me|getting over me|finding someone) (so|) (quickly|fast|soon|easily)',
      'you (never|did not|have not|have never) (even|once|even once|) (asked|ask|checked|check|wondered) (how ' +
        'i was|how i was doing|how i am|how i am doing|how i felt|how i feel|if i was (okay|ok|alright|all ' +
        'right)|if i am (okay|ok)|on me|in on me|about me)',
      'you (are|were) (too|so|way too) sensitive',
      'you (were|was|have) (never|not|not once|never once|not even|hardly ever|rarely) (been|) there for me',
      'you made (my life|every day|my days|those years|the last year|it all) (a|) (living|) (hell|misery|a ' +
        'misery|nightmare|miserable|unbearable)',
      'you knew (exactly|full well|perfectly well|very well|damn well) what you were doing',
      'you (never|rarely|hardly ever|did not|did not even|never once) (had|have|make|made) (time|room|space) ' +
        'for (me|us)',
      '(it|everything|it all) (was|is|has) always (been|) about you',
      'you (gaslit|gaslighted|gaslight|were gaslighting|have been gaslighting|kept gaslighting) me',
      'i (can not|could not) believe you (would|could|did) (do this|do that|say that|treat me|lie|leave|cheat)',
      'i (will|can|could) never forgive you',
      'i (will not|can not|could not) (ever|) forgive you',
      'i (do not|can not|could not|never) (remember|recall) you (ever|once|even|) (making|doing|asking|saying|' +
        'calling|bothering|remembering|apologising|apologizing|thanking|helping|offering|putting)',
      '(not angry|not mad) (just|only) disappointed',
      'disappointed not to (receive|get|have) (a|any|your) (reply|answer|response|word|acknowledgement|line)',
      'disappointed not to hear (back|from you)',
      '(since|because|thanks to|now that|after) (someone|somebody|a certain someone|some people) (decided|' +
        'chose|wanted|could not|did not|forgot|had to|needed|kept)',
      'you (only|only ever|just) (called|texted|rang|messaged|came round|came over|got in touch|wanted me|' +
        'remembered me|talked to me|noticed me) when you (needed|wanted)',
      '(miserable|unhappy|sad|lonely|small|awful|worthless|stupid|bad) as you (made|make) me',
      '(you are|you were|you have been|you always were|you are always) (too|so) busy ** to (care|notice|bother|' +
        'remember me|think of me)',
      '(you are|you were|you have been|you always were|you are always) (too|so) busy (with|for|being|playing) ' +
        '** to (care|notice|bother|remember me|think of me)',
      'you (went|go|talked|talk|were talking|have been talking|did it|did this|planned it|lied) behind (my|our) back',
      '(you|u) (decided|chose) ** (on your own|without me|without asking me|without telling me|behind my back)',
      '(you are|you were|your) (just|really|seriously|actually|) (going to|gonna) (ignore|ghost|block|forget ' +
        'about|pretend|act like)',
      'you (did not|never|could not|would not) (even|) (see fit|have the decency|have the courtesy|have the ' +
        'common decency|have the guts|have the balls|have the nerve|have the respect|be bothered) to',
      'did not see fit to',
      '(nobody|no one|no body) (left|else|around) to blame',
      'blame (me|everyone|everybody|others|other people|the world) for everything',
      // Blame shifted onto the writer, and the reader's share denied: "you've been telling people I was the one
      // who gave up", "because it's easier than admitting your part".
      'you (have been|keep|kept|are|were|go|went|have gone|been) (around|round|about|) telling (people|everyone|' +
        'everybody|our friends|all our friends|mutual friends|anyone|folk|folks|them|others|the kids) (that|) (i ' +
        'was|i am|i have been) the one (who|that) (gave up|left|ended|cheated|lied|walked|ruined|quit|broke|' +
        'started|messed|dumped|wrecked|pushed|gave it up|ended it)',
      'you (have been|keep|kept|are|were|go|went|have gone|been) (around|round|about|) telling (people|everyone|' +
        'everybody|our friends|all our friends|mutual friends|anyone|folk|folks|them|others|the kids) (that|) (it ' +
        'was|it is|everything was|the breakup was) (all|) my (fault|doing|idea)',
      '(easier|simpler|more convenient|less painful) than (admitting|admit|owning|owning up to|facing|accepting|' +
        'taking responsibility for) (your|that you|you were|you did)',
      '(never|will not|would not|can not|could not|refuse to|refused to|still will not) (admit|own|own up to|' +
        'accept|take responsibility for|face) your (part|share|role|fault|mistakes|side of it)',
      // Contempt in stock phrases: "you made a fool of me", "you didn't give a toss", "the nerve of you".
      'you (made|make|have made) (a fool|a mug|a laughing stock|an idiot|a joke|a right fool|a complete fool) (of|' +
        'out of) me',
      '(you|u) (did not|do not|never|could not|would not|have never) (even|) give (a toss|a damn|a shit|a fuck|' +
        'two hoots|a hoot|a monkeys|a flying fig|a rats arse) (about me|about us|about what i|$)',
      '(you|u) (could not|could not have) (care|cared) less (about me|about us|about how i|$)',
      '(the|) (nerve|audacity|gall) of you',
      'you (have|have got|had|got) (some|a lot of|quite a|real|a bloody) (nerve|gall|audacity)',
      // Not "you had the nerve to jump out of that plane": courage, not cheek.
      'you (had|have|have got) the (gall|audacity) to',
      // Gone when needed: "you walked away when I needed you most".
      'you (walked away|walked out|left|disappeared|vanished|bailed|ran off|ran away|were not there|were never ' +
        'there|were nowhere to be (seen|found)|went missing|checked out|went quiet) (just|right|exactly|) (when|' +
        'the moment|the minute|just as) i (needed|most needed) you',
      'while i (picked|was picking|pick|am picking|was left picking|was left to pick) up the pieces',
      'while i (cleaned|was cleaning|clean|am cleaning|was left cleaning) up (the|your) mess',
      'left me to (pick up the pieces|clean up (the|your) mess|deal with (it all|everything|the mess|the fallout|' +
        'the debt|the bills)|sort it (all|) out)',
      '(what|who) (made|told) you (think|that) you (could|can) (just|simply)',
      // "It was you who destroyed our family", "the year which you ruined".
      '(it is|it was) (you|u) (who|that) (destroyed|ruined|broke up|wrecked|ended|cheated|lied|walked out|gave up|' +
        'threw away|messed up|started it)',
      '(which|that) you (ruined|wrecked|spoiled|spoilt|destroyed|trashed|threw away|wasted|binned) $',
      '(sweep|sweeps|sweeping|mop|mops|mopping|pick|picks|picking|clear|clears) up after you',
      '(everybody|everyone) else (sweeps|cleans|picks|has to|pays|suffers|cleans up)',
    ],
  },
  /** Spite, sarcasm and snide asides: "hope you're proud of yourself", "not that you'd remember". */
  sarcasm: {
    patterns: [
      // A past wrong thrown in: "don't throw this one under the bus the way you did me".
      '(the way|like|same as) (you|u) did (me|to me) $',
      // Their good news set against when the writer needed them: "shame you couldn't run that fast when I
      // needed a lift home".
      '(you|u) (could not|did not|never|would not|were not|was not) ** when i (needed|asked|begged|was begging)',
      // Ingratitude: "amazing what people achieve when they forget who helped them".
      '(forget|forgot|forgotten|forgetting) who (helped|stood by|supported|paid for|carried|taught|looked after)',
      // Happiness begrudged: "glad one of us is happy".
      'glad (one of us|at least one of us) is (happy|having fun|doing well|sleeping well|moving on|doing fine|' +
        'living it up)',
      '(i|) (hope|bet|guess) (you are|you were|you feel|you are feeling|you have been|you will be) (so|really|' +
        'very|) (proud|pleased|happy|satisfied|chuffed|smug) (of|with) (yourself|you)',
      '(you must be|bet you are|i bet you are|you should be) (so|really|very|) (proud|pleased) (of|with) yourself',
      '(i|) hope (you are|you were|you feel) (happy|satisfied|pleased) with yourself',
      '(you|u) (happy|satisfied|pleased) now',
      '(i|) hope (it|that|she|he|they|<partner>|this|the move|the new job|your new life) (was|is|will be) worth it',
      '(i|) hope (she|he|they|<partner>|it) (is|was) worth (it|throwing|losing|ruining|wrecking|giving up|all)',
      'worth throwing (everything|it all|us|me) away for',
      '(enjoy|have fun with|good luck with) your (new life|freedom|new toy|little|shiny new|rebound|new plaything)',
      'good luck (finding|with finding|getting) (anyone|someone|somebody|another|a|people)',
      '(you will|you are going to|you will never|you are never going to) (never|) (find|meet|get) (anyone|' +
        'someone|somebody|another (girl|guy|man|woman|person)) (like me|who will|who would|as good|better than ' +
        'me|that will|that would)',
      '(you will|you are going to) (regret|miss me|be sorry|come crawling back|realise|realize what you lost|' +
        'see $|see who)',
      'one day you will (regret|realise|realize|see|understand|miss)',
      '(see|told you|you will see) who (was|is) right',
      '(i|) told you so',
      'who (was|is) laughing now',
      '(thanks|thank you) (a lot|so much|again) for (nothing|that|ruining|breaking|wasting|leaving|dumping)',
      'not that you (ever|even|would|will|have|did|do|could|once|) (care|cared|remember|remembered|noticed|' +
        'notice|asked|ask|bothered|bother|read|listened|listen|asked|called|care about)',
      'not that (it|i|anyone) (matters|matter|mattered) to you',
      'if you (even|ever|still) (care|remember|read this|bother|bothered|read these)',
      '(assuming|presuming|supposing) you (even|still|actually|ever|) (read|open|care|remember|got)',
      '(funny|strange|typical|weird) how (you|u)',
      '(typical|classic) (you|of you|behaviour|behavior|move|$)',
      'surprise surprise',
      '(you need to|you should|you have to|you must|it is time you|time to|you will never) (grow|grew) up',
      'boo hoo',
      'cry me a river',
      'what a (joke|coward|shocker)',
      'nice of you to (finally|at least|even|actually)',
      '(good|nice|glad|great) (of|that) you (finally|eventually|at last|) (remembered|noticed|replied|answered|' +
        'found the time|unblocked)',
      'must be nice',
      // The backhanded welcome of what they found: "glad you finally found something you can commit to",
      // "someone worth leaving your phone on for", "someone who can put up with you".
      '(finally|at last) (found|find|finding|got|met) ** (something|someone|somebody|one) (that|) (you|u) (can|' +
        'could|will|would|are willing to|are able to) (@faithfulTo)',
      '(something|someone|somebody|one) (that|) (you|u) (can|could|will|would) (finally|actually) (@faithfulTo)',
      '(someone|somebody|something) worth (leaving|keeping|putting|turning|switching) (your|the) (phone|mobile|' +
        'cell) (on|down|off)',
      '(someone|somebody|a (man|woman|girl|guy|bloke|lad|lass)) (who|that) (can|will|could|is able to) (finally|' +
        'actually|) (put up with|stand|tolerate|cope with) (you|u|your)',
      '(finally|at last) (sticking|stuck|committing|committed) (with|to|at) (something|someone|anything|a) ** ' +
        '(longer|more) than',
      // Ease put on them: "I suppose it was easier for you to remember me as the one who let you down", "I
      // guess it's easier to focus on work when you're not busy ignoring people".
      '(i suppose|i guess|suppose|guess) (it is|it was|it must be|it must have been|that is) (so|much|a lot|far|) ' +
        'easier for (you|u)',
      '(it is|it was|it must be|must be|it must have been) (so|much|a lot|far|) easier (for you|) to ** ** ** ' +
        'when (you|u) (are not|were not|have never|had never|never|do not|did not|have not|always|are busy|were ' +
        'busy|are too|were too)',
      // A charge denied in the saying: "I'm not saying it was your fault, but...", "I'm not saying you were unfair".
      '(i am|am|i was) not saying (that|) (it was (you|your|all you|all your|on you)|it is (your|all your|on you)|you ' +
        '(were|are|did|had|have|meant|planned|wanted))',
      // "This time" against the last: "I only ask that this time you will also be honest about your part",
      // "I'm sure this time you remembered to invite the people who stood by you".
      '(this time|for once) (you|u) (will|would|did|did not|do not|) (also|actually|even|) (be honest|stay long|' +
        'remember|remembered|tell|told|show up|showed up|turn up|turned up|listen|bother|bothered|make time|' +
        'invite|invited|own)',
      // Stock asides of spite: "first time for everything", "just asking.".
      'first time for everything',
      '(just|only) (asking|saying) $',
      'did not take you long',
      'at least this time (you will|you have|you get|you have got|he will|she will|he has|she has)',
      'apparently (that|this|it) was',
      // "Of course you are too busy to answer", "suddenly I'm good enough".
      '(of course|obviously|clearly) (you|u) (are|were) (too|so|always) busy',
      'suddenly (i am|i was|he is|she is|i) good enough',
      // Threats of regret in other words: "u gonna regret this", "tha'll rue the day", "you'll see what you lost".
      '(you|u|ye|tha) (are gonna|gonna|will be|are going to be) (regret|regretting|begging|knocking|crawling|' +
        'greeting|greetin|sorry)',
      'rue the day',
      'see what you (lost|threw away|binned|had|gave up)',
      'enjoy (her|him|them) while it lasts',
      'see who (bails|picks|helps|bails you out|picks up)',
      // Care waved away: "not that u'd care", "no that you'd care", "not that anyone's counting".
      '(not|no) that (you|u|ye|ya|youd|ud) (would|will|) (care|notice|remember)',
      'not that (anyone|anybody|i) (is|am|was|) counting',
      // Mock honours: "give that man an award", "what an honour".
      'give (that man|that woman|him|her|yourself|you) (an award|a medal|a trophy|a prize)',
      'what an (honour|honor)',
      '(really|very|so) impressive stuff',
      'what a memory',
      // Money kept count of: "all out of my pocket", "came out of my wallet".
      '(out of|from) my (pocket|wallet|account|purse|savings) (again|as per|every|like always|$)',
      '(all|every|each) (of it|penny|cent|time) (out of|from) my (pocket|wallet|account|purse)',
      // "Nice for some", "alright for some": ease begrudged.
      '(nice|lovely|alright|all right|great|canny nice|dead nice) for some',
      // Pious or plain: "you have no shame", "may God give you what you deserve".
      'you have no (shame|heart|conscience|decency|spine|backbone|morals)',
      '(give|gives|get|gets|getting|got) you what you (deserve|deserved)',
      'you (get|got|will get|will have|have) what you (deserve|deserved)',
      'guide you (to|towards|toward) (the|) (honesty|truth|right path)',
      'find the (courage|decency|honesty|strength|guts) to (tell|face|admit|own|say) the truth',
      // Care denied before the news: "you'll not care, but I sold the heifers", "I don't suppose that's of
      // interest to you".
      '(you will not|you would not|you do not|you probably do not|you probably will not) care (but|though|anyway)',
      '(i do not suppose|i doubt|probably not) (that is|it is|it would be|this is|that would be) (of|) (any|much|) ' +
        'interest to you',
      // Contact that comes with a need: "suddenly you remember my number", "the only time you call is when".
      'suddenly you (remember|remembered|call|called|text|texted|want|wanted|care|cared|have time|had time|need|' +
        'needed|ring|rang)',
      'the only time you (call|ring|text|visit|remember|come|see|talk to|know|bother|want|phone) ** (is|was) when',
      'what (kind|sort) (of|o) (mother|father|man|woman|person|husband|wife|dad|mum|mom|friend|human being|parent|' +
        'grown man|grown woman)',
      'same (old|) excuse (since|as always|every time|as last time)',
      '(you have|you got) time for (everyone|everybody|everything|her|him|them) (except|but|apart from) me',
      'put up with (you|your)',
      'who (would|will|could) put up with you',
      'still waiting (on|for) (that|an|your|my) (apology|sorry|explanation|answer|thank you)',
      '(clean|cleaning|cleaned|tidy|tidying) up (after you|your mess|the mess you)',
      'the mess you (left|made|caused)',
      'i (have|) forgiven you',
      'i forgive you',
      '(you are|she is|he is|they are) (welcome|more than welcome) to (him|her|my leftovers|my sloppy seconds)',
      'control your temper',
      '(running|run|ran|go|went|going) (back|) to (your|ur) (mother|mum|mom|mummy|mommy|parents|dad|mates|' +
        'friends) (every time|whenever|again)',
      '(make|made|makes|making) (it|everything|things) (all|) about (you|yourself)',
      'the (real|) victim',
      'get over yourself',
      'who do you think you are',
      'not exactly (hard|difficult|a surprise)',
      'you would (say|think|do) that',
      'you do not (get|deserve) to',
      '(you are|you were|you seem) (still|) (sulking|whining|moaning|pouting|hiding|running away|playing the ' +
        'victim|being dramatic|being childish)',
      '(still|stop) (sulking|whining|moaning|pouting|hiding)',
      'you (should|ought to) (be|feel) ashamed',
      'shame on you',
      '(you|u) (clearly|obviously|evidently) (do not|did not|never) (care|cared|bother)',
      'clearly i (do not|did not|never) (matter|mattered|count|counted|mean|meant)',
      'i see how it is',
      '(now|so) i know where i stand',
      '(good|nice|glad|great) to know where i stand',
      '(clearly|obviously|evidently|i guess|guess) i (was|am) (never|not) (a|your|) (priority|important|enough|' +
        'first choice)',
      'hope (you|u) (are|r) (enjoying|loving) (it|yourself) (with her|with him|with them|now)',
      '(i am|i was) (nothing|just) (a|an) (convenience|option|placeholder|stopgap|backup|plan b|phase|experiment)',
      '(i|) hope (you are|you were|you feel|your) (pleased|satisfied|proud|chuffed|smug) (now|$)',
      '(do not|dont) (strain|overexert|exert) yourself',
      '(do not|never) let (that|it|me|this|my) ** (spoil|ruin) (yours|your)',
      'oh wait (you|u) (did not|never|have not|could not|can not|do not)',
      '(i|) (hope|hopefully) (you have|you) (finally|) (grown up|matured)',
      '(thanks|thank you|cheers) (a lot|so much|again|) for (ruining|wrecking|spoiling|wasting|destroying|' +
        'breaking my heart)',
      'what kind of (person|man|woman|human being|human|friend|partner) (does|would do|says|would say|could ' +
        'do) (that|this|something like that)',
      '(amazing|funny|incredible|interesting|impressive) what you can (do|achieve|manage) when you',
      'when you (actually|finally) (try|bother|put|make|want|care|listen)',
      'do not put yourself out',
      '(wow|oh wow|gosh) (a whole|all of) (one|two|three|four|five|six|ten|@number)',
      '(a whole|all of) (one|two|three|four|five|@number) (words|word|lines|line|sentences|sentence|emoji|' +
        'emojis|texts)',
      '(come|coming|comes|came|go|going) (crying|running|crawling) (back|) to me',
      '(do not|never) (come|go) (crying|running|crawling) (back|) to me',
      'anything that (is not|was not) (convenient|easy) for you',
      'only (when|if) it (suits|suited|is convenient for|was convenient for) you',
      '(finally|at last|on) (finally|) (grow|grew|grown|growing) up',
      '(real|very|so|how) (mature|classy|grown up) (of you|$)',
      'real (mature|classy)',
      '(nice|good|great|lovely|glad) to (know|see) (that|) some (people|of us) (are|have|can|get|still|seem|' +
        'manage|find)',
      'some of us (have to|had to|actually|still|do not get to|can not|could not|are not)',
      'some people (have|get) all the (luck|fun)',
      '(play|playing|played|plays) the martyr',
      'i (should|would) hate to think you',
      // Others get the reader the writer never had: "they'll get the attentive version of you that I never did".
      '(version|side|best) of you (that|which|) (i|we) (never|did not|have never) (did|got|get|had|received)',
      // A warning to the new partner is a dig at the reader: "hope she knows what she's getting into".
      '(i|) hope @partner (knows|know) what (she is|he is|they are) (getting|letting) (into|herself into|himself ' +
        'into|themselves into)',
      '@partner (has|have|has got|have got) no idea what (she is|he is|they are) (in for|getting into|letting ' +
        '(herself|himself|themselves) in for|getting (herself|himself|themselves) into)',
      '(rather|better) (her|him|them) than me',
      // Grudging good wishes: "congrats on the engagement I guess".
      '(congrats|congratulations|well done|happy birthday|merry christmas|happy new year|happy anniversary) (on|' +
        'for|) ** (i guess|i suppose|or whatever) (lol|$)',
      '(thanks|thank you|cheers|ta|thx) for the (one|two|three|1|2|3|single) (word|line|sentence|emoji) (reply|' +
        'answer|text|response|message)',
      '(i trust|i assume|i presume) you are (satisfied|pleased|happy) with (yourself|the outcome|the result|what ' +
        'you did|what you have done|your decision)',
      // Happiness kept to one side: "glad one of us is happy", "at least one of us moved on".
      '(glad|good|nice|great|lovely) (that|) (one of us|someone|somebody) (is|can be|gets to be|is having) (happy|' +
        'enjoying|having fun|doing well|fine|okay|living)',
      'at least one of us (moved on|is happy|is doing well|cared|cares|tried|tries|made an effort|bothered)',
      // The martyr's shrug: "sure, blame me again", "I suppose I'm the bad guy now".
      '(sure|yeah|right|go on|fine|oh sure|oh yeah|go ahead) (just|then|) blame me',
      '(of course|sure|obviously|naturally) (it is|it was) (all|) my fault (again|as usual|as always|it always is)',
      '(so|guess|i guess|i suppose|suppose|so now) i am the (bad guy|villain|bad one|monster|bad person) (now|' +
        'again|here|then|$)',
      '(make|making|made) me (out to be|) the (villain|bad guy|bad one)',
      '🙄',
      '😒',
    ],
    except: [
      'told you so (much|many)',
      // Grudging wishes on the new relationship itself are the new-partner rules' to read.
      '(congrats|congratulations|well done) (on|for) (the|your) (new|) (relationship|engagement|wedding|' +
        'girlfriend|boyfriend|partner|fiance|fiancee|romance|couple) (i guess|i suppose|or whatever) (lol|$)',
      // "I told you so in a letter of four lines": a telling, not the taunt, when the clause goes on.
      'told you so (in|by|at|on|over|through|via|before|when|after|because|face|to your face|that night|then)',
      // "You don't get to many cold nights" (for "too many"), "you don't get to see the kids much": no verdict.
      'you do not get to (many|much|too|see|go|spend|visit|travel|sleep|relax|rest|have|enjoy|be|hear|meet|play)',
      // Thanks, not a failing: "you never complained when I needed help", "you didn't hesitate when I asked".
      '(you|u) (could not|did not|never|would not|were not|was not) (once|even|) (complain|complained|mind|' +
        'minded|hesitate|hesitated|judge|judged|flinch|flinched|say no|said no|question|questioned|blink|blinked|' +
        'hold back|held back|let me down|ask why|asked why|make me feel|made me feel|think twice|thought twice) ** ' +
        'when i (needed|asked|begged|was begging)',
    ],
  },
};
