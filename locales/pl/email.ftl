# Kurs: E-mail (lessons/02-email). Fakty: shared/docs/content-sources.md, "Email basics
# and scams". Ćwiczebna skrzynka odbiorcza ma zmyślone osoby i przykładowe adresy.

email-title = E-mail
email-summary = Czytaj e-maile, odpowiadaj na nie i pisz nowe. Otwieraj zdjęcia i rozpoznawaj oszustwa.

## Skrzynka odbiorcza do ćwiczeń
email-okafor-name = Dr Okafor
email-okafor-subject = Pomiar ciśnienia krwi
email-okafor-date = dzisiaj, 9:15
email-okafor-body =
    Dzień dobry. Zapraszam na pomiar ciśnienia krwi we wtorek o 10 rano.
    Czy ten termin pasuje? Proszę o odpowiedź. Dr Okafor
email-sam-name = Sam Jones
email-sam-subject = Zdjęcie z mojego przyjęcia
email-sam-date = wczoraj
email-sam-body = Cześć! Oto zdjęcie z mojego przyjęcia urodzinowego. Ściskam, Sam
email-sam-photo = Dziewczynka zdmuchuje pięć świeczek na torcie urodzinowym. Ludzie wokół niej się uśmiechają.
email-library-name = Biblioteka Miejska
email-library-subject = Bezpłatne zajęcia komputerowe
email-library-date = poniedziałek
email-library-body = Nasze bezpłatne zajęcia komputerowe zaczynają się w przyszłym tygodniu. Zapraszamy wszystkich. Nie trzeba się zapisywać.
email-bank-name = Zespół Bezpieczeństwa Banku
email-bank-subject = Pilne: Twoje konto jest zablokowane
email-bank-date = dzisiaj, 7:02
email-bank-body = Szanowny Kliencie, Twoje konto jest zablokowane. Kliknij link i wpisz swoje dane bankowe w ciągu 24 godzin. Inaczej stracisz pieniądze.
email-fake-nhs-name = Recepty NHS
email-fake-nhs-subject = Płatność za receptę nie powiodła się
email-fake-nhs-date = dzisiaj, 8:40
email-fake-nhs-body = Szanowny Kliencie, ostatnia płatność za receptę nie powiodła się. Kliknij tutaj jeszcze dziś i wpisz dane karty bankowej. Inaczej przestaniesz dostawać leki.

## Lekcja 1: Czym jest e-mail
email-what-title = Czym jest e-mail
email-what-summary = Dowiedz się, czym jest e-mail i jak wygląda adres e-mail.
email-what-intro-title = Czym jest e-mail
email-what-intro =
    E-mail to sposób na wysłanie wiadomości przez internet.
    Wiadomość dociera w kilka sekund. Wysłanie nic nie kosztuje.
email-what-address-title = Adres e-mail
email-what-address =
    Aby wysyłać i dostawać e-maile, potrzebujesz adresu e-mail. To jak adres pocztowy, ale dla e-maili.
    Adres e-mail wygląda tak: sam.jones@example.com
email-what-at-sign-title = Znak małpy
email-what-at-sign =
    Znak w środku adresu to po angielsku "at". Po polsku mówimy na niego "małpa". Wygląda tak: @
    Adres czyta się tak: sam kropka jones małpa example kropka com.
    Przytrzymaj Shift i naciśnij klawisz, na którym jest @. Na polskiej klawiaturze to klawisz 2. Na klawiaturze brytyjskiej ten klawisz jest blisko Enter.
email-what-type-address-title = Wpisz adres
email-what-type-address = Wpisz ten adres e-mail: sam.jones@example.com. Potem naciśnij Enter.
email-what-type-address-answer = sam.jones@example.com
email-what-type-address-done = Brawo. Adres e-mail jest wpisany.
email-what-check-title = Szybkie sprawdzenie
email-what-check = Co z tego jest adresem e-mail?
email-what-check-name = Sam Jones
email-what-check-name-feedback = Nie do końca. To jest imię i nazwisko. Adres e-mail ma w sobie znak @.
email-what-check-address = sam.jones@example.com
email-what-check-address-feedback = Tak, dobrze. Jest w nim nazwa osoby, znak @ i nazwa miejsca.
email-what-check-street = 12 High Street
email-what-check-street-feedback = Nie do końca. To jest adres pocztowy. Adres e-mail ma w sobie znak @.
email-what-recap-title = Brawo
email-what-recap =
    E-mail to wiadomość wysyłana przez internet.
    Adres e-mail ma w środku znak @.
    Za chwilę zobaczysz skrzynkę odbiorczą.

## Lekcja 2: Twoja skrzynka odbiorcza
email-inbox-title = Twoja skrzynka odbiorcza
email-inbox-summary = Naucz się poruszać po skrzynce odbiorczej i otwórz e-mail.
email-inbox-intro-title = Twoja skrzynka odbiorcza
email-inbox-intro =
    Skrzynka odbiorcza to miejsce, do którego przychodzą twoje e-maile.
    Najnowsze e-maile są na górze listy.
    Przy każdym e-mailu widać, kto go wysłał, o czym jest i kiedy przyszedł.
