# Course: Email (lessons/02-email). Facts: shared/docs/content-sources.md, "Email basics
# and scams", "Scams" and "Plain definitions"; docs/sources.md lists each fact with the
# step that teaches it. The practice inbox uses made-up people and example addresses.
# The learner helps Rose, whose grandson Sam has moved away; Dr Okafor is her GP.

email-title = Email
email-summary = Read, reply to and write emails, open photos, and spot scams.

## The practice inbox (Rose's)
email-okafor-name = Dr Okafor
email-okafor-subject = Your blood pressure check
email-okafor-date = Today, 9:15
email-okafor-body =
    Hello Rose. Can you come in for your blood pressure check on Tuesday at 10 in the morning?
    Please reply to let me know. Dr Okafor
email-sam-name = Sam Jones
email-sam-subject = Photo from Mia's party
email-sam-date = Yesterday
email-sam-body = Hi Gran! Here is a photo from Mia's fifth birthday party. Love, Sam
email-sam-photo = Mia, Sam's little girl, blowing out five candles on a birthday cake. The people around her are smiling.
email-library-name = Town Library
email-library-subject = Free computer classes
email-library-date = Monday
email-library-body = Our free computer classes start next week. Everyone is welcome. You do not need to book.
email-bank-name = Bank Security Team
email-bank-subject = Urgent: your account is locked
email-bank-date = Today, 7:02
email-bank-body = Dear customer, your account is locked. Click the link and type in your bank details within 24 hours, or you will lose your money.
email-fake-nhs-name = NHS Prescriptions
email-fake-nhs-subject = Your prescription payment failed
email-fake-nhs-date = Today, 8:40
email-fake-nhs-body = Dear customer, your last prescription payment failed. Click here today and type in your bank card details, or your medicine will stop.
## Rose's practice text messages
email-text-sam-from = Sam
email-text-sam-date = Yesterday
email-text-sam-body = See you on Sunday, Gran! Mia wants to show you her new bike. Sam
email-text-parcel-from = 07700 900123
email-text-parcel-date = Today, 9:40
email-text-parcel-body = Royal Mail: your parcel could not be delivered. Pay a £1.45 fee today at royalmail-redelivery.example.net or it goes back.

## Lesson 1: What email is
email-what-title = What email is
email-what-summary = Find out what email is, and what an email address looks like.
email-what-intro-title = Meet Rose
email-what-intro =
    Meet Rose. Her grandson Sam has moved away for work. He wants to send her news by email.
    Email is a message you send over the internet. It gets there in a few seconds.
    In this course, you help Rose with her email.
email-what-address-title = An email address
email-what-address =
    To send and get email, Rose needs an email address. It is like a postal address, but for email.
    Sam's email address looks like this: sam.jones@example.com
email-what-at-sign-title = The at sign
email-what-at-sign =
    The sign in the middle of an address is called "at". It looks like this: @
    You say Sam's address like this: sam dot jones at example dot com.
    { $mode ->
        [plain] On most UK keyboards, hold down Shift and press the key with @ on it. It is near Enter. Type @ now, then press Enter.
       *[tui] On most UK keyboards, hold down Shift and press the key with @ on it. It is near Enter. Press @ now.
    }
email-what-at-sign-done = Well done. That was the at sign.
email-what-type-address-title = Type an address
email-what-type-address = Type Sam's email address: sam.jones@example.com. Then press Enter.
email-what-type-address-answer = sam.jones@example.com
email-what-type-address-done = Well done. You typed an email address.
email-what-own-title = Your own address
email-what-own =
    You can share a computer or a phone with someone. But each person needs their own email address.
    Some services need one address for each person. NHS login is one of them.
email-what-account-title = Accounts and passwords
email-what-account =
    Your email is an account. An account is your own space on a service.
    You open it with your email address and a password. A password is a secret word that proves it is you.
    Never tell your password to anyone.
