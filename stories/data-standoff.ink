# title: The data stand-off
# family: partner
# minutes: 14
# summary: The council and the national benefits agency are piloting one joint assessment for disabled residents, but the two sides are stuck on sharing case data. You are the council officer in the middle, and a resident's appointment is next week.
# strand: Alignment
# cast: craig = Craig Duffy, Pilot lead, national benefits agency
# cast: sunita = Sunita Varma, Team manager, adult social care at the council, your manager
# cast: bethan = Bethan Morgan, Data protection officer, the council
# cast: liam = Liam Foster, Social care officer at the council, your colleague
# cast: grace = Grace Boateng, Resident in the pilot, who has multiple sclerosis
# debrief-question: Your manager said "GDPR says no". What does data protection law actually ask you to work out before you share, or refuse to share?
# debrief-question: Liam said "everyone does it". What could go wrong with sharing informally to get things moving, and who would it hurt?
# debrief-question: What did Grace need to know, and when? How would you explain it to her in two or three plain sentences?
# ending-title: joined-up = Joined up
# ending-summary: joined-up = Grace told her story once, under an agreement with a lawful basis and a short list of fields, and the pilot goes on for all forty residents.
# ending-title: patchy-start = A patchy start
# ending-summary: patchy-start = The agreement came a month late, and only ten residents start the pilot this year instead of forty.
# ending-title: stalled = Stalled
# ending-summary: stalled = The pilot got stuck and nobody above Sunita heard in time, so the agency moved it to another council and residents go back to telling their story twice.
# ending-title: data-misused = Data misused
# ending-summary: data-misused = Information was handled in ways nobody agreed or recorded, the breach was reported to the regulator, and the pilot is paused.

// Your first move: 1 asked what is needed and went to the DPO, 2 refused, 3 sent the whole file.
VAR approach = 0
// If you sent the whole file: 1 reported it, 2 asked Craig to delete parts, 3 told him to keep it.
VAR breach = 0
// The lawful basis you put forward: 1 public task checked with the DPO, 2 consent, 3 legitimate interests.
VAR basis = 0
// What the agreement lists: 1 only what is needed, 2 name and address only, 3 the full file marked up.
VAR fields = 0
// How Grace's appointment went ahead: 1 a proper one-off share, 2 Grace brought her own copy, 3 sent from your phone.
VAR route = 0
// The stand-off: 1 facts to your manager to take up the line, 2 emailed the director, 3 waited.
VAR escalate = 0
// What you told Grace: 1 the honest picture, 2 a promise of no sharing, 3 nothing much.
VAR told = 0
// Reuse for another purpose: 1 refused with reasons, 2 agreed, 3 left it to Craig.
VAR reuse = 0
// Worked out at the end: whether Grace's whole file reached the agency and stayed there.
VAR full_shared = false

-> inbox

=== inbox ===
Monday morning. You are an officer in the council's adult social care team. You work on a pilot called Once Together. #background: meeting-room #present: nobody

Disabled residents usually tell their story twice: once to the council for care and support, and again to the national benefits agency for disability benefits. In the pilot, both sides do one joint assessment instead. Forty residents have signed up. Grace Boateng is the first. Her joint appointment is next Tuesday.

But the pilot is stuck. There is no data-sharing agreement yet: the written deal between two organisations about what they share, why, how, and for how long. Craig Duffy, the agency's pilot lead, has emailed you.

We need Grace Boateng's full council file by Friday, or Tuesday can't happen. Your manager keeps saying "GDPR". Can you just send it? #speaker: craig #mood: frustrated

Sunita Varma, your manager, reads it over your shoulder. #enter: sunita

