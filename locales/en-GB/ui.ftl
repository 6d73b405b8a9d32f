# The words of the tutor itself (not of a course). Short sentences, everyday words.
# $mode is "tui" in the full-screen view and "plain" in plain mode, where people type
# words and press Enter instead of pressing single keys.

app-name = Signpost
text-missing = Some words are missing here. Please tell your champion.
window-too-small = The window is too small. Please make it bigger, or make the text smaller.
window-large-too-small = Large print needs a bigger window.
course-in-english = This course is not in your language yet, so it is in English.
heading-learner = Signpost, { $name }
language-name = English

## Speech status, always on the bottom line.
speech-starting = Speech is starting.
speech-on = Speech is on.
speech-off-chosen = { $mode ->
    [plain] Speech is off. To turn it on, type settings.
   *[tui] Speech is off. Turn it on in Settings.
}
speech-off-failed = Speech is off. No speech engine could start. Signpost keeps trying.
speech-no-voice = There is no voice for this language, so Signpost carries on in text.
speech-off-no-library = Speech is off because the speech library (libspeechd2) is not installed. A champion can install it.
speech-off-no-service = Speech is off because the speech service (speech-dispatcher) did not start. Signpost keeps trying.
speech-off-timed-out = Speech is off for now because the speech service did not answer. Signpost keeps trying.
speech-off-not-built = Speech is off because this copy of Signpost was made without speech. A champion can install a copy with speech.
# Said aloud, once, in the hub's language or English, when the learner's language has
# no voice. $language is the language's name in itself, such as Cymraeg.
speech-no-voice-said = There is no voice for { $language } on this computer. Signpost carries on in writing only.

## Keys that work here (full-screen view) and what to type (plain mode).
keys-choices = Up, Down or a number to move. Enter to choose. Escape to go back. H for help. R to repeat. W for where you are. S for settings. Q to stop.
keys-continue = Enter to go on. Escape to go back. H for help. R to repeat. W for where you are. S for settings. Q to stop.
keys-practice = Press the key the step asks for. Escape to go back. F1 for help. F2 to repeat.
keys-typing = Type, then press Enter. Backspace to rub out. Escape to go back. F1 for help.
keys-practice-screen = Up, Down or a number to move. Enter to choose. Escape to go back. H for help. F5 to start again.
keys-choices-short = Enter chooses. Esc goes back. H helps.
keys-continue-short = Enter goes on. Esc goes back. H helps.
keys-practice-short = Press that key. Esc goes back.
keys-typing-short = Type, then Enter. Esc goes back.
keys-typing-secret = Type, then press Enter. F7 to hear what you typed. Escape to go back. F1 for help.
keys-typing-secret-short = Type, then Enter. F7 to hear it.
keys-practice-screen-short = Enter chooses. Esc goes back. H helps.
keys-choices-function = Up, Down or a number to move. Enter to choose. Escape to go back. F1 for help. F2 to repeat. F3 for where you are. F4 for settings. Control and C to stop.
keys-continue-function = Enter to go on. Escape to go back. F1 for help. F2 to repeat. F3 for where you are. F4 for settings. Control and C to stop.
keys-practice-screen-function = Up, Down or a number to move. Enter to choose. Escape to go back. F1 for help. F5 to start again.
keys-choices-function-short = Enter chooses. Esc goes back. F1 helps.
keys-continue-function-short = Enter goes on. Esc goes back. F1 helps.
keys-practice-screen-function-short = Enter chooses. Esc goes back. F1 helps.
keys-command = Press the key the step asks for, R, H, W or Q. Escape to go back.
keys-command-short = Press that key. Esc goes back.
window-more = Page Up and Page Down show more.
prompt-choices = Type a number, then press Enter. Or type help.
prompt-continue = Press Enter to go on. Or type help.
prompt-practice = Press the key, then press Enter. Or type help.
prompt-typing = { $mode ->
        [plain] Type your answer, then press Enter. Or type help. To type a command word as words, end it with a full stop, like where.
       *[tui] Type your answer, then press Enter. Or press F1 for help.
    }
prompt-practice-screen = Type a number, then press Enter. Type help for a hint, or again to start again.
prompt-command = Type the word the step asks for, then press Enter.
prompt-typing-secret = { $mode ->
        [plain] Type the password, then press Enter. To hear what is in the box, type spell. Or type help.
       *[tui] Type the password, then press Enter. To hear what you typed, press F7. Or press F1 for help.
    }

