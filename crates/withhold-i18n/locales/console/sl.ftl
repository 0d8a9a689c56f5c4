### The staff console: Slovenian (slovenščina). Every other language has exactly these ids.

console-nav = Konzola
console-queue = Čakalna vrsta za pregled
console-dashboard = Nadzorna plošča
console-audit = Revizijski dnevnik
console-search = Iskanje
console-signed-in-as = Prijavljeni ste kot { $user } ({ $role }).
console-sign-out = Odjava

## Sign-in

console-sign-in-title = Prijava za zaposlene
console-name = Ime
console-password = Geslo
console-sign-in = Prijava
console-login-csrf = Zaradi varnosti se znova prijavite.
console-login-rate-limited = Preveč poskusov prijave iz tega omrežja. Počakajte { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    } in poskusite znova.
console-login-slow-down = Preveč neuspešnih prijav iz tega omrežja. Počakajte { $seconds ->
        [one] { $seconds } sekundo
        [two] { $seconds } sekundi
        [few] { $seconds } sekunde
       *[other] { $seconds } sekund
    } in poskusite znova.
console-login-wrong = Ime ali geslo ni pravilno.
console-login-unreadable = Obrazca za prijavo ni bilo mogoče prebrati.
console-logout-csrf = Zaradi varnosti se odjavite prek strani konzole.

## The queue

console-queue-empty = Nobena zahteva ne čaka na odločitev.
console-queue-intro = Zahteve, ki čakajo na odločitev: { $count }, od najstarejše. Zahteve z rokom v naslednjih 7 dneh so označene z »Rok se izteka«.
console-request = Zahteva
console-received = Prejeto
console-jurisdiction = Jurisdikcija
console-due = Rok
console-overdue = Rok je potekel
console-due-soon = Rok se izteka
console-days-left = { $days ->
        [one] (še { $days } dan)
        [two] (še { $days } dneva)
       *[other] (še { $days } dni)
    }

## A request

console-request-title = Zahteva { $id }
console-errors-heading =
    { $count ->
        [1] Popravite naslednjo napako
        [one] Popravite naslednjo { $count } napako
        [two] Popravite naslednji { $count } napaki
        [few] Popravite naslednje { $count } napake
       *[other] Popravite naslednjih { $count } napak
    }
console-status = Stanje
console-email = E-pošta
console-country = Država
console-decision-due = Rok za odločitev
console-extended-on = (podaljšano { $date })
console-decision = Odločitev
console-decision-text = { $status }, { $date }
console-decision-rule = (pravilo { $rule })
console-decision-reason = Razlog: { $reason }
console-person-wrote = Kaj je oseba napisala
console-person-impact = Kako obdelava vpliva na osebo
console-person-details = Drugo
console-nothing = Nič.
console-decide = Odločanje
console-honor = Upoštevaj ugovor (velja za naprej, od trenutka, ko je oseba potrdila naslov)
console-decline = Zavrni ugovor
console-decline-reason = Razlog za zavrnitev
console-decline-reason-hint = Obvezno ob zavrnitvi. Oseba ga prejme skupaj s poukom o pravici do pritožbe pri nadzornem organu in do sodnega varstva.
console-decide-button = Zabeleži odločitev in obvesti osebo po e-pošti
console-extend = Podaljšanje roka
console-extend-intro = Samo enkrat, za največ dva meseca, če je zahteva zapletena ali če hkrati prispe veliko zahtev (tretji odstavek 12. člena Splošne uredbe o varstvu podatkov). Oseba takoj, še v prvem mesecu, po e-pošti prejme novi datum in vaš razlog.
console-extend-by = Podaljšanje za
console-choose = Izberite
console-one-month = 1 mesec
console-two-months = 2 meseca
console-extend-reason = Zakaj je potrebnega več časa
console-extend-button = Podaljšaj in obvesti osebo po e-pošti
console-timeline = Potek
console-when = Kdaj
console-who = Kdo
console-what = Kaj
console-change = Sprememba
console-in-audit-log = Ta zahteva v revizijskem dnevniku
console-no-such-request = Zahteva s tem ID-jem ne obstaja.
console-form-unreadable = Obrazca ni bilo mogoče prebrati.
console-decide-csrf = Zaradi varnosti odločitev znova sprejmite na tej strani.
console-decline-reason-missing = Navedite razlog za zavrnitev: oseba ga prejme skupaj s poukom o pravici do pritožbe.
console-reason-too-long = Razlog ima lahko največ { $max ->
        [one] { $max } znak
        [two] { $max } znaka
        [few] { $max } znake
       *[other] { $max } znakov
    }.
