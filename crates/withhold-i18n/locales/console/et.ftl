### Töötajate halduskonsool: eesti keel (Estonian). Every other language has exactly these ids.

console-nav = Halduskonsool
console-queue = Läbivaatamise järjekord
console-dashboard = Ülevaade
console-audit = Auditilogi
console-search = Otsing
console-signed-in-as = Sisse logitud: { $user } ({ $role }).
console-sign-out = Logi välja

## Sisselogimine

console-sign-in-title = Töötajate sisselogimine
console-name = Nimi
console-password = Parool
console-sign-in = Logi sisse
console-login-csrf = Teie turvalisuse huvides logige palun uuesti sisse.
console-login-rate-limited = Siit on tehtud liiga palju sisselogimiskatseid. Oodake { $minutes } minutit ja proovige uuesti.
console-login-slow-down = Siit on tehtud liiga palju ebaõnnestunud sisselogimisi. Oodake { $seconds } sekundit ja proovige uuesti.
console-login-wrong = Nimi või parool ei ole õige.
console-login-unreadable = Sisselogimisvormi ei õnnestunud lugeda.
console-logout-csrf = Teie turvalisuse huvides logige välja konsooli lehelt.

## Järjekord

console-queue-empty = Otsust ei oota ükski taotlus.
console-queue-intro =
    { $count ->
        [one] { $count } taotlus ootab otsust. Taotlused, mille tähtaeg saabub 7 päeva jooksul, on märgitud sildiga „Tähtaeg läheneb“.
       *[other] { $count } taotlust ootab otsust, vanimad eespool. Taotlused, mille tähtaeg saabub 7 päeva jooksul, on märgitud sildiga „Tähtaeg läheneb“.
    }
console-request = Taotlus
console-received = Vastu võetud
console-jurisdiction = Jurisdiktsioon
console-due = Tähtaeg
console-overdue = Tähtaeg ületatud
console-due-soon = Tähtaeg läheneb
console-days-left =
    { $days ->
        [one] ({ $days } päev jäänud)
       *[other] ({ $days } päeva jäänud)
    }

## Üks taotlus

console-request-title = Taotlus { $id }
console-errors-heading =
    { $count ->
        [one] Palun kontrollige järgmist
       *[other] Palun kontrollige järgmist { $count } punkti
    }
console-status = Olek
console-email = E-post
console-country = Riik
console-decision-due = Otsuse tähtaeg
console-extended-on = (pikendatud { $date })
console-decision = Otsus
console-decision-text = Olek { $status }, kuupäev { $date }
console-decision-rule = (reegel { $rule })
console-decision-reason = Põhjus: { $reason }
console-person-wrote = Mida isik kirjutas
console-person-impact = Kuidas töötlemine teda mõjutab
console-person-details = Muu
console-nothing = Puudub.
console-decide = Otsusta
console-honor = Rahulda vastuväide (kehtib edaspidiseks, alates hetkest, mil isik oma aadressi kinnitas)
console-decline = Lükka tagasi
console-decline-reason = Tagasilükkamise põhjus
console-decline-reason-hint = Tagasilükkamiseks kohustuslik. Isik saab põhjuse koos teabega oma õiguse kohta esitada kaebus järelevalveasutusele ja pöörduda kohtusse.
console-decide-button = Salvesta otsus ja teavita isikut e-kirjaga
console-extend = Pikenda tähtaega
console-extend-intro = Ainult üks kord ja kuni kahe kuu võrra, kui taotlus on keeruline või taotlusi saabub korraga palju (isikuandmete kaitse üldmääruse artikli 12 lõige 3). Isikule saadetakse uus kuupäev ja teie põhjendus e-kirjaga kohe, esimese kuu jooksul.
console-extend-by = Pikendus
console-choose = Vali
console-one-month = 1 kuu
console-two-months = 2 kuud
console-extend-reason = Miks on vaja rohkem aega
console-extend-button = Pikenda ja teavita isikut e-kirjaga
console-timeline = Ajajoon
console-when = Millal
console-who = Kes
console-what = Mis
console-change = Muudatus
console-in-audit-log = See taotlus auditilogis
console-no-such-request = Selle tunnusega taotlust ei ole.
console-form-unreadable = Vormi ei õnnestunud lugeda.
console-decide-csrf = Teie turvalisuse huvides tehke otsus sellel lehel uuesti.
console-decline-reason-missing = Sisestage tagasilükkamise põhjus: see tehakse isikule teatavaks koos tema kaebeõigusega.
console-reason-too-long = Põhjus peab olema lühem kui { $max } tähemärki.
console-choose-decision = Valige, kas vastuväide rahuldada või tagasi lükata.
console-not-decidable = Selle taotluse olek on { $status } ja selle kohta ei saa siin enam otsust teha.
console-extend-csrf = Teie turvalisuse huvides pikendage tähtaega sellel lehel uuesti.
console-choose-months = Valige üks või kaks kuud.
console-extend-reason-missing = Sisestage põhjus: isikule teatatakse, miks vajame rohkem aega.
console-already-extended = Tähtaega on juba üks kord pikendatud; seadus ei luba teist pikendamist.
console-too-late = Esialgne tähtaeg on möödas: pikendamisest oleks tulnud isikule selle jooksul teatada.
console-not-open = See taotlus ei ole enam avatud, seega ei saa selle tähtaega muuta.
console-no-extension = Selle jurisdiktsiooni reeglid ei luba pikendamist.
console-shorter-extension = Selle jurisdiktsiooni reeglid lubavad ainult lühemat pikendamist.

