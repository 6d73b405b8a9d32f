# Wiersz poleceń, `signpost check` i komunikaty, gdy program nie może się uruchomić.

cli-about = Signpost: mówiący program, który krok po kroku uczy korzystać z internetu.
cli-plain = Zwykły tekst: bez pełnego ekranu, wybór numerem. Najlepszy z czytnikiem ekranu albo monitorem brajlowskim.
cli-lang = Język do użycia, na przykład en-GB.
cli-lessons = Użyj lekcji z tego folderu zamiast wbudowanych.
cli-locales = Użyj tekstów z tego folderu zamiast wbudowanych.
cli-courses = Dodaj pakiety kursów z tego folderu (albo ten jeden pakiet) do wbudowanych kursów. Możesz podać tę opcję kilka razy.
cli-data-dir = Zapisuj postępy w tym folderze.
cli-speech = Czytaj wszystko na głos (on) albo nie (off). Domyślnie: on.
cli-speech-log = Zapisuj każdy komunikat mowy w tym pliku, po jednym w wierszu.
cli-check = Sprawdź lekcje i tłumaczenia oraz pokaż wszystkie problemy.
cli-list = Pokaż kursy i lekcje.
cli-report = Raport o tym, co zrobiono w tym punkcie, dla punktu i jego fundatorów.
cli-report-from = Zacznij raport od tego dnia (rok-miesiąc-dzień, np. 2026-01-01). Bez tej opcji raport obejmuje czas od samego początku.
cli-report-to = Zakończ raport na tym dniu, razem z nim. Bez tej opcji raport obejmuje czas do dziś.
cli-report-csv = Zapisz też liczby w tym pliku jako CSV, do arkusza kalkulacyjnego.
cli-report-export = Zapisz też sumy w tym pliku, żeby je udostępnić: bez imion, same liczby.
cli-report-xlsx = Zapisz też arkusz kalkulacyjny (.xlsx) w tym pliku: sumy, miesiące i wiersz dla każdej osoby uczącej się, bez imion.
cli-report-summary = Zapisz też jednostronicowe podsumowanie dla fundatorów w tym pliku, jako stronę internetową (HTML) do wydruku na A4.
cli-report-merge = Połącz pliki eksportu z wielu punktów w jeden raport.
cli-report-publish = Pokaż każdą liczbę poniżej 5 jako "mniej niż 5", żeby nikogo nie dało się rozpoznać.
cli-help = Pokaż tę pomoc.
cli-version = Pokaż wersję programu Signpost.
cli-heading-usage = Jak używać
cli-heading-commands = Polecenia
cli-heading-options = Opcje
cli-usage = signpost [opcje] [check | list | learner | report]
cli-usage-check = signpost check [--lessons FOLDER] [--locales FOLDER]
cli-usage-list = signpost list [--lessons FOLDER] [--lang JĘZYK]
cli-reset-champion-pin = Usuń PIN osoby pomagającej (gdy jest zapomniany lub zablokowany), aby następna osoba pomagająca ustawiła nowy.
cli-usage-reset-champion-pin = signpost reset-champion-pin [--data-dir FOLDER]
cli-usage-report = signpost report [--from DATA] [--to DATA] [--csv PLIK] [--export PLIK] [--xlsx PLIK] [--summary PLIK] [--merge PLIK...] [--publish]
cli-value-dir = FOLDER
cli-value-lang = JĘZYK
cli-value-file = PLIK
cli-value-date = DATA

list-course = { $title } ({ $id }), { $origin }
list-course-hidden = { $title } ({ $id }), { $origin }, ukryty przed uczącymi się w pliku punktu pomocy
list-lesson = {"  "}{ $number }. { $title } ({ $id }): { $skills }
list-origin-built-in = wbudowany
list-origin-pack = z { $folder }
skill-foundation = podstawowe umiejętności
skill-communicating = komunikacja
skill-handling-information = praca z informacjami i treściami
skill-transacting = załatwianie spraw w internecie
skill-problem-solving = rozwiązywanie problemów
skill-being-safe = bezpieczeństwo i prawo w internecie