Tell him no. GDPR. We don't share anything until legal signs an agreement. #speaker: sunita #mood: neutral
#ask: Sunita says "GDPR, tell him no." What would you say to her, in your own words?
#model: I don't think data protection law says no; it says share only what's needed, for a clear purpose, on a lawful basis, and record it. Before we answer Craig, can I ask him exactly what the assessment needs and why, and check the lawful basis with Bethan? Then we can send the minimum securely, or refuse with a reason we can write down.
#look-for: Says respectfully that data protection is not a bar to justified sharing
#look-for: Asks what the assessment actually needs, rather than sending or refusing everything
#look-for: Proposes advice from the data protection officer on the lawful basis
#look-for: Keeps Grace's appointment and interests in view

* [Send Grace's whole file by secure email today, since she asked for the joint assessment and it is all for her benefit #score: comp -2, comm 0, chal 0 #reason: Sending everything to be safe breaks data minimisation, and a good outcome does not replace a lawful basis for each piece of information shared. #ksb: P-K4, P-S6]
    ~ approach = 3
    You attach the file. It is ninety pages: care assessments, GP letters, notes on her son, and an old mental health report. You press send.
* [Ask Craig exactly what the assessment needs and why, and check the lawful route with the data protection officer #score: comp +1, comm +2, chal +1 #reason: Data protection law is not a barrier to justified sharing, and the golden rules say be clear on the purpose and seek advice before you decide. #ksb: P-K4, P-B5, P-S9]
    ~ approach = 1
    Thanks. Honestly, I'm not sure we need the whole file. I'll send you the list of questions the assessment asks. #speaker: craig #mood: relieved
    You book twenty minutes with Bethan Morgan, the council's data protection officer. She advises the council on data protection law.
* [Reply no, as Sunita says, and explain to Craig that data protection law does not let the council share this #score: comp -1, comm 0, chal -2 #reason: Refusing by reflex misstates the law, since data protection law allows justified sharing with a lawful basis, and the resident loses out. #ksb: P-K4, P-S9]
    ~ approach = 2
    Craig replies within minutes.
    Then I'll tell my director your council is blocking the pilot. #speaker: craig #mood: frustrated
    Later, Sunita asks you to go and see Bethan Morgan, the data protection officer, to "get it in writing that we can't".
- { approach == 3:
    -> reply
}
-> basis_check

= reply
Tuesday. Craig replies to your email. #leave: sunita

Thanks for this. It's a lot more than I expected. There are notes about her son, and a mental health report from years ago. Do you want me to keep all of it? #speaker: craig #mood: concerned

* [Tell Craig to keep it all, as it is on a secure system and may come in useful for the assessment #score: comp -2, comm 0, chal 0 #reason: Keeping personal data nobody needs breaks data minimisation and storage limitation, and a secure system does not make the sharing lawful. #ksb: P-K4, P-S6]
    ~ breach = 3
    Great, I'll save it to the case. #speaker: craig #mood: neutral
* [Report it to Bethan now as a possible breach, and ask Craig to hold it unread until she advises #score: comp +2, comm +1, chal 0 #reason: Sharing more than is needed can be a personal data breach, so report it inside your organisation at once so it can be contained and assessed. #ksb: P-K4, P-S10, P-B4]
    ~ breach = 1
    Bethan calls Craig within the hour. He deletes the file and confirms it in writing. Bethan logs it and asks you to come and see her.
* [Ask Craig to delete the parts he doesn't need, and keep the rest for Tuesday #score: comp -1, comm +1, chal 0 #reason: Asking for deletion helps, but a possible breach still has to be reported inside your organisation so someone checks it and decides what happens next. #ksb: P-K4, P-B4]
    ~ breach = 2
    Craig says he will. Nobody checks which parts he kept, or who else opened the file first.
- -> basis_check

=== basis_check ===
Bethan's office is small and full of binders. She has the draft data-sharing agreement open. One box is still empty: "Lawful basis". #background: partner-office #present: bethan
{ breach == 1:
    First, thank you for reporting the file so fast. We caught it. Now let's do this properly. #speaker: bethan #mood: neutral
}
{ approach == 2:
    Sunita wants a note saying we can't share. I can't write that, because it isn't true. The question is how we share lawfully, not whether. #speaker: bethan #mood: neutral
}

The law gives six lawful bases for using personal data. Craig's draft says consent. I'd like to hear what you think fits before I advise. #speaker: bethan #mood: neutral

* [Suggest consent, so Grace signs a form agreeing to the sharing, which feels simplest and fairest #score: comp -1, comm 0, chal 0 #reason: Consent must be freely given and can be withdrawn; where a resident may feel her benefits depend on saying yes it is not real consent, so for a public body's official work it is the weaker basis, and public task fits. #ksb: P-K4, P-K1]
    ~ basis = 2
    Bethan tilts her head.
    Would Grace feel free to say no, if she thought her benefits depended on it? If she can't really say no, it isn't real consent. #speaker: bethan #mood: concerned
    She writes "consent" in pencil, with a question mark.
* [Suggest legitimate interests, since both organisations clearly have a good reason to get the assessment right #score: comp -2, comm 0, chal 0 #reason: Public authorities cannot use legitimate interests as their lawful basis for their official tasks under UK GDPR Article 6. #ksb: P-K4, P-K1]
    ~ basis = 3
    That one isn't open to us for our official work. Public bodies can't rely on it. #speaker: bethan #mood: concerned
    Bethan writes it down anyway, to look at later. The draft goes back to Craig half-finished.
* [Suggest public task, since both bodies would share to do jobs that the law gives them to do #score: comp +2, comm +1, chal +1 #reason: Public task (UK GDPR Article 6) is the usual lawful basis for public bodies doing their official work; Grace's health details are special category data, which also need a condition under Article 9 and the Data Protection Act 2018, confirmed with your data protection officer. #ksb: P-K4, P-K1, P-B5]
    ~ basis = 1
    That's where I'd start too. Her health details are special category data, so they need an extra condition on top, and the agreement must name the law that lets each of us do this. I'll check that with legal and with our Caldicott Guardian, the senior person who protects people's care records. #speaker: bethan #mood: relieved
- -> fields_check

= fields_check
Next, what goes in the agreement. Craig's draft says "full care file". #speaker: bethan #mood: neutral

You look at the list of questions the joint assessment asks. Most are about daily living: washing, dressing, cooking, getting about, and what support Grace already has.

* [List only what the assessment needs, and leave out family, safeguarding and mental health notes #score: comp +2, comm +1, chal +1 #reason: Data minimisation and the Caldicott principles mean sharing only what is adequate, relevant and necessary for the purpose. #ksb: P-K4, P-S6, P-S7]
    ~ fields = 1
    You draft the list together: her care assessment summary, her daily-living needs, the support she has now, the adjustments she needs on the day, and her contact details. One page, not ninety.
* [Share only her name and address, to be on the safe side, and let the agency ask her everything else again #score: comp 0, comm -1, chal -1 #reason: Information shared must be adequate for its purpose as well as minimal, and sharing too little means Grace tells her story twice, which defeats the pilot. #ksb: P-K4, P-S7]
    ~ fields = 2
    Bethan nods slowly.
    It's safe. I'm not sure it's useful. #speaker: bethan #mood: concerned
* [Keep the full file in the agreement, with the sensitive parts marked "not for use", so the agency has everything it might need #score: comp -1, comm 0, chal 0 #reason: Marking data "not for use" does not stop it being shared, and sharing more than is needed breaks data minimisation. #ksb: P-K4, P-S6]
    ~ fields = 3
    Bethan frowns, but the draft goes to legal as it is.
- -> shortcut

=== shortcut ===
Wednesday. The agreement is with the council's legal team. They say it will take three weeks. Grace's appointment is on Tuesday. #background: meeting-room

Liam Foster sits at the next desk. He has been on the team for years. #present: liam

Three weeks? Just send Craig the care summary from your work phone now and do the paperwork later. Everyone does it. Grace wants this. #speaker: liam #mood: neutral

* [Offer Grace a copy of her own care assessment to take to the appointment herself, if she wants to #score: comp +1, comm +2, chal 0 #reason: Giving Grace her own information is lawful and quick and puts her in control, but it puts the work on her and leaves the sharing problem unsolved for the other residents. #ksb: P-B2, P-K4, P-S2]
    ~ route = 2
    You ring Grace. She is pleased to be asked. She would like a copy in large print, posted to her, so she can read it first.
* [Send Craig the summary from your phone now, as Liam suggests, and do the paperwork once the agreement is signed #score: comp -2, comm 0, chal -1 #reason: Sharing through an unapproved channel with no decision or record breaks the security and accountability principles, however good the aim. #ksb: P-K4, P-S6, P-B1]
    ~ route = 3
    You photograph the summary and send it to Craig's mobile. It takes a minute. There is no record of it anywhere but your phone.
* [Turn down the informal route, and ask Bethan if a proper one-off share can be made this week #score: comp +2, comm +1, chal +2 #reason: An agreement is good practice, not the only lawful route, so a recorded one-off decision with your data protection officer is lawful, secure and quick. #ksb: P-K4, P-B5, P-S6]
    ~ route = 1
    You tell Liam you'd rather do it properly. Bethan says a one-off share of what the assessment needs is lawful this week. It needs the team manager's sign-off, a record of the decision, and the secure channel.
- -> standoff

= standoff
Thursday. Sunita calls you into her office. #present: sunita
{ route:
- 1:
    Bethan wants me to sign off a one-off share. I'm not signing anything until legal has finished. End of story. #speaker: sunita #mood: frustrated
- 2:
    Grace can bring her own papers on Tuesday, fine. But thirty-nine more residents are waiting, and I'm still not sharing anything until legal has finished. #speaker: sunita #mood: frustrated
- 3:
    Liam tells me something went to Craig's phone. I don't want to know. From now on, nothing moves until legal has finished. #speaker: sunita #mood: frustrated
}

An hour later, Craig rings. His director says that if nothing moves by the end of the month, the agency will run the pilot with another council. #sound: phone-ring

* [Set out the facts and Bethan's advice for Sunita in writing, and ask her to raise it manager to manager #score: comp +1, comm +1, chal +2 #reason: Escalation policies ask you to resolve disagreement at the lowest level first, in writing and with evidence, before going further up the line. #ksb: P-S8, P-K2, P-S10]
    ~ escalate = 1
    You keep it to one page: what is needed, what Bethan advised, and what the delay means for Grace and the other residents. Sunita reads it twice.
    Fine. I'll ring Craig's manager and the head of legal today. If it's lawful and recorded, I'll sign. #speaker: sunita #mood: neutral
* [Accept Sunita's decision, since she is the manager here, and wait for the legal team to finish #score: comp 0, comm 0, chal -2 #reason: Going quiet when you can see harm to residents is not neutral, and escalation policies treat raising a concern as a responsibility, not a favour. #ksb: P-S8, P-B3]
    ~ escalate = 3
    You tell Craig you are waiting for legal. He says he'll pass that on.
* [Email the director of adult social care yourself, copying Craig, to say your team is blocking the pilot #score: comp -1, comm -1, chal 0 #reason: It raises the problem, but skipping your manager and copying in another organisation breaks the escalation route, which starts at the lowest level, and turns a fixable stand-off into a public row. #ksb: P-S8, P-K2]
    ~ escalate = 2
    The director replies the next day, to you and Sunita: "Please sort this out between you first." Sunita does not speak to you for the rest of the week.
- -> call

=== call ===
Friday. Grace Boateng rings you. #background: phone-call

I've had a letter from the benefits people about Tuesday. I'm glad it's joined up. But are you passing my details around? I don't want them seeing my mental health notes. That was years ago and it's nothing to do with this. #speaker: grace #mood: concerned
{
- breach == 3:
    You know her mental health report has already reached the agency.
- breach == 2:
    You don't know whether her mental health report is still with the agency. Nobody checked.
- fields == 3:
    You know the draft agreement would send her whole file, mental health report included.
- fields == 1:
    You know what is on the list. Her mental health notes are not on it.
}
#ask: Grace asks whether you are passing her details around. What would you tell her?
#model: That's a fair question, and you have a right to know. The council shares some of your information with the benefits agency so you only have to tell your story once: your care assessment summary, your daily-living needs and the support you have. Your mental health notes are not part of it. It's shared for this assessment only, securely, and I can read you the list. If you're unhappy with any of it, tell me and I'll pass your objection to our data protection officer today.
#look-for: Is honest about what is shared, with whom and why, and what is not
#look-for: Does not promise that nothing will be shared without her permission
#look-for: Uses plain words, and offers to read or send her the list
#look-for: Tells her how to object, and notes her views

* [Tell her it is being sorted out between the two organisations, and someone will be in touch when there is news #score: comp 0, comm -1, chal 0 #reason: People have a right to know how their information is used, and vague answers leave Grace worried and unable to object. #ksb: P-S2, P-K4]
    ~ told = 3
    Right. So nobody will tell me. #speaker: grace #mood: frustrated
* [Explain honestly what is being shared, with whom and why, and what isn't, and note her views #score: comp +2, comm +2, chal 0 #reason: Being open and honest about sharing, unless that is unsafe, is a golden rule of information sharing and part of fair and transparent processing. #ksb: P-S2, P-K4, P-B2]
    ~ told = 1
    {
    - breach == 2 || breach == 3:
        You tell her the truth: more was sent than should have been, including that report. You say sorry, and that the council is dealing with it. She is quiet for a long time.
        Thank you for telling me. I'm not happy. But thank you. #speaker: grace #mood: concerned
    - fields == 3:
        You tell her the truth: the draft agreement would share her whole file. You explain that she can object, and that you will pass her view to Bethan today.
        Then I object. Please tell them. #speaker: grace #mood: concerned
        ~ fields = 1
        Bethan takes Grace's objection to legal. The draft is cut down to what the assessment needs.
    - else:
        You read her the short list. Her mental health notes are not on it. You explain why each item is there, and that she can object.
        That's fine. That's what they need. Thank you for reading it out. #speaker: grace #mood: relieved
    }
* [Reassure her warmly that nothing at all will be shared without her written permission first #score: comp -1, comm -1, chal 0 #reason: The promise is not true: under public task the sharing does not rest on her permission at all, so reassuring her this way misleads her about how her information is used. #ksb: P-S2, P-K4]
    ~ told = 2
    Oh, good. That's all I wanted to hear. #speaker: grace #mood: relieved
- -> reuse_ask

=== reuse_ask ===
Two weeks later. {route == 2 or (route == 1 and escalate == 1): Grace's joint assessment went ahead on the Tuesday.|Grace's joint assessment went ahead in the end, late, after two false starts.} Craig sends you an email. #background: meeting-room #present: nobody

Good news, the assessment went well. One more thing. Our compliance team would like to keep the council's information, to check other claims in her household. Can you confirm that's OK? #speaker: craig #mood: neutral

* [Say it was shared only for the joint assessment, so any other use needs its own lawful basis #score: comp +2, comm +1, chal +2 #reason: Purpose limitation means data shared for one purpose cannot simply be reused for another, and storage limitation means it is deleted when the job is done. #ksb: P-K4, P-S8, P-S10]
    ~ reuse = 1
    Fair enough. I'll tell them to put in a proper request if they need one. #speaker: craig #mood: neutral
    You copy Bethan in and note it on Grace's record.
* [Say you are not sure, and leave it to Craig to check what the agency's own rules allow #score: comp -1, comm 0, chal 0 #reason: The council shared the data and stays responsible for saying what it was shared for, so leaving the decision to the other side is not accountable. #ksb: P-K4, P-B5]
    ~ reuse = 3
    Craig takes that as a yes.
* [Agree, since it is all government, and Grace has already taken part in the pilot #score: comp -2, comm 0, chal -1 #reason: Reusing data for a new purpose without a lawful basis breaks purpose limitation, and taking part in an assessment is not agreement to anything else. #ksb: P-K4, P-S6]
    ~ reuse = 2
    Thanks, that's really helpful. #speaker: craig #mood: relieved
- -> outcome

=== outcome ===
~ full_shared = fields == 3 || breach == 2 || breach == 3
~ temp harm = 0
{ full_shared:
    ~ harm = harm + 1
}
{ route == 3:
    ~ harm = harm + 1
}
{ reuse != 1:
    ~ harm = harm + 1
}
{ basis == 3:
    ~ harm = harm + 1
}
{ told == 2:
    ~ harm = harm + 1
}
{
- harm >= 3 || (full_shared && reuse != 1):
    -> misused
- escalate == 3:
    -> stalled
- harm == 0 && escalate == 1 && fields == 1 && basis == 1:
    -> joined_up
- else:
    -> patchy
}

= joined_up
{ route == 1:
    Sunita signed the one-off share. Grace's assessment went ahead on the Tuesday, as planned.
- else:
    Grace brought her own papers, and the assessment went ahead on the Tuesday, as planned.
}
Legal finished the agreement a week early once both managers were talking. It names the purpose, the lawful basis, the short list of fields, the secure channel and a deletion date.

Grace told her story once. Her care plan and her benefit claim were both decided within a month. The agency keeps the pilot with the council, and the other thirty-nine residents start next month under the same agreement. #ending: joined-up
-> epilogue

= patchy
The agreement is signed in the end, a month late. { escalate == 2: The director's involvement made everyone more careful and much slower. }
{ fields == 2:
    With only names and addresses shared, the agency asks Grace everything again. She tells her story twice, which is what the pilot was meant to stop.
}
{ basis == 2:
    Legal sends the agreement back to replace consent with a proper basis, which costs two more weeks.
}
{ told == 3:
    Grace rings twice more to ask what is going on. She says she feels things are being done about her, not with her.
}
The pilot survives, but only ten residents start this year instead of forty. #ending: patchy-start
-> epilogue

= stalled
Legal's three weeks become six. Nobody above Sunita hears that the pilot is stuck until it is too late.

Grace's assessment turns out to be the only joint one. The agency moves the pilot to another council. The other thirty-nine residents go back to telling the same story twice, to two different organisations, months apart. #ending: stalled
-> epilogue

= misused
{
- full_shared && reuse != 1:
    The agency's compliance team reads the council's file, including the notes about Grace's son. It opens a check on his claim. He finds out where the information came from.
- reuse != 1:
    The agency's compliance team uses the council's information to check other claims in Grace's household. Nobody ever told her it might be used that way.
- else:
    Information the council shared has been handled in ways nobody agreed or recorded.
}
{ route == 3:
    The photo of Grace's summary is still on Craig's phone, outside any system either side controls.
}
{ told == 2:
    Grace had been told nothing would be shared without her permission. She withdraws from the pilot.
- else:
    Grace complains to both organisations.
}
Bethan treats it as a personal data breach, and the council reports it to the Information Commissioner's Office, the regulator for data protection. The pilot is paused for all forty residents while both sides review what went wrong. #ending: data-misused
-> epilogue

= epilogue
{ reuse != 1 && not misused:
    A month later, Grace gets a letter from the agency's compliance team about another claim in her household. She rings you to ask how they knew.
}
{ breach == 1:
    Bethan closes the breach log. Because you reported the file the same day, it was contained before anyone read it.
}
-> END