## Otsing

console-search-title = Otsi taotlust
console-search-label = Taotluse tunnus või e-posti aadress
console-search-hint = Aadresse võrreldakse samamoodi nagu taotlustes: suur- ja väiketähtedel ning tühikutel pole tähtsust.
console-search-bad = Sisestage taotluse tunnus või terve e-posti aadress, näiteks nimi@example.com.
console-search-none = Sellelt aadressilt ei ole taotlusi esitatud.
console-search-found =
    { $count ->
        [one] { $count } taotlus sellelt aadressilt.
       *[other] { $count } taotlust sellelt aadressilt, uusimad eespool.
    }

## Auditilogi

console-audit-intro = Iga olekumuutus, töötaja toiming, eksport ja filtri käivitamine, uusimad eespool. Iga kirje sisaldab eelmise kirje räsi; „withhold audit verify“ kontrollib kogu ahelat.
console-audit-requests-only = Läbivaatajana näete taotluste ajalugu. Sisselogimisi, API-tõendeid, importe ja eksporte näevad ainult administraatorid.
console-kind = Liik
console-actor = Toimija
console-actor-hint = Näiteks policy, person, system või staff:NIMI.
console-request-id = Taotluse tunnus
console-filter = Filtreeri
console-clear = Tühjenda
console-export = Ekspordi kogu logi JSON Lines vormingus
console-export-note = (järelevalveasutuse jaoks; „withhold audit verify --file“ kontrollib seda).
console-export-forbidden = Auditilogi saavad eksportida ainult administraatorid.
console-audit-none = Sobivaid kirjeid ei ole.
console-detail = Üksikasjad
console-older = Vanemad kirjed

## Ülevaade

console-states-heading = Taotlused oleku järgi (kokku { $total })
console-states-chart = Taotlused oleku järgi
console-per-day-heading = Kinnitatud vastuväited päevas riikide kaupa (30 päeva jooksul kokku { $total })
console-per-day-chart = Kinnitatud vastuväited päevas riikide kaupa, viimased 30 päeva
console-other-countries = Muud riigid
console-latency-heading = Otsustamise kestus (90 päeva jooksul otsustatud: { $count })
console-latency-chart = Aeg vastuvõtmisest otsuseni, viimased 90 päeva (tundides)
console-latency-caption = Vastuvõtmisest otsuseni
console-by-state = Taotlused oleku järgi
console-filter-state = Olek
console-filter-any = Kõik
console-filter-due-within = Tähtaeg (päeva jooksul)
console-filter-overdue = Ainult tähtaja ületanud
console-sort = Järjestus
console-sort-due = Tähtaja järgi, lähimad eespool
console-sort-received = Vastuvõtmise järgi, vanimad eespool
console-pages = Leheküljed
console-page-of = Lehekülg { $page } / { $pages }
console-previous = Eelmine lehekülg
console-next = Järgmine lehekülg
console-next-in-queue = Järgmine järjekorras
console-decided-next = Otsus on salvestatud. See on järgmine otsust ootav taotlus.
console-days-overdue = { $days ->
        [one] { $days } päev üle tähtaja
       *[other] { $days } päeva üle tähtaja
    }
console-confirm-decline = Kinnitan tagasilükkamise ja põhjuse, mida isik näeb
console-confirm-decline-missing = Tagasilükkamise kinnitamiseks märkige ruut: isikut teavitatakse kohe ja otsus on siin lõplik.
console-no-data = Andmeid veel pole.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = p
console-risk-heading = Tähtaja ületamise oht ({ $count })
console-risk-none = Ühegi avatud taotluse tähtaeg ei saabu 7 päeva jooksul.
console-mail = E-post
console-mail-counts = Saatmist ootab: { $pending }; kätte toimetamata: { $dead } (kättetoimetamatud kirjad).
