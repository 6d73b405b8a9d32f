# Course: NHS repeat prescriptions (lessons/04-nhs-prescriptions). Every fact here is
# from shared/docs/content-sources.md (NHS login; Prescriptions in the NHS App;
# Corrections and additions) or docs/sources.md, which lists each fact with the step
# that teaches it. The practice app uses made-up login details, medicines and
# pharmacies. The learner helps Frank, 72, who lives in England; Dr Okafor at Green Lane
# Surgery is his GP.

nhs-title = NHS repeat prescriptions
nhs-summary = Use the NHS App to order your repeat medicines and check on them. You need your own email address and a phone.

## The practice app
nhs-medicine-amlodipine = Amlodipine 5mg tablets
nhs-medicine-salbutamol = Salbutamol inhaler
nhs-medicine-sertraline = Sertraline 50mg tablets
nhs-medicine-ramipril = Ramipril 2.5mg capsules
nhs-medicine-simvastatin = Simvastatin 20mg tablets
nhs-date-salbutamol = 14 December
nhs-pharmacy-high-street = High Street Pharmacy
nhs-pharmacy-high-street-address = 12 High Street
nhs-pharmacy-green-lane = Green Lane Chemist
nhs-pharmacy-green-lane-address = 3 Green Lane

## Frank's practice inbox
nhs-mail-rose-name = Rose
nhs-mail-rose-subject = Computer class on Monday
nhs-mail-rose-date = Yesterday
nhs-mail-rose-body = Hello Frank. Are you coming to the computer class at the library on Monday? See you there. Rose

## Lesson 1: The NHS App
nhs-app-title = The NHS App and NHS login
nhs-app-summary = Find out what the NHS App is, and log in with NHS login.
nhs-app-intro-title = Meet Frank
nhs-app-intro =
    Meet Frank. He is 72, and he lives in England. He takes tablets for his blood pressure.
    His tablets are on repeat prescription. That is a medicine you get again and again, without seeing your GP each time.
    Frank wants to order his tablets online. In this course, you help him.
nhs-app-app-title = The NHS App
nhs-app-app =
    The NHS App lets you do some NHS things online, like ordering repeat prescriptions.
    An app is a program on a phone or tablet. On a computer, you use the NHS website instead.
    The website has the same NHS account, and the same things to do.
nhs-app-need-title = Before you start
nhs-app-need = To set up NHS login, you need your own email address and a phone. You can share a phone, but not an email address. What does Frank need?
nhs-app-need-printer = A printer
nhs-app-need-printer-feedback = Not quite. He needs his own email address and a phone.
nhs-app-need-own = His own email address and a phone
nhs-app-need-own-feedback = Yes, that is right. If you have no email address yet, do the Email course first.
nhs-app-need-card = His bank card
nhs-app-need-card-feedback = No. NHS login does not need a bank card. He needs his own email address and a phone.
nhs-app-login-title = NHS login
nhs-app-login =
    To use the NHS App, you log in with NHS login. Log in means open your account.
    You type your email address and your password.
    Keep your password safe. Never tell it to anyone.
nhs-app-code-title = A security code
nhs-app-code =
    Then NHS login sends you a security code. It usually comes by text message to your mobile phone.
    The code has 6 digits. You type it in. This shows it is really you.
    On a phone or computer it knows already, it may not ask for a code.
nhs-app-log-in-title = Log in
nhs-app-log-in =
    This is a practice NHS App. The login details on the screen are made up.
    Help Frank log in. Type the practice email and password, then the code from the practice text message.
nhs-app-log-in-done = Well done. Frank is logged in.
nhs-app-wales-title = In Wales
nhs-app-wales =
    If your GP is in Wales, you use the NHS Wales App instead.
    You log in to the NHS Wales App with NHS login too.
nhs-app-check-title = A quick check
nhs-app-check = After the email address and password, how does NHS login check it is Frank?
nhs-app-check-card = It asks for his bank card
nhs-app-check-card-feedback = No. NHS login does not ask for your bank card.
nhs-app-check-code = It sends a code, usually by text
nhs-app-check-code-feedback = Yes, that is right. He types in the 6-digit code.
nhs-app-check-postcode = It asks for his postcode only
nhs-app-check-postcode-feedback = Not quite. It sends a 6-digit code, usually by text message.
nhs-app-recap-title = Well done
nhs-app-recap =
    NHS login uses your email address, your password, and a code, usually sent by text.
    Keep your password to yourself. On a computer, use the NHS website.