## Words typed in plain mode. Each line lists the words (and letters) that do the
## same thing, separated by spaces. Translate the words; keep them short.
command-repeat = repeat r
command-help = help h ?
command-where = where w
command-back = back b
command-quit = quit stop q
command-again = again restart
command-settings = settings s
command-quiet = quiet
command-spell = spell

## Choosing who is learning.
learners-title = Welcome to Signpost
learners-body = Who is learning today? Choose your name.
learners-add = Add a new learner
new-learner-title = A new learner
new-learner-body =
    What is your first name? Type it, then press Enter.
    You do not need an email address or a password.
new-learner-label = Your first name
new-learner-first-choices = Or, to choose your language or to say you are a digital champion, type its number and press Enter.
name-empty = Please type your first name first.
name-digits = A name is made of letters, not only numbers. Please type your first name.
name-too-long = That name is too long. Please use { $max } letters or fewer.
name-taken = Someone called { $name } is already learning here. Please add the first letter of your last name, like { $name } B.

## A learner's courses and lessons.
courses-title = Hello, { $name }
courses-body = What would you like to learn today?
courses-resume = Carry on where you left off. { $lesson }, step { $step } of { $total }
courses-item = { $course }, { $done } of { $total } { $total ->
        [one] lesson
       *[other] lessons
    } done
courses-someone-else = Someone else is learning
courses-resume-none = Carry on where you left off. Nothing to carry on yet
courses-resume-none-said = There is no lesson part way through yet. Choose a course to start one.
courses-back-home = This is your home page, so there is nothing to go back to. To stop, choose Someone else is learning, or { $mode ->
        [plain] type quit.
       *[tui] press Q.
    }
lessons-item-new = { $lesson }
lessons-item-started = { $lesson }, started, step { $step } of { $total }
lessons-item-done = { $lesson }, done
back-to-courses = Back to the list of courses

## A step of a lesson.
step-heading = { $course }. { $lesson }
step-title = Step { $step } of { $total }. { $title }
step-typed-label = Your typing
step-go-on = Press Enter to go on.
question-try-again = Have another go.
key-wrong = You pressed { $pressed }. This step needs { $expected }. Have another go.
key-need-shift = That was a small letter. For a capital { $char }, hold down Shift and press { $char }.
type-wrong = You typed { $typed }. This step needs { $expected }. { $difference } Have another go.
type-empty = Nothing was typed yet. Please type { $expected }, then press Enter.
step-did-it = I did it for you.
step-show-choice = { $mode ->
        [plain] The answer is number { $number }, { $choice }. Type { $number }, then press Enter.
       *[tui] The answer is number { $number }, { $choice }. It is highlighted now, so press Enter.
    }
step-show-key = This step needs { $key }. Press it now.
step-show-type = Type exactly { $answer }, then press Enter.
step-show-command = { $mode ->
        [plain] Type { $word }, then press Enter.
       *[tui] Press the letter { $key }.
    }
say-capital = capital { $char }
type-diff-long = There is more than it needs at the end. Take away { $extra }.
type-diff-short = The end is missing. Add { $rest }.
type-diff-character = Look at character { $position }. It needs { $wanted }, and you typed { $got }.
step-type-exactly = Type exactly this, then press Enter.

## Names of keys, as the tutor says them.
key-enter = Enter
key-space = the Space bar
key-backspace = Backspace
key-tab = Tab
key-escape = Escape
key-up = the Up arrow
key-down = the Down arrow
key-left = the Left arrow
key-right = the Right arrow
key-other = a different key
key-letter = the letter { $char }
key-capital = a capital { $char }
key-digit = the number { $char }
key-sign = the { $char } key

## The end of a lesson.
done-title = Well done, { $name }!
done-body = You finished the lesson { $lesson }.
done-next-lesson = Next lesson, { $lesson }
done-next-course = Next course, { $course }
done-back-to-course = Back to { $course }

## Stopping.
quit-title = Stop for now?
quit-body =
    Everything you have done is saved.
    Next time, choose your name to carry on.
quit-body-unsaved =
    Signpost could not save everything you have done. Please tell your champion.
