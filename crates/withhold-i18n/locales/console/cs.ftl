### Konzole pro pracovníky: čeština.

console-nav = Konzole
console-queue = Fronta k posouzení
console-dashboard = Přehled
console-audit = Auditní záznam
console-search = Hledat
console-signed-in-as = Přihlášený uživatel: { $user } ({ $role }).
console-sign-out = Odhlásit se

## Sign-in

console-sign-in-title = Přihlášení pracovníků
console-name = Jméno
console-password = Heslo
console-sign-in = Přihlásit se
console-login-csrf = Z bezpečnostních důvodů se prosím přihlaste znovu.
console-login-rate-limited = Z tohoto místa proběhlo příliš mnoho pokusů o přihlášení. Počkejte prosím { $minutes } min a zkuste to znovu.
console-login-slow-down = Z tohoto místa proběhlo příliš mnoho neúspěšných přihlášení. Počkejte prosím { $seconds } s a zkuste to znovu.
console-login-wrong = Jméno nebo heslo není správné.
console-login-unreadable = Přihlašovací formulář se nepodařilo přečíst.
console-logout-csrf = Z bezpečnostních důvodů se odhlaste ze stránky konzole.

## The queue

console-queue-empty = Na rozhodnutí nic nečeká.
console-queue-intro = Na rozhodnutí čeká: { $count }, nejstarší jako první. Žádosti se lhůtou do 7 dní jsou označené „Lhůta brzy vyprší“.
console-request = Žádost
console-received = Přijato
console-jurisdiction = Jurisdikce
console-due = Lhůta
console-overdue = Po lhůtě
console-due-soon = Lhůta brzy vyprší
console-days-left = (zbývá dní: { $days })

## A request

console-request-title = Žádost { $id }
console-errors-heading =
    { $count ->
        [one] Zkontrolujte prosím tento údaj
        [few] Zkontrolujte prosím tyto { $count } údaje
       *[other] Zkontrolujte prosím těchto { $count } údajů
    }
console-status = Stav
console-email = E-mail
console-country = Země
console-decision-due = Lhůta pro rozhodnutí
console-extended-on = (prodloužena dne { $date })
console-decision = Rozhodnutí
console-decision-text = { $status } dne { $date }
console-decision-rule = (pravidlo { $rule })
console-decision-reason = Důvod: { $reason }
console-person-wrote = Co osoba uvedla
console-person-impact = Jak se jí zpracování dotýká
console-person-details = Další sdělení
console-nothing = Nic.
console-decide = Rozhodnout
console-honor = Vyhovět námitce (platí do budoucna, od chvíle, kdy osoba potvrdila svou adresu)
console-decline = Zamítnout ji
console-decline-reason = Důvod zamítnutí
console-decline-reason-hint = Povinné při zamítnutí. Osoba důvod obdrží spolu s poučením o právu podat stížnost u dozorového úřadu a obrátit se na soud.
console-decide-button = Zaznamenat rozhodnutí a poslat osobě e-mail
console-extend = Prodloužit lhůtu
console-extend-intro = Jen jednou a nejvýše o dva měsíce, pokud je žádost složitá nebo jich najednou přijde mnoho (čl. 12 odst. 3 GDPR). Osoba dostane nové datum a váš důvod e-mailem hned teď, tedy během prvního měsíce.
console-extend-by = Prodloužit o
console-choose = Vyberte
console-one-month = 1 měsíc
console-two-months = 2 měsíce
console-extend-reason = Proč je potřeba více času
console-extend-button = Prodloužit a poslat osobě e-mail
console-timeline = Průběh
console-when = Kdy
console-who = Kdo
console-what = Co
console-change = Změna
console-in-audit-log = Tato žádost v auditním záznamu
console-no-such-request = Žádost s tímto ID neexistuje.
console-form-unreadable = Formulář se nepodařilo přečíst.
console-decide-csrf = Z bezpečnostních důvodů prosím rozhodněte znovu na této stránce.
console-decline-reason-missing = Uveďte důvod zamítnutí: osoba se ho dozví spolu s poučením o právu podat stížnost.
console-reason-too-long = Důvod může mít nejvýše { $max } znaků.
console-choose-decision = Vyberte, zda námitce vyhovět, nebo ji zamítnout.
console-not-decidable = Tato žádost je ve stavu { $status } a zde už o ní nelze rozhodnout.
console-extend-csrf = Z bezpečnostních důvodů prosím prodlužte lhůtu znovu na této stránce.
console-choose-months = Vyberte jeden nebo dva měsíce.
console-extend-reason-missing = Uveďte důvod: osoba se dozví, proč potřebujeme více času.
console-already-extended = Lhůta už byla jednou prodloužena; zákon druhé prodloužení neumožňuje.
console-too-late = Původní lhůta už uplynula: o prodloužení bylo nutné osobu informovat ještě před jejím uplynutím.
console-not-open = Tato žádost už není otevřená, a proto její lhůtu nelze posunout.
console-no-extension = Pravidla této jurisdikce prodloužení neumožňují.
console-shorter-extension = Pravidla této jurisdikce umožňují jen kratší prodloužení.

