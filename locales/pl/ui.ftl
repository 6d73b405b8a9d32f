# Teksty samego programu (nie kursów). Krótkie zdania, codzienne słowa.
# $mode to "tui" w widoku pełnoekranowym i "plain" w trybie tekstowym, w którym
# wpisuje się słowa i naciska Enter zamiast pojedynczych klawiszy.

app-name = Signpost
text-missing = Brakuje tu części tekstu. Powiedz o tym osobie, która pomaga ci w nauce.
window-too-small = Okno jest za małe. Powiększ okno albo zmniejsz tekst.
window-large-too-small = Duży druk potrzebuje większego okna.
course-in-english = Ten kurs nie ma jeszcze wersji w twoim języku, więc jest po angielsku.
heading-learner = Signpost, { $name }
language-name = Polski

## Stan mowy, zawsze w dolnym wierszu.
speech-starting = Mowa się włącza.
speech-on = Mowa jest włączona.
speech-off-chosen = { $mode ->
    [plain] Mowa jest wyłączona. Aby ją włączyć, wpisz ustawienia.
   *[tui] Mowa jest wyłączona. Włącz ją w Ustawieniach.
}
speech-off-failed = Mowa jest wyłączona. Nie udało się uruchomić głosu komputera. Signpost próbuje dalej.
speech-no-voice = Dla tego języka nie ma głosu. Signpost będzie dalej działać, ale tylko z tekstem.
speech-off-no-library = Mowa jest wyłączona, bo biblioteka mowy (libspeechd2) nie jest zainstalowana. Może ją zainstalować osoba pomagająca.
speech-off-no-service = Mowa jest wyłączona, bo usługa mowy (speech-dispatcher) nie uruchomiła się. Signpost próbuje dalej.
speech-off-timed-out = Mowa jest na razie wyłączona, bo usługa mowy nie odpowiada. Signpost próbuje dalej.
speech-off-not-built = Mowa jest wyłączona, bo ta kopia programu Signpost nie ma mowy. Osoba pomagająca może zainstalować kopię z mową.
speech-no-voice-said = Na tym komputerze nie ma głosu dla języka { $language }. Signpost będzie działać dalej, ale tylko z tekstem.

## Klawisze, które tu działają (widok pełnoekranowy), i co wpisać (tryb tekstowy).
keys-choices = Strzałki w górę i w dół albo numer przesuwają. Enter wybiera. Escape cofa. H daje pomoc. R powtarza. W mówi, gdzie jesteś. S otwiera ustawienia. Q kończy.
keys-continue = Enter przechodzi dalej. Escape cofa. H daje pomoc. R powtarza. W mówi, gdzie jesteś. S otwiera ustawienia. Q kończy.
keys-practice = Naciśnij klawisz, o który prosi krok. Escape cofa. F1 daje pomoc. F2 powtarza.
keys-typing = Wpisz tekst i naciśnij Enter. Backspace usuwa. Escape cofa. F1 daje pomoc.
keys-practice-screen = Strzałki w górę i w dół albo numer przesuwają. Enter wybiera. Escape cofa. H daje pomoc. F5 zaczyna od nowa.
keys-choices-short = Enter wybiera. Esc cofa. H daje pomoc.
keys-continue-short = Enter dalej. Esc cofa. H daje pomoc.
keys-practice-short = Naciśnij podany klawisz. Esc cofa.
keys-typing-short = Wpisz tekst, potem Enter. Esc cofa.
keys-typing-secret = Wpisz tekst i naciśnij Enter. F7 odczytuje, co jest wpisane. Escape cofa. F1 daje pomoc.
keys-typing-secret-short = Wpisz tekst, potem Enter. F7 odczytuje.
keys-practice-screen-short = Enter wybiera. Esc cofa. H daje pomoc.
keys-choices-function = Strzałki w górę i w dół albo numer przesuwają. Enter wybiera. Escape cofa. F1 daje pomoc. F2 powtarza. F3 mówi, gdzie jesteś. F4 otwiera ustawienia. Control i C razem kończą.
keys-continue-function = Enter przechodzi dalej. Escape cofa. F1 daje pomoc. F2 powtarza. F3 mówi, gdzie jesteś. F4 otwiera ustawienia. Control i C razem kończą.
keys-practice-screen-function = Strzałki w górę i w dół albo numer przesuwają. Enter wybiera. Escape cofa. F1 daje pomoc. F5 zaczyna od nowa.
keys-choices-function-short = Enter wybiera. Esc cofa. F1 daje pomoc.
keys-continue-function-short = Enter dalej. Esc cofa. F1 daje pomoc.
keys-practice-screen-function-short = Enter wybiera. Esc cofa. F1 daje pomoc.
keys-command = Naciśnij klawisz, o który prosi krok, czyli R, H, W albo Q. Escape cofa.
keys-command-short = Naciśnij klawisz z kroku. Esc cofa.
window-more = Page Up i Page Down pokazują więcej.
prompt-choices = Wpisz numer i naciśnij Enter. Albo wpisz „pomoc”.
prompt-continue = Naciśnij Enter, aby przejść dalej. Albo wpisz „pomoc”.
prompt-practice = Naciśnij klawisz, a potem Enter. Albo wpisz „pomoc”.
prompt-typing = { $mode ->
        [plain] Wpisz odpowiedź i naciśnij Enter. Albo wpisz „pomoc”. Aby wpisać słowo polecenia jako zwykły tekst, dodaj na końcu kropkę, na przykład: gdzie.
       *[tui] Wpisz odpowiedź i naciśnij Enter. Albo naciśnij F1, aby dostać pomoc.
    }
