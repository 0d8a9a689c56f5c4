### La console del personale: italiano.

console-nav = Console
console-queue = Coda di esame
console-dashboard = Cruscotto
console-audit = Registro di audit
console-search = Cerca
console-signed-in-as = Accesso come { $user } ({ $role }).
console-sign-out = Esci

## Sign-in

console-sign-in-title = Accesso del personale
console-name = Nome
console-password = Password
console-sign-in = Accedi
console-login-csrf = Per la tua sicurezza, accedi di nuovo.
console-login-rate-limited = Troppi tentativi di accesso da qui. Attendi { $minutes } minuti e riprova.
console-login-slow-down = Troppi accessi non riusciti da qui. Attendi { $seconds } secondi e riprova.
console-login-wrong = Il nome o la password non sono corretti.
console-login-unreadable = Non è stato possibile leggere il modulo di accesso.
console-logout-csrf = Per la tua sicurezza, esci dalla pagina della console.

## The queue

console-queue-empty = Non c’è nulla in attesa di decisione.
console-queue-intro = { $count } in attesa di decisione, le più vecchie prima. Le richieste in scadenza entro 7 giorni sono segnate come «In scadenza».
console-request = Richiesta
console-received = Ricevuta
console-jurisdiction = Giurisdizione
console-due = Scadenza
console-overdue = Scaduta
console-due-soon = In scadenza
console-days-left = (mancano { $days } giorni)

## A request

console-request-title = Richiesta { $id }
console-errors-heading =
    { $count ->
        [one] Controlla questo punto
        [many] Controlla questi { $count } punti
       *[other] Controlla questi { $count } punti
    }
console-status = Stato
console-email = Email
console-country = Paese
console-decision-due = Decisione entro
console-extended-on = (prorogata il { $date })
console-decision = Decisione
console-decision-text = { $status } il { $date }
console-decision-rule = (regola { $rule })
console-decision-reason = Motivazione: { $reason }
console-person-wrote = Cosa ha scritto la persona
console-person-impact = In che modo il trattamento la riguarda
console-person-details = Altro
console-nothing = Nulla.
console-decide = Decidi
console-honor = Accogliere l’opposizione (vale da ora in avanti, da quando ha confermato l’indirizzo)
console-decline = Respingerla
console-decline-reason = Motivazione del rigetto
console-decline-reason-hint = Obbligatoria per respingere. La persona la riceve insieme al suo diritto di reclamo a un’autorità di controllo e di ricorso in tribunale.
console-decide-button = Registra la decisione e avvisa la persona
console-extend = Proroga il termine
console-extend-intro = Una sola volta, fino a due mesi, quando la richiesta è complessa o ne arrivano molte insieme (GDPR art. 12, par. 3). La persona riceve ora via email la nuova data e la tua motivazione, entro il primo mese.
console-extend-by = Di
console-choose = Scegli
console-one-month = 1 mese
console-two-months = 2 mesi
console-extend-reason = Perché serve più tempo
console-extend-button = Proroga e avvisa la persona
console-timeline = Cronologia
console-when = Quando
console-who = Chi
console-what = Cosa
console-change = Modifica
console-in-audit-log = Questa richiesta nel registro di audit
console-no-such-request = Non esiste una richiesta con questo identificativo.
console-form-unreadable = Non è stato possibile leggere il modulo.
console-decide-csrf = Per la tua sicurezza, prendi di nuovo la decisione in questa pagina.
console-decline-reason-missing = Indica la motivazione del rigetto: la persona la riceve, insieme al suo diritto di reclamo.
console-reason-too-long = Mantieni la motivazione sotto i { $max } caratteri.
console-choose-decision = Scegli se accogliere o respingere.
console-not-decidable = Questa richiesta è { $status } e non può più essere decisa qui.
console-extend-csrf = Per la tua sicurezza, proroga di nuovo il termine in questa pagina.
console-choose-months = Scegli uno o due mesi.
console-extend-reason-missing = Indica la motivazione: la persona saprà perché ci serve più tempo.
console-already-extended = Il termine è già stato prorogato una volta; la legge non consente una seconda proroga.
console-too-late = Il termine originale è scaduto: la proroga andava comunicata alla persona prima della scadenza.
console-not-open = Questa richiesta non è più aperta, quindi il suo termine non può cambiare.
console-no-extension = Le regole di questa giurisdizione non consentono proroghe.
console-shorter-extension = Le regole di questa giurisdizione consentono solo una proroga più breve.

