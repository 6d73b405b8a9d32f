# Kurs: Recepty NHS na leki stałe (lessons/04-nhs-prescriptions). Każdy fakt jest
# z shared/docs/content-sources.md albo docs/sources.md. Aplikacja do ćwiczeń ma
# zmyślone dane logowania, leki i apteki. Prawdziwa NHS App jest po angielsku, więc
# angielskie nazwy przycisków są podane w nawiasach.

nhs-title = Recepty NHS na leki stałe
nhs-summary = Zamawiaj swoje leki stałe w NHS App (aplikacji NHS) i sprawdzaj, co się z nimi dzieje. Potrzebujesz własnego adresu e-mail i telefonu.

## Aplikacja do ćwiczeń
nhs-medicine-amlodipine = Amlodypina 5 mg, tabletki
nhs-medicine-salbutamol = Salbutamol, inhalator
nhs-medicine-sertraline = Sertralina 50 mg, tabletki
nhs-medicine-ramipril = Ramipryl 2,5 mg, kapsułki
nhs-medicine-simvastatin = Symwastatyna 20 mg, tabletki
nhs-date-salbutamol = 14 grudnia
nhs-pharmacy-high-street = Apteka High Street
nhs-pharmacy-high-street-address = 12 High Street
nhs-pharmacy-green-lane = Apteka Green Lane
nhs-pharmacy-green-lane-address = 3 Green Lane

## Skrzynka odbiorcza Franka
nhs-mail-rose-name = Rose
nhs-mail-rose-subject = Zajęcia komputerowe w poniedziałek
nhs-mail-rose-date = wczoraj
nhs-mail-rose-body = Cześć, Frank. Czy przyjdziesz w poniedziałek na zajęcia komputerowe w bibliotece? Do zobaczenia. Rose

## Lekcja 1: NHS App
nhs-app-title = NHS App i NHS login
nhs-app-summary = Dowiedz się, czym jest NHS App, i zaloguj się przez NHS login.
nhs-app-intro-title = Poznaj Franka
nhs-app-intro =
    Poznaj Franka. Ma 72 lata i mieszka w Anglii. Bierze tabletki na ciśnienie.
    Ma na nie receptę na leki stałe (repeat prescription). Dostaje ten sam lek wiele razy i nie musi za każdym razem iść do lekarza rodzinnego (GP).
    Frank chce zamawiać tabletki przez internet. W tym kursie mu pomagasz.
nhs-app-app-title = NHS App
nhs-app-app =
    NHS App (aplikacja NHS) pozwala załatwić niektóre sprawy w NHS przez internet, na przykład zamówić leki stałe.
    Aplikacja to program na telefonie albo tablecie. Na komputerze zamiast niej korzystasz ze strony internetowej NHS.
    Na stronie jest to samo konto NHS i te same sprawy do załatwienia.
nhs-app-need-title = Zanim zaczniesz
nhs-app-need = Aby założyć NHS login, potrzebujesz własnego adresu e-mail i telefonu. Telefon możesz dzielić z kimś, ale adresu e-mail nie. Czego potrzebuje Frank?
nhs-app-need-printer = Drukarki
nhs-app-need-printer-feedback = Nie do końca. Potrzebuje własnego adresu e-mail i telefonu.
nhs-app-need-own = Własnego adresu e-mail i telefonu
nhs-app-need-own-feedback = Tak, dobrze. Jeśli nie masz jeszcze adresu e-mail, zrób najpierw kurs E-mail.
nhs-app-need-card = Karty bankowej
nhs-app-need-card-feedback = Nie. NHS login nie potrzebuje karty bankowej. Frank potrzebuje własnego adresu e-mail i telefonu.
nhs-app-login-title = NHS login
nhs-app-login =
    Aby korzystać z NHS App, logujesz się przez NHS login (logowanie do NHS). Zalogować się znaczy otworzyć swoje konto.
    Wpisujesz swój adres e-mail i hasło.
    Chroń swoje hasło. Nigdy nikomu go nie mów.
