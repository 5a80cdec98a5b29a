# title: Under FOI, send me everything
# family: rules
# minutes: 12
# summary: A resident emails "under FOI" for everything the council holds about him, his neighbour's complaint and some street figures. You look after your team's inbox, and must work out which law applies, what to protect, and what must never be touched.
# strand: Accountability
# cast: imran = Imran Qureshi, resident who sent the request
# cast: marcus = Marcus Bell, Team leader, neighbourhood services, your manager
# cast: sophie = Sophie Brennan, Anti-social behaviour officer, neighbourhood services
# cast: aisha = Aisha Rahman, Information governance officer, the council's information governance team
# debrief-question: Imran wrote "under FOI". Why did that not decide which law applied, and who in your own organisation logs each kind of request?
# debrief-question: Sophie's email was embarrassing. What must happen to an awkward record once a request has arrived, and why?
# debrief-question: Which parts of the request were about other people, and how did you protect them without hiding what Imran was entitled to?
# ending-title: records-hidden = Records hidden
# ending-summary: records-hidden = Hiding the records cost the council its word.
# ending-title: neighbour-exposed = A neighbour exposed
# ending-summary: neighbour-exposed = Being open with Imran was right; disclosing someone else's information was not.
# ending-title: in-full = Answered in full
# ending-summary: in-full = Both requests were handled on time, with the decisions and reasons logged.
# ending-title: late-and-rocky = Late and rocky
# ending-summary: late-and-rocky = Imran got what he was entitled to, late, and trusts the council a little less.

// How the request was logged: 2 split into subject access and FOI, 0 forwarded as FOI only, -1 told him to resubmit.
VAR classified = 0
// Whether Marcus ended up asking Imran why he wanted it.
VAR motive_asked = false
// Search scope: 2 asked him, 1 guessed narrow, 3 searched everything, 0 set by his resubmitted request.
VAR scope = 0
// Sophie's email: 2 kept and flagged, 0 left without a word, -1 moved out of the file.
VAR records = 0
VAR sophie_deleted = false
// Other people's details: 2 weighed fairly, 0 whole letter withheld, -1 sent as it was.
VAR third = 0
// The street figures: 2 refused on cost with help to narrow, 1 guessed, -1 refused everything.
VAR figures = 0
// Imran's call: 2 dates and honesty, 1 passed on, -1 read out parts of the file.
VAR call = 0
VAR owned_up = false

-> huddle

=== huddle ===
Monday, 9.15. You are a customer service officer in the council's neighbourhood services team. One of your jobs is the team's shared inbox. At the weekly huddle, your team leader, Marcus Bell, reads out an email. #background: meeting-room #present: marcus

"Under the Freedom of Information Act, send me everything you hold about me. That includes my neighbour's complaint about me, with her name, and the names of the officers who dealt with it. Also, how many noise complaints have you had about my street this year? Imran Qureshi, 22 Beech Row."

The Freedom of Information Act, or FOI, lets anyone ask a public body for the information it holds. A subject access request is different: it is a person's right, under data protection law, to a copy of their own personal data.

He says FOI, so it's one for the FOI team. Forward it and forget about it. #speaker: marcus #mood: neutral

