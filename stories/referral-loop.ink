# title: The referrals that go round in circles
# family: partner
# minutes: 16
# summary: Four in ten referrals from the Jobcentre and a money advice charity to the council's tenancy support team are sent back, and people facing eviction wait weeks. You are asked to find out why and fix it with the partners.
# strand: Delivery
# cast: siobhan = Siobhan Reilly, Tenancy support manager at the council, your manager
# cast: deepak = Deepak Mistry, Intake officer, council tenancy support team
# cast: kwame = Kwame Asante, Work coach, Jobcentre
# cast: lorraine = Lorraine Fitch, Service manager, Eastgate Money Advice (a charity)
# cast: kelly = Kelly Marsh, Council tenant facing eviction, mother of two
# content-note: A family at risk of losing their home. Nothing distressing is described in detail.
# debrief-question: What did each partner give up to make the shared form work, and what did each get back?
# debrief-question: How would you show a board, in figures, that working with partners made the service better?
# debrief-question: Kelly told her story three times. Where in your own service might someone have to repeat themselves, and how would you find out?
# role-card: Jobcentre = You send people who are behind on rent to the council's tenancy support team. Your work coaches fill in every box they can see, and still half come back. You cannot see council rent accounts, and you will not share anything without the person's agreement.
# role-card: Money advice charity = Your advisers are volunteers and part-time staff. A six-page council form takes them most of an appointment. You would rather walk people to the council's desk yourselves, but you want them seen quickly.
# role-card: Council intake team = There are three of you. A referral without a rent account number takes twenty minutes to look up, so you send it back. You think the partners need training. You do not know how many people never come back after a return.
# ending-title: joined-up = Joined up
# ending-summary: joined-up = The partners changed the process together, and the service kept families in their homes at less cost than the court cases it replaced.
# ending-title: partly-fixed = Partly fixed
# ending-summary: partly-fixed = Things are a little better, but the first call still takes about five weeks and some people still lose touch after a return.
# ending-title: figures-questioned = Figures questioned
# ending-summary: figures-questioned = The board found the figure left out of the report, and wants the full picture before it funds anything else.
# ending-title: back-to-square-one = Back to square one
# ending-summary: back-to-square-one = Four in ten referrals are sent back again, and more families reach court before anyone from tenancy support has spoken to them.

// What you looked at first: 2 data, returns and complaints; 1 partners' views only; 0 a reminder.
VAR evidence = 0
// Whether Kelly was only handed the complaints form, with her case left where it was.
VAR kelly_complained = false
// What the review found: 2 the real cause (the account number); 1 training (a symptom); 0 a portal.
VAR root = 0
// The deal with partners: 2 a written trade; 1 everyone keeps their own form; -1 the council's form unchanged.
VAR deal = 0
// Whether the shared form asks only for what is needed, with consent wording checked.
VAR form_ok = false
// Whether a baseline was taken and outcomes tracked with what people referred say.
VAR baseline = false
// When the intake team was swamped: 1 escalated with figures; 2 triage with honest waits; -1 old rule back quietly.
VAR squeeze = 0
// Whether the board paragraph left out the longer waits and the partners' part.
VAR board_misled = false
// What Kelly heard back: 1 what changed and an invitation; 0 thanks; -1 nothing, it is internal.
VAR kelly_loop = 0

-> brief

=== brief ===
Monday morning. You are a tenancy support officer at the council. Tenancy support helps council tenants who are behind on rent keep their homes. #background: meeting-room

Two partners send people to your team: the Jobcentre, and Eastgate Money Advice, a local charity. Their staff fill in a referral form. Your intake team, three people, decides who gets help.

Something is wrong. Four in ten referrals are sent back to the partner. People wait six weeks on average for a first call. Complaints have tripled in a year.

I want you to find out why this keeps happening and sort it out with the partners. You've got eight weeks. What will you do first? #speaker: siobhan #mood: concerned