nhs-app-code-title = Kod bezpieczeństwa
nhs-app-code =
    Potem NHS login wysyła ci kod bezpieczeństwa. Zwykle przychodzi SMS-em na twój telefon komórkowy.
    Kod ma 6 cyfr. Wpisujesz go. To pokazuje, że to naprawdę ty.
    Na telefonie albo komputerze, który NHS login już zna, kod może nie być potrzebny.
nhs-app-log-in-title = Zaloguj się
nhs-app-log-in =
    To jest NHS App do ćwiczeń. Dane logowania na ekranie są zmyślone.
    Pomóż Frankowi się zalogować. Wpisz e-mail i hasło z ekranu. Potem wpisz kod z SMS-a do ćwiczeń.
nhs-app-log-in-done = Brawo. Frank jest zalogowany.
nhs-app-wales-title = W Walii
nhs-app-wales =
    Jeśli twój lekarz rodzinny jest w Walii, korzystasz z NHS Wales App (walijskiej aplikacji NHS).
    Do NHS Wales App też logujesz się przez NHS login.
nhs-app-check-title = Szybkie sprawdzenie
nhs-app-check = Po adresie e-mail i haśle NHS login sprawdza jeszcze, czy to Frank. Jak to robi?
nhs-app-check-card = Prosi o jego kartę bankową
nhs-app-check-card-feedback = Nie. NHS login nie prosi o kartę bankową.
nhs-app-check-code = Wysyła kod, zwykle SMS-em
nhs-app-check-code-feedback = Tak, dobrze. Frank wpisuje kod, który ma 6 cyfr.
nhs-app-check-postcode = Prosi tylko o jego kod pocztowy
nhs-app-check-postcode-feedback = Nie do końca. Wysyła kod, który ma 6 cyfr, zwykle SMS-em.
nhs-app-recap-title = Brawo
nhs-app-recap =
    NHS login używa twojego adresu e-mail, hasła i kodu, który zwykle przychodzi SMS-em.
    Nie mów nikomu swojego hasła. Na komputerze korzystaj ze strony internetowej NHS.

## Lekcja 2: Potwierdzenie tożsamości
nhs-id-title = Potwierdzenie tożsamości
nhs-id-summary = Dowiedz się, jak NHS login sprawdza, kim jesteś: z dokumentem ze zdjęciem albo bez niego.
nhs-id-why-title = Za pierwszym razem
nhs-id-why =
    Gdy Frank pierwszy raz korzysta z NHS login, musi potwierdzić, kim jest. Robi to tylko raz.
    Bez tego nie zamówi recept. To łączy jego NHS login z jego kartą u lekarza rodzinnego.
nhs-id-two-ways-title = Dwa sposoby
nhs-id-two-ways =
    Z dokumentem ze zdjęciem, na przykład paszportem albo prawem jazdy, robisz zdjęcie dokumentu. Potem skanujesz twarz albo nagrywasz krótki film, na którym mówisz 4 cyfry.
    Bez dokumentu ze zdjęciem prosisz przychodnię o 3 dane. To Linkage Key, ODS code i Account ID. Wpisujesz je.
nhs-id-your-way-title = Który sposób jest dla ciebie?
nhs-id-your-way = Czy masz dokument ze zdjęciem, na przykład paszport albo prawo jazdy? Nie ma złej odpowiedzi.
nhs-id-your-way-yes = Tak, mam dokument ze zdjęciem
nhs-id-your-way-yes-feedback = Dobrze. Robisz jego zdjęcie. Potem skanujesz twarz albo nagrywasz krótki film.
nhs-id-your-way-no = Nie, nie mam dokumentu ze zdjęciem
nhs-id-your-way-no-feedback = Nic nie szkodzi. Najpierw poproś przychodnię o swoje 3 dane: Linkage Key, ODS code i Account ID.
nhs-id-your-way-unsure = Nie wiem
nhs-id-your-way-unsure-feedback = Zapytaj w przychodni. Jeśli nie masz dokumentu ze zdjęciem, przychodnia może dać ci te 3 dane.
nhs-id-frank-title = Sposób Franka
nhs-id-frank =
    Frank nie ma paszportu ani prawa jazdy. Przychodnia dała mu list z jego 3 danymi.
    Pomóż mu potwierdzić, kim jest. Dane z listu do ćwiczeń są na ekranie.