## Lesson 2: Proving who you are
nhs-id-title = Proving who you are
nhs-id-summary = Find out how NHS login checks who you are, with or without photo ID.
nhs-id-why-title = The first time
nhs-id-why =
    The first time Frank uses NHS login, it asks him to prove who he is. He only does this once.
    To order prescriptions, he must do it. It links his NHS login to his GP record.
nhs-id-two-ways-title = Two ways
nhs-id-two-ways =
    With photo ID, such as a passport or driving licence, you take a photo of it. Then you scan your face, or record a short video of you saying 4 numbers.
    Without photo ID, you ask your GP surgery for 3 details. They are a Linkage Key, an ODS code and an Account ID. You type them in.
nhs-id-your-way-title = Which way is yours?
nhs-id-your-way = Do you have photo ID, such as a passport or driving licence? There is no wrong answer.
nhs-id-your-way-yes = Yes, I have photo ID
nhs-id-your-way-yes-feedback = Good. You take a photo of it. Then you scan your face, or record a short video.
nhs-id-your-way-no = No, I do not have photo ID
nhs-id-your-way-no-feedback = That is fine. Ask your GP surgery for your 3 details first: Linkage Key, ODS code and Account ID.
nhs-id-your-way-unsure = I am not sure
nhs-id-your-way-unsure-feedback = Ask at your GP surgery. Without photo ID, they can give you the 3 details.
nhs-id-frank-title = Frank's way
nhs-id-frank =
    Frank has no passport or driving licence. His surgery gave him a letter with his 3 details.
    Help him prove who he is. The practice letter's details are on the screen.
nhs-id-frank-done = Well done. NHS login is checking Frank's details. He will get the answer by email.
nhs-id-wait-title = Waiting for the answer
nhs-id-wait =
    The answer comes by email. It can take 24 hours or more, and longer at weekends.
    Frank waits for his email. Then he can order his tablets.
nhs-id-wales-title = In Wales
nhs-id-wales =
    The NHS Wales App uses NHS login too. To see prescriptions there, you prove who you are.
    Without photo ID, your GP practice gives you an identity verification letter.
nhs-id-check-title = A quick check
nhs-id-check = How long can the check take?
nhs-id-check-seconds = A few seconds, every time
nhs-id-check-seconds-feedback = Not quite. The answer comes by email. It can take 24 hours or more.
nhs-id-check-day = 24 hours or more
nhs-id-check-day-feedback = Yes, that is right. It can take longer at weekends.
nhs-id-check-year = A whole year
nhs-id-check-year-feedback = Not quite. It can take 24 hours or more, and longer at weekends.
nhs-id-recap-title = Well done
nhs-id-recap =
    The first time, NHS login checks who you are.
    With photo ID: a photo of it, then a face scan or a short video. Without: 3 details from your GP surgery.
    The answer comes by email. It can take 24 hours or more.

## Lesson 3: Your nominated pharmacy
nhs-pharmacy-title = Your nominated pharmacy
nhs-pharmacy-summary = Find out what a nominated pharmacy is, and change yours.
nhs-pharmacy-intro-title = Your nominated pharmacy
nhs-pharmacy-intro =
    Your nominated pharmacy is the pharmacy you choose to send your prescriptions to.
    When your GP says yes to an order, it goes there. You collect your medicine from there.
nhs-pharmacy-change-title = Changing it
nhs-pharmacy-change =
    You can see and change your nominated pharmacy in the NHS App, under Prescriptions.
    Some pharmacies are online only. You choose those on their own website, not in the app.
nhs-pharmacy-change-it-title = Change the pharmacy
nhs-pharmacy-change-it =
    Frank has moved house. Green Lane Chemist is nearer now.
    Help him make Green Lane Chemist his nominated pharmacy.
