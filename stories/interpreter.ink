# title: Let her daughter translate
# family: safeguarding
# minutes: 14
# summary: A mother with multiple sclerosis speaks Kurdish and little English, and her 12-year-old daughter may be doing too much caring. The school suggests the girl interprets at the home visit. You are the council officer leading the visit, and how you set up the conversation decides whose voice is heard.
# strand: Outcomes
# cast: nasrin = Nasrin Karimi, Mother living with multiple sclerosis, speaks Kurdish Sorani
# cast: rozhan = Rozhan Karimi, Nasrin's daughter, aged 12
# cast: gemma = Gemma Lowe, Family liaison officer, Rozhan's secondary school
# cast: ewa = Ewa Kowalczyk, Community nurse, community health trust
# cast: shilan = Shilan Rashid, Accredited Kurdish Sorani interpreter, council interpreting service
# cast: azad = Azad Demir, Kurdish Kurmanji interpreter, interpreting agency
# content-note: A parent with a long-term illness, and a child who helps to care for her. Nothing is described in detail.
# debrief-question: Gemma said Rozhan always translates for her mum. Why should a child not interpret in a visit like this, even for a few minutes?
# debrief-question: What would you tell an interpreter before a visit, and why does it help to speak to the person rather than to the interpreter?
# debrief-question: Ms Karimi was tired and the others thought she was not following. What steps help someone make their own decision?
# ending-title: own-voice = In her own voice
# ending-summary: own-voice = Ms Karimi said what she needed in her own words and chose the plan herself, and Rozhan now gets to school on time.
# ending-title: partly-heard = Partly heard
# ending-summary: partly-heard = The plan helps, but it was built around what the professionals heard, and some of what Ms Karimi wanted was missed.
# ending-title: trust-shaken = Trust shaken
# ending-summary: trust-shaken = The carer comes in the mornings, but Ms Karimi tells you less each time: the plan rests on trust, and some of it has gone.
# ending-title: decided-for-her = Decided for her
# ending-summary: decided-for-her = Nobody properly asked Ms Karimi what she wanted, so the plan does not fit her life and Rozhan is still doing the mornings.

// Who interpreted in the end: 0 Rozhan, 1 phone interpreter, 2 face-to-face Sorani interpreter, 3 wrong dialect.
VAR interp = 0
VAR delay = false
// Times Rozhan was put in the middle: interpreting, or reading the plan.
VAR rozhan_used = 0
VAR english_start = false
VAR briefed = false
VAR summary = false
VAR conflict_issue = false
VAR direct = false
// Whether the visit carried on after Rozhan had started interpreting.
VAR mid_visit = false
// The capacity moment: 1 presumed and supported, 0 formal assessment first, -1 decided for her.
VAR capacity = 0
// Her wishes and consent: 1 asked and checked, 2 promised things, 3 signature only.
VAR wishes = 0
// The written plan: 1 asked her and planned it, 2 Rozhan reads it, 3 translation on request.
VAR adjust = 0
// The school's parents' evening: 1 interpreter booked and needs shared, 2 complaint to the head, 3 left to the school.
VAR partner = 0

-> referral

=== referral ===
Monday morning. You are an assessment officer in the council's adult social care team. You meet people to work out what care and support they need. #background: meeting-room

A new referral is on your desk. Ms Nasrin Karimi is 41 and has multiple sclerosis, or MS. It is an illness of the nerves that can cause tiredness and trouble walking. She lives with her daughter, Rozhan, who is 12. Rozhan's school thinks Rozhan may be doing a lot of caring for her mum. She is often late, and often tired.

The form says: "Language: Kurdish. Limited English." The interpreting budget is tight this year.

Gemma Lowe, the school's family liaison officer, rings about the visit on Thursday.

