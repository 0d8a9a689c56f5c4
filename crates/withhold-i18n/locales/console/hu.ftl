### A munkatársi konzol: magyar.

console-nav = Konzol
console-queue = Felülvizsgálati sor
console-dashboard = Irányítópult
console-audit = Auditnapló
console-search = Keresés
console-signed-in-as = Bejelentkezve: { $user } ({ $role }).
console-sign-out = Kijelentkezés

## Sign-in

console-sign-in-title = Munkatársi bejelentkezés
console-name = Név
console-password = Jelszó
console-sign-in = Bejelentkezés
console-login-csrf = Biztonsági okokból kérjük, jelentkezz be újra.
console-login-rate-limited = Túl sok bejelentkezési kísérlet érkezett innen. Várj { $minutes } percet, és próbáld újra.
console-login-slow-down = Túl sok sikertelen bejelentkezés érkezett innen. Várj { $seconds } másodpercet, és próbáld újra.
console-login-wrong = A név vagy a jelszó nem megfelelő.
console-login-unreadable = A bejelentkezési űrlapot nem sikerült beolvasni.
console-logout-csrf = Biztonsági okokból a konzol oldaláról jelentkezz ki.

## The queue

console-queue-empty = Nincs döntésre váró kérelem.
console-queue-intro = Döntésre vár: { $count }, a legrégebbi elöl. A 7 napon belül lejáró határidejű kérelmek „Hamarosan lejár” jelölést kapnak.
console-request = Kérelem
console-received = Beérkezett
console-jurisdiction = Joghatóság
console-due = Határidő
console-overdue = Lejárt határidő
console-due-soon = Hamarosan lejár
console-days-left = (még { $days } nap)

## A request

console-request-title = Kérelem: { $id }
console-errors-heading =
    { $count ->
        [one] Kérjük, ellenőrizd a következőt
       *[other] Kérjük, ellenőrizd a következő { $count } dolgot
    }
console-status = Állapot
console-email = E-mail
console-country = Ország
console-decision-due = Döntési határidő
console-extended-on = (meghosszabbítva: { $date })
console-decision = Döntés
console-decision-text = { $status }, { $date }
console-decision-rule = (szabály: { $rule })
console-decision-reason = Indok: { $reason }
console-person-wrote = Amit az érintett írt
console-person-impact = Hogyan érinti őt az adatkezelés
console-person-details = Egyéb közlendő
console-nothing = Semmi.
console-decide = Döntéshozatal
console-honor = Helyt adok a tiltakozásnak (a jövőre nézve, attól kezdve, hogy az érintett megerősítette a címét)
console-decline = Elutasítom
console-decline-reason = Az elutasítás indoka
console-decline-reason-hint = Elutasításhoz kötelező. Az érintett megkapja, azzal a tájékoztatással együtt, hogy panaszt tehet egy felügyeleti hatóságnál, és bírósághoz fordulhat.
console-decide-button = A döntés rögzítése és e-mail küldése az érintettnek
console-extend = A határidő meghosszabbítása
console-extend-intro = Csak egyszer és legfeljebb két hónappal, ha a kérelem összetett, vagy ha egyszerre sok kérelem érkezik (GDPR 12. cikk (3) bekezdés). Az érintett most, az első hónapon belül e-mailben megkapja az új dátumot és az általad megadott indokot.
console-extend-by = A hosszabbítás mértéke
console-choose = Válassz
console-one-month = 1 hónap
console-two-months = 2 hónap
console-extend-reason = Miért van szükség több időre
console-extend-button = Meghosszabbítás és e-mail küldése az érintettnek
console-timeline = Előzmények
console-when = Mikor
console-who = Ki
console-what = Mi
console-change = Változás
console-in-audit-log = Ez a kérelem az auditnaplóban
console-no-such-request = Nincs ilyen azonosítójú kérelem.
console-form-unreadable = Az űrlapot nem sikerült beolvasni.
console-decide-csrf = Biztonsági okokból kérjük, ezen az oldalon hozd meg újra a döntést.
console-decline-reason-missing = Add meg az elutasítás indokát: az érintett megkapja, a panasztételi jogáról szóló tájékoztatással együtt.
console-reason-too-long = Az indok legfeljebb { $max } karakter lehet.
console-choose-decision = Válaszd ki, hogy helyt adsz-e a tiltakozásnak, vagy elutasítod.
console-not-decidable = Ennek a kérelemnek az állapota: { $status }, így itt már nem lehet dönteni róla.
console-extend-csrf = Biztonsági okokból kérjük, ezen az oldalon hosszabbítsd meg újra a határidőt.
console-choose-months = Válassz egy vagy két hónapot.
console-extend-reason-missing = Add meg az indokot: az érintett megtudja, miért van szükségünk több időre.
console-already-extended = A határidőt már egyszer meghosszabbították; a jogszabály nem enged második hosszabbítást.
console-too-late = Az eredeti határidő lejárt: a hosszabbításról azon belül kellett volna tájékoztatni az érintettet.
console-not-open = Ez a kérelem már nincs nyitva, így a határideje nem módosítható.
console-no-extension = Ennek a joghatóságnak a szabályai nem engednek hosszabbítást.
console-shorter-extension = Ennek a joghatóságnak a szabályai csak rövidebb hosszabbítást engednek.