prompt-practice-screen = Wpisz numer i naciśnij Enter. Wpisz „pomoc”, aby dostać podpowiedź. Wpisz słowo „znowu”, aby zacząć od nowa.
prompt-command = Wpisz słowo, o które prosi krok, i naciśnij Enter.
prompt-typing-secret = { $mode ->
        [plain] Wpisz hasło i naciśnij Enter. Aby usłyszeć, co jest w polu, wpisz „literuj”. Albo wpisz „pomoc”.
       *[tui] Wpisz hasło i naciśnij Enter. Aby usłyszeć, co jest wpisane, naciśnij F7. Albo naciśnij F1, aby dostać pomoc.
    }

## Słowa wpisywane w trybie tekstowym. Każdy wiersz to słowa (i litery), które robią
## to samo, oddzielone spacjami. Słowa z polskimi literami są też bez nich.
command-repeat = powtórz powtorz r
command-help = pomoc h ?
command-where = gdzie w
command-back = wstecz wróć wroc b
command-quit = koniec stop q
command-again = znowu ponownie restart
command-settings = ustawienia s
command-quiet = cisza
command-spell = literuj spell

## Wybór osoby, która się uczy.
learners-title = Witaj w programie Signpost
learners-body = Kto się dziś uczy? Wybierz swoje imię.
learners-add = Dodaj nową osobę
new-learner-title = Nowa osoba
new-learner-body =
    Jak masz na imię? Wpisz imię i naciśnij Enter.
    Nie potrzeba adresu e-mail ani hasła.
new-learner-label = Twoje imię
new-learner-first-choices = Możesz też wybrać język albo tryb osoby pomagającej. Wpisz numer i naciśnij Enter.
name-empty = Najpierw wpisz swoje imię.
name-digits = Imię składa się z liter, nie z samych cyfr. Wpisz swoje imię.
name-too-long = To imię jest za długie. Imię może mieć najwyżej { $max } { $max ->
        [one] literę
        [few] litery
        [many] liter
       *[other] litery
    }.
name-taken = Ktoś o imieniu { $name } już się tu uczy. Dodaj pierwszą literę nazwiska, na przykład { $name } B.