console-choose-decision = Izberite, ali ugovor upoštevate ali ga zavrnete.
console-not-decidable = Stanje te zahteve je »{ $status }«, zato o njej tukaj ni več mogoče odločiti.
console-extend-csrf = Zaradi varnosti rok znova podaljšajte na tej strani.
console-choose-months = Izberite en ali dva meseca.
console-extend-reason-missing = Navedite razlog: oseba bo obveščena, zakaj potrebujemo več časa.
console-already-extended = Rok je bil že enkrat podaljšan; zakon drugega podaljšanja ne dovoljuje.
console-too-late = Prvotni rok je potekel: o podaljšanju bi morali osebo obvestiti pred njegovim iztekom.
console-not-open = Ta zahteva ni več odprta, zato njenega roka ni mogoče spremeniti.
console-no-extension = Pravila te jurisdikcije ne dovoljujejo podaljšanja.
console-shorter-extension = Pravila te jurisdikcije dovoljujejo le krajše podaljšanje.

## Search

console-search-title = Poišči zahtevo
console-search-label = ID zahteve ali e-poštni naslov
console-search-hint = Naslovi se primerjajo enako kot pri zahtevah: velike in male črke ter presledki niso pomembni.
console-search-bad = Vnesite ID zahteve ali celoten e-poštni naslov, na primer ime@example.com.
console-search-none = S tega naslova ni bila vložena nobena zahteva.
console-search-found = Zahteve s tega naslova: { $count }, od najnovejše.

## The audit log

console-audit-intro = Vsaka sprememba stanja, dejanje zaposlenega, izvoz in zagon filtra, od najnovejših. Vsak vnos vsebuje zgoščeno vrednost (hash), izračunano iz prejšnjega; »withhold audit verify« preveri celotno verigo.
console-audit-requests-only = Kot pregledovalec vidite zgodovino zahtev. Prijave, žetoni API, uvozi in izvozi so prikazani skrbnikom.
console-kind = Vrsta
console-actor = Izvajalec
console-actor-hint = Na primer policy, person, system ali staff:IME.
console-request-id = ID zahteve
console-filter = Filtriraj
console-clear = Počisti
console-export = Izvozi celoten dnevnik kot JSON Lines
console-export-note = (za nadzorni organ; »withhold audit verify --file« ga preveri).
console-export-forbidden = Revizijski dnevnik lahko izvozijo samo skrbniki.
console-audit-none = Ni ustreznih vnosov.
console-detail = Podrobnosti
console-older = Starejši vnosi

## The dashboard

console-states-heading = Zahteve po stanju (skupaj { $total })
console-states-chart = Zahteve po stanju
console-per-day-heading = Potrjeni ugovori na dan po državah (skupaj { $total } v 30 dneh)
console-per-day-chart = Potrjeni ugovori na dan po državah v zadnjih 30 dneh
console-other-countries = Druge države
console-latency-heading = Čas do odločitve (odločeno v 90 dneh: { $count })
console-latency-chart = Čas od prejema do odločitve v zadnjih 90 dneh (v urah)
console-latency-caption = Od prejema do odločitve
console-by-state = Zahteve po stanju
console-filter-state = Stanje
console-filter-any = Vse
console-filter-due-within = Rok v naslednjih (dneh)
console-filter-overdue = Samo s poteklim rokom
console-sort = Razvrsti po
console-sort-due = Rok, najprej najbližji
console-sort-received = Prejeto, najprej najstarejše
console-pages = Strani
console-page-of = Stran { $page } od { $pages }
console-previous = Prejšnja stran
console-next = Naslednja stran
console-next-in-queue = Naslednja v vrsti
console-decided-next = Odločitev je shranjena. To je naslednja zahteva, ki čaka na odločitev.
console-days-overdue = { $days ->
        [one] { $days } dan zamude
        [two] { $days } dneva zamude
        [few] { $days } dnevi zamude
       *[other] { $days } dni zamude
    }
console-confirm-decline = Potrjujem zavrnitev in razlog, ki ga bo prebrala oseba
console-confirm-decline-missing = Za potrditev zavrnitve označite polje: oseba je takoj obveščena, odločitev pa je tu dokončna.
console-no-data = Podatkov še ni.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = Nevarnost zamude roka ({ $count })
console-risk-none = Nobeni odprti zahtevi se rok ne izteče v naslednjih 7 dneh.
console-mail = Pošta
console-mail-counts = Čaka na pošiljanje: { $pending }; ni bilo mogoče dostaviti (nedostavljiva sporočila): { $dead }.