email-inbox-new-title = Nowe e-maile
email-inbox-new =
    E-mail, który nie jest jeszcze przeczytany, ma napis "Nowy".
    Gdy go otworzysz, napis "Nowy" znika.
email-inbox-open-title = Otwórz e-mail
email-inbox-open =
    To jest skrzynka odbiorcza do ćwiczeń. Nic w niej nie jest prawdziwe.
    Otwórz e-mail od Sam Jones.
    { $mode ->
        [plain] Jeśli utkniesz, wpisz pomoc, aby dostać podpowiedź.
       *[tui] Jeśli utkniesz, naciśnij H, aby dostać podpowiedź.
    }
email-inbox-open-done = Brawo. E-mail od Sam jest otwarty.
email-inbox-check-title = Szybkie sprawdzenie
email-inbox-check = Co oznacza napis "Nowy" przy e-mailu?
email-inbox-check-unread = Ten e-mail nie jest jeszcze przeczytany
email-inbox-check-unread-feedback = Tak, dobrze. Napis "Nowy" znika, gdy otworzysz e-mail.
email-inbox-check-stranger = Ten e-mail jest od kogoś nowego
email-inbox-check-stranger-feedback = Nie do końca. "Nowy" oznacza, że e-mail nie jest jeszcze przeczytany.
email-inbox-check-scam = Ten e-mail to oszustwo
email-inbox-check-scam-feedback = Nie do końca. "Nowy" oznacza, że e-mail nie jest jeszcze przeczytany. Nie mówi, czy to oszustwo.
email-inbox-recap-title = Brawo
email-inbox-recap =
    Skrzynka odbiorcza pokazuje twoje e-maile. Najnowsze są na górze.
    "Nowy" oznacza, że e-mail nie jest jeszcze przeczytany. Wybierz e-mail, aby go otworzyć.

## Lekcja 3: Czytanie i odpowiadanie
email-reply-title = Czytanie i odpowiadanie
email-reply-summary = Przeczytaj e-mail i wyślij odpowiedź.
email-reply-reading-title = Czytanie e-maila
email-reply-reading =
    E-mail pokazuje, kto go wysłał, kiedy przyszedł i co jest w wiadomości.
    Pod wiadomością są przyciski, na przykład "Odpowiedz", "Przekaż dalej" i "Usuń".
email-reply-replying-title = Odpowiadanie
email-reply-replying =
    Przycisk "Odpowiedz" wysyła odpowiedź do osoby, która do ciebie napisała.
    Jej adres jest już wpisany. Wpisujesz tylko swoją wiadomość i wybierasz "Wyślij".
email-reply-reply-title = Wyślij odpowiedź
email-reply-reply =
    Dr Okafor pyta, czy możesz przyjść we wtorek.
    Odpowiedz dr Okafor i napisz: Wtorek mi pasuje.
email-reply-reply-words = Wtorek mi pasuje
email-reply-reply-done = Brawo. Twoja odpowiedź jest już w drodze do dr Okafor.
email-reply-check-title = Szybkie sprawdzenie
email-reply-check = Kto dostaje twoją odpowiedź na e-mail?
email-reply-check-everyone = Wszyscy z twojej skrzynki odbiorczej
email-reply-check-everyone-feedback = Nie do końca. Odpowiedź trafia tylko do osoby, która do ciebie napisała.
email-reply-check-sender = Osoba, która do ciebie napisała
email-reply-check-sender-feedback = Tak, dobrze. Jej adres jest już wpisany.
email-reply-check-nobody = Nikt, dopóki jej nie wydrukujesz
email-reply-check-nobody-feedback = Nie do końca. Gdy wybierzesz "Wyślij", odpowiedź od razu trafia do osoby, która do ciebie napisała.
email-reply-recap-title = Brawo
email-reply-recap =
    Otwórz e-mail, aby go przeczytać.
    Wybierz "Odpowiedz", aby odpisać. Wpisz wiadomość, a potem wybierz "Wyślij".

## Lekcja 4: Pisanie e-maila
email-write-title = Pisanie e-maila
email-write-summary = Napisz nowy e-mail i wyślij go.
email-write-intro-title = Nowy e-mail
email-write-intro = Aby do kogoś napisać, wybierz "Napisz nowy e-mail". Otworzy się pusty e-mail.
email-write-boxes-title = Do, Temat i Wiadomość
email-write-boxes =
    Nowy e-mail ma trzy pola do wpisania tekstu.
    "Do" to adres e-mail osoby, do której piszesz.
    "Temat" to kilka słów o tym, czego dotyczy e-mail.
    "Wiadomość" to to, co chcesz powiedzieć.
email-write-write-title = Napisz e-mail
email-write-write =
    Napisz nowy e-mail do Sam. Adres Sam to sam.jones@example.com.
    W wiadomości napisz: Wszystkiego najlepszego. Potem wyślij e-mail.
