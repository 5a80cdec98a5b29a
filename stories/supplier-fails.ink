# title: The minibuses stop on Monday
# family: partner
# minutes: 15
# summary: The community transport firm that takes 140 older and disabled residents to day centres is about to collapse over a weekend. You are the council's contract officer: keep people moving, keep their data safe, and make sure it cannot happen this way again.
# strand: Alignment
# cast: colin = Colin Whitby, Director, Rowan Community Transport (the contracted provider)
# cast: nadia = Nadia Haddad, Head of commissioning at the council, your manager
# cast: tendai = Tendai Moyo, Manager, Larchfield Day Centre
# cast: gary = Gary Pearce, Operations director, Swiftline Travel (a private coach firm)
# cast: maureen = Maureen Doyle, Day centre member, aged 79, wheelchair user
# cast: owen = Owen Price, Data protection officer at the council
# content-note: Older and disabled people left without transport for a time. Nothing distressing is described.
# debrief-question: What did the council give up in the deal with Swiftline, and what did it get? Would you have drawn the line in the same place?
# debrief-question: Which risks had the council kept for itself without knowing it, and how would you share them in the next contract?
# debrief-question: When the service was in limbo, who was hit hardest, and how did your choices reach them?
# role-card: Rowan Community Transport = Your fuel and insurance costs doubled and a big school contract ended. The bank has frozen your account. You care about your passengers and your drivers, and you are ashamed. You hoped a weekend would buy time.
# role-card: Swiftline Travel = You can cover most routes from Wednesday. Wheelchair vehicles are the hard part: you would have to hire them in. You want a longer contract to make it worth your while, but you know a crisis is not the time to overcharge a council you want to work with again.
# role-card: Day centre = You know every passenger: who lives alone, who takes medicine at lunch, who has nobody to ring. You have one minibus and one trained driver. You want the council to use what you know.
# ending-title: nobody-left-behind = Nobody left behind
# ending-summary: nobody-left-behind = Every passenger had transport again by Wednesday, and the new contract shares the risk, so the next failure was covered.
# ending-title: patched-up = Patched up
# ending-summary: patched-up = Transport is back, but at a higher cost, and the people who needed it most were not always the first to get it.
# ending-title: data-exposed = Passengers' details exposed
# ending-summary: data-exposed = A copy of the passenger list went astray, so the council had a personal data breach to report and 140 passengers to write to.
# ending-title: left-in-limbo = Left in limbo
# ending-summary: left-in-limbo = With no deal, the service was in limbo for three weeks, and the people who rely on it paid the price.

// What you did with Colin's warning: 2 told your manager the same day; -1 kept it quiet; -2 promised money.
VAR warned = 0
// Whether you gave your manager a softened account of what you knew.
VAR softened = false
VAR exit_read = false
// How you got the passenger list: 2 secure and minimal; -1 personal email; 0 refused for now.
VAR data_route = 0
// The deal with Swiftline: 2 short interim with accessible vehicles; 1 all its terms; -1 no deal.
VAR interim = 0
// Whether Monday's few seats went first to the people in greatest need.
VAR need_first = false
// What Maureen heard: 2 the honest picture; 1 false reassurance; -1 nothing.
VAR maureen_told = 0
// Whether the next contract shares the risk, with a tested exit plan.
VAR risk_shared = false

-> friday

=== friday ===
Friday, half past three. You are a contract officer in the council's commissioning team. You manage the contract with Rowan Community Transport, a small social enterprise. #background: phone-call

Rowan's minibuses take 140 older and disabled residents to day centres and back, most of them twice a week. Many have no other way to get there. Your phone rings. #sound: phone-ring

I'll be straight with you. The bank has frozen our account. I can't pay the drivers next week. If I can't sort it by Monday, the buses stop. Could you keep this between us over the weekend? And could the council pay next quarter's invoice early? That would save us. #speaker: colin #mood: concerned #ask: Colin has asked you to keep this quiet. What would you say to him, in your own words?
#model: Thank you for telling me straight away, Colin. I know that wasn't easy. I can't keep this to myself: 140 people rely on those buses, so I have to tell my manager today. I can't promise an early payment either, because that isn't my decision. What would help most now is knowing what you'd need to hand over the passenger list and routes safely, if it comes to that.
#look-for: Thanks him for the early warning
#look-for: Says plainly that it must go to the manager today, and why
#look-for: Promises neither secrecy nor money beyond their authority
#look-for: Asks about a safe handover

