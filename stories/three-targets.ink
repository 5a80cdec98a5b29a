# title: Three partners, three targets
# family: partner
# minutes: 15
# summary: The council, the hospital trust and a homelessness charity want to stop people leaving hospital with nowhere to live, but each partner counts success differently, and the boss wants good news for a press release. You coordinate the partnership.
# strand: Outcomes
# cast: andrew = Andrew Mensah, Assistant director of housing at the council, chair of the partnership
# cast: funmi = Funmilayo Adebayo, Discharge lead, the hospital trust
# cast: rhiannon = Rhiannon Pugh, Services manager, Harbour Lane homelessness charity
# cast: zara = Zara Hussain, Communications officer, the council
# cast: dennis = Dennis Whitlock, Hospital patient waiting to leave, a wheelchair user
# content-note: A disabled man is left without a safe place to stay after leaving hospital. Nothing is described in detail.
# debrief-question: Each partner had its own target. What shared outcome would you have proposed, and what would each partner measure underneath it?
# debrief-question: Why does it matter that a disagreement is written in the minutes, and not smoothed over as "agreed"?
# debrief-question: When a partnership changes how people get help, how does the public sector equality duty change what you ask in the meeting?
# ending-title: shared-outcome = A shared outcome
# ending-summary: shared-outcome = The partners worked to one shared outcome, so each partner's own measure moved, and Mr Whitlock has a flat near his sister.
# ending-title: headline-first = Headline first
# ending-summary: headline-first = The quick headline did not match what the wards saw, and Harbour Lane stepped back until the partnership reports honestly.
# ending-title: charity-walks = The charity walks away
# ending-summary: charity-walks = With no agreed aims or clear roles, Harbour Lane left the partnership, and delayed discharges rose again.
# ending-title: slow-progress = Slow progress
# ending-summary: slow-progress = The partnership carries on, but partners still argue about whose numbers count, and the hardest cases still wait longest.

// The shared outcome: 2 one outcome for the person, 1 three targets side by side, 0 the council's target.
VAR shared = 0
// Governance: 2 terms of reference agreed together, 1 written by you alone, 0 none yet.
VAR gov = 0
// The press release: 2 honest launch with hard cases included, 1 no release, -1 quick-win headline.
VAR quick = 0
// The referral form: 2 equality check first, 1 ward staff fill it in, 0 went along with online only.
VAR eq = 0
// The disagreement about emergency beds: 2 minuted in the room, 1 emailed the same day, -1 minuted as agreed.
VAR minuted = 0
VAR minutes_fixed = false
// What you did when Mr Whitlock's case went wrong: 1 asked him and used the joint route, 2 looked for blame, 3 fixed his case only.
VAR response = 0
// The quarterly report: 1 full picture, 2 headline with an appendix, 3 pulled.
VAR report = 0

-> first_meeting

=== first_meeting ===
Tuesday, ten o'clock. You are a partnership officer at the council. You coordinate a new partnership called Home from Hospital. Its aim is simple to say: nobody should leave hospital with nowhere to live. #background: meeting-room

Three partners sit round the table. Andrew Mensah, from the council's housing service, chairs. Funmilayo Adebayo runs discharges at the hospital trust. Rhiannon Pugh manages services at Harbour Lane, a homelessness charity. Forty minutes in, the meeting is stuck.

My trustees fund us to get people housed. That's the number they ask for. #speaker: rhiannon #mood: frustrated

My board counts delayed discharges: patients who are well enough to leave but have nowhere to go, so they stay in a bed. That's what I'm judged on. #speaker: funmi #mood: frustrated

And the council is measured on prevention: stopping people becoming homeless before it happens. #speaker: andrew #mood: neutral

They all look at you. You wrote the agenda.

