### Consola personalului: română. Toate celelalte limbi au exact aceiași identificatori.

console-nav = Consolă
console-queue = Coada de analiză
console-dashboard = Tablou de bord
console-audit = Jurnal de audit
console-search = Căutare
console-signed-in-as = Sesiune deschisă ca { $user } ({ $role }).
console-sign-out = Deconectare

## Conectarea

console-sign-in-title = Conectare pentru personal
console-name = Nume
console-password = Parolă
console-sign-in = Conectare
console-login-csrf = Pentru siguranța dvs., conectați-vă din nou.
console-login-rate-limited =
    { $minutes ->
        [one] Prea multe încercări de conectare de aici. Așteptați { $minutes } minut și încercați din nou.
        [few] Prea multe încercări de conectare de aici. Așteptați { $minutes } minute și încercați din nou.
       *[other] Prea multe încercări de conectare de aici. Așteptați { $minutes } de minute și încercați din nou.
    }
console-login-slow-down =
    { $seconds ->
        [one] Prea multe conectări eșuate de aici. Așteptați { $seconds } secundă și încercați din nou.
        [few] Prea multe conectări eșuate de aici. Așteptați { $seconds } secunde și încercați din nou.
       *[other] Prea multe conectări eșuate de aici. Așteptați { $seconds } de secunde și încercați din nou.
    }
console-login-wrong = Numele sau parola nu sunt corecte.
console-login-unreadable = Formularul de conectare nu a putut fi citit.
console-logout-csrf = Pentru siguranța dvs., deconectați-vă din pagina consolei.

## Coada

console-queue-empty = Nicio solicitare nu așteaptă o decizie.
console-queue-intro =
    { $count ->
        [one] { $count } solicitare așteaptă o decizie
        [few] { $count } solicitări așteaptă o decizie, cele mai vechi primele
       *[other] { $count } de solicitări așteaptă o decizie, cele mai vechi primele
    }. Solicitările cu termen în următoarele 7 zile sunt marcate cu „Termen apropiat”.
console-request = Solicitare
console-received = Primită
console-jurisdiction = Jurisdicție
console-due = Termen
console-overdue = Termen depășit
console-due-soon = Termen apropiat
console-days-left =
    { $days ->
        [one] (mai rămâne { $days } zi)
        [few] (mai rămân { $days } zile)
       *[other] (mai rămân { $days } de zile)
    }

## O solicitare

console-request-title = Solicitarea { $id }
console-errors-heading =
    { $count ->
        [one] Verificați acest punct
        [few] Verificați aceste { $count } puncte
       *[other] Verificați aceste { $count } de puncte
    }
console-status = Stare
console-email = E-mail
console-country = Țară
console-decision-due = Termen pentru decizie
console-extended-on = (prelungit pe { $date })
console-decision = Decizie
console-decision-text = { $status } pe { $date }
console-decision-rule = (regula { $rule })
console-decision-reason = Motiv: { $reason }
console-person-wrote = Ce a scris persoana
console-person-impact = Cum o afectează prelucrarea
console-person-details = Alte informații
console-nothing = Nimic.
console-decide = Luați o decizie
console-honor = Acceptați obiecția (se aplică de acum înainte, din momentul în care persoana și-a confirmat adresa)
console-decline = Respingeți-o
console-decline-reason = Motivul respingerii
console-decline-reason-hint = Obligatoriu pentru respingere. Persoana îl primește împreună cu informarea privind dreptul de a depune o plângere la o autoritate de supraveghere și de a se adresa instanței.
console-decide-button = Înregistrați decizia și anunțați persoana prin e-mail
console-extend = Prelungiți termenul
console-extend-intro = O singură dată, cu cel mult două luni, atunci când solicitarea este complexă sau sosesc multe deodată (art. 12 alin. (3) din RGPD). Persoana primește acum prin e-mail noua dată și motivul dvs., în cursul primei luni.
console-extend-by = Cu
console-choose = Alegeți
console-one-month = 1 lună
console-two-months = 2 luni
console-extend-reason = De ce este nevoie de mai mult timp
console-extend-button = Prelungiți și anunțați persoana prin e-mail
console-timeline = Istoric
console-when = Când
console-who = Cine
console-what = Ce
console-change = Modificare
console-in-audit-log = Această solicitare în jurnalul de audit
console-no-such-request = Nu există nicio solicitare cu acest ID.
console-form-unreadable = Formularul nu a putut fi citit.
console-decide-csrf = Pentru siguranța dvs., luați din nou decizia pe această pagină.
console-decline-reason-missing = Indicați motivul respingerii: persoana îl primește, împreună cu dreptul de a depune o plângere.
console-reason-too-long =
    { $max ->
        [one] Motivul trebuie să aibă mai puțin de { $max } caracter.
        [few] Motivul trebuie să aibă mai puțin de { $max } caractere.
       *[other] Motivul trebuie să aibă mai puțin de { $max } de caractere.
    }
