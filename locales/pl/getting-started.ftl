# Kurs: Pierwsze kroki (lessons/01-getting-started).
# Jeden pomysł na krok. Krótkie zdania. $mode to "tui" albo "plain" (zobacz ui.ftl).

gs-title = Pierwsze kroki
gs-summary = Zobacz, jak działa ten program, i poćwicz korzystanie z klawiatury.

## Lekcja 1: Jak korzystać z tego programu
gs-tutor-title = Jak korzystać z tego programu
gs-tutor-summary = Poznaj klawisze, które prowadzą dalej, cofają, powtarzają krok, dają pomoc i kończą pracę.

gs-tutor-welcome-title = Witaj
gs-tutor-welcome =
    W tym kursie poznasz Billa. Bill ma 80 lat i komputery są dla niego czymś nowym, tak jak dla ciebie.
    Wnuczka dała mu swój stary komputer. Bill chce wysłać jej e-mail.
    Najpierw Bill uczy się, jak działa ten program. Ucz się razem z nim.

gs-tutor-going-on-title = Przejście dalej
gs-tutor-going-on =
    Klawisz Enter przenosi cię do następnego kroku.
    To duży klawisz po prawej stronie liter. Często jest na nim zagięta strzałka.
    Naciśnij teraz Enter, żeby przejść dalej.

gs-tutor-choosing-title = Wybieranie odpowiedzi
gs-tutor-choosing = { $mode ->
        [plain] Niektóre kroki zadają pytanie. Wpisz numer swojej odpowiedzi, potem naciśnij Enter. Który klawisz przenosi do następnego kroku?
       *[tui] Niektóre kroki zadają pytanie. Klawiszami ze strzałką w górę i w dół przejdź do odpowiedzi. Potem naciśnij Enter. Który klawisz przenosi do następnego kroku?
    }
gs-tutor-choosing-escape = Escape
gs-tutor-choosing-escape-feedback = Nie do końca. Escape cofa o jeden krok.
gs-tutor-choosing-enter = Enter
gs-tutor-choosing-enter-feedback = Tak, dobrze. Enter przenosi do następnego kroku.
gs-tutor-choosing-space = Spacja
gs-tutor-choosing-space-feedback = Nie do końca. Spacja robi odstęp między słowami.

gs-tutor-going-back-title = Cofanie się
gs-tutor-going-back = { $mode ->
        [plain] Aby cofnąć się o jeden krok, wpisz „wstecz” i naciśnij Enter. Cofanie się jest zawsze bezpieczne.
       *[tui] Aby cofnąć się o jeden krok, naciśnij Escape. To klawisz w lewym górnym rogu, z napisem Esc. Cofanie się jest zawsze bezpieczne.
    }

gs-tutor-hearing-again-title = Posłuchaj jeszcze raz
gs-tutor-hearing-again = { $mode ->
        [plain] Aby jeszcze raz zobaczyć i usłyszeć krok, wpisz „powtórz” i naciśnij Enter. Spróbuj teraz.
       *[tui] Aby jeszcze raz usłyszeć krok, naciśnij klawisz R. Klawisz R powtarza krok. Naciśnij teraz R.
    }
gs-tutor-hearing-again-done = Brawo. Krok został powtórzony.

gs-tutor-help-title = Pomoc
gs-tutor-help = { $mode ->
        [plain] Jeśli nie wiesz, co zrobić, wpisz „pomoc” i naciśnij Enter. Pomoc mówi, co można zrobić na tym ekranie. Spróbuj teraz, a potem naciśnij Enter, żeby ją zamknąć.
       *[tui] Jeśli nie wiesz, co zrobić, naciśnij klawisz H. Klawisz H daje pomoc. Pomoc mówi, co można zrobić na tym ekranie. Naciśnij teraz H, a potem naciśnij Enter, żeby ją zamknąć.
    }
gs-tutor-help-done = Brawo. Pomoc jest zawsze pod ręką.

gs-tutor-where-title = Gdzie jestem?
gs-tutor-where = { $mode ->
        [plain] Aby usłyszeć, gdzie jesteś, wpisz „gdzie” i naciśnij Enter. Program powie ci, jaki to kurs, jaka lekcja i jaki krok. Spróbuj teraz.
       *[tui] Aby usłyszeć, gdzie jesteś, naciśnij klawisz W. Program powie ci, jaki to kurs, jaka lekcja i jaki krok. Naciśnij teraz W.
    }