* [Suggest each partner keeps its own target, and the group reports all three side by side #score: comp 0, comm +1, chal 0 #reason: Side-by-side targets keep the peace, but objectives that don't line up are a known cause of partners working against each other. #ksb: P-S7, P-K6]
    ~ shared = 1
    Everyone relaxes. Nobody has to give anything up. Nobody has to change anything either.
* [Suggest using the council's prevention target, since the council funds your post and reports to the board #score: comp 0, comm -1, chal -1 #reason: Pushing one partner's target onto the others ignores their accountabilities, and partners who do not share the objective rarely stay committed. #ksb: P-S7, P-B3]
    ~ shared = 0
    Rhiannon's pen stops. Funmi looks at the clock. Andrew nods, but nobody else does.
* [Propose one shared outcome for the person, with each partner's own measure sitting underneath it #score: comp 0, comm +1, chal +2 #reason: A shared outcome with each partner's contribution beneath it is how partners agree joint objectives without giving up their own accountabilities. #ksb: P-S7, P-K6, P-B3]
    ~ shared = 2
    You write it on the whiteboard: "Everyone leaves hospital to a safe place that meets their needs." Underneath go three lines: people housed, fewer delayed discharges, and homelessness prevented.
    I can sell that to my trustees. #speaker: rhiannon #mood: relieved
- -> governance

= governance
Good. Now let's not drown in paperwork. We're all grown-ups. We all know what we're doing. Let's just get going. #speaker: andrew #mood: neutral

You think about who does what. Who checks a patient's needs? Who finds the place? Who do people complain to if it goes wrong? Right now, nobody has said.

* [Agree to get going now, and come back to write the terms of reference later once things are moving #score: comp -1, comm +1, chal -1 #reason: Partnerships without clear roles, decision rules and an escalation route are where accountability gets lost, as the Audit Commission found. #ksb: P-K6, P-S7]
    ~ gov = 0
    Andrew smiles. Everyone closes their laptops. The question of who does what stays on the whiteboard, and is wiped off by the next group.
* [Propose a one-page terms of reference: who chairs, who owns what, and how complaints and disputes go up #score: comp +2, comm +1, chal +1 #reason: Clear governance, with roles, accountability, a joint complaints route and a way to escalate disagreement, closes the accountability gap in partnerships. #ksb: P-K6, P-S7, P-B4]
    ~ gov = 2
    You offer a one-page draft by Friday, for the partners to change and agree at the next meeting. Each partner names a lead. Funmi's team will check each patient's needs. Rhiannon's team will find places. You will keep the log and the minutes.
* [Offer to write the terms of reference yourself tonight, and send them out as final to save everyone time #score: comp +1, comm -1, chal 0 #reason: Writing the rules helps, but terms nobody else shaped or agreed are easy for partners to ignore when things get hard. #ksb: P-K6, P-S10]
    ~ gov = 1
    You send them at nine that evening. Funmi replies with a thumbs-up. Rhiannon doesn't reply at all.
- -> quick_win

= quick_win
Zara Hussain from the council's communications team knocks and comes in. #sound: door-knock

The director wants a press release next week. Something with a number in it. #speaker: zara #mood: neutral

Easy. Rhiannon, you've got twelve emergency beds. Move twelve patients off the wards into them this month, and we say: twelve people housed in the first month. #speaker: andrew #mood: neutral

Emergency beds aren't housing. They're shared rooms for up to 28 days. And the people stuck longest on the wards are the ones with care needs. Most of them couldn't use our beds. #speaker: rhiannon #mood: concerned

* [Back a release about what the partnership will do, and ask that the hardest cases start in month one #score: comp +1, comm +1, chal +2 #reason: An honest launch keeps public trust under the Nolan principle of honesty, and starting with the hardest cases stops quick wins replacing what the partnership is for. #ksb: P-S7, P-B3, P-K5]
    ~ quick = 2
    Zara thinks about it.
    A launch story about a real need, and a promise we can keep. I can work with that. #speaker: zara #mood: relieved
    Andrew agrees, a little reluctantly. Funmi picks three patients who have waited longest.
* [Say there should be no press release at all until the partnership has a full year of checked data #score: comp 0, comm -1, chal +1 #reason: Waiting for checked data avoids claims you can't back up, but refusing any launch loses the chance to tell the public honestly what is starting. #ksb: P-S7, P-B3]
    ~ quick = 1
    Zara sighs.
    The director won't like that. #speaker: zara #mood: frustrated
    The release is dropped. Andrew looks annoyed for the rest of the meeting.
* [Go with the twelve-people headline, as early good news builds support, and take on the hard cases next quarter #score: comp -1, comm +1, chal -2 #reason: Calling emergency beds housing overstates the result, and chasing an easy number lets the hard requirements the partnership exists for slip. #ksb: P-S7, P-K5]
    ~ quick = -1
    Zara writes "12 people housed" in her notebook. Rhiannon looks at the table and says nothing.
- -> second_meeting

=== second_meeting ===
Two weeks later, the partners meet on a video call. #background: video-call
{ gov:
- 2:
    The terms of reference are on screen. All three partners have changed a line or two, and all three have signed.
- 1:
    Your terms of reference are in everyone's inbox. Nobody mentions them.
- else:
    There are still no terms of reference. Nobody is sure who should have brought the first item.
}

Funmi shares her screen. It shows a new referral form.

This is how staff and patients will refer people to us. It's online only, in English. No phone line and no paper, so it costs nothing to run. Zara can put the link in the next press release. #speaker: funmi #mood: neutral

You think about who it leaves out: people with no smartphone, people who don't read English well, people whose disability makes forms hard. The council and the trust are public bodies. The public sector equality duty says they must think about the effect on people like that before they decide.

* [Agree to it, and ask ward staff to fill in the form for any patient who can't manage it on their own #score: comp 0, comm +1, chal 0 #reason: Offering help is kind, but it depends on busy staff, and the public sector equality duty asks the partnership to consider the effect on protected groups before it decides. #ksb: P-K1, P-K7]
    ~ eq = 1
    Funmi agrees to email the ward managers. The form goes live on Monday.
* [Raise the equality duty, ask for an impact check before it goes live, and ask for your concern to be minuted #score: comp +2, comm +1, chal +2 #reason: The public sector equality duty means due regard to people with protected characteristics before a change is made, and a minuted concern keeps the decision accountable. #ksb: P-K1, P-S8, P-B3]
    ~ eq = 2
    An equality impact assessment is a short written check of who a change might shut out, and what to do about it. Funmi agrees to do one with you before anything changes.
    Fair point. Half my patients on the stroke ward couldn't fill that in. #speaker: funmi #mood: neutral
* [Go along with it for now to keep things friendly, and raise it later on if any problems show up #score: comp -1, comm 0, chal -2 #reason: Waiting for harm to show up is the opposite of due regard under the public sector equality duty, and going along to keep the peace is not collaboration. #ksb: P-K1, P-B3]
    ~ eq = 0
    The form goes live on Monday. It looks smart on a phone.
- -> beds

= beds
The next item is the emergency beds, and it gets heated.

When a patient is well enough to go, I need them out within a day. Harbour Lane's beds are the quickest option we've got. #speaker: funmi #mood: frustrated

Our beds are up a flight of stairs, in shared rooms, with no care staff at night. I won't take people we can't keep safe. #speaker: rhiannon #mood: frustrated

Let's just minute that we agreed to use the beds, and sort out the detail later. It reads better for the board. #speaker: andrew #mood: neutral
#ask: Andrew wants the minutes to say the partners agreed to use the beds. What would you say?
#model: I don't think we have agreed yet, Andrew, and I'd rather the minutes said what really happened. Funmi needs quick discharges and Rhiannon can't keep some people safe in those beds; both are fair. Can we minute both views, with an action: who checks each patient's needs before a bed is offered, and by when? That will read better for the board than an agreement that falls apart.
#look-for: Says respectfully that there is no agreement yet
#look-for: States both partners' positions fairly
#look-for: Asks for both views to be minuted, with an action, an owner and a date

* [Let it go in the meeting, then email Andrew and both partners the same day, setting out both views and asking for them to be added #score: comp +1, comm 0, chal +1 #reason: A same-day written record of a disagreement starts the escalation route and is on file, though the people in the meeting never hear it said. #ksb: P-S8, P-S10]
    ~ minuted = 1
    You send the email at five. Andrew replies with one word: "Noted." The minutes go out unchanged, but your email is on file.
* [Let it be minuted as agreed, since it's only month one and the partners will work it out #score: comp -1, comm 0, chal -2 #reason: Recording a disagreement as agreement hides a real risk from the board, and collaboration does not mean everyone agreeing. #ksb: P-S10, P-B3]
    ~ minuted = -1
    The minutes say: "Partners agreed to use Harbour Lane emergency beds for discharges." Rhiannon leaves the call early.
* [Ask for both views to be minuted, with an action: who checks each patient's needs before a bed is used, and by when #score: comp +1, comm +1, chal +2 #reason: Minuting a disagreement with a clear action and owner keeps partners accountable, and challenge in the room is a right and a responsibility. #ksb: P-S8, P-S10, P-B3]
    ~ minuted = 2
    Andrew pauses, then nods. Funmi's team will check each patient's needs before any bed is offered. Rhiannon can say no to a place that isn't safe. Both views go into the minutes, word for word.
    Thank you. That's the first time anyone's written down what I actually said. #speaker: rhiannon #mood: relieved
- -> ward

=== ward ===
Six weeks later. You are on the stroke ward at the hospital, with Funmi. #background: partner-office #present: funmi
{ quick == -1:
    The press release went out: "12 people housed." Ten of the twelve were people who needed little support. None of the longest waiters were moved.
}
{ minuted == 2:
    The needs check worked. Dennis Whitlock uses a wheelchair after a stroke, so he was not sent to Harbour Lane's stairs. But no partner has an accessible place for him. He has been well enough to leave for nine days, and he is still in a hospital bed.
- else:
    Dennis Whitlock uses a wheelchair after a stroke. Last week he was sent to one of Harbour Lane's emergency beds, up a flight of stairs. He left the next morning and slept in his car for two nights. Now he is back on the ward.
}

{ minuted == 2:
    Funmi is angry about the blocked bed. Rhiannon has emailed to say none of her places can take a wheelchair. Andrew has replied that it isn't a council case.
- else:
    Funmi is angry. Rhiannon has emailed to say nobody told her team he used a wheelchair. Andrew has replied that it isn't a council case.
}
{ minuted == -1:
    -> minutes_row
}
-> dennis

= minutes_row
Andrew's email goes on.

It's in the minutes. All partners agreed to use the emergency beds, so Harbour Lane agreed to take him. #speaker: andrew #mood: frustrated

Rhiannon replies to everyone within a minute.

I never agreed to that, and you know it. #speaker: rhiannon #mood: frustrated

You wrote those minutes.

* [Reply that the minutes stand as written, since every partner had the chance to correct them #score: comp -1, comm 0, chal -1 #reason: Defending a record you know is wrong breaks the duty to be honest and keeps the real risk hidden. #ksb: P-S10, P-B1]
    Rhiannon does not reply. Harbour Lane stops answering the partnership's emails.
* [Reply that the minutes were wrong, and ask for them to be corrected and the disagreement recorded now #score: comp +1, comm +1, chal +1 #reason: Putting an inaccurate record right straight away is what honesty and accountability require, even when it is awkward. #ksb: P-S10, P-B1, P-S8]
    ~ minutes_fixed = true
    There's a long pause in the email chain. Then Andrew replies: "Agreed. Please correct them." Rhiannon sends a single line: "Thank you."
* [Reply that Andrew chose the wording, so it's for him to explain what was agreed #score: comp 0, comm -1, chal 0 #reason: Pointing at someone else does not correct the record, and you were the one who wrote the minutes. #ksb: P-S10, P-B3]
    Andrew does not reply. The minutes stay as they are.
- -> dennis

= dennis
Mr Whitlock is sitting by the window in his wheelchair. He has heard every word of the argument at the nurses' station.

Everyone's talking about me. Nobody's talking to me. #speaker: dennis #mood: frustrated

* [Find out which partner got it wrong, and report them to Andrew so that it doesn't happen again #score: comp 0, comm -1, chal +1 #reason: Looking for someone to blame makes partners defensive, and a no-blame review of the process is what stops a failure happening twice. #ksb: P-S8, P-K6]
    ~ response = 2
    You spend the afternoon on a timeline of who said what. Funmi stops copying you into emails. Mr Whitlock is still on the ward that evening.
* [Sit with Mr Whitlock, find him a safe place today yourself, and leave the process questions for a calmer week #score: comp 0, comm +2, chal -1 #reason: Helping him is right, but fixing one case quietly leaves the gap in the process open for the next person. #ksb: P-B2, P-S4]
    ~ response = 3
    You pull up a chair. He wants a ground-floor flat near his sister. After six phone calls you find a short stay in an accessible council flat. Nobody looks at why it went wrong.
* [Ask Mr Whitlock what he wants and plan it with him, then ask for a no-blame joint review of what failed #score: comp +2, comm +2, chal +1 #reason: Asking the person what they want puts them at the centre, and a joint, no-blame review with minuted actions is how partners stay accountable. #ksb: P-B2, P-K6, P-S8]
    ~ response = 1
    You pull up a chair. He wants a ground-floor flat near his sister, and no more shared rooms. You write it down in his words.
    { gov == 2:
        The terms of reference have a joint complaints route. You log it there. All three leads meet on Friday, and the review looks at the process, not at people.
    - else:
        There is no joint complaints route, so you have to set one up from scratch. It takes two weeks to get all three leads in a room.
    }
    Funmi agrees to add accessibility to the needs check. Rhiannon finds a ground-floor room with a partner landlord.
- -> board

=== board ===
The end of the first quarter. You are back at the council, looking at Zara's draft report to the partnership board. #background: meeting-room

The headline says: "Home from Hospital beats target: 31 people housed."

You check the figures. 31 people left hospital with somewhere to go. 17 are in settled homes. 14 are in emergency beds, and 4 of those went back into hospital.
{ eq:
- 2:
    The equality check paid off. Referrals came in by phone and paper as well as online, and the people referred reflect the wards: older people, disabled people, and people who needed an interpreter.
- 1:
    Ward staff filled in forms when they had time. Most weeks they didn't. Almost nobody referred is over 75 or needed an interpreter.
- else:
    Almost nobody referred is over 75 or needed an interpreter. Three ward managers say patients gave up on the online form.
}

The board likes a clear headline. It's the same numbers, just put positively. Can I send it? #speaker: zara #mood: neutral
#ask: Zara wants to send the "31 people housed" headline to the board. What would you say to her?
#model: I can see why you want a clear headline, and the numbers are good news in places. But 14 of the 31 are in emergency beds, not housed, and four went back to hospital, so the headline would mislead the board. Could we report the full figures against our shared outcome, say what we've learned, and have all three partners agree the wording?
#look-for: Points out exactly what is misleading, with the figures
#look-for: Explains why it matters: the board oversees the partnership on what it is told
#look-for: Offers an honest alternative that still reads clearly
#look-for: Asks for the wording to be agreed by all the partners

* [Ask for the report to be pulled from the board papers until every partner's figures match exactly #score: comp +1, comm -1, chal +1 #reason: Accuracy matters, but holding back the whole report delays the board's oversight, and a clear explanation of the differences would do more. #ksb: P-S10, P-S8]
    ~ report = 3
    Zara pulls it. The board meeting goes ahead with no report from the partnership.
* [Ask for the full figures against the shared outcome, worded and agreed by all three partners #score: comp +2, comm +1, chal +2 #reason: Open, accurate reporting to the people who oversee a partnership is the Nolan principle of accountability, and partners agreeing the figures keeps it shared. #ksb: P-S10, P-K6, P-B1]
    ~ report = 1
    Zara rewrites the headline: "17 people settled, 14 in emergency beds: what we have learned." All three partners sign it off.
* [Let Zara keep her headline, and make sure all the detailed figures are there in an appendix #score: comp 0, comm 0, chal -1 #reason: The figures are technically there, but a misleading headline is what the board and the public will remember, which weakens accountability. #ksb: P-S10, P-K5]
    ~ report = 2
    The headline goes to the board as written. The appendix is on page eleven.
- -> outcome

=== outcome ===
~ temp strength = 0
{ shared == 2:
    ~ strength = strength + 1
}
{ gov == 2:
    ~ strength = strength + 1
}
{ quick == 2:
    ~ strength = strength + 1
}
{ eq == 2:
    ~ strength = strength + 1
}
{ minuted == 2 || minutes_fixed:
    ~ strength = strength + 1
}
{ response == 1:
    ~ strength = strength + 1
}
~ temp harm = 0
{ shared == 0:
    ~ harm = harm + 1
}
{ gov == 0:
    ~ harm = harm + 1
}
{ minuted == -1 && not minutes_fixed:
    ~ harm = harm + 1
}
{ response == 2:
    ~ harm = harm + 1
}
{
- report == 2 || quick == -1:
    -> headline_first
- harm >= 2:
    -> charity_walks
- strength >= 5 && report == 1:
    -> shared_outcome
- else:
    -> slow_progress
}

= shared_outcome
The board reads the report twice. The chair of the hospital trust asks why anyone is still in emergency beds. Andrew can answer, because the minutes show exactly who owns what.

I'd rather have an honest seventeen than a shiny thirty-one. Let's fund a second year, and an accessible flat for the partnership. #speaker: andrew #mood: relieved

Mr Whitlock moves into a ground-floor flat near his sister. Fewer people wait on the wards, Harbour Lane's trustees see people housed, and the council can show homelessness prevented. Each partner's own measure moved because the shared one did. #ending: shared-outcome
-> epilogue

= headline_first
{ quick == -1:
    The first press release got good coverage.
}
{ minuted == 2:
    Then the local paper hears about a man in a wheelchair stuck on a ward for nine days with nowhere accessible to go. It asks how that fits with the partnership's headline.
- else:
    Then the local paper hears about a man in a wheelchair sleeping in his car after leaving hospital. It asks how that fits with the partnership's headline.
} The director asks why the board was told one thing and the wards saw another.

Rhiannon writes to say Harbour Lane will step back until the partnership reports what is really happening. Without her beds and her landlords, the hardest cases wait even longer. #ending: headline-first
-> epilogue

= charity_walks
At the board, the partners argue about who was meant to do what for Mr Whitlock. Each partner's report blames another.

{ minuted == -1 && not minutes_fixed:
    Harbour Lane writes to withdraw from the partnership. Its trustees say the charity cannot be held responsible for promises it never made.
- else:
    Harbour Lane writes to withdraw from the partnership. Its trustees say there are no agreed aims and no clear roles, so they cannot tell what the charity is accountable for.
} The hospital goes back to finding places on its own, and delayed discharges rise again. #ending: charity-walks
-> epilogue

= slow_progress
The partnership carries on. Meetings happen, and some things improve. But partners still argue about whose numbers count, and the same gaps come up at every meeting.

The board asks for a review in six months. Patients with the most complex needs still wait longest on the wards, which is the problem the partnership was set up to solve. #ending: slow-progress
-> epilogue

= epilogue
{ response:
- 1:
    { not shared_outcome:
        Mr Whitlock moves into the ground-floor room Rhiannon found, near his sister. He says it is the first time anyone asked him.
    }
- 2:
    Mr Whitlock stays on the ward for another two weeks while the partners argue. The hospital's social worker finds him a place in the end.
- 3:
    Mr Whitlock has a roof for now. Two months later, another patient in a wheelchair is sent to the same stairs.
}
{ eq != 2:
    The next quarter, the council's equality officer asks to see the equality impact assessment for the referral form. There isn't one.
}
-> END