console-choose-decision = Alegeți între acceptare și respingere.
console-not-decidable = Această solicitare are starea „{ $status }” și nu mai poate fi decisă aici.
console-extend-csrf = Pentru siguranța dvs., prelungiți din nou termenul pe această pagină.
console-choose-months = Alegeți una sau două luni.
console-extend-reason-missing = Indicați motivul: persoana află de ce avem nevoie de mai mult timp.
console-already-extended = Termenul a fost deja prelungit o dată; legea nu permite o a doua prelungire.
console-too-late = Termenul inițial a expirat: prelungirea trebuia comunicată persoanei înainte de expirarea acestuia.
console-not-open = Această solicitare nu mai este deschisă, așa că termenul ei nu mai poate fi modificat.
console-no-extension = Regulile acestei jurisdicții nu permit nicio prelungire.
console-shorter-extension = Regulile acestei jurisdicții permit doar o prelungire mai scurtă.

## Căutare

console-search-title = Găsiți o solicitare
console-search-label = ID-ul solicitării sau adresa de e-mail
console-search-hint = Adresele sunt comparate la fel ca în solicitări: majusculele și spațiile nu contează.
console-search-bad = Introduceți un ID de solicitare sau o adresă de e-mail completă, de exemplu nume@example.com.
console-search-none = Nu s-a făcut nicio solicitare de la această adresă.
console-search-found =
    { $count ->
        [one] { $count } solicitare de la această adresă.
        [few] { $count } solicitări de la această adresă, cele mai noi primele.
       *[other] { $count } de solicitări de la această adresă, cele mai noi primele.
    }

## Jurnalul de audit

console-audit-intro = Fiecare schimbare de stare, acțiune a personalului, export și rulare de filtru, cele mai noi primele. Fiecare înregistrare conține un hash al celei anterioare; comanda „withhold audit verify” verifică întregul lanț.
console-audit-requests-only = Ca evaluator, vedeți istoricul solicitărilor. Conectările, tokenurile API, importurile și exporturile sunt afișate administratorilor.
console-kind = Tip
console-actor = Autor
console-actor-hint = De exemplu policy, person, system sau staff:NUME.
console-request-id = ID solicitare
console-filter = Filtrați
console-clear = Ștergeți filtrele
console-export = Exportați întregul jurnal ca JSON Lines
console-export-note = (pentru o autoritate de supraveghere; comanda „withhold audit verify --file” îl verifică).
console-export-forbidden = Doar administratorii pot exporta jurnalul de audit.
console-audit-none = Nicio înregistrare nu corespunde.
console-detail = Detalii
console-older = Înregistrări mai vechi

## Tabloul de bord

console-states-heading = Solicitări după stare ({ $total } în total)
console-states-chart = Solicitări după stare
console-per-day-heading = Obiecții confirmate pe zi, după țară ({ $total } în 30 de zile)
console-per-day-chart = Obiecții confirmate pe zi, după țară, în ultimele 30 de zile
console-other-countries = Alte țări
console-latency-heading =
    { $count ->
        [one] Timpul până la decizie ({ $count } solicitare decisă în 90 de zile)
        [few] Timpul până la decizie ({ $count } solicitări decise în 90 de zile)
       *[other] Timpul până la decizie ({ $count } de solicitări decise în 90 de zile)
    }
console-latency-chart = Timpul de la primire până la decizie, în ultimele 90 de zile (ore)
console-latency-caption = De la primire până la decizie
console-by-state = Solicitări după stare
console-filter-state = Stare
console-filter-any = Oricare
console-filter-due-within = Termen în următoarele (zile)
console-filter-overdue = Doar cu termen depășit
console-sort = Sortare după
console-sort-due = Termen, cele mai apropiate primele
console-sort-received = Data primirii, cele mai vechi primele
console-pages = Pagini
console-page-of = Pagina { $page } din { $pages }
console-previous = Pagina anterioară
console-next = Pagina următoare
console-next-in-queue = Următoarea din coadă
console-decided-next = Decizia a fost salvată. Aceasta este următoarea solicitare care așteaptă o decizie.
console-days-overdue = { $days ->
        [one] Termen depășit cu { $days } zi
        [few] Termen depășit cu { $days } zile
       *[other] Termen depășit cu { $days } de zile
    }
console-confirm-decline = Confirm respingerea și motivul pe care îl va citi persoana
console-confirm-decline-missing = Bifați caseta pentru a confirma respingerea: persoana este anunțată imediat, iar decizia este definitivă aici.
console-no-data = Încă nu există date.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = z
console-risk-heading = Risc de depășire a termenului ({ $count })
console-risk-none = Nicio solicitare deschisă nu are termenul în următoarele 7 zile.
console-mail = E-mailuri
console-mail-counts = În așteptarea trimiterii: { $pending }; nelivrate (dead letters): { $dead }.
