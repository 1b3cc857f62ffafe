/**
 * Needy wording: begging, dependence, and suffering held up as a reason to answer.
 * Patterns are written in canonical words: contractions expanded ("i am", "can not").
 */
import type { PhraseList } from './phrase-types';

export const NEEDY: PhraseList = {
  begging: {
    patterns: [
      '(i am|i was|am) begging',
      'begging (you|u)',
      'i beg (you|of you|u)',
      'i (am|) (pleading|pleading with you)',
      'i plead with you',
      'i implore you',
      '(i am|) on my knees',
      'please please',
      'pretty please',
      'please (i am|i) (begging|beg|need|pleading)',
      'please 🙏',
      '🙏 🙏',
      'please (do not|never) (leave|go|give up|shut me out|push me away|ignore me|ignore this|ignore my|forget ' +
        'me|abandon me|hate me|block me|walk away|throw away|throw this away|end this|stop)',
      'please (come|just come) (back|home)',
      '(please|) (give|grant) (me|us) (one more|another|a second|just one more|one last|one final) chance',
      '(do not|never) (shut|push|lock) me out',
      'do not (leave|abandon|forget|ignore|block|hate|give up on|walk away from|turn your back on|erase) (me|us)',
      'do not (throw|throw away|walk away from|give up on) (us|what we had|this|everything)',
      'i (will|would) do anything',
      'i (will|would) do whatever it takes',
      'whatever it takes',
      'i (will|can|promise i will|swear i will|promise to|am going to) change (for you|for us|$)',
      'i (will|can|promise to|promise i will) be (better|different) (for you|this time|$)',
      '(come|coming) (back|home) to me',
      '(take|taking) me back',
      'let me (come back|back in|back into your life)',
      'i (will|would) give anything (to|for)',
      'please (can|could|will) we (just|) (talk|try again|meet|fix this|work this out|start over|try)',
      '(tell me|let me know) (if|whether) (there is|there is still|we have) (any|some|still|a) (hope|chance)',
      'is there (any|still|still any|some) hope',
      'is there (any|still|still any|some) chance (for us|of us|that we|we could|we can|you could ever|you ' +
        'might ever|you will ever)',
      '(it|this|that) (would|will) mean (the world|everything|so much) (to me|)',
    ],
    // Playful, not pleading: "don't leave me hanging this time, eh?"
    except: [
      // Knees that are only knees: "my laptop on my knees", "on my knees in the garden", praying.
      '(laptop|baby|child|cat|dog|tray|plate|book|head|bag) on my knees',
      'on my knees (praying|in prayer|to god|before god|to the lord|in church|in the garden|weeding|scrubbing|' +
        'cleaning|fixing|sanding|tiling|painting)',
      '(him|god|the lord|forgiveness|prayed|praying|pray) (many times|every night|often|) on my knees',
      'do not leave me hanging',
    ],
  },
  dependence: {
    patterns: [
      'i (can not|could not|will not be able to|do not think i can) (live|go on|function|cope|survive|breathe|' +
        'sleep|eat|be happy|keep going|do this|do anything|think straight|move on|get through this|get through ' +
        'the day|be whole|carry on) without you',
      '(i am|i feel|i have been|i have felt) (nothing|lost|empty|incomplete|broken|a mess|a wreck|so alone|' +
        'alone|helpless|worthless|half a person|falling apart|miserable|not whole|not myself|no one|nobody) ' +
        'without you',
      'without you i (am|feel) (nothing|lost|empty|incomplete|broken|a mess|a wreck|alone|not me|not myself|no ' +
        'one|nobody|half a person|worthless|miserable)',
      'without you (my life|life|everything|the world) (is|feels|seems|has been) (empty|meaningless|pointless|' +
        'nothing|over|grey|gray|dark|hollow|not worth living|worthless)',
      '(my life|life|everything) (is|feels|has been|seems) (empty|meaningless|pointless|nothing|over|falling ' +
        'apart|grey|gray|dark|hollow|not worth living) without you',
      'i (do not|can not|would not|will not) know (what|how) to (do|live|go on|be|function|cope|carry on|be ' +
        'happy|be okay|be myself|move on|breathe) without you',
      'i (will|would) do (anything|whatever) (you want|you ask|you say|it takes|for you|to make it up|to make ' +
        'this right)',
      'i (do not|) know what i (would|will|am going to|am supposed to) do without you',
      'what (would|will|am) i (going to|supposed to|) do without you',
      'i need you',
      '(i am|i have been|i feel like i am|i keep) (losing my mind|going crazy|going insane|going mad|drowning|' +
        'suffocating|lost at sea) (without you|since you left|over you|$)',
      // Passive, the same plea: "you are missed every single day".
      'you are (so|) (missed|needed) (every day|every single day|every night|every minute|every second|so much|' +
        'terribly|desperately|more than you know|more than words|beyond words|all the time|constantly)',
      'i (do not|no longer|can not) know who i am (anymore|any more|) without you',
      '(no way|not sure|do not think|do not know if|do not know how|can not see how|can not imagine how) i ' +
        '(can|could|will|am going to|would) (live|go on|cope|survive|function|be happy|get through this|keep ' +
        'going) without you',
      'i need (us|you) back',
      'i need (to see|to hear from|to talk to|to be with|to hold|to hear) you',
      'i need (to hear|to see|to feel|to hold) your (voice|face|smile|arms|hand|touch|laugh)',
      // "Without you my life has no point", "life means nothing without you".
      'without you (my life|life|everything|nothing|the world|my world) (has|had|have|has got|got|is|) no ' +
        '(point|meaning|purpose|colour|color|direction|sense)',
      'without you (my life|life|everything|my world) (means|meant) nothing',
      '(my life|life|everything|my world) (has|had|has got|got|is|) no (point|meaning|purpose|colour|color|' +
        'direction) without you',
      '(my life|life|nothing|everything|my world) (means|meant|matters) nothing without you',
      '(my life|life) (is|feels|seems) not worth (living|it) without you',
      'you are (my|) (everything|whole world|entire world|world|only hope|reason to live|reason for living|' +
        'reason for everything|all i have|all i need|all i want|the only one i have|rock|lifeline|oxygen|air)',
      'you (were|are) all i (have|had|need|needed|want|wanted|think about|ever wanted)',
      'i (have|got) (no one|nobody|nothing) (else|left|but you|without you)',
      'you are the only (one|person) (who|that) (understands|gets|knows|loves|cares about|ever loved|ever ' +
        'understood|has ever loved|has ever understood) me',
      '(no one|nobody) (else|) (understands|gets|knows|loves|will ever love) me (like|the way) you (do|did|)',
      'i (can not|could not) (bear|stand|handle|take) (losing you|to lose you|being without you|being apart|' +
        'this anymore|it anymore|another day without you|the silence)',
      'i (can not|could not) (let you go|give up on you|give up on us|move on|get over you)',
      'i will never (get over you|move on|love anyone else|be happy without you|find anyone like you|stop hoping)',
      'my (whole|) life (revolves|revolved) around you',
      'without you (nothing|life|everything|the world|my life) (makes sense|matters|feels right|is the same|' +
        'works|is worth)',
      'i will never (love|find|meet|want) (anyone|someone|anybody|another) (else|like you|the way i loved you|' +
        'like i loved you|the way i love you|like i love you)',
      '(no one|nobody|no body) (will|could|can|would) (ever|) replace you',
      '(i am|i have) (still|) not (over you|gotten over you|got over you|moved on)',
      'i (never|did not) (really|) (meant|mattered) (anything|much|a thing|that much|) to you',
      'now i have (nothing|no one|nobody|no body)',
      'you (were|are|have been|used to be) my (whole|entire|) (world|universe|everything|reason)',
      'i miss you (so much|so badly|too much|more than words|more than anything|like crazy|every second|every ' +
        'minute|it hurts|terribly|desperately|all the time)',
      'you (complete|completed) me',
      'i (am|have been|feel) (so|) (lost|empty|nothing|incomplete) since you left',
      'i (keep|have been|am) (checking|staring at) my phone',
    ],
    except: [
      'i need you to (know|understand|hear|see|remember|realize|realise|be happy|take care|look after yourself|' +
        'not worry|feel free)',
      'i need you (to|) (know|understand)',
      // A request, not dependence: "I need you to give my keys back".
      'i need you to (admit|acknowledge|apologise|apologize|own|take|accept|stop|listen|explain|give|return|' +
        'send|sign|pick)',
    ],
  },
  suffering: {
    patterns: [
      'i @cry @time',
      // Tears with a place or a habit between: "I cry on the bus most mornings".
      'i @cry ** (most|every|all|each) (nights|mornings|days|evenings|night|morning|day|evening|weekend|weekends)',
      // Left behind: "everyone's moved on except me".
      '(everyone|everybody|all|they|the world|people|everyone else|the rest) (has|have|is|are|had|) (all|) moved ' +
        'on (except|but|apart from|other than|without) me',
      // Each day measured by the reader's absence: "every day without you is like walking under water".
      'every (single|) (day|night|morning|evening|weekend|minute|hour|moment|second) without you',
      // Despair offered as a reason: "I honestly don't see the point of finishing the program".
      'i (honestly|really|just|) (do not|can not|no longer) see the point (anymore|any more|$|of anything|of living|' +
        'of going on|of finishing|of carrying on|of getting up|of trying|in anything|in living|in trying|in going ' +
        'on|of it all|of any of it|in any of it)',
      'i (am|feel|have been|get|have felt|am feeling) (so|very|really|terribly|awfully|pretty|quite|just|) lonely',
      '(heaven|god|lord) knows i am lonely',
      'i am (just|) finding (it|this|things|everything|life) (really|so|very|quite|) (hard|difficult|tough) ($|to ' +
        'cope|to move on|to let go|to accept|without you|since)',
      'the worst (day|night|week|weekend|year|christmas|birthday|summer|time) of my (life|year) (because|cause|cos|' +
        'bc|since|without) you',
      'i (have|had|have been) (@cry|crying|cried) @time',
      'i (have been|keep|have|can not stop|have not stopped|could not stop) (crying|sobbing|weeping)',
      'i (cry|cried) myself to sleep',
      'i have lost (so much|a lot of|) (weight|a stone|two stone|pounds|kilos|@number (stone|pounds|kilos|kg|lbs))',
      '(my friends|everyone|my family|my mum|my mom|my sister|my brother|people) (are|is|have been|keep|keeps) ' +
        '(getting|) (so|really|) (worried|worrying) about me',
      '(every|each|everything|anything) ** (makes|still makes|make) me (cry|break down|fall apart|well up)',
      '(every|each) (song|film|movie|place|street|photo|picture|thing|corner|room) ** (makes|still makes) me ' +
        '(cry|break down|fall apart|well up)',
      '(a|just a) shadow of (my former self|who i was|what i was|myself|the person i was|my old self)',
      'i (can not|could not) face (the weekends|weekends|the evenings|evenings|the mornings|mornings|going ' +
        'home|the flat|the house|anything|anyone|people|life|the day|another day|christmas|going out) (anymore|' +
        'any more|alone|without you|$)',
      'i (do not think|doubt) i will ever be (happy|okay|ok|whole|the same) again',
      'i will never be (happy|okay|ok|whole|the same) again',
      'i (still|) (talk|speak) to you (in my head|every night|every day|all the time|when no one)',
      'i (still|) sleep on your side (of the bed|)',
      '(since|ever since|after) (you|u) (left|went|walked out|moved out|ended it|dumped me) ** (drinking|' +
        'crying|not eating|not sleeping|barely eating|barely sleeping|falling apart|a mess|a wreck)',
      'my (life|world|whole life|whole world|everything) (fell|has fallen|is falling|came|has come) (apart|to ' +
        'pieces|crashing down) (when|since|after) (you|u)',
      'i (lie|have been lying|keep lying|am lying) awake ** (thinking about you|wondering|missing you|' +
        'replaying|going over|crying)',
      'i (can not|could not|have not been able to|can barely|can hardly) (sleep|eat|breathe|function|focus|' +
        'work|think) (since|without|because|anymore|any more|at night|at all|properly)',
      'i (have not|have barely|have hardly) (slept|eaten|left the house|stopped crying) (since|because|in|for)',
      'i can not stop (crying|shaking)',
      // "Can't do this on my own", "I can't do this without you".
      '(i|) can not do this (on my own|alone|by myself|without you|anymore|any more)',
      '(i am|am|i have been|i feel|i have felt|i have been feeling) (so|) (falling to pieces|going to pieces|' +
        'coming apart|in bits|not coping|barely coping|not managing|hanging on by a thread|holding on by a thread|' +
        'in a bad way|in a dark place|in a bad place|at rock bottom|at the end of my (rope|tether)|miserable|devastated|heartbroken|shattered|destroyed|' +
        'desperate|empty inside|hopeless|wrecked|a wreck|a mess|a complete mess|a total mess|falling apart|dying ' +
        'inside|dead inside|depressed|suicidal|numb|not okay|so lonely|so alone|in pieces|in so much pain|in ' +
        'agony|barely holding on|barely hanging on|barely surviving|barely functioning|broken inside|a shell of ' +
        'myself)',
      '(i am|i feel like i am|i have been|i keep) (falling|going|coming) (apart|to pieces)',
      // Held up as the writer's state since the breakup: "since you left I've barely left the house".
      '(since|ever since) (you|u) (left|went|walked out|moved out|ended it|ended things|ended us|broke up with ' +
        'me|dumped me|have been gone|were gone|stopped talking to me) (i|i have|i have been|i am) (barely|hardly|' +
        'not|never|can not|could not|have not|do not|been unable to|unable to) (slept|sleep|sleeping|eaten|eat|' +
        'eating|left|leave|leaving|gone|go|stopped|stop|smiled|smile|laughed|laugh|been|got|gotten|get|function|' +
        'functioned|cope|coped|coping|able|wanted to live)',
      '(it|this|you|that|silence|the silence|this silence|your silence|not hearing from you|not knowing|losing ' +
        'you|missing you|waiting|being apart|the distance|this distance) (is|are) (killing|destroying|breaking|' +
        'tearing|eating) me',
      'my heart is (broken|breaking|shattered|in pieces|bleeding|aching)',
      'my heart (aches|hurts) (every|all|so much|without you|for you every)',
      '(my heart|my chest) (physically|literally|actually|still|constantly) (aches|hurts)',
      'i do not want to (live|go on) (anymore|any more|without you|like this)',
      'i can not go on (anymore|any more|like this)',
      'i (do not|) want to die',
      '(everything|every song|every place|it all|all of it|the whole town|this city|the flat|the house|every ' +
        'street) (still|) (reminds|remind) me of you',
      '(pathetic|sad|desperate|tragic|needy|embarrassing|mad|crazy|stupid) (i know|right)',
      '(i do not|i did not|i no longer) know what to do with myself',
      '(i do not|i did not|i no longer) know what to do with my (evenings|days|weekends|time|nights|life|' +
        'sundays|hands|mornings)',
      // Withdrawal: "I've stopped seeing my friends", "I've stopped going to my classes".
      'i have (completely|) stopped (seeing (my|) (friends|mates|anyone|people)|going out|going to (my|) ' +
        '(classes|class|work|lectures)|eating|sleeping|leaving the house|answering my phone|taking care of ' +
        'myself|looking after myself)',
      '(my|the) first (one|christmas|birthday|new year|holiday|summer|year) (alone|on my own|by myself|without you)',
      'what is the point (of|in) (living|anything|going on|life)',
      // "I feel like half of me is missing", "a part of me died when you left".
      '(half|part|a part|a piece|a big part|the best part|a huge part) of me (is|has|feels|went|died|left) (missing|' +
        'gone|dead|with you|been missing|missing now|died)',
      '(half|part|a part|a piece|a big part|the best part) of me died',
      // "Life's just grey without you" (the "'s" read away).
      '(my life|life|everything|my world|the world) (just|so|all) (grey|gray|dark|empty|hollow|colourless|' +
        'colorless|pointless|meaningless|bleak) without you',
      'i (do not|can not) see the point (in|of) (living|anything|going on|life)',
    ],
    except: [
      '(hopeless|a mess|desperate|a wreck|lost) (with|at|when it comes to) (dates|names|numbers|maths|math|' +
        'directions|technology|computers|money|cooking|birthdays|this stuff|that stuff)',
    ],
  },
  waiting: {
    patterns: [
      'i (will|would|am going to) wait (for you|) (forever|as long as it takes|however long it takes|no matter ' +
        'how long|for as long as it takes|my whole life)',
      'i (will|would) (always|) be (here|) waiting (for you|)',
      'i am (still|always|) waiting for you (to come back|to come home|to change your mind|)',
      'i will never stop (waiting|hoping)',
      'i (will|am going to) wait ** (however long|no matter how long|as long as|for as long as) it takes',
      'i am (still|) here waiting',
      'i (can not stop|keep|have been|cannot stop|am always) (checking|looking at|stalking|scrolling through|' +
        'refreshing|going through) your (instagram|facebook|profile|page|stories|story|photos|pictures|feed|' +
        'socials|twitter|tiktok|posts)',
      'part of me (still|) (hopes|wishes|wants|is waiting|waits|believes|is hoping) (that|) (you|we|for us|for you)',
      'i (keep|am still|still|have been|keep on) (hoping|praying|wishing) (that|) you (will|would|might) ' +
        '(knock|call|ring|text|come|turn up|show up|walk in|write|message|change)',
      'whenever you (want|are ready to take|decide to take) me back',
      'i (still|) (hope|am hoping|keep hoping|am still hoping) (that|) you (will|would) (come back|come home|' +
        'change your mind|realise|realize|miss me|want me back|call)',
      '(holding my breath|counting the days|counting down the days|living|waiting) (until|till|til) you (come ' +
        'back|come home|return|change your mind|realise|realize|are ready|want me back)',
      'i will (be|still be|always be) (right|) here (whenever|when|for when|once) you (decide|are ready|change ' +
        'your mind|come back|realise|realize)',
    ],
  },
  /** Life that only the reader can make whole: negation is part of the plea ("nothing makes sense"). */
  'lost-without': {
    patterns: [
      '(makes|make|made|making) (any|) sense without you',
      'without you (there is|life has|it all has|nothing has|there is just) (no|not much|little) (point|' +
        'meaning|purpose)',
      '(no|not much) (point|meaning|purpose) (to|in) (any of it|anything|life|living|it all|getting up) without you',
      'only you (can|could|will|would) (ever|) (fill|fix|heal|mend|complete|understand me|make me (whole|happy|' +
        'feel whole|feel complete|complete))',
      '(a hole|an emptiness|a void|a gap|an empty space) (in my life|in me|in my heart|inside me) (that|which|' +
        ') (nobody|no one|no body) (else|but you)',
    ],
    negatable: false,
  },
  'suffering-emoji': {
    patterns: ['😭', '💔', '😿', '🥺', '😢', '😞', '😔', '😥', '😪', '🙁', '☹'],
    negatable: false,
  },
};
