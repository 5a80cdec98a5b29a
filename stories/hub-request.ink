# title: Urgent request from the hub
# family: safeguarding
# minutes: 14
# summary: An email that says it is from the multi-agency safeguarding hub wants details of a family by tomorrow morning, because a child may be at risk. You work in council revenues and benefits, and a senior colleague tells you data protection means you should ignore it.
# strand: Accountability
# cast: janet = Janet Hollis, Senior benefits officer, council revenues and benefits
# cast: farah = Farah Qureshi, Team leader, council revenues and benefits, your manager
# cast: daniel = Daniel Osei, Information governance lead, the council
# cast: ruth = Ruth Kavanagh, Social worker, children's multi-agency safeguarding hub (MASH)
# cast: chantelle = Chantelle Brooks, Parent and benefits claimant
# content-note: A child may be at risk of harm at home. Nothing is described in detail.
# debrief-question: Janet said data protection law means you need the parents' consent. What would you say to her, in two or three sentences, and where would you check?
# debrief-question: How can you tell that a request for information really comes from the safeguarding hub, and why is the phone number in the email not enough?
# debrief-question: Ms Brooks asked whether anyone had been asking about her family. What could you say that is honest, but keeps the child safe?
# ending-title: shared-safely = Shared safely
# ending-summary: shared-safely = The hub decided on time with the right facts, nothing was sent that it did not need, and the record shows what was shared and why.
# ending-title: late-help = Help, a day late
# ending-summary: late-help = The child is safe, but the hub's first decision was made with gaps, and the plan started a day later than it could have.
# ending-title: loose-ends = Loose ends
# ending-summary: loose-ends = Sharing was the right call and the family has a plan, but how it was done does not stand up well to checking.
# ending-title: data-breach = A data breach
# ending-summary: data-breach = The child is safe, but more was sent, or sent less safely, than the hub needed, and the council has a breach to look into.
# ending-title: family-alerted = Family alerted too soon
# ending-summary: family-alerted = Everyone meant well, but Ms Brooks heard about the enquiry from the wrong person, at the wrong time.

// How you checked the email: 2 directory number, 1 replied to the email, 0 rang the number in the email.
VAR verified = 0
// Whether the mother was asked for consent, and so knew about the enquiry early.
VAR tipped = false
// Lost time: a reply by email adds 1, a refusal that has to be undone adds 1, leaving it overnight adds 2.
VAR delay = 0
VAR waited = false
// How the disagreement with Janet was handled: 1 taken to Farah and the IG lead, 2 decided alone, 3 Janet refused for the team.
VAR escalated = 0
VAR janet_learned = false
// What you sent: 1 what was asked for, 2 the whole file, 0 too little.
VAR shared = 0
// How it was sent: 2 secure route, 1 ordinary email.
VAR channel = 0
// The record: 1 restricted safeguarding record, 2 own inbox, 3 open note on the claim.
VAR recorded = 0
// The call from Ms Brooks: 1 neutral, 2 told her, 3 made up a cover story.
VAR call = 0
VAR flag_seen = false
// After the call: 1 rang the MASH, 2 wrote it up and sent it securely, 3 note on the claim only.
VAR after = 0
VAR breach_told = false

-> inbox

=== inbox ===
Tuesday, twenty to four. You are a benefits officer in the council's revenues and benefits team. You work on housing benefit and council tax support claims. #background: meeting-room

An email lands in the team inbox. The subject line says "URGENT: MASH information request". A MASH is a multi-agency safeguarding hub. Children's social care, police, health and schools work there together to decide quickly how worried to be about a child.

The email is about the Brooks household at 14 Alder Close. A school has raised a concern about a seven-year-old who lives there. It asks for the names of everyone on the claim, their addresses over the last two years, and a summary of any contact your team has had with the family. It wants a reply by ten tomorrow morning. It is signed "Ruth Kavanagh, MASH", with a mobile number.

Janet Hollis, at the next desk, reads it over your shoulder.