gs-tutor-where-done = Brawo. Teraz wiesz, gdzie jesteś.

gs-tutor-stopping-title = Kończenie pracy
gs-tutor-stopping = { $mode ->
        [plain] Aby skończyć, wpisz „koniec” i naciśnij Enter. Program zapyta, czy na pewno chcesz skończyć. Spróbuj teraz, a potem wybierz „Nie, kontynuuj”.
       *[tui] Aby skończyć, naciśnij klawisz Q. Program zapyta, czy na pewno chcesz skończyć. Naciśnij teraz Q, a potem wybierz „Nie, kontynuuj”.
    }
gs-tutor-stopping-done = Brawo. Wybrano dalszą naukę. Gdy zechcesz skończyć, wybierz „Tak, zakończ teraz”.

gs-tutor-check-title = Szybkie sprawdzenie
gs-tutor-check = { $mode ->
        [plain] Bill przez pomyłkę przeszedł dalej. Co musi wpisać, żeby cofnąć się o jeden krok?
       *[tui] Bill przez pomyłkę przeszedł dalej. Który klawisz cofnie go o jeden krok?
    }
gs-tutor-check-repeat = { $mode ->
        [plain] powtórz
       *[tui] R
    }
gs-tutor-check-repeat-feedback = Nie do końca. To powtarza krok.
gs-tutor-check-back = { $mode ->
        [plain] wstecz
       *[tui] Escape
    }
gs-tutor-check-back-feedback = Tak, dobrze. To cofa o jeden krok.
gs-tutor-check-help = { $mode ->
        [plain] pomoc
       *[tui] H
    }
gs-tutor-check-help-feedback = Nie do końca. To daje pomoc.

gs-tutor-recap-title = Brawo
gs-tutor-recap = { $mode ->
        [plain] Teraz ty i Bill wiecie, jak korzystać z tego programu. Wpisz „wstecz”, „powtórz”, „pomoc”, „gdzie” albo „koniec”, gdy tylko potrzebujesz.
       *[tui] Teraz ty i Bill wiecie, jak korzystać z tego programu. Enter prowadzi dalej, a Escape cofa. R powtarza, H daje pomoc, W mówi, gdzie jesteś, a Q kończy.
    }
    Gdy skończysz, program zapamięta, gdzie jesteś. Następnym razem wybierz swoje imię i kontynuuj.

## Lekcja 2: Korzystanie z klawiatury
gs-keys-title = Korzystanie z klawiatury
gs-keys-summary = Poćwicz Enter, spację, litery, wielkie litery, strzałki i Backspace.

gs-keys-intro-title = Klawiatura
gs-keys-intro =
    Bill potrzebuje kilku klawiszy, żeby napisać swój pierwszy e-mail. W tej lekcji ty też je naciśniesz.
    Na klawiaturze są klawisze z literami i cyframi. Są też klawisze do specjalnych zadań.
    Jeśli naciśniesz zły klawisz, nic złego się nie stanie. Program powie ci, jaki klawisz został naciśnięty.

gs-keys-enter-title = Klawisz Enter
gs-keys-enter =
    Enter to duży klawisz po prawej stronie liter. Często jest na nim zagięta strzałka.
    Naciśnij teraz Enter.
gs-keys-enter-done = Brawo. To był Enter.

gs-keys-space-title = Spacja
gs-keys-space = { $mode ->
        [plain] Spacja to długi klawisz na dole klawiatury. Robi odstęp między słowami. Naciśnij spację, potem naciśnij Enter.
       *[tui] Spacja to długi klawisz na dole klawiatury. Robi odstęp między słowami. Naciśnij teraz spację.
    }
gs-keys-space-done = Brawo. To była spacja.

gs-keys-letter-title = Litery
gs-keys-letter = { $mode ->
        [plain] Każda litera ma swój klawisz. Znajdź literę a. Jest po lewej stronie, w środkowym rzędzie. Naciśnij a, potem naciśnij Enter.
       *[tui] Każda litera ma swój klawisz. Znajdź literę a. Jest po lewej stronie, w środkowym rzędzie. Naciśnij teraz a.
    }
gs-keys-letter-done = Brawo. To była litera a.

