### Withhold: Deutsch.

## Dates

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date = { $day }. { $month } { $year }
datetime = { $date }, { $time } Uhr UTC

## Every page

site-tagline = KI-Training und Ihre Informationen
skip-to-content = Zum Inhalt springen
language-switcher = Sprache
footer-about = Über KI-Training und Ihre Informationen
footer-object = Widersprechen
error-title = Fehler: { $title }
error-prefix = Fehler:
field-required = (Pflichtfeld)
field-optional = (freiwillig)
field-required-here = (in Ihrem Land Pflicht)

## The notice

notice-title = Wie wir Informationen für das Training von KI verwenden
notice-heading = Wie wir Informationen für das Training von KI verwenden werden
notice-lead = Ab dem { $date } wird { $operator } einige Informationen verwenden, um seine KI zu entwickeln und zu verbessern. Sie haben das Recht zu widersprechen, und es dauert nur eine Minute.
used-heading = Was verwendet wird
used-posts = Öffentliche Beiträge
used-photos = Fotos und ihre Bildunterschriften
used-ai-messages = Nachrichten, die Sie an unseren KI-Assistenten senden
never-heading = Was nie verwendet wird
never-private-messages = Private Nachrichten mit Freunden und Familie
others-heading = Informationen über Sie, die andere teilen
others-body = Auch wenn Sie widersprechen, können Informationen über Sie in Inhalten erscheinen, die andere Menschen teilen, etwa ein Foto von Ihnen, das jemand anderes veröffentlicht, und diese Inhalte können verwendet werden.
right-heading = Ihr Widerspruchsrecht
right-body = Wenn Sie widersprechen, nehmen wir alles, was Sie verfasst haben, aus jedem KI-Trainingsdatensatz heraus, den wir ab dann erstellen, auch was Sie früher veröffentlicht haben. Sie müssen keinen Grund angeben und können Ihren Widerspruch jederzeit zurücknehmen.
object-button = Der Verwendung Ihrer Informationen für KI widersprechen
availability-nowhere = Das Widerspruchsformular ist derzeit in keinem Land verfügbar.
availability-some = Das Widerspruchsformular ist für Einwohner folgender Länder verfügbar: { $countries }.

## The form

form-title = Der Verwendung Ihrer Informationen für KI widersprechen
form-intro = Sagen Sie uns, wo Sie wohnen, und nennen Sie Ihre E-Mail-Adresse. Wir senden Ihnen einen Code, um zu bestätigen, dass die Adresse Ihnen gehört; vorher wird nichts geprüft.
form-errors-heading =
    { $count ->
        [one] Bitte prüfen Sie diese Angabe
       *[other] Bitte prüfen Sie diese { $count } Angaben
    }
form-country-label = Land, in dem Sie wohnen
form-country-choose = Wählen Sie Ihr Land
form-email-label = E-Mail-Adresse
form-email-hint = Hierhin senden wir einen Bestätigungscode und später unsere Entscheidung.
form-impact-label = Wie betrifft Sie diese Verarbeitung?
form-impact-hint-required = Die Regeln Ihres Landes verlangen diese Angabe.
form-impact-hint-optional = Sie müssen keinen Grund angeben: Ihr Widerspruch wird so oder so beachtet.
form-details-label = Möchten Sie uns noch etwas mitteilen?
form-length-limit = Bis zu { $max } Zeichen.
form-send = Absenden
form-privacy = Wir speichern Ihre Adresse verschlüsselt und verwenden sie nur für diese Anfrage. Private Nachrichten werden nie für das Training von KI verwendet.
form-prefilled = Wir haben Ihre Angaben aus Ihrem persönlichen Link ausgefüllt. Prüfen Sie sie und senden Sie dann das Formular ab.
form-link-expired = Ihr persönlicher Link ist abgelaufen, daher sind Ihre Angaben nicht ausgefüllt. Sie können trotzdem widersprechen: Füllen Sie das Formular unten aus.
form-link-unusable = Wir konnten Ihren persönlichen Link nicht lesen (vielleicht wurde er gekürzt oder verändert), daher sind Ihre Angaben nicht ausgefüllt. Sie können trotzdem widersprechen: Füllen Sie das Formular unten aus.
form-csrf = Zu Ihrer Sicherheit: Bitte prüfen Sie Ihre Angaben und senden Sie das Formular erneut ab.
form-unavailable = Wir konnten Ihren Widerspruch gerade nicht speichern: Unsere Datenbank ist kurz nicht erreichbar, und nichts wurde gespeichert. Ihre Angaben sind noch da; bitte senden Sie das Formular in einer Minute erneut ab.
rate-limited =
    { $minutes ->
        [one] Wir haben in kurzer Zeit mehrere Anfragen von hier erhalten. Bitte warten Sie eine Minute und senden Sie erneut: Was Sie eingegeben haben, bleibt erhalten.
       *[other] Wir haben in kurzer Zeit mehrere Anfragen von hier erhalten. Bitte warten Sie { $minutes } Minuten und senden Sie erneut: Was Sie eingegeben haben, bleibt erhalten.
    }

