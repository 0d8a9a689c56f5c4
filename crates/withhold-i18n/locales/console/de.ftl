### Die Mitarbeiterkonsole: Deutsch.

console-nav = Konsole
console-queue = Prüfliste
console-dashboard = Übersicht
console-audit = Prüfprotokoll
console-search = Suchen
console-signed-in-as = Angemeldet als { $user } ({ $role }).
console-sign-out = Abmelden

## Sign-in

console-sign-in-title = Anmeldung für Mitarbeitende
console-name = Name
console-password = Passwort
console-sign-in = Anmelden
console-login-csrf = Zu Ihrer Sicherheit: Bitte melden Sie sich erneut an.
console-login-rate-limited = Zu viele Anmeldeversuche von hier. Bitte warten Sie { $minutes } Minuten und versuchen Sie es erneut.
console-login-slow-down = Zu viele fehlgeschlagene Anmeldungen von hier. Bitte warten Sie { $seconds } Sekunden und versuchen Sie es dann erneut.
console-login-wrong = Name oder Passwort stimmen nicht.
console-login-unreadable = Das Anmeldeformular konnte nicht gelesen werden.
console-logout-csrf = Zu Ihrer Sicherheit: Melden Sie sich auf der Konsolenseite ab.

## The queue

console-queue-empty = Nichts wartet auf eine Entscheidung.
console-queue-intro = { $count } warten auf eine Entscheidung, die ältesten zuerst. Anfragen, die innerhalb von 7 Tagen fällig sind, sind mit „Bald fällig“ markiert.
console-request = Anfrage
console-received = Eingegangen
console-jurisdiction = Rechtsordnung
console-due = Fällig
console-overdue = Überfällig
console-due-soon = Bald fällig
console-days-left = (noch { $days } Tage)

## A request

console-request-title = Anfrage { $id }
console-errors-heading =
    { $count ->
        [one] Bitte prüfen Sie diese Angabe
       *[other] Bitte prüfen Sie diese { $count } Angaben
    }
console-status = Stand
console-email = E-Mail
console-country = Land
console-decision-due = Entscheidung fällig
console-extended-on = (verlängert am { $date })
console-decision = Entscheidung
console-decision-text = { $status } am { $date }
console-decision-rule = (Regel { $rule })
console-decision-reason = Grund: { $reason }
console-person-wrote = Was die Person geschrieben hat
console-person-impact = Wie die Verarbeitung sie betrifft
console-person-details = Weiteres
console-nothing = Nichts.
console-decide = Entscheiden
console-honor = Dem Widerspruch stattgeben (gilt für die Zukunft, ab der Bestätigung der Adresse)
console-decline = Ablehnen
console-decline-reason = Grund der Ablehnung
console-decline-reason-hint = Zum Ablehnen erforderlich. Die Person erhält ihn zusammen mit ihrem Recht, sich bei einer Aufsichtsbehörde zu beschweren und vor Gericht zu gehen.
console-decide-button = Entscheidung festhalten und die Person benachrichtigen
console-extend = Frist verlängern
console-extend-intro = Nur einmal, um bis zu zwei Monate, wenn die Anfrage komplex ist oder viele auf einmal eingehen (DSGVO Art. 12 Abs. 3). Die Person erhält das neue Datum und Ihren Grund jetzt per E-Mail, innerhalb des ersten Monats.
console-extend-by = Um
console-choose = Auswählen
console-one-month = 1 Monat
console-two-months = 2 Monate
console-extend-reason = Warum mehr Zeit nötig ist
console-extend-button = Verlängern und die Person benachrichtigen
console-timeline = Verlauf
console-when = Wann
console-who = Wer
console-what = Was
console-change = Änderung
console-in-audit-log = Diese Anfrage im Prüfprotokoll
console-no-such-request = Es gibt keine Anfrage mit dieser Kennung.
console-form-unreadable = Das Formular konnte nicht gelesen werden.
console-decide-csrf = Zu Ihrer Sicherheit: Bitte treffen Sie die Entscheidung auf dieser Seite erneut.
console-decline-reason-missing = Geben Sie den Grund der Ablehnung an: Die Person erfährt ihn, zusammen mit ihrem Beschwerderecht.
console-reason-too-long = Halten Sie den Grund unter { $max } Zeichen.
console-choose-decision = Wählen Sie Stattgeben oder Ablehnen.
console-not-decidable = Diese Anfrage ist { $status } und kann hier nicht mehr entschieden werden.
console-extend-csrf = Zu Ihrer Sicherheit: Bitte verlängern Sie die Frist auf dieser Seite erneut.
console-choose-months = Wählen Sie einen oder zwei Monate.
console-extend-reason-missing = Geben Sie den Grund an: Die Person erfährt, warum wir mehr Zeit brauchen.
console-already-extended = Die Frist wurde bereits einmal verlängert; das Gesetz erlaubt keine zweite Verlängerung.
console-too-late = Die ursprüngliche Frist ist abgelaufen: Eine Verlängerung hätte der Person innerhalb dieser Frist mitgeteilt werden müssen.
console-not-open = Diese Anfrage ist nicht mehr offen, daher kann sich ihre Frist nicht ändern.
console-no-extension = Die Regeln dieser Rechtsordnung erlauben keine Verlängerung.
console-shorter-extension = Die Regeln dieser Rechtsordnung erlauben nur eine kürzere Verlängerung.