nhs-pharmacy-change-it-done = Well done. Frank's prescriptions will go to Green Lane Chemist.
nhs-pharmacy-check-title = A quick check
nhs-pharmacy-check = What is your nominated pharmacy?
nhs-pharmacy-check-gp = The pharmacy my GP chooses for me
nhs-pharmacy-check-gp-feedback = Not quite. You choose it, not your GP.
nhs-pharmacy-check-chosen = The pharmacy I choose to send my prescriptions to
nhs-pharmacy-check-chosen-feedback = Yes, that is right.
nhs-pharmacy-check-nearest = Always the pharmacy nearest my home
nhs-pharmacy-check-nearest-feedback = Not quite. You choose it. It does not have to be the nearest one.
nhs-pharmacy-recap-title = Well done
nhs-pharmacy-recap =
    Your nominated pharmacy gets your prescriptions.
    You can change it in the app, under Prescriptions. Frank's is Green Lane Chemist now.

## Lesson 4: Ordering a repeat prescription
nhs-order-title = Ordering a repeat prescription
nhs-order-summary = Order your repeat medicines in the NHS App, in good time.
nhs-order-intro-title = Ordering
nhs-order-intro =
    In the NHS App, choose Prescriptions, then Order a repeat prescription.
    The app shows a list of your repeat medicines.
    Choose the ones you need.
nhs-order-not-yet-title = Not yet
nhs-order-not-yet =
    Some medicines cannot be ordered yet. The app says why, and when you can.
    It may be too soon. It may be asked for already. Or your GP may need to check on you first.
nhs-order-not-yet-check-title = A quick check
nhs-order-not-yet-check = Frank's inhaler says: too soon, you can order it from 14 December. What does that mean?
nhs-order-not-yet-check-never = He can never order it again
nhs-order-not-yet-check-never-feedback = Not quite. He can order it from 14 December.
nhs-order-not-yet-check-later = He can order it from 14 December
nhs-order-not-yet-check-later-feedback = Yes, that is right. The app says when he can.
nhs-order-not-yet-check-broken = The app is broken
nhs-order-not-yet-check-broken-feedback = Not quite. The app is telling him when he can order it.
nhs-order-note-title = A note
nhs-order-note =
    Next, you can add a note for your GP surgery. You do not have to.
    For example, you can say if you are going away.
nhs-order-confirm-title = Check and send
nhs-order-confirm =
    Last, check your order and choose Confirm and send.
    It goes to your GP surgery first. When they say yes, it goes to your pharmacy.
    The screens may look a little different at your surgery.
nhs-order-check-title = A quick check
nhs-order-check = When you send your order, where does it go first?
nhs-order-check-pharmacy = Straight to my pharmacy
nhs-order-check-pharmacy-feedback = Not quite. It goes to your GP surgery first. Then it goes to your pharmacy.
nhs-order-check-surgery = To my GP surgery, to say yes
nhs-order-check-surgery-feedback = Yes, that is right. Then it goes to your nominated pharmacy.
nhs-order-check-hospital = To the hospital
nhs-order-check-hospital-feedback = Not quite. It goes to your GP surgery first.
nhs-order-order-title = Order the medicine
nhs-order-order =
    Frank needs more Amlodipine. Help him order it.
    Add this note for the surgery: I am going away on 3 June.
nhs-order-order-words = I am going away on 3 June
nhs-order-order-done = Well done. Frank's order went to his GP surgery.
nhs-order-timing-title = How long it takes
nhs-order-timing =
    A surgery usually takes about 2 working days to say yes.
    You can usually collect 3 to 5 working days after you order.
    So order about a week before you run out. Order earlier before a bank holiday.
nhs-order-timing-check-title = A quick check
nhs-order-timing-check = When should Frank order his tablets?
nhs-order-timing-check-day = The day before they run out
nhs-order-timing-check-day-feedback = Not quite. It usually takes 3 to 5 working days. Order about a week before.
nhs-order-timing-check-week = About a week before they run out
nhs-order-timing-check-week-feedback = Yes, that is right. And earlier before a bank holiday.
nhs-order-timing-check-after = After they run out
nhs-order-timing-check-after-feedback = Not quite. Then he would have no tablets for days. Order about a week before.
nhs-order-recap-title = Well done
nhs-order-recap =
    Choose Prescriptions, then Order a repeat prescription.
    Choose your medicines, add a note if you like, then check and send.
    Order about a week before you run out.

## Lesson 5: Checking and collecting
nhs-status-title = Checking and collecting
nhs-status-summary = Check on your order, collect it, and cancel it if you need to.
nhs-status-status-title = Where is my order?
nhs-status-status =
    Choose Check your prescriptions to see where your order is.
    First it says requested. Then approved, when your GP says yes.
    If they say no, it says why.