## What is wrong with a field

error-country-required = Wählen Sie das Land, in dem Sie wohnen.
error-country-invalid = Wählen Sie Ihr Land aus der Liste.
error-country-unavailable-nowhere = Das Widerspruchsformular ist für Einwohner von { $country } nicht verfügbar, und derzeit auch nirgendwo sonst.
error-country-unavailable-except = Das Widerspruchsformular ist für Einwohner von { $country } nicht verfügbar. Es ist für Einwohner aller Länder verfügbar außer: { $countries }.
error-country-unavailable-only = Das Widerspruchsformular ist für Einwohner von { $country } nicht verfügbar. Es ist für Einwohner folgender Länder verfügbar: { $countries }.
error-email-missing = Geben Sie Ihre E-Mail-Adresse ein.
error-email-too-long = Eine E-Mail-Adresse ist höchstens 254 Zeichen lang.
error-email-missing-at = Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain, etwa name@example.com.
error-email-local-too-long = Der Teil vor dem @ ist höchstens 64 Zeichen lang.
error-email-local-invalid = Der Teil vor dem @ enthält ein Zeichen oder einen Punkt, den E-Mail-Adressen nicht verwenden können.
error-email-domain-invalid = Der Teil nach dem @ ist keine gültige Domain wie example.com.
error-impact-required = In Ihrem Land ist diese Angabe Pflicht: Sagen Sie uns, wie die Verarbeitung Sie betrifft.
error-too-long = Das sind { $actual } Zeichen; die Grenze liegt bei { $max }.

## When what the browser sent cannot be read

unreadable-heading = Das konnten wir nicht lesen
unreadable-too-large = Was Sie gesendet haben, ist größer, als wir annehmen. Bitte kürzen Sie es und versuchen Sie es erneut.
unreadable-body = Wir konnten nicht lesen, was Ihr Browser gesendet hat. Bitte gehen Sie zurück und versuchen Sie es erneut.
back-to-form = Zurück zum Formular

## Confirming the address

confirm-title = Bestätigen Sie Ihre E-Mail-Adresse
confirm-heading = Sehen Sie in Ihr Postfach
confirm-intro = Wir haben einen { $digits }-stelligen Code an die angegebene Adresse gesendet. Geben Sie ihn hier ein, um Ihren Widerspruch zu bestätigen. Der Code gilt { $minutes } Minuten.
confirm-code-label = Bestätigungscode
confirm-button = Bestätigen
confirm-no-email = Keine E-Mail? Sehen Sie im Spam-Ordner nach oder fordern Sie einen neuen Code an. Ein neuer Code ersetzt den alten.
confirm-resend-button = Neuen Code senden
confirm-wrong-address = Falsche Adresse? Beginnen Sie mit der richtigen neu.
start-again = Neu beginnen
code-csrf = Zu Ihrer Sicherheit: Bitte geben Sie den Code erneut ein.
code-missing = Geben Sie den 6-stelligen Code aus der E-Mail ein.
code-malformed = Der Code hat 6 Ziffern, etwa 123456. Sehen Sie in der E-Mail nach und geben Sie ihn erneut ein.
code-wrong =
    { $left ->
        [one] Dieser Code stimmt nicht. Sehen Sie in unserer neuesten E-Mail nach und versuchen Sie es erneut (noch 1 Versuch).
       *[other] Dieser Code stimmt nicht. Sehen Sie in unserer neuesten E-Mail nach und versuchen Sie es erneut (noch { $left } Versuche).
    }