## Kursy i lekcje danej osoby.
courses-title = Witaj, { $name }
courses-body = Czego chcesz się dziś nauczyć?
courses-resume = Kontynuuj naukę. { $lesson }, krok { $step } z { $total }
courses-item = { $course }, { $total } { $total ->
        [one] lekcja
        [few] lekcje
        [many] lekcji
       *[other] lekcji
    }, ukończone { $done }
courses-someone-else = Uczy się ktoś inny
courses-resume-none = Kontynuuj naukę. Na razie nie ma czego kontynuować
courses-resume-none-said = Nie ma jeszcze rozpoczętej lekcji. Wybierz kurs, aby zacząć.
courses-back-home = To twoja strona startowa, więc nie ma dokąd wrócić. Aby zakończyć, wybierz Uczy się ktoś inny albo { $mode ->
        [plain] wpisz koniec.
       *[tui] naciśnij Q.
    }
lessons-item-new = { $lesson }
lessons-item-started = { $lesson }, rozpoczęta, krok { $step } z { $total }
lessons-item-done = { $lesson }, ukończona
back-to-courses = Wróć do listy kursów

## Krok lekcji.
step-heading = { $course }. { $lesson }
step-title = Krok { $step } z { $total }. { $title }
step-typed-label = Wpisany tekst
step-go-on = Naciśnij Enter, aby przejść dalej.
question-try-again = Spróbuj jeszcze raz.
key-wrong = Naciśnięty klawisz to { $pressed }. W tym kroku potrzebny klawisz to { $expected }. Spróbuj jeszcze raz.
key-need-shift = To była mała litera. Aby napisać wielką literę { $char }, przytrzymaj Shift i naciśnij { $char }.
type-wrong = Wpisano { $typed }. W tym kroku trzeba wpisać { $expected }. { $difference } Spróbuj jeszcze raz.
type-empty = Nic jeszcze nie wpisano. Wpisz { $expected } i naciśnij Enter.
step-did-it = Zrobione za ciebie.
step-show-choice = { $mode ->
        [plain] Prawidłowa odpowiedź to numer { $number }, { $choice }. Wpisz { $number } i naciśnij Enter.
       *[tui] Prawidłowa odpowiedź to numer { $number }, { $choice }. Jest teraz zaznaczona, więc naciśnij Enter.
    }
step-show-key = W tym kroku potrzebny klawisz to { $key }. Naciśnij go teraz.
step-show-type = Wpisz dokładnie ten tekst, { $answer }, i naciśnij Enter.
step-show-command = { $mode ->
        [plain] Wpisz „{ $word }” i naciśnij Enter.
       *[tui] Naciśnij klawisz { $key }.
    }
say-capital = wielka litera { $char }
type-diff-long = Na końcu jest za dużo. Usuń { $extra }.
type-diff-short = Brakuje końcówki. Dopisz { $rest }.
type-diff-character = Spójrz na znak numer { $position }. Powinno być { $wanted }, a wpisano { $got }.
step-type-exactly = Wpisz dokładnie ten tekst i naciśnij Enter.

## Nazwy klawiszy, tak jak mówi je program.
key-enter = Enter
key-space = spacja
key-backspace = Backspace
key-tab = Tab
key-escape = Escape
key-up = strzałka w górę
key-down = strzałka w dół
key-left = strzałka w lewo
key-right = strzałka w prawo
key-other = inny klawisz
key-letter = litera { $char }
key-capital = wielka litera { $char }
key-digit = cyfra { $char }
key-sign = klawisz { $char }

## Koniec lekcji.
done-title = Brawo, { $name }!
done-body = Lekcja { $lesson } jest ukończona.
done-next-lesson = Następna lekcja, { $lesson }
done-next-course = Następny kurs, { $course }
done-back-to-course = Wróć do kursu { $course }

## Kończenie.
quit-title = Skończyć na razie?
quit-body =
    Wszystko, co udało się zrobić, jest zapisane.
    Następnym razem wybierz swoje imię, aby kontynuować.