Don't worry about an interpreter. Rozhan translates for her mum everywhere, the GP, the bank, everything. She's brilliant, and it saves you the cost. #speaker: gemma #mood: neutral
#ask: Gemma suggests Rozhan interprets at the visit. What would you say to her?
#model: Thanks, I can see Rozhan does a lot for her mum. But I won't ask her to interpret on this visit. We'll be talking about her mum's care and about Rozhan herself, and a child shouldn't carry that or choose what gets passed on. I'll check with Ms Karimi which language and dialect she speaks, and whether she'd like a woman, and book an accredited interpreter.
#look-for: Declines politely, and says a child or family member should not interpret here
#look-for: Gives the reason: the visit is sensitive and partly about Rozhan
#look-for: Checks the person's own language, dialect and preferences before booking
#look-for: Keeps Gemma on side while saying no

* [Ask the interpreting service for a Kurdish interpreter on Thursday, and take whoever is free #score: comp 0, comm -1, chal +1 #reason: Kurdish has more than one main dialect, so check the person's own language, dialect and any preference before you book for a sensitive visit. #ksb: P-K7]
    ~ interp = 3
    The service finds someone free on Thursday. The booking just says "Kurdish".
* [Go with Gemma's plan: Rozhan knows her mum best, and it avoids a stranger in the home #score: comp -2, comm -2, chal -1 #reason: Children and family members must not interpret in safeguarding work; they may hold things back, and it puts the child in the middle. #ksb: P-K7, P-K3]
    ~ interp = 0
    Gemma sounds pleased. "I'll tell Rozhan."
* [Ring Ms Karimi through a phone interpreter to ask her language and wishes, then book someone to visit #score: comp +2, comm +2, chal +1 #reason: Use an accredited interpreter in the person's own language and dialect, and ask about preferences such as a woman interpreter. #ksb: P-K7, P-S2, P-B2]
    ~ interp = 2
    The call takes three minutes. Ms Karimi speaks Kurdish Sorani. She would like a woman to interpret, if possible. You book Shilan Rashid, an accredited Sorani interpreter.
- -> doorstep

=== doorstep ===
Thursday, half past three. Gemma could only come after school. Ewa Kowalczyk, the community nurse, meets you both at the door. She has another visit at half past four. #background: home-visit

Rozhan opens the door, still in her school uniform. Ms Karimi is sitting in the front room, with a walking frame beside her chair.
{
- interp == 2:
    -> late
- interp == 3:
    -> mismatch
- else:
    -> no_one
}

= late
Your phone buzzes. #sound: notification
It's Shilan. Her bus has broken down. She will be twenty minutes late.

Ewa looks at her watch.
Let's not waste the time. Rozhan can get us started, just the hellos and why we're here. #speaker: gemma #mood: neutral

* [Start in simple English with Ms Karimi, speaking slowly, until Shilan arrives #score: comp 0, comm -1, chal 0 #reason: Someone with limited English may nod along without understanding; on a sensitive subject, wait for the interpreter. #ksb: P-K7, P-S2]
    ~ english_start = true
    You explain slowly why you are here. Ms Karimi smiles and nods at everything. When you ask if you can talk to Rozhan's school about her, she says "yes, yes".
* [Let Rozhan do just the introductions, then hand over when Shilan arrives #score: comp -1, comm -1, chal -1 #reason: Even a short introduction means a child hears why professionals are worried about her family, and she is put in the middle. #ksb: P-K7, P-K3]
    ~ rozhan_used = rozhan_used + 1
    Rozhan explains who everyone is. When she gets to "the school is worried about you helping Mum", she stops and looks at the floor.
* [Wait for Shilan, and use the time to agree with Gemma and Ewa who will ask what #score: comp +2, comm +1, chal +1 #reason: A child should not interpret, even for a few minutes; waiting for the interpreter and agreeing roles with partners uses the time well. #ksb: P-K7, P-K6, P-S7]
    In the kitchen, you agree a plan. Ewa will ask about health. Gemma will talk about school. You will lead on what Ms Karimi wants. Rozhan goes to do her homework.
- Shilan arrives, out of breath, at ten to four.
-> brief

= mismatch
The interpreter, Azad Demir, arrives on time. He talks with Ms Karimi for a minute, then turns to you.
She speaks Sorani. I speak Kurmanji. I can follow most of it, but not all. And I think she would rather talk to a woman. #speaker: azad #mood: concerned
Rozhan can fill in any gaps. We're all here now. #speaker: gemma #mood: neutral

* [Thank Azad, use him to explain the mix-up, and rebook with a Sorani interpreter who is a woman #score: comp +2, comm +2, chal +1 #reason: Interpreting must be in the person's own language, with her preferences respected; mostly understood is not enough for decisions about her care. #ksb: P-K7, P-B2, P-S2]
    ~ interp = 2
    ~ delay = true
    Ms Karimi looks relieved. Ewa can't come next week, so she will phone Ms Karimi instead. You book Shilan Rashid for the following Thursday.
    -> rebooked
* [Carry on with Azad: they understand each other well enough, and Ewa cannot come back for weeks #score: comp -1, comm -1, chal 0 #reason: An interpreter who only partly understands the person can change what she means; book one in her own language and dialect. #ksb: P-K7]
    ~ interp = 3
    You decide to carry on with Azad.
    -> brief
* [Ask Rozhan to help with any words that Azad does not know #score: comp -2, comm -1, chal -1 #reason: Using a child to fill gaps still puts her in the middle of an assessment about her own caring; book an interpreter in the right dialect. #ksb: P-K7, P-K3]
    ~ interp = 0
    ~ rozhan_used = rozhan_used + 1
    Rozhan sits between her mum and Azad. Soon she is doing most of the talking.
    -> child_speaks

= no_one
Rozhan puts her school bag down and sits next to her mum.
I always do it. It's fine. #speaker: rozhan #mood: neutral
Ewa gets out her notes. Gemma smiles at you.

* [Explain that a child cannot interpret here, send Rozhan to her room, and call a phone interpreter #score: comp +1, comm +1, chal +1 #reason: A phone interpreter keeps the child out of it and the visit going, though a long, sensitive talk is harder on the phone. #ksb: P-K7, P-S8]
    ~ interp = 1
    The phone line finds a Sorani interpreter in five minutes. You put the phone on speaker on the coffee table.
    -> brief
* [Let Rozhan interpret as she usually does, and keep an eye on how she copes #score: comp -2, comm -2, chal -1 #reason: Children must not interpret in safeguarding work, however capable they are; it is not fair on them and things get left out. #ksb: P-K7, P-K3]
    ~ interp = 0
    ~ rozhan_used = rozhan_used + 1
    Rozhan nods and turns to her mum.
    -> child_speaks
* [Explain that a child cannot interpret here, and rearrange with a face-to-face Sorani interpreter #score: comp +2, comm +1, chal +1 #reason: An accredited interpreter in person is best for a long, sensitive assessment, even though it means waiting a week. #ksb: P-K7, P-S8, P-B2]
    ~ interp = 2
    ~ delay = true
    Gemma sighs, but agrees. Ewa can't come next week, so she will phone Ms Karimi instead. You book Shilan Rashid, an accredited Sorani interpreter, for the following Thursday.
    -> rebooked

= child_speaks
Ten minutes in, Ewa asks who helps Ms Karimi to wash and dress in the mornings.

Rozhan goes red. She answers straight away, without asking her mum.
She's fine. She does it herself. #speaker: rozhan #mood: concerned
Ms Karimi says something sharp to Rozhan in Kurdish. Rozhan looks at the floor.

* [Carry on, but leave the personal care questions for another day #score: comp -1, comm -1, chal 0 #reason: Skipping the hard questions leaves her real needs unknown; the fix is a proper interpreter, not fewer questions. #ksb: P-K7]
    ~ interp = 0
    ~ mid_visit = true
    You move on to easier things. Rozhan keeps interpreting.
    -> in_the_room
* [Ask Rozhan to wait in her room, and call a phone interpreter for the rest of the visit #score: comp +1, comm +1, chal 0 #reason: Taking the child out of the role and bringing in an interpreter puts things right today, though a phone line is harder for a long talk. #ksb: P-K7, P-S2]
    ~ interp = 1
    ~ mid_visit = true
    Rozhan goes upstairs. The phone line finds a Sorani interpreter in five minutes.
    -> in_the_room
* [Stop, thank Rozhan, say sorry to Ms Karimi, and rebook with an accredited Sorani interpreter #score: comp +2, comm +1, chal +1 #reason: When you realise a child is interpreting, stop and use an accredited interpreter, as safeguarding procedures expect. #ksb: P-K7, P-B4, P-S8]
    ~ interp = 2
    ~ delay = true
    You book Shilan Rashid for the following Thursday. This time you ring her the day before to explain what the visit is for.
    ~ briefed = true
    -> rebooked

= rebooked
The following Thursday. Shilan Rashid waits for you outside Ms Karimi's flat. {rozhan_used == 0: Rozhan is at school.|This time, Rozhan is at school.}
{ briefed:
    -> in_the_room
}
-> brief

=== brief ===
{
- interp == 1:
    Before you connect Ms Karimi, you have a moment alone with the interpreter on the line.
- interp == 3:
    Before you start, you have a quick word with Azad in the hall.
- else:
    You have a minute with Shilan in the hall, before you go into the front room.
}

* [Explain the visit and key words, ask for everything in full, and check they do not know the family #score: comp +1, comm +2, chal 0 #reason: Brief an interpreter on the purpose and any jargon, ask for full interpretation, and check for any link to the family. #ksb: P-K7, P-S2]
    ~ briefed = true
    { interp == 2:
        I might know her a little from the Kurdish community centre. Not well. Ask her if she's happy with me. #speaker: shilan #mood: neutral
        You ask. Ms Karimi says she is.
    - else:
        The interpreter says they have no link to the family, and asks what "care and support assessment" means, so they can put it well.
    }
* [Go straight in: the interpreter is a trained professional, and the visit is running late #score: comp 0, comm -1, chal 0 #reason: Interpreters need a short briefing on the purpose and any specialist words, and a check for any link to the family. #ksb: P-K7]
    { interp == 2:
        ~ conflict_issue = true
    }
    You get started.
* [Ask the interpreter to keep it simple, and to give you the gist of any long answers #score: comp -1, comm -1, chal 0 #reason: Ask for everything to be interpreted in full; a summary loses the person's own words and what she means. #ksb: P-K7, P-S3]
    ~ summary = true
    The interpreter hesitates, then agrees.
- -> in_the_room

=== in_the_room ===
{ mid_visit:
    You carry on. Gemma and Ewa still speak to {interp == 0:Rozhan|the interpreter}, not to Ms Karimi.
- else:
    Everyone settles in the front room. Gemma and Ewa turn to the interpreter.
}
Can you ask her how she manages on a normal day? #speaker: ewa #mood: neutral
{ conflict_issue:
    Ms Karimi looks at Shilan for a long moment, then answers very briefly.
}

* [Turn to Ms Karimi and ask her yourself, in short sentences, pausing for the interpreting #score: comp +1, comm +2, chal +1 #reason: Speak to the person, not the interpreter, one short question at a time; it keeps her at the centre and shows partners how. #ksb: P-S2, P-B2, P-K8]
    ~ direct = true
    You look at Ms Karimi and speak to her. Ewa notices, and does the same with her next question. Ms Karimi sits up a little straighter.
* [Ask {interp == 0:Rozhan|the interpreter} to explain to Ms Karimi why you are all here, in the way that suits her best #score: comp 0, comm -2, chal 0 #reason: The interpreter's job is to pass on what is said, not to speak for you or for her; talk to the person directly. #ksb: P-S2, P-K7]
    The explanation takes a long time. You don't know what was said. Ms Karimi looks at you, then back at {interp == 0:Rozhan|the interpreter}.
- -> can_decide

=== can_decide ===
Twenty minutes in, Ewa asks when Ms Karimi takes her tablets. Ms Karimi rubs her eyes. Her answer is slow, and it doesn't quite match the chart Ewa has.
{ interp == 3:
    Azad admits he is not sure he understood her answer.
}
Gemma leans over to you and speaks quietly.

I don't think she's following much of this. Could we agree a plan between us, and {interp == 0: Rozhan|someone} can explain it to her later? #speaker: gemma #mood: concerned

* [Ask Ewa to book a formal mental capacity assessment before anything else is decided #score: comp -1, comm -1, chal +1 #reason: Capacity is only assessed for a specific decision when there is real reason to doubt it; tiredness and needing an interpreter are not such reasons. #ksb: P-K3, P-S9]
    ~ capacity = 0
    Ewa frowns. "Based on what?" But she writes it down, and says it will take a week to arrange. Nothing can be agreed until then.
* [Say she is presumed able to decide, suggest a short break, then go over it again more simply #score: comp +2, comm +2, chal +1 #reason: The Mental Capacity Act says presume capacity and take every practicable step, such as rest and simpler words, to help someone decide. #ksb: P-K3, P-B2, P-S3]
    ~ capacity = 1
    After ten minutes and a glass of water, you go through it again, one thing at a time. Ewa draws the tablets on a card. Ms Karimi points: this one in the morning, that one at night. She was right all along. The chart was out of date.
* [Agree: she is worn out, so it is kinder to settle the plan between you and explain later #score: comp -2, comm -1, chal -1 #reason: Tiredness or a language barrier does not mean someone cannot decide; deciding for her takes away her choice. #ksb: P-K3, P-B2]
    ~ capacity = -1
    The three of you agree a plan in the kitchen. Ms Karimi waits in the front room.
- -> what_she_wants

=== what_she_wants ===
{ capacity == -1:
    When you come back in, Ms Karimi asks a question. It is the first thing she has asked all visit.
- else:
    Ms Karimi asks a question. It is the first thing she has asked all visit.
}
{
- interp == 0:
    Rozhan hesitates before she passes it on.
    She wants to know... if she says she can't cope, will you take me away? #speaker: rozhan #mood: concerned
- else:
    If I tell you I can't cope, will social services take Rozhan away from me? #speaker: nasrin #mood: concerned
}
#ask: Ms Karimi asks whether social services will take Rozhan away if she says she can't cope. What would you say to her?
#model: I can hear that's a real worry, and I'm glad you asked. We're here to work out what help you need, so that Rozhan can be at school and be a child. I can't promise what you tell me stays private: the plan would go to the school and your GP, and if anyone were in danger we would have to share more. What would you like to happen? Can you tell me, in your words, what I've said about who sees the plan?
#look-for: Takes the fear seriously and explains the purpose of the visit honestly
#look-for: Does not promise that nothing will be shared, or that nothing will ever happen
#look-for: Says who would see what, and why
#look-for: Asks what she wants, and checks she has understood, for example by asking her to say it back

* [Reassure her that nobody will take Rozhan, and that what she says today stays private #score: comp -2, comm -1, chal 0 #reason: Do not promise what you cannot control or keep: the plan will be shared, so the reassurance is untrue; be honest about who will see her information and why. #ksb: P-S5, P-S4]
    ~ wishes = 2
    She relaxes a little. She tells you more about the hard mornings.
* [Ask her what she wants to happen, say honestly who would see what, and ask her to say it back #score: comp +2, comm +2, chal 0 #reason: Ask the person what outcome she wants, be honest about sharing, and check understanding by asking her to explain it back. #ksb: P-S3, P-S5, P-B2]
    ~ wishes = 1
    { interp == 0:
        Rozhan passes it on. Her mother's answer is long, and Rozhan's version is short. "She wants help. She says I should be at school."
    - else:
        I want Rozhan to go to school and be a child. I want someone to help me in the mornings. And I want to decide these things myself. #speaker: nasrin #mood: relieved
        She explains back what will be shared: the school and her GP will see the plan, and nobody else, unless someone is in danger.
    }
* [Read her the consent form through {interp == 0:Rozhan|the interpreter}, and ask her to sign it so sharing is agreed #score: comp +1, comm -1, chal 0 #reason: A signature is not informed consent unless she understands what she is agreeing to; check it in her own words. #ksb: P-S6, P-K4]
    ~ wishes = 3
    She signs where you point. She doesn't ask anything else.
- -> plan

=== plan ===
{ capacity == 0:
    A week later, Ewa's capacity check finds Ms Karimi can make her own decisions about her care. The visit is picked up again.
}
A plan takes shape: a carer in the mornings, a young carers' group for Rozhan, and a review in six weeks.
The council will post the plan, won't it? Rozhan can read it to her mum. #speaker: gemma #mood: neutral

* [Post the plan in English with a note offering a translation on request #score: comp 0, comm -1, chal 0 #reason: You already know what she needs, so offer the plan in a form she can use now rather than making her ask. #ksb: P-K7]
    ~ adjust = 3
    The plan goes in the post on Monday, in English, with a line at the bottom.
* [Ask how she would like the plan, offering a Sorani copy and a short morning visit to go through it #score: comp +2, comm +2, chal 0 #reason: Translate key documents or go through them with an interpreter, and plan around her MS, such as visits when she is least tired. #ksb: P-K7, P-S2, P-B2]
    ~ adjust = 1
    She chooses both. You book {interp == 2: Shilan|a Sorani interpreter} for a half-hour visit at ten, her best time of day.
* [Post the plan in English as usual, since Rozhan can read it to her at home #score: comp -1, comm -2, chal 0 #reason: Relying on a child to read out her mother's care plan puts the weight back on her; translate it or go through it with an interpreter. #ksb: P-K7, P-K3]
    ~ adjust = 2
    ~ rozhan_used = rozhan_used + 1
    The plan goes in the post. Rozhan will read it out at the kitchen table.
- -> parents_evening

=== parents_evening ===
On the way out, Gemma stops you by her car.
Parents' evening is next month. I'll put Rozhan down to translate for her mum, like always. #speaker: gemma #mood: neutral

* [Suggest Gemma books an interpreter, and share Ms Karimi's language needs if she agrees #score: comp +2, comm +1, chal +2 #reason: Public bodies must think about equality in what they do; sharing a language need, with agreement, stops a child being used again. #ksb: P-S8, P-B3, P-K6]
    ~ partner = 1
    Gemma thinks about it. "Fair. I hadn't thought how it looks from Rozhan's side." She asks for Shilan's details.
* [Email the head teacher tonight to say that school staff are using a child to interpret #score: comp 0, comm -1, chal +1 #reason: Raising the concern is right, but start with the person at the lowest level before you go over their head. #ksb: P-S8]
    ~ partner = 2
    The head replies the next day. Gemma is cool with you for weeks.
* [Leave it: parents' evening is the school's business, and Gemma knows the family #score: comp -1, comm 0, chal -2 #reason: Working with partners includes saying when their practice could harm someone, and offering a better way. #ksb: P-B3, P-K6]
    ~ partner = 3
    You say goodbye and drive back to the office.
- -> outcome

=== outcome ===
~ temp harm = rozhan_used
{ wishes == 2:
    ~ harm = harm + 1
}
{ conflict_issue:
    ~ harm = harm + 1
}
{ english_start:
    ~ harm = harm + 1
}
~ temp voice = 0
{ capacity == 1:
    ~ voice = voice + 1
}
{ wishes == 1:
    ~ voice = voice + 1
}
{ direct:
    ~ voice = voice + 1
}
{ interp == 1 || interp == 2:
    ~ voice = voice + 1
}
{
- capacity == -1 || interp == 0:
    -> decided_for_her
- harm >= 2:
    -> trust_shaken
- voice >= 4 && harm == 0 && not summary:
    -> own_voice
- else:
    -> partly_heard
}

= own_voice
Six weeks later, at the review. #background: home-visit
A carer now comes every morning at half past seven. Rozhan has not been late for school once, and she goes to the young carers' group on Wednesdays.
{ interp == 1:
    The phone calls were tiring for Ms Karimi, so the review is face to face, with Shilan.
}
This time, I said what I needed, in my own words. #speaker: nasrin #mood: relieved
Ms Karimi chose the plan herself, and it fits her mornings. {partner == 1: The school now has her language and wishes on file, so nobody needs to ask Rozhan to interpret again.|Your record shows her language and wishes.} #ending: own-voice
-> epilogue

= partly_heard
Six weeks later, at the review. #background: home-visit
A carer now comes in the mornings, and Rozhan is late for school less often.
{ interp == 3:
    But some of what Ms Karimi said was lost between two dialects. She has to explain the mornings all over again, to a Sorani interpreter.
}
{ summary:
    The review notes are thin. The interpreter gave you the gist, and Ms Karimi's own words are missing from the file.
}
{ not direct:
    Ms Karimi still looks at the interpreter, not at you, when she answers.
}
{ wishes == 3:
    She asks, through an interpreter, why the school knows about her MS. She did not understand what she signed.
}
{ wishes == 2:
    She is upset to learn the school and her GP have the plan. She thought what she said would stay private.
}
{ capacity == 0:
    The capacity check found she could decide for herself. It cost a week, and it left her feeling judged.
}
The plan helps. But it was built around what the professionals heard, and some of what she wanted was missed. #ending: partly-heard
-> epilogue

= trust_shaken
Six weeks later, the review. Ms Karimi cancels, then agrees to a phone call. #background: phone-call
{ english_start:
    She says she never agreed to the school being told about her illness. She nodded because she didn't want to seem rude.
}
{ conflict_issue:
    She says she didn't want an interpreter from her own community. She worries people at the centre will know her business.
}
{ wishes == 2:
    Gemma told her the plan would be shared with the GP and the school. She feels she was promised something else.
}
{ rozhan_used > 0:
    Rozhan is quieter at school. She tells Gemma she feels she got her mum into trouble.
}
The carer comes in the mornings, but Ms Karimi tells you less each time. The plan rests on trust, and some of it has gone. #ending: trust-shaken
-> epilogue

= decided_for_her
Six weeks later, at the review. #background: home-visit
{ capacity == -1:
    The plan agreed in the kitchen has a carer arriving at nine. Ms Karimi needs help at seven, before Rozhan leaves for school. Nobody asked her.
}
{ interp == 0:
    Rozhan interpreted the visit about her own caring. Some questions she did not pass on, and some answers she changed. The plan was built on her version.
}
Rozhan is still doing the mornings, and still late for school. Ms Karimi has stopped answering the door to the care agency.

She did not lose her ability to decide. It was never properly asked for. #ending: decided-for-her
-> epilogue

= epilogue
{
- partner == 1:
    At parents' evening, Gemma books Shilan. Rozhan sits with her friends.
- partner == 2:
    The school sends a new rule about interpreters to all staff. But Gemma now calls the council less, and checks fewer things with you.
- partner == 3:
    At parents' evening, Rozhan interprets for her mum again, including what her teachers say about her lateness.
}
{ adjust == 2:
    At home, Rozhan reads the care plan aloud. It describes her mum's personal care in detail.
}
{ adjust == 3:
    The English letter sits on the kitchen table for two weeks before Ms Karimi finds someone to read it.
}
{ delay:
    Waiting a week for the right interpreter cost some time, but the visit that followed was worth it.
}
-> END