nhs-id-frank-done = Brawo. NHS login sprawdza dane Franka. Odpowiedź przyjdzie do niego e-mailem.
nhs-id-wait-title = Czekanie na odpowiedź
nhs-id-wait =
    Odpowiedź przychodzi e-mailem. Może to potrwać 24 godziny albo dłużej, a w weekend jeszcze dłużej.
    Frank czeka na e-mail. Potem może zamówić tabletki.
nhs-id-wales-title = W Walii
nhs-id-wales =
    NHS Wales App też korzysta z NHS login. Aby zobaczyć tam recepty, potwierdzasz, kim jesteś.
    Jeśli nie masz dokumentu ze zdjęciem, przychodnia daje ci list do potwierdzenia tożsamości (identity verification letter).
nhs-id-check-title = Szybkie sprawdzenie
nhs-id-check = Ile może trwać sprawdzenie?
nhs-id-check-seconds = Kilka sekund, zawsze
nhs-id-check-seconds-feedback = Nie do końca. Odpowiedź przychodzi e-mailem. Może to potrwać 24 godziny albo dłużej.
nhs-id-check-day = 24 godziny albo dłużej
nhs-id-check-day-feedback = Tak, dobrze. W weekend może to trwać dłużej.
nhs-id-check-year = Cały rok
nhs-id-check-year-feedback = Nie do końca. Może to potrwać 24 godziny albo dłużej, a w weekend jeszcze dłużej.
nhs-id-recap-title = Brawo
nhs-id-recap =
    Za pierwszym razem NHS login sprawdza, kim jesteś.
    Z dokumentem ze zdjęciem: zdjęcie dokumentu, potem skan twarzy albo krótki film. Bez niego: 3 dane z przychodni.
    Odpowiedź przychodzi e-mailem. Może to potrwać 24 godziny albo dłużej.

## Lekcja 3: Twoja wybrana apteka
nhs-pharmacy-title = Twoja wybrana apteka
nhs-pharmacy-summary = Dowiedz się, czym jest wybrana apteka, i zmień swoją.
nhs-pharmacy-intro-title = Twoja wybrana apteka
nhs-pharmacy-intro =
    Wybrana apteka (nominated pharmacy) to apteka, do której chcesz wysyłać swoje recepty.
    Gdy lekarz rodzinny (GP) zgodzi się na zamówienie, trafia ono do tej apteki. Tam odbierasz swój lek.
nhs-pharmacy-change-title = Zmiana apteki
nhs-pharmacy-change =
    Możesz zobaczyć i zmienić swoją wybraną aptekę w NHS App, w części "Recepty" (Prescriptions).
    Niektóre apteki działają tylko przez internet. Takie apteki wybierasz na ich stronie internetowej, a nie w aplikacji.
nhs-pharmacy-change-it-title = Zmień aptekę
nhs-pharmacy-change-it =
    Frank się przeprowadził. Teraz ma bliżej do Apteki Green Lane.
    Pomóż mu ustawić Aptekę Green Lane jako jego wybraną aptekę.
nhs-pharmacy-change-it-done = Brawo. Recepty Franka będą trafiać do Apteki Green Lane.
nhs-pharmacy-check-title = Szybkie sprawdzenie
nhs-pharmacy-check = Czym jest twoja wybrana apteka?
nhs-pharmacy-check-gp = Apteka, którą wybiera dla mnie lekarz rodzinny
nhs-pharmacy-check-gp-feedback = Nie do końca. To ty ją wybierasz, a nie lekarz.
nhs-pharmacy-check-chosen = Apteka, do której chcę wysyłać moje recepty
nhs-pharmacy-check-chosen-feedback = Tak, dobrze.
nhs-pharmacy-check-nearest = Zawsze apteka najbliżej mojego domu
nhs-pharmacy-check-nearest-feedback = Nie do końca. To ty ją wybierasz. Nie musi być najbliższa.
nhs-pharmacy-recap-title = Brawo
nhs-pharmacy-recap =
    Twoja wybrana apteka dostaje twoje recepty.
    Możesz ją zmienić w aplikacji, w części "Recepty" (Prescriptions). Apteka Franka to teraz Apteka Green Lane.

