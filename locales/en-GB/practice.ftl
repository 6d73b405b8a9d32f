# The safe practice screens: an email inbox, a video call and the NHS App.
# They must look and behave like the real thing, and always say they are practice.
# Arguments: $label, $field and $value are other words put in place; $number counts.

practice-panel-title = Practice screen. { $title }
practice-start-again = Start this practice again
practice-text = { $text }
practice-box-empty = (empty)
practice-secret-typed = { $count ->
        [one] 1 character typed
       *[other] { $count } characters typed
    }
practice-nothing = Nothing happened. That does not work on this screen.
practice-off-track = That is not part of this task.
practice-way-back = { $mode ->
        [plain] Type back to go back.
       *[tui] Press Escape to go back.
    }
practice-way-back-inbox = { $mode ->
        [plain] Type back to go back to your inbox.
       *[tui] Press Escape to go back to your inbox.
    }
practice-did-reset = The practice has started again from the beginning.
practice-did-back = You went back.
practice-did-edit = { $mode ->
        [plain] Type in the { $field } box, then press Enter.
       *[tui] You are in the { $field } box. Type, then press Enter.
    }
practice-did-type = You typed in the { $field } box.
practice-box-now = The { $field } box now has { $text }.
practice-box-unchanged = Nothing was changed in the { $field } box.
practice-spelt = The { $field } box has { $text }.
practice-spelt-nothing = The { $field } box is empty.
practice-did-stop-typing = You stopped typing.

## Help on practice screens: a hint, then "show me", then "do it for me".
practice-hint-choose = A hint. Look for { $label }.
practice-hint-type = A hint. Type in the { $field } box, then press Enter.
practice-show-choose = { $mode ->
        [plain] Type { $number } and press Enter, to choose { $label }.
       *[tui] Choose { $label }. It is number { $number }, and it is marked now. Press Enter.
    }
practice-show-type = Type { $text } in the { $field } box, then press Enter.
practice-help-did = I did it for you. { $did }
practice-help-typed = I typed { $text } for you. { $field }
practice-help-typed-secret = I typed the practice password for you. { $field }

## Email: the inbox
practice-inbox-title = Inbox
practice-inbox-count = You have { $count } { $count ->
        [one] email
       *[other] emails
    }. { $unread ->
        [0] You have read them all.
       *[other] { $unread } not read yet.
    }
practice-inbox-item = { $unread ->
        [1] New.{" "}
       *[0] {""}
    }{ $name }{ $addresses ->
        [1] , { $address }
       *[0] {""}
    }. { $subject }, { $date }{ $photo ->
        [1] , with a photo
       *[0] {""}
    }
practice-inbox-write = Write a new email
practice-mail-title = { $subject }
practice-mail-from = From { $name }, { $address }
practice-mail-date = Sent { $date }
practice-mail-has-photo = There is a photo with this email.
practice-mail-reply = Reply
practice-mail-forward = Forward
practice-mail-delete = Delete
practice-mail-open-photo = Open the photo
practice-back-to-inbox = Back to the inbox
practice-photo-title = Photo
practice-photo-description = The photo shows { $description }
practice-back-to-message = Back to the email
practice-compose-new = New email
practice-compose-reply = Reply
practice-compose-forward = Forward
practice-compose-quoting = The email from { $name } about { $subject } is added below your words.
practice-field-to = To, { $value }
practice-field-subject = Subject, { $value }
practice-field-message = Message, { $value }
practice-label-to = To
practice-label-subject = Subject
practice-label-message = Message
practice-subject-re = Re: { $subject }
practice-subject-fwd = Fwd: { $subject }
practice-compose-send = Send
practice-compose-discard = Cancel and throw this email away
practice-did-open = You opened the email from { $name }.
practice-did-write = A new email is open. Fill in To, Subject and Message.
practice-did-reply = A reply is open. The To box already has their address.
practice-did-forward = The email is ready to forward. Type who it goes to in the To box.
practice-did-delete = The email went to the bin.
practice-did-photo = You opened the photo. It shows { $description }
practice-did-back-inbox = You went back to your inbox.
practice-did-back-message = You went back to the email.
practice-did-discard = The email was thrown away. It was not sent.
practice-did-send = Your email was sent to { $address }.
practice-send-no-address = The email was not sent. Please type an email address in the To box.
practice-send-bad-address = The email was not sent. { $address } is not an email address. An address has an @ in it, like name@example.com.
practice-send-address-space = The email was not sent. { $address } has a space in it. An email address has no spaces.
practice-send-address-no-name = The email was not sent. { $address } has nothing before the @. An address has a name before it, like name@example.com.
practice-send-address-no-ending = The email was not sent. { $address } is not a whole address. It needs a dot and an ending after the @, like name@example.com.

