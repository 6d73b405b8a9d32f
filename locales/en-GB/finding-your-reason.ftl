# Course: Finding your reason (lessons/00-finding-your-reason).
# The first lesson for every new learner. People go online when they find a reason.

reason-title = Finding your reason
reason-summary = Think about what matters to you, and where to start.

reason-matters-title = What matters to you
reason-matters-summary = Pick what matters most to you, and find out where to start.

reason-matters-welcome-title = Welcome
reason-matters-welcome =
    People go online for lots of reasons.
    Some want to see their family. Some want to order their pills, or find a hobby.
    Let us find your reason first. Then we will know where to start.

reason-matters-choose-title = What matters to you?
reason-matters-choose = Which of these matters most to you? There is no wrong answer.
reason-matters-choose-family = Keeping in touch with family and friends
reason-matters-choose-family-feedback = Good choice. Email and video calls help you keep in touch. Start with Getting started, then try Email and Video calls.
reason-matters-choose-hobbies = Hobbies, music and things I like
reason-matters-choose-hobbies-feedback = Good choice. There is so much to find online. Start with Getting started, then try Email. Many clubs send news by email.
reason-matters-choose-health = My health and the NHS
reason-matters-choose-health-feedback = Good choice. You can order your repeat medicines online. Start with Getting started, then try NHS repeat prescriptions.
reason-matters-choose-shopping = Shopping and money
reason-matters-choose-shopping-feedback = Good choice. Start with Getting started, then Email. Shops send emails, and the Email course shows you how to spot a scam.
reason-matters-choose-history = My family history
reason-matters-choose-history-feedback = Good choice. Start with Getting started, then Email. You can send and get old photos and stories by email.

reason-matters-check-title = A quick check
reason-matters-check = Can you break the computer by pressing the wrong key here?
reason-matters-check-break = Yes, so I must be careful
reason-matters-check-break-feedback = Not quite. Nothing here can break. Every screen is safe to try.
reason-matters-check-safe = No, it is safe to try things
reason-matters-check-safe-feedback = Yes, that is right. You cannot break anything here. Try things out.
reason-matters-check-fast = Only if I go too fast
reason-matters-check-fast-feedback = Not quite. You can go as slowly or as fast as you like. Nothing breaks.

reason-matters-recap-title = Where to start
reason-matters-recap =
    Now you know your reason. Keep it in mind.
    If keyboards are new to you, start with Getting started.
    Press Enter to go on. Then you can start any course you like.
