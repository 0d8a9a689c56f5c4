### Personalekonsollen: dansk (Danish). Every other language has exactly these ids.

console-nav = Konsol
console-queue = Gennemgangskø
console-dashboard = Oversigt
console-audit = Revisionslog
console-search = Søg
console-signed-in-as = Logget ind som { $user } ({ $role }).
console-sign-out = Log ud

## Log ind

console-sign-in-title = Log ind for medarbejdere
console-name = Navn
console-password = Adgangskode
console-sign-in = Log ind
console-login-csrf = Af sikkerhedshensyn skal du logge ind igen.
console-login-rate-limited = For mange loginforsøg herfra. Vent { $minutes } minutter, og prøv igen.
console-login-slow-down = For mange mislykkede loginforsøg herfra. Vent { $seconds } sekunder, og prøv igen.
console-login-wrong = Navnet eller adgangskoden er forkert.
console-login-unreadable = Loginformularen kunne ikke læses.
console-logout-csrf = Af sikkerhedshensyn skal du logge ud fra en side i konsollen.

## Køen

console-queue-empty = Intet venter på en afgørelse.
console-queue-intro = { $count } venter på en afgørelse, ældste først. Anmodninger med frist inden for 7 dage er markeret »Frist snart«.
console-request = Anmodning
console-received = Modtaget
console-jurisdiction = Jurisdiktion
console-due = Frist
console-overdue = Frist overskredet
console-due-soon = Frist snart
console-days-left = ({ $days } dage tilbage)

## En anmodning

console-request-title = Anmodning { $id }
console-errors-heading =
    { $count ->
        [one] Tjek dette punkt
       *[other] Tjek disse { $count } punkter
    }
console-status = Sagsstatus
console-email = E-mail
console-country = Land
console-decision-due = Frist for afgørelse
console-extended-on = (forlænget den { $date })
console-decision = Afgørelse
console-decision-text = Afgjort den { $date }: { $status }
console-decision-rule = (regel { $rule })
console-decision-reason = Begrundelse: { $reason }
console-person-wrote = Det skrev personen
console-person-impact = Sådan påvirker behandlingen personen
console-person-details = Andet
console-nothing = Intet.
console-decide = Træf afgørelse
console-honor = Imødekom indsigelsen (gælder fremadrettet fra det tidspunkt, hvor personen bekræftede sin adresse)
console-decline = Afvis den
console-decline-reason = Begrundelse for afvisningen
console-decline-reason-hint = Påkrævet ved afvisning. Personen modtager begrundelsen sammen med oplysning om sin ret til at klage til en tilsynsmyndighed og til at indbringe sagen for domstolene.
console-decide-button = Registrér afgørelsen, og send en e-mail til personen
console-extend = Forlæng fristen
console-extend-intro = Kun én gang og med højst to måneder, når anmodningen er kompliceret, eller der kommer mange på én gang (databeskyttelsesforordningens art. 12, stk. 3). Personen får nu en e-mail med den nye dato og din begrundelse, inden for den første måned.
console-extend-by = Forlæng med
console-choose = Vælg
console-one-month = 1 måned
console-two-months = 2 måneder
console-extend-reason = Hvorfor der er brug for mere tid
console-extend-button = Forlæng, og send en e-mail til personen
console-timeline = Forløb
console-when = Hvornår
console-who = Hvem
console-what = Hvad
console-change = Ændring
console-in-audit-log = Denne anmodning i revisionsloggen
console-no-such-request = Der findes ingen anmodning med dette id.
console-form-unreadable = Formularen kunne ikke læses.
console-decide-csrf = Af sikkerhedshensyn skal du træffe afgørelsen igen på denne side.
console-decline-reason-missing = Angiv begrundelsen for afvisningen: personen får den oplyst sammen med sin ret til at klage.
console-reason-too-long = Begrundelsen skal være på under { $max } tegn.
console-choose-decision = Vælg at imødekomme eller afvise.
console-not-decidable = Denne anmodning har status { $status } og kan ikke længere afgøres her.
console-extend-csrf = Af sikkerhedshensyn skal du forlænge fristen igen på denne side.
console-choose-months = Vælg én eller to måneder.
console-extend-reason-missing = Angiv begrundelsen: personen får at vide, hvorfor vi har brug for mere tid.
console-already-extended = Fristen er allerede forlænget én gang; loven tillader ikke en ny forlængelse.
console-too-late = Den oprindelige frist er overskredet: en forlængelse skulle være meddelt personen inden for den.
console-not-open = Denne anmodning er ikke længere åben, så fristen kan ikke ændres.
console-no-extension = Reglerne i denne jurisdiktion tillader ingen forlængelse.
console-shorter-extension = Reglerne i denne jurisdiktion tillader kun en kortere forlængelse.