gs-keys-capital-title = Wielkie litery
gs-keys-capital =
    Aby napisać wielką literę, przytrzymaj klawisz Shift, naciśnij literę, a potem puść Shift.
    Klawisz Shift jest po obu stronach liter. Często jest na nim strzałka w górę.
    { $mode ->
        [plain] Przytrzymaj Shift i naciśnij a, żeby napisać wielkie A. Potem naciśnij Enter.
       *[tui] Przytrzymaj Shift i naciśnij a, żeby napisać wielkie A.
    }
gs-keys-capital-done = Brawo. To było wielkie A.

gs-keys-up-title = Strzałka w górę
gs-keys-up =
    Strzałki to cztery klawisze ze strzałkami, w prawym dolnym rogu klawiatury. Służą do poruszania się po ekranie.
    { $mode ->
        [plain] Naciśnij strzałkę w górę, potem naciśnij Enter.
       *[tui] Naciśnij teraz strzałkę w górę.
    }
gs-keys-up-done = Brawo. To była strzałka w górę.

gs-keys-down-title = Strzałka w dół
gs-keys-down = { $mode ->
        [plain] Strzałka w dół jest tuż pod strzałką w górę. Naciśnij strzałkę w dół, potem naciśnij Enter.
       *[tui] Strzałka w dół jest tuż pod strzałką w górę. Naciśnij teraz strzałkę w dół.
    }
gs-keys-down-done = Brawo. To była strzałka w dół.

gs-keys-left-title = Strzałka w lewo
gs-keys-left = { $mode ->
        [plain] Strzałka w lewo jest na lewo od strzałki w dół. Naciśnij strzałkę w lewo, potem naciśnij Enter.
       *[tui] Strzałka w lewo jest na lewo od strzałki w dół. Naciśnij teraz strzałkę w lewo.
    }
gs-keys-left-done = Brawo. To była strzałka w lewo.

gs-keys-right-title = Strzałka w prawo
gs-keys-right = { $mode ->
        [plain] Strzałka w prawo jest na prawo od strzałki w dół. Naciśnij strzałkę w prawo, potem naciśnij Enter.
       *[tui] Strzałka w prawo jest na prawo od strzałki w dół. Naciśnij teraz strzałkę w prawo.
    }
gs-keys-right-done = Brawo. To była strzałka w prawo.

gs-keys-backspace-title = Backspace
gs-keys-cursor-title = Kursor
gs-keys-cursor =
    Gdy piszesz, znak na ekranie pokazuje, gdzie pojawi się następna litera. Ten znak to kursor.
    Kursor to często migająca kreska. Przesuwa się dalej, gdy piszesz.
    Wpisz słowo dom. Potem naciśnij Enter.
gs-keys-cursor-answer = dom
gs-keys-cursor-done = Brawo. Kursor przesuwał się dalej razem z literami.
gs-keys-backspace =
    Backspace kasuje literę tuż przed kursorem. Jest nad klawiszem Enter. Często jest na nim strzałka w lewo.
    Bill przez pomyłkę napisał kott, z dwiema literami t. Wpisz też kott. Potem naciśnij raz Backspace i naciśnij Enter.
gs-keys-backspace-answer = kot
gs-keys-backspace-done = Brawo. Błąd jest poprawiony klawiszem Backspace.

gs-keys-name-title = Wpisywanie imienia
gs-keys-name =
    Bill wpisał swoje imię przez wielkie B. Teraz wpisz swoje imię. Zacznij je wielką literą.
    Pamiętaj: przy wielkiej literze przytrzymaj Shift. Potem naciśnij Enter.
gs-keys-name-answer = { $name }
gs-keys-name-done = Brawo, { $name }. Twoje imię jest wpisane.

gs-keys-check-title = Szybkie sprawdzenie
gs-keys-check = Który klawisz trzeba przytrzymać, żeby napisać wielką literę?
gs-keys-check-enter = Enter
gs-keys-check-enter-feedback = Nie do końca. Enter przenosi do następnego kroku.
gs-keys-check-space = Spacja
gs-keys-check-space-feedback = Nie do końca. Spacja robi odstęp między słowami.
gs-keys-check-shift = Shift
gs-keys-check-shift-feedback = Tak, dobrze. Przytrzymaj Shift i naciśnij literę, a będzie wielka.

gs-keys-recap-title = Brawo
gs-keys-recap =
    Znasz już Enter, spację, litery, wielkie litery i cztery strzałki.
    Umiesz też poprawić błąd klawiszem Backspace. Kursor pokazuje, gdzie piszesz.
    Bill może już napisać swój e-mail. Te klawisze wystarczą też tobie w następnych lekcjach.