* [Email both partners a reminder of the referral criteria and the form, so the next referrals arrive complete #score: comp 0, comm 0, chal -1 #reason: A reminder assumes the partners are the problem before anyone has looked at why referrals fail, and unclear processes are a common cause of damaged partnerships. #ksb: P-S7, P-K6]
    ~ evidence = 0
    You send the email before lunch. Kwame at the Jobcentre replies within the hour: "We do fill in everything. Happy to talk."
* [Invite both partners to a meeting this week, so you hear their side before you decide anything #score: comp 0, comm +1, chal +1 #reason: Hearing partners early builds trust, but without the figures the meeting weighs one opinion against another instead of the facts. #ksb: P-S7, P-B3]
    ~ evidence = 1
    Both partners say yes. The meeting is booked for Thursday.
* [Pull three months of referral figures, read fifty of the returned referrals, and read the complaints, before meeting anyone #score: comp +1, comm 0, chal +2 #reason: Objectivity means basing decisions on a careful look at the evidence, and the figures and complaints show where the process fails before anyone has to defend it. #ksb: P-S9, P-K5, P-S7]
    ~ evidence = 2
    It takes two days. A pattern jumps out. Thirty-one of the fifty returns say the same thing: "Rent account number missing." # IMAGE: images/referral-returns.svg # alt: Bar chart of why fifty returned referrals were sent back: rent account number missing, 31; sent to the wrong team, 8; out of date, 6; other reasons, 5.
- -> kelly

= kelly
Tuesday. A woman is waiting at the front desk. She has a letter from the court in her hand. #background: front-desk

I've told all this to the Jobcentre. Then to the money advice place. Then to your lot on the phone. Three times. And then nobody rang me. My hearing is in five weeks. I've got two kids. #speaker: kelly #mood: frustrated #ask: Kelly has told her story three times. What would you say to her first, in your own words?
#model: I'm so sorry you've had to tell this three times, and that nobody rang you back. That shouldn't have happened. Would you take me through each step, so I can see where it went wrong? I'll take your referral to the intake team myself today, so you won't have to tell it again.
#look-for: Acknowledges her frustration and apologises, without blaming a partner
#look-for: Asks her to describe each step in her own words
#look-for: Takes ownership so she does not have to repeat her story again
#look-for: Gives her a clear next step before she leaves

* [Ask her to take you through each step in turn, write down in her words where it went wrong, and take her referral on yourself today #score: comp +1, comm +2, chal +1 #reason: Listening to a person's own account of each step is feedback you can act on, and owning her case today means she does not have to repeat her needs to yet another team. #ksb: P-S3, P-K7, P-B4]
    She goes through it slowly. The Jobcentre sent a form. It came back because of a missing number she had never been asked for. Nobody told her it had come back. She only found out when she rang.
    You put her through to intake yourself. Deepak books her first appointment for Thursday.
    Thank you. That's the first time anyone's asked me how it went. #speaker: kelly #mood: relieved
* [Say sorry, and promise to get her case to the front of the queue today #score: comp 0, comm +1, chal 0 #reason: Fast-tracking helps her, but without hearing what went wrong you fix one case and learn nothing for the next person in her position. #ksb: P-S4, P-B4]
    You walk her case over to intake and ask them to see her this week. She thanks you, and leaves before you think to ask what happened.
* [Give her the complaints form and help her fill it in, so her experience is properly on record #score: comp +1, comm -1, chal 0 #reason: A complaint is a proper record, but handing a form to someone five weeks from a hearing asks her to tell it all a fourth time and leaves her case where it was. #ksb: P-S4, P-K7]
    ~ kelly_complained = true
    She fills in the form, pressing hard with the pen. It goes into the complaints tray. Her referral is still with the Jobcentre.
- -> meeting

=== meeting ===
Thursday. Kwame from the Jobcentre and Lorraine from Eastgate Money Advice sit with you and Deepak from intake. #background: meeting-room
{ evidence == 2:
    You hand round one page: the figures, and the reasons on the fifty returns.
}

Half of what comes in is incomplete. No account number, wrong team, out of date. Honestly, the partners need some training on the form. #speaker: deepak #mood: frustrated

We fill in every box we can see. If it keeps coming back, something else is going on. #speaker: kwame #mood: frustrated #prompt: Deepak and Kwame each think the other side is the problem. How would you find out who is right?

* [Propose a new online portal that will not let anyone send a referral until every box is filled in #score: comp 0, comm -1, chal +1 #reason: Choosing a fix before finding the cause risks paying for the wrong solution, and a portal chosen for the partners is not a process agreed with them. #ksb: P-S9, P-K6]
    ~ root = 0
    Deepak likes it. Kwame asks who would pay for it. Nobody knows.
    -> trade
* [Take one returned referral and follow it step by step on the whiteboard, asking "why?" at each point it stalled, until you reach a cause #score: comp +1, comm +1, chal +2 #reason: A structured look for the root cause, asking why at each step, finds the problem behind the symptom, and bases the fix on evidence, not on who argues hardest. #ksb: P-S9, P-S7, P-B3]
    ~ root = 2
    -> whiteboard
* [Agree to run a short training session for partner staff on the form, since incomplete forms are the main problem #score: comp 0, comm +1, chal -1 #reason: Training treats the symptom the intake team sees, and assuming the partners are at fault skips finding out why the forms arrive incomplete. #ksb: P-S7, P-K6]
    ~ root = 1
    Lorraine sighs, but agrees to send two advisers. Kwame says nothing.
    -> trade

= whiteboard
You draw it out together. Why did it come back? No rent account number. Why was there none? The Jobcentre cannot see council rent accounts. Why does intake need it? To find the tenant on the system. Why not look it up by name and address? "It takes twenty minutes," says Deepak.

And one more thing comes out. What happens after a return? A letter goes to the partner, not to the tenant. The tenant is never told.
{ evidence == 2:
    Your figures say the rest. One person in three whose referral came back never got back in touch at all.
}
So we're asking for a number the partners can't get, and the people just vanish. #speaker: lorraine #mood: concerned
-> trade

= trade
// The review is done: nothing later reads what you looked at first, so clear it and let the checker merge those paths.
~ evidence = 0
Lorraine leans forward.

My advisers are volunteers. Your form is six pages. It takes half an appointment. I'd rather walk people to your front desk myself. #speaker: lorraine #mood: frustrated

I can't take on a twenty-minute look-up for every referral. There are three of us. #speaker: deepak #mood: frustrated

Siobhan has joined the meeting. She looks at you.

We all want the same thing, people seen before they lose their home. So what is each of us prepared to give up to get there? #speaker: siobhan #mood: neutral #ask: What would you offer the partners, and what would you ask them for in return?
#model: Here's what the council can give: our intake team will look up the rent account number itself, so you never need to find it. In return, could we all use one shared two-page form, with the person's agreement recorded on it? Let's each write down what we're giving up and what we get, so it's clear who does what.
#look-for: Offers something the council will give up, not only what the partners must change
#look-for: Asks for something specific in return
#look-for: Keeps the shared goal in view: people seen before they lose their home
#look-for: Proposes writing down the agreement and who does what

* [Let each partner keep its own form, and ask the intake team to type each one into the council's system #score: comp 0, comm 0, chal -2 #reason: Letting everyone keep their own way keeps the peace but builds duplication and extra cost into the process, and going along for peace is not constructive challenge. #ksb: P-S7, P-K6]
    ~ deal = 1
    Everyone looks relieved. Deepak writes "re-keying" on his pad and underlines it twice.
* [Say the council's form has to stay as it is, because the council decides who gets tenancy support #score: comp 0, comm -1, chal -1 #reason: The council does own the decision, but refusing to change anything puts its convenience above a process partners can use, and objectives that pull apart drive partners to work around each other. #ksb: P-K2, P-K6]
    ~ deal = -1
    Lorraine puts her pen down.
    Then we'll just send people to your front desk. #speaker: lorraine #mood: frustrated
* [Propose a trade: intake looks up the account number itself, and in return partners use one shared two-page form; each side writes down what it gives up #score: comp +1, comm +2, chal +2 #reason: Collaboration is not everyone agreeing, it is each partner naming what it will give up to reach the shared goal, and writing the trade down makes roles clear. #ksb: P-S7, P-K6, P-B3]
    ~ deal = 2
    Deepak frowns, then works it out aloud. Twenty minutes to look up a number, against a return, a letter, a new referral and a phone call. "Fine. It's less work in the end."
    Two pages I can do. And we'll tell people what happens next. #speaker: lorraine #mood: relieved
- -> form_fields

= form_fields
{ deal == 2:
    Lorraine sketches the new two-page form on the back of the agenda.
- else:
    Lorraine turns to the form itself.
}

While we're at it, why not put the person's whole money advice file on it? Debts, health, everything. Then nobody has to go back and ask. #speaker: lorraine #mood: neutral

* [Leave the consent wording off to keep the form short, since partners ask people out loud anyway #score: comp -1, comm 0, chal 0 #reason: Being open about what is shared and why is part of lawful, fair and transparent handling of data, and a question asked out loud leaves no record of the answer. #ksb: P-K4, P-S10]
    The form fits on two pages. There is no line for the person to say they agree.
* [Ask only for what tenancy support needs to decide and make contact, with a plain statement the person agrees to, checked by the data protection officer #score: comp +2, comm +1, chal +1 #reason: Data minimisation means collecting only what is needed for the purpose, and the person should be told openly what is shared and why. #ksb: P-K4, P-S6, P-S9]
    ~ form_ok = true
    The data protection officer changes two words and adds one line: what the council will do with the form, and for how long it keeps it.
* [Include the whole file, so tenancy support has everything and nobody has to ring the person again #score: comp -1, comm 0, chal -1 #reason: Collecting everything just in case breaks data minimisation, and health details are special category data that need far more than convenience to justify sharing. #ksb: P-K4, P-S6]
    The new form asks for everything. Health, debts, benefits, family. It is three pages now.
- -> measuring

= measuring
Before we change anything, how will we know it has worked? The director will ask. #speaker: siobhan #mood: neutral

* [Record today's figures, then track three each month for all partners: days to first contact, share sent back, and how often people repeat their story, plus ten calls to people referred #score: comp +1, comm +1, chal +2 #reason: A few measures reported accurately to everyone, with what service users say, show whether a change reduced delay and duplication, not just whether it feels better. #ksb: P-S7, P-K6, P-B4]
    ~ baseline = true
    You write the starting point on the board: six weeks to first contact, four in ten sent back, most people telling their story three times.
* [Count the referrals each partner sends each month, since more referrals will show the new route is being used #score: comp 0, comm 0, chal -1 #reason: Counting activity says nothing about delays or outcomes, so it cannot show whether the service got better for the people referred. #ksb: P-S7]
    Kwame says the Jobcentre can send its numbers each month. Nobody writes down how long people wait now.
* [Send the partners' staff a short survey after three months, since they use the form every day #score: comp 0, comm +1, chal 0 #reason: Partner staff views matter, but without the waiting figures and the people referred you measure how the process feels to staff, not what it does for residents. #ksb: P-S7, P-S3]
    Lorraine says her advisers will be glad to be asked. The survey goes in the diary for three months' time.
- -> six_weeks

=== six_weeks ===
Six weeks later. A video call with Deepak and Siobhan. #background: video-call
{
- root == 2 && deal == 2:
    Fewer referrals come back now. Most that do come back are for the wrong area. But more referrals are arriving than ever, because the partners trust the route again.
- deal == 2:
    Fewer forms come back for the account number now. But nobody mapped what happens after a return, so people whose referral comes back for any other reason are still never told.
- else:
    The returns have hardly changed. {deal == 1: Deepak's team spends every afternoon re-keying partner forms.} {deal == -1: The form is the same six pages, so the same boxes stay empty.} {root == 1: The training went well, but partners still cannot see the account number.} {root == 0: Nobody has paid for the portal.}
}
{ baseline:
    Your monthly sheet shows it plainly. {root == 2 && deal == 2: Returns are down from four in ten to one in ten.} But the wait for a first call has gone up, from six weeks to seven, because three people cannot keep up.
- else:
    Nobody can say for sure whether waits are shorter or longer. It just feels busier.
}

We're drowning. Let's bring back the old rule: no account number, no referral. That'll cut the numbers. #speaker: deepak #mood: frustrated #ask: Deepak wants the old rule back. What would you say to him, in your own words?
#model: I can see the team is swamped, and that's real. But the old rule is what sent four in ten referrals back and made people wait six weeks. The figures show more people are coming because the route now works. Let's take those figures to Siobhan and the board and ask for staff to match, and until then see the people with the earliest court dates first.
#look-for: Acknowledges the pressure on the intake team
#look-for: Uses the figures, not opinion
#look-for: Explains why the old rule would bring the delays back
#look-for: Proposes taking the staffing gap to the people who can decide

* [Agree a short-term rule with Deepak: people with an eviction date in the next four weeks first, and tell partners and people the real wait #score: comp +1, comm +2, chal 0 #reason: Seeing people at most risk first and being honest about waits is fair and open, but it manages the pressure without asking anyone who can fix it. #ksb: P-K1, P-S4, P-B2]
    ~ squeeze = 2
    Deepak agrees. You email the partners that afternoon with the new order and the real waiting time.
* [Agree to bring the old rule back quietly for a month, just until the queue comes down #score: comp -1, comm -1, chal -2 #reason: Changing an agreed process without telling the partners breaks the agreement and brings back the returns that made people wait, and giving way under pressure is not challenge. #ksb: P-S7, P-K6]
    ~ squeeze = -1
    The returns start again on Monday. The partners are not told.
* [Ask Siobhan to take the gap between demand and staff to the partnership board, with the cost of the old returns beside it #score: comp +1, comm +1, chal +2 #reason: A gap between the staff a partnership has and what it promised is a known partnership risk, and raising it early with evidence to the people who can decide is how such risks get managed. #ksb: P-S8, P-S7, P-B3]
    ~ squeeze = 1
    Siobhan nods slowly.
    { baseline:
        With those figures I can make the case. #speaker: siobhan #mood: neutral
    - else:
        I'll try. I'd be stronger with numbers. #speaker: siobhan #mood: concerned
    }
- -> board

= board
// From here on only whether the real cause was found matters.
{ root != 2:
    ~ root = 0
}
A fortnight later. The director wants one paragraph for the council's board. #background: meeting-room

Just one paragraph. What did working with the partners actually get us? #speaker: siobhan #mood: neutral #ask: What would the first two sentences of your paragraph say?
#model: By agreeing one shared two-page form with the Jobcentre and Eastgate Money Advice, with our intake team looking up account numbers, we cut returned referrals from four in ten to one in ten, so families are seen sooner and tell their story once. That saves hours of duplicated work each week, but demand has grown faster than intake staff, and the wait for a first call still needs the board's help.
#look-for: Links working with partners to a change in the process
#look-for: Gives measurable results: delay, duplication or cost
#look-for: Credits the partners' part honestly
#look-for: Says what is not yet fixed

* [Report the improvement as the tenancy support team's work, and leave the longer waits out until they are fixed #score: comp -2, comm -1, chal -1 #reason: Leaving out a bad figure and the partners' part is not the honest, open account the principles of public life ask of anyone delivering a public service. #ksb: P-B1, P-K5]
    ~ board_misled = true
    The paragraph is short and upbeat. The wait for a first call is not in it.
* [Set out the chain in figures: one shared form and the look-up swap, fewer returns, people seen sooner and telling their story once, less re-keying; and say what is not fixed #score: comp +1, comm +2, chal +1 #reason: Showing how working together changed the process, then the service, then the results in delay, duplication and cost, with the problems left, is an honest and accountable account. #ksb: P-K6, P-S10, P-B1]
    { baseline:
        You write it with the figures in each sentence. You end with the staffing gap, in plain words.
    - else:
        You write it as well as you can. Without a starting figure, the "before" in each sentence is an estimate, and you say so.
    }
* [Describe how much better the partners now work together, and quote the partners' thank-you emails #score: comp 0, comm +1, chal -1 #reason: Good relationships matter, but without the link to delays, duplication and cost the board cannot tell whether the partnership is worth its time. #ksb: P-K6]
    It reads warmly. Lorraine's email says "the best joint working in years".
- -> feedback

= feedback
A week later, Kelly rings. #background: phone-call
{ not kelly_complained:
    My hearing was called off. The payment plan worked. I just wanted to know, did anything change? Or was I just a story? #speaker: kelly #mood: neutral
- else:
    I made a complaint. Nobody told me what happened to it. Did anything change? #speaker: kelly #mood: frustrated
}

* [Thank her, and say her comments were passed on to the team that runs the service #score: comp 0, comm +1, chal 0 #reason: Thanking her is polite, but without saying what changed she cannot tell whether speaking up made any difference. #ksb: P-S2]
    She says "OK then", and rings off.
* [Explain that the review is an internal one, so the details cannot be shared with residents #score: comp -1, comm -1, chal 0 #reason: Openness means holding back information only for a clear and lawful reason, and there is none for keeping a resident from hearing how a service changed. #ksb: P-K5, P-S2]
    ~ kelly_loop = -1
    Right. So nothing, then. #speaker: kelly #mood: frustrated
* [Tell her what changed because of what she said, and ask if she would test the new letters people get after a referral #score: comp 0, comm +2, chal +1 #reason: Telling people what their feedback changed, and inviting them to help test the next change, keeps the people who use a service in the loop of improving it. #ksb: P-B2, P-S2, P-B4]
    ~ kelly_loop = 1
    { root == 2 && deal == 2:
        You tell her about the look-up, and that people are now told when a form comes back. She says yes to reading the letters.
    - else:
        You tell her honestly what has changed so far and what has not. She says yes to reading the letters.
    }
- -> outcome

=== outcome ===
{
- squeeze == -1 || deal == -1:
    -> square_one
- board_misled:
    -> questioned
- root == 2 && deal == 2 && form_ok:
    -> joined_up
- else:
    -> partly_fixed
}

= joined_up
Three months on, the partnership board adds one intake post for a year, paid from what the returns were costing. {squeeze == 1: Your figures made the case.} {squeeze == 2: The urgent-first rule kept people with court dates safe while the post was filled.}
{ baseline:
    The wait for a first call falls from six weeks to under two. One referral in ten comes back, not four. Most people now tell their story once.
- else:
    Waits are shorter, everyone says. Without a starting figure, nobody can say by how much.
}
Working together changed the process. The process changed the service. And the service kept families in their homes at less cost than the court cases and emergency housing it replaced. #ending: joined-up
-> epilogue

= partly_fixed
{ root != 2:
    Nobody ever traced a referral from start to finish, so part of the cause was never found. {deal == 2:People are still not told when a form comes back.|Partners still cannot see the number the form asks for.}
}
{ deal == 1:
    Deepak's team spends two days a week typing in forms. The duplication is now part of the job.
}
{ not form_ok:
    The data protection officer stops the new form after a month to rewrite it. Partners go back to the old one while they wait.
}
Things are a little better, but the wait for a first call is still about five weeks. Some people still lose touch after a return and are only found again when the court letter comes. #ending: partly-fixed
-> epilogue

= questioned
At the next board meeting, a councillor asks why complaints about waiting times are still rising if the service has improved. The figure you left out is in the complaints report.

Lorraine writes to the director: her charity did half the work and is not mentioned. The board asks for the full figures, and for a partnership review before it will fund anything else. #ending: figures-questioned
-> epilogue

= square_one
{ squeeze == -1:
    The partners find out within a week, when the returns start again. Kwame writes to Siobhan to ask why an agreed change was undone without a word.
}
{ deal == -1:
    Eastgate stops using the form and walks people to the front desk instead. The desk queue doubles on Tuesdays.
}
Four in ten referrals are sent back again. The wait for a first call is over six weeks. Two more families reach a court hearing before anyone from tenancy support has spoken to them. #ending: back-to-square-one
-> epilogue

= epilogue
{
- kelly_loop == 1:
    Kelly reads the new letters and rewrites one sentence. It is the one the intake team now hears most often on the phone: "So what happens next?"
- kelly_loop == -1 || kelly_complained:
    Kelly never hears what came of what she told you. When a neighbour is referred, she tells her not to bother.
- else:
    Kelly keeps her home. She never finds out whether telling you made any difference.
}
-> END
