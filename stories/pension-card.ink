# title: The pension card
# family: safeguarding
# minutes: 15
# summary: An older tenant with memory problems says her son keeps her bank card. You are her council tenancy officer at the safeguarding meeting, and what you share, say and write down decides what happens next.
# strand: Accountability
# cast: nkechi = Nkechi Adeyemi, Chair, adult social care
# cast: gareth = Gareth Pryce, Detective constable, police
# cast: priya = Priya Raman, Practice nurse, GP surgery
# cast: doreen = Doreen Campbell, Council tenant, aged 82
# cast: lee = Lee Campbell, Mrs Campbell's son
# cast: tomasz = Tomasz Nowak, Housing team leader, your manager
# content-note: Financial abuse of an older person by a family member. Nothing is described in detail.
# content-note: Memory loss and dementia.
# debrief-question: The police officer called it a family matter. What made it a safeguarding matter, and how would you say so in your own words?
# debrief-question: Mrs Campbell asked you to keep a secret. What could you promise her, and what could you not?
# debrief-question: If a chair closes a case you are still worried about, what are the steps in your own organisation's escalation policy?
# role-card: Adult social care = You chair the meeting and lead the section 42 enquiry. You want a clear decision today, but you cannot close or go on without hearing what Mrs Campbell herself wants.
# role-card: Police = You see no complaint and no crime you could charge today. Argue for closing unless someone shows you what the law expects of this meeting, and say what would change your mind.
# role-card: GP practice = You know Mrs Campbell has mild dementia: good mornings, tired afternoons. You know a diagnosis is not the same as lacking capacity. You are uneasy, but you have no proof of anything.
# role-card: Housing = You hold the rent account: paid on time for years, eight weeks behind since Lee moved in. You heard her words about the bank card yourself. Policy says a possession notice is due.
# ending-title: safety-plan = A plan she agreed to
# ending-summary: safety-plan = Mrs Campbell kept her home, and every agency recorded who said what and why.
# ending-title: escalated = Reopened, ten days late
# ending-summary: escalated = The worry was raised again after the meeting closed the case, and more money and rent were lost in the wait.
# ending-title: trust-lost = Her trust lost
# ending-summary: trust-lost = Mrs Campbell stopped letting the agencies in, so the plan stalled and the rent went unpaid.
# ending-title: closed-too-soon = Closed too soon
# ending-summary: closed-too-soon = Nobody spoke up at the review, and the council faces court costs it could have avoided.

// What you sent before the first meeting.
VAR shared_widely = false
VAR breach_reported = false
// Whether Lee found out about the concern through the over-wide email.
VAR lee_heard = false
VAR exact_words = false
// How your view was recorded at the first meeting: 2 minuted, 1 emailed to the chair, -1 agreed to close.
VAR record = 0
VAR her_voice = false
VAR wishes_known = false
VAR promised = false
VAR told_behind_back = false
VAR honest_first = false
// Whether Lee was tipped off or confronted on the home visit.
VAR lee_alerted = false
// The rent arrears notice: 1 paused with a record, -1 served, -2 held back without telling anyone.
VAR notice = 0
// What you did at the review meeting: 1 challenged in the room, 2 wrote the same day, 3 went along.
VAR final = 0

-> prep

=== prep ===
Monday morning. In an hour, adult social care will hold a safeguarding meeting about Mrs Doreen Campbell, one of your council tenants. #background: meeting-room

Mrs Campbell is 82, and her memory is getting worse. Her rent was always paid on time until her son Lee moved in last spring. Now it is eight weeks behind. On your last home visit she said quietly, "He keeps my bank card. I don't want any trouble."

Adult social care has opened a section 42 enquiry. That is the council's formal look into whether an adult is being abused or neglected. The invitation asks each agency to send what is relevant through the secure portal before the meeting.