code-locked = Der Code war zu oft falsch, daher haben wir diese Anfrage zu Ihrer Sicherheit geschlossen. Bitte beginnen Sie neu: Es dauert nur eine Minute.
code-expired = Dieser Code ist abgelaufen. Lassen Sie sich mit der Schaltfläche unten einen neuen Code senden und geben Sie ihn dann hier ein.
resend-csrf = Zu Ihrer Sicherheit: Bitte drücken Sie noch einmal auf „Neuen Code senden“.
resend-sent = Wir haben Ihnen einen neuen Code gesendet. Frühere Codes gelten nicht mehr.
resend-too-many =
    { $minutes ->
        [one] Wir haben in der letzten Stunde schon { $count } neue Codes gesendet. Einen weiteren können Sie in einer Minute anfordern. Ihr neuester Code gilt, bis er abläuft.
       *[other] Wir haben in der letzten Stunde schon { $count } neue Codes gesendet. Einen weiteren können Sie in { $minutes } Minuten anfordern. Ihr neuester Code gilt, bis er abläuft.
    }

## Requests that cannot be shown

not-found-heading = Wir finden diese Anfrage nicht
not-found-body = Der Link ist vielleicht unvollständig. Verwenden Sie den neuesten Link aus unseren E-Mails oder beginnen Sie einen neuen Widerspruch.
closed-heading = Diese Anfrage ist geschlossen
closed-body = Sie wurde nicht rechtzeitig bestätigt, oder ein falscher Code wurde zu oft eingegeben. Sie können einen neuen Widerspruch beginnen: Es dauert nur eine Minute.
already-confirmed-heading = Diese E-Mail-Adresse ist bereits bestätigt
already-confirmed-body = Hier ist nichts mehr zu tun. Der Link in unseren E-Mails zeigt den Stand und Verlauf Ihrer Anfrage.
start-new-objection = Neuen Widerspruch beginnen
page-not-found-heading = Seite nicht gefunden
page-not-found-body = Unter dieser Adresse gibt es nichts.
go-to-start = Zur Startseite
error-heading = Bei uns ist etwas schiefgegangen
error-body = Ihre Anfrage wurde nicht ausgeführt. Bitte gehen Sie zurück und versuchen Sie es erneut; wenn es wieder passiert, versuchen Sie es später noch einmal.
unavailable-heading = Wir können gerade keine Anfragen annehmen
unavailable-body = Unsere Datenbank ist kurz nicht erreichbar. Nichts von dem, was Sie gesendet haben, ging verloren oder wurde halb gespeichert: Bitte gehen Sie zurück und senden Sie es in einer Minute erneut.

## The status page