email-what-check-title = A quick check
email-what-check = Which one of these is an email address?
email-what-check-name = Sam Jones
email-what-check-name-feedback = Not quite. That is a name. An email address has an @ sign in it.
email-what-check-address = sam.jones@example.com
email-what-check-address-feedback = Yes, that is right. It has a name, an @ sign, and a place.
email-what-check-street = 12 High Street
email-what-check-street-feedback = Not quite. That is a postal address. An email address has an @ sign in it.
email-what-recap-title = Well done
email-what-recap =
    Email is a message you send over the internet.
    An email address has an @ sign in the middle. Each person needs their own.
    Keep your password to yourself. Next, you help Rose with her inbox.

## Lesson 2: Your inbox
email-inbox-title = Your inbox
email-inbox-summary = Find your way round an inbox, and open an email.
email-inbox-intro-title = Your inbox
email-inbox-intro =
    Your inbox is where your emails arrive.
    The newest emails are at the top of the list.
    Each one shows who sent it, what it is about, and when it came.
email-inbox-new-title = New emails
email-inbox-new =
    An email you have not read yet says New.
    When you open it, New goes away.
email-inbox-open-title = Open an email
email-inbox-open =
    Here is Rose's practice inbox. Nothing in it is real.
    Help Rose open the email from Sam Jones.
    { $mode ->
        [plain] If you get stuck, type help for a hint.
       *[tui] If you get stuck, press H for a hint.
    }
email-inbox-open-done = Well done. You opened the email from Sam.
email-inbox-check-title = A quick check
email-inbox-check = What does New mean next to an email?
email-inbox-check-unread = You have not read it yet
email-inbox-check-unread-feedback = Yes, that is right. New goes away when you open it.
email-inbox-check-stranger = It is from someone new
email-inbox-check-stranger-feedback = Not quite. New means you have not read it yet.
email-inbox-check-scam = It is a scam
email-inbox-check-scam-feedback = Not quite. New means you have not read it yet. It does not tell you if it is a scam.
email-inbox-recap-title = Well done
email-inbox-recap =
    Your inbox shows your emails, newest first.
    New means you have not read it yet. Choose an email to open it.

## Lesson 3: Reading and replying
email-reply-title = Reading and replying
email-reply-summary = Read an email and send a reply.
email-reply-reading-title = Reading an email
email-reply-reading =
    An email shows who sent it, when it came, and their message.
    Under the message are buttons, such as Reply, Forward and Delete.
email-reply-replying-title = Replying
email-reply-replying =
    Reply sends an answer to the person who wrote to you.
    Their address is filled in for you. You only type your message, then choose Send.
email-reply-reply-title = Send a reply
email-reply-reply =
    Dr Okafor has asked if Rose can come in on Tuesday. She can.
    Help Rose reply to Dr Okafor, and say: Tuesday is fine.
email-reply-reply-words = Tuesday is fine
email-reply-reply-done = Well done. Rose's reply is on its way to Dr Okafor.
email-reply-check-title = A quick check
email-reply-check = When you reply to an email, who gets your answer?
email-reply-check-everyone = Everyone in your inbox
email-reply-check-everyone-feedback = Not quite. A reply goes only to the person who wrote to you.
email-reply-check-sender = The person who wrote to you
email-reply-check-sender-feedback = Yes, that is right. Their address is filled in for you.
email-reply-check-nobody = Nobody, until you print it
email-reply-check-nobody-feedback = Not quite. When you choose Send, it goes at once to the person who wrote to you.
email-reply-recap-title = Well done
email-reply-recap =
    Open an email to read it.
    Choose Reply to answer. Type your message, then choose Send.

## Lesson 4: Writing an email
email-write-title = Writing an email
email-write-summary = Write a new email and send it.
email-write-intro-title = A new email
email-write-intro = To write to someone, choose Write a new email. A blank email opens.
email-write-boxes-title = To, Subject and Message
email-write-boxes =
    A new email has three boxes.
    To is the email address of the person you are writing to.
    Subject is a few words about what the email is about.
    Message is what you want to say.