* [Upload your dated visit note with her exact words, and her rent history since Lee moved in #score: comp +2, comm +1, chal 0 #reason: Share what is necessary, relevant, accurate and secure, and no more: the data minimisation and Caldicott principles. #ksb: P-K4, P-S6, P-S10]
    ~ exact_words = true
    You upload two pages. Every entry has a date, and her words are in quotation marks, just as she said them.
* [Print the whole tenancy file to take along, and only talk about the parts that matter #score: comp +1, comm 0, chal 0 #reason: Having everything to hand feels safe, but carrying a whole file into a meeting makes it easy to share more than is needed. #ksb: P-K4]
    You print the file. It is thick: ten years of repair jobs, letters, and an old dispute with a neighbour.
* [Email the whole tenancy file to everyone on the invitation list, so nobody misses anything #score: comp -2, comm 0, chal 0 #reason: Sending everything to be safe breaks data minimisation and security, and an email to people who do not need it can be a data breach. #ksb: P-K4, P-S6]
    ~ shared_widely = true
    The portal is slow this morning. You attach the whole file to an ordinary email and send it to the list. It feels thorough.
- -> meeting

=== meeting ===
Four of you sit round the table, with a minute-taker in the corner. Nkechi Adeyemi from adult social care is chairing. Detective Constable Gareth Pryce is on his second coffee. Priya Raman, the practice nurse from Mrs Campbell's GP surgery, has her laptop open. #present: nkechi, gareth, priya

Thanks for coming. This is a section 42 enquiry. We have to find out whether Mrs Campbell is being abused or neglected, and what would help her. Money counts: financial abuse is abuse. #speaker: nkechi #mood: neutral
{ shared_widely:
    -> leak
}
-> family_matter

= leak
One thing first. A full tenancy file came by ordinary email to the whole list. That includes the shared inbox of the home-care agency that visits Mrs Campbell. It has neighbours' names in it, and Lee's. #speaker: nkechi #mood: concerned

Everyone looks at you.

* [Point out that it only went to partner agencies on the list, so no real harm is done #score: comp -2, comm -1, chal 0 #reason: Sending personal data to people who do not need it is a possible breach, even among partners, and playing it down means nobody contains it. #ksb: P-K4]
    ~ lee_heard = true
    Nkechi writes something down and moves on. Nobody checks where the email went after it landed.
* [Say it was you, and report it to your information governance team today as a possible breach #score: comp +2, comm +1, chal 0 #reason: An email sent too widely can be a personal data breach, so report it inside your organisation at once so it can be contained and, if needed, reported within 72 hours. #ksb: P-K4, P-S10, P-B4]
    ~ breach_reported = true
    You own it and make the call at the break. By the afternoon your information governance team, who deal with data problems, has the care agency confirm that every copy is deleted, including one forwarded to a carer's phone.
* [Say it was you, and ring the agency after the meeting to ask them to delete the email #score: comp -1, comm +1, chal 0 #reason: Asking for deletion helps, but a possible breach must still be reported internally so someone checks every copy and decides whether to tell the regulator. #ksb: P-K4, P-B4]
    ~ lee_heard = true
    The agency deletes the email from its inbox. Nobody asks whether anyone had already forwarded it.
- -> family_matter

= family_matter
{ exact_words:
    You read from your note: the date of the visit, the rent figures, and Mrs Campbell's own words.
- else:
    You find your visit note in the pile of papers and read out what she said about the card.
}

I've read it. She hasn't made a complaint, and it's her own son. It sounds like a family matter to me. I'd suggest we close. #speaker: gareth #mood: neutral

Priya glances at you. Nkechi looks round the table and asks for views. #prompt: Gareth has proposed closing. What do you know that others at the table might not, and what would you say now? #ask: Gareth wants to close the case. What would you say to him, in your own words?
#model: I don't agree that this is only a family matter. She told me herself that he keeps her bank card, and her rent has gone unpaid since he moved in. She has care needs, there are signs of financial abuse, and she may not be able to protect herself, so the section 42 test is met. She doesn't have to complain. I'd like us to keep the enquiry open, ask her what she wants, and please minute that housing disagrees with closing.
#look-for: Says plainly, and politely, that they disagree
#look-for: Gives the evidence (her words, the dated rent history) rather than a feeling
#look-for: Names the section 42 test: care needs, abuse or risk of it, unable to protect herself; no complaint or proof needed
#look-for: Asks for the disagreement to be minuted

* [Agree that nothing is proven and she hasn't complained, so it seems fair to close for now #score: comp -1, comm 0, chal -2 #reason: A section 42 enquiry needs only reasonable cause to suspect abuse; the adult does not have to complain and nothing has to be proven. #ksb: P-K3]
    ~ record = -1
    Gareth nods at you. Nkechi writes: "Housing agrees this may be a family matter."
* [Disagree, say how the case meets the section 42 test, and ask for your view to be minuted #score: comp +1, comm +1, chal +2 #reason: Financial abuse is within section 42, and a disagreement that is minuted can be followed up under the escalation policy. #ksb: P-K3, P-S8, P-B3]
    ~ record = 2
    You keep it short. She has care and support needs because of her memory. There are signs of financial abuse. Because of her needs, she may not be able to protect herself. All three parts of the test seem to be met.
    Fair enough. I'm not going to argue with the Care Act. Minute it. #speaker: gareth #mood: neutral
* [Keep the meeting moving, and email Nkechi your concerns as soon as it finishes #score: comp +1, comm 0, chal +1 #reason: Putting a concern in writing the same day is a fair first step, but the meeting's own record will not show it. #ksb: P-S8, P-S10]
    ~ record = 1
    You say nothing for now and make a note to email Nkechi later. The meeting moves on.
- -> capacity

= capacity
Before we close anything, you should know she has a diagnosis of mild dementia from the memory clinic. She has good days and bad days. #speaker: priya #mood: concerned

Well, if she has dementia, she can't really decide anything, can she? We should just decide what's best for her and get on with it. #speaker: gareth #mood: frustrated

* [Suggest Nkechi asks Lee first, since he lives with her and sees how she manages each day #score: comp -1, comm -1, chal 0 #reason: Asking the person the concern is about can warn them and put the adult at more risk; ask the adult herself. #ksb: P-K3, P-S5]
    Not at this stage. Lee is the person the concern is about. If we ask him first, we could make things worse for her. #speaker: nkechi #mood: concerned
* [Agree that with her diagnosis, the team should decide in her best interests to keep her safe #score: comp -2, comm -1, chal -1 #reason: A best-interests decision comes only after an assessment shows she cannot make that decision; a diagnosis alone is not enough. #ksb: P-K3]
    A diagnosis isn't the same as lacking capacity. Nobody has assessed her for this decision. #speaker: priya #mood: frustrated
* [Say capacity is assumed, and is judged one decision at a time, so she must be asked herself #score: comp +2, comm +1, chal +1 #reason: Under the Mental Capacity Act a person is presumed to have capacity, and a diagnosis does not prove they cannot make a particular decision. #ksb: P-K3, P-B2, P-S9]
    ~ her_voice = true
    That fits what I see. In the morning she follows everything. By the afternoon she gets tired. #speaker: priya #mood: relieved
- Nkechi looks at the clock.
{ record == -1:
    I note housing is happy to close. I'm not, yet. We haven't heard from Mrs Campbell. #speaker: nkechi #mood: neutral
- else:
    We won't close today. We haven't heard from Mrs Campbell herself. #speaker: nkechi #mood: neutral
}
{ her_voice:
    I'll visit her on Thursday at ten, when she's at her best. Please come too. She knows you and trusts you. #speaker: nkechi
- else:
    I'll visit her on Thursday afternoon, when I have a gap. Please come too. She knows you and trusts you. #speaker: nkechi
}
{ record == 1:
    Straight after the meeting you email Nkechi your concerns. She replies with one line: "Thanks. On file."
}
-> visit

=== visit ===
Thursday. Mrs Campbell's flat is warm and tidy, with photos of her grandchildren along the shelf. #background: home-visit #present: doreen, nkechi
{ her_voice:
    It is mid-morning. She has made tea and remembers your name straight away.
- else:
    It is late afternoon. She seems tired and loses the thread more than once.
}

Nkechi's phone rings. She steps into the hall to take it. #sound: phone-ring #leave: nkechi
Mrs Campbell leans towards you and lowers her voice.
{ lee_heard:
    A lady from the care agency told Lee that people are saying things about him. He was so upset. #speaker: doreen #mood: concerned
}

Please don't tell Lee I said anything about the card. And no police. He's my boy. #speaker: doreen #mood: concerned #prompt: What matters most to Mrs Campbell right now, and what do you owe her? #ask: Mrs Campbell asks you to keep this from Lee and the police. What would you say to her?
#model: You were right to tell me, and I'm glad you did. I can't promise to keep it just between us, because my job is to make sure you're safe, so I'll need to tell Nkechi. But I'll always tell you who I'm telling and why, and what you want will count. What would you like to happen?
#look-for: Does not promise to keep it secret
#look-for: Explains honestly who will be told and why
#look-for: Asks what she wants to happen, and says her wishes will be recorded
#look-for: Reassures her that she was right to speak

* [Ask her what she would like to happen, then explain kindly who you have to tell and why #score: comp +2, comm +2, chal 0 #reason: Making Safeguarding Personal means asking the adult what she wants, and you must be honest with her about what will be shared. #ksb: P-S3, P-S5, P-B2]
    ~ wishes_known = true
    She thinks for a moment. "I want my card back. I want my rent paid. I don't want him thrown out."
    You tell her you must share this with Nkechi, and that her wishes will be written down and will count. She nods slowly.
* [Promise her it will stay between the two of you, so she feels safe enough to keep talking #score: comp -2, comm -1, chal 0 #reason: Never promise to keep a disclosure of abuse secret: you may have to share it to keep her safe, so the promise is one you cannot keep, and breaking it later costs her trust. #ksb: P-S5]
    ~ promised = true
    ~ wishes_known = true
    She relaxes and talks. Lee has the card and the PIN. Her pension goes in, and it's gone in days. She just wants her card back and her rent paid.
* [Tell her straight away that you cannot keep this from Nkechi, so she can choose what to say #score: comp +2, comm +1, chal 0 #reason: Being open before she says any more respects her choices, and you must never promise to keep a safeguarding concern secret. #ksb: P-S5, P-K3]
    ~ honest_first = true
    She goes quiet and looks at her hands. "Then I'd better not say any more. Just tell them I want things sorted."
- Nkechi comes back in and apologises for the call. #enter: nkechi
{ promised:
    -> promise_test
}
-> knock

= promise_test
Did I miss anything while I was out? #speaker: nkechi #mood: neutral

Mrs Campbell watches you over her cup of tea.

* [Keep your word, and tell Nkechi you only chatted about the weather and her garden #score: comp -2, comm -1, chal 0 #reason: A concern about abuse must reach the people who can act on it; keeping a promise of secrecy leaves her without protection. #ksb: P-S5, P-K3]
    ~ wishes_known = false
    Nkechi smiles and moves on. What Mrs Campbell told you stays in your head and nowhere else.
* [Say nothing now, and phone Nkechi from the car to pass on everything she told you #score: comp +1, comm -1, chal 0 #reason: The concern reaches the right person, but going behind her back after a promise damages her trust when she finds out. #ksb: P-S5]
    ~ told_behind_back = true
    You tell Nkechi it was nothing much. Later, from the car, you ring her and pass it all on. Mrs Campbell never hears it from you.
* [Tell Mrs Campbell gently that you were wrong to promise, then tell Nkechi in front of her #score: comp +2, comm +1, chal 0 #reason: If you have promised something you cannot keep, put it right honestly and straight away, and still pass the concern on. #ksb: P-S5, P-B1, P-B4]
    Mrs Campbell sighs. "Well. At least you said it to my face." Nkechi writes her wishes down in her own words.
- -> knock

= knock
There is a knock at the door. #sound: door-knock

That'll be Lee. He never takes his key. #speaker: doreen #mood: neutral

Lee comes in with two bags of shopping. He stops when he sees you both. #enter: lee
{ lee_heard:
    Is this about what that carer said? Are you lot telling people I take money off my own mum? #speaker: lee #mood: frustrated
- else:
    Oh. Hello. You're from housing, aren't you? What's all this about? #speaker: lee #mood: concerned
}

* [Tell him calmly that people are worried about the bank card, and ask him to give it back today #score: comp -2, comm 0, chal -1 #reason: Never confront the person a concern is about: it can put the adult at more risk and spoil any police enquiry, so it is not a challenge that helps her; leave it to the lead agency. #ksb: P-K3, P-S5]
    ~ lee_alerted = true
    Lee goes red. He puts the card on the table. "I do her shopping with it. Ask her." Mrs Campbell stares at the floor.
* [Mention that the rent has fallen behind, and ask whether he could help his mum catch up #score: comp -2, comm 0, chal 0 #reason: Her rent account is her personal data, and telling a relative without her consent or a lawful reason is a disclosure you cannot justify. #ksb: P-K4, P-S1]
    ~ lee_alerted = true
    Behind? She never said. Lee looks at his mother. The room goes very quiet. #speaker: lee #mood: frustrated
* [Say you are here about his mum's home and support, and that her business is hers to share #score: comp +2, comm +1, chal 0 #reason: Do not confront the person a concern is about or share the adult's information without a lawful reason; it could raise the risk to her. #ksb: P-K4, P-S4, P-S5]
    Lee shrugs and takes the shopping through to the kitchen. Nkechi arranges to see Mrs Campbell on her own next week, at the surgery. #leave: lee
- -> office

=== office ===
Back at the office, your manager Tomasz Nowak catches you in a side room. #background: meeting-room #present: tomasz

Mrs Campbell's account has hit the trigger. Policy says we now serve a notice of seeking possession. That's the formal warning before we can go to court. Any reason I shouldn't sign it? #speaker: tomasz #mood: neutral #prompt: The policy says serve the notice. Whose decision is it, and what do they need to know first?

* [Let the notice go out as the policy says, since a formal letter may get the household to sort things out #score: comp 0, comm -1, chal -2 #reason: Following the trigger without telling your manager about the abuse concern lets the process punish the person at risk. #ksb: P-K2]
    ~ notice = -1
    Tomasz signs. The notice goes in the post that afternoon.
* [Ask him to pause the notice, give him only the facts he needs about the enquiry, and record why #score: comp +1, comm +1, chal +2 #reason: Take a safeguarding reason to the person with authority to pause a process, share only what they need, and record the decision. #ksb: P-S8, P-B5, P-S10]
    ~ notice = 1
    Right. I'll pause it for eight weeks and we'll look again. Put the reason on her account, facts only. #speaker: tomasz #mood: relieved
* [Say nothing, and quietly keep her account off the list for a few weeks so no notice goes out #score: comp -2, comm 0, chal 0 #reason: Bending a procedure without authority or a record is not yours to do, however kind it feels; ask the person who can decide. #ksb: P-K2, P-B1]
    ~ notice = -2
    You move her account to the bottom of your pile. Tomasz doesn't notice, and nobody else knows.
- -> review

=== review ===
Two weeks later, the group meets again to review the enquiry. #background: meeting-room #present: nkechi, gareth, priya

Lee says he has given the card back. Mrs Campbell told me she's fine. Gareth? #speaker: nkechi #mood: neutral

There's no complaint and no crime I can investigate. I'd close it. #speaker: gareth #mood: neutral
{
- record == 2:
    Nkechi reads from the last minutes: "Housing disagreed with closing. The three parts of the section 42 test appear to be met."
- record == 1:
    Your email is in the file, but the minutes of the first meeting just say everyone agreed to carry on.
- record == -1:
    Housing agreed last time that this was a family matter, didn't you? #speaker: gareth #mood: neutral
}
{
- wishes_known && not told_behind_back:
    She told me she still hasn't got her card back, and that she wants it. #speaker: priya #mood: concerned
- honest_first:
    She says she wants things sorted, but she won't say how. She's careful what she tells us. #speaker: priya #mood: concerned
- else:
    I honestly don't know what she wants. She won't say much to any of us now. #speaker: priya #mood: concerned
}
{ lee_alerted:
    Since your visit, Mrs Campbell has cancelled two appointments at the surgery. Lee rang to cancel both times.
}
{ notice == -1:
    The notice of seeking possession arrived last week. Priya says Mrs Campbell is frightened she will lose her home.
}
You checked the rent account this morning. The rent was missed again this week.

So I'm minded to close. Does anyone disagree? #speaker: nkechi #mood: neutral

* [Go along with closing it, since every other agency agrees and they know more about this #score: comp -1, comm 0, chal -2 #reason: Working together does not mean agreeing; if you still see a risk, the adult's safety comes first and you should say so. #ksb: P-B3, P-S8]
    ~ final = 3
    You stay quiet. Nkechi closes the enquiry.
* [Let the meeting finish, then send Nkechi your evidence in writing today, copied to your manager #score: comp +1, comm 0, chal +1 #reason: A same-day written concern, copied to your manager, leaves a record, but escalation policies expect you to raise it first where the decision is being made, and the room decides without hearing it. #ksb: P-S8, P-S10, P-B4]
    ~ final = 2
    The meeting ends. By four o'clock your email is with Nkechi and Tomasz: the dates, the missed rent, and what Mrs Campbell said.
* [Say you disagree, give the new rent evidence, and ask for your disagreement to be minuted #score: comp +1, comm +1, chal +2 #reason: Challenge respectfully in the room with evidence, at the lowest level first, as multi-agency escalation policies expect. #ksb: P-S8, P-B3, P-K6]
    ~ final = 1
    You set out the dates and the missed rent, calmly and without blame. Gareth frowns. Nkechi writes it down word for word.
- -> outcome

=== outcome ===
~ temp strength = record
{ exact_words:
    ~ strength = strength + 1
}
{ her_voice:
    ~ strength = strength + 1
}
{ wishes_known:
    ~ strength = strength + 1
}
{ notice == 1:
    ~ strength = strength + 1
}
~ temp harm = 0
{ lee_heard:
    ~ harm = harm + 1
}
{ lee_alerted:
    ~ harm = harm + 1
}
{ told_behind_back:
    ~ harm = harm + 1
}
{ notice == -1:
    ~ harm = harm + 1
}
{
- final == 3:
    -> closed_too_soon
- harm >= 2:
    -> trust_lost
- strength >= 4 && harm == 0:
    -> safety_plan
- else:
    -> escalated
}

= safety_plan
{ final == 1:
    Housing disagrees, with evidence, and that's on record. I agree we're not done. The enquiry stays open. #speaker: nkechi #mood: relieved
- else:
    Your email and the record so far add up. I'm keeping the enquiry open. Thank you for putting it in writing. #speaker: nkechi #mood: relieved
}
Mrs Campbell chooses a plan with Nkechi. The bank sends her a new card, and her rent is paid from her pension by direct debit. Priya checks in at each visit, and Gareth logs the concern so any new report is linked. Lee is offered help with his own debts.

Her home is safe without going near a court, and every agency's record shows who said what, and why. #ending: safety-plan
-> epilogue

= escalated
Nkechi thanks you, but with only housing still worried, she closes the enquiry for now. {final == 1: Your disagreement is in the minutes.|Your email is on file.} Tomasz takes it to Nkechi's manager under the escalation policy: manager to manager, with your notes attached.
{ lee_alerted:
    Since your visit Lee is wary, and Mrs Campbell says less when he is home.
}
{ notice == -1:
    Tomasz withdraws the notice of seeking possession, but the letter has already frightened her.
}
{ lee_heard:
    The story from the care agency has made her wary of the council.
}
{ told_behind_back:
    She is hurt that you passed on what she said after promising not to.
}

It takes ten days. The enquiry is reopened and a plan is agreed with Mrs Campbell. In those ten days, more of her pension went and another week's rent was missed. { record == 1: With only an email and nothing in the first meeting's minutes, it took longer to show the worry was not new.}{ record == -1: The first meeting's minutes said housing agreed to close, so it took longer to show the worry was real.} #ending: escalated
-> epilogue

= trust_lost
Nkechi keeps the enquiry open, but Mrs Campbell stops answering the door to anyone from the council.
{ lee_heard:
    She believes the council told people her son is a thief.
}
{ lee_alerted:
    Since your visit, Lee answers the phone for her.
}
{ told_behind_back:
    She found out you passed on what she said after promising not to.
}
{ notice == -1:
    The notice made her feel the council was against her.
}
Priya is now the only person she lets in. The agencies agree to work through her and keep trying, but without Mrs Campbell's trust the plan is stuck, and the rent keeps going unpaid. #ending: trust-lost
-> epilogue

= closed_too_soon
The minutes say every agency agreed to close. Three months later, Priya makes a new referral: the rent arrears have doubled, and Mrs Campbell has been sitting with the heating off to save money.

At the new meeting, the first question is why nobody spoke up at the review. The council now faces court costs on an account it could have protected. #ending: closed-too-soon
-> epilogue

= epilogue
{ notice == -2:
    A month later, an audit finds the account you held back. Tomasz asks why you didn't come to him, and notes it on your file.
}
{ breach_reported:
    Your information governance team closes the breach report. Because you reported it the same day, it was contained.
}
-> END