## Lekcja 4: Zamawianie recepty na leki stałe
nhs-order-title = Zamawianie recepty na leki stałe
nhs-order-summary = Zamów swoje leki stałe w NHS App, odpowiednio wcześnie.
nhs-order-intro-title = Zamawianie
nhs-order-intro =
    W NHS App wybierz "Recepty" (Prescriptions), a potem "Zamów receptę na leki stałe" (Order a repeat prescription).
    Aplikacja pokaże listę twoich leków stałych.
    Wybierz te, których potrzebujesz.
nhs-order-not-yet-title = Jeszcze nie teraz
nhs-order-not-yet =
    Niektórych leków nie da się jeszcze zamówić. Aplikacja mówi dlaczego i kiedy będzie można.
    Może być za wcześnie. Lek może być już zamówiony. Albo lekarz rodzinny musi najpierw sprawdzić, jak się czujesz.
nhs-order-not-yet-check-title = Szybkie sprawdzenie
nhs-order-not-yet-check = Przy inhalatorze Franka jest napisane: za wcześnie, ten lek można zamówić od 14 grudnia. Co to znaczy?
nhs-order-not-yet-check-never = Nigdy więcej go nie zamówi
nhs-order-not-yet-check-never-feedback = Nie do końca. Może go zamówić od 14 grudnia.
nhs-order-not-yet-check-later = Może go zamówić od 14 grudnia
nhs-order-not-yet-check-later-feedback = Tak, dobrze. Aplikacja mówi, od kiedy można.
nhs-order-not-yet-check-broken = Aplikacja jest zepsuta
nhs-order-not-yet-check-broken-feedback = Nie do końca. Aplikacja mówi mu, od kiedy może zamówić lek.
nhs-order-note-title = Notatka
nhs-order-note =
    Potem możesz dodać notatkę dla przychodni lekarza rodzinnego. Nie musisz tego robić.
    Na przykład możesz napisać, że wyjeżdżasz.
nhs-order-confirm-title = Sprawdź i wyślij
nhs-order-confirm =
    Na koniec sprawdź zamówienie i wybierz "Potwierdź i wyślij" (Confirm and send).
    Zamówienie trafia najpierw do przychodni. Gdy przychodnia się zgodzi, trafia do twojej apteki.
    W twojej przychodni ekrany mogą wyglądać trochę inaczej.
nhs-order-check-title = Szybkie sprawdzenie
nhs-order-check = Dokąd najpierw trafia wysłane zamówienie?
nhs-order-check-pharmacy = Prosto do mojej apteki
nhs-order-check-pharmacy-feedback = Nie do końca. Najpierw trafia do przychodni lekarza rodzinnego. Potem trafia do twojej apteki.
nhs-order-check-surgery = Do mojej przychodni lekarza rodzinnego, po zgodę
nhs-order-check-surgery-feedback = Tak, dobrze. Potem trafia do twojej wybranej apteki.
nhs-order-check-hospital = Do szpitala
nhs-order-check-hospital-feedback = Nie do końca. Najpierw trafia do przychodni lekarza rodzinnego.
nhs-order-order-title = Zamów lek
nhs-order-order =
    Frank potrzebuje więcej amlodypiny. Pomóż mu ją zamówić.
    Dodaj tę notatkę dla przychodni: Od 3 czerwca nie ma mnie w domu.
nhs-order-order-words = Od 3 czerwca nie ma mnie w domu
nhs-order-order-done = Brawo. Zamówienie Franka trafiło do jego przychodni.
nhs-order-timing-title = Ile to trwa
nhs-order-timing =
    Przychodnia zwykle potrzebuje około 2 dni roboczych, żeby się zgodzić.
    Lek zwykle można odebrać 3 do 5 dni roboczych po zamówieniu.
    Zamawiaj więc około tygodnia, zanim lek ci się skończy. Przed świętem państwowym zamawiaj wcześniej.
