# Kurs: Rozmowy wideo (lessons/03-video-calls). Fakty: shared/docs/content-sources.md,
# "Joining a video appointment from a link". Zmyślone osoby; przykładowe linki.

call-title = Rozmowy wideo
call-summary = Rozmawiaj przez wideo z rodziną, przyjaciółmi i lekarzem rodzinnym (GP). Widzicie się i słyszycie.

## Rozmowy do ćwiczeń
call-dev-name = Dev
call-dev-text = Cześć, tu Dev. Dołącz do naszej rodzinnej rozmowy tutaj: meet.example.com/family
call-dev-scene = Dev i dwoje dzieci machają do ciebie z kanapy.
call-surgery-name = Przychodnia Green Lane
call-surgery-text = Twoja wizyta wideo u dr Okafor jest dzisiaj o 10:30. Dołącz tutaj: video.example.org/gp
call-doctor-name = Dr Okafor
call-doctor-scene = Dr Okafor siedzi przy biurku i się uśmiecha.
call-me = twoja twarz, oświetlona z przodu, w cichym pokoju.

## Lekcja 1: Czym jest rozmowa wideo
call-what-title = Czym jest rozmowa wideo
call-what-summary = Dowiedz się, czym jest rozmowa wideo i czego do niej potrzebujesz.
call-what-intro-title = Czym jest rozmowa wideo
call-what-intro =
    W rozmowie wideo widzisz i słyszysz innych, kiedy rozmawiacie.
    To jak rozmowa przez telefon, ale z obrazem.
call-what-need-title = Czego potrzebujesz
call-what-need =
    Potrzebujesz komputera, tabletu albo telefonu z kamerą, mikrofonem i głośnikiem.
    Większość laptopów, tabletów i telefonów ma już wszystkie trzy.
    Potrzebujesz też internetu.
call-what-allow-title = Kamera i mikrofon
call-what-allow =
    Masz SMS-a od Dev. Jest w nim link do rozmowy.
    Otwórz link i zezwól na użycie kamery i mikrofonu.
call-what-allow-done = Brawo. Teraz w rozmowie będzie cię widać i słychać.
call-what-check-title = Szybkie sprawdzenie
call-what-check = Czego potrzebujesz do rozmowy wideo?
call-what-check-post = Znaczek i koperta
call-what-check-post-feedback = Nie do końca. Do rozmowy wideo potrzebujesz kamery, mikrofonu, głośnika i internetu.
call-what-check-camera = Kamera, mikrofon i internet
call-what-check-camera-feedback = Tak, dobrze. Do tego głośnik, żeby słyszeć innych.
call-what-check-printer = Drukarka
call-what-check-printer-feedback = Nie do końca. Do rozmowy wideo potrzebujesz kamery, mikrofonu, głośnika i internetu.
call-what-recap-title = Brawo
call-what-recap =
    W rozmowie wideo widzicie się i słyszycie nawzajem.
    Za pierwszym razem zezwalasz na użycie kamery i mikrofonu.

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
    Dev znowu przysyła ci link. Otwórz go i zezwól na użycie kamery i mikrofonu.
    Zobaczysz siebie. Wpisz swoje imię, dołącz i poczekaj, aż ktoś cię wpuści.
call-ready-join-words = { $name }
call-ready-join-done = Brawo. Rozmawiasz teraz z Dev.
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
    Niektóre przychodnie lekarzy rodzinnych przyjmują pacjentów przez wideo.
    Nie musisz nigdzie jechać. Rozmawiasz z lekarzem z domu.
call-gp-link-title = Link
call-gp-link =
    Przychodnia wysyła SMS-a z linkiem.
    Dotknij linku albo go otwórz. Otworzy się w przeglądarce internetowej.
    Gdy pojawi się pytanie, zezwól na użycie kamery i mikrofonu.
call-gp-waiting-title = Poczekalnia
call-gp-waiting =
    Najpierw możesz czekać w poczekalni, tak jak w przychodni.
    Zostań tam. Lekarz cię wpuści, kiedy przyjdzie twoja kolej.
call-gp-join-title = Dołącz do wizyty
call-gp-join =
    Przychodnia przysyła ci SMS-a z linkiem do wizyty wideo.
    Dołącz: otwórz link, zezwól na kamerę i mikrofon, wpisz imię i poczekaj, aż lekarz cię wpuści.
