# Course: Video calls (lessons/03-video-calls). Facts: shared/docs/content-sources.md,
# "Joining a video appointment from a link". Made-up people; example links.

call-title = Video calls
call-summary = See and talk to family, friends and your GP on a video call.

## The practice calls
call-dev-name = Dev
call-dev-text = Hi, it is Dev. Join our family call here: meet.example.com/family
call-dev-scene = Dev and two children, waving at you from a sofa.
call-surgery-name = Green Lane Surgery
call-surgery-text = Your video appointment with Dr Okafor is at 10:30 today. Join here: video.example.org/gp
call-doctor-name = Dr Okafor
call-doctor-scene = Dr Okafor, sitting at a desk, smiling.
call-me = your face, lit from the front, in a quiet room.

## Lesson 1: What a video call is
call-what-title = What a video call is
call-what-summary = Find out what a video call is, and what you need for one.
call-what-intro-title = What a video call is
call-what-intro =
    In a video call, you can see and hear the other people while you talk.
    It is like a phone call, with pictures.
call-what-need-title = What you need
call-what-need =
    You need a computer, tablet or phone with a camera, a microphone and a speaker.
    Most laptops, tablets and phones have all three built in.
    You also need the internet.
call-what-allow-title = Camera and microphone
call-what-allow =
    Dev has sent you a text with a link to a call.
    Open the link, and allow the camera and microphone.
call-what-allow-done = Well done. Now the call can see and hear you.
call-what-check-title = A quick check
call-what-check = What do you need for a video call?
call-what-check-post = A stamp and an envelope
call-what-check-post-feedback = Not quite. A video call needs a camera, a microphone, a speaker and the internet.
call-what-check-camera = A camera, a microphone and the internet
call-what-check-camera-feedback = Yes, that is right. And a speaker, to hear the others.
call-what-check-printer = A printer
call-what-check-printer-feedback = Not quite. A video call needs a camera, a microphone, a speaker and the internet.
call-what-recap-title = Well done
call-what-recap =
    In a video call, you see and hear each other.
    The first time, you allow the camera and microphone.

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
call-ready-quiet-title = A quiet room
call-ready-quiet = Find a quiet room, so that you can hear, and the others can hear you.
call-ready-join-title = Join the call
call-ready-join =
    Dev has sent you a link again. Open it, and allow the camera and microphone.
    You will see yourself. Type your first name, join, and wait to be let in.
call-ready-join-words = { $name }
call-ready-join-done = Well done. You are in the call with Dev.
call-ready-check-title = A quick check
call-ready-check = Where is the best place for the light?
call-ready-check-window = A bright window behind me
call-ready-check-window-feedback = Not quite. With a bright window behind you, the others only see a dark shape.
call-ready-check-lamp = A window or lamp in front of me
call-ready-check-lamp-feedback = Yes, that is right. Then the others can see your face.
call-ready-check-dark = No light at all
call-ready-check-dark-feedback = Not quite. In the dark, nobody can see you.
call-ready-recap-title = Well done
call-ready-recap =
    Face the light, and find a quiet room.
    Look at the camera when you talk.

## Lesson 3: A GP video appointment
call-gp-title = A GP video appointment
call-gp-summary = Join a video appointment with your GP from a text message.
call-gp-intro-title = Video appointments
call-gp-intro =
    Some GP surgeries see patients by video.
    It saves you a trip, and you talk to the doctor from home.
call-gp-link-title = The link
call-gp-link =
    The surgery sends a text message with a link.
    Tap or open the link. It opens in your web browser.
    Allow the camera and microphone when you are asked.
call-gp-waiting-title = The waiting room
call-gp-waiting =
    You may wait in a waiting room first, like at the surgery.
    Stay there. The doctor lets you in when they are ready.
call-gp-join-title = Join your appointment
call-gp-join =
    Your surgery has sent a text with a link for your video appointment.
    Join it: open the link, allow the camera and microphone, type your name, and wait to be let in.
call-gp-join-words = { $name }
call-gp-join-done = Well done. You are in your appointment with Dr Okafor.
call-gp-check-title = A quick check
call-gp-check = You are in the waiting room. What do you do?
call-gp-check-leave = Leave, and try again later
call-gp-check-leave-feedback = Not quite. Stay in the waiting room. The doctor will let you in.
call-gp-check-wait = Wait to be let in
call-gp-check-wait-feedback = Yes, that is right. The doctor lets you in when they are ready.
call-gp-check-call = Phone the surgery at once
call-gp-check-call-feedback = Not quite. Waiting is normal. The doctor will let you in.
call-gp-recap-title = Well done
call-gp-recap =
    Open the link in the text message.
    Allow the camera and microphone, and wait in the waiting room.

## Lesson 4: During the call
call-during-title = During a call
call-during-summary = Mute and unmute, turn your camera off and on, and leave a call.
call-during-about-mute-title = Mute
call-during-about-mute =
    Mute turns your microphone off. Then nobody can hear you.
    It is handy when there is a noise at home. Unmute turns it on again.
call-during-unmute-title = Mute, then unmute
call-during-unmute = You are in a call with Dev. Mute your microphone, then unmute it.
call-during-unmute-done = Well done. You muted and unmuted.
call-during-about-camera-title = Your camera
call-during-about-camera = You can turn your camera off, and the others stop seeing you. They can still hear you.
call-during-camera-title = Camera off, then on
call-during-camera = Turn your camera off, then turn it on again.
call-during-camera-done = Well done. Your camera is on again.
call-during-about-leaving-title = Leaving
call-during-about-leaving = When you want to finish, choose Leave call. Say goodbye first.
call-during-leave-title = Leave the call
call-during-leave = Say goodbye to Dev, then leave the call.
call-during-leave-done = Well done. You left the call.
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
    Leave call ends the call.

## Lesson 5: Calling family
call-family-title = Calling family
call-family-summary = Join a family call from start to finish.
call-family-intro-title = A family call
call-family-intro =
    Dev has sent a link for a family call.
    This time, do it all yourself. You can ask for help at any time.
call-family-join-title = Join the family call
call-family-join = Join Dev's call. Use your first name.
call-family-join-words = { $name }
call-family-join-done = Well done. You are in the call with Dev.
call-family-leave-title = Say goodbye
call-family-leave = You have had a nice chat. Leave the call.
call-family-leave-done = Well done. You did a whole video call.
call-family-check-title = A quick check
call-family-check = What do you type before you join a call?
call-family-check-name = My name
call-family-check-name-feedback = Yes, that is right. Then the others know who you are.
call-family-check-password = My bank password
call-family-check-password-feedback = No. Never type a bank password to join a call.
call-family-check-address = My home address
call-family-check-address-feedback = Not quite. You type your name, so the others know who you are.
call-family-recap-title = Well done
call-family-recap =
    Open the link, allow the camera and microphone, type your name and join.
    Wait to be let in. Leave call ends the call.