quit-body-unsaved =
    Signpost nie mógł zapisać wszystkiego, co udało się zrobić. Powiedz o tym osobie, która pomaga ci w nauce.
quit-no = Nie, kontynuuj
quit-yes = Tak, zakończ teraz
goodbye = Do widzenia. Zapraszamy ponownie.
goodbye-learner = Do widzenia, { $name }. Postępy są zapisane.
goodbye-learner-unsaved = Do widzenia, { $name }. Signpost nie mógł zapisać wszystkich postępów. Powiedz o tym osobie, która pomaga ci w nauce.
goodbye-learner-gone = Do widzenia, { $name }. Postępy nie zostały zachowane, bo twój profil usunięto z tego komputera.
goodbye-unsaved = Do widzenia. Signpost nie mógł wszystkiego zapisać. Powiedz o tym osobie, która pomaga ci w nauce.
save-failed = Signpost nie może zapisać postępów. Powiedz o tym osobie, która pomaga ci w nauce. Możesz kontynuować: Signpost będzie próbował dalej.
save-working-again = Signpost znowu może zapisywać postępy. Wszystko jest już zapisane.
save-learner-gone = Twój profil usunięto z tego komputera, więc postępy nie są zachowywane. Możesz kontynuować. Powiedz o tym osobie, która pomaga ci w nauce.
champion-save-trouble = Signpost nie mógł zapisać postępów w tej sesji. Przyczyna jest w pliku signpost.log, w folderze danych Signpost.

## Pomoc, jeden tekst dla każdego rodzaju ekranu.
help-title = Pomoc
help-always = { $mode ->
        [plain] Wpisz słowo „powtórz”, aby usłyszeć to jeszcze raz. Wpisz słowo „gdzie”, aby usłyszeć, gdzie jesteś. Wpisz słowo „wstecz”, aby wrócić. Wpisz słowo „cisza”, aby wyciszyć głos. Wpisz słowo „koniec”, aby zakończyć. Naciśnij Enter, aby zamknąć pomoc.
       *[tui] Klawisz R powtarza. Klawisz W mówi, gdzie jesteś. Escape cofa. Spacja wycisza głos. Klawisz Q kończy. Naciśnij Enter, aby zamknąć pomoc.
    }
help-always-typing = { $mode ->
        [plain] Wpisz słowo „powtórz”, aby usłyszeć to jeszcze raz. Wpisz słowo „gdzie”, aby usłyszeć, gdzie jesteś. Wpisz słowo „wstecz”, aby wrócić. Wpisz słowo „cisza”, aby wyciszyć głos. Wpisz słowo „koniec”, aby zakończyć. Naciśnij Enter, aby zamknąć pomoc.
       *[tui] Tutaj klawisze z literami piszą. F2 powtarza, F3 mówi, gdzie jesteś, Escape cofa, F6 wycisza głos, a Control i C razem kończą. Naciśnij Enter, aby zamknąć pomoc.
    }
help-always-function = { $mode ->
        [plain] Wpisz słowo „powtórz”, aby usłyszeć to jeszcze raz. Wpisz słowo „gdzie”, aby usłyszeć, gdzie jesteś. Wpisz słowo „wstecz”, aby wrócić. Wpisz słowo „cisza”, aby wyciszyć głos. Wpisz słowo „koniec”, aby zakończyć. Naciśnij Enter, aby zamknąć pomoc.
       *[tui] F2 powtarza, F3 mówi, gdzie jesteś, Escape cofa, F6 wycisza głos, a Control i C razem kończą. Naciśnij Enter, aby zamknąć pomoc.
    }
help-learners = { $mode ->
        [plain] Wpisz numer obok swojego imienia i naciśnij Enter. Jeśli nie ma tu twojego imienia, wybierz Dodaj nową osobę.
       *[tui] Strzałkami w górę i w dół znajdź swoje imię i naciśnij Enter. Jeśli nie ma tu twojego imienia, wybierz Dodaj nową osobę.
    }
