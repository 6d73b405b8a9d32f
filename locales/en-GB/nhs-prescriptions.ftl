# Course: NHS repeat prescriptions (lessons/04-nhs-prescriptions). Every fact here is
# from shared/docs/content-sources.md (NHS login; Prescriptions in the NHS App). The
# practice app uses made-up login details, medicines and pharmacies.

nhs-title = NHS repeat prescriptions
nhs-summary = Use the NHS App to order your repeat medicines and check on them.

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

## Lesson 1: The NHS App
nhs-app-title = The NHS App and NHS login
nhs-app-summary = Find out what the NHS App is, and log in with NHS login.
nhs-app-intro-title = The NHS App
nhs-app-intro =
    The NHS App lets you do some NHS things online.
    In this course, you use it to order your repeat medicines.
    A repeat prescription is a medicine you get again and again, without seeing your GP each time.
nhs-app-login-title = NHS login
nhs-app-login =
    To use the NHS App, you log in with NHS login.
    You type your email address and a password.
    Keep your password safe. Never tell it to anyone.
nhs-app-code-title = A code by text
nhs-app-code =
    Then NHS login sends a code to your mobile phone by text message.
    The code has 6 numbers. You type it in. This shows it is really you.
nhs-app-log-in-title = Log in
nhs-app-log-in =
    This is a practice NHS App. The login details on the screen are made up.
    Type the practice email and password, then the code from the practice text message.
nhs-app-log-in-done = Well done. You logged in.
nhs-app-check-title = A quick check
nhs-app-check = After your email and password, how does NHS login check it is you?
nhs-app-check-card = It asks for my bank card
nhs-app-check-card-feedback = No. NHS login does not ask for your bank card.
nhs-app-check-code = It sends a code to my phone by text
nhs-app-check-code-feedback = Yes, that is right. You type in the 6-number code.
nhs-app-check-postcode = It asks for my postcode only
nhs-app-check-postcode-feedback = Not quite. It sends a 6-number code to your phone by text.
nhs-app-recap-title = Well done
nhs-app-recap =
    NHS login uses your email, your password, and a code sent to your phone.
    Keep your password to yourself.

## Lesson 2: Your nominated pharmacy
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
nhs-pharmacy-change-it-title = Change your pharmacy
nhs-pharmacy-change-it =
    You have moved house. Green Lane Chemist is nearer now.
    Make Green Lane Chemist your nominated pharmacy.
nhs-pharmacy-change-it-done = Well done. Your prescriptions will go to Green Lane Chemist.
nhs-pharmacy-check-title = A quick check
nhs-pharmacy-check = What is your nominated pharmacy?
nhs-pharmacy-check-hospital = The hospital where I was born
nhs-pharmacy-check-hospital-feedback = Not quite. It is the pharmacy you choose for your prescriptions.
nhs-pharmacy-check-chosen = The pharmacy I choose to send my prescriptions to
nhs-pharmacy-check-chosen-feedback = Yes, that is right.
nhs-pharmacy-check-nearest = Always the pharmacy nearest my home
nhs-pharmacy-check-nearest-feedback = Not quite. You choose it. It does not have to be the nearest one.
nhs-pharmacy-recap-title = Well done
nhs-pharmacy-recap =
    Your nominated pharmacy gets your prescriptions.
    You can change it in the app, under Prescriptions.

## Lesson 3: Ordering a repeat prescription
nhs-order-title = Ordering a repeat prescription
nhs-order-summary = Order your repeat medicines in the NHS App.
nhs-order-intro-title = Ordering
nhs-order-intro =
    In the NHS App, choose Prescriptions, then Order a repeat prescription.
    The app shows a list of your repeat medicines.
    Choose the ones you need.
nhs-order-not-yet-title = Not yet
nhs-order-not-yet =
    Some medicines cannot be ordered yet. The app says why, and when you can.
    It may be too soon. It may be asked for already. Or your GP may need to check on you first.
nhs-order-note-title = A note
nhs-order-note =
    Next, you can add a note for your GP surgery. You do not have to.
    For example, you can say if you are going away.
