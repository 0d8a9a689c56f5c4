### Personalkonsollen: norsk bokmål (Norwegian Bokmål). Every other language has exactly these ids.

console-nav = Konsoll
console-queue = Vurderingskø
console-dashboard = Oversikt
console-audit = Revisjonslogg
console-search = Søk
console-signed-in-as = Logget inn som { $user } ({ $role }).
console-sign-out = Logg ut

## Innlogging

console-sign-in-title = Innlogging for ansatte
console-name = Navn
console-password = Passord
console-sign-in = Logg inn
console-login-csrf = Av sikkerhetshensyn må du logge inn på nytt.
console-login-rate-limited = For mange innloggingsforsøk herfra. Vent { $minutes } minutter, og prøv igjen.
console-login-slow-down = For mange mislykkede innlogginger herfra. Vent { $seconds } sekunder, og prøv igjen.
console-login-wrong = Navnet eller passordet er feil.
console-login-unreadable = Innloggingsskjemaet kunne ikke leses.
console-logout-csrf = Av sikkerhetshensyn må du logge ut fra en side i konsollen.

## Køen

console-queue-empty = Ingenting venter på avgjørelse.
console-queue-intro = { $count } venter på avgjørelse, eldste først. Forespørsler med frist innen 7 dager er merket «Frist snart».
console-request = Forespørsel
console-received = Mottatt
console-jurisdiction = Jurisdiksjon
console-due = Frist
console-overdue = Forsinket
console-due-soon = Frist snart
console-days-left = ({ $days } dager igjen)

## En forespørsel

console-request-title = Forespørsel { $id }
console-errors-heading =
    { $count ->
        [one] Sjekk dette punktet
       *[other] Sjekk disse { $count } punktene
    }
console-status = Saksstatus
console-email = E-post
console-country = Land
console-decision-due = Frist for avgjørelse
console-extended-on = (forlenget { $date })
console-decision = Avgjørelse
console-decision-text = Avgjort { $date }: { $status }
console-decision-rule = (regel { $rule })
console-decision-reason = Begrunnelse: { $reason }
console-person-wrote = Hva personen skrev
console-person-impact = Hvordan behandlingen påvirker personen
console-person-details = Annet
console-nothing = Ingenting.
console-decide = Ta en avgjørelse
console-honor = Ta protesten til følge (gjelder fremover, fra da personen bekreftet adressen sin)
console-decline = Avslå den
console-decline-reason = Begrunnelse for avslaget
console-decline-reason-hint = Påkrevd ved avslag. Personen får begrunnelsen sammen med informasjon om retten til å klage til en tilsynsmyndighet og til å gå til domstolene.
console-decide-button = Registrer avgjørelsen og send e-post til personen
console-extend = Forleng fristen
console-extend-intro = Bare én gang og med inntil to måneder, når forespørselen er komplisert eller mange kommer samtidig (personvernforordningen artikkel 12 nr. 3). Personen får nå en e-post med den nye datoen og begrunnelsen din, innen den første måneden.
console-extend-by = Forleng med
console-choose = Velg
console-one-month = 1 måned
console-two-months = 2 måneder
console-extend-reason = Hvorfor det trengs mer tid
console-extend-button = Forleng og send e-post til personen
console-timeline = Tidslinje
console-when = Når
console-who = Hvem
console-what = Hva
console-change = Endring
console-in-audit-log = Denne forespørselen i revisjonsloggen
console-no-such-request = Det finnes ingen forespørsel med denne ID-en.
console-form-unreadable = Skjemaet kunne ikke leses.
console-decide-csrf = Av sikkerhetshensyn må du ta avgjørelsen på nytt på denne siden.
console-decline-reason-missing = Oppgi begrunnelsen for avslaget: personen får vite den, sammen med retten til å klage.
console-reason-too-long = Begrunnelsen må være kortere enn { $max } tegn.
console-choose-decision = Velg å ta til følge eller avslå.
console-not-decidable = Denne forespørselen har status { $status } og kan ikke lenger avgjøres her.
console-extend-csrf = Av sikkerhetshensyn må du forlenge fristen på nytt på denne siden.
console-choose-months = Velg én eller to måneder.
console-extend-reason-missing = Oppgi begrunnelsen: personen får vite hvorfor vi trenger mer tid.
console-already-extended = Fristen er allerede forlenget én gang; loven tillater ikke en ny forlengelse.
console-too-late = Den opprinnelige fristen er passert: en forlengelse måtte meddeles personen innen den.
console-not-open = Denne forespørselen er ikke lenger åpen, så fristen kan ikke endres.
console-no-extension = Reglene i denne jurisdiksjonen tillater ingen forlengelse.
console-shorter-extension = Reglene i denne jurisdiksjonen tillater bare en kortere forlengelse.