## Video call
practice-call-messages-title = Text messages
practice-call-text-from = A text message from { $name }.
practice-call-text = { $text }
practice-call-open-link = Open the link
practice-call-browser-title = Web browser
practice-call-permission = This page wants to use your camera and microphone.
practice-call-allow = Allow
practice-call-block = Block
practice-call-blocked = You chose Block. Without your camera and microphone, nobody can see or hear you.
practice-call-try-again = Try again
practice-call-ready-title = Ready to join?
practice-call-you = Your camera shows { $description }
practice-call-status = { $muted ->
        [1] Your microphone is off.
       *[0] Your microphone is on.
    } { $camera ->
        [1] Your camera is on.
       *[0] Your camera is off.
    }
practice-call-name-box = Your name, { $value }
practice-call-name-label = Your name
practice-call-join = Join now
practice-call-need-name = Please type your name first, so the others know who you are.
practice-call-waiting-title = Waiting room
practice-call-waiting = Please wait. The host will let you in soon.
practice-call-keep-waiting = Keep waiting
practice-call-ringing-title = Incoming video call
practice-call-ringing = { $name } is calling you.
practice-call-answer = Answer
practice-call-decline = Decline
practice-call-declined-title = Call declined
practice-call-declined = You said no to the call. { $name } can call again.
practice-call-ring-again = Wait for { $name } to call again
practice-call-did-answer = You answered. You can see and hear { $name }.
practice-call-did-decline = You declined the call.
practice-call-did-ring-again = { $name } is calling again.
practice-call-end = End call
practice-call-did-end = You ended the call.
practice-call-use-end = To end the call, choose End call.
practice-call-say-box = Say something by typing it, as this practice cannot hear you. { $value }
practice-call-say-label = What you say
practice-call-did-say = You said, { $text }
practice-call-you-said = You said, { $text }
practice-call-in-call-title = In the call
practice-call-with = You are in the call with { $name }.
practice-call-scene = You can see { $description }
practice-call-mute = Mute
practice-call-unmute = Unmute
practice-call-camera-off = Turn camera off
practice-call-camera-on = Turn camera on
practice-call-leave = Leave call
practice-call-left-title = Call ended
practice-call-left = You left the call.
practice-call-use-leave = To leave the call, choose Leave call.
practice-call-did-open = The link opened in the web browser.
practice-call-did-allow = You allowed the camera and microphone.
practice-call-did-block = You blocked the camera and microphone.
practice-call-did-try-again = The browser asks again.
practice-call-did-join = You asked to join.
practice-call-did-leave-waiting = You left the waiting room.
practice-call-let-in = The host let you in.
practice-call-did-mute = You are muted. Nobody can hear you.
practice-call-did-unmute = Your microphone is on. Everyone can hear you.
practice-call-did-camera-off = Your camera is off. Nobody can see you.
practice-call-did-camera-on = Your camera is on. Everyone can see you.
practice-call-did-leave = You left the call.
practice-call-did-back = You went back to your text messages.