## Search

console-search-title = Eine Anfrage finden
console-search-label = Anfragekennung oder E-Mail-Adresse
console-search-hint = Adressen werden so abgeglichen wie Anfragen: Groß- und Kleinschreibung und Leerzeichen spielen keine Rolle.
console-search-bad = Geben Sie eine Anfragekennung oder eine vollständige E-Mail-Adresse ein, etwa name@example.com.
console-search-none = Von dieser Adresse wurde keine Anfrage gestellt.
console-search-found = { $count } Anfrage(n) von dieser Adresse, die neuesten zuerst.

## The audit log

console-audit-intro = Jede Zustandsänderung, jede Handlung von Mitarbeitenden, jeder Export und jeder Filterlauf, die neuesten zuerst. Jeder Eintrag trägt einen Hash über den vorigen; „withhold audit verify“ prüft die ganze Kette.
console-audit-requests-only = Als Prüferin oder Prüfer sehen Sie den Verlauf der Anfragen. Anmeldungen, API-Tokens, Importe und Exporte sehen nur Admins.
console-kind = Art
console-actor = Akteur
console-actor-hint = Zum Beispiel policy, person, system oder staff:NAME.
console-request-id = Anfragekennung
console-filter = Filtern
console-clear = Zurücksetzen
console-export = Das ganze Protokoll als JSON Lines exportieren
console-export-note = (für eine Aufsichtsbehörde; „withhold audit verify --file“ prüft es).
console-export-forbidden = Nur Administratoren können das Prüfprotokoll exportieren.
console-audit-none = Keine Einträge passen.
console-detail = Einzelheiten
console-older = Ältere Einträge

## The dashboard

console-states-heading = Anfragen nach Stand ({ $total } insgesamt)
console-states-chart = Anfragen nach Stand
console-per-day-heading = Bestätigte Widersprüche pro Tag nach Land ({ $total } in 30 Tagen)
console-per-day-chart = Bestätigte Widersprüche pro Tag nach Land, letzte 30 Tage
console-other-countries = Andere Länder
console-latency-heading = Entscheidungsdauer ({ $count } entschieden in 90 Tagen)
console-latency-chart = Zeit vom Eingang bis zur Entscheidung, letzte 90 Tage (Stunden)
console-latency-caption = Vom Eingang bis zur Entscheidung
console-by-state = Anfragen nach Stand
console-filter-state = Stand
console-filter-any = Beliebig
console-filter-due-within = Fällig innerhalb von (Tagen)
console-filter-overdue = Nur überfällige
console-sort = Sortieren nach
console-sort-due = Fälligkeit, früheste zuerst
console-sort-received = Eingang, älteste zuerst
console-pages = Seiten
console-page-of = Seite { $page } von { $pages }
console-previous = Vorherige Seite
console-next = Nächste Seite
console-next-in-queue = Nächste in der Prüfliste
console-decided-next = Entscheidung gespeichert. Dies ist die nächste Anfrage, die auf eine Entscheidung wartet.
console-days-overdue = { $days ->
        [one] { $days } Tag überfällig
       *[other] { $days } Tage überfällig
    }
console-confirm-decline = Ich bestätige die Ablehnung und den Grund, den die Person lesen wird
console-confirm-decline-missing = Setzen Sie das Häkchen, um die Ablehnung zu bestätigen: Die Person wird sofort benachrichtigt, und die Entscheidung ist hier endgültig.
console-no-data = Noch keine Daten.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = Tg.
console-risk-heading = Gefahr, die Frist zu verpassen ({ $count })
console-risk-none = Keine offene Anfrage ist innerhalb von 7 Tagen fällig.
console-mail = E-Mail
console-mail-counts = { $pending } warten auf den Versand; { $dead } konnten nicht zugestellt werden (unzustellbar).
