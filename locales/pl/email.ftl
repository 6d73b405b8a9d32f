# Kurs: E-mail (lessons/02-email). Fakty: shared/docs/content-sources.md, "Email basics
# and scams". Ćwiczebna skrzynka odbiorcza ma zmyślone osoby i przykładowe adresy.

email-title = E-mail
email-summary = Czytaj e-maile, odpowiadaj na nie i pisz nowe. Otwieraj zdjęcia i rozpoznawaj oszustwa.

## Skrzynka odbiorcza do ćwiczeń
email-okafor-name = Dr Okafor
email-okafor-subject = Pomiar ciśnienia krwi
email-okafor-date = dzisiaj, 9:15
email-okafor-body =
    Dzień dobry, Pani Rose. Zapraszam na pomiar ciśnienia krwi we wtorek o 10 rano.
    Czy ten termin pasuje? Proszę o odpowiedź. Dr Okafor
email-sam-name = Sam Jones
email-sam-subject = Zdjęcie z przyjęcia Mii
email-sam-date = wczoraj
email-sam-body = Cześć, Babciu! Oto zdjęcie z piątych urodzin Mii. Ściskam, Sam
email-sam-photo = Mia, córeczka Sama, zdmuchuje pięć świeczek na torcie urodzinowym. Ludzie wokół niej się uśmiechają.
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
## SMS-y Rose do ćwiczeń
email-text-sam-from = Sam
email-text-sam-date = wczoraj
email-text-sam-body = Do zobaczenia w niedzielę, Babciu! Mia chce ci pokazać swój nowy rower. Sam
email-text-parcel-from = 07700 900123
email-text-parcel-date = dzisiaj, 9:40
email-text-parcel-body = Royal Mail: nie udało się doręczyć paczki. Zapłać dziś opłatę 1,45 £ na royalmail-redelivery.example.net, inaczej paczka wróci do nadawcy.

## Lekcja 1: Czym jest e-mail
email-what-title = Czym jest e-mail
email-what-summary = Dowiedz się, czym jest e-mail i jak wygląda adres e-mail.
email-what-intro-title = Poznaj Rose
email-what-intro =
    Poznaj Rose. Jej wnuk Sam wyjechał do pracy daleko od domu. Chce wysyłać jej wiadomości e-mailem.
    E-mail to wiadomość, którą wysyłasz przez internet. Dociera w kilka sekund.
    W tym kursie pomagasz Rose z jej e-mailami.
email-what-address-title = Adres e-mail
email-what-address =
    Aby wysyłać i dostawać e-maile, Rose potrzebuje adresu e-mail. To jak adres pocztowy, ale dla e-maili.
    Adres e-mail Sama wygląda tak: sam.jones@example.com
email-what-at-sign-title = Znak małpy
email-what-at-sign =
    Znak w środku adresu to po angielsku "at". Po polsku mówimy na niego "małpa". Wygląda tak: @
    Adres Sama czyta się tak: sam kropka jones małpa example kropka com.
    { $mode ->
        [plain] Przytrzymaj Shift i naciśnij klawisz, na którym jest @. Na polskiej klawiaturze to klawisz 2. Na klawiaturze brytyjskiej ten klawisz jest blisko Enter. Wpisz teraz @ i naciśnij Enter.
       *[tui] Przytrzymaj Shift i naciśnij klawisz, na którym jest @. Na polskiej klawiaturze to klawisz 2. Na klawiaturze brytyjskiej ten klawisz jest blisko Enter. Naciśnij teraz @.
    }
email-what-at-sign-done = Brawo. To był znak @, czyli małpa.
email-what-type-address-title = Wpisz adres
email-what-type-address = Wpisz adres e-mail Sama: sam.jones@example.com. Potem naciśnij Enter.
email-what-type-address-answer = sam.jones@example.com
email-what-type-address-done = Brawo. Adres e-mail jest wpisany.
email-what-own-title = Twój własny adres
email-what-own =
    Komputer albo telefon możesz dzielić z kimś innym. Ale każda osoba potrzebuje własnego adresu e-mail.
    Niektóre usługi wymagają osobnego adresu dla każdej osoby. Jedną z nich jest NHS login.
