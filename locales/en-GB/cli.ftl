# The command line, `signpost check`, and messages when the tutor cannot start.

cli-about = Signpost: a talking tutor that helps you get online, one small step at a time.
cli-plain = Plain text: no full screen, choices by number. Best with a screen reader or braille display.
cli-lang = The language to use, such as en-GB.
cli-lessons = Use the lessons in this folder instead of the built-in ones.
cli-locales = Use the words in this folder instead of the built-in ones.
cli-courses = Add the course packs in this folder (or this one pack) to the built-in courses. You can give it more than once.
cli-data-dir = Keep progress in this folder.
cli-speech = Speak everything aloud (on), or not (off). The default is on.
cli-speech-log = Write every announcement to this file, one line each.
cli-check = Check lessons and translations, and show any problems.
cli-list = Show the courses and lessons.
cli-report = Report what this hub has done, for the hub and its funders.
cli-report-from = Start the report on this day (year-month-day, like 2026-01-01). Without it, the report starts at the beginning.
cli-report-to = End the report on this day, and include it. Without it, the report goes up to today.
cli-report-csv = Also save the figures in this file as CSV, for a spreadsheet.
cli-report-export = Also save the totals in this file to share: no names, only numbers.
cli-report-xlsx = Also save a spreadsheet (.xlsx) in this file: totals, months, and a row for each learner without names.
cli-report-summary = Also save a one-page summary for funders in this file, as a web page (HTML) to print on A4.
cli-report-merge = Combine export files from many hubs into one report.
cli-report-publish = Show any count under 5 as "fewer than 5", so nobody can be picked out.
cli-help = Show this help.
cli-version = Show which version of Signpost this is.
cli-heading-usage = How to use it
cli-heading-commands = Commands
cli-heading-options = Options
cli-usage = signpost [options] [check | list | learner | report]
cli-usage-check = signpost check [--lessons FOLDER] [--locales FOLDER]
cli-usage-list = signpost list [--lessons FOLDER] [--lang LANGUAGE]
cli-reset-champion-pin = Forget the champion PIN (if it is forgotten or locked), so the next champion sets a new one.
cli-usage-reset-champion-pin = signpost reset-champion-pin [--data-dir FOLDER]
cli-usage-report = signpost report [--from DATE] [--to DATE] [--csv FILE] [--export FILE] [--xlsx FILE] [--summary FILE] [--merge FILE...] [--publish]
cli-value-dir = FOLDER
cli-value-lang = LANGUAGE
cli-value-file = FILE
cli-value-date = DATE

list-course = { $title } ({ $id }), { $origin }
list-course-hidden = { $title } ({ $id }), { $origin }, hidden from learners by the hub file
list-lesson = {"  "}{ $number }. { $title } ({ $id }): { $skills }
list-origin-built-in = built in
list-origin-pack = from { $folder }
skill-foundation = foundation skills
skill-communicating = communicating
skill-handling-information = handling information and content
skill-transacting = transacting
skill-problem-solving = problem solving
skill-being-safe = being safe and legal online

error-folder = Signpost could not read the folder { $path }: { $detail }
error-no-data-dir = Signpost could not find a folder to keep progress in. Please start it with --data-dir and a folder name.
error-store-damaged =
    Signpost could not read the progress file { $path }. It may be damaged.
    The file has been kept just as it was, so nothing is lost. Please ask your champion for help.
    To start afresh now, use --data-dir with a new folder.
error-store-damaged-backup =
    Signpost could not read the progress file { $path }. It may be damaged.
    The file has been kept just as it was. Please ask your champion for help.
    The newest backup of it is { $backup }. To use it, close Signpost and copy the backup in place of the damaged file.
error-store-too-new =
    The progress file { $path } was saved by a newer Signpost. This one cannot read it.
    The file has been kept just as it was. Please use the newer Signpost, or ask your champion for help.
error-store-open = Signpost could not open the progress file { $path }: { $detail }
error-log = Signpost could not open its log file ({ $detail }). It will carry on without one.
error-no-lessons = Signpost could not load any lessons. Please run "signpost check" to see why.
error-speech-log = Signpost could not open the speech log { $path }: { $detail }
# The hub settings file (hub.toml) has a mistake. $place is path:line:col.
hub-file-bad = { $place }: Signpost could not use this hub setting: { $detail }. Signpost carries on with its usual settings.
error-terminal = Something went wrong with the terminal: { $detail }

## signpost check
check-error = error
check-warning = warning
check-summary = Checked { $courses } { $courses ->
        [one] course
       *[other] courses
    } and { $lessons } { $lessons ->
        [one] lesson
       *[other] lessons
    }: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }.
