# Course: Video calls (lessons/03-video-calls). Facts: shared/docs/content-sources.md,
# "Joining a video appointment from a link", "GP video appointment (Accurx)", "Calls
# with family", "Scams" and "Plain definitions"; docs/sources.md lists each fact with
# the step that teaches it. Made-up people; example links. The learner helps Joyce,
# whose son Dev lives far away; Dr Okafor at Green Lane Surgery is her GP.

call-title = Video calls
call-summary = See and talk to family, friends and your GP on a video call.

## The practice calls
call-dev-name = Dev
call-dev-text = Hi Mum, it is Dev. Join our family call here: meet.example.com/family
call-dev-scene = Dev and his two children, waving from a sofa.
call-surgery-name = Green Lane Surgery
call-surgery-text = Hello Joyce. Your video appointment with Dr Okafor is at 10:30 today. Join here: video.example.org/gp
call-doctor-name = Dr Okafor
call-doctor-scene = Dr Okafor, sitting at a desk, smiling.
call-me = Joyce, lit from the front, in a quiet room.

## Lesson 1: What a video call is
call-what-title = What a video call is
call-what-summary = Find out what a video call is, and what you need for one.
call-what-intro-title = Meet Joyce
call-what-intro =
    Meet Joyce. Her son Dev lives far away. He wants to see her on a video call.
    In a video call, you see and hear the other people while you talk. It is like a phone call, with pictures.
    In this course, you help Joyce.
call-what-need-title = What you need
call-what-need =
    You need a computer, tablet or phone with a camera, a microphone and a speaker. Most have all three built in.
    You also need the internet. At home, most people use Wi-Fi. Wi-Fi is the internet without wires.
call-what-check-title = A quick check
call-what-check = What does Joyce need for a video call?
call-what-check-post = A stamp and an envelope
call-what-check-post-feedback = Not quite. A video call needs a camera, a microphone, a speaker and the internet.
call-what-check-camera = A camera, a microphone and the internet
call-what-check-camera-feedback = Yes, that is right. And a speaker, to hear the others.
call-what-check-printer = A printer
call-what-check-printer-feedback = Not quite. A video call needs a camera, a microphone, a speaker and the internet.
call-what-browser-title = Your web browser
call-what-browser =
    Dev has sent Joyce a text message with a link. A link opens in a web browser.
    A web browser is the program you use to look at websites, like Chrome or Safari. A website is a set of pages on the internet.
call-what-allow-title = Camera and microphone
call-what-allow =
    Help Joyce open Dev's link. The call asks to use her camera and microphone. Choose Allow.
call-what-allow-done = Well done. Now the call can see and hear Joyce.
call-what-recap-title = Well done
call-what-recap =
    In a video call, you see and hear each other. You need the internet, often by Wi-Fi.
    A link opens in your web browser. The first time, you allow the camera and microphone.

## Lesson 2: Getting ready
call-ready-title = Getting ready for a call
call-ready-summary = Get your camera, light and room ready, then join a call.
call-ready-camera-title = Camera and microphone
call-ready-camera =
    The camera is a small dot, often at the top of the screen.
    Look at it when you talk, and the others see you looking at them.
call-ready-light-title = Light
call-ready-light =
    Sit facing a window or a lamp.
    Do not sit with a bright window behind you. Then the others can see your face.
call-ready-check-title = A quick check
call-ready-check = Where is the best place for the light?
call-ready-check-window = A bright window behind me
call-ready-check-window-feedback = Not quite. With a bright window behind you, the others only see a dark shape.
call-ready-check-lamp = A window or lamp in front of me
call-ready-check-lamp-feedback = Yes, that is right. Then the others can see your face.
call-ready-check-dark = No light at all
call-ready-check-dark-feedback = Not quite. In the dark, nobody can see you.
call-ready-quiet-title = A quiet room
call-ready-quiet = Find a quiet room, so that you can hear, and the others can hear you.
call-ready-join-title = Join the call
call-ready-join =
    Dev has sent Joyce his link again. Help her open it, and allow the camera and microphone.
    Then type her name, Joyce, and choose Join now. Wait to be let in.
call-ready-join-words = Joyce
call-ready-join-done = Well done. Joyce is in the call with Dev.
call-ready-recap-title = Well done
call-ready-recap =
    Face the light, and find a quiet room.
    Look at the camera when you talk.

## Lesson 3: A GP video appointment
call-gp-title = A GP video appointment
call-gp-summary = Join a video appointment with your GP from a text message.
call-gp-intro-title = Video appointments
call-gp-intro =
    Some GP surgeries see patients by video. Joyce's surgery, Green Lane, does.
    She has a video appointment with Dr Okafor today. It saves her a trip.
call-gp-real-title = Is the text real?
call-gp-real =
    The surgery sends a text message with a link to the appointment. It may ask your date of birth.
    A real surgery text never asks for money or bank details.
    Not sure? Phone the surgery on a number you already know, not one in the text.
call-gp-real-check-title = A quick check
call-gp-real-check = A text says it is from Joyce's surgery. It asks her to pay a fee by card, through a link. What is it?
call-gp-real-check-pay = A real text: she should pay
call-gp-real-check-pay-feedback = No. A real surgery text never asks for money or bank details.
call-gp-real-check-scam = A scam: forward it to 7726
call-gp-real-check-scam-feedback = Yes, that is right. If she is not sure, she can phone the surgery on a number she knows.
call-gp-real-check-reply = She should reply with her card number
call-gp-real-check-reply-feedback = No. Never send card details by text. It is a scam. Forward it to 7726.
call-gp-link-title = Opening the link
call-gp-link =
    On a phone, you tap the link. Tap means touch the screen briefly with your fingertip.
    On a computer, you click it. The link opens in your web browser. If asked, choose Continue in browser.