## Search

console-search-title = Kérelem keresése
console-search-label = Kérelemazonosító vagy e-mail-cím
console-search-hint = A címeket ugyanúgy vetjük össze, mint a kérelmeknél: a kis- és nagybetűk, valamint a szóközök nem számítanak.
console-search-bad = Adj meg egy kérelemazonosítót vagy egy teljes e-mail-címet, például: nev@example.com.
console-search-none = Erről a címről nem érkezett kérelem.
console-search-found = Kérelmek erről a címről: { $count }, a legújabb elöl.

## The audit log

console-audit-intro = Minden állapotváltozás, munkatársi művelet, exportálás és szűrőfuttatás, a legújabb elöl. Minden bejegyzés tartalmazza az előző bejegyzés hash-ét; a „withhold audit verify” parancs a teljes láncot ellenőrzi.
console-audit-requests-only = Felülvizsgálóként a kérelmek előzményeit látod. A bejelentkezéseket, az API-tokeneket, az importálásokat és az exportálásokat az adminisztrátorok látják.
console-kind = Típus
console-actor = Szereplő
console-actor-hint = Például policy, person, system vagy staff:NÉV.
console-request-id = Kérelemazonosító
console-filter = Szűrés
console-clear = Törlés
console-export = A teljes napló exportálása JSON Lines formátumban
console-export-note = (felügyeleti hatóság számára; a „withhold audit verify --file” ellenőrzi).
console-export-forbidden = Az auditnaplót csak adminisztrátorok exportálhatják.
console-audit-none = Nincs egyező bejegyzés.
console-detail = Részletek
console-older = Régebbi bejegyzések

## The dashboard

console-states-heading = Kérelmek állapot szerint (összesen { $total })
console-states-chart = Kérelmek állapot szerint
console-per-day-heading = Megerősített tiltakozások naponta, országonként (30 nap alatt összesen { $total })
console-per-day-chart = Megerősített tiltakozások naponta, országonként, az elmúlt 30 napban
console-other-countries = Egyéb országok
console-latency-heading = Döntési idő (90 nap alatt { $count } döntés)
console-latency-chart = A beérkezéstől a döntésig eltelt idő az elmúlt 90 napban (óra)
console-latency-caption = A beérkezéstől a döntésig
console-by-state = Kérelmek állapot szerint
console-filter-state = Állapot
console-filter-any = Bármelyik
console-filter-due-within = Határidő (napon belül)
console-filter-overdue = Csak a lejártak
console-sort = Rendezés
console-sort-due = Határidő szerint, a legközelebbi elöl
console-sort-received = Beérkezés szerint, a legrégebbi elöl
console-pages = Oldalak
console-page-of = { $page }. oldal (összesen { $pages })
console-previous = Előző oldal
console-next = Következő oldal
console-next-in-queue = Következő a sorban
console-decided-next = A döntés mentve. Ez a következő döntésre váró kérelem.
console-days-overdue = { $days ->
        [one] { $days } napja lejárt
       *[other] { $days } napja lejárt
    }
console-confirm-decline = Megerősítem az elutasítást és az indokot, amelyet az érintett olvasni fog
console-confirm-decline-missing = Jelöld be a négyzetet az elutasítás megerősítéséhez: az érintett azonnal értesítést kap, és a döntés itt végleges.
console-no-data = Még nincs adat.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = mp
console-unit-min = perc
console-unit-h = óra
console-unit-days = nap
console-risk-heading = Határidő-mulasztás veszélye ({ $count })
console-risk-none = Egyetlen nyitott kérelem határideje sem jár le 7 napon belül.
console-mail = Levelek
console-mail-counts = Küldésre vár: { $pending }; nem sikerült kézbesíteni (kézbesíthetetlen levelek): { $dead }.
