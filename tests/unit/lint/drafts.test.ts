/**
 * Drafts written for these tests, independently of tests/fixtures/lint-samples.jsonl, in many
 * voices and shapes: clean ones that must stay quiet (false alarms are the commonest complaint
 * about prose linters) and problem ones that must be caught. Same contract as the fixture:
 * every label reported as error or warning, nothing else outside "allow", intent verdict right.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import type { Intent, Kind } from '../../../src/core/types';

type Draft = [kind: Kind, intent: string | null, text: string, labels: string[], allow?: string[], detected?: string];

const DRAFTS: Draft[] = [
  [
    'card',
    null,
    'Dear Sam,\nSaw this robin and it made me smile. I hope the new job is treating you kindly and the commute ' +
      "isn't too grim.\nPriya",
    [],
  ],
  ['card', null, "Sam,\nI've been a complete wreck since you left. I need you, I really do.\nPriya", ['needy']],
  ['card', null, 'Hi Sam,\nHappy birthday! I still have the scarf you gave me on our first date.\nPriya', ['romantic']],
  [
    'card',
    null,
    "Hi Sam,\nJust wanted to say hello and that I hope you're doing well.\nAll my love,\nPriya",
    ['signature'],
  ],
  ['card', null, "Hi Sam,\nHope you're well. Text me when you get this so I know it arrived!\nPriya", ['pressure']],
  [
    'card',
    null,
    'Hi Sam,\nHope spring is treating you well. No need to answer this, I just wanted to say hi.\nPriya',
    [],
  ],
  [
    'card',
    null,
    "Hey Sam,\nThis card had a dog on it that looked just like Biscuit. Hope you're both well!\nPriya x",
    ['signature'],
  ],
  [
    'card',
    null,
    "Hi Sam,\nCongratulations on finishing the marathon! That's amazing.\nYours always,\nPriya",
    ['signature'],
  ],
  ['card', null, 'Sam,\nYou were always so selfish, but I forgive you. Happy holidays.\nPriya', ['blame']],
  ['card', null, 'Hi Sam,\nI miss you so much it hurts. Please come back.\nPriya', ['needy'], ['romantic']],
  [
    'card',
    null,
    "Hi Sam,\nI hope the move went smoothly. Let me know if you need a hand with anything, or don't, that's " +
      'fine too.\nPriya',
    [],
    ['pressure'],
  ],
  ['card', null, "Hi Sam,\nHope you're good. Would love to grab a coffee and catch up sometime?\nPriya", ['pressure']],
  ['card', null, 'Sam,\nWishing you a peaceful new year. Thinking of you fondly.\nPriya', []],
  [
    'card',
    null,
    "Hi Sam,\nI hope you are well. I'll give you a ring next week to make sure this got to you.\nPriya",
    ['pressure'],
  ],
  ['card', null, "Hi Sam,\nYou looked so handsome in the photos from Jo's wedding.\nPriya", ['romantic']],
  ['card', null, "Hi Sam,\nIt's been ages. I hope life is good to you. 💕\nPriya", ['romantic']],
  ['message', null, 'Hey Sam, I saw your band is playing Friday. Hope it goes great!', []],
  ['message', null, "why won't you answer me?? I've texted you like 10 times", ['pressure'], ['blame']],
  ['message', null, "sam pls just talk to me, i'm so lost without u", ['needy', 'pressure']],
  ['message', null, "Hi Sam, hope you're keeping well. No need to reply 🙂", []],
  ['message', null, "Hey, I'm outside your flat, can you come down?", ['pressure']],
  ['message', null, "Happy birthday Sam! Hope it's a good one.", []],
  ['message', null, "If you don't reply by tonight I'm going to assume you hate me", ['pressure'], ['blame', 'needy']],
  ['message', null, "Sam I know you're with someone new but she'll never understand you like I do", ['new-partner']],
  ['message', null, "hey stranger! how've you been?", []],
  ['message', null, 'I miss u babe, can we talk?', ['pressure'], ['romantic', 'needy']],
  [
    'note',
    null,
    "Hi Sam,\nI heard that you and Chloe moved in together. I'm really happy for you both, and I mean it. " +
      "These tickets are for the two of you. I'd love to just be friends again.\nPriya",
    [],
    [],
    'friendship',
  ],
  [
    'note',
    null,
    "Hi Sam,\nI heard about Chloe. Honestly she's not right for you, but enjoy the film.\nPriya",
    ['new-partner'],
    ['missing-element', 'ambiguous-intent'],
  ],
  [
    'note',
    null,
    "Hi Sam,\nI know you're seeing Chloe now and I'm fine with it. When it doesn't work out, I'll be here.\nPriya",
    ['new-partner'],
    ['ambiguous-intent'],
  ],
  [
    'note',
    null,
    "Hi Sam,\nCongrats on you and Chloe! Here are two cinema tickets, enjoy a night out. I'd like us to stay " +
      'friends.\nLove,\nPriya',
    ['signature'],
  ],
  [
    'note',
    null,
    "Hi Sam,\nI heard you're with Chloe now and I'm glad you're happy. I'd like us to be friends, nothing " +
      "more. Here's a little something for a movie night for you both.\nPriya",
    [],
    [],
    'friendship',
  ],
  [
    'note',
    null,
    "Hi Sam,\nClara mentioned you and Chloe are engaged. That's wonderful news, congratulations to you both. I " +
      'still think about us sometimes.\nPriya',
    ['romantic'],
    ['ambiguous-intent'],
  ],
  [
    'letter',
    'friendship',
    "Dear Sam,\n\nI've wanted to write this for a long time. I treated you badly at the end, and I'm sorry for " +
      "the pain I caused. You deserved honesty and I gave you silence.\n\nI'm writing because I miss having you " +
      "as a friend. I'm not asking for us to get back together; I'd just like to be friends again, if you ever " +
      "want that.\n\nYou don't need to answer this. I won't contact you again.\n\nPriya",
    [],
    [],
    'friendship',
  ],
  [
    'letter',
    'romantic',
    'Dear Sam,\n\nI know how much I hurt you when I walked away, and I am deeply sorry. I was scared, and I ' +
      'was wrong.\n\nI still love you. I would like us to try again, as a couple, if there is any part of you ' +
      "that wants that too. If not, I understand completely.\n\nI won't write again unless you want me " +
      'to.\n\nPriya',
    [],
    [],
    'romantic',
  ],
  [
    'letter',
    null,
    "Dear Sam,\n\nI'm sorry for how things ended. I hurt you, and I know that.\n\nI want you back in my life. " +
      "Let's take it slow and see what happens.\n\nPriya",
    ['ambiguous-intent'],
    [],
    'unstated',
  ],
  [
    'letter',
    'friendship',
    "Dear Sam,\n\nI'm sorry I hurt you. I'd like to be friends. Call me sometime and we can grab a drink.\n\nPriya",
    ['pressure'],
    [],
    'friendship',
  ],
  [
    'letter',
    'romantic',
    'Dear Sam,\n\nI miss you every day. I want to be with you again; we were good together and I think we ' +
      'still could be.\n\nPriya',
    ['missing-element'],
    ['needy'],
    'romantic',
  ],
  [
    'letter',
    'friendship',
    "Dear Sam,\n\nI know I hurt you, and I'm sorry. Though to be fair, you never really listened to me either. " +
      "I'd like to be friends.\n\nPriya",
    ['blame'],
    [],
    'friendship',
  ],
  [
    'letter',
    'friendship',
    "Dear Sam,\n\nI'm so sorry for what I did. I want us to be friends again, and maybe one day something " +
      'more.\n\nPriya',
    ['ambiguous-intent'],
    ['romantic'],
    'mixed',
  ],
  [
    'letter',
    'romantic',
    "Dear Sam,\n\nI hurt you, and there's no excuse for it. I'm sorry.\n\nNot as friends, I mean it: I want us " +
      'to be together again.\n\nPriya',
    [],
    [],
    'romantic',
  ],
  [
    'letter',
    'friendship',
    "Dear Sam,\n\nI am sorry for the way I left. I think about it often.\n\nI'd love to have you back in my " +
      "life as a friend. I'm not looking for anything romantic.\n\nIf you'd rather not, I understand.\n\nPriya",
    [],
    [],
    'friendship',
  ],
  [
    'letter',
    'friendship',
    "Dear Sam,\n\nI know I hurt you and I'm sorry. I would like us to be friends. Please write back as soon as " +
      "you can, I'll be waiting by the mailbox.\n\nPriya",
    ['pressure'],
    ['needy'],
    'friendship',
  ],
  [
    'letter',
    'romantic',
    "Dear Sam,\n\nI'm sorry for everything. I can't eat, I can't sleep, I cry every night. Please give us one " +
      'more chance.\n\nPriya',
    ['needy'],
    ['pressure'],
    'romantic',
  ],
  ['message', null, "Hi Sam. I know it's been a while. I hope you're doing okay, and no pressure to write back.", []],
  [
    'card',
    null,
    "Hi Sam,\nI hope you've had a lovely summer. I'm around if you ever want to catch up, no pressure at all.\nPriya",
    [],
  ],
  ['card', null, 'Hi Sam,\nHope things are good! Btw, did my last letter reach you?\nPriya', ['pressure']],
  [
    'card',
    null,
    "Hi Sam,\nI know I messed up. I'll change, I promise. Just give me another chance.\nPriya",
    ['needy'],
    ['romantic'],
  ],
  ['message', null, "I'm not mad, just disappointed you never even bothered to reply.", ['blame'], ['pressure']],
  ['note', null, "Hi Sam,\nHope you're well! I'd like us to be friends again.\nPriya", ['missing-element']],
  [
    'card',
    null,
    "Hi Sam,\nI drove past your place last night and the lights were on. Hope you're doing well.\nPriya",
    ['pressure'],
  ],
  [
    'letter',
    'friendship',
    "Dear Sam,\n\nFirst, I'm sorry. I hurt you and I've had a lot of time to think about that.\n\nI'd really " +
      "like us to find our way back to being friends. I hope you're happy, whatever you decide.\n\nPriya",
    [],
    [],
    'friendship',
  ],
  [
    'card',
    null,
    'Hi Tom,\nI heard the band finally got back together for a reunion gig. I love that for you all!\nAnna',
    [],
  ],
  [
    'card',
    null,
    'Hi Tom,\nI still laugh about the time we got lost in Leeds. Hope your mum is recovering well.\nAnna',
    [],
  ],
  ['card', null, 'Hi Tom,\nI hope the new puppy is settling in. I bet you need a lot of coffee these days!\nAnna', []],
  [
    'card',
    null,
    'Hi Tom,\nI saw a poster for your exhibition and wanted to say well done. People clearly love your work.\nAnna',
    [],
  ],
  [
    'card',
    null,
    "Tom,\nIt's been a year, and I've been doing a lot of growing up. I hope you're happy and well.\nAnna",
    [],
  ],
  [
    'card',
    null,
    "Hi Tom,\nHope the garden is thriving. I planted the tomatoes you recommended and they're going wild.\nAnna",
    [],
  ],
  [
    'card',
    null,
    'Hi Tom,\nJust a little hello. I hope your friends and family are all well, and that work lets you breathe ' +
      'a bit.\nAnna',
    [],
  ],
  [
    'card',
    null,
    'Hi Tom,\nWishing you a happy Christmas with your family. Please give my best to your sister.\nAnna',
    [],
  ],
  ['card', null, 'Hi Tom,\nThis card made me think of our old flatmate Raj. Did he ever finish that novel?\nAnna', []],
  ['message', null, 'Hi Tom, I was sorry to hear about your grandad. Thinking of you and your family.', []],
  ['message', null, 'Congrats on the promotion Tom, you really earned it.', []],
  [
    'message',
    null,
    "Tom, I found your old jacket in my cupboard. I can drop it in the post if you'd like, no need to reply otherwise.",
    [],
  ],
  ['message', null, 'Hey Tom! Saw your team won the cup. Well played.', []],
  ['message', null, "Hi Tom, it's Anna. I hope you're doing well. I'm sorry about how things ended between us.", []],
  [
    'letter',
    'friendship',
    'Dear Tom,\n\nI owe you an apology. I was careless with your feelings and I let you down when you needed ' +
      "me most. I'm truly sorry.\n\nI would like us to be friends again. I value what we had as friends long " +
      "before we were a couple, and I miss that.\n\nThere is no need to reply. I'll leave it with you.\n\nAnna",
    [],
    [],
    'friendship',
  ],
  [
    'letter',
    'romantic',
    'Dear Tom,\n\nI have thought a great deal about what I did, and I am sorry for the hurt I caused. You ' +
      'trusted me and I broke that.\n\nI want to be honest with you: I still have feelings for you, and I would ' +
      'like a second chance at us. I mean romantically, not as friends.\n\nWhatever you decide, I will respect ' +
      "it, and I won't contact you again unless you want me to.\n\nAnna",
    [],
    [],
    'romantic',
  ],
  [
    'note',
    null,
    "Hi Tom,\nI hear you and Mia are very happy, and I'm genuinely glad. Here are two tickets for the new " +
      "Pixar film for you both. I'd like to be your friend again, that's all.\nAnna",
    [],
    [],
    'friendship',
  ],
  // problems, phrased differently
  ['card', null, "Hi Tom,\nYou're the only one who ever really understood me.\nAnna", ['needy']],
  ['card', null, "Hi Tom,\nI keep your photo by my bed. Hope you're well.\nAnna", ['romantic'], ['needy']],
  ['card', null, 'Tom,\nHappy birthday, handsome.\nAnna', ['romantic']],
  [
    'card',
    null,
    "Hi Tom,\nOne day I hope we'll find our way back to each other.\nAnna",
    ['romantic'],
    ['ambiguous-intent'],
  ],
  ['card', null, "Hi Tom,\nI hope you're well.\nForever yours,\nAnna", ['signature']],
  ['card', null, "Hi Tom,\nHope you're well.\nMissing you,\nAnna", ['signature']],
  [
    'card',
    null,
    "Hi Tom,\nPlease don't ignore this card like you ignored my messages.\nAnna",
    ['needy', 'blame'],
    ['pressure'],
  ],
  ['message', null, "Tom I swear if you don't answer I'm coming round", ['pressure']],
  ['message', null, 'Can I see you? Just once. I need to see you.', ['pressure', 'needy']],
  ['message', null, 'tom r u getting my msgs?? reply plz', ['pressure']],
  ['message', null, "I'll wait for you no matter how long it takes", ['needy']],
  ['message', null, "I bet she doesn't even make you laugh like I did", ['new-partner']],
  ['message', null, 'Honestly, you were the one who gave up on us.', ['blame']],
  [
    'note',
    null,
    "Hi Tom,\nI know about Mia. Enjoy the film. Just know I'll always be here waiting.\nAnna",
    ['needy'],
    ['missing-element', 'new-partner', 'ambiguous-intent'],
  ],
  [
    'note',
    null,
    "Hi Tom,\nI'm happy you found someone. Let's grab dinner soon, just us two?\nAnna",
    ['pressure'],
    ['romantic', 'ambiguous-intent'],
  ],
  [
    'letter',
    'friendship',
    "Dear Tom,\n\nI'm sorry I hurt you. I'd like us to be friends. I'll call you next week to talk it over.\n\nAnna",
    ['pressure'],
    [],
    'friendship',
  ],
  [
    'letter',
    'friendship',
    "Dear Tom,\n\nI'm sorry I hurt you, I really am. I'd like us to be friends again. Part of me still dreams " +
      'about us though.\n\nAnna',
    ['romantic'],
    ['ambiguous-intent'],
  ],
  [
    'letter',
    null,
    "Dear Tom,\n\nI'm sorry for what I put you through. I just want you in my life again in whatever way " +
      "you'll have me.\n\nAnna",
    ['ambiguous-intent'],
    ['needy'],
    'unstated',
  ],
  [
    'letter',
    'friendship',
    'Dear Tom,\n\nI would like to be friends again. I think we were great friends once and could be again.\n\nAnna',
    ['missing-element'],
    [],
    'friendship',
  ],
  ['card', null, "Dear Leo,\nI'm here if you ever need anything. Take care of yourself.\nMia", []],
  ['card', null, 'Dear Leo,\nI wish you all the best with the new job. You deserve to be happy.\nMia', []],
  [
    'card',
    null,
    "Dear Leo,\nI'll always be grateful for the years we shared. Wishing you a bright year ahead.\nMia",
    [],
  ],
  [
    'card',
    null,
    'Dear Leo,\nThe café where we used to work just reopened, and it looks lovely. I hope you get to see it.\nMia',
    [],
  ],
  [
    'card',
    null,
    "Dear Leo,\nRemember when we tried to cook paella for twelve people? I still can't believe it worked. Hope " +
      "you're well.\nMia",
    [],
  ],
  ['card', null, 'Leo,\nA small card to say I hope all is well with you, your family and the cats.\nMia', []],
  ['card', null, "Dear Leo,\nI'm sorry for how I acted last spring. I hope you're doing well.\nMia", []],
  [
    'card',
    null,
    'Dear Leo,\nI really need to thank you for teaching me to swim. I went in the sea last week!\nMia',
    [],
  ],
  [
    'card',
    null,
    "Dear Leo,\nYour mum told me you've taken up pottery. I'd love to see what you make one day, if you ever " +
      'post pictures.\nMia',
    [],
    ['pressure'],
  ],
  ['message', null, "Hi Leo, it's Mia. Just wanted to say I hope you're okay. You don't owe me a reply.", []],
  ['message', null, "Leo, I heard you're moving to Berlin. That's exciting, good luck with it all.", []],
  ['message', null, 'Hey Leo, happy new year! Wishing you a good one.', []],
  [
    'message',
    null,
    "Hi Leo. I've been thinking about how I treated you, and I'm sorry. That's all, you don't need to respond.",
    [],
  ],
  [
    'letter',
    'friendship',
    'Dear Leo,\n\nIt has taken me months to find the words. I hurt you badly, and I am sorry, not only for ' +
      'leaving but for how I left.\n\nWhat I would like, if you are ever open to it, is to be friends again. Not ' +
      "to restart what we had, just to have you back in my life as a friend.\n\nI won't write again. If you ever " +
      "want to talk, I would be glad to hear from you, and if you don't, I understand.\n\nMia",
    [],
    [],
    'friendship',
  ],
  [
    'letter',
    'romantic',
    "Dear Leo,\n\nI'm sorry. I hurt you, and I've spent a long time understanding why I did it.\n\nI'm writing " +
      "because I'm still in love with you. I'd like us to be together again, as partners, if you ever feel the " +
      'same. I know that may not be possible.\n\nWhatever you decide, I will accept it.\n\nMia',
    [],
    [],
    'romantic',
  ],
  [
    'letter',
    'friendship',
    "Dear Leo,\n\nI was unfair to you, and I regret it. I know it hurt.\n\nI'm not asking for anything except " +
      "the chance to be your friend again someday. There's no rush, and no need to reply.\n\nMia",
    [],
    [],
    'friendship',
  ],
  [
    'note',
    null,
    "Dear Leo,\nMaya told me about you and Sara. I'm glad you found someone who makes you happy, truly. The " +
      "tickets are for the two of you. I'd like us to be friends again.\nMia",
    [],
    [],
    'friendship',
  ],
  // problems
  ['message', null, "Leo I'm begging you, just one coffee. That's all I'm asking.", ['needy', 'pressure']],
  ['message', null, 'you owe me an explanation', ['pressure'], ['blame']],
  [
    'message',
    null,
    'Do you even think about me anymore? Because I think about you all the time.',
    [],
    ['romantic', 'needy', 'pressure'],
  ],
  ['message', null, "I know you're reading these. Answer me.", ['pressure']],
  [
    'card',
    null,
    "Dear Leo,\nThinking of you always, and hoping one day you'll come home to me.\nMia",
    ['needy'],
    ['romantic'],
  ],
  [
    'card',
    null,
    "Dear Leo,\nI hope she knows how lucky she is. I certainly didn't.\nMia",
    [],
    ['new-partner', 'romantic', 'needy'],
  ],
  ['card', null, "Dear Leo,\nHope you're well.\nHugs and kisses,\nMia", ['signature']],
  ['card', null, "Dear Leo,\nHope you're well.\nLove always,\nMia xoxo", ['signature']],
  ['card', null, "Dear Leo,\nHope you're well! Write soon!\nMia", ['pressure']],
  [
    'note',
    null,
    "Dear Leo,\nCongratulations on your engagement. She's lucky, though I'll admit I don't see what you see in " +
      'her.\nMia',
    ['new-partner'],
    ['ambiguous-intent'],
  ],
  [
    'note',
    null,
    "Dear Leo,\nI heard you and Sara are together. I'm fine with it, really. Enjoy the movie, and if it all " +
      'goes wrong, you know where I am.\nMia',
    ['new-partner'],
    ['ambiguous-intent'],
  ],
  [
    'letter',
    'friendship',
    "Dear Leo,\n\nI'm sorry for hurting you. I want us to be friends, but I'll be honest, I still love you.\n\nMia",
    ['romantic'],
    ['ambiguous-intent'],
    'mixed',
  ],
  [
    'letter',
    'romantic',
    "Dear Leo,\n\nI hurt you and I'm sorry. I want to get back together. Meet me at our old café on Saturday " +
      'at noon.\n\nMia',
    ['pressure'],
    [],
    'romantic',
  ],
  [
    'letter',
    'friendship',
    "Dear Leo,\n\nI'm sorry, I know I hurt you. But you have to admit you made it very hard to stay. I'd still " +
      'like to be friends.\n\nMia',
    ['blame'],
    [],
    'friendship',
  ],
  [
    'card',
    null,
    "Hi Noah,\nI found your old scarf and it made me smile. Maybe one day we'll be more than friends again, " +
      'who knows.\nInes',
    ['ambiguous-intent'],
    ['romantic'],
  ],
  [
    'card',
    null,
    "Hi Noah,\nHappy new year! I'm not sure what we are anymore, but I'd like to find out.\nInes",
    ['ambiguous-intent'],
    ['pressure'],
  ],
  [
    'message',
    null,
    "Hey, I've been thinking about us. No labels, let's just see how it goes?",
    ['ambiguous-intent'],
    ['romantic', 'pressure'],
  ],
  [
    'card',
    null,
    'Noah,\nYou always did this, walking away when things got hard. Anyway, happy birthday.\nInes',
    ['blame'],
  ],
  ['card', null, "Hi Noah,\nYou never even said goodbye properly. I hope you're well.\nInes", ['blame']],
  [
    'letter',
    'friendship',
    "Dear Noah,\n\nI'm sorry I hurt you, but you have to understand I was under a lot of pressure and you " +
      "didn't help. I'd like us to be friends.\n\nInes",
    ['blame'],
    [],
    'friendship',
  ],
  // These three notes never say the writer is fine with the relationship: missing-element may be reported too.
  [
    'note',
    null,
    "Hi Noah,\nI heard you and Lena are together. Good luck with that, you'll need it. I'd like to be friends.\nInes",
    ['new-partner'],
    ['missing-element'],
  ],
  [
    'note',
    null,
    "Hi Noah,\nI know about you and Lena. I'm okay with it. Just so you know, she's nothing like me. I'd like " +
      'us to be friends.\nInes',
    ['new-partner'],
  ],
  [
    'note',
    null,
    "Hi Noah,\nHere are two tickets for you and Lena. I'll be here when she gets bored of you. I'd like to be " +
      'friends.\nInes',
    ['new-partner'],
    ['needy', 'missing-element'],
  ],
  ['card', null, 'Hi Noah,\nI hope the new flat is lovely.\nAll my love and more,\nInes', ['signature']],
  ['card', null, 'Hi Noah,\nI hope the new flat is lovely.\nLove you lots,\nInes', ['signature']],
  ['card', null, 'Hi Noah,\nI hope the new flat is lovely.\nInes ♥', ['signature']],
  ['card', null, 'Hi Noah,\nI hope the new flat is lovely.\nKisses, Ines', ['signature']],
  [
    'card',
    null,
    "Hi Noah,\nI haven't been able to eat since you left. I hope you're happy.\nInes",
    ['needy'],
    ['blame'],
  ],
  ['card', null, 'Hi Noah,\nWithout you nothing makes sense anymore.\nInes', ['needy']],
  ['message', null, 'noah i literally cant function without u pls', ['needy'], ['pressure']],
  ['message', null, "I'll text again tomorrow in case you missed this one", ['pressure']],
  ['card', null, "Hi Noah,\nI'll call your mum to check you got this.\nInes", ['pressure']],
  ['card', null, 'Hi Noah,\nI need an answer by the weekend.\nInes', ['pressure']],
  ['card', null, "Hi Noah,\nI'll be at the theatre stage door after your show on Friday.\nInes", ['pressure']],
  ['message', null, "Answer me or I'll come to your work.", ['pressure']],
  [
    'letter',
    'romantic',
    'Dear Noah,\n\nI am sorry for the hurt I caused you. I want to win you back, and I will keep writing until ' +
      'you give me a chance.\n\nInes',
    ['pressure'],
    ['needy'],
    'romantic',
  ],
  [
    'letter',
    'romantic',
    'Dear Noah,\n\nI want to try again. We had something special.\n\nInes',
    ['missing-element'],
    [],
    'romantic',
  ],
  [
    'letter',
    'friendship',
    "Dear Noah,\n\nI'm sorry for how I hurt you. I'd love for us to be friends again. Do you remember our " +
      'first kiss by the river? I think about it a lot.\n\nInes',
    ['romantic'],
    [],
    // The friendship is stated, but the reader hears the kiss too.
    'mixed',
  ],
  // clean
  [
    'card',
    null,
    'Hi Noah,\nI saw that your theatre won an award. You must be so proud. Wishing you a lovely winter.\nInes',
    [],
  ],
  [
    'card',
    null,
    'Noah,\nI came across our old photos from the coast and smiled. I hope life is being kind to you.\nInes',
    [],
  ],
  [
    'message',
    null,
    'Hi Noah, Ines here. I just heard about your new job and wanted to say congratulations. No need to write back.',
    [],
  ],
  ['message', null, "Hey Noah, I hope you're well. I was sorry to hear about your cat.", []],
  [
    'note',
    null,
    "Hi Noah,\nClara told me about you and Lena, and I'm really pleased for you both. Please enjoy these movie " +
      "passes on me. I'd simply like us to be friends.\nInes",
    [],
    [],
    'friendship',
  ],
  [
    'letter',
    'friendship',
    "Dear Noah,\n\nI know I caused you a lot of pain, and I'm truly sorry. I've had time to think about what I " +
      "did, and I'm not proud of it.\n\nI'd like us to be friends again, just friends. I won't contact you after " +
      "this, but if you ever want to talk, I'd be glad.\n\nInes",
    [],
    [],
    'friendship',
  ],
  [
    'letter',
    'romantic',
    'Dear Noah,\n\nI hurt you and I am sorry. I have changed in ways I hope you would notice.\n\nI want to be ' +
      'honest: I would like us to be together again, as a couple. I understand if that is not what you ' +
      'want.\n\nInes',
    [],
    [],
    'romantic',
  ],
  ['message', null, 'omg noah i miss u sooo much, can we pls talk?? 😭😭', ['pressure'], ['needy']],
  ['message', null, 'hey, saw ur show was a hit!! congrats 🎉', []],
  ['message', null, 'noah r u ignoring me?? answer pls', ['pressure'], ['blame']],
  ['message', null, 'i know i messed up. idk what to do without u', ['needy']],
  ['message', null, 'no need to answer, just wanted u to know im proud of u', []],
  ['message', null, 'u up? wanna come over', ['pressure'], ['romantic']],
  ['message', null, 'hope ur ok. if u ever wanna talk im here, no pressure x', [], ['romantic']],
  ['message', null, "Hi Noah, it's been a while. I hope you're doing well and that the new role is going great.", []],
  ['message', null, 'We need to have a proper conversation about us.', ['pressure'], ['romantic', 'ambiguous-intent']],
  ['message', null, "I'm going to keep messaging until you reply.", ['pressure']],
  [
    'card',
    null,
    "Dear Noah,\nHappy birthday. I'm sorry for everything. I hope this year is gentle with you.\nInes",
    [],
  ],
  ['card', null, 'Dear Noah,\nCongratulations on the new flat! I hope it feels like home soon.\nInes', []],
  ['card', null, 'Dear Noah,\nI think about you every single day.\nInes', ['romantic'], ['needy']],
  [
    'card',
    null,
    "Dear Noah,\nRemember our trip to Lisbon? Best week of my life. I'd do anything to go back.\nInes",
    ['needy'],
    ['romantic'],
  ],
  ['card', null, "Dear Noah,\nYou looked really happy in the photos Clara posted. I'm glad.\nInes", []],
  ['card', null, "Dear Noah,\nI'm sending this card with lots of love.\nInes", [], ['romantic']],
  ['card', null, 'Dear Noah,\nGet well soon! I heard about the accident and was so sorry.\nInes', []],
  ['card', null, "Dear Noah,\nI hope the new season goes brilliantly. Call me when you're free!\nInes", ['pressure']],
  [
    'note',
    null,
    "Dear Noah,\nI heard you're with someone new. I'm happy for you. Here are two passes for the cinema, for " +
      "you and her. I'd love to be friends again.\nInes",
    [],
    [],
    'friendship',
  ],
  [
    'note',
    null,
    "Dear Noah,\nI heard you're with someone new. Hope it works out, though we both know how these things go. " +
      "I'd like to be friends.\nInes",
    ['new-partner'],
    ['missing-element'],
  ],
  [
    'letter',
    'friendship',
    "Dear Noah,\n\nI'm writing to say sorry. I hurt you with the way I ended things, and I've regretted it " +
      "ever since.\n\nI'd like to be friends again, if you'd want that. Only friends. You don't need to answer, " +
      "and I'll respect whatever you choose.\n\nTake care of yourself.\n\nInes",
    [],
    [],
    'friendship',
  ],
  [
    'letter',
    'romantic',
    "Dear Noah,\n\nI'm sorry. I was selfish and careless, and you paid for it.\n\nI'm still in love with you, " +
      "and I'd like to ask whether you'd ever consider giving us another try. If you don't, I'll understand, and " +
      "I won't ask again.\n\nInes",
    [],
    [],
    'romantic',
  ],
  [
    'letter',
    'friendship',
    "Dear Noah,\n\nI'm sorry for what happened. I'd like us to be friends. I'll wait for your answer, however " +
      'long it takes.\n\nInes',
    ['needy'],
    ['pressure'],
    'friendship',
  ],
  [
    'letter',
    'friendship',
    "Dear Noah,\n\nI'm sorry for the pain I caused. Let's be friends, or whatever you want us to be.\n\nInes",
    ['ambiguous-intent'],
    [],
    // Friendship offered, then left open: the hedge the linter reports makes the reading mixed.
    'mixed',
  ],
  [
    'letter',
    'romantic',
    "Dear Noah,\n\nI'm sorry I hurt you. I love you and I always will. Please write back and tell me you feel " +
      'the same.\n\nInes',
    ['pressure'],
    ['needy'],
    'romantic',
  ],
];

/** Everyday sentences that use risky words ("love", "need", "call", "reply", "back together") harmlessly. */
const EVERYDAY = [
  "I could have sworn the café closed years ago, but it's still there.",
  "You should have seen the size of the cake at Mum's party.",
  'If only you had been there for the fireworks, they were amazing.',
  "The reason I'm writing is simple: I wanted to say sorry.",
  'I did everything I could to make the garden grow this year, and it finally worked.',
  'You left your blue umbrella here, I can post it if you like.',
  'I hope the tour goes well, I bet the crowds will love it.',
  'The show got back on track after the interval.',
  "I need to tell you something: I'm sorry for how I behaved.",
  'Our friends Jo and Sam are getting married in June, which is lovely.',
  "I hope you find peace, and I hope you're happy.",
  "I'm writing to say I'm sorry and that I'd like us to be friends again, if you ever want that.",
  "I can't believe it's been a year already.",
  'I miss the old bookshop on King Street, it closed in March.',
  "I'd love to hear how the new job is going, if you ever feel like sharing.",
  "The kids at school made me a card and it said 'we love you Miss'.",
  'Please give my love to your mum and dad.',
  "I'm so sorry about your dog, she was the sweetest.",
  "We'll always have those summers at the lake, and I'm grateful for them.",
  "I know you're busy, so no need to reply to this at all.",
  'I saw a heart-shaped cloud today and laughed.',
  'You were always the funny one in our group.',
  "I hope you're taking care of yourself.",
  'My therapist says I should write things down, so here I am.',
  'Take all the time you need, or none at all.',
  'The play needs more people like you in it.',
  "I can't wait for spring, the winter has been long.",
  "Nothing is expected of you, and there's nothing you need to do.",
  "I'd love to see you happy, truly.",
  'I want to see you thrive.',
  "It would be nice to think you're doing well.",
  'I hope to see your name in lights one day.',
  "Let me say this plainly: I'm sorry.",
  "Let me start by saying I'm sorry.",
  'Let me be clear: I want only your friendship.',
  "I wanted to reach out and say I'm proud of you.",
  "I'm reaching out only to say sorry.",
  "Please know that I'm rooting for you.",
  'Please take care of yourself.',
  "Please don't feel any pressure to respond.",
  "Whenever you read this, I hope you're well.",
  "I'll always treasure our friendship.",
  'You deserve someone who makes you happy.',
  'I hope she makes you very happy.',
  "I'm glad you're happy with her.",
  'I hope you two have a wonderful time at the film.',
  'I have no expectations.',
  "I don't expect a reply.",
  "You don't owe me anything.",
  "If you ever feel like talking, I'm around.",
  "If you ever want to catch up, I'd like that, but no pressure.",
  'Say hi to your sister for me.',
  'Tell Jo I said congratulations.',
  "I'm writing this with a calm heart.",
  'My heart is full when I think of the good times.',
  "I can finally say I'm at peace with how things ended.",
  "I'll leave it there.",
  'Wishing you every happiness.',
];

