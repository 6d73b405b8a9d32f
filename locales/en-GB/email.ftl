# Course: Email (lessons/02-email). Facts: shared/docs/content-sources.md, "Email basics
# and scams". The practice inbox uses made-up people and example addresses.

email-title = Email
email-summary = Read, reply to and write emails, open photos, and spot scams.

## The practice inbox
email-okafor-name = Dr Okafor
email-okafor-subject = Your blood pressure check
email-okafor-date = Today, 9:15
email-okafor-body =
    Hello. Can you come in for your blood pressure check on Tuesday at 10 in the morning?
    Please reply to let me know. Dr Okafor
email-sam-name = Sam Jones
email-sam-subject = Photo from my party
email-sam-date = Yesterday
email-sam-body = Hi! Here is a photo from my birthday party. Love, Sam
email-sam-photo = A girl blowing out five candles on a birthday cake. The people around her are smiling.
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

## Lesson 1: What email is
email-what-title = What email is
email-what-summary = Find out what email is, and what an email address looks like.
email-what-intro-title = What email is
email-what-intro =
    Email is a way to send a message over the internet.
    It gets there in a few seconds. It costs nothing to send.
email-what-address-title = An email address
email-what-address =
    To send and get email, you need an email address. It is like a postal address, but for email.
    An email address looks like this: sam.jones@example.com
email-what-at-sign-title = The at sign
email-what-at-sign =
    The sign in the middle of an address is called "at". It looks like this: @
    You say the address like this: sam dot jones at example dot com.
    On most UK keyboards, hold down Shift and press the key with @ on it. It is near Enter.
email-what-type-address-title = Type an address
email-what-type-address = Type this email address: sam.jones@example.com. Then press Enter.
email-what-type-address-answer = sam.jones@example.com
email-what-type-address-done = Well done. You typed an email address.
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
    An email address has an @ sign in the middle.
    Next, you will see an inbox.

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
    Here is a practice inbox. Nothing in it is real.
    Open the email from Sam Jones.
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
    Dr Okafor has asked if you can come in on Tuesday.
    Reply to Dr Okafor and say: Tuesday is fine.
email-reply-reply-words = Tuesday is fine
email-reply-reply-done = Well done. Your reply is on its way to Dr Okafor.
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
    Write a new email to Sam. Sam's address is sam.jones@example.com.
    In the message, say: Happy birthday. Then send it.
email-write-write-words = Happy birthday
email-write-write-done = Well done. You sent your first email.
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
email-photo-photo = Sam has sent you a photo. Open the email from Sam, then open the photo.
email-photo-photo-done = Well done. You opened the photo.
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
email-scam-summary = Spot a scam email, and report it.
email-scam-intro-title = Scam emails
email-scam-intro =
    Some emails are scams.
    A scam tries to trick you into giving away money, or details about you.
email-scam-signs-title = Warning signs
email-scam-signs =
    Here are the warning signs of a scam email.
    It says it is from your bank or the NHS, but the address does not match.
    It says Dear customer, not your name.
    It says you must act now.
    It asks for your bank details or a password.
    It has an odd link to click.
email-scam-nhs-title = The NHS and your bank
email-scam-nhs =
    The NHS never asks for your bank details by email or text.
    Fake NHS prescription emails are going round. Do not click their links.
email-scam-report-title = Report a scam
email-scam-report =
    One email in this inbox is a scam. Report it.
    Open it, choose Forward, and send it to report@phishing.gov.uk
email-scam-report-done = Well done. You reported the scam. Now you can delete it.
email-scam-check-title = A quick check
email-scam-check = An email says it is from the NHS. It asks for your bank card details. What do you do?
email-scam-check-card = Type in my card details quickly
email-scam-check-card-feedback = No. The NHS never asks for bank details by email. This is a scam.
email-scam-check-report = Forward it to report@phishing.gov.uk
email-scam-check-report-feedback = Yes, that is right. Then you can delete it.
email-scam-check-reply = Reply and ask if it is real
email-scam-check-reply-feedback = Not quite. Do not reply to a scam. Report it, then delete it.
email-scam-recap-title = Well done
email-scam-recap =
    Look out for the warning signs.
    Forward scam emails to report@phishing.gov.uk.
    Forward scam text messages to 7726.