quit-no = No, carry on
quit-yes = Yes, stop now
goodbye = Goodbye. Come back soon.
goodbye-learner = Goodbye, { $name }. Your progress is saved.
goodbye-learner-unsaved = Goodbye, { $name }. Signpost could not save all of your progress. Please tell your champion.
goodbye-learner-gone = Goodbye, { $name }. Your progress was not kept, because your record was removed from this computer.
goodbye-unsaved = Goodbye. Signpost could not save everything. Please tell your champion.
save-failed = Signpost could not save your progress. Please tell your champion. You can carry on: Signpost keeps trying.
save-working-again = Signpost can save your progress again. Everything is saved now.
save-learner-gone = Your record was removed from this computer, so your progress is not being kept. You can carry on. Please tell your champion.
champion-save-trouble = Signpost could not save progress in this session. The reason is in the file signpost.log, in Signpost's data folder.

## Help, one message for each kind of screen.
help-title = Help
help-always = { $mode ->
        [plain] Type repeat to hear it again, where to hear where you are, back to go back, quiet to stop the voice, and quit to stop. Press Enter to close this help.
       *[tui] R repeats, W says where you are, Escape goes back, Space stops the voice, and Q stops. Press Enter to close this help.
    }
help-always-typing = { $mode ->
        [plain] Type repeat to hear it again, where to hear where you are, back to go back, quiet to stop the voice, and quit to stop. Press Enter to close this help.
       *[tui] Here the letter keys type. F2 repeats, F3 says where you are, Escape goes back, F6 stops the voice, and Control and C together stops. Press Enter to close this help.
    }
help-always-function = { $mode ->
        [plain] Type repeat to hear it again, where to hear where you are, back to go back, quiet to stop the voice, and quit to stop. Press Enter to close this help.
       *[tui] F2 repeats, F3 says where you are, Escape goes back, F6 stops the voice, and Control and C together stops. Press Enter to close this help.
    }
help-learners = { $mode ->
        [plain] Type the number next to your name, then press Enter. If your name is not there, choose Add a new learner.
       *[tui] Use the Up and Down arrows to find your name, then press Enter. If your name is not there, choose Add a new learner.
    }
help-new-learner = Type your first name using the letter keys. Backspace rubs out a mistake. Press Enter when you have finished.
help-courses = { $mode ->
        [plain] Type the number of a course, then press Enter. Carry on where you left off takes you back to your last step.
       *[tui] Move to a course with the Up and Down arrows, then press Enter. Carry on where you left off takes you back to your last step.
    }
help-lessons = Choose a lesson to start it. A lesson you have started opens at the step where you stopped.
help-lesson-done = Choose the next lesson, or go back to the list.
help-explain = Read or listen to the step. Then press Enter to go on.
help-question = { $mode ->
        [plain] Type the number of your answer, then press Enter. If it is not right, you can try again.
       *[tui] Move to your answer with the Up and Down arrows, then press Enter. Or press its number. If it is not right, you can try again.
    }
help-key = { $mode ->
        [plain] Press the key the step asks for, then press Enter. The tutor tells you which key you pressed.
       *[tui] Press the key the step asks for. The tutor tells you which key you pressed. Escape still goes back.
    }
help-type = Type the words the step asks for, then press Enter. Backspace rubs out the letter before the cursor.
help-command = { $mode ->
        [plain] This step asks you to try one of the tutor's words, such as repeat. Type the word the step asks for, then press Enter. Then press Enter to go on.
       *[tui] This step asks you to try one of the tutor's keys, such as R. Press the key the step asks for. Then press Enter to go on.
    }
help-practice = This is a practice screen. Nothing here is real, and nothing can go wrong. { $mode ->
        [plain] Type help for a hint. Type help again to be shown, and again to have it done for you. Type again to start the practice again.
       *[tui] Press H for a hint. Press H again to be shown, and again to have it done for you. F5 starts the practice again.
    }

## Where am I?
where-learners = You are on the first screen, choosing who is learning.
where-new-learner = You are adding a new learner.
where-courses = You are on the list of courses for { $name }.
where-lessons = You are in the course { $course }, on the list of lessons.
where-step = You are in { $course }, lesson { $lesson }, step { $step } of { $total }.
where-lesson-done = You have finished the lesson { $lesson }.
where-help = You are reading help.
where-quit = You are being asked if you want to stop.
where-focus = You are on { $item }.

