# The words of the example course pack "Scam text messages", in English only: a learner
# using Welsh or Polish reads it in English, and is told so once.

scam-texts-title = Scam text messages
scam-texts-summary = Spot a fake text and report it.

scam-texts-report-title = Reporting a scam text
scam-texts-report-summary = Spot a fake NHS text and send it to 7726.

scam-texts-intro-title = What a scam text is
scam-texts-intro =
    A scam text is a text message sent to trick you.
    It may say it is from someone you trust, like your bank or the NHS.

scam-texts-signs-title = The warning signs
scam-texts-signs =
    A scam text often rushes you: it says to act now.
    It may ask for your bank details or other details about you.
    It may have an odd link. A link is words that take you to another page.

scam-texts-nhs-title = The NHS never asks for bank details
scam-texts-nhs =
    The NHS never asks for your bank details by email or text.
    Scam texts may pretend to be from the NHS.

scam-texts-check-title = Is it a scam?
scam-texts-check =
    A text says: your prescription is on hold. Pay a fee today at this link.
    What is it?
scam-texts-check-real = A real text from the NHS
scam-texts-check-real-feedback = Not quite. The NHS never asks for bank details by text. It is a scam.
scam-texts-check-scam = A scam
scam-texts-check-scam-feedback = Yes, that is right. It rushes you and asks you to pay through a link.

scam-texts-practice-title = Report the scam text
scam-texts-practice =
    Pat has a text from a number Pat does not know. It asks for a fee, through a link.
    Help Pat report it. Open it, choose Forward, and send it to 7726.
scam-texts-practice-done = Well done. You reported the scam text. Now Pat can delete it.

scam-texts-jo-from = Jo
scam-texts-jo-date = Yesterday
scam-texts-jo-body = Are we still going for a coffee on Friday? Jo
scam-texts-fake-from = 07700 900456
scam-texts-fake-date = Today, 10:15
scam-texts-fake-body = NHS: your repeat prescription is on hold. Pay a £2.99 fee today at nhs-prescription-fee.example.net

scam-texts-recap-title = Well done
scam-texts-recap =
    Look for the signs: a rush, a request for details, an odd link.
    Forward a scam text to 7726. Then delete it.
