# Kurs: Rozmowy wideo (lessons/03-video-calls). Fakty: shared/docs/content-sources.md,
# "Joining a video appointment from a link". Zmyślone osoby; przykładowe linki.

call-title = Rozmowy wideo
call-summary = Rozmawiaj przez wideo z rodziną, przyjaciółmi i lekarzem rodzinnym (GP). Widzicie się i słyszycie.

## Rozmowy do ćwiczeń
call-dev-name = Dev
call-dev-text = Cześć, Mamo, tu Dev. Dołącz do naszej rodzinnej rozmowy tutaj: meet.example.com/family
call-dev-scene = Dev i jego dwoje dzieci machają z kanapy.
call-surgery-name = Przychodnia Green Lane
call-surgery-text = Dzień dobry, Pani Joyce. Wizyta wideo u dr Okafor jest dzisiaj o 10:30. Dołącz tutaj: video.example.org/gp
call-doctor-name = Dr Okafor
call-doctor-scene = Dr Okafor siedzi przy biurku i się uśmiecha.
call-me = Joyce, oświetlona z przodu, w cichym pokoju.

## Lekcja 1: Czym jest rozmowa wideo
call-what-title = Czym jest rozmowa wideo
call-what-summary = Dowiedz się, czym jest rozmowa wideo i czego do niej potrzebujesz.
call-what-intro-title = Poznaj Joyce
call-what-intro =
    Poznaj Joyce. Jej syn Dev mieszka daleko. Chce zobaczyć mamę w rozmowie wideo.
    W rozmowie wideo widzisz i słyszysz innych, kiedy rozmawiacie. To jak rozmowa przez telefon, ale z obrazem.
    W tym kursie pomagasz Joyce.
call-what-need-title = Czego potrzebujesz
call-what-need =
    Potrzebujesz komputera, tabletu albo telefonu z kamerą, mikrofonem i głośnikiem. Większość z nich ma wszystkie trzy.
    Potrzebujesz też internetu. W domu większość ludzi korzysta z Wi-Fi. Wi-Fi to internet bez kabli.
call-what-allow-title = Kamera i mikrofon
call-what-allow =
    Pomóż Joyce otworzyć link od Deva. Rozmowa prosi o dostęp do kamery i mikrofonu. Wybierz "Zezwól".
call-what-allow-done = Brawo. Teraz rozmowa może widzieć i słyszeć Joyce.
call-what-check-title = Szybkie sprawdzenie
call-what-check = Czego Joyce potrzebuje do rozmowy wideo?
call-what-check-post = Znaczek i koperta
call-what-check-post-feedback = Nie do końca. Do rozmowy wideo potrzebujesz kamery, mikrofonu, głośnika i internetu.
call-what-check-camera = Kamera, mikrofon i internet
call-what-check-camera-feedback = Tak, dobrze. Do tego głośnik, żeby słyszeć innych.
call-what-check-printer = Drukarka
call-what-check-printer-feedback = Nie do końca. Do rozmowy wideo potrzebujesz kamery, mikrofonu, głośnika i internetu.
call-what-browser-title = Przeglądarka internetowa
call-what-browser =
    Dev wysłał Joyce SMS z linkiem. Link otwiera się w przeglądarce internetowej.
    Przeglądarka to program do oglądania stron internetowych, na przykład Chrome albo Safari. Strona internetowa to zbiór stron w internecie.
call-what-recap-title = Brawo
call-what-recap =
    W rozmowie wideo widzicie się i słyszycie. Potrzebujesz internetu, często przez Wi-Fi.
    Link otwiera się w przeglądarce. Za pierwszym razem zezwalasz na użycie kamery i mikrofonu.

## Lekcja 2: Przygotowanie
call-ready-title = Przygotowanie do rozmowy
call-ready-summary = Przygotuj kamerę, światło i pokój. Potem dołącz do rozmowy.
call-ready-camera-title = Kamera i mikrofon
call-ready-camera =
    Kamera to mała kropka, często na górze ekranu.
    Patrz w nią, kiedy mówisz. Wtedy inni widzą, że patrzysz na nich.
