# Dane osoby uczącej się: przeniesienie do innego punktu, wszystko, co program o niej
# przechowuje, dyplom, PIN i usuwanie. Czytają to głównie osoby pomagające w nauce.

## signpost learner: wiersz poleceń
cli-learner = Zarządzaj danymi osoby uczącej się: przenieś je do innego punktu, wyświetl je, wydrukuj dyplom albo usuń je.
cli-usage-learner = signpost learner [export | import | show | certificate | erase | reset-pin] [--data-dir FOLDER]
cli-learner-export = Zapisz postępy osoby uczącej się w pliku, aby przenieść je do innego punktu.
cli-usage-learner-export = signpost learner export IMIĘ PLIK [--data-dir FOLDER]
cli-learner-import = Dodaj postępy z pliku osoby uczącej się do tego punktu. Jeśli jest tu osoba o tym samym imieniu, postępy zostaną dodane do jej postępów. Nic nie ginie.
cli-usage-learner-import = signpost learner import PLIK [--data-dir FOLDER]
cli-learner-show = Pokaż wszystko, co Signpost przechowuje o osobie uczącej się.
cli-usage-learner-show = signpost learner show IMIĘ [--data-dir FOLDER] [--lang JĘZYK]
cli-learner-certificate = Przygotuj dyplom dużą czcionką z tym, czego osoba się nauczyła, jako stronę internetową do wydrukowania. Dyplom jest w języku tej osoby, chyba że podasz --lang.
cli-usage-learner-certificate = signpost learner certificate IMIĘ PLIK [--data-dir FOLDER] [--lang JĘZYK]
cli-learner-erase = Usuń na zawsze osobę uczącą się i wszystko, co Signpost o niej przechowuje.
cli-usage-learner-erase = signpost learner erase IMIĘ --yes [--data-dir FOLDER]
cli-learner-reset-pin = Usuń PIN osoby uczącej się, gdy go zapomni.
cli-usage-learner-reset-pin = signpost learner reset-pin IMIĘ [--data-dir FOLDER]
cli-learner-name = Imię osoby uczącej się, tak jak pokazuje je Signpost.
cli-learner-file-out = Plik do zapisania.
cli-learner-file-in = Plik osoby uczącej się do odczytania.
cli-learner-import-as = Imię, pod którym ją dodać, gdy inna osoba tutaj ma to samo imię
cli-learner-yes = Tak, naprawdę usuń. Bez tego nic nie zostanie usunięte.
cli-value-name = IMIĘ
cli-heading-arguments = Co podać

## Co mówią polecenia
learner-not-found = Nie ma tu osoby o imieniu { $name }.
learner-save-failed = Signpost nie może zapisać pliku { $path }: { $detail }
learner-store-failed = Signpost nie może użyć pliku postępów: { $detail }
learner-exported = Postępy osoby { $name } zapisano w pliku { $path }.
learner-import-unreadable = Signpost nie może odczytać pliku { $path }: { $detail }
learner-import-not-learner-file = { $path } nie jest plikiem osoby uczącej się z programu Signpost ({ $detail }). Nic nie zostało zmienione.
learner-import-too-new = Plik { $path } zapisała nowsza wersja programu Signpost (wersja pliku: { $found }). Ta wersja odczytuje wersję { $supported }. Nic nie zostało zmienione.
learner-import-bad-name = Nie można użyć imienia z pliku { $path }: jest puste albo za długie. Nic nie zostało zmienione.
learner-import-other-person = Jest już tutaj osoba ucząca się o imieniu { $name }, a plik dotyczy innej osoby o tym samym imieniu. Nic nie zaimportowano. Aby dodać ją jako nową osobę, uruchom to samo polecenie jeszcze raz z --as i imieniem dla niej, na przykład --as "{ $name } B".
learner-import-progress = Importowanie: { $done } z { $total } wpisów.
learner-imported-new = Dodano osobę { $name } z pliku { $path }. Lekcje: { $lessons }. Inne wpisy: { $records }.
learner-imported-merged = Postępy z pliku { $path } dodano do osoby { $name }, która już tu była. Dodane lub zmienione lekcje: { $lessons }. Nowe wpisy: { $records }.
learner-imported-renamed = { $other } tutaj to inna osoba, więc osoba ucząca się z { $path } została dodana jako { $name } i nie połączono ich. Aby wybrać inne imię, usuń { $name } i zaimportuj jeszcze raz z --as i imieniem. Lekcje: { $lessons }. Inne wpisy: { $records }.
learner-erase-confirm = To usunie na zawsze osobę { $name }: imię, PIN, ustawienia, postępy, notatki i plan. Dawne dane ośrodka zachowują jej lekcje i spotkania tylko jako liczby, bez imienia. Aby to zrobić, uruchom to samo polecenie jeszcze raz z --yes.
learner-erased = Usunięto osobę { $name }. Nic, co przechowuje Signpost, już jej nie wskazuje; dane ośrodka zachowują tylko liczby.
learner-pin-reset = Osoba { $name } nie ma już PIN-u. Może dalej korzystać z programu bez niego.
learner-pin-none = Osoba { $name } nie ma PIN-u, więc nie było czego usuwać.
learner-certificate-saved = Dyplom osoby { $name } zapisano w pliku { $path }. Otwórz go w przeglądarce internetowej, aby go wydrukować.

