# title: My mum can't cope
# family: rules
# minutes: 12
# summary: A worried daughter rings the council because her mother's housing benefit has stopped, and she wants you to tell her why. You are a customer service officer, and you must decide what you can share, with whom, and what to do with what she tells you.
# strand: Outcomes
# cast: abena = Abena Mensah, caller, Mrs Mensah's daughter
# cast: joyce = Joyce Mensah, housing benefit claimant, aged 79
# cast: dylan = Dylan Hart, Customer service officer, your colleague in the contact centre
# cast: rhys = Rhys Morgan, Team leader, customer services, your manager
# content-note: A possible concern about an older person's money being taken by a family member. Nothing is described in detail.
# content-note: Dementia and memory loss.
# debrief-question: Abena knew her mum's date of birth, address and National Insurance number. Why was that not enough, and what would have been?
# debrief-question: Where in this call did being kind and doing what Abena asked pull in different directions? How did you manage both?
# debrief-question: When Abena mentioned her brother, what was your job, and what was not your job?
# ending-title: wrong-hands = In the wrong hands
# ending-summary: wrong-hands = Mrs Mensah's information went to people with no right to it, after a check that looked at the wrong thing.
# ending-title: harm-unseen = Harm unseen
# ending-summary: harm-unseen = Abena's worry about her brother was never passed on, and Mrs Mensah's savings were almost gone before anyone acted.
# ending-title: her-say = Her say
# ending-summary: her-say = Mrs Mensah decided what happened next, the benefit was restored, and your note showed what was asked, what was refused and why.
# ending-title: long-wait = A long wait
# ending-summary: long-wait = Mrs Mensah got her money back in the end, by a longer and harder road than it needed to be.

// How the call opened: 1 acknowledged her, 0 led with the rule, -1 promised to sort it today.
VAR rapport = 0
// Whether you told Abena about the claim before her authority was proved.
VAR disclosed = false
VAR hinted = false
VAR hardship = false
// The brother concern: 2 passed to adult social care with her words, 1 passed on after probing, 0 not raised.
VAR safeguarding = 0
VAR raised_late = false
// The call note: 2 dated and factual, 1 included your opinion, 0 the short note.
VAR record = 0
// Dylan's question about a death: 1 right rule, 2 checked with the information team, -1 sent it all.
VAR deceased = 0
VAR breach_reported = false
// The power of attorney paper: 1 accepted the wrong kind, 2 checked it and asked Mrs Mensah, 3 said only a court could help.
VAR lpa = 0
// Meeting Mrs Mensah: 2 spoke to her directly, 1 let Abena explain, 3 asked her about her son.
VAR joyce_heard = 0

-> call

=== call ===
Tuesday, 10.40. You are a customer service officer in the council's contact centre. You answer calls about council tax and housing benefit. #background: phone-call
Your headset beeps with the next call. #sound: phone-ring

Hello? I need someone to sort out my mum's housing benefit. It's stopped, and she can't cope. She's got dementia. I've been on hold for forty minutes. #speaker: abena #mood: frustrated