/** One problem phrase each, in the words people actually use, set inside an otherwise fine piece. */
const VARIANTS: [kind: Kind, category: string, body: string][] = [
  ['card', 'needy', "I'm nothing without you."],
  ['card', 'needy', "Please don't give up on me."],
  ['card', 'needy', "I've been so lonely since you left."],
  ['card', 'needy', "I don't know how to be happy without you."],
  ['card', 'needy', "I can't go on like this."],
  ['card', 'needy', 'I need you in my life.'],
  ['card', 'needy', "I'm lost without you."],
  ['card', 'needy', "I've cried every day since."],
  ['card', 'needy', "I've been crying non-stop."],
  ['card', 'needy', "Please, I'll do whatever you want."],
  ['card', 'needy', "I'm desperate to hear from you."],
  ['card', 'needy', "I'm not okay without you."],
  ['card', 'pressure', 'Let me know you got this.'],
  ['card', 'pressure', "I'll call on Sunday to see if it arrived."],
  ['card', 'pressure', 'Write back by the end of the month.'],
  ['card', 'pressure', "I'll swing by after your shift."],
  ['card', 'pressure', "If I don't hear from you I'll keep trying."],
  ['card', 'pressure', 'Please reply.'],
  ['card', 'pressure', 'I expect an answer.'],
  ['card', 'pressure', 'Give me a call when you can.'],
  ['card', 'pressure', 'Can we meet up soon?'],
  ['card', 'pressure', "Text me when you're free."],
  ['card', 'pressure', 'Waiting to hear from you!'],
  ['card', 'pressure', "I hope you'll write back."],
  ['card', 'pressure', "Let's talk soon."],
  ['card', 'pressure', 'Ring me.'],
  ['card', 'pressure', 'Send me a message when this arrives.'],
  ['card', 'pressure', "Don't forget to reply!"],
  ['card', 'pressure', 'Reply soon xx'],
  ['letter', 'pressure', "Let's get coffee sometime."],
  ['letter', 'pressure', 'Maybe we could talk on the phone?'],
  ['letter', 'ambiguous-intent', "Whatever we end up being, I'm in."],
  ['letter', 'ambiguous-intent', "I'm open to anything."],
  ['letter', 'ambiguous-intent', "Let's just see what happens."],
  ['letter', 'ambiguous-intent', 'Friends, or more, whatever you want.'],
  ['card', 'romantic', 'I miss kissing you.'],
  ['card', 'romantic', "You're still the love of my life."],
  ['card', 'romantic', 'I still have feelings for you.'],
  ['card', 'romantic', 'Sending you a big hug and a kiss.'],
  ['card', 'romantic', 'Hi sweetie,'],
  ['card', 'romantic', "I'd love to get back together."],
  ['card', 'romantic', 'I want us to be together again.'],
  ['card', 'romantic', "I'm still in love with you."],
  ['card', 'romantic', 'I love you.'],
  ['card', 'romantic', 'Do you ever think about us?'],
  ['card', 'romantic', 'I miss what we had.'],
  ['card', 'romantic', 'I miss your smile and your kisses.'],
  ['letter', 'blame', 'You never gave us a chance.'],
  ['letter', 'blame', 'It was your fault too.'],
  ['letter', 'blame', 'You could have tried harder.'],
  ['letter', 'blame', 'You hurt me too, you know.'],
  ['letter', 'blame', "You're the reason we broke up."],
  ['letter', 'blame', 'I did everything for you.'],
  ['letter', 'blame', 'You just left without a word.'],
  ['letter', 'blame', 'You made me feel like nothing.'],
  ['letter', 'blame', 'If you had listened to me, none of this would have happened.'],
  ['note', 'new-partner', "She's just a rebound."],
  ['note', 'new-partner', "He'll never love you like I did."],
  ['note', 'new-partner', "I doubt it'll last."],
  ['note', 'new-partner', 'Let me know when you two split up.'],
  ['note', 'new-partner', "She doesn't deserve you."],
  ['note', 'new-partner', 'Enjoy it while it lasts.'],
  ['note', 'new-partner', "I'm sure it won't last long."],
  ['note', 'new-partner', "He's not good enough for you."],
  ['card', 'needy', 'I miss you so much.'],
  ['card', 'needy', 'I will never love anyone like I loved you.'],
  ['card', 'needy', 'Nobody will ever replace you.'],
  ['card', 'needy', "I'm still not over you."],
  ['card', 'romantic', 'Do you still think about us?'],
  ['card', 'romantic', 'I wish we could go back to how things were.'],
  ['card', 'pressure', "Let's stay in touch, okay?"],
  ['card', 'pressure', 'I would love to hear how you are doing.'],
  ['card', 'pressure', 'Tell me about your new job sometime!'],
  ['card', 'pressure', "Don't be a stranger!"],
  ['card', 'pressure', 'Looking forward to hearing all your news.'],
  ['card', 'pressure', "I'll be at your door tonight."],
  ['card', 'pressure', 'I might turn up at your work.'],
];

