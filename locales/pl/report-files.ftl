## signpost report --xlsx: the spreadsheet's sheets, columns and labels

xlsx-sheet-totals = Sumy
xlsx-sheet-months = Miesiące
xlsx-sheet-learners = Osoby uczące się
xlsx-column-figure = Wskaźnik
xlsx-column-metric = Nazwa miary (taka sama w każdym języku)
xlsx-column-value = Wartość
xlsx-column-row = Wiersz
xlsx-column-joined = Miesiąc dołączenia
xlsx-column-lessons = Ukończone lekcje
xlsx-column-courses = Ukończone kursy
xlsx-column-sessions = Spotkania
xlsx-column-confidence-before = Pewność siebie przed (1 niska, 5 wysoka)
xlsx-column-confidence-after = Pewność siebie po (1 niska, 5 wysoka)
xlsx-column-help = Prośby o pomoc
xlsx-no-learners-merged = Nie ma arkusza osób uczących się: ten raport łączy pliki eksportu, w których są tylko sumy.
xlsx-no-learners-published = Nie ma arkusza osób uczących się: liczby dla wszystkich nigdy nie pokazują wiersza jednej osoby.
metric-hub = Punkt
metric-from = Pierwszy dzień
metric-to = Ostatni dzień
metric-learners-engaged = Osoby, które korzystały z programu Signpost
metric-new-learners = Nowe osoby uczące się
metric-sessions = Spotkania z osobą pomagającą
metric-learner-only-sessions = Spotkania bez osoby pomagającej (uczący się sam)
metric-sessions-ended = Zakończone spotkania
metric-hours = Godziny zakończonych spotkań
metric-lessons-completed = Ukończone lekcje
metric-courses-completed = Ukończone kursy
metric-lessons-completed-area = Ukończone lekcje: { $area }
metric-courses-completed-area = Ukończone kursy: { $area }
metric-confidence-before-answers = Odpowiedzi o pewności siebie przed kursem
metric-confidence-before-average = Średnia pewność siebie przed kursem (1 niska, 5 wysoka)
metric-confidence-before-score = Odpowiedzi z oceną { $score } o pewności siebie przed kursem
metric-confidence-after-answers = Odpowiedzi o pewności siebie po kursie
metric-confidence-after-average = Średnia pewność siebie po kursie (1 niska, 5 wysoka)
metric-confidence-after-score = Odpowiedzi z oceną { $score } o pewności siebie po kursie
metric-useful-answers = Spotkania, po których osoba ucząca się oceniła, czy były przydatne
metric-useful-yes = Spotkania uznane za przydatne
metric-useful-percent = Odsetek spotkań uznanych za przydatne
metric-helpful-answers = Spotkania, po których osoba ucząca się oceniła, czy osoba pomagająca pomogła
metric-helpful-yes = Spotkania, na których osoba pomagająca pomogła
metric-helpful-percent = Odsetek spotkań, na których osoba pomagająca pomogła
metric-help-hints = Prośby o podpowiedź
metric-help-show-me = Prośby „Pokaż mi”
metric-help-do-it-for-me = Prośby „Zrób to za mnie”
metric-milestone = Zrobione naprawdę, uczący się, którzy to zapisali: { $words }
report-saved-xlsx = Arkusz kalkulacyjny jest zapisany w pliku { $path }.

## signpost report --summary: the one-page summary for funders

summary-title = Signpost: podsumowanie dla fundatorów
summary-chart-areas = Ukończone lekcje według obszaru umiejętności
summary-chart-confidence = Pewność siebie przed kursem i po nim: liczba odpowiedzi z każdą oceną (1 niska, 5 wysoka)
summary-chart-months = Osoby, które korzystały z programu Signpost, miesiąc po miesiącu
summary-month = { $month } { $year }
summary-no-months = Na razie nie ma nic do pokazania.
report-saved-summary = Jednostronicowe podsumowanie jest zapisane w pliku { $path }.
