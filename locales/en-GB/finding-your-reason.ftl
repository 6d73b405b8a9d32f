# Course: Finding your reason (lessons/00-finding-your-reason).
# The first lesson for every new learner. People go online when they find a reason.
# Facts: shared/docs/content-sources.md ("Plain definitions"; "NHS login and the NHS
# account"); docs/sources.md lists each one with the step that teaches it.

reason-title = Finding your reason
reason-summary = Think about what matters to you, and where to start.

reason-matters-title = What matters to you
reason-matters-summary = Pick what matters most to you, and find out where to start.

reason-matters-welcome-title = Welcome
reason-matters-welcome =
    Welcome. This tutor helps you learn to use a computer, one small step at a time.
    You cannot break anything here. It is safe to try things.
    Take as long as you like. Nothing moves on until you are ready.

reason-matters-online-title = Going online
reason-matters-online =
    Online means connected to the internet.
    The internet joins up computers all over the world, so they can share information.
    People go online to see their family, order their pills, or find a hobby.

reason-matters-choose-title = What matters to you?
reason-matters-choose = Which of these matters most to you? There is no wrong answer.
reason-matters-choose-family = Keeping in touch with family and friends
reason-matters-choose-family-feedback = Good choice. Email and video calls help you keep in touch. Start with Getting started, then try Email and Video calls.
reason-matters-choose-hobbies = Hobbies, music and things I like
reason-matters-choose-hobbies-feedback = Good choice. There is so much to find online. Start with Getting started, then try Email. Many clubs send news by email.
reason-matters-choose-health = My health and the NHS
reason-matters-choose-health-feedback = Good choice. You can order your repeat medicines online. For that, you need your own email address and a phone. So start with Getting started, then Email, then NHS repeat prescriptions.
reason-matters-choose-shopping = Shopping and money
reason-matters-choose-shopping-feedback = Good choice. Start with Getting started, then Email. Shops send emails, and the Email course shows you how to spot a scam.
reason-matters-choose-history = My family history
reason-matters-choose-history-feedback = Good choice. Start with Getting started, then Email. You can send and get old photos and stories by email.

reason-matters-check-title = A quick check
reason-matters-check = What does online mean?
reason-matters-check-power = Switched on at the wall
reason-matters-check-power-feedback = Not quite. Online means connected to the internet.
reason-matters-check-online = Connected to the internet
reason-matters-check-online-feedback = Yes, that is right. The internet joins up computers all over the world.
reason-matters-check-queue = Waiting in a queue
reason-matters-check-queue-feedback = Not quite. Online means connected to the internet.

reason-matters-recap-title = Where to start
reason-matters-recap =
    Now you know your reason. Keep it in mind.
    Online means connected to the internet. You cannot break anything here.
    If keyboards are new to you, start with Getting started.
    Press Enter to go on. Then you can start any course you like.