nhs-order-timing-check-title = Szybkie sprawdzenie
nhs-order-timing-check = Kiedy Frank powinien zamówić tabletki?
nhs-order-timing-check-day = Dzień przed tym, jak się skończą
nhs-order-timing-check-day-feedback = Nie do końca. To zwykle trwa 3 do 5 dni roboczych. Zamawiaj około tygodnia wcześniej.
nhs-order-timing-check-week = Około tygodnia przed tym, jak się skończą
nhs-order-timing-check-week-feedback = Tak, dobrze. A przed świętem państwowym jeszcze wcześniej.
nhs-order-timing-check-after = Gdy już się skończą
nhs-order-timing-check-after-feedback = Nie do końca. Wtedy przez kilka dni nie miałby tabletek. Zamawiaj około tygodnia wcześniej.
nhs-order-recap-title = Brawo
nhs-order-recap =
    Wybierz "Recepty" (Prescriptions), a potem "Zamów receptę na leki stałe" (Order a repeat prescription).
    Wybierz leki i dodaj notatkę, jeśli chcesz. Potem sprawdź i wyślij.
    Zamawiaj około tygodnia, zanim lek się skończy.

## Lekcja 5: Sprawdzanie i odbiór
nhs-status-title = Sprawdzanie i odbiór
nhs-status-summary = Sprawdź, co się dzieje z zamówieniem, i odbierz je. W razie potrzeby je anuluj.
nhs-status-status-title = Gdzie jest moje zamówienie?
nhs-status-status =
    Wybierz "Sprawdź swoje recepty" (Check your prescriptions), aby zobaczyć, co się dzieje z zamówieniem.
    Najpierw widać napis "zamówione". Potem "zatwierdzone", gdy lekarz rodzinny się zgodzi.
    Jeśli się nie zgodzi, aplikacja napisze dlaczego.
nhs-status-collect-title = Gotowe do odbioru
nhs-status-collect =
    Niektóre apteki pokazują w aplikacji, kiedy lek jest gotowy do odbioru. Nie wszystkie apteki to robią.
    Apteka Franka, Apteka Green Lane, to robi. Sprawdzaj w aplikacji: może nie wysłać ci wiadomości.
nhs-status-ready-title = Sprawdź zamówienie
nhs-status-ready =
    Frank ma zamówienie, które czeka. Pomóż mu sprawdzić jego recepty.
    Wybieraj "Sprawdź, co nowego" (Check for updates), aż pojawi się napis "gotowe do odbioru".
nhs-status-ready-done = Brawo. Lek Franka jest gotowy do odbioru.
nhs-status-barcode-title = Kod kreskowy
nhs-status-barcode =
    W aplikacji jest też kod kreskowy twojej recepty.
    Dzięki niemu odbierzesz lek w aptece, która nie jest twoją wybraną apteką. W twojej wybranej aptece nie jest potrzebny.
nhs-status-about-cancel-title = Anulowanie
nhs-status-about-cancel = Możesz anulować zamówienie, ale tylko wtedy, gdy wciąż czeka na przychodnię.
nhs-status-cancel-title = Anuluj zamówienie
nhs-status-cancel = Frank zamówił jeden lek przez pomyłkę. Pomóż mu anulować zamówienie, które czeka.
nhs-status-cancel-done = Brawo. Zamówienie jest anulowane.
nhs-status-check-title = Szybkie sprawdzenie
nhs-status-check = Kiedy możesz anulować zamówienie?
nhs-status-check-any-time = W każdej chwili
nhs-status-check-any-time-feedback = Nie do końca. Tylko wtedy, gdy czeka na przychodnię.
nhs-status-check-waiting = Gdy czeka na moją przychodnię
nhs-status-check-waiting-feedback = Tak, dobrze. Potem nie da się go anulować w aplikacji.
nhs-status-check-never = Nigdy
nhs-status-check-never-feedback = Nie do końca. Możesz je anulować, gdy czeka na przychodnię.
nhs-status-recap-title = Brawo
nhs-status-recap =
    Sprawdź swoje recepty, aby zobaczyć, co się dzieje z zamówieniem.
    Odbierz lek, gdy jest gotowy. Kod kreskowy pozwala odebrać lek w innej aptece.
    Anuluj zamówienie tylko wtedy, gdy czeka na lekarza rodzinnego.

