# title: The backlog
# family: partner
# minutes: 14
# summary: The firm that assesses Blue Badge applications for the council is weeks behind its target, and its account manager wants the figures kept out of your report. You are the council's contract officer, and the performance review is on Thursday.
# strand: Accountability
# cast: gavin = Gavin Shaw, Account manager, Fernhill Assessments (the contracted supplier)
# cast: mei-ling = Mei Ling Chan, Operations lead, Fernhill Assessments
# cast: harpreet = Harpreet Sandhu, Contracts manager at the council, your manager
# cast: winston = Winston Clarke, Blue Badge applicant and wheelchair user
# debrief-question: Gavin said "we're partners". What does a good partner do when a contract target is being missed?
# debrief-question: Which contract remedies could you use yourself, and which needed your manager? Where would you check this in your own council's contract procedures?
# debrief-question: Who was waiting while the council and Fernhill talked, and how did your choices change what happened to them?
# ending-title: back-on-track = Back on track
# ending-summary: back-on-track = Fernhill recovered under a written plan, and the renewal panel has an honest record of what went wrong and what was done.
# ending-title: slow-dispute = A slow dispute
# ending-summary: slow-dispute = The recovery came in the end, through a dispute that took months, while disabled people waited for their badges.
# ending-title: left-to-drift = Left to drift
# ending-summary: left-to-drift = Nobody acted in time, the wait stayed at 30 working days, and Fernhill's renewal was put on hold.

// What went in the monthly report: 2 reported and told Gavin, 1 reported without telling him,
// -1 held back, 0 held back then put right.
VAR report = 0
// Whether you used KPI data when Fernhill pushed back.
VAR evidence = false
// Whether the KPI was paused without authority.
VAR kpi_paused = false
// What remedy you asked for: 2 written plan with milestones, 1 verbal promise, -1 threat to end the contract.
VAR plan = 0
VAR urgent_first = false
VAR letters = false
// The record of the review: 2 action log agreed by both, 1 Fernhill's own email, 0 your private notes.
VAR record = 0
// How you handled Mr Clarke's call: 2 owned it, 1 vague, -1 passed him to Fernhill.
VAR winston_helped = 0
// What you recommended when a milestone was missed: 1 formal notice, 2 written extension, 3 informal extension.
VAR final = 0

-> call

=== call ===
Monday morning. You are a contract officer in the council's commissioning team. Your job is to check that the firms the council pays do what their contracts say. #background: phone-call

A company called Fernhill Assessments handles the council's Blue Badge applications. A Blue Badge lets a disabled person park closer to where they need to be. The contract says Fernhill must decide each application within 10 working days. That is its KPI, or key performance indicator: the target the contract measures it by.

This month's figures came in on Friday. The average wait is 35 working days. 410 people are waiting, and complaints have doubled. Your phone rings. #sound: phone-ring

Morning! Look, I've seen the numbers, and we're on it. But our contract is up for renewal in the spring. A bad report now could sink us. Could the KPI stay out of this month's report? We're partners, after all. #speaker: gavin #mood: concerned

The monthly report goes to your manager and the council's performance board on Wednesday. The review meeting with Fernhill is on Thursday.
#ask: Gavin asks you to keep the KPI out of this month's report. What would you say to him?
#model: I appreciate you being straight with me, Gavin, and I do want this contract to work. But I can't leave the figure out: the board relies on an accurate report, and hiding a missed target would only make renewal worse. The real figures go in on Wednesday. Bring a written recovery plan to Thursday's review, and we'll go through the data together.
#look-for: Says clearly that the real figures will be reported
#look-for: Explains why: the board relies on honest, accurate figures
#look-for: Tells the supplier first, and invites a written recovery plan
#look-for: Keeps the relationship friendly while saying no