## Søgning

console-search-title = Find en anmodning
console-search-label = Anmodnings-id eller e-mailadresse
console-search-hint = Adresser matches på samme måde som anmodninger: store og små bogstaver og mellemrum er ligegyldige.
console-search-bad = Indtast et anmodnings-id eller en hel e-mailadresse, f.eks. navn@example.com.
console-search-none = Der er ikke sendt nogen anmodning fra denne adresse.
console-search-found = { $count } anmodning(er) fra denne adresse, nyeste først.

## Revisionsloggen

console-audit-intro = Alle statusændringer, medarbejderhandlinger, eksporter og filterkørsler, nyeste først. Hver post indeholder en hash over den foregående; »withhold audit verify« kontrollerer hele kæden.
console-audit-requests-only = Som sagsbehandler ser du anmodningernes historik. Logins, API-tokens, importer og eksporter vises kun for administratorer.
console-kind = Type
console-actor = Aktør
console-actor-hint = For eksempel policy, person, system eller staff:NAVN.
console-request-id = Anmodnings-id
console-filter = Filtrér
console-clear = Ryd
console-export = Eksportér hele loggen som JSON Lines
console-export-note = (til en tilsynsmyndighed; »withhold audit verify --file« kontrollerer den).
console-export-forbidden = Kun administratorer kan eksportere revisionsloggen.
console-audit-none = Ingen poster matcher.
console-detail = Detaljer
console-older = Ældre poster

## Oversigten

console-states-heading = Anmodninger efter status ({ $total } i alt)
console-states-chart = Anmodninger efter status
console-per-day-heading = Bekræftede indsigelser pr. dag efter land ({ $total } på 30 dage)
console-per-day-chart = Bekræftede indsigelser pr. dag efter land, de seneste 30 dage
console-other-countries = Andre lande
console-latency-heading = Behandlingstid ({ $count } afgjort på 90 dage)
console-latency-chart = Tid fra modtagelse til afgørelse, de seneste 90 dage (timer)
console-latency-caption = Fra modtagelse til afgørelse
console-by-state = Anmodninger efter status
console-filter-state = Status
console-filter-any = Alle
console-filter-due-within = Frist inden for (dage)
console-filter-overdue = Kun overskredne frister
console-sort = Sortér efter
console-sort-due = Frist, tidligste først
console-sort-received = Modtaget, ældste først
console-pages = Sider
console-page-of = Side { $page } af { $pages }
console-previous = Forrige side
console-next = Næste side
console-next-in-queue = Næste i køen
console-decided-next = Afgørelsen er gemt. Dette er den næste anmodning, der venter på en afgørelse.
console-days-overdue = { $days ->
        [one] { $days } dag over fristen
       *[other] { $days } dage over fristen
    }
console-confirm-decline = Jeg bekræfter afvisningen og den begrundelse, personen vil læse
console-confirm-decline-missing = Sæt flueben i feltet for at bekræfte afvisningen: personen får besked med det samme, og afgørelsen er endelig her.
console-no-data = Ingen data endnu.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = t
console-unit-days = dg.
console-risk-heading = Risiko for at overskride fristen ({ $count })
console-risk-none = Ingen åbne anmodninger har frist inden for 7 dage.
console-mail = E-mail
console-mail-counts = { $pending } venter på at blive sendt; { $dead } kunne ikke leveres (uanbringelige).