## Nudges, when what was typed or pressed does not fit.
nudge-choices = { $mode ->
        [plain] { $count ->
            [2] Please type 1 or 2, then press Enter.
           *[other] Please type a number from 1 to { $count }, then press Enter.
        }
       *[tui] Press the number of your choice, or use the Up and Down arrows, then press Enter.
    }
nudge-continue = Press Enter to go on.
nudge-practice = Press the key the step asks for.
nudge-typing = Type your answer, then press Enter.
nudge-typing-keep = { $mode ->
        [plain] Press Enter to keep it, or type something new.
       *[tui] Press Enter to keep it, or use Backspace to change it.
    }
nudge-command = { $mode ->
        [plain] Type the word the step asks for, then press Enter.
       *[tui] Press the key the step asks for.
    }

## Settings, reached from anywhere (S or F4; type settings in plain mode).
settings-open = Settings, how Signpost looks and sounds
settings-title = Settings
settings-body =
    Choose a setting and press Enter to change it. Changes work at once and are saved for you.
    { $mode ->
        [plain] Colours and large print are for the full-screen view. Type back when you are done.
       *[tui] Press Escape when you are done.
    }
setting-on = on
setting-off = off
setting-theme = Colours, { $value }
setting-compare = Compare two colour themes side by side
setting-large-print = Large print, { $value }
setting-speech = Speech, { $value }
setting-rate = Speech speed, { $value }
setting-shortcuts = Single-letter keys such as R and H, { $value }
setting-language = Language, { $value }
settings-done = Done
rate-normal = normal
rate-slower = slower by { $steps }
rate-faster = faster by { $steps }
theme-yellow-on-black = yellow on black
theme-white-on-black = white on black
theme-black-on-white = black on white
theme-black-on-yellow = black on yellow
themes-title = Compare colours
themes-body =
    On the left, { $left }. On the right, { $right }.
    Which is easier for you to read?
themes-use = Use { $value }
themes-next = Show the next two
themes-done = Back to settings
screen-reader-title = A screen reader is running
screen-reader-found = { $name } is already reading the screen aloud.
screen-reader-plain-means = Plain mode shows each page as lines of text that never change, which is easiest for a screen reader.
screen-reader-voice-question = Signpost has its own voice too. Turn it off, so that the two do not talk over each other?
screen-reader-later = You can change this later in the settings. To start in plain mode, type signpost --plain.
screen-reader-plain = Use plain mode
screen-reader-voice-off = Turn Signpost's voice off
screen-reader-voice-on = Carry on as it is
where-settings = You are in the settings.
languages-title = Language
languages-body = Choose your language. Each one is named in its own words.

## Small things speech says.
say-choice = { $number }: { $item }.
say-field = The { $label } box is empty. Type here.
say-highlighted = Highlighted: { $item }
say-field-secret = The { $label } box has { $count ->
        [one] 1 character
       *[other] { $count } characters
    } typed.
say-field-has = The { $label } box has: { $value }.
say-focus = { $item }. { $number } of { $count }.
say-space = space
say-rubbed-out = Rubbed out { $char }.

## Champion mode: digital champions sign in with a PIN to run sessions.
heading-champion = Signpost, champion { $name }
champion-sign-in = I am a digital champion
champion-sign-out = Sign out champion { $name }
champion-last-session = Last session, { $date }.
champion-last-worked-on = Worked on { $lessons }.
champion-last-notes = Notes from last time. { $notes }
champion-last-help = Help asked for, hints { $hints }, show me { $show }, do it for me { $done }.
champion-last-next = Next in the plan, { $lesson }.
champion-pin-title = Champion PIN
champion-pin-new = Choose a 4-digit PIN for champions on this computer. Keep it to yourselves.
champion-pin-again = Type the same 4 digits again, to be sure.
champion-pin-enter = Type the champion PIN, then press Enter.
champion-pin-label = PIN
champion-pin-four-digits = A PIN is 4 digits, like 2580.
champion-pin-no-match = The two PINs were not the same. Please choose one again.
champion-pin-wrong = That PIN is not right. Please try again.
pin-wait = That PIN was not right a few times. Please wait { $seconds } { $seconds ->
        [one] second
       *[other] seconds
    }, then try again. If you have forgotten your PIN, ask your champion.
