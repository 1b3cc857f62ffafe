/**
 * Word families shared by the phrase lists ("@contact" in a pattern). One place to add a synonym
 * or a tense, and every phrase that uses the family learns it.
 */
export const MACROS: Readonly<Record<string, string>> = {
  // People.
  me: '(me|myself)',
  partner:
    '(she|he|they|<partner>|your (new|) (girlfriend|boyfriend|partner|wife|husband|man|woman|guy|girl|fiance|' +
    'fiancee|lady|fella)|the new (girlfriend|boyfriend|partner|guy|girl|one))',
  partnerObj:
    '(her|him|them|<partner>|your (new|) (girlfriend|boyfriend|partner|wife|husband|man|woman|guy|girl|fiance|' +
    'fiancee))',
  partnerIs: '(she is|he is|they are|<partner> is|your (new|) (girlfriend|boyfriend|partner|man|woman|guy|girl) is)',
  them: '(him|her|them|<partner>)',
  /** Where someone lives or spends the day: the places a visit turns into showing up. */
  yourPlace:
    '(place|house|home|flat|apartment|work|workplace|office|job|door|front door|doorstep|porch|step|building|' +
    'street|road|parents|mums|moms|gym|school|college|uni|class|shop|restaurant|cafe|bar|gig|show|shows|' +
    'theatre|theater|rehearsal|practice|car|window|gate|drive|driveway)',
  /** Friends by other names (British "mates", American "buddies"). */
  friends: '(friends|mates|pals|buddies)',
  // Contact.
  call:
    '(call|ring|phone|facetime|text|message|msg|email|e-mail|write|write to|dm|reach out to|get in touch with|' +
    'contact|answer|reply to|respond to|talk to|speak to|visit|see)',
  callNow:
    '(call|ring|phone|facetime|text|message|msg|email|e-mail|write to|dm|reach out to|get in touch with|' +
    'contact|answer|reply to|respond to|talk to|speak to|visit)',
  replyVerb:
    '(reply|respond|answer|write back|text back|text me back|call back|call me back|get back to me|message me ' +
    'back|email me back|write me back|get in touch|reach out|call|text|ring me|write)',
  replyNoun: '(reply|response|answer|call|text|message|letter|email|word|decision)',
  device: '(phone|texts|calls|messages|emails|door|letters)',
  piece: '(card|letter|note|message|text|texts|email|gift|present|package|parcel|tickets|flowers|it|this|that)',
  arrive:
    '(arrive|arrives|arrived|gets there|got there|get there|comes|came|lands|landed|reaches you|reached you|' +
    'shows up|turns up)',
  receive: '(get|got|gotten|receive|received|read|open|opened|see|saw|seen)',
  day:
    '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the weekend|this weekend|' +
    'next week|the end of (the|this) (week|month|day)|midnight|noon|new year|christmas|your birthday|my birthday)',
  // Saying and feeling.
  will: '(will|would|am going to|going to|gonna|shall|could|can|might|may)',
  want:
    '(want|wanted|wish|hope|hoped|would like|would love|would really like|was hoping|am hoping|have been hoping|' +
    'need|long)',
  love: '(love|adore|loved|adored)',
  sad:
    '(falling to pieces|going to pieces|in pieces|in bits|coming apart|not coping|barely coping|miserable|' +
    'devastated|heartbroken|broken|shattered|destroyed|desperate|empty|hopeless|lost|wrecked|a wreck|a mess|a ' +
    'complete mess|falling apart|dying inside|dead inside|depressed|suicidal|numb|nothing|incomplete|lonely|so ' +
    'alone|not okay|not ok|not fine|not myself)',
  cry: '(cry|cried|crying|cries|sob|sobbing|weep|weeping|tears)',
  time:
    '(every (night|day|morning|evening|minute|hour|second|waking moment)|all (night|day|the time|night long|day ' +
    'long)|constantly|nonstop|non stop|24 7|day and night|night and day|myself to sleep|at night|on my own)',
  number:
    '(a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple|a couple of|couple|some|1|2|3|4|' +
    '5|6|7|8|9|10|12|few|another|a couple more)',
  span: '(day|days|week|weeks|month|months|year|years|minutes|hours|seconds)',
  /** What someone found is backhandedly praised for keeping them to: "something you can commit to". */
  faithfulTo:
    '(commit to|stay faithful to|be faithful to|stick (with|at|to)|make time for|show up for|turn up for|put ' +
    'first|be honest with|be on time for)',
  pet:
    '(babe|baby|bby|darling|darlin|sweetheart|sweetie|sweetpea|honey|hun|hon|love of my life|my love|my darling|' +
    'my dear|dearest|beloved|angel|my angel|handsome|gorgeous|beautiful|cutie|cutie pie|sugar|my heart|my ' +
    'everything|my one and only|my king|my queen|boo|pumpkin|sweetness|lover|my sunshine|snookums|my person)',
  negAdj:
    '(boring|shallow|fake|annoying|clingy|immature|basic|plain|ugly|dull|dumb|stupid|desperate|needy|' +
    'controlling|a gold digger|trash|a joke|a downgrade|beneath you|too young|so young|not that pretty|not ' +
    'that smart|nothing special|average|crazy|psycho|a rebound|a phase|a mistake|a distraction|temporary|using ' +
    'you|not good enough|not right for you|not your type|wrong for you|bad for you|a bad influence|not even ' +
    'pretty|two faced|jealous|cheap|trashy|lame|a bore|a drag|a snob|a loser|a nightmare|hard work|dim|thick|' +
    'vapid|tacky|try hard|a try hard|full of (herself|himself|themselves)|not the brightest|out of (her|his|' +
    'their) depth)',
  /** What a relationship's end can be said to have thrown away. */
  wasted:
    '(everything|us|what we had|our relationship|our love|it all|all of it|our future|so much|all that|all we ' +
    'had|everything we had|everything we built|((our|those|these|the|all those|all our|all the|) (@number|all ' +
    'those|) (@span|years together|good years|years of my life)))',
  hurt:
    '(hurt|hurting|wounded|pained|caused you pain|let you down|broke your heart|broke your trust|betrayed|' +
    'disappointed|abandoned|lied to|cheated on|treated you badly|treated you so badly)',
};
