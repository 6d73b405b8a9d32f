# A learner's data: taking it to another hub, seeing everything kept about them,
# their certificate, their PIN, and erasing them. Mostly read by digital champions.

## signpost learner: the command line
cli-learner = Look after a learner's data: take it to another hub, see it, print a certificate, or erase it.
cli-usage-learner = signpost learner [export | import | show | certificate | erase | reset-pin] [--data-dir FOLDER]
cli-learner-export = Save a learner's progress in a file, to take to another hub.
cli-usage-learner-export = signpost learner export NAME FILE [--data-dir FOLDER]
cli-learner-import = Add the progress in a learner file to this hub. If a learner here has the same name, it is added to theirs. Nothing is lost.
cli-usage-learner-import = signpost learner import FILE [--data-dir FOLDER]
cli-learner-show = Show everything Signpost keeps about a learner.
cli-usage-learner-show = signpost learner show NAME [--data-dir FOLDER] [--lang LANGUAGE]
cli-learner-certificate = Make a large-print certificate of what a learner has done, as a web page to print. It is in the learner's language, unless you give --lang.
cli-usage-learner-certificate = signpost learner certificate NAME FILE [--data-dir FOLDER] [--lang LANGUAGE]
cli-learner-erase = Erase a learner and everything Signpost keeps about them, for good.
cli-usage-learner-erase = signpost learner erase NAME --yes [--data-dir FOLDER]
cli-learner-reset-pin = Take away a learner's PIN, when they have forgotten it.
cli-usage-learner-reset-pin = signpost learner reset-pin NAME [--data-dir FOLDER]
cli-learner-name = The learner's name, as Signpost shows it.
cli-learner-file-out = The file to save.
cli-learner-file-in = The learner file to read.
cli-learner-import-as = The name to add them by, when a different person here has the same name
cli-learner-yes = Yes, really erase. Without this, nothing is erased.
cli-value-name = NAME
cli-heading-arguments = What to give it

## What the commands say
learner-not-found = There is no learner called { $name } here.
learner-save-failed = Signpost could not save { $path }: { $detail }
learner-store-failed = Signpost could not use the progress file: { $detail }
learner-exported = Saved the progress of { $name } in { $path }.
learner-import-unreadable = Signpost could not read { $path }: { $detail }
learner-import-not-learner-file = { $path } is not a Signpost learner file ({ $detail }). Nothing was changed.
learner-import-too-new = { $path } was saved by a newer Signpost (file version { $found }). This one reads version { $supported }. Nothing was changed.
learner-import-bad-name = The name in { $path } cannot be used: it is empty, or too long. Nothing was changed.
learner-import-other-person = There is already a learner called { $name } here, and the file is of a different person with the same name. Nothing was imported. To add them as a new learner, run the same command again with --as and a name for them, like --as "{ $name } B".
learner-import-progress = Importing: { $done } of { $total } records so far.
learner-imported-new = Added { $name } from { $path }. Lessons: { $lessons }. Other records: { $records }.
learner-imported-merged = Added the progress in { $path } to { $name }, who was already here. Lessons added or changed: { $lessons }. New records: { $records }.
learner-imported-renamed = { $other } here is a different person, so the learner in { $path } is added as { $name }, never joined to them. To choose another name, erase { $name } and import again with --as and the name. Lessons: { $lessons }. Other records: { $records }.
learner-erase-confirm = This erases { $name } for good: their name, PIN, settings, progress, notes and plan. The hub's past figures keep their lessons and sessions only as counts, with no name. To do it, run the same command again with --yes.
learner-erased = { $name } has been erased. Nothing Signpost keeps names them now; the hub's figures keep only counts.
learner-pin-reset = { $name } has no PIN now. They can carry on without one.
learner-pin-none = { $name } has no PIN, so there was nothing to take away.
learner-certificate-saved = Saved the certificate of { $name } in { $path }. Open it in a web browser to print it.

## A PIN someone types
pin-problem-length = A PIN is 4 numbers.
pin-problem-digits = A PIN has only the numbers 0 to 9.

## Everything Signpost keeps about a learner
learner-show-title = Everything Signpost keeps about { $name }
learner-show-times = Times are in this computer's time zone.
learner-show-added = Added: { $when }
learner-show-pin-set = PIN: yes. Only a scrambled form of it is kept, never the PIN itself.
learner-show-pin-none = PIN: none
learner-show-settings = Settings:
learner-show-settings-none = Settings: none saved yet
learner-show-language-start = the language chosen at the start
learner-show-lessons = Lessons: { $count }
learner-show-lesson-done = { $lesson }: finished on { $done }. Last step: { $step }. Started { $started }, last used { $updated }.
learner-show-lesson-open = { $lesson }: part way, at step { $step }. Started { $started }, last used { $updated }.
learner-show-help = Help asked for: { $count }
learner-show-help-row = { $when }: { $level }, in { $lesson }, step { $step }
learner-help-1 = a hint
learner-help-2 = show me
learner-help-3 = do it for me
learner-show-steps = Steps reached: { $count }
learner-show-step-row = { $when }: { $lesson }, step { $step }
learner-show-completions = Lessons finished: { $count }
learner-show-completion-row = { $when }: { $lesson }
learner-show-confidence = How confident they felt: { $count }
learner-show-confidence-row = { $when }: { $course }, { $moment }: { $score } out of 5
learner-moment-before = before the course
learner-moment-after = after the course
learner-show-skills = Skills check: { $count }
learner-show-skill-row = { $skill } { $answer }. ({ $when })
learner-show-plan = Learning plan: { $count }
learner-show-plan-row = { $position }. { $lesson }
learner-show-milestones = Done for real: { $count }
learner-show-milestone-row = { $words }, recorded { $when }
learner-show-sessions = Sessions with a digital champion: { $count }
learner-show-session-row = { $started } to { $ended }, with { $champion }. Useful: { $useful }. Helpful: { $helpful }. Notes: { $notes }
learner-show-session-open = not finished
learner-show-no-champion = no champion noted
learner-show-not-given = not given
learner-show-yes = yes
learner-show-no = no
learner-show-wrong-pins = Wrong PINs typed: { $count }
learner-show-nothing = none
learner-lesson = { $course }: { $title }
learner-when = { $date }, { $time }
learner-date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The certificate: a web page to print, in large print
certificate-title = Certificate for { $name }
certificate-heading = Well done, { $name }!
certificate-intro = { $name } has been learning to use a computer and get online with Signpost.
certificate-hub = At { $hub }.
certificate-finished = Lessons finished: { $count }
certificate-lesson-done = { $lesson }, finished on { $date }
certificate-milestones = Done for real
certificate-milestone = { $words }, on { $date }
certificate-none-yet = No lessons finished yet. Every small step counts.
certificate-printed = Printed on { $date }.
certificate-signed = Signed by a digital champion: ______________________
certificate-footer = Signpost: getting online, one small step at a time.
