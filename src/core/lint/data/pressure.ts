/**
 * Pressure: asking for a reply or contact, checking that something arrived, deadlines and
 * ultimatums, showing up, and promising more contact. `open-door` lists the softeners that turn
 * an ask into an offer ("if you ever want to talk").
 */
import type { PhraseList } from './phrase-types';

export const PRESSURE: PhraseList = {
  'reply-request': {
    patterns: [
      '(call|ring|phone|text|message|msg|email|dm|facetime|inbox|snap|whatsapp|write) me',
      '(call|ring|phone|text|message|email|write|dm) (me|) back',
      'write (back|to me)',
      'get back to me',
      // "Why don't you give me a ring", "gimme a call".
      '(give|gimme) (me|us) a (ring|call|bell|buzz|shout|text|message|line)',
      '(reply|respond)',
      'answer (me|my (message|messages|texts|text|calls|call|letter|email|emails|question))',
      'answer (please|already|now|$)',
      'do not forget to (reply|write|write back|call|text|answer|get back to me|let me know|message me|drop me ' +
        'a line|ring)',
      '(pick up|answer) (your|the|my) (phone|calls|texts|messages|door|call)',
      'let me know',
      'tell me (what you think|how you are|how you feel|something|anything|if you|whether you|where we stand)',
      '(say|just say|send) (something|anything|a word)',
      'talk to me',
      // "My number's the same as always. I'll keep my phone on."
      'i will (keep|leave|have) (my|the) phone (on|close|by me|nearby|with me|switched on)',
      'my number (is|has not) (still|the same|not changed|changed)',
      '(need|want|have|long|just want|just need) to hear your voice',
      // "Noor pick up.", "please don't avoid me".
      '(please|just|) pick up (already|please|$)',
      'please pick up',
      '(please|so please|just) (do not|never) (avoid|ignore|block|blank|ghost|shut) me',
      'i know you are (seeing|reading|getting|ignoring) (these|this|them|my messages|my texts)',
      '(hit|hmu) me up',
      'hit me up',
      '(give|send|drop|shoot) me a (call|ring|shout|buzz|text|message|line|note|email|reply|word|bell)',
      'drop me a line',
      'give me a (sign|chance to explain)',
      'please reach out',
      'reach out to me',
      '(hope|hoping|want|wanting|expect|expecting|look forward|looking forward|wait|waiting|can not wait|would ' +
        'love|would like|love|need) (to|) (hear|hearing) (back|) from you',
      'hear back (from you|)',
      'looking forward to (hearing from you|your (reply|response|answer|letter|call|message|text))',
      '(can not wait|waiting|hope) (to get|for) (your|a) (reply|response|answer|letter|call|message|text)',
      'we (need|have|should|must|ought|got) (to|) (talk|meet|speak|sit down|discuss this|discuss things|have a ' +
        'talk|have a conversation)',
      'we need to (talk|speak)',
      'we (need|have|should|must|ought|got) (to|) have a (proper|real|serious|long|honest|big|) (talk|' +
        'conversation|chat|discussion)',
      'i need to (talk|speak) to you',
      'your (reply|answer|response) (would mean|means)',
      'it would mean (a lot|the world|so much|everything) (to me|) if you (replied|answered|wrote|called|' +
        'texted|responded|got in touch|reached out|wrote back|did|would|could)',
      'why (have|has|did|do|are|will|would|can) not you (answered|answer|answering|replied|reply|replying|' +
        'responded|respond|responding|called|call|calling|texted|text|texting|written|write|writing|picked up|' +
        'got back)',
      'why (have|did|do|will) you not (answered|answer|replied|reply|responded|respond|called|call|texted|text|' +
        'written|write)',
    ],
    except: [
      'let me know if (you|there) (ever|is) (want|need|anything)',
      // "No reply necessary." says the opposite of an ask.
      '(no|not) (reply|answer|response|call back) (necessary|needed|required|expected|needed at all)',
      // Plans for the children: "let me know which works", "let me know if those dates work".
      'let me know (which|if|whether|what|when) ** (work|works|suit|suits|date|dates|time|times|day|days|' +
        'weekend|weekends|pickup|dropoff|flight|flights|shift|shifts)',
      '(you can|you could|feel free to|you are welcome to|you may|you are always welcome to) (always|) (talk ' +
        'to me|reach out|write|call|text|get in touch|let me know)',
      'talk to me about',
      '(respond|reply) (to|) (in|with) (kindness|anger|love)',
      // "I keep changing my answer", "you deserved an answer", "I will accept that as your answer": the word,
      // not the ask "answer!" (but "I hope this card gets an answer" asks).
      '(my|the) answer $',
      '(deserved|deserve|owed|owe) (you|) (an|a proper|a real|an honest) answer $',
      'accept (that|it|this|silence) as your answer $',
      // The writer's own turn to speak: "I must say something I did not say before".
      '(i|we) (must|have to|need to|want to|will|should|would like to|wanted to|had to|never|did not) (say|send) ' +
        '(something|anything|a word)',
      // "I release any expectation of a reply": the ask let go of.
      '(release|releasing|without|no|drop|dropping|let go of) (any|all|every|the|) (expectation|expectations) ' +
        '(of|for) (a|any|your) (reply|answer|response)',
    ],
  },
  'contact-request': {
    patterns: [
      '(can|could|would|will|should|shall) (we|you and i|you and me) (please|) (talk|meet|meet up|get coffee|' +
        'grab coffee|grab a coffee|have coffee|get a coffee|get a drink|grab a drink|have a drink|grab lunch|get ' +
        'lunch|have lunch|have dinner|get dinner|grab dinner|catch up|hang out|see each other|video call|' +
        'facetime|call|speak|chat|get together|go for a walk|go for a drink)',
      '(let us|lets) (meet|talk|get|grab|have|catch up|hang out|see each other|get together|go for|chat|do ' +
        'coffee|call)',
      'i (would|will|really would) (love|like|want) (to|) (see|meet|talk to|catch up with|hang out with|speak ' +
        'to|speak with|talk with|hug|visit) you',
      'i (would|will|really would) (love|like) (to|) (talk|catch up|chat|meet up|meet|get together|grab coffee|' +
        'get coffee|see each other)',
      'i want to (see|meet|talk to|speak to) you',
      'looking forward to (seeing you|catching up|our (talk|chat|coffee|call))',
      '(it would be|would be|it will be|would not it be|would it not be) (nice|great|lovely|good|amazing|' +
        'wonderful|fun|cool) (to|if we could|if we) (see you|talk|catch up|meet|hear from you|chat|get together|' +
        'grab coffee|hang out)',
      '(it would be|would be|it will be|would not it be|would it not be) (nice|great|lovely|good|amazing|' +
        'wonderful|fun|cool) (to|if we could|if we) (grab|get|have|go for) (a|some|) (coffee|drink|drinks|lunch|' +
        'dinner|bite|walk|pint|catch up|chat)',
      '(are you|you) free (on|this|next|tomorrow|tonight|for coffee|for a drink|sometime|later|at the weekend)',
      '(coffee|drink|drinks|lunch|dinner|a walk|a chat|a call|a pint) (sometime|soon|one day|someday|one of ' +
        'these days|next week|this week|this weekend)',
      '(would|i would) (love|like|be up for) (to|) (grab|get|have|go for) (a|some|) (coffee|drink|drinks|lunch|' +
        'dinner|bite|walk|catch up)',
      '(grab|get|have) (a|some|) (coffee|drink|drinks|lunch|dinner|bite to eat) (sometime|soon|together|with ' +
        'me|one day|some time|$)',
      '(catch up|meet up|hang out) (sometime|soon|some time|one day|again soon)',
      '(can|could|would) you (come|pop|step) (down|out|outside|over|round|to the door)',
      'i will give you a (ring|call|buzz|shout) (next|tomorrow|later|in|at|on|soon|this)',
      'i will (call|ring|phone|text|message|email|contact|visit|facetime) you',
      '(do you|would you) (want|like|wanna|fancy) to (meet|meet up|grab|get|have|catch up|hang out|talk|see me|go for)',
      '(do you|would you) (fancy|want) (a|) (coffee|drink|catch up|walk)',
      '(want to|do you want to|would you like to|fancy|do you fancy) (come over|come round|coming over|coming ' +
        'round|meet up|meet|hang out|go out|grab a (coffee|drink|bite)|get (a|) (coffee|drink|drinks|dinner|' +
        'lunch))',
      '(call|text|ring|write) (me|) (sometime|anytime|any time|whenever|soon|later|tonight)',
      'see you (soon|around|sometime|again soon)',
      '(keep|stay) in touch',
      '(hope|hoping) to see you (soon|again|sometime)',
      '(talk|speak|chat) (soon|later|to you soon|to you later)',
      'talk to you (soon|later)',
      '(can|could|may) i (call|see|visit|text|ring|meet) you',
      '(maybe|perhaps) we (could|can|should|might) (talk|meet|meet up|get coffee|grab coffee|grab a coffee|' +
        'catch up|hang out|see each other|get together|have a chat|chat|speak|call)',
      '(just|only) one (coffee|drink|call|conversation|chat|lunch|dinner|meeting|walk|talk|phone call)',
      '(would love|would like|love|want|hope|wish|am dying|am eager|would be glad|would be happy) to (hear|' +
        'know) (how you are|how you have been|how you are doing|what you think|your news|all about|everything|' +
        'about your|what you are up to|what is new)',
      'tell me (about your|all about|everything|more about|what you are up to|what is new)',
      '(let us|lets) not be strangers',
      'do not be a stranger',
      '(looking forward to|look forward to|can not wait to) (hearing|hear) (from you|your news|all about|back|' +
        'how|about|what)',
      'meet me',
      // "I'll be at the Fox on Friday from seven if you fancy joining."
      '(if|in case) you (fancy|want|feel like|would like|wanna) (joining|to join|coming|to come|coming along|' +
        'to come along|popping in|dropping in) (me|us|)',
      // An outing already planned for two: "let me take you to dinner", "I've got us tickets" (a table
      // or a room booked is read from the clause: proposalToMeet).
      '(let me|i would love to|i would like to|i want to|allow me to) (take|treat|whisk) you (out|to|away|for)',
      'i (have|) (got us|have got us) (a|the|us a) (table|room|cabin|cottage|weekend|tickets|two tickets)',
      '(one|a) (coffee|drink|conversation|chat|talk) is all i (am asking|ask|want)',
    ],
    except: [
      // "Dear friend (may I still call you that?)": a name, not a phone call.
      // The letter getting on with itself: "so let's just get to it", "let's get this over with".
      '(let us|lets) (just|) get (to it|to the point|on with it|down to it|started|it over|this over|this done)',
      '(call|calling) you (that|this|so|by|my|a|an|friend|mate|dear|darling|names)',
      '(talk|speak) to you later about',
      'see you (soon|around) (on stage|on the stage|on tv|on screen|in the papers)',
      'see you (happy|thrive|thriving|succeed|succeeding|smile|smiling|laugh|laughing|do well|doing well|well|' +
        'at peace|shine|shining|grow|growing|on stage|play|perform|performing|win|winning|flourish|flourishing|' +
        'live|living|find|so happy|this happy|healthy|safe)',
    ],
  },
  'check-arrival': {
    patterns: [
      'did you (get|receive|see|read|open|like) (my|the) (card|letter|note|message|text|gift|present|package|' +
        'parcel|tickets|email|flowers|envelope)',
      'did you (get|receive) (it|this|that|them)',
      'did (my|the) (card|letter|note|message|text|gift|present|package|parcel|tickets|email|flowers|envelope) ' +
        '(arrive|get there|reach you|come|make it)',
      'did (my|the) (last|) @piece (reach you|get to you|make it to you|make it|arrive|get there|come through|land)',
      '(make sure|check|see|find out|confirm|know) (that|if|whether|) (this|it|the @piece|my @piece|' +
        'everything) (got to you|arrived|arrives|reached you|got there|made it|gets there|gets to you)',
      '(let me know|tell me|text me|message me|confirm|say|send me a text|send a text|drop me a text) (if|when|' +
        'that|whether|once) (you|it|this|the @piece) (@receive|@arrive|get this|get it|have it)',
      '(let me know|tell me|confirm) (you|you have) (got|received|gotten) (it|this|them|the @piece)',
      '(just|) (checking|wanted to check|want to check|making sure|wanted to make sure|want to make sure|' +
        'checking in to see) (if|that|whether|) (you|it|this|the @piece) (@receive|@arrive|got it|got this|got ' +
        'my)',
      'i (will|might|may|am going to|could) (call|text|message|email|check|follow up|check in|ring) (you|) (to|' +
        'and) (check|see|make sure|find out|ask|confirm)',
      'i (will|am going to) (check|follow up|check in|call to check) (in|next|tomorrow|on|later|soon|after|once|when)',
      'i (will|am going to|might) (call|text|ring|message|ask|email|check with|phone) ** (to|and) (check|see ' +
        'if|make sure|find out|confirm|ask if|ask whether)',
      'as soon as (you|this|it|the @piece) (arrives|arrive|gets there|get this|get it|gets to you|reaches you|' +
        'receive|read this|get the)',
      'as soon as you (get|receive|read|open) (this|it|the @piece)',
      'when (this|it|the @piece) (arrives|gets there|reaches you|comes) (let me know|text me|call me|tell me|' +
        'message me)',
      // "When it arrives could you send me a quick message so I know the post is working".
      'when (this|it|the @piece) (arrives|gets there|reaches you|comes) (could you|can you|would you|will you|' +
        'please|) (send|drop|give) me (a|) (quick|short|little|) (message|text|line|note|ring|call)',
      '(confirm|acknowledge) (receipt|that you got|you got)',
      '(i will|i am going to) (call|text) (you|) (when|once|after) (it|this|the @piece) (arrives|gets there|' +
        'should have arrived)',
    ],
  },
  deadline: {
    except: [
      // "If you don't reply, I won't read anything into it": the silence allowed, not punished.
      'i will not (conclude|assume|read|take|hold|think|mind|be upset|be angry|be hurt|ask|press|chase|push) ' +
        '(anything|it|that|you|a thing|any|less|badly|again|$)',
      'i (wanted|want|meant|needed|hoped|tried|had|have) to (write|call|text|send this|get this out) (before|by|until)',
      // "If you don't write back, I'll take that as your answer and respect it": a release, not a threat.
      'i will take (that|it|this|your silence) as (your|an|a|my) (answer|no|reply) (and|,) (respect|accept|' +
        'understand|leave|let|will respect|will leave|i will respect|i will leave|wish)',
      '(if|unless) i (do not|never|have not|did not) (hear|heard) ** i will take (that|it) as your answer and ' +
        '(respect|accept|leave)',
      // "I'm sorry for the text before the grand final": a text sent, not one asked for.
      '(the|my|that|this) (text|call|letter|message) (before|until)',
    ],
    patterns: [
      '(reply|respond|answer|call|text|write|write back|get back to me|decide|tell me|let me know|hear from ' +
        'you|hear back|call me|text me|answer me) (to me|me|back|) (by|before|within|no later than|until)',
      'i need (an|your|a) (answer|reply|response|decision)',
      'i (expect|am expecting|demand|want) (an|a|your) (answer|reply|response|explanation|call)',
      // "I need to know by the end of June" (not "I need to know before I can move on": that pleads).
      'i need to know (by|within|no later than|until|before (the|this|next|tonight|today|tomorrow|monday|' +
        'tuesday|wednesday|thursday|friday|saturday|sunday|christmas|then|the weekend))',
      // "You owe me one proper conversation", "the least you could do is pick up a pen".
      'you owe me (one|a|an|at least|that much|this|the) (proper|real|honest|last|single|decent|) ' +
        '(conversation|talk|chat|answer|reply|explanation|call|meeting|coffee|closure|visit)',
      'the least you (could|can) do',
      'you owe me (that much|this much|at least that|that at least|at least this)',
      '(i am|am) (still|) waiting (for|on) (your|an|a) (answer|reply|response|call|text|message|decision|letter)',
      '(i am|i have been|i have) (still|) (waiting|been waiting) (to hear|for you to (reply|answer|respond|' +
        'call|text|write|get back))',
      'if i do not hear (back|) from you (by|within|in|before|soon|today|tonight|tomorrow|this week|i will ' +
        '(call|come|text|write|show|keep|have to|know)|i am going to)',
      // Other tenses of the same ultimatum: "if I haven't heard from you by Christmas".
      '(if|unless) i (have not|did not|have still not|still have not|still do not|have not yet|never|do not ' +
        'ever) (hear|heard) (back|anything|a word|) from you (by|within|in|before|soon|today|tonight|tomorrow|' +
        'this week|next week|after|$)',
      '(if|unless) i (do not|have not|did not|still have not|never) (get|got|had|have|receive|received) (a|an|' +
        'your|any) (reply|answer|response|call|text|letter|word|message) (by|within|before|in|soon|today|tonight|' +
        'tomorrow|this week|$)',
      'i will (know|assume|take it|take that as a sign|understand) (that|) (it is|we are|that it is|that we ' +
        'are|everything is) (over|done|finished) (for good|between us|$)',
      'if you (do not|will not|can not) (reply|answer|respond|call|text|write back|get back to me|pick up|talk ' +
        'to me|call me|text me|write) (back|) (by|within|in|soon|today|tonight|tomorrow|i will|i am going to|' +
        'then|i will have to|i will know|i will take)',
      '(this is|it is|is) (your|my|our) (last|final|only) (chance|message|attempt|try|time asking|offer)',
      '(last|final) chance',
      '(before|until) it is too late',
      '(you have|i will give you|i am giving you) until',
      '(time is|we are|you are) running out (of time|)',
      'running out of time',
      'i (will not|can not|am not going to) wait forever',
      '(do not|) make me wait',
      'i (will|am going to|might) (stop|give up) (trying|waiting|on you|on us|) (if|unless) you',
      'take it or leave it',
      'now or never',
      '(tick tock|the clock is ticking|clock is ticking)',
      'i (deserve|am owed|need) an (explanation|answer|apology)',
      'you owe me (a|an) (reply|answer|explanation|response|call|conversation)',
      // "You owe me.", said flatly: a debt called in.
      '(you|u) (owe|still owe) me $',
    ],
  },
  'showing-up': {
    except: [
      // A guest at the wedding they invited the writer to: "I'll be there on the day".
      'i will be there (on|for|at) the (day|big day|ceremony|service|reception|celebration)',
      'i will be there (on|for|at) your (wedding|big day|graduation|party|celebration|launch|opening|ceremony|' +
        'christening|leaving do|birthday party)',
      // The children's handover, as ever: "I'll see you at the exchange on Friday like usual".
      'i will see you (at|on) ** (like|as) (usual|always|normal|ever|every week)',
      'i will see you at (the|) (handover|exchange|swap|pickup|pick up|drop off|dropoff|school gate|school run|' +
        'parents evening)',
    ],
    patterns: [
      'i (will|might|may|could|am going to|was going to|plan to|thought i would|thought i might|was thinking ' +
        'of|am thinking of|thought about) (come|coming|stop|stopping|drop|dropping|swing|swinging|pop|popping|' +
        'turn|turning|show|showing|go|going|wait|waiting) (by|over|round|around|up|outside|past) (your|at your|' +
        'to your|the|at the|$)',
      '(show|turn|showing|turning) up (at|to|on) (your|the)',
      'i (will|am going to|might|could) (be|wait|be waiting|stand|sit) (outside|at your|by your|near your|in ' +
        'front of|across from)',
      'i am (outside|at|near|by|in front of|across from|waiting outside|downstairs at|parked outside) your ' +
        '(place|house|flat|apartment|work|office|job|door|building|street|parents)',
      'i am (outside|downstairs|at your door|at the door|parked outside)',
      // Past and present waiting about: "I waited outside your work", "I sat outside your flat".
      'i (waited|was waiting|have been waiting|have waited|sat|was sitting|have been sitting|stood|was ' +
        'standing|parked|was parked|hung around|hung about|was hanging around|lingered|drove round|drove around|' +
        'walked round|walked around) (for you|for ages|for hours|) (outside|by|near|at|in front of|across from|' +
        'across the road from|across the street from|round|around|on|opposite) your @yourPlace',
      // Future: "I'll be waiting on your doorstep", "I'm going to sit outside your work until".
      'i (will|am going to|might|could|shall|plan to) (be|wait|be waiting|stand|be standing|sit|be sitting|be ' +
        'parked|park|camp|camp out|hang around) ** (on|at|outside|by|near|in front of|across from|opposite) your ' +
        '@yourPlace',
      '(on my way|heading|driving|walking|coming) (to|over to|round to|to see you at) your @yourPlace',
      '(come|coming|stop|drop|swing|pop) by your (place|house|flat|apartment|work|office|job|door|building|parents)',
      'i (came|went|drove|walked|stopped|passed|have been|was) (by|past|to|outside|around) your (place|house|' +
        'flat|apartment|work|office|job|door|building|street|parents)',
      'i (know|found out|figured out|have found out) where you (live|work|are staying|are living|hang out|are now)',
      'i (will|am going to) (find|surprise|visit|come see) you',
      '(surprise|visit) you at (your|work|home)',
      'i will (come|stop|drop|swing|pop) (by|over|round|around) (after|before|during|at|on) (your|the)',
      // "I'll drop by on Boxing Day", "I might swing by yours", "I'll pop round with your presents".
      'i (will|might|may|could|am going to|thought i would|thought i might) (come|stop|drop|swing|pop|call|nip|' +
        'pass) (by|over|round|around|in) (yours|hers|his|theirs|your (mum|mom|dad|parents|sister|brother)|on|' +
        'this|next|tomorrow|tonight|later|sometime|some time|with|after work|at the weekend|on the way)',
      // "I might drop your books round", "I'll bring the rest of your things over on Sunday".
      'i (will|might|may|could|am going to|thought i would|thought i might) (drop|bring|pop|run|take) (your|' +
        'the|some|a few|those|these) ** (round|over|by|to yours|to your (place|house|flat|door))',
      // "I might knock and say hi", "I'll knock on your door".
      'i (will|might|may|could|am going to|thought i would|thought i might) (knock|ring your bell|ring the ' +
        'bell|ring the doorbell|come knocking)',
      'i (will|might|may|could) (just|) (swing|pop|drop) by (yours|your place)',
      'i am (coming|driving|heading|walking|on my way) (round|over|to your|by your|to see you|to yours|by yours)',
      // "I'll come to yours after work", "I'm popping by yours on Friday": "yours" is their home.
      'i will come (round|over|to your|by your|to yours|by yours)',
      'i am (popping|dropping|swinging|nipping|stopping) (by|round|over|in) (to|at|) yours',
      'i will see you (at|on|there|tomorrow|tonight)',
      'i will be (there|at (your|the)) (on|at|tomorrow|tonight|saturday|sunday|friday|$)',
      '(see|meet) you (at|outside) your',
      '(wait|waiting) for you (outside|after|at your|by your)',
      'i will (be|wait|come|see you|find you) ** (after|before|outside) your (show|shift|class|practice|' +
        'rehearsal|game|gig|performance|work|lecture|training)',
      'stage door',
      'i (will|am going to|might) (be|come|show up|turn up|wait|drop by|stop by) (at|to|outside|by|near) your ' +
        '(place|house|flat|apartment|work|office|door|building|parents|gym|job|school|street|theatre|theater|' +
        'shows|show)',
    ],
  },
  'repeat-contact': {
    except: [
      // "Nice of you to finally unblock me": a jibe about the past, not a plea.
      '(finally|to finally|you finally|you have finally) unblock me',
      // This letter, being written: "I'm writing you an actual letter", "I am writing to you because...".
      'i am writing (you|to you) (this|a|an|the|these|with|because|to|from|today|tonight|on|at|in|since|as|after)',
    ],
    patterns: [
      'i will keep (calling|texting|writing|trying|messaging|emailing|reaching out|checking in|sending|asking)',
      'i will (call|text|write|message|email|reach out|try|check in|contact you|write to you|send another|' +
        'ring) (again|every|daily|each|until|next week|next month|in a (week|few days|month)|tomorrow)',
      'i will (call|text|write to|message|email) you (again|every|daily|each|until|tomorrow)',
      'i (have|) (called|texted|messaged|written|emailed|tried|rung|left) (you|) (so many|many|a few|several|' +
        'countless|dozens of|a hundred|a million|a thousand|a lot of|@number) (times|messages|voicemails|texts)',
      '(this is|that is|this will be) my (second|third|fourth|fifth|sixth|tenth|last|umpteenth|next) (message|' +
        'text|letter|email|attempt|time|try|voicemail)',
      'why are you (ignoring|avoiding|blocking|ghosting|not answering|not replying to) me',
      'are you (ignoring|avoiding|blocking|ghosting) me',
      '(stop|quit) (ignoring|avoiding|blocking|ghosting) me',
      '(please|) unblock me',
      'i (will|am going to) (not|never) stop (trying|calling|writing|texting|fighting for (you|us))',
      'i (keep|have been|am) (calling|texting|writing|messaging|trying to reach) you',
      // "I have had no answer to my last four emails", "I'm writing again because".
      '(had|got|received|heard) no (answer|reply|response|word|news) (to|from|about) (my|any of my|the) (last|' +
        ') (@number|few|several|many|) (emails|messages|texts|letters|calls|cards|voicemails|email|message|' +
        'letter)',
      'i am writing (to you|) again (because|since|as)',
      '(you are|your|so you are|so your) (just|really|seriously|) going to (ignore|avoid|ghost|block|blank) me',
      '(not|no|without) (a word|a single word|one word|an answer|a reply) back',
    ],
  },
  'open-door': {
    patterns: [
      'if (you|u) (ever|) (want|wanna|would like|feel like|are ready|are up for|are open|have time|get a ' +
        'chance|decide|fancy|are ever|feel ready|need|wish|like|choose|prefer|would rather)',
      'if (and when|ever) (you|u)',
      // "If one day you want to have a coffee, I'd be happy", "if someday you'd like to talk".
      'if (one day|someday|some day|at some point|sometime|in time|later on|down the line) (you|u) (ever|) ' +
        '(want|wanna|would like|feel like|are ready|fancy|decide|wish|like|choose|feel ready)',
      '(whenever|when|if) (you|u) (are|feel|ever feel) (ready|like it|up to it|comfortable)',
      'whenever (you|u) (want|like|feel like|have time|are ready|wish|need)',
      'feel free',
      // "No need to reply" softens; "No need to be sorry, just call me" does not.
      'no (pressure|rush|obligation|expectations)',
      'no need to (reply|answer|write|respond|get back|rush|hurry|call|text|decide)',
      'no need (for|of) (a|an|any) (reply|answer|response)',
      'only if (you|u)',
      'in your own time',
      '(at|in) your own pace',
      'should you (ever|) (want|wish|feel|decide|like)',
      'if (that is|it is) (something|what) you (want|would like)',
      'if not (i|that is|that)',
      'if you (are|would be) (comfortable|okay|ok|happy|open)',
      '(totally|completely|entirely) up to you',
      '(it is|that is) (totally|completely|entirely|) (up to you|your call|your choice)',
      'if you would rather not',
      '(if|when) (it|that) (ever|) feels (right|okay|ok|good)',
      'the door is (always|) open',
    ],
    negatable: false,
  },
};