call-ready-light-title = Światło
call-ready-light =
    Usiądź twarzą do okna albo lampy.
    Nie siadaj plecami do jasnego okna. Wtedy inni zobaczą twoją twarz.
call-ready-quiet-title = Cichy pokój
call-ready-quiet = Znajdź cichy pokój. Wtedy ty słyszysz innych, a inni słyszą ciebie.
call-ready-join-title = Dołącz do rozmowy
call-ready-join =
    Dev znowu wysłał Joyce swój link. Pomóż jej go otworzyć i zezwól na użycie kamery i mikrofonu.
    Potem wpisz jej imię, Joyce, i wybierz "Dołącz teraz". Poczekaj, aż Joyce zostanie wpuszczona.
call-ready-join-words = Joyce
call-ready-join-done = Brawo. Joyce rozmawia z Devem.
call-ready-check-title = Szybkie sprawdzenie
call-ready-check = Gdzie najlepiej, żeby było światło?
call-ready-check-window = Jasne okno za mną
call-ready-check-window-feedback = Nie do końca. Gdy za tobą jest jasne okno, inni widzą tylko ciemny kształt.
call-ready-check-lamp = Okno albo lampa przede mną
call-ready-check-lamp-feedback = Tak, dobrze. Wtedy inni widzą twoją twarz.
call-ready-check-dark = Żadnego światła
call-ready-check-dark-feedback = Nie do końca. W ciemności nikt cię nie widzi.
call-ready-recap-title = Brawo
call-ready-recap =
    Siedź twarzą do światła i znajdź cichy pokój.
    Patrz w kamerę, kiedy mówisz.

## Lekcja 3: Wizyta wideo u lekarza rodzinnego
call-gp-title = Wizyta wideo u lekarza rodzinnego
call-gp-summary = Dołącz do wizyty wideo u lekarza rodzinnego. Link do niej jest w SMS-ie.
call-gp-intro-title = Wizyty wideo
call-gp-intro =
    Niektóre przychodnie przyjmują pacjentów przez wideo. Przychodnia Joyce, Green Lane, też.
    Joyce ma dzisiaj wizytę wideo u dr Okafor. Nie musi nigdzie jechać.
call-gp-real-title = Czy ten SMS jest prawdziwy?
call-gp-real =
    Przychodnia wysyła SMS z linkiem do wizyty. Strona może zapytać o datę urodzenia.
    Prawdziwy SMS z przychodni nigdy nie prosi o pieniądze ani o dane bankowe.
    Nie masz pewności? Zadzwoń do przychodni pod numer, który już znasz, a nie pod numer z SMS-a.
call-gp-real-check-title = Szybkie sprawdzenie
call-gp-real-check = SMS podaje się za wiadomość od przychodni Joyce. Prosi o zapłatę kartą przez link. Co to jest?
call-gp-real-check-pay = Prawdziwy SMS: trzeba zapłacić
call-gp-real-check-pay-feedback = Nie. Prawdziwy SMS z przychodni nigdy nie prosi o pieniądze ani o dane bankowe.
call-gp-real-check-scam = Oszustwo: przekaż ten SMS na numer 7726
call-gp-real-check-scam-feedback = Tak, dobrze. Jeśli Joyce nie ma pewności, może zadzwonić do przychodni pod znany sobie numer.
call-gp-real-check-reply = Trzeba odpisać i podać numer karty
call-gp-real-check-reply-feedback = Nie. Nigdy nie wysyłaj danych karty SMS-em. To oszustwo. Przekaż ten SMS na numer 7726.
call-gp-link-title = Otwieranie linku
call-gp-link =
    Na telefonie dotykasz linku. Dotknąć znaczy krótko dotknąć ekranu czubkiem palca.
    Na komputerze klikasz link. Link otwiera się w przeglądarce. Jeśli pojawi się pytanie, wybierz "Continue in browser" (kontynuuj w przeglądarce).
