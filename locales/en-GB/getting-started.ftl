# Course: Getting started (lessons/01-getting-started).
# One idea per step. Short sentences. $mode is "tui" or "plain" (see ui.ftl).

gs-title = Getting started
gs-summary = Learn how this tutor works, and practise using a keyboard.

## Lesson 1: Using this tutor
gs-tutor-title = Using this tutor
gs-tutor-summary = Learn the keys that move you on, take you back, repeat a step, give help and stop.

gs-tutor-welcome-title = Welcome
gs-tutor-welcome =
    In this course you meet Bill. Bill is 80, and computers are new to him too.
    His granddaughter gave him her old computer. He wants to send her an email.
    First, Bill learns how this tutor works. Learn it with him.

gs-tutor-going-on-title = Going on
gs-tutor-going-on =
    The Enter key takes you to the next step.
    It is the big key on the right of the letters. It often has a bent arrow on it.
    Press Enter now to go on.

gs-tutor-choosing-title = Choosing an answer
gs-tutor-choosing = { $mode ->
        [plain] Some steps ask a question. Type the number of your answer, then press Enter. Which key takes you to the next step?
       *[tui] Some steps ask a question. Use the Up and Down arrow keys to move to an answer, then press Enter. Which key takes you to the next step?
    }
gs-tutor-choosing-escape = Escape
gs-tutor-choosing-escape-feedback = Not quite. Escape takes you back a step.
gs-tutor-choosing-enter = Enter
gs-tutor-choosing-enter-feedback = Yes, that is right. Enter takes you to the next step.
gs-tutor-choosing-space = The Space bar
gs-tutor-choosing-space-feedback = Not quite. The Space bar puts a space between words.

gs-tutor-going-back-title = Going back
gs-tutor-going-back = { $mode ->
        [plain] To go back one step, type back, then press Enter. Going back is always safe.
       *[tui] To go back one step, press Escape. It is the key at the top left, marked Esc. Going back is always safe.
    }

gs-tutor-hearing-again-title = Hearing it again
gs-tutor-hearing-again = { $mode ->
        [plain] To see and hear a step again, type repeat, then press Enter. Try it now.
       *[tui] To hear a step again, press the R key. R is for repeat. Press R now.
    }
gs-tutor-hearing-again-done = Well done. You heard the step again.

gs-tutor-help-title = Getting help
gs-tutor-help = { $mode ->
        [plain] If you are not sure what to do, type help, then press Enter. Help tells you what you can do on that screen. Try it now, then press Enter to close it.
       *[tui] If you are not sure what to do, press the H key. H is for help. Help tells you what you can do on that screen. Press H now, then press Enter to close it.
    }
gs-tutor-help-done = Well done. Help is there whenever you need it.

gs-tutor-where-title = Where am I?
gs-tutor-where = { $mode ->
        [plain] To hear where you are, type where, then press Enter. The tutor tells you the course, the lesson and the step. Try it now.
       *[tui] To hear where you are, press the W key. The tutor tells you the course, the lesson and the step. Press W now.
    }
gs-tutor-where-done = Well done. Now you know where you are.

gs-tutor-stopping-title = Stopping
gs-tutor-stopping = { $mode ->
        [plain] To stop, type quit, then press Enter. The tutor asks if you are sure. Try it now, then choose No, carry on.
       *[tui] To stop, press the Q key. The tutor asks if you are sure. Press Q now, then choose No, carry on.
    }
gs-tutor-stopping-done = Well done. You chose to carry on. When you want to stop, choose Yes, stop now.

gs-tutor-check-title = A quick check
gs-tutor-check = { $mode ->
        [plain] Bill went on by mistake. What does he type to go back one step?
       *[tui] Bill went on by mistake. Which key takes him back one step?
    }
gs-tutor-check-repeat = { $mode ->
        [plain] repeat
       *[tui] R
    }
gs-tutor-check-repeat-feedback = Not quite. That one repeats a step.
gs-tutor-check-back = { $mode ->
        [plain] back
       *[tui] Escape
    }
gs-tutor-check-back-feedback = Yes, that is right. It takes you back one step.
gs-tutor-check-help = { $mode ->
        [plain] help
       *[tui] H
    }
gs-tutor-check-help-feedback = Not quite. That one gives you help.

gs-tutor-recap-title = Well done
gs-tutor-recap = { $mode ->
        [plain] Now you and Bill know how to use this tutor. Type back, repeat, help, where or quit whenever you need them.
       *[tui] Now you and Bill know how to use this tutor. Enter goes on and Escape goes back. R repeats, H gives help, W says where you are and Q stops.
    }
    When you stop, your place is saved. Next time, choose your name and carry on.

## Lesson 2: Using a keyboard
gs-keys-title = Using a keyboard
gs-keys-summary = Practise Enter, the Space bar, letters, capital letters, the arrow keys and Backspace.

