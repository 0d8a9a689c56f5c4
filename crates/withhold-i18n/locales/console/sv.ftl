### Personalkonsolen: svenska (Swedish). Every other language has exactly these ids.

console-nav = Konsol
console-queue = Granskningskö
console-dashboard = Översikt
console-audit = Revisionslogg
console-search = Sök
console-signed-in-as = Inloggad som { $user } ({ $role }).
console-sign-out = Logga ut

## Inloggning

console-sign-in-title = Inloggning för personal
console-name = Namn
console-password = Lösenord
console-sign-in = Logga in
console-login-csrf = Av säkerhetsskäl ber vi dig logga in igen.
console-login-rate-limited = För många inloggningsförsök härifrån. Vänta { $minutes } minuter och försök igen.
console-login-slow-down = För många misslyckade inloggningar härifrån. Vänta { $seconds } sekunder och försök igen.
console-login-wrong = Namnet eller lösenordet är fel.
console-login-unreadable = Inloggningsformuläret kunde inte läsas.
console-logout-csrf = Av säkerhetsskäl ska du logga ut från en sida i konsolen.

## Kön

console-queue-empty = Inget väntar på beslut.
console-queue-intro = { $count } väntar på beslut, äldst först. Begäranden med tidsfrist inom 7 dagar är märkta ”Snart förfallen”.
console-request = Begäran
console-received = Mottagen
console-jurisdiction = Jurisdiktion
console-due = Tidsfrist
console-overdue = Försenad
console-due-soon = Snart förfallen
console-days-left = ({ $days } dagar kvar)

## En begäran

console-request-title = Begäran { $id }
console-errors-heading =
    { $count ->
        [one] Kontrollera den här punkten
       *[other] Kontrollera de här { $count } punkterna
    }
console-status = Ärendestatus
console-email = E-post
console-country = Land
console-decision-due = Tidsfrist för beslut
console-extended-on = (förlängd den { $date })
console-decision = Beslut
console-decision-text = Beslutad den { $date }: { $status }
console-decision-rule = (regel { $rule })
console-decision-reason = Skäl: { $reason }
console-person-wrote = Vad personen skrev
console-person-impact = Hur behandlingen påverkar personen
console-person-details = Övrigt
console-nothing = Inget.
console-decide = Fatta beslut
console-honor = Godkänn invändningen (gäller framåt, från när personen bekräftade sin adress)
console-decline = Avslå den
console-decline-reason = Skäl för avslaget
console-decline-reason-hint = Krävs vid avslag. Personen får skälet tillsammans med information om sin rätt att klaga hos en tillsynsmyndighet och att vända sig till domstol.
console-decide-button = Registrera beslutet och mejla personen
console-extend = Förläng tidsfristen
console-extend-intro = Endast en gång och med högst två månader, när begäran är komplicerad eller många kommer in samtidigt (artikel 12.3 i dataskyddsförordningen). Personen får nu ett mejl med det nya datumet och ditt skäl, inom den första månaden.
console-extend-by = Förläng med
console-choose = Välj
console-one-month = 1 månad
console-two-months = 2 månader
console-extend-reason = Varför mer tid behövs
console-extend-button = Förläng och mejla personen
console-timeline = Förlopp
console-when = När
console-who = Vem
console-what = Vad
console-change = Ändring
console-in-audit-log = Den här begäran i revisionsloggen
console-no-such-request = Det finns ingen begäran med det här id:t.
console-form-unreadable = Formuläret kunde inte läsas.
console-decide-csrf = Av säkerhetsskäl ber vi dig fatta beslutet igen på den här sidan.
console-decline-reason-missing = Ange skälet för avslaget: personen får veta det, tillsammans med sin rätt att klaga.
console-reason-too-long = Håll skälet under { $max } tecken.
console-choose-decision = Välj godkänn eller avslå.
console-not-decidable = Den här begäran har status { $status } och kan inte längre beslutas här.
console-extend-csrf = Av säkerhetsskäl ber vi dig förlänga tidsfristen igen på den här sidan.
console-choose-months = Välj en eller två månader.
console-extend-reason-missing = Ange skälet: personen får veta varför vi behöver mer tid.
console-already-extended = Tidsfristen har redan förlängts en gång; lagen tillåter ingen andra förlängning.
console-too-late = Den ursprungliga tidsfristen har passerat: en förlängning måste meddelas personen inom den.
console-not-open = Den här begäran är inte längre öppen, så dess tidsfrist kan inte ändras.
console-no-extension = Reglerna i den här jurisdiktionen tillåter ingen förlängning.
console-shorter-extension = Reglerna i den här jurisdiktionen tillåter bara en kortare förlängning.

