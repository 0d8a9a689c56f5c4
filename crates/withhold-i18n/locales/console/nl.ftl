### De beheeromgeving voor medewerkers: Nederlands. Elke andere taal heeft precies deze id's.

console-nav = Beheer
console-queue = Beoordelingswachtrij
console-dashboard = Overzicht
console-audit = Auditlog
console-search = Zoeken
console-signed-in-as = Ingelogd als { $user } ({ $role }).
console-sign-out = Uitloggen

## Sign-in

console-sign-in-title = Inloggen voor medewerkers
console-name = Naam
console-password = Wachtwoord
console-sign-in = Inloggen
console-login-csrf = Log voor de veiligheid opnieuw in.
console-login-rate-limited = Te veel inlogpogingen vanaf hier. Wacht { $minutes } minuten en probeer het opnieuw.
console-login-slow-down = Te veel mislukte inlogpogingen vanaf hier. Wacht { $seconds } seconden en probeer het opnieuw.
console-login-wrong = De naam of het wachtwoord klopt niet.
console-login-unreadable = Het inlogformulier kon niet worden gelezen.
console-logout-csrf = Log voor de veiligheid uit via een pagina van de beheeromgeving.

## The queue

console-queue-empty = Er wacht niets op een besluit.
console-queue-intro = Wachtend op een besluit: { $count }, oudste eerst. Verzoeken met een termijn die binnen 7 dagen afloopt, zijn gemarkeerd met 'Termijn nadert'.
console-request = Verzoek
console-received = Ontvangen
console-jurisdiction = Rechtsgebied
console-due = Termijn
console-overdue = Termijn verstreken
console-due-soon = Termijn nadert
console-days-left = (nog { $days } dagen)

## A request

console-request-title = Verzoek { $id }
console-errors-heading =
    { $count ->
        [one] Controleer dit punt
       *[other] Controleer deze { $count } punten
    }
console-status = Huidige status
console-email = E-mail
console-country = Land
console-decision-due = Besluit uiterlijk
console-extended-on = (verlengd op { $date })
console-decision = Besluit
console-decision-text = { $status } op { $date }
console-decision-rule = (regel { $rule })
console-decision-reason = Reden: { $reason }
console-person-wrote = Wat de persoon schreef
console-person-impact = Gevolgen van de verwerking voor de persoon
console-person-details = Overige opmerkingen
console-nothing = Niets.
console-decide = Beslissen
console-honor = Bezwaar honoreren (geldt voor de toekomst, vanaf het moment dat het adres is bevestigd)
console-decline = Afwijzen
console-decline-reason = Reden van afwijzing
console-decline-reason-hint = Verplicht bij afwijzing. De persoon ontvangt de reden, samen met het recht om een klacht in te dienen bij een toezichthoudende autoriteit en naar de rechter te stappen.
console-decide-button = Besluit vastleggen en de persoon mailen
console-extend = Termijn verlengen
console-extend-intro = Eén keer, met maximaal twee maanden, als het verzoek complex is of als er veel verzoeken tegelijk binnenkomen (AVG art. 12 lid 3). De persoon krijgt de nieuwe datum en je reden nu per e-mail, binnen de eerste maand.
console-extend-by = Verlengen met
console-choose = Maak een keuze
console-one-month = 1 maand
console-two-months = 2 maanden
console-extend-reason = Waarom er meer tijd nodig is
console-extend-button = Verlengen en de persoon mailen
console-timeline = Tijdlijn
console-when = Wanneer
console-who = Wie
console-what = Wat
console-change = Wijziging
console-in-audit-log = Dit verzoek in het auditlog
console-no-such-request = Er bestaat geen verzoek met dit id.
console-form-unreadable = Het formulier kon niet worden gelezen.
console-decide-csrf = Neem voor de veiligheid het besluit opnieuw op deze pagina.
console-decline-reason-missing = Geef de reden van afwijzing op: de persoon krijgt die te horen, samen met het recht om een klacht in te dienen.
console-reason-too-long = Houd de reden korter dan { $max } tekens.
console-choose-decision = Kies honoreren of afwijzen.
console-not-decidable = Dit verzoek heeft de status { $status } en kan hier niet meer worden beslist.
console-extend-csrf = Verleng voor de veiligheid de termijn opnieuw op deze pagina.
console-choose-months = Kies één of twee maanden.
console-extend-reason-missing = Geef de reden op: de persoon krijgt te horen waarom we meer tijd nodig hebben.
console-already-extended = De termijn is al een keer verlengd; de wet staat geen tweede verlenging toe.
console-too-late = De oorspronkelijke termijn is verstreken: een verlenging had binnen die termijn aan de persoon moeten worden gemeld.
console-not-open = Dit verzoek is niet meer open, dus de termijn kan niet meer worden verschoven.
console-no-extension = De regels van dit rechtsgebied staan geen verlenging toe.
console-shorter-extension = De regels van dit rechtsgebied staan alleen een kortere verlenging toe.