call-gp-waiting-title = Kamera, mikrofon, czekanie
call-gp-waiting =
    Strona może zapytać o twoje imię, ale nie musi.
    Może poprosić o dostęp do kamery i mikrofonu. Wybierz "Zezwól". Wtedy widzisz siebie.
    Potem czekaj. Lekarz dołączy, gdy będzie gotowy.
call-gp-join-title = Dołącz do wizyty
call-gp-join =
    Przychodnia Green Lane wysłała Joyce SMS z linkiem. Pomóż jej dołączyć do wizyty.
    Otwórz link i zezwól na użycie kamery i mikrofonu. Ten ekran pyta o imię: wpisz Joyce. Potem czekaj.
call-gp-join-words = Joyce
call-gp-join-done = Brawo. Joyce jest na wizycie u dr Okafor.
call-gp-check-title = Szybkie sprawdzenie
call-gp-check = Joyce czeka na lekarza. Co robi?
call-gp-check-leave = Wychodzę i próbuję później
call-gp-check-leave-feedback = Nie do końca. Trzeba czekać. Lekarz do niej dołączy.
call-gp-check-wait = Czeka, aż lekarz dołączy
call-gp-check-wait-feedback = Tak, dobrze. Lekarz dołącza, gdy jest gotowy.
call-gp-check-call = Od razu dzwonię do przychodni
call-gp-check-call-feedback = Nie do końca. Czekanie to nic dziwnego. Lekarz do niej dołączy.
call-gp-recap-title = Brawo
call-gp-recap =
    Prawdziwy SMS z przychodni nigdy nie prosi o pieniądze ani o dane bankowe.
    Dotknij linku albo go kliknij. Zezwól na użycie kamery i mikrofonu, potem czekaj na lekarza.

## Lekcja 4: W trakcie rozmowy
call-during-title = W trakcie rozmowy
call-during-summary = Wycisz i włącz mikrofon, wyłącz i włącz kamerę, opuść rozmowę.
call-during-about-mute-title = Wyciszanie
call-during-about-mute =
    Przycisk "Wycisz" wyłącza twój mikrofon. Wtedy nikt cię nie słyszy.
    Przydaje się, gdy w domu jest hałas. Przycisk "Wyłącz wyciszenie" znowu włącza mikrofon.
call-during-unmute-title = Wycisz, potem wyłącz wyciszenie
call-during-unmute = Joyce rozmawia z Devem. Jej pies zaczyna szczekać. Pomóż jej wyciszyć mikrofon, a potem go włączyć.
call-during-unmute-done = Brawo. Mikrofon był wyciszony, a teraz znowu działa.
call-during-about-camera-title = Twoja kamera
call-during-about-camera = Możesz wyłączyć kamerę. Wtedy inni cię nie widzą, ale nadal cię słyszą.
call-during-camera-title = Wyłącz i włącz kamerę
call-during-camera = Pomóż Joyce wyłączyć kamerę, a potem znowu ją włączyć.
call-during-camera-done = Brawo. Kamera Joyce znowu działa.
call-during-about-leaving-title = Wychodzenie z rozmowy
call-during-about-leaving = Gdy chcesz skończyć, pożegnaj się. Potem wybierz „Opuść rozmowę”. To ćwiczenie cię nie słyszy, więc wpisujesz to, co mówisz.
call-during-leave-title = Opuść rozmowę
call-during-leave = Joyce i Dev miło porozmawiali. Pomóż jej się pożegnać: wybierz „Powiedz coś” i wpisz Do widzenia. Potem opuść rozmowę.
call-during-leave-words = Do widzenia
call-during-leave-done = Brawo. Joyce się pożegnała i opuściła rozmowę.
call-during-check-title = Szybkie sprawdzenie
call-during-check = W domu szczeka pies. Co możesz zrobić, żeby inni go nie słyszeli?
call-during-check-camera = Wyłączyć kamerę
call-during-check-camera-feedback = Nie do końca. Kamera jest od obrazu. Wyciszenie wyłącza dźwięk.
call-during-check-mute = Wyciszyć mikrofon
call-during-check-mute-feedback = Tak, dobrze. Wyłącz wyciszenie, gdy znowu chcesz mówić.
call-during-check-leave = Opuścić rozmowę
call-during-check-leave-feedback = Nie do końca. Możesz na chwilę wyciszyć mikrofon i zostać w rozmowie.
call-during-recap-title = Brawo
call-during-recap =
    "Wycisz" wyłącza dźwięk od ciebie. Przycisk kamery wyłącza obraz.
    Pożegnaj się, a potem wybierz "Opuść rozmowę", żeby skończyć.

