### Konzola pre pracovníkov: slovenčina.

console-nav = Konzola
console-queue = Rad na posúdenie
console-dashboard = Prehľad
console-audit = Auditný záznam
console-search = Hľadať
console-signed-in-as = Prihlásený používateľ: { $user } ({ $role }).
console-sign-out = Odhlásiť sa

## Sign-in

console-sign-in-title = Prihlásenie pracovníkov
console-name = Meno
console-password = Heslo
console-sign-in = Prihlásiť sa
console-login-csrf = Z bezpečnostných dôvodov sa, prosím, prihláste znova.
console-login-rate-limited = Z tohto miesta bolo príliš veľa pokusov o prihlásenie. Počkajte, prosím, { $minutes } min a skúste to znova.
console-login-slow-down = Z tohto miesta bolo príliš veľa neúspešných prihlásení. Počkajte, prosím, { $seconds } s a skúste to znova.
console-login-wrong = Meno alebo heslo nie je správne.
console-login-unreadable = Prihlasovací formulár sa nepodarilo prečítať.
console-logout-csrf = Z bezpečnostných dôvodov sa odhláste zo stránky konzoly.

## The queue

console-queue-empty = Na rozhodnutie nič nečaká.
console-queue-intro = Na rozhodnutie čaká: { $count }, najstaršie ako prvé. Žiadosti s lehotou do 7 dní sú označené „Lehota čoskoro uplynie“.
console-request = Žiadosť
console-received = Prijaté
console-jurisdiction = Jurisdikcia
console-due = Lehota
console-overdue = Po lehote
console-due-soon = Lehota čoskoro uplynie
console-days-left = (zostáva dní: { $days })

## A request

console-request-title = Žiadosť { $id }
console-errors-heading =
    { $count ->
        [one] Skontrolujte, prosím, túto položku
        [few] Skontrolujte, prosím, tieto { $count } položky
       *[other] Skontrolujte, prosím, týchto { $count } položiek
    }
console-status = Stav
console-email = E-mail
console-country = Krajina
console-decision-due = Lehota na rozhodnutie
console-extended-on = (predĺžená dňa { $date })
console-decision = Rozhodnutie
console-decision-text = { $status } dňa { $date }
console-decision-rule = (pravidlo { $rule })
console-decision-reason = Dôvod: { $reason }
console-person-wrote = Čo osoba uviedla
console-person-impact = Ako sa jej spracúvanie týka
console-person-details = Ďalšie informácie
console-nothing = Nič.
console-decide = Rozhodnúť
console-honor = Vyhovieť námietke (platí do budúcnosti, odo chvíle, keď osoba potvrdila svoju adresu)
console-decline = Zamietnuť ju
console-decline-reason = Dôvod zamietnutia
console-decline-reason-hint = Povinné pri zamietnutí. Osoba dôvod dostane spolu s poučením o práve podať sťažnosť dozornému orgánu a obrátiť sa na súd.
console-decide-button = Zaznamenať rozhodnutie a poslať osobe e-mail
console-extend = Predĺžiť lehotu
console-extend-intro = Iba raz a najviac o dva mesiace, ak je žiadosť zložitá alebo ich naraz príde veľa (čl. 12 ods. 3 GDPR). Osoba dostane nový dátum a váš dôvod e-mailom hneď teraz, teda počas prvého mesiaca.
console-extend-by = Predĺžiť o
console-choose = Vyberte
console-one-month = 1 mesiac
console-two-months = 2 mesiace
console-extend-reason = Prečo treba viac času
console-extend-button = Predĺžiť a poslať osobe e-mail
console-timeline = Priebeh
console-when = Kedy
console-who = Kto
console-what = Čo
console-change = Zmena
console-in-audit-log = Táto žiadosť v auditnom zázname
console-no-such-request = Žiadosť s týmto ID neexistuje.
console-form-unreadable = Formulár sa nepodarilo prečítať.
console-decide-csrf = Z bezpečnostných dôvodov, prosím, rozhodnite znova na tejto stránke.
console-decline-reason-missing = Uveďte dôvod zamietnutia: osoba sa ho dozvie spolu s poučením o práve podať sťažnosť.
console-reason-too-long = Dôvod môže mať najviac { $max } znakov.
console-choose-decision = Vyberte, či námietke vyhovieť, alebo ju zamietnuť.
console-not-decidable = Táto žiadosť je v stave { $status } a tu už o nej nemožno rozhodnúť.
console-extend-csrf = Z bezpečnostných dôvodov, prosím, predĺžte lehotu znova na tejto stránke.
console-choose-months = Vyberte jeden alebo dva mesiace.
console-extend-reason-missing = Uveďte dôvod: osoba sa dozvie, prečo potrebujeme viac času.
console-already-extended = Lehota už bola raz predĺžená; zákon druhé predĺženie neumožňuje.
console-too-late = Pôvodná lehota už uplynula: o predĺžení bolo potrebné osobu informovať ešte pred jej uplynutím.
console-not-open = Táto žiadosť už nie je otvorená, preto jej lehotu nemožno posunúť.
console-no-extension = Pravidlá tejto jurisdikcie predĺženie neumožňujú.
console-shorter-extension = Pravidlá tejto jurisdikcie umožňujú iba kratšie predĺženie.