* [Forward it to the FOI team as an FOI request, since that is the law he named in his email #score: comp 0, comm 0, chal -1 #reason: A request for your own personal data is a subject access request even if it names FOI, and sending it on unsplit risks missing the one-month deadline. #ksb: P-K1]
    ~ classified = 0
    You forward it. The FOI team logs it as an FOI request, with 20 working days to answer.
* [Log it today in two parts: his own records as a subject access request, the street figures as FOI #score: comp +2, comm 0, chal +1 #reason: A request for someone's own data is a subject access request whatever law it names (one month), while the street figures are FOI (20 working days). #ksb: P-K1, P-S1, P-S9]
    ~ classified = 2
    You log both parts with the date the email arrived, and send them to the information governance team. They handle data protection and FOI for the whole council. You note that the neighbour's name and the staff names are other people's data, and will need care.
    Two clocks. Fair enough. You know more about this than I do. #speaker: marcus #mood: neutral
* [Reply that FOI is the wrong law for his own records, and ask him to send a subject access request instead #score: comp -2, comm -1, chal 0 #reason: A subject access request can be made in any words, in any form and to any member of staff, so telling him to resubmit delays a valid request. #ksb: P-K1, P-S2]
    ~ classified = -1
    You send a polite reply. By lunchtime he has answered.
    I'm not filling in your forms. Fine: a subject access request for my noise complaint file. And I still want the street figures. #speaker: imran #mood: frustrated
- -> motive

= motive
Marcus catches you after the huddle.

Before anything goes out, ask him why he wants it. If he's building a case against us, legal need to know. #speaker: marcus #mood: concerned

* [Send a plain acknowledgement with the dates, and don't raise the question of his reasons with anyone #score: comp +1, comm +1, chal 0 #reason: A clear acknowledgement with deadlines is good practice and not asking why is right, but Marcus's worry is left unanswered. #ksb: P-S2, P-K1]
    ~ motive_asked = true
    Your acknowledgement goes out. Later that week, Marcus emails Imran himself to ask what he plans to do with the information.
* [Email Imran to ask what he wants the information for, as Marcus asked, before anything goes out #score: comp -1, comm -1, chal -1 #reason: Neither FOI nor a subject access request needs a reason, and he does not have to give one; asking can look like a barrier. #ksb: P-K1]
    ~ motive_asked = true
    Imran replies within the hour: "Why is that any of your business?"
* [Tell Marcus the reason doesn't change what Imran gets, though legal can be told a request has come in #score: comp +1, comm +1, chal +2 #reason: An FOI request is answered without regard to who asks or why, and a subject access request needs no reason either (only proof of who he is), so challenge politely and offer a lawful way to meet the worry. #ksb: P-K1, P-S8, P-B3]
    Oh. So it doesn't matter if he's planning to complain? OK. Let legal know, and we carry on. #speaker: marcus #mood: neutral
    You send Imran a short acknowledgement with the dates, and a note to the council's legal team.
- { classified == -1:
    -> sophie
}
-> scope_check

= scope_check
The next morning, Aisha Rahman from the information governance team calls you on video. #background: video-call
{ classified == 0:
    The FOI team passed me this yesterday. Most of it is his own data, so it should have been a subject access request from the day it arrived. We've lost four days. #speaker: aisha #mood: concerned
}
For his own records, what matters is that it really is him, not why he's asking. He wrote from the email address on his tenancy record and gave his address, so I'm satisfied. If I weren't, I'd ask for proof of identity, and the month would run from when the proof arrived. #speaker: aisha #mood: neutral

"Everything you hold about me" could mean every service: council tax, parking, the library, housing. Do we search the lot? #speaker: aisha #mood: neutral

* [Search every council system for his name, to be safe, and send him whatever comes up #score: comp -1, comm 0, chal 0 #reason: The law asks for reasonable and proportionate searches, and a blind sweep risks pulling in other people's data. #ksb: P-K4, P-S1]
    ~ scope = 3
    That's thousands of hits, and half of them will be a different Imran Qureshi. #speaker: aisha #mood: concerned
* [Ask him if he wants everything or mainly the noise case, saying he doesn't have to narrow it #score: comp +2, comm +1, chal +1 #reason: Asking for clarification when a request is unclear is allowed, and the clock can pause while he replies, but he keeps the right to ask for everything. #ksb: P-S9, P-S2, P-K1]
    ~ scope = 2
    Imran replies the same day: "Mainly the noise complaint. And anything housing has about the fence."
* [Assume he means the noise case only, and search just the neighbourhood services files #score: comp -1, comm 0, chal -1 #reason: Guessing narrows his legal right without asking him; if a request is unclear, ask rather than decide for him. #ksb: P-S9, P-K1]
    ~ scope = 1
    Aisha writes it down. Nobody tells Imran.
- -> sophie

= sophie
That afternoon, Sophie Brennan, the anti-social behaviour officer on the case, stops at your desk. #background: meeting-room #present: sophie

I hear Imran Qureshi wants everything. There's an email in the case file where I called him a waste of everyone's time, after he shouted at me. It's not really about the complaint. Can you take it out before the search? #speaker: sophie #mood: concerned

An opinion written about a person is part of their personal data too.
#ask: Sophie asks you to take her email out before the search. What would you say to her?
#model: I know it's embarrassing, and I'm sorry it's come back to you. But I can't take it out, and you mustn't either: once a request has arrived, hiding or deleting a record to stop it being disclosed is a criminal offence. Let's flag it to Aisha so it's handled properly. An apology now will cost far less than it going missing.
#look-for: Refuses clearly, without making it personal
#look-for: Explains that changing or hiding a record after a request is a crime
#look-for: Offers a way forward: flag it to information governance, or apologise
#look-for: Acknowledges how she feels

* [Tell her kindly it has to stay, because hiding records after a request is a crime, and offer to flag it #score: comp +2, comm +1, chal +2 #reason: Once a request has arrived, altering, deleting or hiding a record to stop it being disclosed is a crime: for his own data under the Data Protection Act 2018 (s173), and for an FOI request under FOIA s77. Flag awkward records so they are handled properly. #ksb: P-S10, P-B1, P-S8]
    ~ records = 2
    Sophie winces. Then she nods.
    Flag it. I'd rather say sorry to him than be in court. #speaker: sophie #mood: relieved
* [Suggest she moves it out of the case file into her own folder, so that nothing is actually deleted #score: comp -2, comm 0, chal -2 #reason: Hiding a record so it is not found after a request is a crime; because this is his own data, the offence is under the Data Protection Act 2018 (s173), the data protection twin of FOIA s77. #ksb: P-S10, P-B1, P-K1]
    ~ records = -1
    Good idea. Nobody looks in my folders. #speaker: sophie #mood: relieved
* [Leave the email where it is, say nothing to Sophie, and get on with the search as planned #score: comp +1, comm -1, chal -1 #reason: The record stays, which is right, but not explaining the rule or telling the information governance team leaves the risk in place. #ksb: P-S10]
    ~ records = 0
    ~ sophie_deleted = true
    You change the subject. Sophie shrugs and walks off.
    The next morning, you open the case file. Sophie's email has gone. She has deleted it herself.
- -> others

= others
On Wednesday, Aisha shares her screen to go through the papers with you. #background: video-call

The neighbour's complaint letter names her. It also says her anxiety is "through the roof". Imran wants the names of the officers too. That's Sophie, who has written to him, and Marcus, as team leader. An admin officer logged the first call. #speaker: aisha #mood: neutral

* [Hold back the whole complaint letter, since it is mainly about the neighbour and her health #score: comp -1, comm -1, chal 0 #reason: The complaint is also about him, so his own data in it must be given; remove only what identifies others or would be unfair to release. #ksb: P-K4, P-S6]
    ~ third = 0
    That would take out everything said about him. He's entitled to that part. #speaker: aisha #mood: concerned
* [Send the complaint as it is, because he already knows who complained and it saves time #score: comp -2, comm 0, chal 0 #reason: Other people's personal data inside his request are released only if they agree or it is reasonable without their consent, and her health details are special category data; guessing he knows already is not a reason. #ksb: P-K4, P-S6]
    ~ third = -1
    Aisha is busy with another request. She takes your word for it and marks the letter "release in full".
* [Give him what it says about him, remove the neighbour's name and health details, and weigh staff names #score: comp +2, comm 0, chal +1 #reason: In a subject access request, other people's details are released only if they agree or it is reasonable to do so without their consent (Data Protection Act 2018, Schedule 2 paragraph 16), and a person's role, seniority and dealings with him affect what is reasonable. #ksb: P-K4, P-S6, P-S9]
    ~ third = 2
    Agreed. Sophie's name he knows, and she dealt with him directly. Marcus is a team leader, so his name and role are fine. The admin officer can stay as "an admin officer". #speaker: aisha #mood: neutral
- -> figures_check

= figures_check
One more thing. Noise complaints aren't logged by street. To count his street, someone would have to open every case this year. That's about twelve hundred cases, or thirty hours. #speaker: aisha #mood: neutral

For councils, FOI has a cost limit of about 18 hours of work.

* [Give him a rough figure from what the team remembers, and mark it as an estimate #score: comp -1, comm +1, chal 0 #reason: FOI gives access to recorded information; a guess from memory is not held information and may be wrong. #ksb: P-K1, P-S10]
    ~ figures = 1
    Marcus reckons "about forty". It goes in the draft with the word "estimate" next to it.
* [Refuse the whole request, since one part of it would cost too much to answer in full #score: comp -2, comm -1, chal 0 #reason: The cost limit is an FOI rule, and it cannot be used to refuse a subject access request for his own records. #ksb: P-K1]
    ~ figures = -1
    No. The cost limit only applies to the FOI part. His own records still have to go. #speaker: aisha #mood: frustrated
* [Refuse the figures on cost grounds, and suggest a narrower question, such as the last three months #score: comp +2, comm +1, chal 0 #reason: FOIA s12 allows a refusal above the cost limit, but s16 says to advise and assist, for example by helping to narrow the request. #ksb: P-K1, P-S2, P-B4]
    ~ figures = 2
    Good. Three months we could do in an afternoon. #speaker: aisha #mood: relieved
- -> chase

= chase
Three weeks after his email, Imran Qureshi rings the team number. #background: phone-call

It's been three weeks. I bet you're shredding things. I know there's an email calling me a waste of everyone's time, by the way. Sophie copied me in on it by mistake in the spring. #speaker: imran #mood: frustrated
{ motive_asked:
    And your manager wants to know why I'm asking. Is that how this works? #speaker: imran #mood: frustrated
}
#ask: Imran is angry and thinks you are shredding things. What would you say to him?
#model: I understand it's frustrating to wait, and I'm sorry it feels that way. Nothing is being removed: once you asked, every record has to stay as it is, that one included. Your request is in two parts. The street figures are due next Monday, and your own records by the Thursday after. If anything changes, I'll ring you myself.
#look-for: Acknowledges his frustration without arguing
#look-for: Gives the real date each part is due
#look-for: Is honest that records are not altered or removed
#look-for: Reads out nothing from the file on the phone

* [Acknowledge his frustration, give him the date each part is due, and say nothing is removed #score: comp +1, comm +2, chal 0 #reason: Acknowledging his feelings, giving real dates and being honest about how records are handled builds trust in the process. #ksb: P-S4, P-S2, P-B4]
    ~ call = 2
    You tell him the street figures answer is due next Monday, and his own records by the Thursday after. He goes quiet for a moment.
    Right. Thursday. I'll hold you to that. #speaker: imran #mood: neutral
    { records != 2:
        As you put the phone down, you think of Sophie's email.
    }
* [Tell him you'll pass his call to the information governance team, who are dealing with it now #score: comp 0, comm -1, chal 0 #reason: Passing him on without answering his question leaves him feeling fobbed off; own the call and give him the facts you can. #ksb: P-S4]
    ~ call = 1
    So nobody can tell me anything. Great. #speaker: imran #mood: frustrated
* [Read him a few lines from the file you've already seen, so he knows his request is moving #score: comp -2, comm 0, chal 0 #reason: Nothing should be released until it has been checked for other people's data, and you have not checked who is on the phone. #ksb: P-K4, P-S1]
    ~ call = -1
    You read out part of the case notes. Halfway through, you realise they mention the neighbour's visits to her doctor.
- { records != 2:
    -> final_check
}
-> outcome

= final_check
The day before the response goes out, Aisha calls you again. #background: video-call

The bundle is ready. Is there anything else in the file I should know about before it goes? #speaker: aisha #mood: neutral

* [Say the file is complete, as far as you know, and that you have nothing to add #score: comp -2, comm -1, chal -1 #reason: Staying silent about a hidden or deleted record lets the response go out incomplete, and keeps the offence going. #ksb: P-B1]
    Great. It goes out tomorrow. #speaker: aisha #mood: relieved
* [Suggest the response leaves out internal emails, because they are only staff chat #score: comp -2, comm 0, chal -1 #reason: Internal emails about a person are his personal data too, and opinions about him are included in a subject access request. #ksb: P-K4, P-K1]
    That's not how it works. Internal emails about him are in scope. Is there something you're not telling me? #speaker: aisha #mood: concerned
    You mumble that you were only asking.
* [Tell her about Sophie's email and what happened to it, even though it is awkward #score: comp +2, comm +1, chal +2 #reason: Honesty and openness mean owning up, so the record can be recovered and handled lawfully before the response goes out. #ksb: P-B1, P-S8, P-B4]
    ~ owned_up = true
    Thank you for telling me. {sophie_deleted: IT can restore it from the backup.|I'll ask Sophie to put it back today.} It goes in, and I'll talk to Marcus about Sophie. #speaker: aisha #mood: concerned
- -> outcome

= outcome
{
- records != 2 && not owned_up:
    -> hidden
- third == -1 || call == -1:
    -> exposed
- classified == 2 && scope == 2 && records == 2 && third == 2 && figures == 2 && call == 2:
    -> in_full
- else:
    -> rocky
}

= hidden
The response goes out without Sophie's email. Imran has his own copy. He sends it to the Information Commissioner's Office, or ICO, the regulator for information rights, and asks why it was missing.

The ICO asks the council to explain. An internal investigation finds the email was {sophie_deleted: deleted|moved into a personal folder} after his request arrived. That can be a criminal offence. Sophie is suspended while it is looked into, and you are asked what you knew and when.

A rude email would have cost an apology. Hiding it has cost the council its word. #ending: records-hidden
-> epilogue

= exposed
{ third == -1:
    The response goes out on time, with the neighbour's complaint in full. Two days later, she rings the council in tears. Imran has pushed a note through her door about her "anxiety".
}
{ call == -1:
    Imran tells another neighbour what you read him about the neighbour's visits to her doctor.
}
The information governance team logs it as a personal data breach, and decides whether it must be reported to the ICO within 72 hours. Her case officer rings her to check she is safe and to offer support.

Being open with Imran was right. Being open with her information was not. #ending: neighbour-exposed
-> epilogue

= in_full
Both parts go out on time. Imran gets the noise case file, the housing notes about the fence, and Sophie's email, with a short apology from her. The neighbour's name and health details are removed, with a plain note saying why.

He gets a refusal on the street figures, with an offer to answer for the last three months. He takes it. The answer is fourteen complaints, and most of them are from the same house.

A week later, Imran writes to thank Aisha for "a straight answer". The council's FOI log records both clocks, both decisions and the reasons. #ending: in-full
-> epilogue

= rocky
The answer goes out, but not the way it should have.
{ classified == 0:
    Because it was first logged as FOI, the subject access part went out nine days late.
}
{ classified == -1:
    Telling him to resubmit cost a week of goodwill, and the clock had started with his first email anyway.
}
{ scope == 1:
    Nobody asked Imran what he wanted, so the housing notes about his fence were never searched. He asks for an internal review.
}
{ scope == 3:
    The search across every system took days, and swept in papers about two other men with the same name. They had to be taken out by hand.
}
{ third == 0:
    The whole complaint letter was held back, including what it said about him. He asks for a review and gets it.
}
{ figures == 1:
    The "about forty" estimate turns out to be wrong. The real number for his street was fourteen.
}
{ figures == -1:
    For a day the whole request was logged as refused, until Aisha put it right.
}
{ call == 1:
    He still feels fobbed off from his call.
}
Imran gets what he was entitled to in the end. The council spends twice the time it needed to, and Imran trusts it a little less. #ending: late-and-rocky
-> epilogue

= epilogue
{ owned_up:
    Sophie's email goes out with everything else, with an apology. Because you spoke up, the record was put right before the response went out.
}
{ motive_asked:
    Imran's internal complaint says the council asked him to justify a request the law says he does not have to justify. It is upheld.
}
-> END