call-gp-waiting-title = Camera, microphone, waiting
call-gp-waiting =
    You may be asked for your name, or you may not.
    You may be asked to allow the camera and microphone. Choose Allow. Then you see yourself.
    Then wait. The doctor joins you when they are ready.
call-gp-join-title = Join the appointment
call-gp-join =
    Green Lane Surgery has sent Joyce a text with a link. Help her join her appointment.
    Open the link and allow the camera and microphone. This screen asks for her name: type Joyce. Then wait.
call-gp-join-words = Joyce
call-gp-join-done = Well done. Joyce is in her appointment with Dr Okafor.
call-gp-check-title = A quick check
call-gp-check = Joyce is waiting for the doctor. What does she do?
call-gp-check-leave = Leave, and try again later
call-gp-check-leave-feedback = Not quite. Stay and wait. The doctor will join her.
call-gp-check-wait = Wait for the doctor to join
call-gp-check-wait-feedback = Yes, that is right. The doctor joins when they are ready.
call-gp-check-call = Phone the surgery at once
call-gp-check-call-feedback = Not quite. Waiting is normal. The doctor will join her.
call-gp-recap-title = Well done
call-gp-recap =
    A real surgery text never asks for money or bank details.
    Tap or click the link. Allow the camera and microphone, then wait for the doctor.

## Lesson 4: During the call
call-during-title = During a call
call-during-summary = Mute and unmute, turn your camera off and on, and leave a call.
call-during-about-mute-title = Mute
call-during-about-mute =
    Mute turns your microphone off. Then nobody can hear you.
    It is handy when there is a noise at home. Unmute turns it on again.
call-during-unmute-title = Mute, then unmute
call-during-unmute = Joyce is in a call with Dev. Her dog starts to bark. Help her mute the microphone, then unmute it.
call-during-unmute-done = Well done. You muted and unmuted.
call-during-about-camera-title = Your camera
call-during-about-camera = You can turn your camera off, and the others stop seeing you. They can still hear you.
call-during-camera-title = Camera off, then on
call-during-camera = Help Joyce turn her camera off, then turn it on again.
call-during-camera-done = Well done. Joyce's camera is on again.
call-during-about-leaving-title = Leaving
call-during-about-leaving = When you want to finish, say goodbye. Then choose Leave call. This practice cannot hear you, so you type what you say.
call-during-leave-title = Leave the call
call-during-leave = Joyce and Dev have had a good chat. Help her say goodbye: choose Say something, and type Goodbye. Then leave the call.
call-during-leave-words = Goodbye
call-during-leave-done = Well done. Joyce said goodbye and left the call.
call-during-check-title = A quick check
call-during-check = A dog is barking at home. What can you do, so the others do not hear it?
call-during-check-camera = Turn my camera off
call-during-check-camera-feedback = Not quite. The camera is for the picture. Mute turns off the sound.
call-during-check-mute = Mute my microphone
call-during-check-mute-feedback = Yes, that is right. Unmute when you want to talk again.
call-during-check-leave = Leave the call
call-during-check-leave-feedback = Not quite. You can mute for a moment, and stay in the call.
call-during-recap-title = Well done
call-during-recap =
    Mute turns off your sound. The camera button turns off your picture.
    Say goodbye, then choose Leave call to end the call.

## Lesson 5: Calling family
call-family-title = Calling family
call-family-summary = Answer a family call when it rings, and join one from a link.
call-family-intro-title = A ringing call
call-family-intro =
    Most family calls ring, like a phone call. They come through an app, such as WhatsApp or FaceTime.
    An app is a program on a phone or tablet. You open it by tapping its small picture, called an icon.
call-family-buttons-title = Answer or end
call-family-buttons =
    When Dev calls, Joyce's phone rings and shows his name.
    To answer, choose Answer, or Accept. To say no, choose Decline. To finish the call, choose End.
    On many phones, the button to answer is green, and the button to end is red.
call-family-answer-title = Dev is calling
call-family-answer = Joyce's phone rings. It shows that Dev is calling. Help her answer the call.
call-family-answer-done = Well done. Joyce answered. Now she can see and hear Dev.
call-family-link-title = Joining from a link
call-family-link =
    Some calls work the other way. You get a link, open it, and join, as for a GP appointment.
    Dev sometimes sends a link for a big family call. Help Joyce join it now.
call-family-join-title = Join the family call
call-family-join = Help Joyce join Dev's call from his link. Use her name, Joyce.
call-family-join-words = Joyce
call-family-join-done = Well done. Joyce is in the call with Dev.
call-family-leave-title = Say goodbye
call-family-leave = Joyce has had a nice chat. Help her leave the call.
call-family-leave-done = Well done. Joyce did a whole video call.
call-family-check-title = A quick check
call-family-check = How do most family video calls start?
call-family-check-letter = With a letter in the post
call-family-check-letter-feedback = Not quite. Most family calls ring, like a phone call. You answer.
call-family-check-rings = The phone rings, and you answer
call-family-check-rings-feedback = Yes, that is right. Some calls come as a link instead.
call-family-check-password = You type in your bank password
call-family-check-password-feedback = No. Never type a bank password to join a call.
call-family-recap-title = Well done
call-family-recap =
    Most family calls ring. Choose Answer or Accept to talk. End finishes the call.
    For a call from a link, open the link, allow the camera and microphone, and join.

## Done for real: a learner records this on their home page after the course.
call-milestone-made = I made a video call to my family or a friend