error-folder = Signpost nie może odczytać folderu { $path }: { $detail }
error-no-data-dir = Signpost nie może znaleźć folderu na zapis postępów. Uruchom go z opcją --data-dir i nazwą folderu.
error-store-damaged =
    Signpost nie może odczytać pliku postępów { $path }. Plik może być uszkodzony.
    Plik zostaje bez zmian, więc nic nie ginie. Poproś o pomoc osobę, która pomaga ci w nauce.
    Aby teraz zacząć od nowa, użyj opcji --data-dir z nowym folderem.
error-store-damaged-backup =
    Signpost nie może odczytać pliku postępów { $path }. Plik może być uszkodzony.
    Plik zostaje bez zmian. Poproś o pomoc osobę, która pomaga ci w nauce.
    Najnowsza kopia zapasowa to { $backup }. Aby jej użyć, zamknij Signpost i skopiuj kopię zapasową w miejsce uszkodzonego pliku.
error-store-too-new =
    Plik postępów { $path } zapisała nowsza wersja programu Signpost. Ta wersja nie może go odczytać.
    Plik zostaje bez zmian. Użyj nowszej wersji programu Signpost albo poproś o pomoc osobę, która pomaga ci w nauce.
error-store-open = Signpost nie może otworzyć pliku postępów { $path }: { $detail }
error-log = Signpost nie może otworzyć swojego dziennika ({ $detail }). Program będzie działać dalej bez niego.
error-no-lessons = Signpost nie może wczytać żadnej lekcji. Uruchom "signpost check", aby sprawdzić dlaczego.
error-speech-log = Signpost nie może otworzyć dziennika mowy { $path }: { $detail }
hub-file-bad = { $place }: Signpost nie może użyć tego ustawienia punktu pomocy: { $detail }. Signpost działa dalej ze zwykłymi ustawieniami.
error-terminal = Coś poszło nie tak z terminalem: { $detail }

## signpost check
check-error = błąd
check-warning = ostrzeżenie
check-summary = Sprawdzono { $courses } { $courses ->
        [one] kurs
        [few] kursy
        [many] kursów
       *[other] kursu
    } i { $lessons } { $lessons ->
        [one] lekcję
        [few] lekcje
        [many] lekcji
       *[other] lekcji
    }: { $errors } { $errors ->
        [one] błąd
        [few] błędy
        [many] błędów
       *[other] błędu
    }, { $warnings } { $warnings ->
        [one] ostrzeżenie
        [few] ostrzeżenia
        [many] ostrzeżeń
       *[other] ostrzeżenia
    }.
check-unreadable = Nie da się odczytać tego pliku: { $detail }
check-toml = Plik lekcji nie może tak wyglądać: { $detail }
check-hub-file = Plik ustawień punktu pomocy nie może tak wyglądać: { $detail }
check-hidden-course-unknown = Żaden kurs nie ma identyfikatora „{ $id }”, więc nie można go ukryć. signpost list pokazuje identyfikator każdego kursu.
check-hub-file-used = Ustawienia punktu pomocy: { $path }
check-format-version = Ten plik podaje format_version = { $found }, ale ta wersja programu Signpost czyta wersję { $supported }.
check-missing-course-file = W tym folderze kursu nie ma pliku course.toml, więc jego lekcje nie zostały wczytane.
check-bad-id = Identyfikator (id) "{ $id }" może mieć tylko małe litery, cyfry i myślniki, na przykład "using-a-keyboard".
check-duplicate-id = Inny element typu { $what } ma już id "{ $id }".
check-id-clash = Id { $what ->
        [course] kursu
       *[other] lekcji
    } "{ $id }" jest już użyte w { $other }. Nadaj temu własne id.