## Search

console-search-title = Trova una richiesta
console-search-label = Identificativo della richiesta o indirizzo email
console-search-hint = Gli indirizzi sono confrontati come le richieste: maiuscole e spazi non contano.
console-search-bad = Inserisci un identificativo di richiesta o un indirizzo email completo, come nome@example.com.
console-search-none = Da questo indirizzo non è stata fatta alcuna richiesta.
console-search-found = { $count } richiesta/e da questo indirizzo, le più recenti prima.

## The audit log

console-audit-intro = Ogni cambio di stato, azione del personale, esportazione e filtraggio, i più recenti prima. Ogni voce porta un hash della precedente; «withhold audit verify» controlla l’intera catena.
console-audit-requests-only = Come revisore vedi la cronologia delle richieste. Accessi, token API, importazioni ed esportazioni sono visibili solo agli admin.
console-kind = Tipo
console-actor = Attore
console-actor-hint = Per esempio policy, person, system o staff:NOME.
console-request-id = Identificativo della richiesta
console-filter = Filtra
console-clear = Azzera
console-export = Esporta l’intero registro in JSON Lines
console-export-note = (per un’autorità; «withhold audit verify --file» lo controlla).
console-export-forbidden = Solo gli amministratori possono esportare il registro di audit.
console-audit-none = Nessuna voce corrisponde.
console-detail = Dettaglio
console-older = Voci precedenti

## The dashboard

console-states-heading = Richieste per stato ({ $total } in tutto)
console-states-chart = Richieste per stato
console-per-day-heading = Opposizioni confermate al giorno per paese ({ $total } in 30 giorni)
console-per-day-chart = Opposizioni confermate al giorno per paese, ultimi 30 giorni
console-other-countries = Altri paesi
console-latency-heading = Tempi di decisione ({ $count } decise in 90 giorni)
console-latency-chart = Tempo dalla ricezione alla decisione, ultimi 90 giorni (ore)
console-latency-caption = Dalla ricezione alla decisione
console-by-state = Richieste per stato
console-filter-state = Stato
console-filter-any = Qualsiasi
console-filter-due-within = In scadenza entro (giorni)
console-filter-overdue = Solo scadute
console-sort = Ordina per
console-sort-due = Scadenza, la più vicina prima
console-sort-received = Ricezione, la meno recente prima
console-pages = Pagine
console-page-of = Pagina { $page } di { $pages }
console-previous = Pagina precedente
console-next = Pagina successiva
console-next-in-queue = Successiva in coda
console-decided-next = Decisione salvata. Questa è la prossima richiesta in attesa di decisione.
console-days-overdue = { $days ->
        [one] { $days } giorno di ritardo
        [many] { $days } di giorni di ritardo
       *[other] { $days } giorni di ritardo
    }
console-confirm-decline = Confermo il rigetto e la motivazione che la persona leggerà
console-confirm-decline-missing = Spunta la casella per confermare il rigetto: la persona viene informata subito e qui la decisione è definitiva.
console-no-data = Ancora nessun dato.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = gg
console-risk-heading = A rischio di mancare la scadenza ({ $count })
console-risk-none = Nessuna richiesta aperta scade entro 7 giorni.
console-mail = Email
console-mail-counts = { $pending } in attesa di invio; { $dead } non recapitate (messaggi non consegnabili).