* [Tell Gavin the real figures will go in the report, and ask him to bring a written recovery plan on Thursday #score: comp +2, comm +1, chal +2 #reason: Contract performance must be reported accurately and on time, and telling the supplier first is honest and gives them a fair chance to respond. #ksb: P-S7, P-B1, P-K6]
    ~ report = 2
    Fair enough. I'd rather hear it from you than read it cold. I'll bring Mei Ling, our operations lead, and a plan. #speaker: gavin #mood: neutral
* [Hold the KPI row back this month, and put it in next month once Fernhill has had a chance to respond #score: comp -2, comm 0, chal -2 #reason: Leaving a missed target out of a report hides the truth from the people who oversee the contract, against the Nolan principles of honesty and accountability. #ksb: P-B1, P-K5]
    ~ report = -1
    You're a star. I won't forget this. #speaker: gavin #mood: relieved
    You take the KPI row out of the table. The report looks much calmer.
* [Put the real figures in the report without telling Gavin, since the report belongs to the council, not to him #score: comp +2, comm 0, chal +1 #reason: Accurate reporting is right, but skipping a quick word with the supplier misses a chance to be open and keep the relationship working. #ksb: P-S7, P-B1]
    ~ report = 1
    You tell Gavin you will see him on Thursday and end the call. The full table goes into the report.
- { report == -1:
    -> missing
}
-> review

= missing
Wednesday. Harpreet Sandhu, your manager, stops at your desk with the report in her hand. #background: meeting-room

The Blue Badge contract has no KPI row this month. Every other contract has one. What happened? #speaker: harpreet #mood: concerned

* [Say you wanted to hear Fernhill's side first, and offer to add the figures with a note after Thursday #score: comp -1, comm 0, chal -1 #reason: Holding figures back until the supplier has spoken still keeps the board from the facts, which goes against openness and accountability. #ksb: P-B1, P-S10]
    Harpreet shrugs. "Next month, then, with a note." The report goes to the board without the figures.
* [Tell her Gavin asked you to leave it out, and put it back in before the report goes to the board #score: comp +1, comm +1, chal +1 #reason: Owning a mistake quickly and putting the record right is what honesty and accountability in public life ask of you. #ksb: P-B1, P-S10, P-B5]
    ~ report = 0
    Thank you for telling me straight. Put it back in. And next time a supplier asks you for a favour like that, come to me. #speaker: harpreet #mood: neutral
* [Say the figures are still being checked with the supplier, so you have left them out for now #score: comp -2, comm -1, chal -1 #reason: Giving your manager a misleading reason breaks the duty to be honest, and the board decides without the facts. #ksb: P-B1, P-K5]
    Harpreet frowns, but nods. "Make sure it's in next month." The report goes to the board without the figures.
- -> review

=== review ===
Thursday. The review meeting is at Fernhill's office. Gavin sits across the table from you, next to Mei Ling Chan, who runs the assessment team. #background: partner-office
{ report:
- 2:
    Mei Ling has a printed recovery plan on the table. It is two pages long.
- 1:
    Gavin looks tense.
    We saw your report at the board. A heads-up would have been nice. #speaker: gavin #mood: frustrated
- 0:
    Gavin looks tense.
    Your manager rang me yesterday. She wasn't happy the numbers were left out. #speaker: gavin #mood: frustrated
- -1:
    Gavin is relaxed and friendly. He thanks you again for Monday.
}

Before we start, you need to hear our side. A lot of the applications the council sends us are incomplete. A third of them, I'd say. No photo, no proof of address. And three of my assessors are off sick. Ten days isn't realistic right now. #speaker: mei-ling #mood: frustrated

* [Tell her the contract says ten days, and that staffing and incomplete forms are Fernhill's to manage #score: comp +1, comm -1, chal +1 #reason: The contract target stands, but brushing aside the supplier's point without checking it is opinion against opinion, not managing by evidence. #ksb: P-S7, P-K6]
    Mei Ling folds her arms.
    Right. So it's all on us. #speaker: mei-ling #mood: frustrated
    The room goes cold. Nobody finds out how many forms really were incomplete.
* [Put the KPI data on the table, and check her figure for incomplete forms against it together #score: comp +1, comm +2, chal +2 #reason: Government contract guidance says to manage performance with accurate KPI data, and testing both sides' claims against it is fair and firm. #ksb: P-S7, P-K6, P-S3]
    ~ evidence = true
    You lay the figures side by side. Her own data shows one form in five arrives incomplete, not one in three. Most come from the council's online form, which lets people skip the photo.
    You say the council will fix its form. The rest of the delay is still Fernhill's to sort out.
    That's fair. We can work with that. #speaker: mei-ling #mood: neutral
* [Agree that the council's forms are part of the problem, and pause the KPI until the form is fixed #score: comp -1, comm +1, chal -2 #reason: Pausing a contract target is a change to the contract that is not yours to make, and agreeing without checking the data leaves the real problem unmanaged. #ksb: P-K2, P-S7]
    ~ kpi_paused = true
    Now that's real partnership. #speaker: gavin #mood: relieved
    Nobody checks how many forms were actually incomplete.
- -> remedies

= remedies
We'll get the wait back to ten days within six weeks. You have my word on that. #speaker: gavin #mood: neutral

The contract gives the council some tools. An improvement plan is a written plan, with dates, for putting things right. Service credits are money taken off the supplier's bill when it misses a target. A formal notice is an official warning under the contract. Only Harpreet can issue a formal notice, or talk about ending the contract.

* [Accept Gavin's word on six weeks, and put a check in your diary for two weeks' time, copying in Harpreet #score: comp 0, comm +1, chal +1 #reason: A diary check is better than nothing, but a promise with no written plan or milestones gives you nothing to measure progress against. #ksb: P-S7, P-B4]
    ~ plan = 1
    Gavin shakes your hand. You write "two-week check" in your diary and copy Harpreet in.
* [Tell Gavin that if it isn't fixed within a month, the council will end the contract and go back out to tender #score: comp -1, comm -1, chal -1 #reason: Threatening to end a contract is beyond your delegated authority and skips the remedies and escalation steps the contract sets out. #ksb: P-K2, P-K6]
    ~ plan = -1
    Gavin goes pale. Mei Ling writes down your exact words.
    I'll need to take that to our directors. #speaker: gavin #mood: frustrated
* [Ask for a written plan with weekly milestones, apply the service credits, and say a missed milestone means a notice #score: comp +2, comm +1, chal +2 #reason: Using the contract's own remedies in order, in writing, is firm and fair and follows government contract management guidance. #ksb: P-S7, P-K6, P-K2]
    ~ plan = 2
    { report == 2:
        Mei Ling turns her recovery plan into weekly milestones there and then. The first is a wait under 25 days in two weeks.
    - else:
        Mei Ling agrees to send a written plan by Monday. The first milestone is a wait under 25 days in two weeks.
    }
    Gavin winces at the service credits, but he does not argue. "They're in the contract," he says.
- -> waiting

= waiting
Before anyone packs up, you think about the 410 people on the list. Some have hospital appointments. Some have just been told they cannot walk far. What happens to them while this gets fixed?

* [Ask Fernhill to work strictly oldest first, so nobody on the list can say the queue is unfair to them #score: comp 0, comm 0, chal +1 #reason: Date order looks fair, but the public sector equality duty asks you to think about who is hit hardest, and some needs are more urgent than others. #ksb: P-K1, P-B2]
    Mei Ling agrees. Oldest first is simple to run.
* [Agree urgent cases go first, and write to everyone waiting with a realistic date #score: comp +1, comm +2, chal +1 #reason: The public sector equality duty means due regard to the disabled people hit hardest by the delay, and people waiting should be told honestly what to expect. #ksb: P-K1, P-K7, P-B2]
    ~ urgent_first = true
    ~ letters = true
    Mei Ling agrees to flag urgent cases each morning. You offer to send the letters yourself, in large print or other formats on request.
* [Wait until Fernhill can give firm dates before writing to people, so you don't make promises you can't keep #score: comp -1, comm -1, chal 0 #reason: Saying nothing leaves disabled applicants without information, and the council stays accountable to them even when a supplier does the work. #ksb: P-K7, P-S4]
    Gavin agrees that's sensible. The 410 people on the list hear nothing.
- -> minutes

= minutes
Gavin stands up and reaches for his coat.

Shall I send round a quick email of what we agreed? No need for formal minutes between partners. #speaker: gavin #mood: neutral

* [Agree, since his email will save you time and he knows best what Fernhill has promised #score: comp -1, comm +1, chal -1 #reason: Letting one side write the only record of a contract meeting means the agreement is in their words, not both sides'. #ksb: P-S10]
    ~ record = 1
    Gavin's email arrives that evening. It is friendly and short. You reply "Thanks" and file it.
* [Agree to keep it informal, and keep your own notes on file in case you need them later #score: comp 0, comm -1, chal 0 #reason: Private notes help you remember, but the supplier never agreed them, so they are weak evidence if there is a dispute. #ksb: P-S10]
    ~ record = 0
    You type up your notes that afternoon and save them in the contract folder. Nobody else sees them.
* [Say you'll send an action log today for both sides to confirm, copied to Harpreet #score: comp +2, comm +1, chal +1 #reason: A written log of each action, owner and date, agreed by both sides, is what lets either side hold the other to it later. #ksb: P-S10, P-B4, P-S7]
    ~ record = 2
    You send the log at four o'clock: each action, who owns it, the date, and what happens if it is missed. Gavin confirms it the next morning.
- -> phone

=== phone ===
The next Tuesday. The Blue Badge team puts a caller through to you. He asked for whoever runs the contract. #background: phone-call

I applied seven weeks ago. I use a wheelchair. I've got hospital appointments three times a week, and I can't park anywhere near the door. Nobody rings me back. Is anybody actually in charge? #speaker: winston #mood: frustrated
{ letters:
    I did get your letter on Saturday, with a date and a number. That's something. But the date is three weeks off, and my appointments are now. #speaker: winston #mood: concerned
}
#ask: Mr Clarke asks whether anybody is actually in charge. What would you say to him?
#model: I'm sorry: seven weeks is far too long, and it's the council's responsibility even though another company does the assessments. I run that contract, so I'll take this on. Your hospital appointments may mean your case can go first; can I check a few details? And how would you like me to keep in touch: by phone, or in writing? I'll ring you back by Friday either way.
#look-for: Apologises and owns it for the council, without blaming the contractor
#look-for: Checks whether his needs make him urgent
#look-for: Offers an adjustment, such as a phone call instead of letters
#look-for: Commits to a clear next step and a date

* [Apologise for the council, check whether his appointments make him urgent, and offer to ring him back #score: comp +1, comm +2, chal +1 #reason: The council stays accountable for an outsourced service, and checking urgent needs and offering a reasonable adjustment is good service under the Equality Act 2010. #ksb: P-S4, P-K7, P-B4]
    ~ winston_helped = 2
    You listen, say the wait is not good enough, and check his details. He asks for a phone call rather than letters, as reading small print is hard for him. You note it on his record.
    { urgent_first:
        His appointments meet the urgent-case rule. You add him to Fernhill's urgent list, and Mei Ling books his assessment for Thursday.
    - else:
        There is no urgent route yet. You ask Mei Ling to see him this week as a one-off, and promise to ring him on Friday either way.
    }
    Right. Thursday. Thank you for actually doing something. #speaker: winston #mood: relieved
* [Explain that Fernhill does the assessments, and give him their direct line so he can chase the people doing the work #score: comp -1, comm -2, chal 0 #reason: Passing an upset person to the contractor tells him nobody at the council owns his problem, though the council stays accountable for the service. #ksb: P-S4, P-K7]
    ~ winston_helped = -1
    So I'm on my own, then. #speaker: winston #mood: frustrated
    He writes down the number and hangs up. That afternoon he rings Fernhill four times and gets voicemail each time.
* [Say sorry for the wait, and reassure him that it should all be sorted in the next few weeks #score: comp 0, comm +1, chal 0 #reason: An apology helps, but a vague timescale with no check of urgent needs and no follow-up leaves him where he started. #ksb: P-S4]
    ~ winston_helped = 1
    A few weeks. I've heard that before. #speaker: winston #mood: frustrated
    He thanks you, flatly, and hangs up.
- -> milestone

=== milestone ===
Two weeks after the review. You join a video call with Gavin. Harpreet is on the call too. #background: video-call
{ plan:
- 2:
    The plan's first milestone was a wait under 25 working days by today. The figure is 29.
- 1:
    There is no milestone to check against. Gavin says things are getting there. The wait is 31 working days.
- -1:
    Since your warning, Fernhill's lawyer has written to Harpreet to ask what you meant. The wait is 33 working days.
}
{ record:
- 2:
    Both sides have the agreed action log open. Nobody argues about what was promised.
- 1:
    Gavin's own email says the council agreed to "look again at the KPI". You never agreed that, but it is the only shared record.
- else:
    Gavin remembers the meeting differently. Your notes are the only record, and he has never seen them.
}
{ evidence:
    The council's fixed online form went live last week. Incomplete applications have halved.
}
{ kpi_paused:
    Who agreed to pause the KPI? Only I can vary this contract, and only in writing. #speaker: harpreet #mood: frustrated
}

We've hired four more assessors. They start on Monday. Give us a little more time, and please, no formal notice. It would look terrible at renewal. #speaker: gavin #mood: concerned

Harpreet turns to you.

You know this contract best. What do you recommend? #speaker: harpreet #mood: neutral

* [Recommend a one-week extension in writing, because the new staff start Monday, with the notice to follow if it is missed #score: comp +1, comm +2, chal +1 #reason: A short extension backed by evidence, written down with a clear next step, keeps the relationship while staying inside the contract's process. #ksb: P-S7, P-B3, P-S10]
    ~ final = 2
    Harpreet agrees. She sends Gavin the new date in writing before the call ends, and copies in his director.
* [Recommend Harpreet issues a formal notice under the contract, and tell Gavin why before it is sent #score: comp +2, comm +1, chal +2 #reason: Taking the contract's agreed escalation step when a milestone is missed is fair and predictable, and telling the supplier first keeps trust. #ksb: P-S8, P-K6, P-B3]
    ~ final = 1
    You explain it plainly: the milestone was missed, so the next step is the notice, as agreed. The door to talk stays open.
    Gavin is quiet for a moment. Then he nods.
    I'd have done the same in your seat. #speaker: gavin #mood: neutral
* [Recommend another fortnight informally, since Fernhill is clearly trying and a notice could sour the renewal #score: comp -1, comm +1, chal -2 #reason: Letting a missed milestone slide with no record weakens the contract's remedies, while applicants keep waiting. #ksb: P-S8, P-K6]
    ~ final = 3
    Gavin thanks you warmly. Harpreet says nothing, and makes a note.
- -> outcome

=== outcome ===
{
- final == 3 || report == -1:
    -> drift
- plan == 2 && record == 2 && not kpi_paused:
    -> on_track
- else:
    -> dispute
}

= on_track
{ final == 1:
    The notice focuses minds at Fernhill. Its directors move two assessors from another contract. The next milestone is met a week early.
- else:
    The new assessors start on Monday. The milestone is met, a week late but in writing, as agreed.
}
Three months on, the average wait is 11 working days. The service credits come off Fernhill's bills, as the contract says.
{ urgent_first:
    Urgent cases were seen first the whole time. Nobody with a hospital appointment waited more than a week.
}
For the biggest contracts, the Procurement Act 2023 can mean poor performance has to be published. Procurement will tell us what applies to ours. Either way, the renewal panel will read every report and log you wrote. #speaker: harpreet #mood: relieved

When renewal comes, the panel has an honest record: what went wrong, what was done, and how fast it recovered. #ending: back-on-track
-> epilogue

= dispute
{ plan == -1:
    Fernhill's directors dispute your warning. The matter goes from contract managers to senior managers, as the contract's dispute route says.
- else:
    With no agreed plan or shared record, Fernhill disputes whether it has missed anything at all. The matter goes up to senior managers, as the contract's dispute route says.
}
{ kpi_paused:
    Harpreet has to write to Fernhill to undo the KPI pause, which costs another week.
}
It takes two meetings and an outside mediator to agree a plan that could have been agreed in the first meeting. The wait stays above 25 working days for five months.

The recovery happens in the end, but slowly, and every week of it is time that disabled people spent without a badge. #ending: slow-dispute
-> epilogue

= drift
{ report == -1:
    At renewal, an audit spots the missing month in the performance report. Harpreet asks why you didn't come to her. The board asks why it wasn't told.
}
{ final == 3:
    The informal fortnight turns into a month. With no formal step on record, the council has nothing to point to when the wait creeps up again.
}
Three months on, the average wait is still 30 working days. Complaints reach the councillor for disabled residents, who asks in public who was managing the contract.

Fernhill's renewal is put on hold. The council has to re-tender in a hurry, and the people on the list wait through the changeover too. #ending: left-to-drift
-> epilogue

= epilogue
{ winston_helped:
- 2:
    Mr Clarke gets his badge. He writes to the council to say the call was the first time anyone had taken charge.
- 1:
    Mr Clarke gets his badge after another five weeks. He missed two hospital appointments because he could not park.
- -1:
    Mr Clarke makes a formal complaint. It says the council passed him to a voicemail. The council upholds it and apologises.
}
-> END
