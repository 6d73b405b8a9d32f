## signpost report --xlsx: the spreadsheet's sheets, columns and labels

xlsx-sheet-totals = Totals
xlsx-sheet-months = Months
xlsx-sheet-learners = Learners
xlsx-column-figure = Figure
xlsx-column-metric = Metric name (the same in every language)
xlsx-column-value = Value
xlsx-column-row = Row
xlsx-column-joined = Month joined
xlsx-column-lessons = Lessons completed
xlsx-column-courses = Courses completed
xlsx-column-sessions = Sessions
xlsx-column-confidence-before = Confidence before (1 low, 5 high)
xlsx-column-confidence-after = Confidence after (1 low, 5 high)
xlsx-column-help = Help asked for
xlsx-no-learners-merged = There is no sheet of learners: this report combines export files, which hold only totals.
xlsx-no-learners-published = There is no sheet of learners: figures for the public never show one learner's row.
metric-hub = Hub
metric-from = First day
metric-to = Last day
metric-learners-engaged = Learners who used Signpost
metric-new-learners = New learners
metric-sessions = Sessions with a champion
metric-learner-only-sessions = Sessions without a champion (the learner alone)
metric-sessions-ended = Sessions that ended
metric-hours = Hours in sessions that ended
metric-lessons-completed = Lessons completed
metric-courses-completed = Courses completed
metric-lessons-completed-area = Lessons completed: { $area }
metric-courses-completed-area = Courses completed: { $area }
metric-confidence-before-answers = Answers about confidence before a course
metric-confidence-before-average = Average confidence before a course (1 low, 5 high)
metric-confidence-before-score = Answers giving { $score } for confidence before a course
metric-confidence-after-answers = Answers about confidence after a course
metric-confidence-after-average = Average confidence after a course (1 low, 5 high)
metric-confidence-after-score = Answers giving { $score } for confidence after a course
metric-useful-answers = Sessions where the learner said if it was useful
metric-useful-yes = Sessions the learner found useful
metric-useful-percent = Percentage of those found useful
metric-helpful-answers = Sessions where the learner said if the champion helped
metric-helpful-yes = Sessions where the champion helped
metric-helpful-percent = Percentage of those where the champion helped
metric-help-hints = Hints asked for
metric-help-show-me = "Show me" asked for
metric-help-do-it-for-me = "Do it for me" asked for
metric-milestone = Done for real, learners who recorded it: { $words }
report-saved-xlsx = The spreadsheet is saved in { $path }.

## signpost report --summary: the one-page summary for funders

summary-title = Signpost: a summary for funders
summary-chart-areas = Lessons completed, by skill area
summary-chart-confidence = Confidence before and after a course: answers giving each score (1 low, 5 high)
summary-chart-months = Learners who used Signpost, month by month
summary-month = { $month } { $year }
summary-no-months = Nothing to show yet.
report-saved-summary = The one-page summary is saved in { $path }.