help-new-learner = Wpisz swoje imię klawiszami z literami. Backspace usuwa błąd. Na koniec naciśnij Enter.
help-courses = { $mode ->
        [plain] Wpisz numer kursu i naciśnij Enter. Kontynuuj naukę przenosi cię do ostatniego kroku.
       *[tui] Strzałkami w górę i w dół przejdź do kursu i naciśnij Enter. Kontynuuj naukę przenosi cię do ostatniego kroku.
    }
help-lessons = Wybierz lekcję, aby ją zacząć. Zaczęta lekcja otworzy się na kroku, na którym nauka się skończyła.
help-lesson-done = Wybierz następną lekcję albo wróć do listy.
help-explain = Przeczytaj albo wysłuchaj tego kroku. Potem naciśnij Enter, aby przejść dalej.
help-question = { $mode ->
        [plain] Wpisz numer odpowiedzi i naciśnij Enter. Jeśli odpowiedź jest błędna, możesz spróbować jeszcze raz.
       *[tui] Strzałkami w górę i w dół przejdź do odpowiedzi i naciśnij Enter. Możesz też nacisnąć jej numer. Jeśli odpowiedź jest błędna, możesz spróbować jeszcze raz.
    }
help-key = { $mode ->
        [plain] Naciśnij klawisz, o który prosi krok, a potem Enter. Program powie, jaki klawisz został naciśnięty.
       *[tui] Naciśnij klawisz, o który prosi krok. Program powie, jaki klawisz został naciśnięty. Escape nadal cofa.
    }
help-type = Wpisz słowa, o które prosi krok, i naciśnij Enter. Kursor to migająca kreska w tekście. Backspace usuwa literę przed kursorem.
help-command = { $mode ->
        [plain] Ten krok prosi, żeby wypróbować jedno ze słów programu, na przykład „powtórz”. Wpisz słowo, o które prosi krok, i naciśnij Enter. Potem naciśnij Enter, żeby przejść dalej.
       *[tui] Ten krok prosi, żeby wypróbować jeden z klawiszy programu, na przykład R. Naciśnij klawisz, o który prosi krok. Potem naciśnij Enter, żeby przejść dalej.
    }
help-practice = To jest ekran do ćwiczeń. Nic tu nie jest prawdziwe i nic nie może się zepsuć. { $mode ->
        [plain] Wpisz „pomoc”, aby dostać podpowiedź. Wpisz „pomoc” drugi raz, aby zobaczyć, jak to zrobić. Wpisz „pomoc” trzeci raz, a program zrobi to za ciebie. Wpisz słowo „znowu”, aby zacząć ćwiczenie od nowa.
       *[tui] Naciśnij H, aby dostać podpowiedź. Naciśnij H drugi raz, aby zobaczyć, jak to zrobić. Naciśnij H trzeci raz, a program zrobi to za ciebie. F5 zaczyna ćwiczenie od nowa.
    }

## Gdzie jestem?
where-learners = Jesteś na pierwszym ekranie. Tu wybiera się, kto się uczy.
where-new-learner = Dodajesz nową osobę.
where-courses = Jesteś na liście kursów. Uczy się { $name }.
where-lessons = Jesteś w kursie { $course }, na liście lekcji.
where-step = Jesteś w kursie { $course }, lekcja { $lesson }, krok { $step } z { $total }.
where-lesson-done = Lekcja { $lesson } jest ukończona.
where-help = Czytasz pomoc.
where-quit = Program pyta, czy chcesz skończyć.
where-focus = Zaznaczona pozycja to { $item }.

## Podpowiedzi, gdy to, co wpisano lub naciśnięto, nie pasuje.
nudge-choices = { $mode ->
        [plain] { $count ->
            [2] Wpisz 1 albo 2 i naciśnij Enter.
           *[other] Wpisz numer od 1 do { $count } i naciśnij Enter.
        }
       *[tui] Naciśnij numer wybranej odpowiedzi albo użyj strzałek w górę i w dół, a potem naciśnij Enter.
    }
