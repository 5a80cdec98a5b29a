# title: Your first day on the front desk
# family: tutorial
# minutes: 5
# summary: A short practice run. It is your first morning on the council's front desk, and your supervisor shows you how the game scores choices on three things: following the rules, communicating well, and asking or challenging when something is not right.
# strand: Delivery
# cast: marcia = Marcia Thompson, Customer services supervisor, the council
# cast: jordan = Jordan Ellis, Customer service adviser, the council
# cast: bernadette = Bernadette Walsh, Resident, member of the public
# cast: stanley = Stanley Hughes, Resident, member of the public
# cast: amina = Amina Yusuf, Resident, member of the public
# debrief-question: Which of your choices today was an ask, a check or a challenge? What difference did it make?
# debrief-question: Mrs Walsh wanted to help her son. How can you protect someone's information and still be helpful to the person in front of you?
# debrief-question: When a colleague shows you a shortcut, how can you question it without falling out with them?
# ending-title: strong-start = A strong start
# ending-summary: strong-start = You asked, checked and challenged where it mattered, and every resident left with what they needed.
# ending-title: learning-start = A learning start
# ending-summary: learning-start = Some good choices and some slips; the debrief shows where an ask, a check or a challenge would have helped.
# ending-title: rocky-start = A rocky start
# ending-summary: rocky-start = Most slips came from not asking, checking or challenging; try again with that in mind.

// Best options chosen, and clear slips, for the ending.
VAR good = 0
VAR slips = 0
VAR asked_who = false
VAR told_mum = false
VAR owned_up = false
// Jordan's shortcut: 1 checked with Marcia, 2 went along with it, 3 called out in front of the queue.
VAR shortcut = 0

-> welcome

=== welcome ===
Monday, quarter to nine. You are a customer service apprentice at the council. Today is your first day on the front desk, where residents come in with questions about council tax, benefits, housing and more. #background: front-desk

Marcia Thompson, your supervisor, pulls up a chair next to yours.

Welcome! Before the doors open, here's how this training works. Every choice you make is scored on three things. #speaker: marcia #mood: neutral

Compliance: did you follow the law and the council's rules? Communication: were you clear, honest and helpful? Kind words don't score if they come with a broken rule. Constructive challenge: did you ask, check or question politely when something wasn't right? #speaker: marcia #mood: neutral

Each choice scores from minus two to plus two on each of the three. Straight after each choice you'll see feedback: the scores and the reason behind them. Sometimes I'll ask what you would say, in your own words, before you see the choices. Have a go: there's a model answer to compare with afterwards. At the end, the debrief shows every choice you made, side by side. #speaker: marcia #mood: neutral

Sometimes two choices are both reasonable. Then the scores show what each one gains, and what it gives up. One more tip. The right answer is often to ask, to check, or to challenge. Nobody expects you to know everything today. So, any questions before we open? #speaker: marcia #mood: neutral