## Search

console-search-title = Nájsť žiadosť
console-search-label = ID žiadosti alebo e-mailová adresa
console-search-hint = Adresy sa porovnávajú rovnako ako pri žiadostiach: na veľkosti písmen a medzerách nezáleží.
console-search-bad = Zadajte ID žiadosti alebo celú e-mailovú adresu, napríklad meno@example.com.
console-search-none = Z tejto adresy nebola podaná žiadna žiadosť.
console-search-found = Žiadosti z tejto adresy: { $count }, od najnovšej.

## The audit log

console-audit-intro = Každá zmena stavu, akcia pracovníkov, export a spustenie filtra, od najnovších. Každý záznam obsahuje hash predchádzajúceho záznamu; príkaz „withhold audit verify“ overí celý reťazec.
console-audit-requests-only = Ako posudzovateľ vidíte históriu žiadostí. Prihlásenia, tokeny API, importy a exporty vidia iba administrátori.
console-kind = Druh
console-actor = Pôvodca
console-actor-hint = Napríklad policy, person, system alebo staff:MENO.
console-request-id = ID žiadosti
console-filter = Filtrovať
console-clear = Vymazať
console-export = Exportovať celý záznam vo formáte JSON Lines
console-export-note = (pre dozorný orgán; „withhold audit verify --file“ ho overí).
console-export-forbidden = Auditný záznam môžu exportovať iba administrátori.
console-audit-none = Filtru nezodpovedajú žiadne záznamy.
console-detail = Podrobnosti
console-older = Staršie záznamy

## The dashboard

console-states-heading = Žiadosti podľa stavu (spolu { $total })
console-states-chart = Žiadosti podľa stavu
console-per-day-heading = Potvrdené námietky za deň podľa krajiny (za 30 dní spolu { $total })
console-per-day-chart = Potvrdené námietky za deň podľa krajiny, posledných 30 dní
console-other-countries = Ostatné krajiny
console-latency-heading = Čas do rozhodnutia (rozhodnuté za 90 dní: { $count })
console-latency-chart = Čas od prijatia po rozhodnutie, posledných 90 dní (v hodinách)
console-latency-caption = Od prijatia po rozhodnutie
console-by-state = Žiadosti podľa stavu
console-filter-state = Stav
console-filter-any = Ľubovoľná
console-filter-due-within = Lehota do (dní)
console-filter-overdue = Len po lehote
console-sort = Zoradiť podľa
console-sort-due = Lehota, najbližšie ako prvé
console-sort-received = Dátum prijatia, najstaršie ako prvé
console-pages = Strany
console-page-of = Strana { $page } z { $pages }
console-previous = Predchádzajúca strana
console-next = Ďalšia strana
console-next-in-queue = Ďalšia v rade
console-decided-next = Rozhodnutie bolo uložené. Toto je ďalšia žiadosť, ktorá čaká na rozhodnutie.
console-days-overdue = { $days ->
        [one] { $days } deň po lehote
        [few] { $days } dni po lehote
       *[other] { $days } dní po lehote
    }
console-confirm-decline = Potvrdzujem zamietnutie a dôvod, ktorý si osoba prečíta
console-confirm-decline-missing = Zamietnutie potvrďte začiarknutím políčka: osoba bude hneď informovaná a rozhodnutie je tu konečné.
console-no-data = Zatiaľ žiadne údaje.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = Hrozí zmeškanie lehoty ({ $count })
console-risk-none = Žiadna otvorená žiadosť nemá lehotu v najbližších 7 dňoch.
console-mail = Pošta
console-mail-counts = Čaká na odoslanie: { $pending }; nepodarilo sa doručiť (nedoručiteľné správy): { $dead }.