check-message-clash = Komunikat "{ $id }" jest już zdefiniowany w { $other }, więc ten nie jest używany. Nadaj mu własną nazwę, na przykład zaczynającą się od id kursu.
pack-left-out = Pakiet kursu w { $folder } jest na razie pominięty z powodu błędu w { $place }. Pozostałe kursy są dostępne. Aby zobaczyć wszystkie błędy, uruchom: signpost check
pack-part-left-out = Część pakietu kursu w { $folder } jest na razie pominięta z powodu błędu w { $place }. Cała reszta jest dostępna. Aby zobaczyć wszystkie błędy, uruchom: signpost check
pack-folder-left-out = Niektóre pakiety kursów są na razie pominięte z tego powodu: { $problem } Pozostałe kursy są dostępne.
check-pack-in-english = Ten pakiet kursu nie ma jeszcze słów w języku { $locale }, więc osoby używające { $locale } widzą go po angielsku.
check-pack-language-unknown = Signpost nie ma słów w języku "{ $locale }", więc słowa tego pakietu kursu w tym języku nie są używane. Signpost ma słowa w językach: { $known }. Czy folder ma dobrą nazwę?
check-no-steps = Ta lekcja nie ma kroków. Dodaj co najmniej jedną tabelę [[steps]].
check-no-skills = Podaj, jakich umiejętności uczy lekcja, na przykład skills = ["communicating"].
check-unknown-skill = "{ $name }" to nie jest obszar umiejętności. Użyj: foundation, communicating, handling-information, transacting, problem-solving albo being-safe.
check-unknown-step-kind = "{ $kind }" to nie jest rodzaj kroku. Użyj: explain, question, choose, key, type, practice albo command.
check-missing-field = Krok z kind = "{ $kind }" potrzebuje pola "{ $field }".
check-field-not-allowed = Pole "{ $field }" nie pasuje do kroku z kind = "{ $kind }".
check-too-few-choices = Pytanie potrzebuje co najmniej dwóch odpowiedzi do wyboru.
check-correct-count = Pytanie potrzebuje dokładnie jednej odpowiedzi z correct = true. Tutaj takich odpowiedzi jest: { $count }.
check-unknown-key = "{ $name }" to nie jest nazwa klawisza. Użyj: enter, space, backspace, tab, up, down, left, right albo jednego znaku.
check-unknown-command = "{ $name }" to nie jest polecenie, o które może prosić krok. Użyj: repeat, help, where albo quit.
check-practice-screens = Krok ćwiczenia potrzebuje dokładnie jednego ekranu ćwiczeń: [[steps.inbox]], [steps.call], [steps.nhs] albo [[steps.texts]]. Tutaj jest ich: { $count }.
check-unknown-goal = "{ $action }" to nie jest cel znany ekranowi { $screen }. Cele każdego ekranu są opisane w lessons/README.md.
check-goal-needs-target = Cel "{ $action }" potrzebuje wskazania (target): którego e-maila, leku albo apteki dotyczy.
check-unknown-target = "{ $target }" to nie jest id e-maila, leku ani apteki na tym ekranie ćwiczeń.
check-bad-address = "{ $address }" to nie jest adres e-mail. Potrzebny jest znak @, na przykład name@example.com.
check-medicine-status = "{ $status }" to nie jest stan leku. Użyj: available, requested, too-soon albo review.
check-no-pharmacies = Aplikacja NHS (NHS App) potrzebuje co najmniej jednej apteki w [[steps.nhs.pharmacies]]. Pierwsza to wybrana apteka (nominated pharmacy).
check-missing-message = Komunikatu "{ $id }" nie ma w języku { $locale }. Dodaj go do pliku .ftl w locales/{ $locale }.
check-untranslated-message = Komunikat "{ $id }" nie ma jeszcze tłumaczenia w języku { $locale }, więc widać tekst angielski.
check-obsolete-message = Komunikat "{ $id }" jest w języku { $locale }, ale nie ma go już w angielskim. Można go usunąć.
check-missing-variable = W tłumaczeniu "{ $id }" brakuje { "{" } ${ $variable } { "}" }. Dodaj to z powrotem, bo inaczej w zdaniu będzie luka.
check-unknown-variable = Tłumaczenie "{ $id }" używa { "{" } ${ $variable } { "}" }, a angielski tekst tego nie ma. W tym miejscu nic się nie pokaże.
check-locale-summary = { $locale }: przetłumaczono { $translated } z { $total } { $total ->
        [one] komunikatu
        [few] komunikatów
        [many] komunikatów
       *[other] komunikatów
    }. Brakuje: { $missing }. Nieaktualne: { $obsolete }.