email-what-account-title = Konta i hasła
email-what-account =
    Twoja poczta e-mail to konto. Konto to twoje własne miejsce w jakiejś usłudze.
    Otwierasz je adresem e-mail i hasłem. Hasło to tajne słowo, które potwierdza, że to ty.
    Nigdy nikomu nie mów swojego hasła.
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
    E-mail to wiadomość, którą wysyłasz przez internet.
    Adres e-mail ma w środku znak @. Każda osoba potrzebuje własnego.
    Nie mów nikomu swojego hasła. Teraz pomożesz Rose z jej skrzynką odbiorczą.

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
    Oto skrzynka odbiorcza Rose do ćwiczeń. Nic w niej nie jest prawdziwe.
    Pomóż Rose otworzyć e-mail od Sama Jonesa.
    { $mode ->
        [plain] Jeśli utkniesz, wpisz „pomoc”, aby dostać podpowiedź.
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
    Dr Okafor pyta, czy Rose może przyjść we wtorek. Rose może.
    Pomóż Rose odpowiedzieć Dr Okafor i napisz: Wtorek mi pasuje.
email-reply-reply-words = Wtorek mi pasuje
email-reply-reply-done = Brawo. Odpowiedź Rose jest w drodze do Dr Okafor.
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
    Mia, córeczka Sama, skończyła w tym tygodniu pięć lat. Pomóż Rose napisać nowy e-mail do Sama.
    Adres Sama to sam.jones@example.com. W wiadomości napisz: Wszystkiego najlepszego dla Mii. Potem ją wyślij.
email-write-write-words = Wszystkiego najlepszego dla Mii
email-write-write-done = Brawo. Rose wysłała swój pierwszy e-mail.
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
email-photo-photo =
    Sam wysłał Rose zdjęcie z przyjęcia Mii. Pomóż Rose otworzyć e-mail od Sama, a potem zdjęcie.
    Ten ekran do ćwiczeń opisuje słowami, co jest na zdjęciu.
email-photo-photo-done = Brawo. Zdjęcie od Sama z przyjęcia Mii jest otwarte.
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
email-scam-summary = Rozpoznaj fałszywy e-mail albo SMS i zgłoś go.
email-scam-intro-title = Oszustwa
email-scam-intro =
    Niektóre e-maile i SMS-y to oszustwa. Oszust próbuje cię nakłonić do oddania pieniędzy albo danych o sobie.
    Rose dostała e-mail od „Zespołu Bezpieczeństwa Banku”. Czy jest prawdziwy? Sprawdźmy go, znak po znaku.
email-scam-links-title = Linki
email-scam-links =
    Większość oszustw ma link. Link to słowa albo obrazek, które przenoszą cię na inną stronę.
    Aby otworzyć link, klikasz go. Kliknąć znaczy nacisnąć raz przycisk myszy.
    Link od oszusta prowadzi na fałszywą stronę, która prosi o twoje dane.
email-scam-link-check-title = Szybkie sprawdzenie
email-scam-link-check = Co robi link, gdy go klikniesz?
email-scam-link-check-money = Wysyła pieniądze
email-scam-link-check-money-feedback = Nie do końca. Link przenosi cię na inną stronę. Strona oszusta może potem prosić o pieniądze.
email-scam-link-check-page = Przenosi cię na inną stronę
email-scam-link-check-page-feedback = Tak, dobrze. Dlatego link od oszusta może cię przenieść na fałszywą stronę.
email-scam-link-check-phone = Dzwoni na twój telefon
email-scam-link-check-phone-feedback = Nie do końca. Link przenosi cię na inną stronę.
email-scam-address-title = Znak 1: adres
email-scam-address =
    Oszust pisze, że jest z twojego banku albo z NHS. Ale adres, z którego przyszedł e-mail, do tego nie pasuje.
    E-mail Rose przyszedł z adresu security@bank-alerts-help.com. To nie jest jej bank.
email-scam-words-title = Znak 2: słowa
email-scam-words =
    Oszust pisze "Szanowny Kliencie", a nie twoje imię.
    Pogania cię. Pisze, że musisz działać od razu, bo inaczej stanie się coś złego.
email-scam-spot-title = Znajdź znaki
email-scam-spot = E-mail Rose mówi: Szanowny Kliencie, działaj w ciągu 24 godzin, bo stracisz pieniądze. Co jest nie tak?
email-scam-spot-normal = Nic. Banki zawsze tak piszą
email-scam-spot-normal-feedback = Nie do końca. Prawdziwy bank używa twojego imienia i daje ci czas do namysłu.
email-scam-spot-rushed = Nie ma w nim jej imienia i pogania ją
email-scam-spot-rushed-feedback = Tak, dobrze. To dwa znaki ostrzegawcze.
email-scam-spot-sam = Jest od jej wnuka Sama
email-scam-spot-sam-feedback = Nie do końca. Podaje się za jej bank. Nie ma w nim jej imienia i pogania ją.
email-scam-details-title = Znak 3: prośba o dane
email-scam-details =
    Najważniejszy znak: prosi o twoje dane bankowe, PIN albo hasło.
    Twój bank nigdy nie prosi o nie w e-mailu ani w SMS-ie. NHS też nie.
email-scam-report-title = Zgłoś oszustwo
email-scam-report =
    E-mail Rose od „Zespołu Bezpieczeństwa Banku” to oszustwo. Pomóż jej go zgłosić.
    Otwórz go, wybierz "Przekaż dalej" i wyślij go na adres report@phishing.gov.uk
email-scam-report-done = Brawo. Oszustwo jest zgłoszone. Teraz możesz usunąć ten e-mail.
email-scam-texts-title = Fałszywe SMS-y
email-scam-texts =
    Oszustwa przychodzą też w SMS-ach. Udają wiadomości od Royal Mail (brytyjskiej poczty), twojego banku albo NHS.
    Przekaż fałszywy SMS na numer 7726. Potem go usuń.
email-scam-text-report-title = Zgłoś fałszywy SMS
email-scam-text-report =
    Rose dostała SMS z nieznanego numeru. Ma w nim zapłacić opłatę za paczkę, przez link.
    Pomóż jej go zgłosić. Otwórz go, wybierz „Przekaż dalej” i wyślij go na numer 7726.
email-scam-text-report-done = Brawo. Fałszywy SMS jest zgłoszony. Teraz Rose może go usunąć.
email-scam-recap-title = Brawo
email-scam-recap =
    Szukaj znaków: adres, który nie pasuje, "Szanowny Kliencie", poganianie, prośba o dane.
    Fałszywe e-maile przekaż dalej na adres report@phishing.gov.uk.
    Fałszywe SMS-y przekaż na numer 7726.
email-clicked-title = Po kliknięciu albo zapłacie
email-clicked-summary = Dowiedz się, co robić, gdy oszustwo się udało.
email-clicked-fault-title = To nie twoja wina
email-clicked-fault =
    Oszustwo może nabrać każdego. Jeśli ciebie nabrało, to nie twoja wina. Winny jest oszust.
    Nie tylko ciebie to spotyka. Są rzeczy, które możesz zrobić od razu.
email-clicked-bank-title = Zadzwoń do banku
email-clicked-bank =
    Czy wpisano dane bankowe albo zapłacono? Od razu zadzwoń do swojego banku.
    Zadzwoń pod numer z karty bankowej albo pod numer 159. Numer 159 łączy cię z twoim bankiem.
email-clicked-bank-check-title = Szybkie sprawdzenie
email-clicked-bank-check = Rose wpisała dane karty na fałszywej stronie. Co powinna zrobić najpierw?
email-clicked-bank-check-wait = Poczekać i zobaczyć, co się stanie
email-clicked-bank-check-wait-feedback = Nie do końca. Trzeba od razu zadzwonić do banku: pod numer 159 albo numer z karty.
email-clicked-bank-check-call = Zadzwonić do banku: pod numer 159 albo numer z karty
email-clicked-bank-check-call-feedback = Tak, dobrze. Trzeba dzwonić od razu.
email-clicked-bank-check-reply = Odpisać oszustowi i poprosić o zwrot pieniędzy
email-clicked-bank-check-reply-feedback = Nie do końca. Nigdy nie odpisuj oszustom. Zadzwoń do banku: pod numer 159 albo numer z karty.
email-clicked-passwords-title = Zmień hasła
email-clicked-passwords =
    Czy wpisano hasło? Zmień je. Najpierw zmień hasła do banku.
    Czy w ciągu ostatnich 24 godzin wysłano pieniądze przelewem? Zadzwoń też na policję pod numer 101.
email-clicked-report-title = Zgłoś to
email-clicked-report =
    Zgłoś to do Report Fraud. Od grudnia 2025 roku zastępuje Action Fraud.
    Zadzwoń pod numer 0300 123 2040 albo wejdź na stronę internetową reportfraud.police.uk. Strona internetowa to zbiór stron w internecie.
    W Szkocji zadzwoń na policję, Police Scotland, pod numer 101.
email-clicked-check-title = Szybkie sprawdzenie
email-clicked-check = Oszustwo nabrało Rose. Kto jest winny?
email-clicked-check-you = Rose
email-clicked-check-you-feedback = Nie. To nie jej wina. Winny jest oszust.
email-clicked-check-scammer = Oszust
email-clicked-check-scammer-feedback = Tak, dobrze. Oszustwo może nabrać każdego.
email-clicked-check-bank = Jej bank
email-clicked-check-bank-feedback = Nie do końca. Winny jest oszust. Bank może jej pomóc.
email-clicked-recap-title = Brawo
email-clicked-recap =
    Jeśli oszustwo cię nabrało, to nie twoja wina.
    Zadzwoń do banku pod numer 159. Zmień hasła. Zgłoś to do Report Fraud pod numer 0300 123 2040.

## Done for real: a learner records this on their home page after the course.
email-milestone-sent = Wysłałem(-am) e-mail do kogoś, kogo znam
