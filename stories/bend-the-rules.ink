# title: Just approve them
# family: rules
# minutes: 13
# summary: Your team is behind on winter energy grants, and your manager wants twenty approved without the address check. You are an apprentice operational delivery officer, and during one busy week you must work out which changes to the rules are fair adjustments and which are shortcuts.
# strand: Alignment
# cast: dawn = Dawn Fletcher, Team leader, energy grants team, your line manager
# cast: grace = Grace Oduya, Operations manager, Dawn's manager
# cast: ben = Ben Thornton, Operational delivery officer, your colleague
# cast: eleni = Eleni Georgiou, grant applicant, who is blind
# cast: liam = Liam Doherty, grant applicant
# cast: margaret = Margaret Lewis, grant applicant waiting for her payment
# cast: harjit = Harjit Gill, Nominated officer for the Civil Service Code, your agency
# debrief-question: Dawn's shortcut and Eleni's adjustment both changed how the rules were applied. What made one fair and the other not?
# debrief-question: If a manager confirmed an instruction you thought was wrong, who would you go to in your own organisation, and in what order?
# debrief-question: Liam and Margaret both got news they did not want. What helped them accept it?
# ending-title: public-row = A public row
# ending-summary: public-row = The concern went public before the proper routes were tried, and the row buried the real problem for a month.
# ending-title: paid-in-error = Paid in error
# ending-summary: paid-in-error = Grants went out without the address check, some to the wrong people, and the team met its target by setting aside its controls.
# ending-title: checks-kept = Checks kept
# ending-summary: checks-kept = The address check stayed, the backlog cleared a little late, and every payment can stand up to a check.
# ending-title: slow-fix = A slow fix
# ending-summary: slow-fix = The checks survived, but the week was rougher than it needed to be, for you and for the people waiting.

// Your first answer to Dawn: 1 asked what allows it, 2 did only the complete cases, 3 started approving.
VAR d1 = 0
// Whether any grants were approved without the address check on Dawn's say-so.
VAR approved = false
VAR written = false
VAR went_to_grace = false
// Eleni: 2 adjustment offered, 1 approved without the check, 0 told the rules are the same for all.
VAR eleni = 0
// Ben's cousin: 2 in turn and declared, 1 quietly passed on, 0 moved to the top.
VAR cousin = 0
// Liam: 2 explained kindly, 1 sent it round again, 0 left out his overtime.
VAR liam = 0
// Grace's instruction: 2 challenged then went to the nominated officer, 0 went along, 3 posted online.
VAR grace_resp = 0
VAR owned = false
// Margaret: 2 explained and agreed a way forward, 1 promised this week, 0 blamed management.
VAR margaret_said = 0

-> huddle

=== huddle ===
Monday, 9am. You are an apprentice operational delivery officer at a government agency. Your team pays the Home Energy Hardship Grant. It is a one-off payment of £250 to help people on low incomes with winter energy bills. #background: meeting-room

The rules say every grant needs two checks before it is paid: proof of income, and proof of address, such as a recent bill or bank statement.

Your team leader, Dawn Fletcher, puts a list of twenty cases on your desk.

We're twenty behind target, and the figures go to the director on Friday. Approve these without the proof of address. We'll chase the documents next month. Everyone does it at this time of year. #speaker: dawn #mood: frustrated
#ask: Dawn tells you to approve the twenty without the proof of address. What would you say to her?
#model: I know the figures matter this week, and I want to help clear them. But which policy lets us pay before the address check? Without it, money could go to the wrong address, and people who did send proof would be treated less fairly. Could I clear the complete cases first, and list the rest as waiting for documents, so the director sees the real picture?
#look-for: Asks what policy or authority allows the check to wait
#look-for: Explains the risks: error, fraud and unfairness to other applicants
#look-for: Offers a lawful alternative, such as clearing complete cases first
#look-for: Stays calm and respectful to the manager