* [Tell him you'll get the early payment approved, so the drivers are paid and the buses keep running #score: comp -2, comm -2, chal -1 #reason: Promising public money you have no authority to spend is beyond your delegated powers, and paying early into a frozen account may not save the service at all. #ksb: P-K2, P-B5]
    ~ warned = -2
    You're a lifesaver. I'll tell the drivers. #speaker: colin #mood: relieved
* [Thank him for warning you, say you must tell your manager today because people depend on the service, and ask what he needs to hand over safely #score: comp +2, comm +1, chal +1 #reason: Contract guidance says raise risks early with the people accountable, so a threat to a service people depend on goes to your manager the same day. #ksb: P-K6, P-B5, P-S8]
    ~ warned = 2
    I thought you'd say that. I'd do the same. I'll send you what I can. #speaker: colin #mood: neutral
    You ring Nadia Haddad, your manager, at four. By five, she has booked a call for Saturday morning.
* [Agree to say nothing until Monday, to give him a fair chance to save the company and the drivers' jobs #score: comp -1, comm 0, chal -2 #reason: Keeping a supplier's crisis secret out of sympathy leaves the council unable to plan, and agreeing to keep the peace is not constructive challenge. #ksb: P-K6, P-B1]
    ~ warned = -1
    Thank you. I'll ring you the minute I know. #speaker: colin #mood: relieved
- { warned < 0:
    -> saturday_news
}
-> contract

= saturday_news
Saturday, eight in the morning. A text from Colin. #sound: notification

Bank said no. Administrators come in on Monday. No buses from Monday. I'm so sorry.

You ring Nadia at home. #background: phone-call

Monday? And you've known since yesterday? What happened? #speaker: nadia #mood: frustrated

* [Say Colin only hinted at trouble on Friday, and nobody could have known it would be this quick #score: comp -2, comm -1, chal -1 #reason: Giving your manager a softened account of what you knew breaks the duty to be truthful, and she plans the weekend without the facts. #ksb: P-B1, P-K5]
    ~ softened = true
    Nadia goes quiet. Then she says she will ring Colin herself.
* [Say you were waiting for Colin to confirm before you worried her at the weekend #score: comp -1, comm 0, chal -1 #reason: Waiting for a supplier to confirm bad news delays the people who must act, and a risk to a service people depend on goes up as soon as you know. #ksb: P-K6, P-B5]
    I'd rather be worried on a Friday than surprised on a Saturday. #speaker: nadia #mood: frustrated
* [Tell her straight: Colin rang on Friday, you agreed to wait {warned == -2:and promised an early payment}, and that was a mistake #score: comp +1, comm +1, chal +1 #reason: Owning a mistake at once and giving your manager the full facts is what honesty in public service asks, and it lets her act. #ksb: P-B1, P-B5, P-K5]
    Right. Thank you for telling me straight. {warned == -2:I'll tell Colin myself that there's no early payment. }We've lost a day. Let's not lose another. #speaker: nadia #mood: neutral
- -> contract

=== contract ===
// Only "warned in time or not" matters from here; merging the two late cases lets the checker treat them as one.
{ warned == -2:
    ~ warned = -1
}
{ warned == 2:
    Friday evening. Nadia asks you one thing before the Saturday call. #background: video-call
- else:
    Saturday, nine o'clock. Nadia is on the call from her kitchen. #background: video-call
}

What does the contract say about this? What has Rowan got to give us if it stops, and what have we got lined up? #speaker: nadia #mood: concerned

* [Ring Tendai at the day centre first, so she can start working out who will be stuck on Monday #score: comp 0, comm +2, chal 0 #reason: Warning the day centre early lets the people who know the passengers start planning, though without the contract you still do not know what Rowan owes you. #ksb: P-S2, P-K7]
    Tendai picks up at once.
    Thank you for telling me now. I'll go through the register tonight: who lives alone, who takes medicine here. #speaker: tendai #mood: concerned
* [Ask the legal team to review the contract, and wait for their advice before you commit to anything #score: comp +1, comm 0, chal -1 #reason: Legal advice helps on hard points, but knowing the contract's exit terms is part of a contract officer's own job, and waiting loses the weekend. #ksb: P-K2, P-B5]
    You leave a message for the duty lawyer. The reply says Monday afternoon.
* [Read the exit and business continuity clauses and the contract's risk register before the call, so you know what Rowan must hand over #score: comp +2, comm 0, chal +1 #reason: A contract's exit plan is the agreed way out, and knowing what the supplier must hand over, and which risks the council kept, is the first step in managing a failure. #ksb: P-K6, P-K2, P-S7]
    ~ exit_read = true
    The exit clause is clear. Rowan must hand over its passenger list and route sheets within two working days if the contract ends.
    The risk register is less comforting. "Supplier failure: low. Action: none." Nobody had looked at Rowan's accounts since the contract began.
- -> passenger_list

= passenger_list
Saturday afternoon. To arrange any cover, you need Rowan's passenger list: names, addresses, pick-up times, and what help each person needs. #background: phone-call

The office computer is locked. The administrators have the keys from Monday. But I've got the spreadsheet on my laptop. I can email it from my personal account right now. #speaker: colin #mood: concerned
{ exit_read:
    You know the contract says the list must come to the council. The question is how.
}
Owen Price, the council's data protection officer, is on call this weekend.

* [Ring Owen, and ask Colin to upload only what transport needs, such as address, pick-up time and mobility aid, through the council's secure transfer #score: comp +2, comm +1, chal +1 #reason: Urgency is a reason to use a fast secure route, not to skip one: share what is necessary and proportionate, kept confidential and secure. #ksb: P-K4, P-S6, P-B5]
    ~ data_route = 2
    Owen sends Colin a secure upload link within twenty minutes. Colin takes out the diagnosis column himself.
    That's the right call. Urgent doesn't mean unsafe. #speaker: owen #mood: neutral
* [Accept the spreadsheet by email now, since getting people to the centres safely matters more than the route it comes by #score: comp -2, comm 0, chal 0 #reason: Health details sent from a personal email account are not kept secure, and a lost or misdirected copy would be a personal data breach. #ksb: P-K4, P-S6]
    ~ data_route = -1
    The spreadsheet lands in your inbox. It has 140 names, addresses, key safe codes and a column headed "diagnosis".
* [Tell Colin not to send anything at all until the lawyers have agreed how the handover will work #score: comp -1, comm -1, chal 0 #reason: Data protection law is not a barrier to sharing what is needed, and refusing the list leaves nobody able to plan Monday's pick-ups. #ksb: P-K4, P-S6]
    ~ data_route = 0
    Colin sounds lost.
    So what do I tell the drivers' passengers? #speaker: colin #mood: frustrated
- -> swiftline

=== swiftline ===
// Nothing after this reads exit_read; clearing it lets the checker merge paths that differ only there.
~ exit_read = false
Sunday morning. Gary Pearce runs Swiftline Travel, a coach firm that already does school runs for the council. You meet in the depot office. #background: partner-office
{ data_route == 0:
    Without Rowan's list, you can only tell Gary roughly where people live.
}
{ data_route == -1:
    You have already forwarded Colin's spreadsheet to Swiftline's bookings inbox, so Gary can plan routes.
}

We can cover about a hundred of your passengers from Wednesday. Wheelchair vehicles are harder. I'd have to hire them in, so three weeks for those. And I'd want a twelve-month contract, at forty per cent over what Rowan charged. #speaker: gary #mood: neutral

Nadia has said you can agree terms in principle, up to three months, if the procurement team agrees the route. Anything longer goes to her. #ask: What would you offer Gary, and what would you want in return?
#model: I can't agree twelve months today. What I can offer is a three-month interim at a higher rate than Rowan's, with the right to end it early, if our procurement team agrees. In return, I need wheelchair-accessible vehicles from the first day, because those passengers have no other way to get there.
#look-for: Stays within the authority they have: three months, subject to procurement
#look-for: Offers the supplier something of value
#look-for: Asks for accessible vehicles from day one, and says why
#look-for: Keeps a way out of the interim deal

* [Tell him the council cannot pay more than Rowan's rate, because it has to get value for public money #score: comp 0, comm -1, chal +1 #reason: Guarding public money is right, but refusing to move at all in a crisis leaves 140 people without transport, and a negotiation needs something you are willing to give. #ksb: P-S7, P-K6]
    ~ interim = -1
    Gary shrugs.
    Then I can't help you, sorry. Ring me if things change. #speaker: gary #mood: frustrated
* [Offer a three-month interim at a higher rate, with the right to end it early, if he hires in wheelchair vehicles from day one #score: comp +1, comm +1, chal +2 #reason: Negotiating means deciding what you can give up to get what matters most, and the duty to plan ahead for disabled people still applies when a service is bought in. #ksb: P-S7, P-K1, P-B3]
    ~ interim = 2
    Gary does the sums on a pad.
    Three months at thirty per cent over, and I'll hire in four accessible vehicles for Wednesday. Deal, if your procurement team signs it off. #speaker: gary #mood: neutral
* [Accept his offer as it stands, and ask Nadia to sign it off today, so buses are running by Wednesday #score: comp -1, comm 0, chal -2 #reason: Taking every term to get buses moving locks the council into a year at a high price and leaves wheelchair users out for three weeks, against the duty to plan ahead for disabled people. #ksb: P-K1, P-K2]
    ~ interim = 1
    Gary shakes your hand. Nadia signs it that evening, but she is not pleased about the twelve months.
- -> monday

=== monday ===
Monday, seven in the morning. Rowan's buses have stopped. {interim == -1:There is no cover this week at all.} {interim != -1:Swiftline starts on Wednesday.} Until then, the council can pay for a few taxis, and Tendai has the day centre's own minibus and one trained driver. #background: phone-call
{ warned < 0:
    Because nobody knew until Saturday, there are only eight taxis. On Friday there could have been twenty.
}

Who do we get to the centre today, and who gets a phone call instead? We can't do everyone. #speaker: tendai #mood: concerned #prompt: There are not enough seats for everyone on Monday. Who should go first, and who should decide?

* [Fill the routes that are easiest to cover first, so the most people possible get a seat today #score: comp -1, comm 0, chal -1 #reason: Filling the easy routes first is a quick win that leaves the people with the hardest needs until last, which is what due regard to disabled users is meant to stop. #ksb: P-K1, P-B2]
    The taxis fill fast, mostly with people on the main roads. The wheelchair users on the outlying estates are left until last, and then there are no seats.
* [Ask the passengers' families to drive them for now, and tell everyone else the centre is closed until Wednesday #score: comp 0, comm -1, chal 0 #reason: Families can help, but asking them first moves the council's problem onto carers without checking who has nobody to ask. #ksb: P-K7, P-B2]
    Some families can drive. Many cannot. Tendai rings round, and the closed sign goes on the door.
* [Go through the list with Tendai by need: people who live alone, who take medicine or their main meal at the centre, or have a hospital appointment #score: comp +2, comm +1, chal +1 #reason: Due regard to equality means thinking first about who is hit hardest, and support should go first to those in greatest need. #ksb: P-K1, P-B2, P-S7]
    ~ need_first = true
    Tendai knows every name. Twenty people go to the top of the list. Everyone else gets a phone call today to check they are all right.
- { data_route == 0:
    Rowan's list arrived only this morning, through the administrators, so the calls start late.
}
-> maureen

= maureen
// From here only "sent by personal email or not" matters about the list.
{ data_route == 0:
    ~ data_route = 2
}
Nine o'clock. Mrs Maureen Doyle rings. She is 79 and uses a wheelchair. She has been going to Larchfield twice a week for six years. #background: phone-call

The driver didn't come. My neighbour says the bus company's gone bust. Is it true? Is that it, then? The centre is the only place I see anyone. #speaker: maureen #mood: concerned #ask: What would you say to Mrs Doyle, in your own words?
#model: I'm sorry, Mrs Doyle, this must be a worrying morning. It's true that Rowan has stopped running. A new company starts on Wednesday, and for today and tomorrow we're arranging taxis for the people who need them most. I've noted that you need a vehicle with a ramp. Here's my direct number, and I'll ring you this afternoon to tell you what's happening for you.
#look-for: Acknowledges her worry first
#look-for: Is honest about what is known and what is not yet known
#look-for: Notes her needs, such as a ramp, and what matters to her
#look-for: Gives a named contact and a next step

* [Explain that you can't discuss contract matters on the phone, and that the council is writing to everyone this week #score: comp 0, comm -1, chal 0 #reason: Refusing to talk about her own transport with someone who depends on it leaves her frightened and uninformed, when acknowledging her worry costs nothing. #ksb: P-S4, P-K7]
    ~ maureen_told = -1
    A letter. Right. #speaker: maureen #mood: frustrated
    She hangs up before you can take her number.
* [Say it's a worrying morning, tell her what is known and not yet known, what will happen this week, and give her your direct number #score: comp +1, comm +2, chal 0 #reason: Acknowledging the worry first and then giving honest, plain facts with a named contact is good practice, and openness means not hiding what is not yet known. #ksb: P-S4, P-K8, P-B2]
    ~ maureen_told = 2
    { need_first:
        You check the list. Tendai has put her near the top. A taxi with a ramp will collect her at half past ten today. {interim == -1:After that, you honestly don't know yet, and you tell her so.|From Wednesday, a new company will take her.}
        She repeats the time back to you, and her voice steadies.
    - else:
        She listens, and asks you to ring again when you know more. You write down her number, and that she needs a ramp.
    }
* [Reassure her that nothing will really change, and that the council has it all in hand #score: comp -1, comm -1, chal 0 #reason: Reassurance that turns out to be untrue breaks trust and leaves her unprepared, and honesty means telling her what is not yet known. #ksb: P-S4]
    ~ maureen_told = 1
    Oh, thank goodness. I'll wait for the bus on Wednesday, then. #speaker: maureen #mood: relieved
- -> public_statement

= public_statement
Monday afternoon. Councillors are getting calls, and the local paper has asked for a comment. Nadia asks you to draft the council's statement. #background: meeting-room

Colin has emailed too. He asks you to say the council's late payments are to blame. The records show every invoice was paid on time.

* [Say nothing in public until Wednesday, when cover is in place and there is good news to give #score: comp -1, comm -1, chal 0 #reason: Keeping quiet while people are stranded leaves them hearing rumours instead of facts, and information should be held back only for a clear and lawful reason. #ksb: P-K5]
    The paper runs the story without the council's side. Its headline says "Council silent as pensioners stranded".
* [Say the provider's poor management caused the failure, and that the council did everything right #score: comp -1, comm 0, chal -1 #reason: Blaming the partner is not an honest account when the council's own risk checks were thin, and public life asks for truthful statements, not convenient ones. #ksb: P-K5, P-B1]
    The statement goes out. That evening, Rowan's drivers post on social media that the council never once checked how the company was doing.
* [Say plainly what has happened, what the council is doing, when transport will be back, and a number to ring, without blaming anyone #score: comp +1, comm +2, chal +1 #reason: Openness and honesty mean giving the public the facts and what is being done, and a failure in a partnership harms the reputation of every partner, not only the one that failed. #ksb: P-K5, P-S2, P-B1]
    Nadia changes one word and sends it. You reply to Colin kindly: the payments were on time, and the statement names nobody.
- -> next_contract

=== next_contract ===
Two months later. Rowan has closed for good. {interim == 2:Swiftline's interim ends next month.} {interim == 1:Swiftline has ten months left at the higher price.} {interim == -1:The council ended up paying an emergency firm by the trip.} A new contract must be tendered. #background: meeting-room

What goes in the new contract, so that if this happens again we're not left in limbo? #speaker: nadia #mood: neutral #ask: What would you put in the new contract, and why?
#model: I'd share the risk instead of pretending it isn't there. A yearly check of the provider's finances, a duty to warn us early, passenger lists and routes held by the council and kept up to date, an exit plan we test every year, and a standby deal with a second firm. This time the risk sat with us, and we didn't know it.
#look-for: Names checks on the provider's finances
#look-for: Includes an exit plan that is tested, and records the council holds
#look-for: Shares the risk instead of pushing it all onto the provider
#look-for: Links each point to what went wrong this time

* [Add heavy financial penalties for any break in service, so that the next provider carries the risk #score: comp 0, comm -1, chal 0 #reason: Loading all the risk onto one side sets the partners' aims against each other and drives each to protect itself, and a penalty charged to a firm that has failed gets nobody to the day centre. #ksb: P-K6]
    Nadia frowns.
    Who would bid for that? And what good is a fine from a company that's gone? #speaker: nadia #mood: frustrated
* [Keep Swiftline on rolling monthly terms instead of re-tendering, since the service works now and people are settled #score: comp -1, comm 0, chal -1 #reason: Rolling on an emergency arrangement with no review or exit plan keeps the risk that left the service in limbo, at a higher price. #ksb: P-K6, P-K2]
    Nadia makes a note. It is easier, for now.
* [Share the risk: a yearly check of the provider's finances, an exit plan tested each year, passenger lists held by the council, a duty to warn early, and a standby deal with a second firm #score: comp +1, comm +1, chal +2 #reason: Partnerships fail without formal arrangements for risk, and an exit plan that has been tested is what keeps a service running when a partner fails. #ksb: P-K6, P-S7, P-S9]
    ~ risk_shared = true
    Nadia reads it twice.
    This is the conversation we should have had three years ago. #speaker: nadia #mood: relieved
- -> outcome

=== outcome ===
{
- interim == -1:
    -> limbo
- data_route == -1:
    -> exposed
- warned == 2 && interim == 2 && need_first && risk_shared:
    -> covered
- else:
    -> patched_up
}

= covered
Nobody on the need list missed a meal or a dose in the gap. By Wednesday, all 140 passengers had transport again, wheelchair users included.

The interim cost more per trip, for three months, with a way out. The new contract shares the risk: the council checks the provider's finances each year, holds the passenger lists, and has a second firm on standby.

Two years later, a fuel crisis hits the new provider. It warns the council a month early, as the contract now requires. The standby firm takes over three routes, and not one bus misses a pick-up. #ending: nobody-left-behind
-> epilogue

= patched_up
By the end of the week, most people have transport again. {not need_first:But some of those with the greatest needs waited longest. Two people who live alone were not checked on until Thursday.} {interim == 1:The twelve-month deal costs the council forty per cent more for a year.} {warned < 0:The day lost on Friday meant fewer taxis on Monday.}
{ risk_shared:
    The new contract shares the risk properly, so the next failure should be easier.
- else:
    The next contract looks much like the last one. Supplier failure is still rated "low" on the risk register.
}
Transport is back, but at a higher cost, and the people who needed it most were not always the first to get it. #ending: patched-up
-> epilogue

= exposed
On the Wednesday, one of the spreadsheet copies turns up in the wrong place. From Swiftline's bookings inbox, a driver printed it and left it on a bus.

It has 140 names, addresses, key safe codes and health details. The council's information governance team has to treat it as a personal data breach, report it to the regulator, and write to every passenger. Twenty people have their key safe codes changed.

Transport is back, but some passengers now dread opening the door to a new driver. #ending: data-exposed
-> epilogue

= limbo
With no deal, there is no cover all week. The council pays an emergency taxi firm by the trip, at twice the old cost, and still only gets about half the passengers to their centres.

For three weeks, the service is in limbo. Day centre places go empty, family carers take time off work, and adult social care arranges twelve extra home visits for people who would otherwise see nobody. #ending: left-in-limbo
-> epilogue

= epilogue
{ maureen_told:
- 2:
    Mrs Doyle keeps your number by the phone. She rings once more, to say the new driver is "very nice, but not as good at parking as Ray".
- 1:
    Mrs Doyle waits at her window on Wednesday morning. Nobody told her the new company comes at a different time. She misses the first two days.
- -1:
    Mrs Doyle's letter arrives on Thursday. By then she has decided not to bother going back to the centre.
}
{ softened:
    Nadia later reads Colin's Friday email, which says what he told you. She raises it with you in your next supervision.
}
-> END