* [Ring the mobile number in Ruth's signature to check the request is really from her #score: comp -1, comm +1, chal 0 #reason: A number given in the email itself cannot prove the email is genuine; check using contact details you find independently. #ksb: P-S1, P-K4]
    ~ verified = 0
    A woman answers on the second ring. "MASH, Ruth speaking." She confirms she sent it and thanks you for calling. It sounds right. But if the email were fake, the number would be fake too.
* [Find the MASH in the council's staff directory, ring that number and ask for Ruth by name #score: comp +2, comm +1, chal 0 #reason: Checking a request through contact details you find yourself, not the ones in the message, is how you confirm who is asking before you share. #ksb: P-S1, P-K4, P-B5]
    ~ verified = 2
    The hub's duty desk puts you through. Ruth confirms the request and gives you its reference, MASH-2291.
    Please don't reply to that email with anything personal. Use our secure portal and quote the reference. #speaker: ruth #mood: neutral
* [Reply to the email and ask Ruth to send the request again on headed paper, signed by her manager #score: comp +1, comm 0, chal 0 #reason: Asking for confirmation is better than sending straight away, but a letterhead can be copied, and it costs hours against a safeguarding deadline. #ksb: P-S1, P-K4]
    ~ verified = 1
    ~ delay = delay + 1
    Ruth's reply comes at half past five, with a scanned letter. It looks genuine. Most of the afternoon has gone.
- -> consent

=== consent ===
Janet shakes her head.

That's GDPR, that is. You can't hand over a family's details without the parents' consent. Two years ago someone here sent a file to the wrong person and got a written warning. Ignore it. If it matters, they'll chase. #speaker: janet #mood: concerned
#ask: Janet says you need the parents' consent and should ignore the email. What would you say to her?
#model: I understand why you're wary after what happened, and we must get this right. But consent isn't what we'd rely on here. Helping the hub keep a child safe is part of the council's public task, and asking the parents first could put the child at more risk. Not sharing can do more harm. Let's take it to Farah now and check with information governance, then send only what they've asked for, securely, and write down why.
#look-for: Acknowledges Janet's worry without giving in to it
#look-for: Says consent is not needed, and that asking the parents could put the child at risk
#look-for: Names a lawful basis (public task, with the safeguarding condition for health details) rather than "it's fine"
#look-for: Proposes checking with the manager or information governance, and sharing only what is needed

* [Say you will ring Ms Brooks first and ask if she is happy for the council to share her details #score: comp -2, comm 0, chal -1 #reason: Asking a parent for consent can warn the family and put the child at more risk; the law lets you share for safeguarding without consent in that case. #ksb: P-K3, P-K4]
    ~ tipped = true
    You ring the number on the claim. Chantelle Brooks answers. You say social services have asked for some details and ask if she agrees.
    What? Who's been saying things about us? No, I don't agree. Don't you dare. #speaker: chantelle #mood: frustrated
    She hangs up.
    -> disagree
* [Tell Janet that keeping a child safe is a lawful reason to share without the parents' consent #score: comp +2, comm +1, chal +2 #reason: Consent is not the basis here: helping children's social care protect a child is part of the council's public task (UK GDPR Article 6), health details would also need the safeguarding condition for special category data, and asking the parents could put the child at risk. #ksb: P-K3, P-K4, P-B3]
    You keep it calm. The school is worried about a child. Asking the parents first could make things worse for the child. Consent isn't what the council relies on here: helping the hub keep a child safe is part of its public task. And for health details, which the law calls special category data, there is a separate condition for safeguarding.
    -> disagree
* [Leave it for tonight, as Janet says, and see whether the MASH chases in the morning #score: comp -2, comm 0, chal -2 #reason: Under Working Together to Safeguard Children, agencies help children's social care when it asks for information; sitting on it delays the decision, and not sharing can do more harm. #ksb: P-K3]
    ~ delay = delay + 2
    ~ waited = true
    You close the email and go home.
    The next morning at nine, the phone rings. #sound: phone-ring
    {
    - verified == 2:
        It's Ruth again. I need your information by ten, when the hub meets to decide what to do. Is there a problem? #speaker: ruth #mood: frustrated
    - else:
        Ruth Kavanagh here, from the MASH. The hub meets at ten to decide what to do, and I still have nothing from your team. #speaker: ruth #mood: frustrated
    }
    -> disagree

=== disagree ===
{
- tipped:
    Janet spreads her hands.
    There you are. She said no. That's the end of it. #speaker: janet #mood: neutral
- waited:
    Janet hears the call.
    Tell them we can't, not without consent. I'll write the reply if you like. #speaker: janet #mood: neutral
- else:
    Janet folds her arms.
    Says who? I've done this job fifteen years. If that goes out without consent, it's on you, not me. #speaker: janet #mood: frustrated
}
Farah Qureshi, your team leader, is in her office with the door open.

* [Let Janet reply to the MASH for the team, since she is the senior officer and knows the rules #score: comp -2, comm 0, chal -2 #reason: Refusing a safeguarding request on a mistaken view of the law leaves the child at risk; if you disagree, take it to your manager. #ksb: P-K2, P-S8]
    ~ escalated = 3
    Janet types a short reply: "We are unable to share without the parents' consent. Regards, Revenues and Benefits." She sends it.
    -> refused
* [Go ahead and send it yourself: you have read the guidance, and the deadline is close #score: comp -1, comm 0, chal +1 #reason: You are right that consent is not needed, but a disclosure that a colleague disputes should go to your manager or information governance lead before you act. #ksb: P-K4, P-B5]
    ~ escalated = 2
    You decide not to bother Farah. It's the right thing to do, you tell yourself, and you've read enough to be sure.
    -> what_to_send
* [Take it to Farah now, set out both views fairly, and ask her to check with information governance today #score: comp +2, comm +1, chal +2 #reason: When a colleague disputes a disclosure, take it to your manager and the information governance lead so the decision is lawful and owned. #ksb: P-S8, P-B5, P-K2]
    ~ escalated = 1
    Farah listens, then rings Daniel Osei, the council's information governance lead. He deals with data protection questions.
    {
    - verified == 0:
        Farah asks how you checked the email was real. When you say you rang the number in it, she looks up the MASH in the staff directory and rings that instead. It's genuine. "Always use a number you found yourself," she says.
    }
    The law is on your side here. Consent isn't our basis. Helping the hub protect a child is part of our public task, and that covers names, addresses and contact notes. Health details are special category data and need more: the Data Protection Act has a safeguarding condition for those. Either way, you can share without consent when asking would put a child at risk. Share what they need, send it securely, and write down why. #speaker: daniel #mood: neutral
    Some hubs do ask parents first, but not when that could put the child at risk or slow things down. That's the hub's call to make, not ours. #speaker: daniel #mood: neutral
    { tipped:
        And you'll need to tell the MASH that Mum knows. That matters to their plan. #speaker: daniel #mood: concerned
    }
    Janet listens from the doorway.
    Fair enough. I didn't know it worked like that. #speaker: janet #mood: relieved
    ~ janet_learned = true
    -> what_to_send

= refused
An hour later, Farah comes out of her office holding her phone.
The MASH manager has just rung me. We refused a safeguarding request? On what grounds? #speaker: farah #mood: frustrated
~ delay = delay + 1

* [Tell her Janet handled it as the senior officer, so she is the one to ask #score: comp 0, comm -1, chal -1 #reason: Pointing at a colleague slows the fix; give your manager the facts and your part in them so the child's information moves quickly. #ksb: P-B4]
    Farah goes to find Janet. It takes twenty minutes to piece together what happened. Then she rings Daniel Osei, the information governance lead.
* [Explain what happened and your part in it, and ask her to check with information governance #score: comp +1, comm +1, chal +1 #reason: Giving your manager an honest account and asking for advice is how you put a wrong decision right quickly. #ksb: P-B4, P-B5, P-S8]
    Farah nods and rings Daniel Osei, the information governance lead, on speaker.
- Daniel's advice is short. Helping the hub protect a child is part of the council's public task, so consent is not needed. Share what the MASH needs, securely, and record why. Janet hears it too.
{ tipped:
    And the MASH must be told that Mum already knows. That changes their plan. #speaker: daniel #mood: concerned
}
I'll send it through the hub's secure portal myself, and apologise to their manager. Get me what they asked for. #speaker: farah #mood: neutral
~ janet_learned = true
~ escalated = 1
~ channel = 2
-> what_to_send

=== what_to_send ===
You open the Brooks claim. It holds a lot.

There are the people on the claim: Chantelle Brooks and her two children. There are two addresses in two years. There are three contact notes. One, from March, says Ms Brooks mentioned a friend called Lewis was "staying for a bit". There are also bank statements, payslips and a letter from her GP about her health.

* [Send the whole claim file, so the MASH has the full picture and can decide what matters #score: comp -2, comm 0, chal 0 #reason: Sharing everything to be safe breaks data minimisation: the bank statements and the GP letter (health is special category data) were never asked for, so share only what is necessary and relevant to the request. #ksb: P-K4, P-S6]
    ~ shared = 2
    You export the whole file. It comes to forty pages.
* [Send only the names and addresses, and leave out the contact notes, as they are just staff jottings #score: comp -1, comm 0, chal 0 #reason: Holding back relevant facts the hub asked for can leave a child at risk; share what is relevant, and mark any opinion as opinion. #ksb: P-K4, P-S6]
    ~ shared = 0
    You send a short list of names and two addresses. The note about Lewis stays on the system.
* [Send the names, the two addresses and the dated contact notes, and nothing else from the file #score: comp +2, comm +1, chal 0 #reason: Information shared to safeguard must be necessary, relevant, accurate and no more than the request needs. #ksb: P-K4, P-S6]
    ~ shared = 1
    Two pages. Every note has a date, and you mark which parts are facts and which are a colleague's view.
- { channel == 2:
    Farah uploads your document through the secure portal and rings the MASH manager.
    -> record
}
-> how_to_send

=== how_to_send ===
{ verified == 2:
    Ruth told you to use the hub's secure portal and quote the reference.
- else:
    You are not sure how the hub wants things sent. Ruth's email just says "reply to this email".
}
{
- waited:
    It is twenty past nine. The hub meets at ten.
- verified == 1:
    It is nearly six o'clock, and most people have gone home.
- else:
    It is nearly five o'clock.
}

* [Look up the hub's information-sharing procedure, use its secure route, then ring Ruth to say it is there #score: comp +2, comm +1, chal 0 #reason: Shared information must be sent securely, using the route agreed between partners. #ksb: P-K4, P-K2, P-B4]
    ~ channel = 2
    The intranet has a page on sharing with the MASH. You upload the document through the secure portal, quoting the reference, and let Ruth know.
* [Reply to the email with the document attached, since that is what the request asked for #score: comp -2, comm 0, chal 0 #reason: Personal information about a child at risk must go by a secure, agreed route, not ordinary email. #ksb: P-K4]
    ~ channel = 1
    You attach it and press send. It's done in a minute.
- -> record

=== record ===
{ escalated == 2:
    Janet has gone quiet. You notice she has emailed Farah, with the subject "Data sent without consent".
}
Last job on this: writing down what you did.

* [Record what you sent, why, and who agreed, in the restricted safeguarding record #score: comp +2, comm 0, chal 0 #reason: Record every sharing decision and the reasons, whether you share or not, where it can be found and checked later. #ksb: P-S10, P-S6]
    ~ recorded = 1
    The note takes ten minutes. { escalated == 2: Under "who agreed", you have to write "none".}
* [Add a note to the family's open claim, so anyone who takes a call knows social services are involved #score: comp -2, comm 0, chal 0 #reason: Safeguarding information should be seen only by people who need it; an open note on the claim can be read by anyone, and could be read out. #ksb: P-K4, P-S10]
    ~ recorded = 3
    You type "CHILD PROTECTION: social services involved, see MASH" at the top of the claim notes. Everyone in the team can see it.
* [Keep the emails in a folder in your inbox, so there is a trail if anyone ever asks #score: comp -1, comm 0, chal 0 #reason: The reasons for sharing without consent must be recorded in the organisation's system, not left in one person's inbox. #ksb: P-S10]
    ~ recorded = 2
    You drag the emails into a folder called "MASH". The reasons for your decision are in your head.
- -> phone_call

=== phone_call ===
{ waited:
    That afternoon, a call comes through to the team. #background: phone-call
- else:
    The next morning, a call comes through to the team. #background: phone-call
}
{ recorded == 3:
    ~ flag_seen = true
    Kofi, who started last week, answers. He opens the claim and reads the note at the top out loud, without thinking. "Oh, there's a child protection note here. Social services. I'll pass you to my colleague."
}
Hello? This is Chantelle Brooks. 14 Alder Close. #speaker: chantelle #mood: concerned
{
- tipped:
    You rang me yesterday about social services. Now the school wants a meeting. What's going on? Are they trying to take my kids? #speaker: chantelle #mood: frustrated
- flag_seen:
    Your colleague just said something about child protection. What does that mean? Has someone reported me? #speaker: chantelle #mood: frustrated
- else:
    Has anyone been asking about us? My neighbour said someone from the council was asking questions. #speaker: chantelle #mood: concerned
}
#ask: Ms Brooks wants to know whether anyone has been asking about her family. What would you say to her?
#model: I can't talk about who contacts us about any account; that's the same for everyone. I'm not able to help with that question, but I can take your number and make sure the right person gets back to you. Is there anything about your claim or your council tax support I can help with today?
#look-for: Does not confirm or deny the enquiry, and does not invent a cover story
#look-for: Stays calm and neutral, and is honest that it is something they cannot discuss
#look-for: Offers to take a message, and helps with what she needs today

* [Say you cannot discuss who asks about any account, ask what she needs today, and offer to take a message #score: comp +2, comm +1, chal 0 #reason: Be open with families unless that could put a child at risk; declining to discuss an enquiry is honest, and the hub decides what to tell her. #ksb: P-S4, P-S5, P-K3]
    ~ call = 1
    She is quiet for a moment. Then she asks about her council tax support, and you sort that. You take her number and say someone will call her back.
* [Tell her there is nothing to worry about, nobody has asked about her family, and her claim is fine #score: comp -1, comm -1, chal 0 #reason: Inventing a cover story breaks the duty of honesty and damages trust when the truth comes out; declining to discuss is honest. #ksb: P-K5, P-S4]
    ~ call = 3
    Right. OK. #speaker: chantelle #mood: neutral
    She doesn't sound as if she believes you.
* [Be honest with her: children's services asked for some details, but it is probably routine #score: comp -2, comm -1, chal 0 #reason: Telling a parent about a safeguarding enquiry can put the child at risk, and whether and when to tell her is the hub's decision; "probably routine" is not true either, so it misleads as well as tips her off. #ksb: P-K3, P-S5]
    ~ call = 2
    Routine? Social services don't do routine. #speaker: chantelle #mood: frustrated
    She ends the call.
- -> after_call

=== after_call ===
You put the phone down. The MASH may not know she has called.

* [Note the call on her claim, so the next person who talks to her knows what was said #score: comp 0, comm -1, chal 0 #reason: A note on the claim helps your team, but the hub leads the safeguarding work and needs to know the family may be aware. #ksb: P-S10]
    ~ after = 3
    You add two lines to the claim notes and get on with your queue.
* [Ring Ruth straight away to tell her about the call, then write it up #score: comp +1, comm +2, chal 0 #reason: When a family may know about an enquiry, tell the lead agency at once so it can act on it; a written record should follow. #ksb: P-S5, P-B4, P-S10]
    ~ after = 1
    Ruth picks up. She listens, then says she'll call the school and move the visit forward.
    { tipped or flag_seen or call == 2:
        Thanks. If she knows, we need to be there today, not next week. #speaker: ruth #mood: concerned
    - else:
        Thanks. That's useful to know before we visit. #speaker: ruth #mood: relieved
    }
* [Write up the call word for word and send it to the hub through the secure route #score: comp +2, comm 0, chal 0 #reason: A factual record sent securely keeps a clear trail for the hub, though a written note may wait in a queue for hours. #ksb: P-S10, P-S5, P-K4]
    ~ after = 2
    You write down what she said, with the time, and send it through the portal. The hub reads it a few hours later.
- -> outcome

=== outcome ===
~ temp alerted = tipped || flag_seen || (call == 2)
~ temp breach = (shared == 2) || (channel == 1)
~ temp late = (delay >= 2) || (shared == 0)
{
- alerted:
    -> family_alerted
- breach:
    -> data_breach
- late:
    -> late_help
- recorded != 1 || escalated != 1 || call != 1:
    -> loose_ends
- else:
    -> shared_safely
}

= shared_safely
A week later, Ruth emails your team. #background: meeting-room #present: nobody
Your information helped. The note about a friend called Lewis staying at the house matched something the school had heard. We now know who lives there. The family has a social worker and a plan, and Ms Brooks is working with us. #speaker: ruth #mood: relieved
{ after == 1:
    Ruth says your call about Ms Brooks's phone call helped her plan the first visit.
}
The hub made its decision on time and with the right facts. Nothing was sent that it did not need. The council's record shows what was shared, why, and who agreed. #ending: shared-safely
-> epilogue

= late_help
A week later, Ruth sends an update. #background: meeting-room #present: nobody
{ shared == 0:
    The school mentioned a man called Lewis at the house. Later you sent the contact notes we had asked for, and one of them said he was staying there. We went to the strategy meeting without that. #speaker: ruth #mood: frustrated
- else:
    We got your information in the end, but after the hub had met. We had to hold a second meeting to look at it. #speaker: ruth #mood: frustrated
}
The child is safe, and the family now has a plan. But the hub's first decision was made with gaps, and the plan started a day later than it could have. { escalated == 1 && janet_learned: Janet asks Farah to put information sharing on the next team meeting agenda.} #ending: late-help
-> epilogue

= loose_ends
A month later, Farah checks the Brooks case as part of a routine review. #background: meeting-room
The hub had the right facts in time, and the family now has a social worker and a plan.
But parts of the council's side do not stand up well to checking. Sharing was the right call. How it was done is another matter. #ending: loose-ends
-> epilogue

= data_breach
Two days later, Daniel Osei calls you into a side room. #background: meeting-room
{ shared == 2:
    The MASH has been in touch. They got forty pages from us, with bank statements and a GP letter they never asked for. They've deleted them and logged it. #speaker: daniel #mood: concerned
}
{ channel == 1:
    Ms Brooks's details went by ordinary email, not the secure portal. Anyone who got into that inbox could read them. #speaker: daniel #mood: concerned
}
~ breach_told = true
We have to treat this as a possible data breach. I'll need a timeline from you today. #speaker: daniel #mood: neutral
The child is safe. {shared == 0: The hub is still missing the contact notes it asked for.|The hub has what it needs.} But the council now has a breach to look into, and the MASH has started asking for a manager's sign-off on everything your team sends. #ending: data-breach
-> epilogue

= family_alerted
Three days later, Farah calls you into her office. #background: meeting-room
{
- tipped:
    Ms Brooks knew about the hub's interest a day before anyone visited. She'd heard it from us, when we asked for her consent. #speaker: farah #mood: concerned
- flag_seen:
    Ms Brooks heard "child protection" read out from her own claim notes. That note should never have been where Kofi could see it. #speaker: farah #mood: concerned
- else:
    Ms Brooks heard from us that children's services had asked about her family, before the hub had decided what to tell her. #speaker: farah #mood: concerned
}
{ after == 1:
    Because you rang Ruth straight away, a social worker visited that afternoon. The child is safe. But Ms Brooks is angry with the council, and she will not talk to the school.
- else:
    By the time a social worker visited, Lewis had moved out and Ms Brooks would not open the door. It took three more days, and the police, to see the child. The child is safe, but the chance to work with the family calmly has gone.
}
Everyone in the chain meant well. But the family heard about the enquiry from the wrong person, at the wrong time. #ending: family-alerted
-> epilogue

= epilogue
{ (shared == 2 || channel == 1) && not breach_told:
    Daniel Osei, the information governance lead, also asks you for a timeline. {shared == 2: The hub was sent forty pages it never asked for, including bank statements and a GP letter.|The family's details went by ordinary email, not the secure portal.} It is logged as a possible data breach.
}
{ recorded == 2:
    Months later, an audit asks why the Brooks family's details were shared without consent. The answer is in a folder in your inbox, and the reasons were never written down.
}
{ escalated == 2:
    Farah tells you that you were right to share, but that a disclosure a colleague disputes should come to her first. Janet's email is still on file.
}
{ call == 3:
    When Ms Brooks later learns that the council did share her details, she remembers being told that nobody had asked. It makes the social worker's job harder.
}
{ verified == 0 && escalated != 1:
    At a team meeting, Farah reminds everyone to check requests using a number from the staff directory, not one in the email. Last month, a fake "MASH" email went to a school nearby.
}
-> END