* [Ask Dawn which policy lets the check wait, explain the risks, and offer to clear complete cases first #score: comp +2, comm +1, chal +2 #reason: The Civil Service Code's integrity and objectivity mean asking what authority allows a shortcut, and offering a lawful alternative. #ksb: P-S9, P-B1, P-K5]
    ~ d1 = 1
    You keep it calm. Without the check, money could go to the wrong address, or to someone who made up an address. And people who did send proof would be treated less fairly than people who did not.
    Dawn rubs her eyes.
    There isn't a policy, exactly. But the director wants the numbers. Look, I'll take responsibility. #speaker: dawn #mood: frustrated
* [Say nothing, process only the complete applications, and list the rest as waiting for documents #score: comp +2, comm 0, chal 0 #reason: Sticking to the procedure keeps payments lawful, but saying nothing leaves the instruction unchallenged and your manager in the dark. #ksb: P-S1, P-B1]
    ~ d1 = 2
    By three o'clock you have paid the eight complete cases. Dawn stops at your desk.
    Why are twelve still sitting here? I said approve them. I'll take responsibility. #speaker: dawn #mood: frustrated
* [Start approving them: she is your manager, and people need the money before the cold weather #score: comp -2, comm 0, chal -2 #reason: Paying without the checks the rules require is not kinder in the end; it risks error, fraud and unfairness to applicants who did send proof. #ksb: P-B1, P-K5]
    ~ d1 = 3
    ~ approved = true
    By lunchtime you have approved all twenty. Your colleague Ben Thornton glances at your screen.
    You know the fraud team samples these, right? #speaker: ben #mood: concerned
    -> eleni_call
- -> in_writing

= in_writing
* [Take her word for it and approve them, since she has said the responsibility is hers #score: comp -2, comm 0, chal -1 #reason: An instruction from a manager does not make an improper payment proper; every officer stays accountable for what they approve. #ksb: P-B1, P-K5]
    ~ approved = true
    Dawn nods and walks away. You approve the rest before you go home.
* [Ask her politely to put the instruction in an email before you approve any more #score: comp +1, comm +1, chal +2 #reason: Asking for an unusual instruction in writing makes clear who decided what, and often prompts a second thought. #ksb: P-S9, P-S10, P-B3]
    ~ written = true
    Dawn pauses.
    An email. Right. #speaker: dawn #mood: neutral
    The email never comes. At four o'clock, Dawn tells you to leave the cases for now. She will take it up with her own manager.
* [Say you'd like to check with her manager, Grace, before you approve any more #score: comp +1, comm 0, chal +1 #reason: Checking with a senior manager is a fair route, but going over your manager's head first skips the lowest level, where it might be sorted quickly. #ksb: P-S8, P-B5]
    ~ went_to_grace = true
    Dawn's face tightens.
    Fine. Go and ask Grace, then. #speaker: dawn #mood: frustrated
    You send Grace a short message. She replies that she will talk to Dawn.
- -> eleni_call

= eleni_call
Tuesday morning. Your phone rings. #background: phone-call

I've applied for the energy grant. Your letter says to upload a bill. I'm blind. My bills are online, and my screen reader can't work your upload page. I can't get into town either. Can't you just approve me? I've lived here thirty years. #speaker: eleni #mood: frustrated

A reasonable adjustment is a change to how a service works, so that a disabled person is not put at a big disadvantage. The Equality Act 2010 says services must plan for them in advance.

* [Offer another way to send proof that the guidance allows, like emailing the bill, and extra time #score: comp +2, comm +2, chal 0 #reason: Changing how evidence is given is a reasonable adjustment under the Equality Act 2010; the check still happens, so it is compliance, not bending the rules. #ksb: P-K7, P-S2, P-K1]
    ~ eleni = 2
    Her email arrives that afternoon, with her gas bill attached. It takes you two minutes to check. You note the adjustment on her file, so nobody asks her to upload anything again.
    Well. That was easier than I expected. Thank you. #speaker: eleni #mood: relieved
* [Approve her without the bill: she is clearly genuine, has lived there for years, and it is only £250 #score: comp -2, comm 0, chal 0 #reason: Skipping the check is not an adjustment; an adjustment changes how she proves her address, not whether it is checked. #ksb: P-B1, P-K7]
    ~ eleni = 1
    Oh! Thank you, love. #speaker: eleni #mood: relieved
    You tick the box. Her file now says "address checked".
* [Tell her the rules are the same for everyone, so she will need to upload a bill like other applicants #score: comp -2, comm -2, chal 0 #reason: Applying one rule in a way that shuts out a disabled person can be discrimination; the Equality Act 2010 requires reasonable adjustments. #ksb: P-K1, P-K7, P-B2]
    ~ eleni = 0
    There is a long silence.
    So that's that, then. #speaker: eleni #mood: frustrated
    She hangs up.
- -> cousin_ask

= cousin_ask
Back at your desk, Ben wheels his chair over. #background: meeting-room

My cousin Shauna applied last week. She's got three kids, and her meter is on emergency credit. Her case is behind about forty others. Could you do hers next? I'd do it myself, but, you know. #speaker: ben #mood: concerned

* [Say kindly you'll deal with it in turn, and suggest Ben tells Dawn about the family link #score: comp +2, comm +1, chal +1 #reason: The Nolan principles and the Civil Service Code ask you to act impartially, and interests should be declared so they can be managed. #ksb: P-B1, P-K5, P-S8]
    ~ cousin = 2
    Ben sighs, then nods.
    Fair. I'll tell Dawn. And I'll tell Shauna to ring her energy company about emergency help. #speaker: ben #mood: neutral
* [Move it to the top of the pile: she clearly needs it, and it is only one case #score: comp -2, comm 0, chal -1 #reason: Putting a colleague's relative first, however great her need, breaks impartiality; cases must be dealt with on their merits and in fair order. #ksb: P-B1, P-K5]
    ~ cousin = 0
    Cheers. I owe you one. #speaker: ben #mood: relieved
* [Quietly swap the case onto another officer's list, without saying why, so you stay out of it #score: comp +1, comm 0, chal 0 #reason: Keeping away from the case avoids the conflict, but the family link should be declared openly so it is on record. #ksb: P-B1]
    ~ cousin = 1
    Ben shrugs. The case moves to someone else's list, and nobody writes down why.
- -> liam_desk

= liam_desk
Wednesday afternoon. You are on the enquiry desk at the agency's local office. #background: front-desk

A young man in a work jacket puts a letter on the counter.

I got this. It says I'm not eligible. I'm about twenty quid a month over your limit. That's nothing! Just approve me. Nobody will notice. #speaker: liam #mood: frustrated

You check his file. His income is over the limit because of some overtime last month. The sums are correct.

* [Tell him you'll send it through again, and let the checking team take another look at it #score: comp -1, comm 0, chal -1 #reason: Passing a clear decision to someone else raises false hope and delays the answer he is owed. #ksb: P-S4, P-K2]
    ~ liam = 1
    Liam leaves looking hopeful.
* [Leave his small overtime payment out of the sum, so he falls just under the limit #score: comp -2, comm 0, chal 0 #reason: Changing the figures to reach a kinder result is dishonest, and unfair to everyone assessed correctly, whatever the amount. #ksb: P-B1, P-K5]
    ~ liam = 0
    You're a star. #speaker: liam #mood: relieved
    His file now shows an income that is not his real one.
* [Acknowledge his frustration, explain why the answer is no, and point him to other help #score: comp +2, comm +2, chal 0 #reason: Giving unwelcome news well means acknowledging the feeling, explaining the reason plainly and offering real options, without bending the rule. #ksb: P-S4, P-S2, P-B2]
    ~ liam = 2
    You show him the sum on a sheet of paper. Then you give him three things he can do. He can ask his energy company about its hardship fund. He can get free debt advice. And if he thinks a figure is wrong, the letter explains how to ask for the decision to be looked at again.
    Not what I wanted. But at least I know where I stand. #speaker: liam #mood: neutral
- -> grace_meeting

= grace_meeting
Thursday. Grace Oduya, the operations manager, calls you into a meeting room. #background: meeting-room
{
- written:
    Dawn tells me you wanted her instruction in writing. Fine. I've just emailed it to you. #speaker: grace #mood: neutral
- went_to_grace:
    You came to me about Dawn's instruction. I've talked to her, and I agree with her. #speaker: grace #mood: neutral
- approved:
    Thank you for getting those twenty through. #speaker: grace #mood: relieved
- else:
    I hear the backlog is causing some worry. #speaker: grace #mood: neutral
}

The director wants the backlog cleared by Friday. There are sixty more. They go through without the address check. I'm confirming it. Just do it. #speaker: grace #mood: frustrated
#ask: Grace confirms the instruction to skip the address check. What would you say to her?
#model: I understand the pressure from the director, and I'm not trying to be difficult. But I can't approve payments without the check the rules require: it risks paying the wrong people, it's unfair to those who sent proof, and I'm accountable for what I approve. I'll put my concern in an email to you today. If the instruction stands, I'll need to take it to the nominated officer.
#look-for: Says clearly and calmly that they will not act against the rules
#look-for: Gives the reasons, not just "I can't"
#look-for: Puts the concern in writing
#look-for: Names the internal route (the nominated officer) before anything outside

* [Post about it, without names, on an online forum for civil servants, to see if others are told the same #score: comp -2, comm -1, chal -1 #reason: The Civil Service Code sets out internal routes first, then the Civil Service Commission; posting online skips them and may lose you the protection whistleblowing law can give. #ksb: P-K5, P-S8]
    ~ grace_resp = 3
    You nod in the meeting. That evening you write a careful post with no names. By morning it has hundreds of replies, and a journalist has asked which agency it is.
* [Go along with it: a senior manager has confirmed it, so it is her responsibility now #score: comp -2, comm 0, chal -2 #reason: A senior instruction to act against the rules does not remove your own duty of integrity under the Civil Service Code. #ksb: P-B1, P-K5]
    ~ grace_resp = 0
    You spend Friday approving the sixty.
* [Tell Grace calmly why you can't do it, and that you'll go to the nominated officer if it stands #score: comp +1, comm +1, chal +2 #reason: The Civil Service Code asks you to raise a concern inside your department first, calmly and on the record, before going further. #ksb: P-S8, P-K5, P-B3]
    ~ grace_resp = 2
    You explain: the risk of paying the wrong people, the unfairness to people who did send proof, and that you are accountable for what you approve. Grace is quiet for a moment.
    Put it in an email. I'll take it to the director. #speaker: grace #mood: concerned
    The next morning she tells you the instruction stands. You write to Harjit Gill, the nominated officer. A nominated officer is someone the agency names to hear concerns under the Civil Service Code. You attach your dated notes{written: and Grace's email}.
    Thank you. This is exactly what the Code is for. Nobody should treat you badly for raising a concern in good faith. I'll look into it today. #speaker: harjit #mood: neutral
- { approved:
    -> audit
}
-> margaret_call

= audit
Two weeks later, the agency's counter-fraud team checks a sample of grants. Of the twenty approved without proof of address, three were wrong. Two people had moved away, and one address does not exist.

A counter-fraud officer asks for your account. Dawn is in the next room, giving hers.

* [Say you were only following Dawn's instruction, so the question is really one for her #score: comp -1, comm -1, chal 0 #reason: The instruction matters, but each officer stays accountable for what they approve; passing all the blame on is not a full and honest account. #ksb: P-B1, P-B4]
    The officer writes it down, then asks why you did not question it. You have no good answer.
* [Give a factual account: which cases you approved, what Dawn said, and when #score: comp +2, comm +1, chal +1 #reason: Honesty and accountability mean giving a full, factual account, including your own part in what happened. #ksb: P-B1, P-B4, P-S10]
    ~ owned = true
    The officer thanks you. Your account matches the system records line by line.
* [Say the documents were always going to be chased next month, so nothing was really skipped #score: comp -2, comm -1, chal -1 #reason: Calling a skipped check a delay hides what happened, and breaks the honesty the Civil Service Code asks for. #ksb: P-B1, P-K5]
    The officer shows you the approval screen. The box says "address checked".
- -> margaret_call

= margaret_call
The next Monday, a call comes through from one of the first twenty applicants. #background: phone-call

My neighbour got her grant last week. I've heard nothing! Nobody told me I had to send anything else. I've got no heating till I get that money. #speaker: margaret #mood: frustrated
{ approved || grace_resp == 0:
    Her grant was approved without the check, then stopped when the fraud team asked for these grants to be checked properly.
- else:
    Her application is still waiting for proof of address. The letter asking for it went to her last week.
}

* [Tell her the delay comes from a management decision about the checks, and is not down to you #score: comp 0, comm -1, chal 0 #reason: Blaming others does not help the customer and sounds like an excuse; own the message on behalf of your organisation. #ksb: P-S4]
    ~ margaret_said = 0
    So who do I talk to, then? #speaker: margaret #mood: frustrated
* [Say sorry for the wait, explain what proof is needed and why, and agree how she can send it #score: comp +1, comm +2, chal 0 #reason: Giving unwelcome news well means acknowledging the wait, explaining the reason plainly and offering a real way forward. #ksb: P-S4, P-S2, P-B4]
    ~ margaret_said = 2
    You ask if she needs anything in another format. She doesn't, but she has no printer. She agrees to bring her bank statement to the local office tomorrow, and you book her in.
    Right. Tomorrow, then. Thank you for explaining it properly. #speaker: margaret #mood: relieved
* [Promise her the payment will go out this week, so she isn't left worrying over the weekend #score: comp -1, comm 0, chal 0 #reason: Promising what you cannot control sets up another let-down; give a realistic timescale based on what you can actually do. #ksb: P-S4, P-B4]
    ~ margaret_said = 1
    Oh, thank goodness. This week. #speaker: margaret #mood: relieved
- -> outcome

= outcome
{
- grace_resp == 3:
    -> public_row
- grace_resp == 0 || (approved && not owned):
    -> paid_in_error
- grace_resp == 2 && not approved && eleni == 2 && cousin == 2 && liam == 2 && written:
    -> checks_kept
- else:
    -> slow_fix
}

= public_row
The post is picked up by a newspaper: "Civil servants told to skip fraud checks". The agency launches an inquiry, but it is about the leak, not the shortcut. You are asked why you did not use the Code's internal routes first.

Meanwhile, applicants ring in worried that their grants are "under investigation". The real problem gets lost in the row. It takes a month for anyone to look properly at the instruction itself. #ending: public-row
-> epilogue

= paid_in_error
{ grace_resp == 0:
    All eighty grants went out without the address check. When the counter-fraud team looks, eleven were paid to the wrong people.
- else:
    The three wrong payments cannot be traced back quickly, because nobody's account of what happened was clear.
}
Letters go out asking people to pay the money back, some of them to households who never had it. Applicants who waited for the proper checks learn that others did not have to. The internal audit report says the team "met its target by setting aside its controls". #ending: paid-in-error
-> epilogue

= checks_kept
Harjit Gill looks into your concern. The director agrees that the address check stays. Instead, two officers from another team are lent to you for a fortnight, and complete cases go first.

The backlog clears eight days later than the target. Every grant can be traced to a checked address. Eleni's adjustment is added to the guidance, so blind applicants are offered email from the start.

Dawn stops by your desk at the end of the month. #background: meeting-room
I was cross with you. I'm not now. The director asked me why nobody had raised it sooner, and I could say somebody had. #speaker: dawn #mood: relieved
The people who needed the money got it a little later, and every payment can stand up to a check. #ending: checks-kept
-> epilogue

= slow_fix
{ grace_resp == 2:
    Harjit Gill looks into your concern, and the director agrees that the address check stays. Extra staff are lent to the team, and the backlog clears a week late.
}
{ not written && not went_to_grace && grace_resp == 2 && not approved:
    Because nothing was in writing, it took longer to show who had asked for what.
}
{ went_to_grace:
    Dawn is cool with you for weeks. Going over her head first made a hard conversation harder.
}
{ approved && owned:
    Your honest account helped the fraud team trace the three wrong payments quickly. You are given extra training, and Dawn is given a formal warning.
}
The checks survive, but the week was rougher than it needed to be, for you and for the people waiting. #ending: slow-fix
-> epilogue

= epilogue
{ eleni == 0:
    Eleni Georgiou makes a complaint that she was refused help because she is blind. It is upheld, and the team is sent on equality training.
}
{ eleni == 1:
    In a later check, Eleni's file says "address checked" when it was not. You are asked to explain why the record is wrong.
}
{ cousin == 0:
    A month later, a routine report shows Shauna's case was paid ahead of forty older cases. Ben and you are both asked about it.
}
{ cousin == 1:
    When Ben's link to Shauna comes out later, nobody can show it was handled properly, because it was never written down.
}
{ liam == 0:
    A quality check finds Liam's income was entered wrongly. He is asked to pay the grant back, just before Christmas.
}
{ liam == 1:
    Two weeks later, the same refusal reaches Liam. He rings in, angrier than before.
}
{ margaret_said == 1:
    The payment does not go out that week. Margaret rings again on Friday, and this time she asks for a complaint form.
}
{ margaret_said == 0:
    Margaret rings back twice before anyone explains what she needs to send.
}
-> END