nudge-continue = Naciśnij Enter, aby przejść dalej.
nudge-practice = Naciśnij klawisz, o który prosi krok.
nudge-typing = Wpisz odpowiedź i naciśnij Enter.
nudge-typing-keep = { $mode ->
        [plain] Naciśnij Enter, aby to zostawić, albo wpisz coś nowego.
       *[tui] Naciśnij Enter, aby to zostawić, albo użyj Backspace, aby to zmienić.
    }
nudge-command = { $mode ->
        [plain] Wpisz słowo, o które prosi krok, i naciśnij Enter.
       *[tui] Naciśnij klawisz, o który prosi krok.
    }

## Ustawienia, dostępne z każdego miejsca (S albo F4; w trybie tekstowym wpisz „ustawienia”).
settings-open = Ustawienia, wygląd i dźwięk programu Signpost
settings-title = Ustawienia
settings-body =
    Wybierz ustawienie i naciśnij Enter, aby je zmienić. Zmiany działają od razu i są zapisywane.
    { $mode ->
        [plain] Kolory i duży druk działają tylko w widoku pełnoekranowym. Gdy skończysz, wpisz „wstecz”.
       *[tui] Gdy skończysz, naciśnij Escape.
    }
setting-on = włączone
setting-off = wyłączone
setting-theme = Kolory, { $value }
setting-compare = Porównaj dwa zestawy kolorów obok siebie
setting-large-print = Duży druk, { $value }
setting-speech = Mowa, { $value }
setting-rate = Szybkość mowy, { $value }
setting-shortcuts = Skróty jedną literą, na przykład R i H, { $value }
setting-language = Język, { $value }
settings-done = Gotowe
rate-normal = normalna
rate-slower = wolniej o { $steps }
rate-faster = szybciej o { $steps }
theme-yellow-on-black = żółty na czarnym
theme-white-on-black = biały na czarnym
theme-black-on-white = czarny na białym
theme-black-on-yellow = czarny na żółtym
themes-title = Porównaj kolory
themes-body =
    Po lewej { $left }. Po prawej { $right }.
    Który zestaw łatwiej ci czytać?
themes-use = Wybierz zestaw { $value }
themes-next = Pokaż dwa następne
themes-done = Wróć do ustawień
screen-reader-title = Działa czytnik ekranu
screen-reader-found = { $name } już czyta ekran na głos.
screen-reader-plain-means = Tryb tekstowy pokazuje każdą stronę jako wiersze tekstu, które nigdy się nie zmieniają, a to czytnik ekranu czyta najłatwiej.
screen-reader-voice-question = Signpost ma też własny głos. Wyłączyć go, żeby dwa głosy nie mówiły naraz?
screen-reader-later = Możesz to później zmienić w ustawieniach. Aby uruchomić tryb tekstowy, wpisz signpost --plain.
screen-reader-plain = Użyj trybu tekstowego
screen-reader-voice-off = Wyłącz głos programu Signpost
screen-reader-voice-on = Zostaw tak, jak jest
where-settings = Jesteś w ustawieniach.
languages-title = Język
languages-body = Wybierz swój język. Nazwa każdego języka jest napisana w tym języku.

## Krótkie rzeczy, które mówi mowa.
say-choice = { $number }: { $item }.
say-field = Pole { $label } jest puste. Pisz tutaj.
say-highlighted = Zaznaczone: { $item }
say-field-secret = W polu { $label } wpisano { $count ->
        [one] 1 znak
        [few] { $count } znaki
        [other] { $count } znaku
       *[many] { $count } znaków
    }.
say-field-has = W polu { $label } jest: { $value }.
say-focus = { $item }. { $number } z { $count }.
say-space = spacja
say-rubbed-out = Usunięto { $char }.