function inPiece(kind: Kind, body: string): string {
  if (kind === 'letter')
    return `Dear Noah,\n\nI know I hurt you and I'm sorry. I'd like us to be friends. ${body}\n\nInes`;
  if (kind === 'note')
    return `Hi Noah,\nI heard you and Lena are together and I'm happy for you. ${body} I'd like to be friends.\nInes`;
  return `Hi Noah,\n${body}\nInes`;
}

describe('everyday sentences stay quiet in every kind of piece', () => {
  for (const kind of ['card', 'note', 'letter', 'message'] as const) {
    it(kind, () => {
      const alarms = EVERYDAY.flatMap((line) => {
        const text = kind === 'message' ? line : `Dear Noah,\n\n${line}\n\nInes`;
        return lint(text, { kind, intent: 'friendship' })
          .diagnostics.filter(
            (d) => d.severity !== 'info' && d.category !== 'missing-element' && d.category !== 'ambiguous-intent',
          )
          .map((d) => `${d.rule} «${text.slice(d.start, d.end)}»`);
      });
      expect(alarms).toEqual([]);
    });
  }
});

describe('phrase variants are caught', () => {
  for (const [kind, category, body] of VARIANTS) {
    it(`${category} in a ${kind}: ${body}`, () => {
      const result = lint(inPiece(kind, body), {
        kind,
        ...(kind === 'letter' ? { intent: 'friendship' as const } : {}),
      });
      expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.category)).toContain(category);
    });
  }
});

describe('independently written drafts', () => {
  it('has a broad set, clean and problem alike', () => {
    expect(DRAFTS.length).toBeGreaterThan(100);
    expect(DRAFTS.filter((d) => d[3].length === 0).length).toBeGreaterThan(40);
  });

  for (const [kind, intent, text, labels, allow = [], detected] of DRAFTS) {
    const given = intent ? ` (${intent})` : '';
    it(`${kind}${given}: ${labels.join(', ') || 'clean'}: ${JSON.stringify(text).slice(1, 70)}`, () => {
      const result = lint(text, { kind, ...(intent ? { intent: intent as Intent } : {}) });
      const reported = [...new Set(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.category))];
      for (const label of labels) expect(reported, `expected ${label}`).toContain(label);
      expect(reported.filter((c) => !labels.includes(c) && !allow.includes(c))).toEqual([]);
      if (detected !== undefined) expect(result.intent.detected).toBe(detected);
    });
  }
});