## Lekcja 5: Rozmowa z rodziną
call-family-title = Rozmowa z rodziną
call-family-summary = Odbierz rodzinną rozmowę, gdy dzwoni, i dołącz do rozmowy przez link.
call-family-intro-title = Dzwoni rozmowa
call-family-intro =
    Większość rozmów z rodziną dzwoni, tak jak telefon. Przychodzą przez aplikację, na przykład WhatsApp albo FaceTime.
    Aplikacja to program na telefonie albo tablecie. Otwierasz ją, dotykając jej małego obrazka, czyli ikony.
call-family-buttons-title = Odbierz albo zakończ
call-family-buttons =
    Gdy Dev dzwoni, telefon Joyce dzwoni i pokazuje jego imię.
    Aby odebrać, wybierz Answer albo Accept (odbierz). Aby odrzucić, wybierz Decline (odrzuć). Aby skończyć rozmowę, wybierz End (zakończ).
    W wielu telefonach przycisk do odbierania jest zielony, a przycisk do kończenia jest czerwony.
call-family-answer-title = Dzwoni Dev
call-family-answer = Telefon Joyce dzwoni. Widać, że dzwoni Dev. Pomóż jej odebrać rozmowę.
call-family-answer-done = Brawo. Joyce odebrała. Teraz widzi i słyszy Deva.
call-family-link-title = Dołączanie przez link
call-family-link =
    Niektóre rozmowy działają odwrotnie. Dostajesz link, otwierasz go i dołączasz, jak na wizytę u lekarza.
    Czasem Dev wysyła link do dużej rodzinnej rozmowy. Pomóż teraz Joyce do niej dołączyć.
call-family-join-title = Dołącz do rodzinnej rozmowy
call-family-join = Pomóż Joyce dołączyć do rozmowy Deva przez jego link. Użyj jej imienia: Joyce.
call-family-join-words = Joyce
call-family-join-done = Brawo. Joyce rozmawia z Devem.
call-family-leave-title = Pożegnaj się
call-family-leave = Joyce miło porozmawiała. Pomóż jej opuścić rozmowę.
call-family-leave-done = Brawo. Joyce przeprowadziła całą rozmowę wideo.
call-family-check-title = Szybkie sprawdzenie
call-family-check = Jak zaczyna się większość rodzinnych rozmów wideo?
call-family-check-letter = Od listu pocztą
call-family-check-letter-feedback = Nie do końca. Większość rozmów z rodziną dzwoni, tak jak telefon. Ty odbierasz.
call-family-check-rings = Telefon dzwoni, a ty odbierasz
call-family-check-rings-feedback = Tak, dobrze. Niektóre rozmowy przychodzą zamiast tego jako link.
call-family-check-password = Wpisujesz hasło do banku
call-family-check-password-feedback = Nie. Nigdy nie wpisuj hasła do banku, żeby dołączyć do rozmowy.
call-family-recap-title = Brawo
call-family-recap =
    Większość rozmów z rodziną dzwoni. Wybierz Answer albo Accept, żeby rozmawiać. End kończy rozmowę.
    Przy rozmowie przez link otwórz link, zezwól na użycie kamery i mikrofonu i dołącz.

## Done for real: a learner records this on their home page after the course.
call-milestone-made = Zadzwoniłem(-am) przez wideo do rodziny lub przyjaciela