## Champion mode: digital champions sign in with a PIN to run sessions.
heading-champion = Signpost, osoba pomagająca { $name }
champion-sign-in = Pomagam innym w nauce, tryb osoby pomagającej
champion-sign-out = Wyloguj osobę pomagającą { $name }
champion-last-session = Ostatnie spotkanie, { $date }.
champion-last-worked-on = Praca nad { $lessons }.
champion-last-notes = Notatki z ostatniego razu. { $notes }
champion-last-help = Prośby o pomoc, wskazówki { $hints }, pokaż mi { $show }, zrób to za mnie { $done }.
champion-last-next = Następna w planie, { $lesson }.
champion-pin-title = PIN osób pomagających
champion-pin-new = Wybierz 4-cyfrowy PIN dla osób pomagających na tym komputerze. Zachowajcie go dla siebie.
champion-pin-again = Wpisz te same 4 cyfry jeszcze raz, dla pewności.
champion-pin-enter = Wpisz PIN osób pomagających i naciśnij Enter.
champion-pin-label = PIN
champion-pin-four-digits = PIN to 4 cyfry, na przykład 2580.
champion-pin-no-match = Te dwa PIN-y nie są takie same. Wybierz PIN jeszcze raz.
champion-pin-wrong = Ten PIN jest nieprawidłowy. Spróbuj jeszcze raz.
pin-wait = Wpisano zły PIN kilka razy. Spróbuj ponownie za chwilę (liczba sekund: { $seconds }). Jeśli nie pamiętasz PIN-u, poproś o pomoc osobę, która pomaga ci w nauce.
pin-locked = Wpisano zły PIN zbyt wiele razy, więc na razie jest zablokowany. Poproś o pomoc osobę, która pomaga ci w nauce: może ustawić go na nowo.
champion-pin-locked = Wpisano zły PIN osoby pomagającej zbyt wiele razy, więc jest zablokowany. Poproś o pomoc osobę, która pomaga ci w nauce: opiekun tego komputera może go odblokować poleceniem signpost reset-champion-pin.
champions-title = Osoby pomagające
champions-body = Kto prowadzi tę sesję?
champion-add = Dodaj osobę pomagającą
champion-new-title = Nowa osoba pomagająca
champion-new-body = Wpisz swoje imię i naciśnij Enter.
champion-new-label = Twoje imię
champion-name-taken = Jest już osoba pomagająca o imieniu { $name }. Dodaj pierwszą literę nazwiska.
help-champion = Osoby pomagające logują się PIN-em i wybierają swoje imię. Potem sesje z uczniami zapisują, kto je prowadził.
where-champion = Jesteś w trybie osoby pomagającej.
where-question = Odpowiadasz na pytanie.

## Questions for the learner.
ask-confidence-title = Krótkie pytanie
ask-confidence-before = Jak pewnie się czujesz w temacie { $course }? Wybierz od 1, czyli wcale, do 5, czyli bardzo pewnie.
ask-confidence-after = Kurs { $course } jest ukończony. Jak pewnie się czujesz teraz? Wybierz od 1, czyli wcale, do 5, czyli bardzo pewnie.
ask-score = { $score ->
        [1] Wcale nie czuję się pewnie
        [2] Czuję się trochę pewnie
        [3] Czuję się dość pewnie
        [4] Czuję się pewnie
       *[5] Czuję się bardzo pewnie
    }
ask-feedback-title = Zanim skończysz
ask-useful = Czy dzisiejsza nauka była przydatna?
ask-helpful = Czy osoba pomagająca była pomocna?
ask-yes = Tak
ask-no = Nie