email-write-write-words = Wszystkiego najlepszego
email-write-write-done = Brawo. Twój pierwszy e-mail jest wysłany.
email-write-check-title = Szybkie sprawdzenie
email-write-check = Które pole jest na adres osoby, do której piszesz?
email-write-check-to = Do
email-write-check-to-feedback = Tak, dobrze. Pole "Do" jest na adres e-mail tej osoby.
email-write-check-subject = Temat
email-write-check-subject-feedback = Nie do końca. "Temat" to kilka słów o tym, czego dotyczy e-mail.
email-write-check-message = Wiadomość
email-write-check-message-feedback = Nie do końca. "Wiadomość" to to, co chcesz powiedzieć.
email-write-recap-title = Brawo
email-write-recap =
    Wybierz "Napisz nowy e-mail". Wypełnij pola "Do", "Temat" i "Wiadomość".
    Potem wybierz "Wyślij".

## Lekcja 5: Otwieranie zdjęcia
email-photo-title = Otwieranie zdjęcia
email-photo-summary = Otwórz zdjęcie, które ktoś ci przysłał.
email-photo-intro-title = Zdjęcia w e-mailach
email-photo-intro =
    Ludzie często wysyłają zdjęcia e-mailem.
    Zdjęcie albo plik wysłany razem z e-mailem to załącznik.
    E-mail pokazuje, że ma załącznik.
email-photo-photo-title = Otwórz zdjęcie
email-photo-photo = Masz zdjęcie od Sam. Otwórz e-mail od Sam, a potem otwórz zdjęcie.
email-photo-photo-done = Brawo. Zdjęcie jest otwarte.
email-photo-check-title = Szybkie sprawdzenie
email-photo-check = Co to jest załącznik?
email-photo-check-file = Zdjęcie albo plik wysłany razem z e-mailem
email-photo-check-file-feedback = Tak, dobrze.
email-photo-check-stamp = Rodzaj znaczka pocztowego
email-photo-check-stamp-feedback = Nie do końca. E-maile nie potrzebują znaczków. Załącznik to zdjęcie albo plik wysłany razem z e-mailem.
email-photo-check-sender = Adres osoby, która wysłała e-mail
email-photo-check-sender-feedback = Nie do końca. Załącznik to zdjęcie albo plik wysłany razem z e-mailem.
email-photo-recap-title = Brawo
email-photo-recap =
    Zdjęcie wysłane razem z e-mailem to załącznik.
    Otwórz e-mail, a potem otwórz zdjęcie.
    Otwieraj tylko zdjęcia i pliki od osób, które znasz.

## Lekcja 6: Rozpoznawanie oszustw
email-scam-title = Rozpoznawanie oszustw
email-scam-summary = Rozpoznaj e-mail od oszustów i zgłoś go.
email-scam-intro-title = Fałszywe e-maile
email-scam-intro =
    Niektóre e-maile to oszustwo.
    Oszuści próbują cię podejść. Chcą twoich pieniędzy albo danych o tobie.
email-scam-signs-title = Sygnały ostrzegawcze
email-scam-signs =
    Oto sygnały, że e-mail może być oszustwem.
    Podaje się za e-mail z twojego banku albo z NHS (publicznej służby zdrowia), ale adres się nie zgadza.
    Zaczyna się od "Szanowny Kliencie", a nie od twojego imienia.
    Mówi, że musisz działać od razu.
    Prosi o twoje dane bankowe albo hasło.
    Ma dziwny link do kliknięcia.
email-scam-nhs-title = NHS i twój bank
email-scam-nhs =
    NHS nigdy nie prosi o dane bankowe w e-mailu ani w SMS-ie.
    Krążą fałszywe e-maile o receptach, podpisane jako NHS. Nie klikaj w ich linki.
email-scam-report-title = Zgłoś oszustwo
email-scam-report =
    Jeden e-mail w tej skrzynce to oszustwo. Zgłoś go.
    Otwórz go, wybierz "Przekaż dalej" i wyślij go na adres report@phishing.gov.uk
email-scam-report-done = Brawo. Oszustwo jest zgłoszone. Teraz możesz usunąć ten e-mail.
email-scam-check-title = Szybkie sprawdzenie
email-scam-check = Pewien e-mail twierdzi, że jest od NHS. Prosi o dane twojej karty bankowej. Co robisz?
email-scam-check-card = Szybko wpisuję dane mojej karty
email-scam-check-card-feedback = Nie. NHS nigdy nie prosi o dane bankowe w e-mailu. To oszustwo.
email-scam-check-report = Przekazuję go dalej na adres report@phishing.gov.uk
email-scam-check-report-feedback = Tak, dobrze. Potem możesz go usunąć.
email-scam-check-reply = Odpisuję i pytam, czy to prawda
email-scam-check-reply-feedback = Nie do końca. Nie odpowiadaj oszustom. Zgłoś e-mail, a potem go usuń.
email-scam-recap-title = Brawo
email-scam-recap =
    Uważaj na sygnały ostrzegawcze.
    Fałszywe e-maile przekaż dalej na adres report@phishing.gov.uk.
    Fałszywe SMS-y przekaż dalej na numer 7726.
