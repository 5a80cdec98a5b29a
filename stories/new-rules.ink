# title: The rules changed on Friday
# family: rules
# minutes: 14
# summary: Two procedures changed on Friday, and Monday on the council's front desk tests both: a resident asks for her records, a home visit comes up, and the building itself is not safe. You are a customer adviser; an experienced colleague says nothing has really changed.
# strand: Delivery
# cast: bev = Bev Okafor, Customer services team leader, your supervisor
# cast: phil = Phil Hadley, Senior customer adviser, 22 years on the desk
# cast: rosie = Rosie Tran, Apprentice customer adviser
# cast: halima = Halima Abdi, Council tenant
# cast: darren = Darren Quinn, Council tenant waiting for a repair
# cast: gordon = Gordon McLeod, Facilities officer
# content-note: A resident shouts and bangs the counter at the front desk. Nobody is hurt.
# debrief-question: Phil has done the job for 22 years. What is the respectful way to tell an experienced colleague the rule has changed?
# debrief-question: Which of today's hazards was yours to deal with, and which was someone else's? What does the law ask of every employee?
# debrief-question: How does your own team hear about a change to a rule, and how would you know it is being followed a month later?
# ending-title: up-to-date = Working to the new rules
# ending-summary: up-to-date = By the end of the month the whole desk works to both updates, the building is safe, and the service is the same whoever you see.
# ending-title: old-habits = Old habits
# ending-summary: old-habits = Everyone got home safely, but the desk still gives different answers depending on who you see.
# ending-title: close-call = A close call
# ending-summary: close-call = Nobody was hurt this time, but only luck kept it that way: the safety arrangements are there for the day luck runs out.
# ending-title: someone-hurt = Someone hurt
# ending-summary: someone-hurt = A visitor fell over a cable that three staff had walked past, and the council now faces a claim.

// What you did with Friday's two updates: 2 read both first; 1 read at lunch; 0 went on Phil's summary.
VAR read_update = 0
// Whether the trailing heater cable was left across the waiting area for facilities.
VAR hazard_left = false
// Mrs Abdi's request: 2 taken with an ID check; 1 sent away with a form; -1 taken with no ID check.
VAR sar = 0
// Whether Phil's wrong rule was corrected, by you or through Bev.
VAR phil_corrected = false
// Mr Quinn at the desk: 2 calmed by the procedure; 1 alone in the interview room; -1 warned about security.
VAR darren_calm = 0
// Whether the afternoon visit kept to the lone-working arrangements.
VAR visit_safe = false
// Whether the slip by the door went unreported.
VAR slip_unreported = false
// Whether Mrs Abdi's deadline was logged as a month from when her ID arrived.
VAR deadline_right = false
// Whether the team agreed a way to keep up: huddle, one page and a check a month later.
VAR team_plan = false

-> huddle

=== huddle ===
Monday, twenty to nine. You are a customer adviser at the council's customer service centre. The team has its morning huddle behind the front desk before the doors open. #background: front-desk

Two procedures changed on Friday: subject access requests, and lone working. It's all in Friday's email. Please read them before you do either. #speaker: bev #mood: neutral

Bev is called to the phone. Phil Hadley, who has worked on the desk for 22 years, grins at you.

Rules change every year. Same job, new paperwork. Stick with me and I'll tell you what matters. #speaker: phil #mood: neutral