check-unreadable = This file could not be read: { $detail }
check-toml = This is not how a lesson file is written: { $detail }
check-hub-file = This is not how the hub file is written: { $detail }
check-hidden-course-unknown = No course has the id "{ $id }", so it cannot be hidden. signpost list shows each course's id.
check-hub-file-used = Hub settings: { $path }
check-format-version = This file says format_version = { $found }, but this Signpost reads version { $supported }.
check-missing-course-file = This course folder has no course.toml, so its lessons were not loaded.
check-bad-id = The id "{ $id }" should use only small letters, digits and dashes, like "using-a-keyboard".
check-duplicate-id = Another { $what } already has the id "{ $id }".
check-id-clash = The { $what } id "{ $id }" is already used at { $other }. Give this one an id of its own.
check-message-clash = The message "{ $id }" is already defined at { $other }, so this one is not used. Give it a name of its own, such as one that starts with your course id.
pack-left-out = The course pack in { $folder } is left out for now, because of a mistake at { $place }. The other courses are all here. To see every mistake, run: signpost check
pack-part-left-out = Part of the course pack in { $folder } is left out for now, because of a mistake at { $place }. Everything else is here. To see every mistake, run: signpost check
pack-folder-left-out = Some course packs are left out for now, because of this: { $problem } The other courses are all here.
check-pack-in-english = This course pack has no words in { $locale } yet, so people who use { $locale } see it in English.
check-pack-language-unknown = Signpost has no words in "{ $locale }", so this course pack's words in it are not used. Signpost has words in { $known }: is the folder named right?
check-no-steps = This lesson has no steps. Add at least one [[steps]] table.
check-no-skills = Say which skills the lesson teaches, like skills = ["communicating"].
check-unknown-skill = "{ $name }" is not a skill area. Use foundation, communicating, handling-information, transacting, problem-solving or being-safe.
check-unknown-step-kind = "{ $kind }" is not a kind of step. Use explain, question, choose, key, type, practice or command.
check-missing-field = A step with kind = "{ $kind }" needs the field "{ $field }".
check-field-not-allowed = The field "{ $field }" does not belong in a step with kind = "{ $kind }".
check-too-few-choices = A question needs at least two choices.
check-correct-count = A question needs exactly one choice with correct = true, but this one has { $count }.
check-unknown-key = "{ $name }" is not a key name. Use enter, space, backspace, tab, up, down, left, right, or one character.
check-unknown-command = "{ $name }" is not a command a step can ask for. Use repeat, help, where or quit.
check-practice-screens = A practice step needs exactly one practice screen: [[steps.inbox]], [steps.call], [steps.nhs] or [[steps.texts]]. This one has { $count }.
check-unknown-goal = "{ $action }" is not a goal the { $screen } screen knows. See lessons/README.md for the goals of each screen.
check-goal-needs-target = The goal "{ $action }" needs a target: which email, medicine or pharmacy it is about.
check-unknown-target = "{ $target }" is not the id of an email, medicine or pharmacy on this practice screen.
check-bad-address = "{ $address }" is not an email address. It needs an @, like name@example.com.
check-medicine-status = "{ $status }" is not a medicine status. Use available, requested, too-soon or review.
check-no-pharmacies = The NHS App needs at least one pharmacy in [[steps.nhs.pharmacies]]. The first is the nominated one.
check-missing-message = The message "{ $id }" is not in { $locale }. Add it to a .ftl file in locales/{ $locale }.
check-untranslated-message = The message "{ $id }" has no translation in { $locale } yet, so English is shown.
check-obsolete-message = The message "{ $id }" is in { $locale } but no longer in English. It can be deleted.
check-missing-variable = The translation of "{ $id }" leaves out { "{" } ${ $variable } { "}" }. Put it back, or the sentence will have a gap.
check-unknown-variable = The translation of "{ $id }" uses { "{" } ${ $variable } { "}" }, which the English does not have. It will show nothing.
check-locale-summary = { $locale }: { $translated } of { $total } messages translated, { $missing } missing, { $obsolete } obsolete.
check-fluent-syntax = Fluent could not read this: { $detail }
check-duplicate-message = The message "{ $id }" is already defined earlier in this language.
check-bad-locale-folder = "{ $name }" is not a language tag. Name locale folders like en-GB, cy or pl.
check-too-big = This file is larger than { $limit } KB, the most Signpost reads, so it was not loaded. Is it the right file?
check-not-utf8 = This character cannot be read: the file is not saved as UTF-8. Save it as UTF-8 (most editors offer this under "Save as") and it will load.
check-too-deep = Placeables ({ "{" } ... { "}" }) are nested more than { $limit } deep here, so this file was not loaded. Real messages need two or three.
check-too-many-steps = This lesson has more than { $limit } steps, so it was not loaded. Split it into smaller lessons.
check-too-many-messages = This file has more than { $limit } messages, so it was not loaded. Split it into smaller files.
check-control-character = There is an invisible control character here ({ $code }). It could upset the screen or a screen reader: delete it.
check-unknown-function = Fluent has no function called { $name } here. Use { $known }.
check-function-arguments = { $function } is given something it cannot use here. It takes one value and only these options: { $options }.
check-too-many-problems = This file has more than { $limit } problems, and the rest are not listed. Fix these first, then check again.
check-unknown-reference = This refers to "{ $target }", which this language does not define, so a learner would see its name instead of words.
check-cycle = The message "{ $id }" refers back to itself ({ $cycle }), so it can never be shown: a learner would see its name instead of words.
check-plural-forms = In { $locale }, "{ $id }" needs the plural forms { $missing } as well: a number that takes one of them would get the wrong words.