* [Say you are fine and will pick it up as you go, so you do not take up her time #score: comp 0, comm 0, chal -1 #reason: Not asking can feel polite, but guessing at rules leads to mistakes; knowing when to ask for guidance is part of the job. #ksb: P-B5]
    ~ slips = slips + 1
    Marcia smiles. "Well, shout if you need me."
* [Ask who you should go to when you are not sure about a rule #score: comp +1, comm 0, chal +2 #reason: Asking early where to get help with unclear rules is constructive challenge, and it stops mistakes before they reach a resident. #ksb: P-S9, P-B5, P-K2]
    ~ good = good + 1
    ~ asked_who = true
    Me, or the policy pages on the intranet. I'd always rather you asked than guessed. #speaker: marcia #mood: relieved
* [Ask her to show you the quickest way round the checks for when the queue gets long #score: comp -1, comm 0, chal 0 #reason: Checks are there to protect residents and their information; the aim is to do them well, not to get round them. #ksb: P-B1, P-K2]
    ~ slips = slips + 1
    Marcia raises an eyebrow. "There isn't one. The checks are the job."
- The doors open at nine. A small queue forms.
-> walsh

=== walsh ===
Your first visitor is Bernadette Walsh. She has a bag of shopping and a worried face.

I'm here about my son's council tax. He's at work. He's behind, I think, and I want to help him pay it off. How much does he owe? I've got his address and his date of birth. #speaker: bernadette #mood: concerned
#ask: Mrs Walsh wants to know her son's council tax balance. What would you say to her?
#model: It's kind of you to want to help him. I'm afraid I can't discuss his account with anyone but him, even family, unless he tells us it's all right. If he rings us, or comes in, he can give his permission, and then we can talk it through with you both. Here's our number for him.
#look-for: Thanks her or acknowledges that she wants to help
#look-for: Says clearly that you cannot share his account without his permission, whatever details she has
#look-for: Explains how her son can give permission, or get in touch himself

* [Explain kindly that you need her son's permission, and how he can give it #score: comp +2, comm +2, chal 0 #reason: Knowing someone's details is not permission to see their account; protect his data and still help her by explaining the next step. #ksb: P-S1, P-S4, P-K4]
    ~ good = good + 1
    She sighs, but nods. "He's useless with letters. I'll get him to ring you at lunchtime." She leaves with a card with the number on it.
    -> hughes
* [Look up his account and tell her the balance, since she has his details and only wants to help #score: comp -2, comm 0, chal 0 #reason: Data protection law means an account holder's information goes only to them or someone with their permission; good intentions are not enough. #ksb: P-K4, P-S1]
    ~ slips = slips + 1
    ~ told_mum = true
    You find the account and tell her. She thanks you warmly and leaves.
    -> walsh_check
* [Tell her it is data protection, so you cannot help, and call the next person #score: comp +1, comm -2, chal 0 #reason: Refusing is right, but good service means saying why and what she can do next, not just no. #ksb: P-K4, P-S4]
    She stands there for a moment. "So what am I supposed to do?" Then she leaves, still holding the shopping.
    -> hughes

= walsh_check
Marcia leans over.

Quick one. What did you just tell Mrs Walsh? #speaker: marcia #mood: concerned

* [Say it was only the balance, nothing sensitive, and she was his mum anyway #score: comp -1, comm -1, chal 0 #reason: A balance is personal data, and playing a mistake down stops anyone putting it right. #ksb: P-K4, P-B4]
    ~ slips = slips + 1
    Marcia pauses. "It's still his data. We'll talk about it at lunch."
* [Tell her what you shared, say you think it was a mistake, and ask what to do now #score: comp +1, comm +1, chal +1 #reason: Owning a mistake straight away means it can be reported and put right; that is what your organisation's data breach procedure needs. #ksb: P-B4, P-B5, P-K4]
    ~ owned_up = true
    Thanks for telling me straight. I'll help you log it with our data protection team. Everyone slips up on day one. Owning it is what counts. #speaker: marcia #mood: relieved
- -> hughes

=== hughes ===
Next is Stanley Hughes. He is in his eighties and wears two hearing aids. The glass screen and the noise of the waiting room make it hard for him to hear you. He asks you to repeat yourself twice, and he is getting cross. The queue behind him is growing.

* [Speak louder and more slowly, and keep it short, as people are waiting #score: comp 0, comm -1, chal 0 #reason: Raising your voice through a screen rarely helps someone with hearing loss, and it makes them feel rushed. #ksb: P-K8]
    He catches about half of it. He leaves unsure what to do about his letter.
* [Write your answers on a notepad and slide it under the screen, so the queue keeps moving #score: comp +1, comm +1, chal 0 #reason: Writing things down is a quick, fair adjustment at the desk, though asking him what works best for him is better still. #ksb: P-K7, P-S2]
    He reads your notes and nods. It takes a while, and he has to write his questions too, but he leaves knowing what to do.
* [Ask him what would help, and offer the hearing loop or a quiet side room #score: comp +1, comm +2, chal 0 #reason: Under the Equality Act, services should plan ahead for disabled people, with adjustments such as a hearing loop or a quieter place to talk. #ksb: P-K7, P-S2, P-B2]
    ~ good = good + 1
    He chooses the side room. With the door shut, he hears you fine. His letter turns out to be simple to sort.
- -> jordan

=== jordan ===
At eleven, Jordan Ellis, who sits at the next desk, helps you with a bus pass form.

Tip from me. Don't bother scanning their proof of address. The back office never checks. Saves you two minutes a go. #speaker: jordan #mood: neutral
#ask: Jordan tells you to skip scanning the proof of address. What would you say to him?
#model: Thanks, I know you're trying to save me time. I'm not sure about skipping it, though: where does that come from? I'll check with Marcia before I change anything, just so I don't get a form sent back.
#look-for: Stays friendly, and says it quietly rather than in front of the queue
#look-for: Asks what the shortcut is based on
#look-for: Checks with the supervisor before skipping any step

* [Follow Jordan's lead: he has been here for years and knows what really matters #score: comp -1, comm 0, chal -2 #reason: Going along with a shortcut you are not sure about is how bad habits spread; check the procedure first. #ksb: P-B1, P-S9]
    ~ slips = slips + 1
    ~ shortcut = 2
    You skip the scan on the next two forms.
* [Tell Jordan, in front of the queue, that skipping the scan is against the rules #score: comp +1, comm -2, chal 0 #reason: Questioning the shortcut was right, but a challenge that embarrasses a colleague in front of residents is not constructive; raise it privately and respectfully. #ksb: P-S8]
    ~ shortcut = 3
    Jordan goes pink. The woman at the front of the queue looks from one of you to the other.
* [Ask Jordan where that comes from, and check with Marcia before you skip anything #score: comp +1, comm +1, chal +2 #reason: Asking what allows a shortcut, and checking with your supervisor before acting, is constructive challenge. #ksb: P-S9, P-B3]
    ~ good = good + 1
    ~ shortcut = 1
    Jordan shrugs. "Fair. Ask her." You do.
- { shortcut:
    - 1:
        The scan is needed. The back office checks one form in ten, and they send back any without proof. Good question. #speaker: marcia #mood: relieved
        Huh. I didn't know they'd started that. Cheers. #speaker: jordan #mood: relieved
    - 2:
        I've just seen two of your forms go through without proof of address. The back office checks one in ten, so those two residents may get theirs sent back. #speaker: marcia #mood: concerned
    - 3:
        Later, Marcia has a quiet word with you both. The scan is needed. And next time, she says, raise it with Jordan away from the desk.
  }
-> yusuf

=== yusuf ===
Just before lunch, Amina Yusuf comes to the desk with a brown envelope.

These are payslips for my neighbour's housing benefit claim. She's just had an operation and can't get out. Can I hand them in for her? #speaker: amina #mood: neutral

You aren't sure. Nobody has told you the rule for this.

* [Take them, and say you will let her know later how her neighbour's claim is going #score: comp -1, comm +1, chal 0 #reason: Taking papers in may be fine, but telling her about her neighbour's claim would share someone else's information. #ksb: P-K4]
    ~ slips = slips + 1
    Amina thanks you. Later you realise you can't tell her anything about the claim at all.
* [Check with Marcia how to take documents for someone else, then give Amina a receipt #score: comp +2, comm +1, chal +1 #reason: When a rule is unclear, check before you act; here you can take the papers in, but must not give out anything about the claim. #ksb: P-S9, P-B5, P-S1]
    ~ good = good + 1
    You can take them. Give her a receipt, and don't discuss the claim with her. #speaker: marcia #mood: relieved
    Amina tucks the receipt into her bag. "Perfect. She was worried they'd get lost."
* [Turn her away politely: only the person the papers belong to can hand them in #score: comp 0, comm -1, chal 0 #reason: Guessing at a rule, even a strict one, can block someone's claim for no reason; check when you are unsure. #ksb: P-S9, P-K2]
    Amina looks worried. "She can't get here. Her claim will stop." She goes away with the envelope.
- -> lunch

=== lunch ===
At one o'clock, Marcia takes you for a coffee. #background: meeting-room
{
- good >= 4 && slips == 0:
    -> strong
- slips >= 3:
    -> rocky
- else:
    -> learning
}

= strong
That was a really good first morning. You asked when you weren't sure, you checked before you acted, and you were kind while you did it. #speaker: marcia #mood: relieved
Mrs Walsh's son rang at lunchtime and sorted his bill. Mr Hughes left knowing what to do. Amina's neighbour's claim stays on track. Your debrief will show every choice, with its scores and reasons. #ending: strong-start
-> END

= learning
A good start, with some things to learn. That's what first days are for. #speaker: marcia #mood: neutral
{ told_mum && owned_up:
    You told me straight away about Mrs Walsh. That's why we could put it right.
}
{ shortcut == 2:
    Two residents may get their bus pass forms sent back.
}
Look at the debrief. It shows every choice you made, what each one scored on compliance, communication and challenge, and why. Where you lost points, there is usually an ask, a check or a challenge you could have made. #ending: learning-start
-> END

= rocky
A bumpy morning. Don't worry: that's why we practise. #speaker: marcia #mood: concerned
{ told_mum && owned_up:
    You did tell me straight away about Mrs Walsh, and that's why we could put it right.
}
{ told_mum:
    Mrs Walsh's son rang, upset that his mum knew his balance before he'd told her himself.
}
{ shortcut == 2:
    Two residents may get their bus pass forms sent back, because the proof was never scanned.
}
Let's look at the debrief together. It shows every choice, side by side, with its scores and reasons. Most of today's slips came from not asking, checking or challenging. Try it again with that in mind. #ending: rocky-start
-> END