pin-locked = That PIN was not right too many times, so it is locked for now. Please ask your champion: they can set it again for you.
champion-pin-locked = The champion PIN was not right too many times, so it is locked. Please ask your champion: whoever looks after this computer can unlock it with the command signpost reset-champion-pin.
champions-title = Champions
champions-body = Who is running this session?
champion-add = Add a champion
champion-new-title = A new champion
champion-new-body = Type your name, then press Enter.
champion-new-label = Your name
champion-name-taken = There is already a champion called { $name }. Please add the first letter of your last name.
help-champion = Champions sign in with the champion PIN, then choose their name. Sessions with learners then record who ran them.
where-champion = You are in champion mode.
where-question = You are answering a question.

## Questions for the learner.
ask-confidence-title = A quick question
ask-confidence-before = How confident do you feel about { $course }? Choose 1 for not at all, up to 5 for very confident.
ask-confidence-after = You finished { $course }. How confident do you feel about it now? Choose 1 for not at all, up to 5 for very confident.
ask-score = { $score ->
        [1] Not at all confident
        [2] A little confident
        [3] Fairly confident
        [4] Confident
       *[5] Very confident
    }
ask-feedback-title = Before you go
ask-useful = Was today useful for you?
ask-helpful = Was your champion helpful?
ask-yes = Yes
ask-no = No

## The skills check and the learning plan (Essential Digital Skills Framework).
skills-check-open = Skills check. Make a learning plan
skills-title = Skills check, question { $number } of { $total }
skills-can = I can do this
skills-need-help = I need help with this
skills-want-to-learn = I want to learn this
skills-matters = Last question. What matters most to you?
skills-matters-before = { $mode ->
    [plain] Before, you chose { $reason }. To keep it, type its number. Or choose another.
   *[tui] Before, you chose { $reason }. It is highlighted, so press Enter to keep it. Or choose another.
}
skill-q-device-on = Turning on a computer, tablet or phone.
skill-q-controls = Using a mouse or a touch screen.
skill-q-keyboard = Using a keyboard.
skill-q-accessibility = Making things bigger or louder, so they are easier to use.
skill-q-home-screen = Finding and opening things from the home screen.
skill-q-wifi = Getting on the internet with Wi-Fi.
skill-q-browser = Opening a web browser and using a website.
skill-q-passwords = Keeping passwords safe, and changing a password.
skill-q-communicating = Keeping in touch by email, messages and video calls.
skill-q-handling-information = Finding things online, and keeping photos and files.
skill-q-transacting = Doing things online, like ordering medicine or shopping.
skill-q-problem-solving = Finding help when something goes wrong.
skill-q-being-safe = Staying safe online.
skill-q-scams = Spotting a scam email or text.
plan-open = My learning plan
plan-title = My learning plan
plan-body = These lessons teach what you wanted to learn. Choose one to start it.
plan-lesson = { $course }. { $lesson }
plan-lesson-done = { $course }. { $lesson }, done
plan-next = My plan. Next, { $lesson }
plan-why-nhs-email = Next in your plan is { $course }, because NHS login needs an email address.
plan-done = Back
where-plan = You are looking at your learning plan.
notes-title = Notes on this session
notes-body = For the champion. A few words about today, for the hub's records. Then press Enter. You can leave it empty.
notes-label = Notes
where-notes = You are writing notes on the session.
learner-pin-title = Your PIN
learner-pin-body = Type your 4-digit PIN, then press Enter.
learner-pin-new = Choose a 4-digit PIN. You will type it each time you choose your name.
setting-pin = My PIN, { $value }
help-learner-pin = Type your 4-digit PIN. If you have forgotten it, a champion can reset it.
where-pin = You are typing a PIN.
setting-my-data = What Signpost keeps about me
my-data-title = What Signpost keeps about you
champion-report = The hub's report
plan-skip = Take the next lesson off my plan

## Done for real: things a learner went on to do after a course, recorded with the date.
milestones-open = Done for real, { $done } of { $total }
milestones-title = Done for real
milestones-body = Have you done one of these for real, on your own computer or phone? Choose it, and Signpost keeps it with today's date. Chosen by mistake? Choose it again to take it off.
milestone-not-yet = { $words }. Not yet
milestone-today = { $words }. Done today
milestone-done = { $words }. Done on { $date }
where-milestones = You are looking at what you have done for real.