## Søk

console-search-title = Finn en forespørsel
console-search-label = Forespørsels-ID eller e-postadresse
console-search-hint = Adresser sammenlignes på samme måte som forespørsler: store og små bokstaver og mellomrom spiller ingen rolle.
console-search-bad = Skriv inn en forespørsels-ID eller en fullstendig e-postadresse, for eksempel navn@example.com.
console-search-none = Det er ikke sendt noen forespørsel fra denne adressen.
console-search-found = { $count } forespørsel/forespørsler fra denne adressen, nyeste først.

## Revisjonsloggen

console-audit-intro = Hver statusendring, handling fra ansatte, eksport og filterkjøring, nyeste først. Hver oppføring har en hash over den forrige; «withhold audit verify» kontrollerer hele kjeden.
console-audit-requests-only = Som saksbehandler ser du historikken til forespørslene. Innlogginger, API-tokener, importer og eksporter vises for administratorer.
console-kind = Type
console-actor = Aktør
console-actor-hint = For eksempel policy, person, system eller staff:NAVN.
console-request-id = Forespørsels-ID
console-filter = Filtrer
console-clear = Nullstill
console-export = Eksporter hele loggen som JSON Lines
console-export-note = (for en tilsynsmyndighet; «withhold audit verify --file» kontrollerer den).
console-export-forbidden = Bare administratorer kan eksportere revisjonsloggen.
console-audit-none = Ingen oppføringer samsvarer.
console-detail = Detaljer
console-older = Eldre oppføringer

## Oversikten

console-states-heading = Forespørsler etter status ({ $total } totalt)
console-states-chart = Forespørsler etter status
console-per-day-heading = Bekreftede protester per dag etter land ({ $total } på 30 dager)
console-per-day-chart = Bekreftede protester per dag etter land, siste 30 dager
console-other-countries = Andre land
console-latency-heading = Saksbehandlingstid ({ $count } avgjort på 90 dager)
console-latency-chart = Tid fra mottak til avgjørelse, siste 90 dager (timer)
console-latency-caption = Fra mottak til avgjørelse
console-by-state = Forespørsler etter status
console-filter-state = Status
console-filter-any = Alle
console-filter-due-within = Frist innen (dager)
console-filter-overdue = Bare forsinkede
console-sort = Sorter etter
console-sort-due = Frist, nærmeste først
console-sort-received = Mottatt, eldste først
console-pages = Sider
console-page-of = Side { $page } av { $pages }
console-previous = Forrige side
console-next = Neste side
console-next-in-queue = Neste i køen
console-decided-next = Avgjørelsen er lagret. Dette er neste forespørsel som venter på avgjørelse.
console-days-overdue = { $days ->
        [one] 1 dag over fristen
       *[other] { $days } dager over fristen
    }
console-confirm-decline = Jeg bekrefter avslaget og begrunnelsen personen får lese
console-confirm-decline-missing = Kryss av i boksen for å bekrefte avslaget: personen får beskjed med en gang, og avgjørelsen er endelig her.
console-no-data = Ingen data ennå.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = t
console-unit-days = d
console-risk-heading = Risiko for å oversitte fristen ({ $count })
console-risk-none = Ingen åpne forespørsler har frist innen 7 dager.
console-mail = E-post
console-mail-counts = { $pending } venter på å bli sendt; { $dead } kunne ikke leveres (ubesørgelige).