## Search

console-search-title = Een verzoek zoeken
console-search-label = Verzoek-id of e-mailadres
console-search-hint = Adressen worden op dezelfde manier vergeleken als bij verzoeken: hoofdletters en spaties maken niet uit.
console-search-bad = Vul een verzoek-id of een volledig e-mailadres in, zoals naam@example.com.
console-search-none = Vanaf dit adres is geen verzoek gedaan.
console-search-found = { $count } verzoek(en) vanaf dit adres, nieuwste eerst.

## The audit log

console-audit-intro = Elke statuswijziging, actie van medewerkers, export en filterrun, nieuwste eerst. Elke regel bevat een hash over de vorige; "withhold audit verify" controleert de hele keten.
console-audit-requests-only = Als beoordelaar zie je de geschiedenis van verzoeken. Inlogs, API-tokens, imports en exports zijn alleen zichtbaar voor beheerders.
console-kind = Soort
console-actor = Uitvoerder
console-actor-hint = Bijvoorbeeld policy, person, system of staff:NAAM.
console-request-id = Verzoek-id
console-filter = Filteren
console-clear = Wissen
console-export = Het hele log exporteren als JSON Lines
console-export-note = (voor een toezichthouder; "withhold audit verify --file" controleert het).
console-export-forbidden = Alleen beheerders kunnen het auditlog exporteren.
console-audit-none = Geen overeenkomende regels.
console-detail = Details
console-older = Oudere regels

## The dashboard

console-states-heading = Verzoeken per status ({ $total } in totaal)
console-states-chart = Verzoeken per status
console-per-day-heading = Bevestigde bezwaren per dag per land ({ $total } in 30 dagen)
console-per-day-chart = Bevestigde bezwaren per dag per land, afgelopen 30 dagen
console-other-countries = Overige landen
console-latency-heading = Beslistijd ({ $count } besloten in 90 dagen)
console-latency-chart = Tijd van ontvangst tot besluit, afgelopen 90 dagen (uren)
console-latency-caption = Van ontvangst tot besluit
console-by-state = Verzoeken per status
console-filter-state = Status
console-filter-any = Alle
console-filter-due-within = Termijn binnen (dagen)
console-filter-overdue = Alleen termijn verstreken
console-sort = Sorteren op
console-sort-due = Termijn, eerstvolgende eerst
console-sort-received = Ontvangen, oudste eerst
console-pages = Pagina's
console-page-of = Pagina { $page } van { $pages }
console-previous = Vorige pagina
console-next = Volgende pagina
console-next-in-queue = Volgende in de wachtrij
console-decided-next = Besluit opgeslagen. Dit is het volgende verzoek dat op een besluit wacht.
console-days-overdue = { $days ->
        [one] 1 dag te laat
       *[other] { $days } dagen te laat
    }
console-confirm-decline = Ik bevestig de afwijzing en de reden die de persoon te lezen krijgt
console-confirm-decline-missing = Vink het vakje aan om de afwijzing te bevestigen: de persoon krijgt het meteen te horen en het besluit is hier definitief.
console-no-data = Nog geen gegevens.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = u
console-unit-days = d
console-risk-heading = Risico op overschrijding van de termijn ({ $count })
console-risk-none = Geen enkel open verzoek heeft een termijn die binnen 7 dagen afloopt.
console-mail = E-mail
console-mail-counts = { $pending } wachten op verzending; { $dead } konden niet worden bezorgd (onbestelbaar).
