### The staff console: Croatian (hrvatski). Every other language has exactly these ids.

console-nav = Konzola
console-queue = Red za pregled
console-dashboard = Nadzorna ploča
console-audit = Revizijski zapisnik
console-search = Pretraživanje
console-signed-in-as = Prijavljeni ste kao { $user } ({ $role }).
console-sign-out = Odjava

## Sign-in

console-sign-in-title = Prijava za zaposlenike
console-name = Ime
console-password = Lozinka
console-sign-in = Prijava
console-login-csrf = Radi sigurnosti ponovno se prijavite.
console-login-rate-limited = Previše pokušaja prijave s ove mreže. Pričekajte { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } i pokušajte ponovno.
console-login-slow-down = Previše neuspjelih prijava s ove mreže. Pričekajte { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekunde
       *[other] { $seconds } sekundi
    } i pokušajte ponovno.
console-login-wrong = Ime ili lozinka nisu ispravni.
console-login-unreadable = Obrazac za prijavu nije moguće pročitati.
console-logout-csrf = Radi sigurnosti odjavite se putem stranice konzole.

## The queue

console-queue-empty = Nijedan zahtjev ne čeka odluku.
console-queue-intro = Zahtjevi koji čekaju odluku: { $count }, od najstarijeg. Zahtjevi kojima rok istječe za 7 dana ili manje označeni su s „Rok uskoro istječe”.
console-request = Zahtjev
console-received = Zaprimljeno
console-jurisdiction = Nadležnost
console-due = Rok
console-overdue = Rok je prekoračen
console-due-soon = Rok uskoro istječe
console-days-left = { $days ->
        [one] (još { $days } dan)
       *[other] (još { $days } dana)
    }

## A request

console-request-title = Zahtjev { $id }
console-errors-heading =
    { $count ->
        [1] Provjerite sljedeće
        [one] Provjerite sljedeću { $count } stavku
        [few] Provjerite sljedeće { $count } stavke
       *[other] Provjerite sljedećih { $count } stavki
    }
console-status = Status zahtjeva
console-email = E-pošta
console-country = Zemlja
console-decision-due = Rok za odluku
console-extended-on = (produljen { $date })
console-decision = Odluka
console-decision-text = { $status }, { $date }
console-decision-rule = (pravilo { $rule })
console-decision-reason = Razlog: { $reason }
console-person-wrote = Što je osoba napisala
console-person-impact = Kako obrada utječe na osobu
console-person-details = Ostalo
console-nothing = Ništa.
console-decide = Donošenje odluke
console-honor = Prihvati prigovor (primjenjuje se ubuduće, od trenutka kad je osoba potvrdila adresu)
console-decline = Odbij prigovor
console-decline-reason = Razlog odbijanja
console-decline-reason-hint = Obavezno za odbijanje. Osoba ga dobiva zajedno s obaviješću o pravu na pritužbu nadzornom tijelu i pravu na obraćanje sudu.
console-decide-button = Zabilježi odluku i obavijesti osobu e-poštom
console-extend = Produljenje roka
console-extend-intro = Samo jednom, za najviše dva mjeseca, ako je zahtjev složen ili ako istodobno stigne mnogo zahtjeva (članak 12. stavak 3. OUZP-a). Osoba odmah, unutar prvog mjeseca, e-poštom dobiva novi datum i vaš razlog.
console-extend-by = Produljenje za
console-choose = Odaberite
console-one-month = 1 mjesec
console-two-months = 2 mjeseca
console-extend-reason = Zašto je potrebno više vremena
console-extend-button = Produlji i obavijesti osobu e-poštom
console-timeline = Tijek zahtjeva
console-when = Kada
console-who = Tko
console-what = Što
console-change = Promjena
console-in-audit-log = Ovaj zahtjev u revizijskom zapisniku
console-no-such-request = Ne postoji zahtjev s tim ID-om.
console-form-unreadable = Obrazac nije moguće pročitati.
console-decide-csrf = Radi sigurnosti ponovno donesite odluku na ovoj stranici.
console-decline-reason-missing = Navedite razlog odbijanja: osoba ga dobiva zajedno s obaviješću o pravu na pritužbu.
console-reason-too-long = Razlog može imati najviše { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }.
console-choose-decision = Odaberite prihvaćanje ili odbijanje.
console-not-decidable = Status ovog zahtjeva je „{ $status }” i o njemu se ovdje više ne može odlučiti.
console-extend-csrf = Radi sigurnosti ponovno produljite rok na ovoj stranici.
console-choose-months = Odaberite jedan ili dva mjeseca.
console-extend-reason-missing = Navedite razlog: osoba dobiva obavijest o tome zašto nam treba više vremena.
console-already-extended = Rok je već jednom produljen; zakon ne dopušta drugo produljenje.
console-too-late = Prvotni je rok prošao: osobu je o produljenju trebalo obavijestiti prije njegova isteka.
console-not-open = Ovaj zahtjev više nije otvoren pa mu se rok ne može promijeniti.
console-no-extension = Pravila ove nadležnosti ne dopuštaju produljenje.
console-shorter-extension = Pravila ove nadležnosti dopuštaju samo kraće produljenje.