check-fluent-syntax = Fluent nie może tego odczytać: { $detail }
check-duplicate-message = Komunikat "{ $id }" jest już zdefiniowany wcześniej w tym języku.
check-bad-locale-folder = "{ $name }" to nie jest oznaczenie języka. Nazwij foldery języków tak jak en-GB, cy albo pl.
check-too-big = Ten plik jest większy niż { $limit } KB, czyli najwięcej, ile Signpost czyta, więc nie został wczytany. Czy to właściwy plik?
check-not-utf8 = Tego znaku nie da się odczytać: plik nie jest zapisany w UTF-8. Zapisz go w UTF-8 (większość edytorów ma to w "Zapisz jako"), a plik się wczyta.
check-too-deep = Symbole zastępcze ({ "{" } ... { "}" }) są tu zagnieżdżone głębiej niż { $limit } poziomów, więc ten plik nie został wczytany. Prawdziwe komunikaty potrzebują dwóch lub trzech.
check-too-many-steps = Ta lekcja ma więcej niż { $limit } kroków, więc nie została wczytana. Podziel ją na mniejsze lekcje.
check-too-many-messages = Ten plik ma więcej niż { $limit } komunikatów, więc nie został wczytany. Podziel go na mniejsze pliki.
check-control-character = Jest tu niewidoczny znak sterujący ({ $code }). Może zakłócić ekran lub czytnik ekranu: usuń go.
check-unknown-function = Fluent nie ma tu funkcji o nazwie { $name }. Użyj { $known }.
check-function-arguments = { $function } dostaje tu coś, czego nie może użyć. Przyjmuje jedną wartość i tylko te opcje: { $options }.
check-too-many-problems = Ten plik ma więcej niż { $limit } problemów, a pozostałe nie są wymienione. Najpierw popraw te, a potem sprawdź ponownie.
check-unknown-reference = To odwołuje się do "{ $target }", którego ten język nie definiuje, więc uczący się zobaczyłby jego nazwę zamiast słów.
check-cycle = Komunikat "{ $id }" odwołuje się sam do siebie ({ $cycle }), więc nie da się go pokazać: uczący się zobaczyłby jego nazwę zamiast słów.
check-plural-forms = W języku { $locale } komunikat "{ $id }" potrzebuje też form liczby mnogiej { $missing }: liczba, która wymaga jednej z nich, dostałaby złe słowa.