## Lekcja 6: Bezpieczeństwo
nhs-safe-title = Bezpieczeństwo
nhs-safe-summary = Rozpoznawaj fałszywe wiadomości od "NHS" i zgłaszaj je.
nhs-safe-fakes-title = Fałszywe wiadomości od NHS
nhs-safe-fakes =
    Niektóre e-maile i SMS-y udają wiadomości od NHS.
    Krążą fałszywe e-maile o receptach, podpisane jako NHS. Oszuści chcą twoich pieniędzy albo danych.
nhs-safe-never-title = O co NHS nigdy nie prosi
nhs-safe-never =
    NHS nigdy nie prosi o dane konta ani karty, o PIN ani o hasło do banku.
    Jeśli wiadomość o nie prosi, to oszustwo.
nhs-safe-report-title = Zgłoś fałszywą wiadomość
nhs-safe-report =
    Jeden e-mail w skrzynce Franka to fałszywa wiadomość od NHS. Pomóż mu go zgłosić.
    Otwórz go, wybierz "Przekaż dalej" i wyślij go na adres report@phishing.gov.uk
nhs-safe-report-done = Brawo. Fałszywy e-mail jest zgłoszony. Teraz możesz go usunąć.
nhs-safe-free-title = Bezpłatne recepty
nhs-safe-free =
    Recepty są bezpłatne w Walii, Szkocji i Irlandii Północnej.
    W Anglii są bezpłatne dla osób w wieku 60 lat i starszych, jak Frank, i dla niektórych innych osób.
    Dlatego wiadomość, że Frank ma zapłacić za receptę, to oszustwo.
nhs-safe-real-title = Prawdziwy SMS z przychodni
nhs-safe-real =
    Prawdziwy SMS z przychodni może mieć link, na przykład do twojej wizyty.
    Nigdy nie prosi o pieniądze ani o dane bankowe.
    Nie masz pewności? Zadzwoń do przychodni pod numer, który już znasz, a nie pod numer z SMS-a.
nhs-safe-check-title = Szybkie sprawdzenie
nhs-safe-check = SMS mówi, że płatność Franka za receptę się nie udała. Prosi o dane karty bankowej. Co Frank robi?
nhs-safe-check-pay = Płaci, żeby dalej dostawać leki
nhs-safe-check-pay-feedback = Nie. NHS nigdy nie prosi o dane bankowe w SMS-ie. A recepty Franka są bezpłatne. To oszustwo.
nhs-safe-check-report = Przekazuje ten SMS na numer 7726
nhs-safe-check-report-feedback = Tak, dobrze. Numer 7726 służy do zgłaszania fałszywych SMS-ów. Potem usuń ten SMS.
nhs-safe-check-call = Dzwoni pod numer z SMS-a
nhs-safe-check-call-feedback = Nie do końca. Nie dzwoń pod numery od oszustów. Przekaż ten SMS na numer 7726.
nhs-safe-clicked-title = Jeśli link został już kliknięty albo opłata zapłacona
nhs-safe-clicked =
    Od razu zadzwoń do banku: pod numer 159 albo numer z karty.
    Potem zgłoś to do Report Fraud pod numer 0300 123 2040. To nie twoja wina.
nhs-safe-recap-title = Brawo
nhs-safe-recap =
    NHS nigdy nie prosi o dane bankowe w e-mailu ani w SMS-ie.
    Fałszywe e-maile przekaż dalej na adres report@phishing.gov.uk. Fałszywe SMS-y przekaż na numer 7726.

## Done for real: a learner records this on their home page after the course.
nhs-milestone-ordered = Zamówiłem(-am) receptę na stałe leki w prawdziwej NHS App