## NHS App (practice: made-up details that open nothing real)
practice-nhs-login-title = NHS login
practice-nhs-login-details = These are practice details, not real ones. The email address is { $email }. The password is { $password }.
practice-nhs-email-box = Email address, { $value }
practice-nhs-email-label = Email address
practice-nhs-password-box = Password, { $value }
practice-nhs-password-label = Password
practice-nhs-continue = Continue
practice-nhs-wrong-login = The email address or password is not right. Check them and try again.
practice-nhs-did-login = The email and password are right.
practice-nhs-code-title = Enter the security code
practice-nhs-code-sent = We sent a 6-digit security code by text message to your mobile phone.
practice-nhs-code-text = Practice text message. Your NHS login security code is { $code }.
practice-nhs-code-box = Security code, { $value }
practice-nhs-code-label = Security code
practice-nhs-wrong-code = That security code is not right. Check the text message and try again.
practice-nhs-did-code = You are logged in.
practice-nhs-prove-title = Prove who you are
practice-nhs-prove-why = To order prescriptions, NHS login needs to check who you are. You only do this once.
practice-nhs-prove-question = Do you have photo ID, such as a passport or driving licence?
practice-nhs-have-photo-id = Yes, I have photo ID
practice-nhs-no-photo-id = No, I do not have photo ID
practice-nhs-back = Back
practice-nhs-did-photo-id = You chose Yes, I have photo ID.
practice-nhs-did-no-photo-id = You chose No, I do not have photo ID.
practice-nhs-photo-title = Take a photo of your ID
practice-nhs-photo-help = Take a photo of your passport or driving licence. This is practice, so no real photo is taken.
practice-nhs-take-photo = Take the photo
practice-nhs-did-take-photo = The photo of your ID is taken.
practice-nhs-face-title = Show it is you
practice-nhs-face-help = Scan your face, or record a short video of you saying 4 numbers. This is practice, so nothing is really recorded.
practice-nhs-scan-face = Scan my face
practice-nhs-record-video = Record a short video
practice-nhs-did-scan-face = Your face is scanned. NHS login will email you the answer. It can take 24 hours or more.
practice-nhs-did-record-video = Your video is recorded. NHS login will email you the answer. It can take 24 hours or more.
practice-nhs-details-title = Details from your GP surgery
practice-nhs-details-help = Type the 3 details from your GP surgery's letter. These are practice details, not real ones. The ODS code is { $ods }. The Account ID is { $account }. The Linkage Key is { $linkage }.
practice-nhs-ods-box = ODS code, { $value }
practice-nhs-ods-label = ODS code
practice-nhs-account-box = Account ID, { $value }
practice-nhs-account-label = Account ID
practice-nhs-linkage-box = Linkage Key, { $value }
practice-nhs-linkage-label = Linkage Key
practice-nhs-wrong-details = One of the details is not right. Check them against the letter and try again.
practice-nhs-did-details = The 3 details are sent. NHS login will email you the answer. It can take 24 hours or more.
practice-nhs-checking-title = We are checking who you are
practice-nhs-checking = Thank you. NHS login is checking your details. You will get the answer by email. It can take 24 hours or more, and longer at weekends.
practice-nhs-home-title = NHS App home
practice-nhs-home = Welcome to the NHS App. This is the practice version.
practice-nhs-prescriptions = Prescriptions
practice-nhs-did-prescriptions = You opened Prescriptions.
practice-nhs-prescriptions-title = Prescriptions
practice-nhs-order = Order a repeat prescription
practice-nhs-orders = Check your prescriptions
practice-nhs-pharmacy = Your nominated pharmacy
practice-nhs-home-button = Back to Home
practice-nhs-did-order = Here are your repeat medicines.
practice-nhs-choose-title = Choose your medicines
practice-nhs-choose-help = Choose the medicines you need. Some cannot be ordered yet, and they say why.
practice-nhs-medicine-chosen = Chosen, { $name }
practice-nhs-medicine-not-chosen = Not chosen, { $name }
practice-nhs-medicine-requested = { $name }, already requested. You cannot order it again yet.
practice-nhs-medicine-too-soon = { $name }, too soon. You can order it from { $date }.
practice-nhs-medicine-review = { $name }, review needed. Contact your GP surgery.
practice-nhs-did-choose = You chose { $name }.
practice-nhs-did-unchoose = { $name } is not chosen now.
practice-nhs-why-requested = { $name } is already requested. Your GP surgery is looking at it.
practice-nhs-why-too-soon = It is too soon to order { $name }. You can order it from { $date }.
practice-nhs-why-review = { $name } needs a review first. Contact your GP surgery to book one.
practice-nhs-choose-one = Please choose at least one medicine first.
practice-nhs-did-continue = You went to the next screen.
practice-nhs-note-title = Add a note
practice-nhs-note-help = You can add a note for your GP surgery. This is optional.
practice-nhs-note-box = Note, { $value }
practice-nhs-note-label = Note
practice-nhs-review-title = Check your order
practice-nhs-review-medicine = Medicine, { $name }
practice-nhs-review-note = Note, { $note }
practice-nhs-review-pharmacy = Your prescription will go to { $name }, { $address }.
practice-nhs-confirm = Confirm and send
practice-nhs-change = Change
practice-nhs-did-confirm = Your order was sent.
practice-nhs-sent-title = Order sent
practice-nhs-sent = Your GP surgery will check your order. When it is approved, it goes to { $name }, { $address }.
practice-nhs-back-to-prescriptions = Back to Prescriptions
practice-nhs-did-orders = Here are your prescriptions.
practice-nhs-orders-title = Your prescriptions
practice-nhs-no-orders = You have no prescriptions ordered.
practice-nhs-order-line = { $name }, { $status ->
        [requested] requested. Waiting for your GP surgery.
        [approved] approved by your GP surgery. Sent to your pharmacy.
        [rejected] not approved.
        [ready] ready to collect from your pharmacy.
       *[cancelled] cancelled.
    }