nhs-status-collect-title = Ready to collect
nhs-status-collect =
    Some pharmacies show in the app when your medicine is ready to collect. Not all pharmacies do.
    Frank's pharmacy, Green Lane Chemist, does. Look in the app: it may not send you a message.
nhs-status-ready-title = Check on the order
nhs-status-ready =
    Frank has an order waiting. Help him check his prescriptions.
    Choose Check for updates until it says ready to collect.
nhs-status-ready-done = Well done. Frank's medicine is ready to collect.
nhs-status-barcode-title = The barcode
nhs-status-barcode =
    The app also has a barcode for your prescription.
    With it, you can collect from a pharmacy that is not your nominated one. At your nominated pharmacy, you do not need it.
nhs-status-about-cancel-title = Cancelling
nhs-status-about-cancel = You can cancel an order, but only while it is still waiting for your GP surgery.
nhs-status-cancel-title = Cancel an order
nhs-status-cancel = Frank asked for a medicine by mistake. Help him cancel the order that is waiting.
nhs-status-cancel-done = Well done. The order is cancelled.
nhs-status-check-title = A quick check
nhs-status-check = When can you cancel an order?
nhs-status-check-any-time = At any time
nhs-status-check-any-time-feedback = Not quite. Only while it is waiting for your GP surgery.
nhs-status-check-waiting = While it waits for my GP surgery
nhs-status-check-waiting-feedback = Yes, that is right. After that, you cannot cancel it in the app.
nhs-status-check-never = Never
nhs-status-check-never-feedback = Not quite. You can cancel while it is waiting for your GP surgery.
nhs-status-recap-title = Well done
nhs-status-recap =
    Check your prescriptions to see where your order is.
    Collect it when it is ready. The barcode lets you collect from another pharmacy.
    Cancel only while it waits for your GP.

## Lesson 6: Staying safe
nhs-safe-title = Staying safe
nhs-safe-summary = Spot fake NHS messages, and report them.
nhs-safe-fakes-title = Fake NHS messages
nhs-safe-fakes =
    Some emails and texts pretend to be from the NHS.
    Fake NHS prescription emails are going round. They want your money or your details.
nhs-safe-never-title = What the NHS never asks
nhs-safe-never =
    The NHS never asks for your bank or card details, your PIN or your banking password.
    If a message asks for them, it is a scam.
nhs-safe-report-title = Report a fake
nhs-safe-report =
    One email in Frank's inbox is a fake NHS message. Help him report it.
    Open it, choose Forward, and send it to report@phishing.gov.uk
nhs-safe-report-done = Well done. You reported the fake email. Now you can delete it.
nhs-safe-free-title = Free prescriptions
nhs-safe-free =
    Prescriptions are free in Wales, Scotland and Northern Ireland.
    In England, they are free for people aged 60 or over, like Frank, and for some others.
    So a message asking Frank to pay for a prescription is a scam.
nhs-safe-real-title = A real surgery text
nhs-safe-real =
    A real text from your surgery may have a link, to your appointment for example.
    It never asks for money or bank details.
    Not sure? Phone the surgery on a number you already know, not one in the text.
nhs-safe-check-title = A quick check
nhs-safe-check = A text says Frank's prescription payment failed. It asks for his bank card. What does he do?
nhs-safe-check-pay = Pay, so his medicine does not stop
nhs-safe-check-pay-feedback = No. The NHS never asks for bank details by text. And Frank's prescriptions are free. It is a scam.
nhs-safe-check-report = Forward the text to 7726
nhs-safe-check-report-feedback = Yes, that is right. 7726 is for scam texts. Then delete it.
nhs-safe-check-call = Call the number in the text
nhs-safe-check-call-feedback = Not quite. Do not use numbers from a scam. Forward it to 7726.
nhs-safe-clicked-title = If you already clicked or paid
nhs-safe-clicked =
    Call your bank at once, on 159 or the number on your card.
    Then tell Report Fraud, on 0300 123 2040. It is not your fault.
nhs-safe-recap-title = Well done
nhs-safe-recap =
    The NHS never asks for bank details by email or text.
    Forward scam emails to report@phishing.gov.uk. Forward scam texts to 7726.

## Done for real: a learner records this on their home page after the course.
nhs-milestone-ordered = I ordered a repeat prescription in the real NHS App