status-title = Ihr Widerspruch
status-label = Stand
status-meaning = Was das bedeutet
status-email = E-Mail-Adresse
status-country = Land, in dem Sie wohnen
status-received = Eingegangen
status-excluded-since = Vom KI-Training ausgeschlossen seit
status-answer-by = Wir müssen antworten bis
status-decided-by = Entschieden nach
status-reason = Grund
status-what-you-can-do = Was Sie tun können
status-pending = Wartet auf die Bestätigung Ihrer E-Mail-Adresse
status-pending-meaning = Geben Sie den Code ein, den wir Ihnen gesendet haben. Vorher wird nichts geprüft.
status-verified = Bestätigt, wird entschieden
status-verified-meaning = Ihre Informationen sind bereits vom KI-Training ausgeschlossen, während wir entscheiden.
status-review = Wird von einem Menschen geprüft
status-review-meaning = Ihre Informationen sind bereits vom KI-Training ausgeschlossen, während ein Mensch Ihren Widerspruch prüft. Wir antworten bis zum { $due }.
status-honored = Stattgegeben
status-honored-meaning = Gilt für die Zukunft: Jeder KI-Trainingsdatensatz, den wir erstellen, schließt die Inhalte aus, die Sie verfasst haben (öffentliche Beiträge, Fotos und ihre Bildunterschriften, Nachrichten an unseren KI-Assistenten), auch was Sie früher veröffentlicht haben. Private Nachrichten werden nie verwendet. Informationen über Sie können weiterhin in Inhalten erscheinen, die andere teilen.
status-declined = Abgelehnt
status-declined-meaning = Ihr Widerspruch wurde abgelehnt. Den Grund und was Sie tun können, finden Sie unten.
status-withdrawn = Zurückgenommen
status-withdrawn-meaning = Sie haben Ihren Widerspruch zurückgenommen. Datensätze, die ab dann erstellt werden, können Ihre Inhalte enthalten; Datensätze, die erstellt wurden, solange er galt, bleiben ohne sie.
status-closed = Geschlossen
status-closed-meaning = Diese Anfrage wurde geschlossen, ohne dass die E-Mail-Adresse bestätigt wurde. Sie können jederzeit erneut widersprechen.
status-notice-confirmed = Danke: Ihre E-Mail-Adresse ist bestätigt.
status-notice-already = Für Sie gilt bereits ein Widerspruch, daher haben wir keinen zweiten eröffnet. Hier ist er.
status-notice-withdrawn = Ihr Widerspruch ist zurückgenommen. Wir haben Ihnen eine Bestätigung gemailt.
withdraw-button = Meinen Widerspruch zurücknehmen
object-again = Erneut widersprechen
timeline-heading = Verlauf
status-keep-private = Halten Sie den Link zu dieser Seite geheim: Wer ihn hat, kann diese Seite sehen und Ihren Widerspruch zurücknehmen.

## The timeline

event-received = Wir haben Ihren Widerspruch erhalten.
event-code-sent = Wir haben Ihnen einen Bestätigungscode gemailt.
event-code-resent = Wir haben Ihnen einen neuen Bestätigungscode gemailt.
event-code-rejected = Ein falscher Bestätigungscode wurde eingegeben.
event-verified = Sie haben Ihre E-Mail-Adresse bestätigt. Ab diesem Moment sind Ihre Informationen vom KI-Training ausgeschlossen.
event-honored = Ihrem Widerspruch wurde stattgegeben, mit Wirkung für die Zukunft. Regel: { $rule }.
event-sent-to-review = Ihr Widerspruch wurde einem Menschen zur Prüfung übergeben: { $reason }.
review-reason-form-closed = das Widerspruchsformular wird dort, wo Sie wohnen, nicht mehr angeboten; deshalb entscheidet ein Mensch
review-reason-always = in Ihrer Rechtsordnung sieht sich ein Mensch jeden Widerspruch an
review-reason-statement = ein Mensch liest Ihre Angaben, bevor entschieden wird
event-declined = Ihr Widerspruch wurde abgelehnt.
event-withdrawn = Sie haben Ihren Widerspruch zurückgenommen.
event-expired-wrong-codes = Die Anfrage wurde nach zu vielen falschen Codes geschlossen.
event-expired-unconfirmed = Die Anfrage wurde geschlossen, weil die E-Mail-Adresse nicht rechtzeitig bestätigt wurde.
event-repeat-confirmed = Sie haben eine neue Anfrage bestätigt; dieser Widerspruch galt bereits, daher wurde kein zweiter eröffnet.
event-deadline-extended = Wir haben die Frist für unsere Entscheidung bis zum { $due } verlängert. Warum: { $reason }
event-other = Mit Ihrer Anfrage ist etwas anderes geschehen.