## Search

console-search-title = Najít žádost
console-search-label = ID žádosti nebo e-mailová adresa
console-search-hint = Adresy se porovnávají stejně jako u žádostí: na velikosti písmen a mezerách nezáleží.
console-search-bad = Zadejte ID žádosti nebo celou e-mailovou adresu, například jmeno@example.com.
console-search-none = Z této adresy nebyla podána žádná žádost.
console-search-found = Žádosti z této adresy: { $count }, od nejnovější.

## The audit log

console-audit-intro = Každá změna stavu, akce pracovníků, export a spuštění filtru, od nejnovějších. Každý záznam obsahuje hash záznamu předchozího; příkaz „withhold audit verify“ ověří celý řetězec.
console-audit-requests-only = Jako posuzovatel vidíte historii žádostí. Přihlášení, tokeny API, importy a exporty vidí jen administrátoři.
console-kind = Druh
console-actor = Původce
console-actor-hint = Například policy, person, system nebo staff:JMÉNO.
console-request-id = ID žádosti
console-filter = Filtrovat
console-clear = Vymazat
console-export = Exportovat celý záznam ve formátu JSON Lines
console-export-note = (pro dozorový úřad; „withhold audit verify --file“ ho ověří).
console-export-forbidden = Auditní záznam mohou exportovat jen administrátoři.
console-audit-none = Filtru neodpovídají žádné záznamy.
console-detail = Podrobnosti
console-older = Starší záznamy

## The dashboard

console-states-heading = Žádosti podle stavu (celkem { $total })
console-states-chart = Žádosti podle stavu
console-per-day-heading = Potvrzené námitky za den podle země (za 30 dní celkem { $total })
console-per-day-chart = Potvrzené námitky za den podle země, posledních 30 dní
console-other-countries = Ostatní země
console-latency-heading = Doba do rozhodnutí (rozhodnuto za 90 dní: { $count })
console-latency-chart = Doba od přijetí do rozhodnutí, posledních 90 dní (v hodinách)
console-latency-caption = Od přijetí do rozhodnutí
console-by-state = Žádosti podle stavu
console-filter-state = Stav
console-filter-any = Libovolný
console-filter-due-within = Lhůta do (počet dní)
console-filter-overdue = Jen po lhůtě
console-sort = Řadit podle
console-sort-due = Lhůta, nejbližší první
console-sort-received = Přijetí, nejstarší první
console-pages = Stránky
console-page-of = Stránka { $page } z { $pages }
console-previous = Předchozí stránka
console-next = Další stránka
console-next-in-queue = Další ve frontě
console-decided-next = Rozhodnutí bylo uloženo. Toto je další žádost, která čeká na rozhodnutí.
console-days-overdue = { $days ->
        [one] { $days } den po lhůtě
        [few] { $days } dny po lhůtě
       *[other] { $days } dní po lhůtě
    }
console-confirm-decline = Potvrzuji zamítnutí a důvod, který si osoba přečte
console-confirm-decline-missing = Zaškrtnutím políčka potvrďte zamítnutí: osoba se to dozví okamžitě a rozhodnutí je zde konečné.
console-no-data = Zatím žádná data.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = Hrozí zmeškání lhůty ({ $count })
console-risk-none = Žádná otevřená žádost nemá lhůtu v příštích 7 dnech.
console-mail = Pošta
console-mail-counts = Čeká na odeslání: { $pending }; nepodařilo se doručit (nedoručitelné zprávy): { $dead }.