## The skills check and the learning plan (Essential Digital Skills Framework).
skills-check-open = Sprawdzenie umiejętności. Zrób plan nauki
skills-title = Sprawdzenie umiejętności, pytanie { $number } z { $total }
skills-can = Umiem to
skills-need-help = Potrzebuję w tym pomocy
skills-want-to-learn = Chcę się tego nauczyć
skills-matters = Ostatnie pytanie. Co jest dla ciebie najważniejsze?
skills-matters-before = { $mode ->
    [plain] Wcześniej wybrano { $reason }. Aby to zostawić, wpisz jego numer. Albo wybierz coś innego.
   *[tui] Wcześniej wybrano { $reason }. Jest zaznaczone, więc naciśnij Enter, aby to zostawić. Albo wybierz coś innego.
}
skill-q-device-on = Włączanie komputera, tabletu lub telefonu.
skill-q-controls = Używanie myszy lub ekranu dotykowego.
skill-q-keyboard = Używanie klawiatury.
skill-q-accessibility = Powiększanie tekstu lub podgłaśnianie, żeby łatwiej było korzystać.
skill-q-home-screen = Znajdowanie i otwieranie rzeczy z ekranu głównego.
skill-q-wifi = Łączenie się z internetem przez Wi-Fi.
skill-q-browser = Otwieranie przeglądarki i korzystanie ze strony internetowej.
skill-q-passwords = Bezpieczne przechowywanie haseł i zmiana hasła.
skill-q-communicating = Kontakt z innymi przez e-mail, wiadomości i rozmowy wideo.
skill-q-handling-information = Szukanie w internecie i przechowywanie zdjęć i plików.
skill-q-transacting = Załatwianie spraw w internecie, na przykład zamawianie leków lub zakupy.
skill-q-problem-solving = Szukanie pomocy, kiedy coś nie działa.
skill-q-being-safe = Bezpieczeństwo w internecie.
skill-q-scams = Rozpoznawanie oszukańczego e-maila lub SMS-a.
plan-open = Mój plan nauki
plan-title = Mój plan nauki
plan-body = Te lekcje uczą tego, czego chcesz się nauczyć. Wybierz jedną, żeby ją zacząć.
plan-lesson = { $course }. { $lesson }
plan-lesson-done = { $course }. { $lesson }, ukończona
plan-next = Mój plan. Następna lekcja, { $lesson }
plan-why-nhs-email = Następny w twoim planie jest kurs { $course }, bo NHS login wymaga adresu e-mail.
plan-done = Wstecz
where-plan = Oglądasz swój plan nauki.
notes-title = Notatki z tej sesji
notes-body = Dla osoby pomagającej. Kilka słów o dzisiejszej sesji, do dokumentacji. Potem naciśnij Enter. Można zostawić puste.
notes-label = Notatki
where-notes = Piszesz notatki z sesji.
learner-pin-title = Twój PIN
learner-pin-body = Wpisz swój 4-cyfrowy PIN i naciśnij Enter.
learner-pin-new = Wybierz 4-cyfrowy PIN. Będziesz go wpisywać za każdym razem, gdy wybierzesz swoje imię.
setting-pin = Mój PIN, { $value }
help-learner-pin = Wpisz swój 4-cyfrowy PIN. Jeśli go nie pamiętasz, osoba pomagająca może go zresetować.
where-pin = Wpisujesz PIN.
setting-my-data = Co Signpost o mnie zapisuje
my-data-title = Co Signpost o tobie zapisuje
champion-report = Raport punktu pomocy
plan-skip = Usuń następną lekcję z mojego planu

## Done for real: things a learner went on to do after a course, recorded with the date.
milestones-open = Zrobione naprawdę, { $done } z { $total }
milestones-title = Zrobione naprawdę
milestones-body = Czy zrobiłeś(-aś) coś z tego naprawdę, na własnym komputerze lub telefonie? Wybierz to, a Signpost zapisze to z dzisiejszą datą. Wybrane przez pomyłkę? Wybierz jeszcze raz, aby usunąć.
milestone-not-yet = { $words }. Jeszcze nie
milestone-today = { $words }. Zrobione dzisiaj
milestone-done = { $words }. Zrobione { $date }
where-milestones = Oglądasz to, co zrobiłeś(-aś) naprawdę.