## Withdrawing

withdraw-title = Ihren Widerspruch zurücknehmen
withdraw-heading = Ihren Widerspruch zurücknehmen?
withdraw-body = Wenn Sie ihn zurücknehmen, können KI-Trainingsdatensätze, die wir ab jetzt erstellen, Inhalte enthalten, die Sie verfasst haben: öffentliche Beiträge, Fotos und ihre Bildunterschriften sowie Nachrichten an unseren KI-Assistenten. Datensätze, die erstellt wurden, solange Ihr Widerspruch galt, bleiben ohne sie. Private Nachrichten werden nie verwendet.
withdraw-again = Sie können jederzeit erneut widersprechen.
keep-objection = Meinen Widerspruch behalten

## Email: shared

mail-hello = Guten Tag,
mail-footer = Diese Nachricht wurde automatisch von { $operator } gesendet. Antworten darauf werden nicht gelesen.
mail-receipt = Eine von { $operator } signierte Quittung dieser Entscheidung ist angehängt ({ $file }). Bewahren Sie sie auf: Sie belegt, was wann entschieden wurde. Jeder kann sie mit unserem öffentlichen Schlüssel prüfen unter
mail-follow = Verfolgen Sie Ihre Anfrage hier:
mail-timeline = Den ganzen Verlauf sehen Sie hier:

## Email: the confirmation code

mail-code-subject = Ihr Bestätigungscode für { $operator }
mail-code-intro = Jemand (hoffentlich Sie) hat { $operator } gebeten, Informationen über ihn nicht für das Training von KI zu verwenden, und diese E-Mail-Adresse angegeben.
mail-code-code = Ihr Bestätigungscode lautet: { $code }
mail-code-where = Geben Sie ihn auf der Seite ein, auf der Sie die Anfrage gestellt haben. Er gilt { $minutes } Minuten.
mail-code-ignore = Wenn Sie es nicht waren, können Sie diese E-Mail ignorieren: Ohne den Code geschieht nichts.
mail-code-enter-here = Sie können ihn auch hier eingeben:

## Email: honored

mail-honored-subject = Ihrem Widerspruch gegen KI-Training wurde stattgegeben
mail-honored-intro = Ihrem Widerspruch dagegen, dass { $operator } Ihre Informationen für das Training von KI verwendet, wurde stattgegeben.
mail-honored-means = Was das bedeutet, mit Wirkung für die Zukunft:
mail-honored-datasets = Jeder KI-Trainingsdatensatz, den wir ab jetzt erstellen, schließt Inhalte aus, die Sie verfasst haben: Ihre öffentlichen Beiträge, Ihre Fotos und deren Bildunterschriften und die Nachrichten, die Sie an unseren KI-Assistenten senden. Das gilt auch für das, was Sie vor heute veröffentlicht haben.
mail-honored-since = Das gilt, seit Sie Ihre E-Mail-Adresse am { $date } bestätigt haben.
mail-honored-private = Private Nachrichten mit Freunden und Familie werden nie für das Training von KI verwendet, mit oder ohne Widerspruch.
mail-honored-others = Informationen über Sie können weiterhin in Inhalten erscheinen, die andere Menschen teilen.
mail-honored-how = Wie entschieden wurde: { $basis } (Regel { $rule }).
mail-honored-link = Den ganzen Verlauf sehen oder Ihren Widerspruch zurücknehmen können Sie hier:

## Email: sent to review

mail-review-subject = Ihr Widerspruch gegen KI-Training wird geprüft
mail-review-intro = Danke, dass Sie Ihre E-Mail-Adresse bestätigt haben. Ein Mensch bei { $operator } wird Ihren Widerspruch gegen die Verwendung Ihrer Informationen für das Training von KI prüfen.
mail-review-excluded = Während der Prüfung sind Ihre Informationen bereits vom KI-Training ausgeschlossen (seit dem { $date }).
mail-review-why = Warum ein Mensch prüft: { $reason }
mail-review-due = Sie erhalten unsere Antwort spätestens am { $due }.