nhs-order-confirm-title = Check and send
nhs-order-confirm =
    Last, check your order and choose Confirm and send.
    It goes to your GP surgery first. When they say yes, it goes to your pharmacy.
    The screens may look a little different at your surgery.
nhs-order-order-title = Order your medicine
nhs-order-order =
    You need more Amlodipine. Order it.
    Add this note for the surgery: I am going away on 3 June.
nhs-order-order-words = I am going away on 3 June
nhs-order-order-done = Well done. Your order went to your GP surgery.
nhs-order-check-title = A quick check
nhs-order-check = When you send your order, where does it go first?
nhs-order-check-pharmacy = Straight to my pharmacy
nhs-order-check-pharmacy-feedback = Not quite. It goes to your GP surgery first. Then it goes to your pharmacy.
nhs-order-check-surgery = To my GP surgery, to say yes
nhs-order-check-surgery-feedback = Yes, that is right. Then it goes to your nominated pharmacy.
nhs-order-check-hospital = To the hospital
nhs-order-check-hospital-feedback = Not quite. It goes to your GP surgery first.
nhs-order-recap-title = Well done
nhs-order-recap =
    Choose Prescriptions, then Order a repeat prescription.
    Choose your medicines, add a note if you like, then check and send.

## Lesson 4: Checking and collecting
nhs-status-title = Checking and collecting
nhs-status-summary = Check on your order, collect it, and cancel it if you need to.
nhs-status-status-title = Where is my order?
nhs-status-status =
    Choose Check your prescriptions to see where your order is.
    First it says requested. Then approved, when your GP says yes.
    If they say no, it says why.
nhs-status-collect-title = Collecting
nhs-status-collect =
    When it says ready to collect, go to your pharmacy.
    The app also has a barcode. Any pharmacy can use it to find your prescription.
nhs-status-ready-title = Check on your order
nhs-status-ready =
    You have an order waiting. Check your prescriptions.
    Choose Check for updates until it says ready to collect.
nhs-status-ready-done = Well done. Your medicine is ready to collect.
nhs-status-about-cancel-title = Cancelling
nhs-status-about-cancel = You can cancel an order, but only while it is still waiting for your GP surgery.
nhs-status-cancel-title = Cancel an order
nhs-status-cancel = You asked for a medicine by mistake. Cancel the order that is waiting.
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
    Collect it when it is ready. Cancel only while it waits for your GP.

## Lesson 5: Staying safe
nhs-safe-title = Staying safe
nhs-safe-summary = Spot fake NHS messages, and report them.
nhs-safe-fakes-title = Fake NHS messages
nhs-safe-fakes =
    Some emails and texts pretend to be from the NHS.
    Fake NHS prescription emails are going round. They want your money or your details.
nhs-safe-never-title = What the NHS never does
nhs-safe-never =
    The NHS never asks for your bank details by email or text.
    If a message asks for them, it is a scam.
nhs-safe-report-title = Report a fake
nhs-safe-report =
    One of these emails is a fake NHS message. Report it.
    Open it, choose Forward, and send it to report@phishing.gov.uk
nhs-safe-report-done = Well done. You reported the fake email. Now you can delete it.
nhs-safe-check-title = A quick check
nhs-safe-check = A text says your prescription payment failed. It asks for your bank card. What do you do?
nhs-safe-check-pay = Pay, so my medicine does not stop
nhs-safe-check-pay-feedback = No. The NHS never asks for bank details by text. It is a scam.
nhs-safe-check-report = Forward the text to 7726
nhs-safe-check-report-feedback = Yes, that is right. 7726 is for scam texts. Then delete it.
nhs-safe-check-call = Call the number in the text
nhs-safe-check-call-feedback = Not quite. Do not use numbers from a scam. Forward it to 7726.
nhs-safe-recap-title = Well done
nhs-safe-recap =
    The NHS never asks for bank details by email or text.
    Forward scam emails to report@phishing.gov.uk. Forward scam texts to 7726.