## signpost report
report-title = Signpost report
report-hub = Hub: { $hub }
report-hubs = Hubs: { $hubs }
report-exports = Export files combined: { $value }
report-merge-duplicate = { $path } is the same export as { $first }, so it is counted once.
report-period-all = Period: all time
report-period = Period: { $from } to { $to }
report-period-from = Period: from { $from }
report-period-to = Period: up to { $to }
report-learners-engaged = Learners who used Signpost: { $value }
report-new-learners = New learners: { $value }
report-sessions = Sessions with a champion: { $value }
report-sessions-alone = Sessions without a champion (the learner alone): { $value }
report-hours = Hours in sessions that ended: { $value }
report-lessons = Lessons completed: { $value }
report-courses = Courses completed: { $value }
report-months = Month by month:
report-milestones = Done for real, learners who recorded it:
report-milestone = { $words }: { $value }
report-month = { $month } { $year }: learners { $learners }, new { $new }, sessions with a champion { $sessions }, alone { $alone }, lessons completed { $lessons }
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December
report-lessons-by-area = Lessons completed, by skill area (a lesson can teach more than one):
report-courses-by-area = Courses completed, by skill area (a course can teach more than one):
report-confidence-before-answers = Answers about confidence before a course: { $value }
report-confidence-before-average = Average confidence before a course (1 low, 5 high): { $value }
report-confidence-after-answers = Answers about confidence after a course: { $value }
report-confidence-after-average = Average confidence after a course (1 low, 5 high): { $value }
report-confidence-chart = Confidence before and after a course: answers giving each score (1 low, 5 high):
report-score-before = before, { $score }
report-score-after = after, { $score }
report-useful-answers = Sessions where the learner said if it was useful: { $value }
report-useful-yes = Sessions the learner found useful: { $value }
report-useful-share = Share of those found useful: { $value }
report-helpful-answers = Sessions where the learner said if the champion helped: { $value }
report-helpful-yes = Sessions where the champion helped: { $value }
report-helpful-share = Share of those where the champion helped: { $value }
report-help = Help asked for on practice screens:
report-help-hints = Hints: { $value }
report-help-show-me = Show me: { $value }
report-help-do-it = Do it for me: { $value }
report-fewer-than-five = fewer than 5
report-not-shown = not shown (fewer than 5 answers or sessions)
report-no-answers = none yet
report-decimal = { $whole }.{ $fraction }
report-percent = { $value }%
report-saved-csv = The figures are saved as CSV in { $path }.
report-saved-export = The totals to share are saved in { $path }.
report-bad-date = "{ $value }" is not a date. Write dates as year-month-day, like 2026-03-31.
report-bad-period = The report cannot start on { $from } and end on { $to }: the start must come first.
report-no-data = No one has learned on this computer yet (there is no progress file in { $path }), so every figure is 0.
report-write-failed = Signpost could not save { $path }: { $detail }
report-merge-period = Leave out --from and --to when combining export files: each one keeps its own period.
report-merge-unreadable = Signpost could not read { $path }: { $detail }
report-merge-not-json = { $path } is not a report export: it is not valid JSON ({ $detail }).
report-merge-no-schema = { $path } is not a report export: it has no schema_version.
report-merge-schema = { $path } has schema_version { $version }, which this Signpost does not know. It reads version { $supported }. Please use a newer Signpost, or export the file again.
report-merge-published = { $path } was exported with --publish, so its small counts are hidden and cannot be added up. Please export it again without --publish.
report-merge-incomplete = { $path } is not a complete report export: { $detail }

reset-champion-pin-done = The champion PIN is forgotten. The next champion to sign in chooses a new one. Learners' own PINs are as they were.