## Email: declined

mail-declined-subject = Die Entscheidung über Ihren Widerspruch gegen KI-Training
mail-declined-intro = { $operator } hat Ihren Widerspruch gegen die Verwendung Ihrer Informationen für das Training von KI geprüft und abgelehnt.
mail-declined-reason = Der Grund: { $reason }
mail-declined-used-again = Ihre Informationen werden ab dem { $date } wieder für das Training von KI verwendet.
mail-declined-complain = Was Sie tun können: { $complaint }
mail-object-again = Sie können auch jederzeit erneut widersprechen: { $url }

## Email: withdrawn

mail-withdrawn-subject = Sie haben Ihren Widerspruch gegen KI-Training zurückgenommen
mail-withdrawn-intro = Sie haben Ihren Widerspruch dagegen zurückgenommen, dass { $operator } Ihre Informationen für das Training von KI verwendet.
mail-withdrawn-forward = Für die Zukunft gilt: KI-Trainingsdatensätze, die ab dem { $date } erstellt werden, können Inhalte enthalten, die Sie verfasst haben. Datensätze, die erstellt wurden, solange Ihr Widerspruch galt, bleiben ohne sie. Private Nachrichten werden nie verwendet.
mail-withdrawn-again = Sie können jederzeit erneut widersprechen: { $url }
mail-withdrawn-not-you = Wenn Sie Ihren Widerspruch nicht zurückgenommen haben, widersprechen Sie unter der obigen Adresse erneut und teilen Sie es uns im Formular mit.

## Email: deadline extended

mail-extended-subject = Wir brauchen mehr Zeit für die Entscheidung über Ihren Widerspruch
mail-extended-intro = Wir brauchen mehr Zeit, um über Ihren Widerspruch gegen die Verwendung Ihrer Informationen für das Training von KI zu entscheiden. Unsere Antwort erreicht Sie nun spätestens am { $due } (vorher war es der { $was }).
mail-extended-why = Warum wir mehr Zeit brauchen: { $reason }
mail-extended-excluded = Ihre Informationen bleiben vom KI-Training ausgeschlossen, während wir entscheiden.
mail-extended-law = Das Gesetz erlaubt diese Verlängerung einmal, um bis zu zwei Monate, wenn eine Anfrage komplex ist oder viele Anfragen auf einmal eingehen; wir müssen es Ihnen innerhalb des ersten Monats mitteilen, wie wir es jetzt tun. Wenn Sie nicht einverstanden sind, können Sie sich bei einer Aufsichtsbehörde beschweren: { $complaint }

## Email: the notice

mail-notice-subject = Wie { $operator } Informationen für das Training von KI verwenden wird, und Ihr Widerspruchsrecht
mail-notice-intro = Ab dem { $date } wird { $operator } einige Informationen verwenden, um seine KI zu entwickeln und zu verbessern.
mail-notice-used = Was verwendet wird:
mail-notice-never = Was nie verwendet wird:
mail-notice-right = Sie haben das Recht zu widersprechen. Es dauert eine Minute, Sie müssen keinen Grund angeben, und Sie können Ihren Widerspruch jederzeit zurücknehmen. Wenn Sie widersprechen, bleibt alles, was Sie verfasst haben, aus jedem KI-Trainingsdatensatz heraus, den wir ab dann erstellen, auch was Sie früher veröffentlicht haben.
mail-notice-link = Widersprechen Sie mit Ihrem persönlichen Link (er füllt Ihre Angaben aus; er gilt bis zum { $expires }):
mail-notice-form = Oder verwenden Sie das Formular ohne ihn: { $url }
mail-notice-others = Auch wenn Sie widersprechen, können Informationen über Sie in Inhalten erscheinen, die andere Menschen teilen, etwa ein Foto von Ihnen, das jemand anderes veröffentlicht.