call-gp-join-words = { $name }
call-gp-join-done = Brawo. Jesteś na wizycie u dr Okafor.
call-gp-check-title = Szybkie sprawdzenie
call-gp-check = Jesteś w poczekalni. Co robisz?
call-gp-check-leave = Wychodzę i próbuję później
call-gp-check-leave-feedback = Nie do końca. Zostań w poczekalni. Lekarz cię wpuści.
call-gp-check-wait = Czekam, aż lekarz mnie wpuści
call-gp-check-wait-feedback = Tak, dobrze. Lekarz cię wpuści, kiedy przyjdzie twoja kolej.
call-gp-check-call = Od razu dzwonię do przychodni
call-gp-check-call-feedback = Nie do końca. Czekanie jest normalne. Lekarz cię wpuści.
call-gp-recap-title = Brawo
call-gp-recap =
    Otwórz link z SMS-a.
    Zezwól na użycie kamery i mikrofonu. Potem czekaj w poczekalni.

## Lekcja 4: W trakcie rozmowy
call-during-title = W trakcie rozmowy
call-during-summary = Wycisz i włącz mikrofon, wyłącz i włącz kamerę, opuść rozmowę.
call-during-about-mute-title = Wyciszanie
call-during-about-mute =
    Przycisk "Wycisz" wyłącza twój mikrofon. Wtedy nikt cię nie słyszy.
    Przydaje się, gdy w domu jest hałas. Przycisk "Wyłącz wyciszenie" znowu włącza mikrofon.
call-during-unmute-title = Wycisz, potem wyłącz wyciszenie
call-during-unmute = Rozmawiasz z Dev. Wycisz mikrofon, a potem wyłącz wyciszenie.
call-during-unmute-done = Brawo. Mikrofon był wyciszony, a teraz znowu działa.
call-during-about-camera-title = Twoja kamera
call-during-about-camera = Możesz wyłączyć kamerę. Wtedy inni cię nie widzą, ale nadal cię słyszą.
call-during-camera-title = Wyłącz i włącz kamerę
call-during-camera = Wyłącz kamerę, a potem włącz ją z powrotem.
call-during-camera-done = Brawo. Twoja kamera znowu jest włączona.
call-during-about-leaving-title = Wychodzenie z rozmowy
call-during-about-leaving = Gdy chcesz skończyć, wybierz "Opuść rozmowę". Najpierw się pożegnaj.
call-during-leave-title = Opuść rozmowę
call-during-leave = Pożegnaj się z Dev, a potem opuść rozmowę.
call-during-leave-done = Brawo. Rozmowa jest zakończona.
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
    "Wycisz" wyłącza twój dźwięk. Przycisk kamery wyłącza twój obraz.
    "Opuść rozmowę" kończy rozmowę.

## Lekcja 5: Rozmowa z rodziną
call-family-title = Rozmowa z rodziną
call-family-summary = Przećwicz rodzinną rozmowę wideo od początku do końca.
call-family-intro-title = Rozmowa rodzinna
call-family-intro =
    Dev przysyła link do rodzinnej rozmowy.
    Tym razem zrób wszystko samodzielnie. W każdej chwili możesz poprosić o pomoc.
call-family-join-title = Dołącz do rodzinnej rozmowy
call-family-join = Dołącz do rozmowy z Dev. Wpisz swoje imię.
call-family-join-words = { $name }
call-family-join-done = Brawo. Rozmawiasz teraz z Dev.
call-family-leave-title = Pożegnaj się
call-family-leave = Rozmowa była miła. Teraz opuść rozmowę.
call-family-leave-done = Brawo. Udało ci się odbyć całą rozmowę wideo.
call-family-check-title = Szybkie sprawdzenie
call-family-check = Co wpisujesz, zanim dołączysz do rozmowy?
call-family-check-name = Moje imię
call-family-check-name-feedback = Tak, dobrze. Wtedy inni wiedzą, kim jesteś.
call-family-check-password = Moje hasło do banku
call-family-check-password-feedback = Nie. Nigdy nie wpisuj hasła do banku, żeby dołączyć do rozmowy.
call-family-check-address = Mój adres domowy
call-family-check-address-feedback = Nie do końca. Wpisujesz swoje imię, żeby inni wiedzieli, kim jesteś.
call-family-recap-title = Brawo
call-family-recap =
    Otwórz link, zezwól na użycie kamery i mikrofonu, wpisz imię i dołącz.
    Poczekaj, aż ktoś cię wpuści. "Opuść rozmowę" kończy rozmowę.