## PIN wpisywany przez osobę
pin-problem-length = PIN ma 4 cyfry.
pin-problem-digits = PIN może mieć tylko cyfry od 0 do 9.

## Wszystko, co Signpost przechowuje o osobie uczącej się
learner-show-title = Wszystko, co Signpost przechowuje o osobie { $name }
learner-show-times = Godziny są podane w strefie czasowej tego komputera.
learner-show-added = Dodano: { $when }
learner-show-pin-set = PIN: tak. Przechowywana jest tylko zakodowana postać PIN-u, nigdy sam PIN.
learner-show-pin-none = PIN: brak
learner-show-settings = Ustawienia:
learner-show-settings-none = Ustawienia: jeszcze nic nie zapisano
learner-show-language-start = język wybrany na początku
learner-show-lessons = Lekcje: { $count }
learner-show-lesson-done = { $lesson }: ukończona { $done }. Ostatni krok: { $step }. Rozpoczęta { $started }, ostatnio używana { $updated }.
learner-show-lesson-open = { $lesson }: w trakcie, krok { $step }. Rozpoczęta { $started }, ostatnio używana { $updated }.
learner-show-help = Prośby o pomoc: { $count }
learner-show-help-row = { $when }: { $level }, lekcja { $lesson }, krok { $step }
learner-help-1 = wskazówka
learner-help-2 = pokaż mi
learner-help-3 = zrób to za mnie
learner-show-steps = Osiągnięte kroki: { $count }
learner-show-step-row = { $when }: { $lesson }, krok { $step }
learner-show-completions = Ukończone lekcje: { $count }
learner-show-completion-row = { $when }: { $lesson }
learner-show-confidence = Poczucie pewności: { $count }
learner-show-confidence-row = { $when }: { $course }, { $moment }: { $score } na 5
learner-moment-before = przed kursem
learner-moment-after = po kursie
learner-show-skills = Sprawdzenie umiejętności: { $count }
learner-show-skill-row = { $skill } { $answer }. ({ $when })
learner-show-plan = Plan nauki: { $count }
learner-show-plan-row = { $position }. { $lesson }
learner-show-milestones = Zrobione naprawdę: { $count }
learner-show-milestone-row = { $words }, zapisano { $when }
learner-show-sessions = Spotkania z osobą pomagającą w nauce: { $count }
learner-show-session-row = { $started } do { $ended }, osoba pomagająca: { $champion }. Przydatne: { $useful }. Pomocne: { $helpful }. Notatki: { $notes }
learner-show-session-open = nie zakończono
learner-show-no-champion = nie zapisano
learner-show-not-given = brak odpowiedzi
learner-show-yes = tak
learner-show-no = nie
learner-show-wrong-pins = Błędnie wpisane PIN-y: { $count }
learner-show-nothing = brak
learner-lesson = { $course }: { $title }
learner-when = { $date }, { $time }
learner-date = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Dyplom: strona internetowa do wydrukowania, dużą czcionką
certificate-title = Dyplom: { $name }
certificate-heading = Brawo, { $name }!
certificate-intro = { $name } uczy się korzystać z komputera i internetu z programem Signpost.
certificate-hub = Miejsce: { $hub }.
certificate-finished = Ukończone lekcje: { $count }
certificate-lesson-done = { $lesson }, ukończona { $date }
certificate-milestones = Zrobione naprawdę
certificate-milestone = { $words }, { $date }
certificate-none-yet = Nie ma jeszcze ukończonych lekcji. Liczy się każdy mały krok.
certificate-printed = Wydrukowano { $date }.
certificate-signed = Podpis osoby pomagającej: ______________________
certificate-footer = Signpost: krok po kroku do internetu.