gs-keys-intro-title = The keyboard
gs-keys-intro =
    Bill needs a few keys to write his first email. In this lesson, you press them too.
    A keyboard has keys for letters and numbers, and some keys with special jobs.
    If you press the wrong key, nothing bad happens. The tutor tells you which key you pressed.

gs-keys-enter-title = The Enter key
gs-keys-enter =
    Enter is the big key on the right of the letters. It often has a bent arrow on it.
    Press Enter now.
gs-keys-enter-done = Well done. That was Enter.

gs-keys-space-title = The Space bar
gs-keys-space = { $mode ->
        [plain] The Space bar is the long key at the bottom of the keyboard. It puts a space between words. Press the Space bar, then press Enter.
       *[tui] The Space bar is the long key at the bottom of the keyboard. It puts a space between words. Press the Space bar now.
    }
gs-keys-space-done = Well done. That was the Space bar.

gs-keys-letter-title = Letters
gs-keys-letter = { $mode ->
        [plain] Each letter has its own key. Find the letter a. It is on the left, in the middle row. Press a, then press Enter.
       *[tui] Each letter has its own key. Find the letter a. It is on the left, in the middle row. Press a now.
    }
gs-keys-letter-done = Well done. That was the letter a.

gs-keys-capital-title = Capital letters
gs-keys-capital =
    To make a capital letter, hold down a Shift key, press the letter, then let go.
    There is a Shift key on each side of the letters. It often has an arrow pointing up.
    { $mode ->
        [plain] Hold down Shift and press a, to make a capital A. Then press Enter.
       *[tui] Hold down Shift and press a, to make a capital A.
    }
gs-keys-capital-done = Well done. That was a capital A.

gs-keys-up-title = The Up arrow
gs-keys-up =
    The arrow keys are four keys with arrows on them, near the bottom right. They move things on the screen.
    { $mode ->
        [plain] Press the Up arrow, then press Enter.
       *[tui] Press the Up arrow now.
    }
gs-keys-up-done = Well done. That was the Up arrow.

gs-keys-down-title = The Down arrow
gs-keys-down = { $mode ->
        [plain] The Down arrow is just below the Up arrow. Press the Down arrow, then press Enter.
       *[tui] The Down arrow is just below the Up arrow. Press the Down arrow now.
    }
gs-keys-down-done = Well done. That was the Down arrow.

gs-keys-left-title = The Left arrow
gs-keys-left = { $mode ->
        [plain] The Left arrow is to the left of the Down arrow. Press the Left arrow, then press Enter.
       *[tui] The Left arrow is to the left of the Down arrow. Press the Left arrow now.
    }
gs-keys-left-done = Well done. That was the Left arrow.

gs-keys-right-title = The Right arrow
gs-keys-right = { $mode ->
        [plain] The Right arrow is to the right of the Down arrow. Press the Right arrow, then press Enter.
       *[tui] The Right arrow is to the right of the Down arrow. Press the Right arrow now.
    }
gs-keys-right-done = Well done. That was the Right arrow.

gs-keys-backspace-title = Backspace
gs-keys-cursor-title = The cursor
gs-keys-cursor =
    When you type, a mark shows where the next letter will go. It is called the cursor.
    The cursor is often a flashing line. It moves along as you type.
    Type the word sun. Then press Enter.
gs-keys-cursor-answer = sun
gs-keys-cursor-done = Well done. The cursor moved along as you typed.

gs-keys-backspace =
    Backspace rubs out the letter just before the cursor. It is above Enter. It often has an arrow pointing left.
    Bill typed catt, with two t's, by mistake. Type catt too. Then press Backspace once, and press Enter.
gs-keys-backspace-answer = cat
gs-keys-backspace-done = Well done. You put the mistake right with Backspace.

gs-keys-name-title = Typing your name
gs-keys-name =
    Bill typed his name with a capital B. Now type your first name, with a capital letter at the start.
    Remember: hold down Shift for the capital letter. Then press Enter.
gs-keys-name-answer = { $name }
gs-keys-name-done = Well done, { $name }. You typed your name.

gs-keys-check-title = A quick check
gs-keys-check = Which key do you hold down to make a capital letter?
gs-keys-check-enter = Enter
gs-keys-check-enter-feedback = Not quite. Enter takes you to the next step.
gs-keys-check-space = The Space bar
gs-keys-check-space-feedback = Not quite. The Space bar puts a space between words.
gs-keys-check-shift = Shift
gs-keys-check-shift-feedback = Yes, that is right. Hold down Shift and press a letter to make a capital.

gs-keys-recap-title = Well done
gs-keys-recap =
    You pressed Enter, the Space bar, a letter, a capital letter and the four arrow keys.
    You also put a mistake right with Backspace. The cursor shows where you type.
    Bill is ready to write his email. These keys are all you need for the next lessons too.