## signpost report
report-title = Raport Signpost
report-hub = Punkt: { $hub }
report-hubs = Punkty: { $hubs }
report-exports = Połączone pliki eksportu: { $value }
report-merge-duplicate = { $path } to ten sam eksport co { $first }, więc jest liczony raz.
report-period-all = Okres: cały czas
report-period = Okres: od { $from } do { $to }
report-period-from = Okres: od { $from }
report-period-to = Okres: do { $to }
report-learners-engaged = Osoby, które korzystały z programu Signpost: { $value }
report-new-learners = Nowe osoby uczące się: { $value }
report-sessions = Spotkania z osobą pomagającą: { $value }
report-sessions-alone = Spotkania bez osoby pomagającej (uczący się sam): { $value }
report-hours = Godziny zakończonych spotkań: { $value }
report-lessons = Ukończone lekcje: { $value }
report-courses = Ukończone kursy: { $value }
report-months = Miesiąc po miesiącu:
report-milestones = Zrobione naprawdę, uczący się, którzy to zapisali:
report-milestone = { $words }: { $value }
report-month = { $month } { $year }: uczący się { $learners }, nowi { $new }, spotkania z osobą pomagającą { $sessions }, samodzielnie { $alone }, ukończone lekcje { $lessons }
report-month-1 = styczeń
report-month-2 = luty
report-month-3 = marzec
report-month-4 = kwiecień
report-month-5 = maj
report-month-6 = czerwiec
report-month-7 = lipiec
report-month-8 = sierpień
report-month-9 = wrzesień
report-month-10 = październik
report-month-11 = listopad
report-month-12 = grudzień
report-lessons-by-area = Ukończone lekcje według obszaru umiejętności (lekcja może uczyć więcej niż jednego):
report-courses-by-area = Ukończone kursy według obszaru umiejętności (kurs może uczyć więcej niż jednego):
report-confidence-before-answers = Odpowiedzi o pewności siebie przed kursem: { $value }
report-confidence-before-average = Średnia pewność siebie przed kursem (1 niska, 5 wysoka): { $value }
report-confidence-after-answers = Odpowiedzi o pewności siebie po kursie: { $value }
report-confidence-after-average = Średnia pewność siebie po kursie (1 niska, 5 wysoka): { $value }
report-confidence-chart = Pewność siebie przed kursem i po nim: liczba odpowiedzi z każdą oceną (1 niska, 5 wysoka):
report-score-before = przed, { $score }
report-score-after = po, { $score }
report-useful-answers = Spotkania, po których osoba ucząca się oceniła, czy były przydatne: { $value }
report-useful-yes = Spotkania uznane za przydatne: { $value }
report-useful-share = Część z nich uznana za przydatne: { $value }
report-helpful-answers = Spotkania, po których osoba ucząca się oceniła, czy osoba pomagająca pomogła: { $value }
report-helpful-yes = Spotkania, na których osoba pomagająca pomogła: { $value }
report-helpful-share = Część z nich, na których osoba pomagająca pomogła: { $value }
report-help = Pomoc na ekranach ćwiczeń:
report-help-hints = Podpowiedzi: { $value }
report-help-show-me = Pokaż mi: { $value }
report-help-do-it = Zrób to za mnie: { $value }
report-fewer-than-five = mniej niż 5
report-not-shown = nie pokazano (mniej niż 5 odpowiedzi lub spotkań)
report-no-answers = jeszcze brak
report-decimal = { $whole },{ $fraction }
report-percent = { $value }%
report-saved-csv = Liczby są zapisane jako CSV w pliku { $path }.
report-saved-export = Sumy do udostępnienia są zapisane w pliku { $path }.
report-bad-date = "{ $value }" to nie jest data. Wpisz datę jako rok-miesiąc-dzień, np. 2026-03-31.
report-bad-period = Raport nie może zaczynać się { $from } i kończyć { $to }: początek musi być wcześniej.
report-no-data = Nikt jeszcze nie uczył się na tym komputerze (w { $path } nie ma pliku postępów), więc każda liczba to 0.
report-write-failed = Signpost nie może zapisać pliku { $path }: { $detail }
report-merge-period = Nie używaj --from ani --to przy łączeniu plików eksportu: każdy z nich ma swój okres.
report-merge-unreadable = Signpost nie może odczytać pliku { $path }: { $detail }
report-merge-not-json = { $path } to nie jest eksport raportu: to nie jest poprawny JSON ({ $detail }).
report-merge-no-schema = { $path } to nie jest eksport raportu: nie ma w nim schema_version.
report-merge-schema = { $path } ma schema_version { $version }, której ten Signpost nie zna. Ten Signpost czyta wersję { $supported }. Użyj nowszego programu Signpost albo wyeksportuj plik jeszcze raz.
report-merge-published = Plik { $path } wyeksportowano z opcją --publish, więc małe liczby są w nim ukryte i nie da się ich zsumować. Wyeksportuj go jeszcze raz bez --publish.
report-merge-incomplete = { $path } to nie jest pełny eksport raportu: { $detail }

reset-champion-pin-done = PIN osoby pomagającej został usunięty. Następna osoba pomagająca, która się zaloguje, wybierze nowy. PIN-y osób uczących się są bez zmian.