* [Go with Phil's summary for now, since he knows the desk better than any email does #score: comp -1, comm 0, chal -1 #reason: Experience helps, but a colleague's memory of the old rules is not the current procedure, and changes that are missed lead to outdated practice. #ksb: P-K2, P-S9]
    ~ read_update = 0
    Phil tells you the desk is the same as ever. "Forms for everything, and don't let anyone rush you."
* [Leave reading them until lunch, once the morning queue has gone down #score: comp 0, comm 0, chal 0 #reason: Reading them later is better than not at all, but the desk opens under the new rules this morning, not this afternoon. #ksb: P-K2]
    ~ read_update = 1
    You flag the email to read at one o'clock.
* [Read both updates before the doors open, note what changes at the desk, and ask Bev about the part you are unsure of #score: comp +2, comm 0, chal +1 #reason: Rules and the law do change, and checking the current procedure and asking when it is unclear is how you avoid giving out-of-date service. #ksb: P-K2, P-S9, P-K1]
    ~ read_update = 2
    -> updates
- -> opening

= updates
The updates are short. You write down what changes for you.

Subject access: a person can ask for their own records in any way, even out loud at the desk. The Data (Use and Access) Act 2025 puts two things into law. The one-month clock pauses while we wait for ID we really need, and runs again once it comes. And our searches must be reasonable and proportionate.

Lone working: after a near miss last month, nobody visits an address with a warning marker on their own. Every visit is logged with a buddy, who rings if you have not checked out.

You ask Bev one question: who checks the ID? "You do, at the desk," she says. "Then log the date it came in."
-> opening

= opening
Ten to nine. You go to unlock the side door, the one with the ramp for wheelchair users and pushchairs.

Three big boxes of leaflets from Friday's delivery sit on the ramp. Inside, because the heating is broken, someone has run an extension lead across the waiting area to a heater in the corner. The cable lies right across the path to the desk.

Gordon McLeod from facilities usually comes in at ten.

* [Leave both for Gordon, since the building and its safety are what the facilities team is there for #score: comp -2, comm 0, chal -1 #reason: Health and safety is not only facilities' job: the law makes every employee take reasonable care of others, and leaving a known trip hazard in a public area fails that duty. #ksb: P-K1, P-B4]
    ~ hazard_left = true
    You unlock the main door instead. The cable stays where it is.
* [Move the light boxes off the ramp with Rosie, unplug the heater so no cable crosses the floor, and report both to facilities #score: comp +2, comm 0, chal +1 #reason: Every employee must take reasonable care of the people their actions or inaction affect and co-operate with safety arrangements, and disabled visitors need the accessible way in kept open. #ksb: P-K1, P-B4, P-S8]
    The boxes are light. The waiting area is cold without the heater, so you put a note on the desk: "Heating fault reported, sorry."
    Gordon comes in at ten and reads your report.
    Thanks. I'll get a proper heater in that doesn't need a lead across the floor, and find somewhere for the boxes. #speaker: gordon #mood: relieved
* [Put a "mind the cable" sign by the lead, and leave the boxes on the ramp for facilities to move at ten #score: comp -1, comm 0, chal 0 #reason: A sign helps with the cable, but a blocked ramp keeps disabled visitors out, and the duty to make a service usable for disabled people is to plan ahead, not to wait. #ksb: P-K1, P-K7]
    The sign goes up. At half past nine a man in a wheelchair has to wait outside the side door until Rosie moves the boxes.
- -> halima

=== halima ===
Ten o'clock. A woman comes to your window. #background: front-desk

I want a copy of everything the council has about me. My housing file, the notes on my complaint, all of it. How do I do that? #speaker: halima #mood: neutral

She'll have to fill in the form and post it in. We can't take those at the desk. #speaker: phil #mood: neutral #ask: Mrs Abdi wants her records. What would you say to her, in your own words?
#model: You don't need a form. You've just made the request, and I'll write it down now in your words. So that your records go only to you, I need to see some ID, such as your passport. Once we have it, we have one calendar month to reply, and I'll give you the date.
#look-for: Accepts the spoken request without a form
#look-for: Explains the ID check and why it is needed
#look-for: Says how long the council has, and when the month starts
#look-for: Records the request and the date

* [Take the request, and tell her that since you know her from the desk there is no need for ID #score: comp -1, comm 0, chal 0 #reason: Knowing a face is not checking identity, and councils check ID before releasing records because a file sent to the wrong person is a data breach. #ksb: P-K1, P-S1]
    ~ sar = -1
    She smiles. You log the request with today's date and no ID.
* [Take the request now in her words, explain you need to see ID so her records go to her, and that the month runs once the ID is in #score: comp +2, comm +1, chal +1 #reason: A request for your own data can be made out loud to anyone, and the clock may pause while ID that is really needed is checked, so take it, explain and log the date. #ksb: P-K1, P-S1, P-S2]
    ~ sar = 2
    { read_update != 2:
        You are not sure Phil is right, so you take it down anyway. You can check the procedure later.
    }
    You write it down and read it back to her. She has no ID with her, but will bring her passport.
    So I don't need a form? Good. I've been putting this off for months. #speaker: halima #mood: relieved
* [Give her the request form, as Phil says, and explain where to post it #score: comp -1, comm 0, chal -1 #reason: A request needs no form and no special words, so sending her away to write it again delays a request she has already made. #ksb: P-K1, P-S1]
    ~ sar = 1
    She takes the form and folds it into her bag.
    Another form. Fine. #speaker: halima #mood: frustrated
- -> phil_chat

= phil_chat
The queue goes quiet. Phil leans back in his chair.
{ read_update < 2:
    You open Friday's update while he talks. It says a request can be made out loud, to anyone. It always could.
}
{ sar == 2:
    You shouldn't have taken that one. Form first. It's always been form first. #speaker: phil #mood: frustrated
- else:
    See? Form first. Keeps it simple. #speaker: phil #mood: neutral
}

* [Ask Bev privately to remind the whole team about requests made out loud, without naming Phil #score: comp +2, comm 0, chal +1 #reason: Asking the team leader to correct a point for everyone reaches the whole team, though Phil may not learn that his own practice was wrong. #ksb: P-S8, P-K2]
    ~ phil_corrected = true
    Bev adds it to tomorrow's huddle. Phil does not know why.
* [Leave it, since he has been here 22 years and it isn't worth falling out over #score: comp -1, comm 0, chal -2 #reason: Letting wrong practice stand to keep the peace means the next person is turned away, and staying quiet to avoid friction is not constructive challenge. #ksb: P-S8, P-B3]
    You say nothing. Phil hands the form to the next two people who ask.
* [Show him the lines in the update quietly, and suggest you both ask Bev to go over it at tomorrow's huddle #score: comp +1, comm +1, chal +2 #reason: Challenging a colleague respectfully, in private and with the written procedure, corrects the practice without a public row. #ksb: P-B3, P-S8, P-S9]
    ~ phil_corrected = true
    Phil reads it twice, then laughs.
    Well. Twenty-two years and I've been turning people away. Put it on the huddle list. #speaker: phil #mood: relieved
- -> darren

= darren
Half past eleven. A man reaches the front of the queue. His voice is loud before he gets there. #sound: door-close

Six weeks! There's black mould in my son's bedroom. He's five, he's coughing all night. I've rung nine times! #speaker: darren #mood: frustrated

He bangs the counter with his hand. The people in the queue go quiet. #prompt: What would help Mr Quinn most right now, and what keeps everyone safe? #ask: What would you say to Mr Quinn first, in your own words?
#model: I can hear how worrying this is, with your son coughing at night, and six weeks is far too long. Let me look up the repair right now and find out what has gone wrong, and I'll tell you the date before you leave.
#look-for: Acknowledges the feeling without saying "calm down"
#look-for: Stays at the counter, where the team's safety arrangements apply
#look-for: Offers to act now, with a clear next step

* [Stay at the counter, say you can hear how worrying this is for his son, use the team's agreed signal to Bev, and offer to find his repair date now #score: comp +1, comm +2, chal 0 #reason: Acknowledging the feeling calms most people, and following the team's agreed safety arrangements keeps you and others safe while you help. #ksb: P-S4, P-K8, P-K1]
    ~ darren_calm = 2
    You tap the desk twice, the team's signal. Bev comes and stands nearby without a word.
    His voice drops as you find the job. The repair was booked against the wrong flat. You rebook it for Thursday and read him the reference.
    Thursday. Right. Sorry for shouting. #speaker: darren #mood: relieved
* [Invite him into the interview room on your own, so he can talk in private away from the queue #score: comp -1, comm 0, chal 0 #reason: Privacy is kind, but going alone into a closed room with someone who is already shouting goes against the safety arrangements that employees must co-operate with. #ksb: P-S4, P-K1]
    ~ darren_calm = 1
    In the small room he calms down. But he is between you and the door, and nobody knows you are in there. Bev finds you ten minutes later, and her face says enough.
    The repair was booked against the wrong flat. You rebook it for Thursday.
* [Tell him firmly to calm down, or security will have to ask him to leave #score: comp 0, comm -2, chal 0 #reason: "Calm down" is a phrase that inflames, and warning about security before listening usually makes things worse. #ksb: P-S4, P-K8]
    ~ darren_calm = -1
    Calm down? My son can't breathe at night! #speaker: darren #mood: frustrated
    He walks out. That afternoon, he emails a complaint to his councillor.
- -> visit_request

=== visit_request ===
Two o'clock. Bev stops by your desk. #background: front-desk
{ read_update == 1:
    You read Friday's email over lunch. The lone-working change is fresh in your mind.
}

Could you drop a tenancy form round to Flat 12, Harbour Court, and get it signed? It's urgent. #speaker: bev #mood: neutral

You check the address. It has a warning marker: last year, a member of staff was threatened there. The buddy app is down this afternoon.

Just go. It's five minutes. I'll keep an eye on the clock, and you ring me if anything's off. #speaker: phil #mood: neutral
{ read_update == 0:
    You have not read the lone-working update. You have only Phil's word that nothing has changed.
}

* [Go on your own, since it's only a quick drop-off and the form is urgent #score: comp -2, comm 0, chal -1 #reason: Visiting alone against a warning marker ignores your duty to take reasonable care for your own safety, and breaks the arrangement brought in after a near miss. #ksb: P-K1, P-B5]
    -> harbour_court(false)
* [Tell Bev you can't go alone to an address with a marker, and ask for a paired visit tomorrow or to post the form with a return envelope #score: comp +2, comm +1, chal +1 #reason: Employees must take reasonable care for their own safety and follow the employer's safety arrangements, and a warning marker means this visit needs a second person. #ksb: P-K1, P-B5, P-S9]
    ~ visit_safe = true
    Bev thinks for a moment.
    Yes, you're right, I should have checked. Post it first class, and I'll go with you tomorrow if it doesn't come back. #speaker: bev #mood: neutral
* [Go, with Phil as your check-in: ring him when you arrive and when you leave #score: comp -1, comm 0, chal 0 #reason: A check-in is better than none, but it is not the agreed arrangement for an address with a marker, which is not to go alone at all. #ksb: P-K1, P-B5]
    -> harbour_court(true)
- -> near_miss_report

= harbour_court(checked_in)
Harbour Court. A man you don't know opens the door of Flat 12. He says his brother isn't in, and asks who sent you. #background: home-visit

He steps out onto the landing, closer than you'd like. You say you'll post the form instead, and walk back to the stairs. Your hands are shaking when you reach the car.
{ checked_in:
    You ring Phil. He doesn't pick up the first time.
- else:
    Nobody at the office knows where you are.
}
-> near_miss_report

=== near_miss_report ===
// Nothing after this reads read_update; clearing it lets the checker treat paths that differ only there as one.
~ read_update = 0
Four o'clock. Rosie comes over with two mugs of tea. #background: front-desk

Oh, I forgot. An older lady slipped by the main door this morning. The mat had been moved and the floor was wet. She grabbed the rail and didn't fall. She said not to make a fuss. #speaker: rosie #mood: concerned
{ hazard_left:
    Rosie adds: "And somebody nearly went over that heater cable too. Twice."
}

* [Leave it, since she wasn't hurt and she asked everyone not to make a fuss #score: comp -1, comm 0, chal -1 #reason: Not being hurt this time is exactly what makes a near miss worth reporting, and an unreported hazard is still there for the next visitor. #ksb: P-K1, P-S10]
    ~ slip_unreported = true
    Rosie nods, relieved. The mat stays where the cleaners left it.
* [Email the facilities manager that Gordon's team is putting the public at risk, and copy in the director #score: comp +1, comm -2, chal 0 #reason: Reporting the hazard is right, but an accusing email over the head of the person who can fix it damages the working relationship and skips the proper incident route. #ksb: P-S8, P-S10]
    Gordon fixes the mat the next morning. He doesn't say good morning for a week.
* [Record it as a near miss on the incident system with Rosie, tell Gordon so the mat is fixed, and see if the visitor left a number #score: comp +2, comm +1, chal +1 #reason: A near miss is a warning, and the council's duty to keep visitors safe only works if staff report what they see and co-operate with the safety arrangements. #ksb: P-K1, P-S10, P-B4]
    Rosie writes what she saw. Gordon has the mat fixed to the floor by five.
- -> passport

=== passport ===
Two weeks later. Rosie calls you over.
{ sar:
- 2:
    Mrs Abdi brought her passport in today. Her request was two weeks ago. When's the deadline? #speaker: rosie #mood: neutral
- 1:
    Mrs Abdi's form came in the post two weeks after her visit, with a copy of her passport. When's the deadline? #speaker: rosie #mood: neutral
- -1:
    We're about to post Mrs Abdi's file. But there's no ID on the record. #speaker: rosie #mood: concerned
    You ring Mrs Abdi and ask her to bring her passport. She brings it in that afternoon, a little annoyed. Now you need the deadline.
}

* [A month from her first request, to be on the safe side, which leaves two weeks #score: comp +1, comm 0, chal 0 #reason: Answering sooner is never wrong, but the clock starts when the needed ID arrives, and a wrong date on the log misleads the team about the time it has. #ksb: P-K1, P-S10]
    The records team groans at the two weeks, but starts the search.
* [Twenty working days from today, the same as other requests for information #score: comp -1, comm 0, chal 0 #reason: Twenty working days is the limit for freedom of information requests, and a request for your own data has one calendar month, so mixing them up gives the wrong date. #ksb: P-K1]
    The log shows a date a few days late. Nobody notices yet.
* [A month from the day the ID came in, because the clock paused while we waited; log both dates and tell her in writing #score: comp +2, comm +1, chal 0 #reason: A subject access request has one month, and where ID is really needed the clock runs from when it arrives, so logging both dates keeps the deadline true. #ksb: P-K1, P-S10, P-S2]
    ~ deadline_right = true
    You write to Mrs Abdi with the date. The log now shows when she asked and when her ID arrived.
// From here on only "taken properly or not" matters about Mrs Abdi's request.
- { sar == -1:
    ~ sar = 1
}
-> keeping_up

= keeping_up
The next team meeting. Bev has a list of what went wrong this month. #background: meeting-room

Rules will keep changing. How do we make sure we all keep up, next time and the time after? #speaker: bev #mood: neutral #ask: What would you suggest to Bev, and why?
#model: Could we take five minutes at the huddle for each change, with a one-page note of what changes at the desk and who to ask if we're unsure? Then a month later we check a few cases to see it's being done. An email on its own gets skimmed; this way we'd all give people the same answer.
#look-for: Suggests a short, plain summary of what changes in practice
#look-for: Names someone to ask when a rule is unclear
#look-for: Includes a check later that the change is being followed
#look-for: Explains why: the same right answer whoever the public sees

* [Say most changes are small, and people pick them up as they go along #score: comp -1, comm 0, chal -1 #reason: Picking rules up as you go is how outdated practice spreads, and the public gets a different answer depending on who they see. #ksb: P-K2, P-S9]
    Bev writes nothing down. The meeting moves on.
* [Suggest five minutes at the huddle for each change, a one-page summary of what changes at the desk, a named person to ask, and a check a month later #score: comp +1, comm +2, chal +2 #reason: A short plain summary, someone to ask and a check later are how a team keeps its practice up to date, instead of each person relying on memory. #ksb: P-S9, P-S2, P-B4]
    ~ team_plan = true
    Phil puts his hand up to do the first check.
    I'll be the one who needs it most. #speaker: phil #mood: relieved
* [Suggest everyone confirms by email that they have read each update, so there is a record #score: comp +1, comm 0, chal 0 #reason: A read receipt shows an update was opened, not that it was understood or that it is being followed at the desk. #ksb: P-S10, P-K2]
    Bev sets it up. Everyone clicks "read" within the hour.
- -> outcome

=== outcome ===
{
- hazard_left:
    -> someone_hurt
- not visit_safe || slip_unreported || darren_calm == 1:
    -> close_call
- sar == 2 && deadline_right && team_plan && phil_corrected:
    -> up_to_date
- else:
    -> old_habits
}

= someone_hurt
That Monday afternoon, an older man caught his foot in the heater cable and fell. He broke his wrist.

The council's health and safety team investigates. The cable had been there since before the doors opened, and three staff had walked past it. Gordon is asked why nobody told him. The council now faces a claim, and a visitor who will not come back. #ending: someone-hurt
-> epilogue

= close_call
Nobody was hurt this time. {not visit_safe:But you walked up to a door with a warning marker, and only luck kept it to a fright.} {slip_unreported:The wet patch by the door was never reported, and the mat is still loose.} {darren_calm == 1:And you were alone in a closed room with an angry man.}

Bev writes it up as a lesson for the whole team: the arrangements are there for the day luck runs out. #ending: close-call
-> epilogue

= up_to_date
By the end of the month, the whole desk works to the new rules. Requests made out loud are logged, ID is checked and dated, and nobody visits a marked address alone.

The huddle check shows it. Phil was the first to take a request at the desk, and he told the resident exactly when her month would start. The building is safe, and the service is the same whoever you see. #ending: up-to-date
-> epilogue

= old_habits
Everyone got home safely. But the desk still gives different answers depending on who you see. {sar != 2:Some people are still sent away with a form they don't need.} {not phil_corrected:Phil still turns away people who ask out loud.} {not deadline_right:The log of request dates can't be trusted.}

Three months later, a resident complains to the regulator that she was told to "put it in writing", twice. The council has to explain why its staff didn't know a rule that hadn't changed in years. #ending: old-habits
-> epilogue

= epilogue
{ darren_calm:
- 2:
    Mr Quinn's repair is done on Thursday. His son's cough clears up within a fortnight.
- 1:
    Mr Quinn's repair is done on Thursday. Bev books you on the team's personal safety refresher.
- -1:
    Mr Quinn's complaint is upheld. The councillor's letter asks why a family with a sick child was "threatened with security".
}
-> END