## Search

console-search-title = Pronađi zahtjev
console-search-label = ID zahtjeva ili adresa e-pošte
console-search-hint = Adrese se uspoređuju na isti način kao kod zahtjeva: velika i mala slova te razmaci nisu bitni.
console-search-bad = Unesite ID zahtjeva ili cijelu adresu e-pošte, primjerice ime@example.com.
console-search-none = S ove adrese nije podnesen nijedan zahtjev.
console-search-found = Zahtjevi s ove adrese: { $count }, od najnovijeg.

## The audit log

console-audit-intro = Svaka promjena stanja, radnja zaposlenika, izvoz i pokretanje filtra, od najnovijih. Svaki zapis sadrži hash izračunat nad prethodnim; „withhold audit verify” provjerava cijeli lanac.
console-audit-requests-only = Kao pregledavatelj vidite povijest zahtjeva. Prijave, API tokeni, uvozi i izvozi prikazuju se administratorima.
console-kind = Vrsta
console-actor = Izvršitelj
console-actor-hint = Primjerice policy, person, system ili staff:IME.
console-request-id = ID zahtjeva
console-filter = Filtriraj
console-clear = Očisti
console-export = Izvezi cijeli zapisnik kao JSON Lines
console-export-note = (za nadzorno tijelo; „withhold audit verify --file” ga provjerava).
console-export-forbidden = Samo administratori mogu izvesti revizijski zapisnik.
console-audit-none = Nema odgovarajućih zapisa.
console-detail = Pojedinosti
console-older = Stariji zapisi

## The dashboard

console-states-heading = Zahtjevi po stanju (ukupno { $total })
console-states-chart = Zahtjevi po stanju
console-per-day-heading = Potvrđeni prigovori po danu i zemlji (ukupno { $total } u 30 dana)
console-per-day-chart = Potvrđeni prigovori po danu i zemlji u posljednjih 30 dana
console-other-countries = Ostale zemlje
console-latency-heading = Vrijeme do odluke (odlučeno u 90 dana: { $count })
console-latency-chart = Vrijeme od zaprimanja do odluke u posljednjih 90 dana (u satima)
console-latency-caption = Od zaprimanja do odluke
console-by-state = Zahtjevi po stanju
console-filter-state = Stanje
console-filter-any = Bilo koje
console-filter-due-within = Rok istječe unutar (dana)
console-filter-overdue = Samo s prekoračenim rokom
console-sort = Poredaj po
console-sort-due = Rok, najbliži prvo
console-sort-received = Datum zaprimanja, najstariji prvo
console-pages = Stranice
console-page-of = Stranica { $page } od { $pages }
console-previous = Prethodna stranica
console-next = Sljedeća stranica
console-next-in-queue = Sljedeći u redu
console-decided-next = Odluka je spremljena. Ovo je sljedeći zahtjev koji čeka odluku.
console-days-overdue = { $days ->
        [one] { $days } dan kašnjenja
        [few] { $days } dana kašnjenja
       *[other] { $days } dana kašnjenja
    }
console-confirm-decline = Potvrđujem odbijanje i razlog koji će osoba pročitati
console-confirm-decline-missing = Označite okvir kako biste potvrdili odbijanje: osoba se odmah obavještava, a odluka je ovdje konačna.
console-no-data = Još nema podataka.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = Rizik od propuštanja roka ({ $count })
console-risk-none = Nijednom otvorenom zahtjevu rok ne istječe u sljedećih 7 dana.
console-mail = Pošta
console-mail-counts = Čeka slanje: { $pending }; nije moguće dostaviti (neisporučive poruke): { $dead }.
