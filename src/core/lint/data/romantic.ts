/**
 * Romantic wording. In a friendship piece (every card and note, anything declared friendship) it
 * says more than the writer means. `reunion` and `declaration` also state a romantic intent.
 */
import type { PhraseList } from './phrase-types';

export const ROMANTIC: PhraseList = {
  reunion: {
    patterns: [
      '(get|getting|got|be|being|are|were|go|going|come|coming) back together',
      'back together (again|$)',
      '(be|being|are|get|getting) (together|a couple|an item) again',
      // "I want us to be husband and wife again", "to be married again, properly".
      '(be|being|are) (husband and wife|man and wife|married|wed) again',
      // "What I want is for you to come home", "I want you to come back to me".
      '(want|need|would like|wish|long|pray) (is|) (for|) you (to|would) come (home|back home|back to me|back to us)',
      // "Maybe we'll end up together again", "we might wind up back together".
      '(end|ends|end up|ending up|ended up|wind up|winding up|wound up) (back|) together (again|one day|' +
        'someday|some day|eventually|in the end|$)',
      '(give|giving|gave) (us|our relationship|what we had|love|this|it|our love|us two) (another|a second|one ' +
        'more|a new|a fresh|a real|one last) (chance|try|go|shot)',
      '(another|a second|one more|one last) (chance|shot|try) (for us|at us|at love|with you|together|at our ' +
        'relationship|at what we had|at this)',
      '(find|finding|found) (our|my|your) way back (to each other|to you|to me|to us|together|into each other)',
      'back (to|into) each other (again|arms|$)',
      'try (us|this|our relationship|again with us) again',
      '(try|trying|give it|giving it) again (with us|as a couple|together|with you|$)',
      '(start|starting|begin|beginning) (over|again|fresh|afresh) (together|with you|as a couple)',
      '(make|making) (it|us|this|things|our relationship|the relationship) work (again|this time|between us|$)',
      '(win|winning|get|getting|have|having|want|wanting|wanted|need) you back',
      '(restart|rekindle|revive|rebuild|save|fix|repair|resume|renew|reignite|restore) (our|the|what we had|' +
        'our old) (relationship|romance|love|marriage|engagement|spark|flame|us|connection)',
      '(rekindle|revive|reignite) (what we had|things|us|our love|the spark|the flame|the romance)',
      '(you and me|you and i|we) (belong together|are meant to be|were meant to be|are soulmates|are perfect ' +
        'together|were perfect together|are made for each other)',
      'meant (to be together|for each other)',
      // Half-open doors to romance: "I wouldn't say no to more".
      '(would not|will not|would never|could never) (say no to|turn down|rule out|close the door on) (more|' +
        'something more|more than that|more than friendship|us|trying again|getting back together|another chance|' +
        'a second chance)',
      '(your|the) (old|ex|first|former) flame',
      'part of me (wants|still wants|wishes for|hopes for|would like|longs for) (more|something more|more than ' +
        'that|more than friendship|us back|us again|to try again)',
      '(marry|marrying|married to) (you|me)',
      '(our|a) future together',
      '(spend|spending) (my|the rest of my) life with you',
      '(be|being) with you (again|forever|$)',
      'want to be with you',
      '(be|being) yours (again|forever|once more|$)',
      '(want|need|wanted|needed) us back',
      '(a|our) future (together|with you)',
      '(date|dating|go out with|going out with) (you|each other) (again|$)',
      '(we|us) (can|could|will|should|would|might|to) be together (again|one day|someday|forever|$|if|as)',
      '(want|like|love|hope|wish) (us|) to be together',
      '(a|our|the) (life|lives|future|home) together',
      'grow old (together|with you)',
      '(move|moving) back in (together|with you)',
      '(build|start|spend|share) (a|our|the rest of our) (life|lives|future) (together|with you)',
      '(date|dating|go out|going out|see each other) again',
      '(take|taking) (us|me) back',
      'as (a couple|partners|lovers|more than friends|your partner|your girlfriend|your boyfriend|your wife|' +
        'your husband|husband and wife|boyfriend and girlfriend)',
      'more than (just|) friends',
      '(my|your) (girlfriend|boyfriend|partner|wife|husband|girl|guy|man|woman) again',
      // "Sometimes I miss you as my woman also", "one day as my wife", "be with me again".
      'as my (wife|husband|girlfriend|boyfriend|woman|man|lover|bride)',
      '(be|being) with me (again|properly|once more)',
      // "I want all of it back", "if we could be a family again under one roof".
      '(want|need|miss) (all of it|all of that|the whole thing|it all|everything we had) back',
      '(be|being|become) a (couple|family) again',
      '(in|into) a relationship (with you|again)',
      'romantically',
      '(looking for|want|wanting|asking for|hoping for|seeking|expecting|after) (romance|a romance|anything ' +
        'romantic|something romantic|a relationship|a relationship with you|anything more|something more|more ' +
        'than friendship|more than that)',
      '(romantic|romance) (relationship|again|with you)',
      '(our|the) (relationship|romance) (back|again)',
      '(what|the love) we had (back|again)',
      '(maybe|perhaps|possibly|hopefully) (something|) more (than (that|friends|friendship)|someday|one day|' +
        'eventually|later|down the road|$)',
      'something more (than (that|friends|friendship)|$)',
      '(friends|friendship) (or|and maybe|and perhaps|and possibly) (more|something more)',
      // "This isn't over between us", "we're not done, you and me".
      '(this|it|that|things) (is|are|was) (not|never|far from) (over|finished|done) between us',
      '(we|us|what we had|what we have|you and me|you and i|we two) (are not|were not|is not|was not|will ' +
        'never be|will not be|are never) (really|) (over|finished|done) ($|between us|you and me|for me|in my ' +
        'heart)',
      '(we|you and me|you and i|the two of us) (still|) have unfinished business',
      '(you|you still) (belong|belonged) (with|to) me',
      '(you|you still) (should|ought to|need to|are meant to|were meant to) be with me',
      '(it|that) (should|should have) (be|been) me (with you|beside you|instead|not (her|him|them|<partner>)|$)',
      // "We could make it work second time round".
      '(we|us|it) (could|can|might|would|will) (still|really|) (make it|make this|make us|make things) work',
      '(second|2nd) time (round|around|lucky) (for us|together|$)',
      // "We deserve another chance", "I'm not giving up on us".
      '(we|us|you and i|you and me|we both) (deserve|need|should have|should get|could have|owe it to ' +
        'ourselves to have) (another|a second|one more|a fresh|a real|one last) (chance|shot|go|try)',
      '(am not|will not|will never|am never|not|never|not ever) (giving up|give up|going to give up|gonna give ' +
        'up) on (us|you and me|what we had|our relationship|our love)',
    ],
    except: [
      // "I'm sending the photo because it should be with you": a thing's place, not the writer's.
      '(it|this|that|they|these|those|the (photo|picture|ring|book|letter|card|box|watch|guitar|dog|cat)) ' +
        '(should|will|can|could|must|would|might|ought to) (be|stay|go) with you',
      '(want|wanted|need|have|having|get|getting) you back (in|into) my life',
      '(want|wanted|need|have|having|get|getting|welcome) you back (as|in) (a|my|an old|your) (friend|mate|pal)',
      'what we had as a couple',
      // "Our relationship as a couple has finished".
      'as a couple (has|is|was|had) (finished|over|ended|done|come to an end)',
      // "What we had romantically is finished".
      'what we (had|were) romantically',
      // "We're finished as a couple", "better as mates than we ever were as a couple": the couple in the past.
      '(finished|done|over|through|ended|failed|were|was|were ever|ever were|never were|were not|than) as (a ' +
        'couple|partners|lovers)',
      // "Our romantic relationship ended long ago": a fact about the past, not a wish.
      '(our|the|that|a) (romantic relationship|romance) (ended|is over|was over|has ended|finished|is finished|' +
        'is in the past|is behind us|is long over|was long ago)',
      '(make|making) (it|this|things|us) work as (friends|mates)',
      '(they|he|she|the band|the group|the boys|the girls|the team|your parents|my parents|his parents|her ' +
        'parents|their parents|the couple|the cast|the show|the series|the club|band|bands|you and (her|him|them|' +
        '<partner>)|you two) (finally|) (got|get|are getting|is getting|have got|are|were|went|is|be|being) back ' +
        'together',
    ],
  },
  declaration: {
    patterns: [
      'i (still|) (love|adore) you',
      'love (you|ya|u)',
      '(i am|i have been|i was) (still|) (in love|falling for you|falling in love|head over heels|crazy about ' +
        'you|mad about you)',
      'in love with you',
      '(never|not) stopped (loving|caring for) you',
      'i (will|am going to) (always|forever|never stop) (love|loving) you',
      '(have|had|still have|have got) feelings for you',
      '(my|the|all my) feelings for you',
      '(you are|you were) the love of my life',
      'love of my life',
      '(you are|you were|you will always be) the one (for me|i want|i love)',
      '(my|you are my|you were my) (soulmate|soul mate|true love|one true love|one and only|person)',
      '(i|) want you (so bad|so badly|badly|more than anything)',
      '(crazy|mad) about you',
      'i have (always|) loved you',
      '(fell|falling|fall) (in love|for you) (again|with you|$)',
      '(you|you are|you look|you looked|you always look) (beautiful|gorgeous|handsome|sexy|hot|stunning|cute|' +
        'pretty|irresistible)',
      '(my|your) heart (belongs|still belongs) to (you|me)',
      // "My heart still beats for you", "my heart only longs for you".
      '(my|your) heart (still|only|always|) (beats|beat|longs|yearns|belongs|lives) (only|still|) for (you|me)',
      // "You're the one I should never have let go of", "you'll always be the one that got away".
      '(you are|you were|you will always be|you are still|you will forever be|you were always) the (one|person|' +
        'girl|guy|man|woman) (that|who|i|) (got away|should never have let go|should not have let go|should have ' +
        'kept|let slip away|let get away|lost|never got over|can not forget)',
      'i should (never|not) have let you (go|slip away|get away) $',
      '(my|your) heart (is|was) (still|always|forever|) (yours|mine)',
      '(you|you will) (still|always|forever) (have|own|hold) (a piece of|a part of|) my heart',
      '(you have|you still have|you have got|you own) my heart',
      '(you are|you were|you mean|you meant) (my|) everything (to me|$)',
      '(you mean|you meant) (the world|so much|everything) to me',
      // "Nobody has ever made me feel the way you did".
      '(no one|nobody|no body|no one else|nobody else) (has|have|had|will|could|can|) (ever|) (made|make|' +
        'makes) me feel (the way|like|how|as) you (did|do|made me|make me)',
      '(you are|you were|you will always be) (still|always|) the (first|last|only) (person|one|face|thing) i ' +
        '(think of|think about|want to see|dream of|dream about|see when i close my eyes)',
      'i (still|) (want|need) you (in my arms|next to me|by my side)',
      // "You'll always be mine", "I still feel the same about you".
      '(you are|you will always be|you will be|you were always|you are still|you will forever be|you are ' +
        'always) (mine|my (girl|guy|man|woman|boy))',
      'i (still|) (feel|felt) the same (about you|for you|way about you|way i always did|way i did|as i did|as ever)',
      // Signed as theirs: "Forever yours", "Your girl, always".
      '(forever|always|eternally|still|only) yours',
      'yours (forever|eternally|for ever|and only yours)',
      'your (girl|boy|guy|man|woman|love|lover|darling|sweetheart|baby|babe|princess|queen|king) (always|' +
        'forever|for ever|still|$)',
      // "I won't pretend I've stopped loving you".
      '(will not|can not|could not|would not|am not going to|will never) (pretend|say|claim|lie and say) (that|' +
        ') (i have|i had|i) (stopped|stop|ever stopped) (loving|caring about|caring for|having feelings for|' +
        'wanting) you',
    ],
    except: [
      'love (you|ya) (guys|all|both)',
      // "The love you feel for him", "the love you two share": their love, not the writer's.
      '(the|your|such|that|all the) love (you|ya|u) (feel|have|share|show|give|found|two|both|clearly)',
      // "I love you, but as a friend", "I love you like a sister".
      'love (you|ya|u) (but|) (only|just|) (as|like) (a|my|an|your) (good|dear|close|old|true|best|) (friend|' +
        'sister|brother|mate|pal|family)',
      '(we|they|everyone|everybody|he|she|kids|children|people|fans|audiences|mum|mom|dad|parents|all|who|' +
        'crowds|critics|readers) (all|) love (you|ya)',
      '(you|you are|you look|you looked) (beautiful|gorgeous|cute|pretty|stunning) (on stage|in the (photos|' +
        'pictures|play|show|film)|up there)',
    ],
  },
  /** Admiration of their looks and their effect on others: "you're breaking hearts", "you light up any room". */
  compliment: {
    patterns: [
      '(break|breaking|broke|breaks) (hearts|a few hearts|some hearts|every heart)',
      '(turn|turning|turned|turns) (heads|a few heads|every head|some heads)',
      '(heartbreaker|heart breaker|heart throb|heartthrob|lady killer|ladykiller|eye candy)',
      '(fight|fighting|beat|beating) (them|the (girls|boys|guys|men|women|ladies)) off with a stick',
      '(light|lights|lit|lighting) up (any|every|the|a) room',
      '(take|takes|took|taking) my breath away',
      '(you|you still|you always|you always did|you sure|you really) (look|looked) (so|really|very|) (good|' +
        'great|amazing|incredible|fantastic|unreal|class|hot|fit|sharp|fine|dashing|ravishing) (in|as ever|than ' +
        'ever|in that|in those|in a|in your)',
      '(you|you still|you will always) (look|looked|are|were) (better|hotter|sexier|prettier|more beautiful|' +
        'more handsome|more gorgeous|better looking) than ever',
      '(you are|you were|you will always be|always will be|still) the (most|) (beautiful|gorgeous|handsome|' +
        'stunning|attractive|prettiest|sexiest|best looking|fittest) (woman|man|girl|guy|person|one) (in|i have ' +
        'ever|i ever|i know|i have known|alive|on earth)',
      'the most (beautiful|gorgeous|handsome|stunning|attractive) (woman|man|girl|guy|person) in (any|every|the) room',
      // "You're still as handsome as ever", "just as gorgeous as the day we met".
      '(you are|you look|you) (still|always|) (as|just as|every bit as) (handsome|beautiful|gorgeous|pretty|' +
        'stunning|hot|sexy|cute|good looking|fit|attractive|dashing) as (ever|always|the day we met|you were|' +
        'when we met|i remember)',
      // "You haven't aged a day", "you don't look a day older".
      '(you|you have|you still|you just) (have not|has not|do not|did not|never|will never) (aged|age|look|' +
        'looked) (a day|a day older|any older|a year older|one bit older)',
      '(eyes|hands) off you',
      // "There's nobody quite like you": irreplaceable, said as a fact.
      '(there is|there will never be|there has never been|there was|there is never|there is just|there will ' +
        'always be) (nobody|no one|noone|no body|nobody else|no one else|no other (man|woman|girl|guy|person)) ' +
        '(quite|else|else quite|) like you',
    ],
    except: ['(break|breaking|broke|breaks) (hearts|a few hearts) (on stage|in the (play|film|show|role))'],
    // "Can't take their eyes off you" is the compliment, not its denial.
    negatable: false,
  },
  /** Fond memories of nights and kisses: "the night we kissed under the pier", "our last night in Lisbon". */
  memory: {
    patterns: [
      '(our|that|the) (very|) (first|last|final) (kiss|kisses|night|nights|date|dance|night together|weekend ' +
        'together|holiday together)',
      'our (night|nights|honeymoon|kiss|kisses|dance|dances) (in|at|on|by|under|together|away)',
      '(our|that) kiss',
      '(the way|how) you (used to|would|always|) (look|looked) at me',
      '(the|that|those) (night|nights|evening|summer|weekend|morning|day) (we|you and i|you and me) (first|' +
        'finally|) (kissed|met|danced|made love|slept together|got together|fell in love|spent together|spent in ' +
        'bed|made out|hooked up|stayed up)',
      '(we|you and i|you and me) (first|finally|) (kissed|made out|slept together|made love|hooked up|snuggled|' +
        'cuddled|spooned|shared a bed)',
      '(you|i) (first|finally|) kissed (me|you)',
      // "the snow and the fire and just the two of us": a memory, not a coffee to clear the air.
      '(was|were|and|it was|it was always) just the two of us (and|$)',
      '(think|thinking|thought|dream|dreaming|dreamt) (about|of) (that|those) (night|nights|kiss|summer night) ' +
        '(on|in|at|under|by|in your|together|$)',
      '(in bed|in your bed|under the covers|under the duvet) (with you|together)',
      '(asleep|sleep|sleeping|slept) (on|in) your (shoulder|chest|arms|lap)',
      '(your|my|our) side of the bed',
      '(with you|together|the two of us) (at|until|till|til) (one|two|three|four|1|2|3|4) in the morning',
      '(until|till|til) (dawn|sunrise) (with you|together|in each other)',
      // "just the two of us under one blanket", "our Sunday mornings in bed with the crossword".
      'just the two of us (under|in bed|in the dark|alone|wrapped|curled up|by the fire|under the stars)',
      '(under|sharing|shared|in) (one|a single|the same|one big) (blanket|duvet|sleeping bag|quilt|bed)',
      '(our|those) (lazy|long|slow|sunday|saturday|weekend|rainy|cosy|cozy|) (mornings|nights|afternoons|' +
        'sundays|weekends|lie ins|evenings) (in bed|under the covers|under the duvet|in your bed|in my bed)',
    ],
    except: [
      // "Whatever you've planned for the first dance": their wedding, not a memory of ours.
      'the (first|last) dance',
      '(our|the) (first|last|final) (night|nights|weekend) (of|at|in) (the|your|my) (play|show|run|tour|' +
        'conference|course|camp|festival|trip)',
    ],
  },
  'pet-name': {
    patterns: [
      '(babe|babes|darling|darlin|sweetheart|sweetie|sweetiepie|cutie|my lover|bae|hubby|wifey|dearest|beloved|' +
        'my love|my darling|my angel|my sunshine|my everything|my one and only|my king|my queen|my beloved|my ' +
        'honey|my handsome|my beautiful|my gorgeous|my boo|sweetpea|snookums|honeybun|honeybunch|sugarplum|' +
        'pookie)',
      'my (little|sweet|dear little|precious) (dumpling|cupcake|muffin|kitten|bunny|teddy|bear|pumpkin|peanut|' +
        'princess|prince|treasure|flower|star|love|angel|darling|one|sugar|duckling|chicken|button|bean|lamb)',
      '(dear|hi|hey|hello) my (dumpling|cupcake|muffin|kitten|bunny|teddy|bear|pumpkin|peanut|princess|prince|' +
        'treasure|love|angel|darling)',
      '(hi|hey|hello|dear|morning|night|goodnight|good morning|good night|miss you|love you|thanks|thank you|' +
        'sorry|okay|yes|no|oh|aw|aww|hiya|heya|yo) (baby|honey|angel|handsome|beautiful|gorgeous|love|sugar|boo|' +
        'sunshine|hun|hon|cutie|sexy|stranger|babe|darling|sweetheart)',
      '(baby|honey|hun|hon|beautiful|gorgeous|handsome) $',
      '(sweet cheeks|babycakes|baby cakes|lover boy|loverboy|love bug|lovebug|honey bunny|sugar lips|cutie pie|' +
        'my dove)',
      '(to|for) my (favourite|favorite|number one|one and only) (girl|guy|boy|man|woman|lady|human)',
      '(hi|hey|hello|morning|night|bye|happy birthday|merry christmas) (my|) (favourite|favorite) (girl|guy|' +
        'boy|man|woman|lady)',
    ],
    except: [
      '(the|a|her|his|their|your sister|my sister|new|lucky|little|first|healthy|beautiful|bouncing|precious|' +
        'sweet|gorgeous) baby',
      'hi stranger',
      'hey stranger',
      'dearest (friend|friends|wish|wishes)',
      'my love (of|for|to)',
      '(give|send|sending|pass on|passing on|with) my love',
      // "Give him my love", "send your mum my love".
      '(give|send|pass|gives|sends) (him|her|them|everyone|all|the kids|the family|your (mum|mom|dad|family|' +
        'parents|sister|brother|nan|gran)) my love',
      // "He's such a sweetheart": a description, not an address.
      '(such a|a|what a|a real|a total|a right|an absolute|proper) (sweetheart|darling|sweetie|cutie)',
      '(beloved|darling) (of|by)',
      '(your|his|her|their|a) (beloved|darling)',
      '(is|it is|was|it was|are|were|they are|they were|look|looks|looked|sounds|sounded|so|really|truly|very|' +
        'absolutely|just|all|both|equally) (beautiful|gorgeous|handsome)',
    ],
    negatable: false,
  },
  kisses: {
    patterns: [
      '(❤|♥|💕|💖|💗|💓|💞|💘|💝|💟|😍|🥰|😘|😚|😙|😗|💋|💑|💏|🌹|💌|😻|🫶|💜|💙|💚|💛|🧡|🖤|🤍|🤎|❣|😽|<3)',
      '(xoxo|xo|xoxox|hugs and kisses|kisses and hugs|smooches|smooch|mwah|muah)',
      '(kisses|a kiss|big kiss|big kisses|sending kisses|sending a kiss|kiss kiss)',
      'sending (you|) (all my love|kisses|a kiss|hugs and kisses|my love)',
    ],
    negatable: false,
  },
  intimacy: {
    patterns: [
      '(wake|waking|woke|woken|wakes) up (next to|beside|with|in bed with|in your arms) you',
      '(wake|waking|woke) up next to you',
      '(sleep|sleeping|slept|lying|lie|lay|fall asleep|falling asleep|fell asleep) (next to|beside|with|in bed ' +
        'with|in your arms|on your chest) (you|$)',
      '(in|into) your arms',
      '(kiss|kissing|kissed|cuddle|cuddling|cuddled|touch|touching|touched|caress|caressing|make out with|' +
        'making out with|snuggle|snuggling|snuggled|spoon|spooning) (you|your)',
      '(hold|holding|held) you (close|tight|again|in my arms|$)',
      '(hold|holding|held) your hand',
      '(your|our) (lips|kiss|kisses|touch|skin|body|scent|embrace|bed|sheets|naked)',
      // "Our first time" is a memory of the two of them; "the first time" is any first time.
      'our (first (kiss|date|night|time)|nights together|honeymoon|love story)',
      '(the|that) (first (kiss|date|night)|nights together|love story) (we|you and i) (had|shared|spent)',
      'our (wedding|anniversary|song|bed)',
      'make love',
      '(miss|missed|missing) (your (touch|kiss|kisses|lips|body|smell|arms|hugs|voice in the morning|heartbeat|' +
        'warmth|hand in mine)|(kissing|holding|touching|cuddling|waking up next to|sleeping next to) you|us|what ' +
        'we had|being (with you|together|yours|in your arms)|our (nights|mornings|kisses|life together|' +
        'relationship|love|romance|dates))',
      '(think|thinks|thinking|thought|dream|dreams|dreaming|dreamt|dreamed|fantasize|fantasise) (about|of) (us|' +
        'you and me|what we had|our (relationship|life together|future|kisses|nights|love)|kissing you|being ' +
        'with you|holding you|our first)',
      '(think|thinking|dream|dreaming) (about|of) you (every (night|day|minute|second|hour)|all (the time|day|' +
        'night)|constantly|nonstop|day and night|night and day)',
      '(dream|dreaming|dreamt|dreamed) (about|of) you',
      // "The way you used to hold me", "how you kissed me".
      '(the way|how|when) you (used to|would|always|) (hold|held|kiss|kissed|touch|touched|hug|hugged|cuddle|' +
        'cuddled|caress|caressed|hold my hand|held my hand|look at me|looked at me|stroke|stroked) (me|my|$)',
      'can not stop thinking (about|of) (you|us)',
      // "Do you ever think about me?" asks for reassurance (needy); "about us" looks back at the romance.
      '(do|does) you (ever|still) think (of|about) (us|what we had)',
      '(do|does) you (ever|still) dream (of|about) (me|us|what we had)',
      '(i wish|if only) (we|things) (could go back|were (like|the way) (before|they were|it was|we were))',
      '(go|going) back to (how|the way) (things|we|it) (were|was)',
      '(reach|reached|reaching) for you (in the night|at night|in my sleep|in bed|before i remember)',
      '(it|they|the pillow|the shirt|the jumper|the hoodie|my bed) (still|) (smells|smell|smelled) (like|of) you',
      '(wear|wearing|wore|sleep in|sleeping in) your (old|) (shirt|t shirt|tshirt|hoodie|jumper|sweater|' +
        'flannel|jacket|shirts) (to bed|in bed|at night|every night|$)',
      '(your|her|his) head on my (shoulder|chest|lap)',
      'my head on your (shoulder|chest|lap)',
      '(nobody|no one|nothing) (has|have|had) ever (made|make) me feel (as|so) (calm|safe|loved|alive|happy|at home)',
      '(you are|you have been) (always|constantly|) (on my mind|in my (thoughts|heart|dreams)) (all the time|' +
        'every day|constantly|day and night|$)',
      '(you are|you are all) (all|) i (ever|) think about',
      'i (still|) (want|desire|crave|long for|ache for) you',
      'i (long|ache|yearn) (for|to hold) you',
      // "I still get butterflies when I hear your voice", "my heart still skips when you call".
      '(get|gets|got|getting|give|gives|gave|still get|still have) butterflies',
      '(my|your) heart (still|always|) (skips|skipped|races|raced|flutters|fluttered|melts|melted|leaps|leapt|' +
        'beats faster|does a little) (a beat|when|whenever|every time|at|$)',
      '(go|goes|went|still go|going) weak (at|in) the knees',
      '(keep|kept|have|still have|sleep with|put) your (photo|picture|photos|pictures|shirt|hoodie|jumper|' +
        'sweater|t shirt|letters) (by|next to|beside|under|on|in) my (bed|pillow|nightstand|bedside)',
      '(sleep|sleeping|slept) in your (shirt|hoodie|jumper|sweater|t shirt)',
      // Keeping the tokens of the relationship: "I still wear the ring you gave me".
      '(wear|wearing|wore|have|kept|keep|keeping|treasure|kiss|kissed) (the|your|our|my) (engagement|wedding|' +
        'promise|) (ring|rings) (you gave me|you bought me|from you|we chose|every|still|$)',
      '(wear|wearing|still wear) (the|your|our|my) (engagement|wedding|promise|) (ring|rings)',
    ],
    except: [
      '(our|the) (first|) (date|wedding|anniversary) (of|for) (your|the) (play|show|premiere|opening|theatre|theater)',
      'i want you to',
      // "I want you can read it easy": a learner's "I want that you", not desire.
      'i want you (can|could|will|would|should|might|may|must|know|understand|read|see|be|feel|find|hear|have|' +
        'get|do|go|come)',
      'i (still|) want you (in|back in|back into|to be in|as|around in) (my life|a friend|my friend|our lives)',
      '(your|our) (body|skin) (of work)',
      // "Please get in touch, you deserve to know": contact, not a caress.
      '(in|of) touch (you|your)',
    ],
  },
};