## Sök

console-search-title = Hitta en begäran
console-search-label = Begärans id eller e-postadress
console-search-hint = Adresser matchas på samma sätt som begäranden: versaler, gemener och mellanslag spelar ingen roll.
console-search-bad = Ange ett id för en begäran eller en fullständig e-postadress, till exempel namn@example.com.
console-search-none = Ingen begäran har gjorts från den här adressen.
console-search-found = { $count } begäran/begäranden från den här adressen, nyaste först.

## Revisionsloggen

console-audit-intro = Varje statusändring, personalåtgärd, export och filterkörning, nyaste först. Varje post innehåller en hash över den föregående; ”withhold audit verify” kontrollerar hela kedjan.
console-audit-requests-only = Som granskare ser du begärandenas historik. Inloggningar, API-token, importer och exporter visas för administratörer.
console-kind = Typ
console-actor = Aktör
console-actor-hint = Till exempel policy, person, system eller staff:NAMN.
console-request-id = Begärans id
console-filter = Filtrera
console-clear = Rensa
console-export = Exportera hela loggen som JSON Lines
console-export-note = (för en tillsynsmyndighet; ”withhold audit verify --file” kontrollerar den).
console-export-forbidden = Endast administratörer kan exportera revisionsloggen.
console-audit-none = Inga poster matchar.
console-detail = Detaljer
console-older = Äldre poster

## Översikten

console-states-heading = Begäranden per status ({ $total } totalt)
console-states-chart = Begäranden per status
console-per-day-heading = Bekräftade invändningar per dag och land ({ $total } på 30 dagar)
console-per-day-chart = Bekräftade invändningar per dag och land, senaste 30 dagarna
console-other-countries = Övriga länder
console-latency-heading = Handläggningstid ({ $count } beslutade på 90 dagar)
console-latency-chart = Tid från mottagande till beslut, senaste 90 dagarna (timmar)
console-latency-caption = Från mottagande till beslut
console-by-state = Begäranden per status
console-filter-state = Status
console-filter-any = Alla
console-filter-due-within = Tidsfrist inom (dagar)
console-filter-overdue = Endast försenade
console-sort = Sortera efter
console-sort-due = Tidsfrist, närmast först
console-sort-received = Mottagen, äldst först
console-pages = Sidor
console-page-of = Sida { $page } av { $pages }
console-previous = Föregående sida
console-next = Nästa sida
console-next-in-queue = Nästa i kön
console-decided-next = Beslutet har sparats. Det här är nästa begäran som väntar på beslut.
console-days-overdue = { $days ->
        [one] Försenad { $days } dag
       *[other] Försenad { $days } dagar
    }
console-confirm-decline = Jag bekräftar avslaget och det skäl som personen kommer att läsa
console-confirm-decline-missing = Kryssa i rutan för att bekräfta avslaget: personen får besked direkt och beslutet är slutgiltigt här.
console-no-data = Inga data ännu.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = dygn
console-risk-heading = Risk att missa tidsfristen ({ $count })
console-risk-none = Ingen öppen begäran har tidsfrist inom 7 dagar.
console-mail = E-post
console-mail-counts = { $pending } väntar på att skickas; { $dead } kunde inte levereras (obeställbara).