email-write-write-title = Write an email
email-write-write =
    Sam's little girl, Mia, is five this week. Help Rose write a new email to Sam.
    Sam's address is sam.jones@example.com. In the message, say: Happy birthday to Mia. Then send it.
email-write-write-words = Happy birthday to Mia
email-write-write-done = Well done. Rose sent her first email.
email-write-check-title = A quick check
email-write-check = Which box is for the address of the person you write to?
email-write-check-to = To
email-write-check-to-feedback = Yes, that is right. The To box is for their email address.
email-write-check-subject = Subject
email-write-check-subject-feedback = Not quite. Subject is a few words about what the email is about.
email-write-check-message = Message
email-write-check-message-feedback = Not quite. Message is what you want to say.
email-write-recap-title = Well done
email-write-recap =
    Choose Write a new email. Fill in To, Subject and Message.
    Then choose Send.

## Lesson 5: Opening a photo
email-photo-title = Opening a photo
email-photo-summary = Open a photo that someone sent you.
email-photo-intro-title = Photos in emails
email-photo-intro =
    People often send photos by email.
    A photo or file sent with an email is called an attachment.
    The email says when it has one.
email-photo-photo-title = Open a photo
email-photo-photo =
    Sam sent Rose a photo of Mia's party. Help Rose open the email from Sam, then open the photo.
    This practice screen tells you in words what the photo shows.
email-photo-photo-done = Well done. You opened Sam's photo of Mia's party.
email-photo-check-title = A quick check
email-photo-check = What is an attachment?
email-photo-check-file = A photo or file sent with an email
email-photo-check-file-feedback = Yes, that is right.
email-photo-check-stamp = A kind of stamp
email-photo-check-stamp-feedback = Not quite. Emails do not need stamps. An attachment is a photo or file sent with an email.
email-photo-check-sender = The address of the sender
email-photo-check-sender-feedback = Not quite. An attachment is a photo or file sent with an email.
email-photo-recap-title = Well done
email-photo-recap =
    A photo sent with an email is an attachment.
    Open the email, then open the photo.
    Only open photos and files from people you know.

## Lesson 6: Spotting scams
email-scam-title = Spotting scams
email-scam-summary = Spot a scam email or text, and report it.
email-scam-intro-title = Scams
email-scam-intro =
    Some emails and text messages are scams. A scam tries to trick you into giving away money, or details about you.
    Rose has an email from Bank Security Team. Is it real? Let us check it, one sign at a time.
email-scam-links-title = Links
email-scam-links =
    Most scams have a link. A link is words or a picture that takes you to another page.
    To open a link, you click it. Click means press the mouse button once.
    A scam link takes you to a fake page that asks for your details.
email-scam-link-check-title = A quick check
email-scam-link-check = What does a link do when you click it?
email-scam-link-check-money = It sends money
email-scam-link-check-money-feedback = Not quite. A link takes you to another page. A scam page may then ask for money.
email-scam-link-check-page = It takes you to another page
email-scam-link-check-page-feedback = Yes, that is right. That is why a scam link can take you to a fake page.
email-scam-link-check-phone = It rings your phone
email-scam-link-check-phone-feedback = Not quite. A link takes you to another page.
email-scam-address-title = Sign 1: the address
email-scam-address =
    A scam says it is from your bank or the NHS. But the address it comes from does not match.
    Rose's email comes from security@bank-alerts-help.com. That is not her bank.
email-scam-words-title = Sign 2: the words
email-scam-words =
    A scam says Dear customer, not your name.
    It rushes you. It says you must act now, or something bad will happen.