* [Say sorry for the long wait and that you can hear she's worried, then ask her name and how you can help #score: comp +1, comm +2, chal 0 #reason: Acknowledging a caller's feelings first helps her feel heard, and acknowledging is not the same as agreeing or admitting fault. #ksb: P-S3, P-S4, P-K8]
    ~ rapport = 1
    Thank you. Sorry. It's been a horrible week. I'm Abena Mensah. My mum is Joyce Mensah. #speaker: abena #mood: concerned
    Her voice steadies a little.
* [Tell her at the start that you'll need proof she can act for her mum before you can discuss the claim #score: comp +2, comm 0, chal 0 #reason: Being clear early about authority is honest and protects her mum's data, but leading with the rule before you have listened can make a worried caller feel brushed off. #ksb: P-S1, P-K4]
    ~ rapport = 0
    Proof? I'm her daughter! Fine. I'm Abena Mensah. My mum is Joyce Mensah. #speaker: abena #mood: frustrated
    She sounds tighter than before.
* [Tell her not to worry, because you'll get her mum's money sorted out and back in her account today #score: comp -1, comm 0, chal 0 #reason: Promising an outcome before you know what you can lawfully do sets up a let-down; acknowledge the worry without promising. #ksb: P-S4]
    ~ rapport = -1
    Oh, thank goodness. I'm Abena Mensah. My mum is Joyce Mensah. #speaker: abena #mood: relieved
    She sounds relieved. You are not yet sure you can keep that promise.
- -> details

= details
I've got photos of her letters on my phone. Her date of birth is the third of March 1946. She lives at 14 Larch Close. I can give you her National Insurance number too. #speaker: abena #mood: neutral

I've got power of attorney, by the way. The papers are at my house somewhere. Just tell me why it's stopped. #speaker: abena #mood: frustrated

Every detail matches the account on your screen. You can also see why the benefit stopped. A review form went to Mrs Mensah in August and never came back, so the claim was suspended three weeks ago.
#ask: Abena says she has power of attorney and wants to know why the benefit stopped. What would you say to her?
#model: I can hear how worrying this is, and I do want to help you sort it. Before I can talk about your mum's claim, I need to see proof that you can act for her: a lasting power of attorney for property and financial affairs, registered with the Office of the Public Guardian, a deputyship order, or your mum's own consent. You can send it to our secure email or bring it in. In the meantime, is your mum all right today: does she have food and heating?
#look-for: Acknowledges her worry first
#look-for: Does not confirm anything about the claim, even though the details match
#look-for: Says exactly what proof of authority is needed and how to send it
#look-for: Checks whether her mum is safe and has what she needs today

* [Tell her the details all match the account, so you can explain about the review form that wasn't returned #score: comp -2, comm 0, chal 0 #reason: Knowing a date of birth and address is not proof of authority; a relative must show a power of attorney, a deputyship or the person's own consent first. #ksb: P-S1, P-K4]
    ~ disclosed = true
    You tell her about the form and the suspension. There is a pause.
    A form? She never said. Right. At least I know now. #speaker: abena #mood: relieved
    -> brother
* [Say you can't confirm anything yet, and tell her what proof of authority you need and how to send it #score: comp +2, comm +1, chal 0 #reason: A third party must prove their authority before you disclose, and saying exactly what is needed and how to send it gives her a lawful route. #ksb: P-S1, P-K4, P-S4]
    You keep it simple. She can act for her mum if she has one of three things. The first is a lasting power of attorney for property and financial affairs, registered with the Office of the Public Guardian. The second is a deputyship order from the Court of Protection. The third is her mum's own consent.
    You give her the secure email address for documents, and the address of the council offices.
    I haven't got time for all this. She's got no money now. #speaker: abena #mood: frustrated
* [Say you're not allowed to discuss anyone else's claim, and suggest her mum rings in herself #score: comp +1, comm -1, chal 0 #reason: Not disclosing is right, but giving no route, and asking a person with dementia to ring in, leaves the family nowhere to go. #ksb: P-S1]
    She can't ring you! Half the time she can't find the phone. That's the whole point. #speaker: abena #mood: frustrated
- -> pressure

= pressure
If you won't help, I'm ringing my MP today. Mum hasn't got a penny until her pension comes on Friday. Are you going to let her sit in the cold? #speaker: abena #mood: frustrated

* [Give her the complaints procedure and her MP's details, and repeat what proof you need #score: comp +1, comm 0, chal 0 #reason: Holding the line under pressure is right, but it misses the real question: whether the person at the centre is safe and warm today. #ksb: P-S1, P-S4]
    You give her both. She writes them down without a word.
* [Without naming the claim, suggest she checks her mum's post for anything from the council #score: comp -1, comm +1, chal 0 #reason: Even a hint tells a caller whose authority is unproven that a claim and a letter exist; if in doubt, disclose nothing. #ksb: P-K4, P-S1]
    ~ hinted = true
    There is a pause.
    Oh. Right. I see what you're saying. Thank you. #speaker: abena #mood: relieved
* [Ask if her mum has food, heating and medicine today, and offer the council's emergency help #score: comp +1, comm +2, chal 0 #reason: Checking for immediate need and offering real choices responds to vulnerability without disclosing anything about the claim. #ksb: P-K7, P-S3, P-S5]
    ~ hardship = true
    She has tablets, but the fridge is nearly empty. You give Abena the number for the council's emergency help scheme and a local food bank. You also explain that a visiting officer can see any resident at home to talk about money worries, if her mum would like that.
    OK. OK. That helps. Sorry for shouting. #speaker: abena #mood: concerned
- -> brother

= brother
There's something else. My brother Kofi moved in with her in the summer. He's got her bank card. Every time I ask where her money goes, he changes the subject. #speaker: abena #mood: concerned
#ask: Abena tells you her brother has her mum's bank card. What would you say to her?
#model: Thank you for telling me; it's right that you did. I'm going to write down what you've said in your words, and I'll pass it to adult social care today, because they look into worries like this. I can't promise your brother won't find out it came from you, but they'll think carefully about how to approach it, and they'll want to hear what your mum wants.
#look-for: Listens and thanks her, without asking probing questions or investigating
#look-for: Says honestly what happens next: a referral to adult social care today
#look-for: Does not promise confidentiality or an outcome

* [Let her finish, note her exact words, and say honestly you'll pass this to adult social care today #score: comp +2, comm +1, chal 0 #reason: Financial abuse is covered by the Care Act 2014 s42; listen, record her own words, don't investigate, and say what happens next. #ksb: P-K3, P-S5, P-S3]
    ~ safeguarding = 2
    Will Kofi find out it was me? #speaker: abena #mood: concerned
    You tell her you can't promise that. You explain that adult social care will think carefully about how to approach it, and will want to hear what her mum wants.
* [Ask how much money has gone, since when, and whether she has proof, so your report is solid #score: comp -1, comm 0, chal 0 #reason: Probing questions turn a front-line officer into an investigator; record what she chose to tell you and leave the enquiry to adult social care. #ksb: P-S5]
    ~ safeguarding = 1
    She answers a few of your questions, then stops.
    I don't know exactly. Am I going to get him in trouble? Forget I said anything. #speaker: abena #mood: concerned
* [Say it sounds like a matter for the police, and give her the non-emergency number, 101, to report it #score: comp -2, comm 0, chal 0 #reason: A possible financial abuse concern about an adult with care needs must go through the council's safeguarding procedure, not be handed back to the caller. #ksb: P-K3, P-S5]
    ~ safeguarding = 0
    She sighs.
    Right. The police. I just thought somebody here should know. #speaker: abena #mood: frustrated
- She gives you her phone number and email, and the call ends.
-> desk

=== desk ===
You take off your headset. There are eleven calls in the queue.

Your colleague Dylan Hart leans over from the next desk.

{disclosed:Twenty-two minutes! Just put "daughter, security passed, told about form" and grab the next one.|Twenty-two minutes! Just put "third party, no authority, refused" and grab the next one.} Nobody reads the notes anyway. #speaker: dylan #mood: neutral

* [Write the short note Dylan suggests, and take the next call while the queue is long #score: comp -1, comm 0, chal -1 #reason: A bare note loses what was asked, what was shared or refused and why, and what she said about her brother; the next officer needs all of it. #ksb: P-S10]
    ~ record = 0
    It takes ten seconds. You press the button for the next call.
* [Write a full note, and add that the brother is clearly taking her money, so other staff are warned #score: comp -1, comm 0, chal 0 #reason: Records must keep fact and opinion apart; write what the caller said in her words, not your conclusion about someone you have never spoken to. #ksb: P-S10, P-S5]
    ~ record = 1
    You write it all down, and end with: "Son is clearly taking Mrs Mensah's money."
* [Write a dated, factual note: her request, what you shared or refused and why, and her exact words #score: comp +2, comm 0, chal +1 #reason: Recording the decision and the reasons, whether you share or not, is a golden rule of information sharing and protects everyone later. #ksb: P-S10, P-S6, P-B4]
    ~ record = 2
    It takes four minutes. Dylan raises an eyebrow, then shrugs.
- { safeguarding >= 1:
    You also fill in the council's safeguarding concern form and send it to adult social care, the team that looks into worries about adults at risk. You copy in Rhys, your team leader.
}
-> death

= death
Ten minutes later, Dylan pulls his headset down again.

Quick one. I've got a man on hold whose dad died last month. He wants copies of everything on his dad's council tax account. GDPR doesn't cover dead people, so I can just send it, yeah? #speaker: dylan #mood: neutral

* [Say you're not sure, and suggest he checks with the information governance team before he sends anything #score: comp +1, comm 0, chal +1 #reason: Seeking advice before an uncertain disclosure is sound, though knowing the basic rule on a dead person's records would save the customer a wait. #ksb: P-B5, P-S9]
    ~ deceased = 2
    Dylan messages the information governance team, who look after data protection for the council. Twenty minutes later they reply: the records can go to the personal representative, the person legally in charge of the dead person's affairs.
* [Agree: data protection law only covers living people, so he can send the son everything he asked for #score: comp -2, comm 0, chal -1 #reason: UK GDPR stops at death but the duty of confidentiality does not; a dead person's records go to their personal representative, not to anyone who asks. #ksb: P-K1, P-K4]
    ~ deceased = -1
    Nice one. Dylan starts attaching the statements to an email.
* [Say data protection ends at death but confidentiality doesn't, so the records go to the personal representative #score: comp +2, comm +1, chal +1 #reason: A dead person's records go to the personal representative with probate or letters of administration, and the son can still ask for information about himself. #ksb: P-K1, P-K4, P-S9]
    ~ deceased = 1
    You explain that the personal representative is the person legally in charge of the dead person's affairs. They show it with probate or letters of administration, which are papers from the court.
    So I tell him what he'd need to send. And he can still ask for anything about himself. Got it. #speaker: dylan #mood: relieved
- -> visit

=== visit ===
Eight days later, you are covering the front desk at the council offices. #background: front-desk
Abena Mensah comes in, holding a plastic folder.
{ disclosed:
    -> leak
}
{ rapport == -1:
    You told me you'd sort it that day. You didn't. #speaker: abena #mood: frustrated
}
{ hinted:
    I found a form from you lot in her kitchen drawer, like you said. #speaker: abena #mood: neutral
}
{ hardship:
    The food bank was kind. Mum's warm, at least. #speaker: abena #mood: concerned
}
-> papers

= leak
Before she sits down, Rhys Morgan, your team leader, comes over. He looks worried.

Kofi knew all about Mum's review form. He rang me laughing about it. He said the council told him. #speaker: abena #mood: frustrated

I've listened to the calls. Kofi rang two days after Abena did, with the same date of birth and address. Dylan saw your note that the family had been told after a security check, so he told Kofi too. Kofi has now asked for the benefit to be paid into a new bank account. That's on hold. #speaker: rhys #mood: concerned

* [Tell Abena that Kofi is family too and gave the right details, so nothing really went wrong #score: comp -2, comm -1, chal 0 #reason: Correct details are not proof of authority, and playing down a disclosure to the wrong person stops anyone from containing it. #ksb: P-K4, P-S4]
    Abena stares at you. Rhys says nothing, but writes something down.
* [Apologise to Abena, and add a warning to the account telling staff not to discuss it with Kofi #score: comp -1, comm +1, chal 0 #reason: A warning note does not assess or contain what has already gone out; a possible breach must be reported inside the council so the right people can act. #ksb: P-K4, P-B4]
    Abena nods slowly. The warning goes on the account. Nobody looks at what else Kofi may now know.
* [Apologise, tell Abena honestly what happened, and report it today as a possible data breach #score: comp +2, comm +1, chal +1 #reason: Telling someone without authority about a claim can be a personal data breach; report it at once so it can be assessed within 72 hours. #ksb: P-K4, P-B4, P-S10]
    ~ breach_reported = true
    Rhys nods. The information governance team, who look after data protection, call you within the hour. They put a hold on any change to the account.
- -> papers

= papers
She puts a document on the desk. It is a lasting power of attorney. A lasting power of attorney, or LPA, is a legal paper that lets someone make decisions for another person. It has the Office of the Public Guardian's stamp, so it is registered.

The title at the top says "Health and welfare". There are two kinds of LPA: one for health and care, and one for property and money.

There. Power of attorney. Now can I sort out Mum's claim with you? #speaker: abena #mood: frustrated

* [Explain that her mum can't give consent anyway, because of her diagnosis, so she'll need a court deputyship #score: comp -1, comm 0, chal 0 #reason: The Mental Capacity Act says to presume capacity, and a dementia diagnosis alone does not mean her mum cannot consent to this one decision. #ksb: P-K1, P-B2]
    ~ lpa = 3
    A court? That'll take months! #speaker: abena #mood: frustrated
    Abena picks up her folder and leaves.
* [Explain this kind covers health and care, not money, and ask if her mum could give her own consent #score: comp +2, comm +2, chal 0 #reason: Check the kind of authority, not just that a paper exists, and presume her mum can decide for herself, as the Mental Capacity Act requires. #ksb: P-S1, P-K4, P-B2]
    ~ lpa = 2
    Abena looks at the paper again. Her shoulders drop.
    I didn't know there were two kinds. Mum's in the car outside, actually. Today's a good day. #speaker: abena #mood: concerned
* [Accept it: it's registered, it has her name on it, and her mum clearly needs someone to help her #score: comp -2, comm 0, chal 0 #reason: A health and welfare LPA does not cover money; only a property and financial affairs LPA, a deputyship or her mum's consent gives authority over the claim. #ksb: P-S1, P-K4]
    ~ lpa = 1
    You take a copy and go through the claim with her: the review form, the suspension, and the payments.
- { lpa == 2:
    -> meet_joyce
}
-> outcome

= meet_joyce
A few minutes later, Mrs Mensah sits down slowly with her handbag on her knee.

Abena says I've made a muddle of my rent money. #speaker: joyce #mood: concerned

* [Speak to Mrs Mensah directly, in short plain sentences, and ask what help she wants and from whom #score: comp +2, comm +2, chal 0 #reason: Presuming capacity and helping her decide in plain words keeps her in charge of her own affairs, as the Mental Capacity Act expects. #ksb: P-B2, P-S2, P-K7]
    ~ joyce_heard = 2
    She listens carefully, then asks one question.
    Will Abena see everything, or just the rent part? #speaker: joyce #mood: neutral
    You explain: only her housing benefit claim, and she can change her mind at any time. She signs the council's consent form, and you record it.
    I want Abena to help me with the forms. Not Kofi. #speaker: joyce #mood: relieved
    { safeguarding == 0:
        Kofi does my shopping with my card. I never see the receipts. #speaker: joyce #mood: concerned
        You thank her for telling you. That afternoon you send a safeguarding concern to adult social care, with her words.
        ~ raised_late = true
    }
* [Ask Abena to explain the consent form to her mum, since her mum knows and trusts her #score: comp -1, comm -1, chal 0 #reason: Consent must be the person's own informed choice, so speak to her directly rather than through the relative who wants the authority. #ksb: P-B2, P-S2]
    ~ joyce_heard = 1
    Abena explains it. Mrs Mensah signs, looking at her daughter, not at you.
    Whatever Abena thinks is best. #speaker: joyce #mood: neutral
* [Take her consent for Abena to help, then ask her gently whether her son has her bank card #score: comp -1, comm 0, chal 0 #reason: Questions about possible abuse belong to adult social care's enquiry; asking them at a front desk, in front of family, can put her under pressure. #ksb: P-S5, P-K3]
    ~ joyce_heard = 3
    Mrs Mensah signs the form. Then her face closes.
    He does my shopping. Why are you asking me that? #speaker: joyce #mood: frustrated
    Abena looks at the floor.
- -> outcome

= outcome
{
- lpa == 1 || (disclosed && not breach_reported):
    -> wrong_hands
- safeguarding == 0 && not raised_late:
    -> harm_unseen
- lpa == 2 && joyce_heard == 2 && safeguarding == 2 && record == 2 && not disclosed:
    -> her_say
- else:
    -> long_wait
}

= wrong_hands
{ lpa == 1:
    A week later, a social worker visits Mrs Mensah. She finds a woman who can follow her own affairs on a good day, and who is upset to learn that the council went through her claim with her daughter without asking her.
}
{ disclosed && not breach_reported:
    Kofi tries again to move the payments to a new account, this time by letter. Nobody has joined up his calls with the earlier disclosure, so it takes a fraud check to stop it.
}
The benefit is restored in the end. But Mrs Mensah's information went to people who had no right to it, and the council now has to explain how. The chain started with a check that looked at the wrong thing: details anyone in the family knew, or a paper that did not cover money. #ending: wrong-hands
-> epilogue

= harm_unseen
{ lpa == 3:
    Abena applies to the Court of Protection to become her mum's deputy. The benefit stays stopped while she waits.
- else:
    With Mrs Mensah's consent on file, the claim is put right within a month.
}

Nobody tells adult social care what Abena said about her brother. {record == 2: Her words are in your note, but a note on a benefit account is not a referral.} Two months later, Mrs Mensah's bank rings the council: her savings are almost gone. The first question at the meeting that follows is why nobody passed on the daughter's worry in the autumn. #ending: harm-unseen
-> epilogue

= her_say
With Mrs Mensah's consent on file, Abena sends in the review form the same week. The benefit is restored and the missed weeks are paid.

Adult social care visit Mrs Mensah at a time she chooses. She tells them what she wants: her own bank card back, and Abena to help with the forms. The bank issues a new card, and a social worker talks to Kofi about his own money troubles.

Your note showed what Abena asked, what you refused and why, and her exact words. Rhys uses it in the team's next training session as an example of a good record. Abena does not ring her MP. #ending: her-say
-> epilogue

= long_wait
{ lpa == 3:
    Abena applies to the Court of Protection to become her mum's deputy. It takes five months and a fee. Nobody asked Mrs Mensah whether she could give her own consent.
- else:
    Mrs Mensah's consent is on file, and the benefit is restored after the review form comes back.
}
{ joyce_heard == 1:
    Mrs Mensah signed, but it was Abena's choice more than hers. When a social worker later asks her about it, she cannot say what she agreed to.
}
{ joyce_heard == 3:
    Mrs Mensah was upset by your question about Kofi. When adult social care ring to arrange a visit, she says she is too busy.
}
{ safeguarding == 1:
    Adult social care got your referral, but Abena now refuses to say any more. She felt cross-examined on the phone.
}
{ record == 1:
    Your note called Kofi a thief. When he later asks to see what the council holds about him, the information governance team has to explain why an opinion was written down as fact.
}
{ record == 0:
    When Abena complains about the delay, nobody can tell from the short note what she was told on the first call, or why.
}
Mrs Mensah gets her money back in the end. The road there was longer and harder than it needed to be, for her and for the council. #ending: long-wait
-> epilogue

= epilogue
{ hinted:
    In a routine quality check, Rhys listens to your first call. He notes that hinting about a letter still tells an unverified caller that a claim exists.
}
{ deceased == -1:
    A week later, the dead man's daughter complains. She is the executor named in the will, and her brother was sent their father's council tax account without her knowing.
}
-> END