practice-nhs-order-reason = The surgery says why. { $reason }
practice-nhs-cancel = Cancel this request for { $name }
practice-nhs-did-cancel = The request was cancelled.
practice-nhs-update = Check for updates
practice-nhs-did-update = There is news about your prescription. Some days have passed.
practice-nhs-no-update = There is no news.
practice-nhs-did-pharmacy = Here is your nominated pharmacy.
practice-nhs-pharmacy-title = Your nominated pharmacy
practice-nhs-pharmacy-now = { $name }, { $address }
practice-nhs-pharmacy-explain = Your nominated pharmacy is the pharmacy you chose to send your prescriptions to.
practice-nhs-change-pharmacy = Change your nominated pharmacy
practice-nhs-did-change-pharmacy = Choose a new pharmacy.
practice-nhs-choose-pharmacy-title = Choose a pharmacy
practice-nhs-choose-pharmacy-help = Choose the pharmacy you want your prescriptions sent to.
practice-nhs-pharmacy-item = { $name }, { $address }
practice-nhs-keep-pharmacy = Keep my pharmacy
practice-nhs-did-pick = Your nominated pharmacy is now { $name }.

## Text messages on a phone
practice-texts-title = Text messages
practice-texts-count = You have { $count } text { $count ->
        [one] message
       *[other] messages
    }.
practice-texts-item = { $unread ->
        [1] New.{" "}
       *[0] {""}
    }{ $name }, { $date }
practice-texts-from = { $name }
practice-texts-sent = Sent { $date }
practice-texts-forward = Forward
practice-texts-delete = Delete
practice-texts-back = Back to your messages
practice-texts-forward-title = Forward a text
practice-texts-forwarding = This text goes with it. { $text }
practice-texts-to-box = To a phone number, { $value }
practice-texts-to-label = To
practice-texts-send = Send
practice-texts-discard = Cancel, and do not send it
practice-texts-did-open = You opened the text from { $name }.
practice-texts-did-forward = The text is ready to forward. Type who it goes to in the To box.
practice-texts-did-delete = The text was deleted.
practice-texts-did-send = The text was sent to { $number }.
practice-texts-bad-number = The text was not sent. Please type a phone number in the To box. A phone number has only numbers in it.
practice-texts-did-discard = The text was not sent.
practice-texts-did-back = You went back to your messages.
practice-texts-way-back = { $mode ->
        [plain] Type back to go back to your messages.
       *[tui] Press Escape to go back to your messages.
    }