email-scam-spot-title = Spot the signs
email-scam-spot = Rose's email says: Dear customer, act within 24 hours, or you will lose your money. What is wrong?
email-scam-spot-normal = Nothing. Banks always write like this
email-scam-spot-normal-feedback = Not quite. A real bank uses your name, and lets you stop and think.
email-scam-spot-rushed = It does not use her name, and it rushes her
email-scam-spot-rushed-feedback = Yes, that is right. Those are two warning signs.
email-scam-spot-sam = It is from her grandson Sam
email-scam-spot-sam-feedback = Not quite. It says it is from her bank. It does not use her name, and it rushes her.
email-scam-details-title = Sign 3: it asks for details
email-scam-details =
    The biggest sign is this: it asks for your bank details, your PIN or a password.
    Your bank never asks for these by email or text. Nor does the NHS.
email-scam-report-title = Report a scam
email-scam-report =
    Rose's email from Bank Security Team is a scam. Help her report it.
    Open it, choose Forward, and send it to report@phishing.gov.uk
email-scam-report-done = Well done. You reported the scam. Now you can delete it.
email-scam-texts-title = Scam texts
email-scam-texts =
    Scams come by text message too. They pretend to be from Royal Mail, your bank or the NHS.
    Forward a scam text to 7726. Then delete it.
email-scam-text-report-title = Report a scam text
email-scam-text-report =
    Rose has a text from a number she does not know. It asks her to pay a fee for a parcel, through a link.
    Help her report it. Open it, choose Forward, and send it to 7726.
email-scam-text-report-done = Well done. You reported the scam text. Now Rose can delete it.
email-scam-recap-title = Well done
email-scam-recap =
    Look for the signs: an address that does not match, Dear customer, a rush, a request for details.
    Forward scam emails to report@phishing.gov.uk.
    Forward scam text messages to 7726.

## Lesson 7: If you clicked or paid
email-clicked-title = If you clicked or paid
email-clicked-summary = Know what to do if a scam caught you out.
email-clicked-fault-title = It is not your fault
email-clicked-fault =
    Scams can fool anyone. If one fools you, it is not your fault. The scammer is to blame.
    You are not alone, and there are things you can do at once.
email-clicked-bank-title = Call your bank
email-clicked-bank =
    Did you type in bank details, or pay? Call your bank straight away.
    Use the number on your bank card, or call 159. 159 puts you through to your bank.
email-clicked-bank-check-title = A quick check
email-clicked-bank-check = Rose typed her card details into a scam page. What should she do first?
email-clicked-bank-check-wait = Wait and see what happens
email-clicked-bank-check-wait-feedback = Not quite. Call the bank straight away, on 159 or the number on the card.
email-clicked-bank-check-call = Call her bank, on 159 or the number on her card
email-clicked-bank-check-call-feedback = Yes, that is right. Call straight away.
email-clicked-bank-check-reply = Reply to the scam and ask for her money back
email-clicked-bank-check-reply-feedback = Not quite. Never reply to a scam. Call the bank on 159 or the number on the card.
email-clicked-passwords-title = Change your passwords
email-clicked-passwords =
    Did you type in a password? Change it. Change your banking passwords first.
    Did you send money by bank transfer in the last 24 hours? Call the police on 101 too.
email-clicked-report-title = Report it
email-clicked-report =
    Tell Report Fraud. It took over from Action Fraud in December 2025.
    Call 0300 123 2040, or use its website, reportfraud.police.uk. A website is a set of pages on the internet.
    In Scotland, call Police Scotland on 101.
email-clicked-check-title = A quick check
email-clicked-check = A scam fooled Rose. Who is to blame?
email-clicked-check-you = Rose
email-clicked-check-you-feedback = No. It is not her fault. The scammer is to blame.
email-clicked-check-scammer = The scammer
email-clicked-check-scammer-feedback = Yes, that is right. Scams can fool anyone.
email-clicked-check-bank = Her bank
email-clicked-check-bank-feedback = Not quite. The scammer is to blame. Her bank can help her.
email-clicked-recap-title = Well done
email-clicked-recap =
    If a scam fools you, it is not your fault.
    Call your bank on 159. Change your passwords. Report it to Report Fraud on 0300 123 2040.

## Done for real: a learner records this on their home page after the course.
email-milestone-sent = I sent an email to someone I know
