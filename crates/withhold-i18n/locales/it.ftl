### Withhold: italiano.

## Dates

month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
date = { $day } { $month } { $year }
datetime = { $date }, { $time } UTC

## Every page

site-tagline = L’addestramento dell’IA e le tue informazioni
skip-to-content = Vai al contenuto
language-switcher = Lingua
footer-about = Sull’addestramento dell’IA e le tue informazioni
footer-object = Opporti
error-title = Errore: { $title }
error-prefix = Errore:
field-required = (obbligatorio)
field-optional = (facoltativo)
field-required-here = (obbligatorio dove vivi)

## The notice

notice-title = Come usiamo le informazioni per addestrare l’IA
notice-heading = Come useremo le informazioni per addestrare l’IA
notice-lead = Dal { $date }, { $operator } userà alcune informazioni per sviluppare e migliorare la propria IA. Hai il diritto di opporti, e ci vuole un minuto.
used-heading = Cosa verrà usato
used-posts = Post pubblici
used-photos = Foto e relative didascalie
used-ai-messages = Messaggi che invii al nostro assistente IA
never-heading = Cosa non viene mai usato
never-private-messages = Messaggi privati con amici e familiari
others-heading = Informazioni su di te condivise da altri
others-body = Anche se ti opponi, informazioni su di te possono comparire in contenuti condivisi da altre persone, come una tua foto pubblicata da qualcun altro, e quei contenuti possono essere usati.
right-heading = Il tuo diritto di opposizione
right-body = Se ti opponi, escludiamo tutto ciò che hai scritto da ogni set di dati per l’addestramento dell’IA che creiamo da quel momento, compreso ciò che hai pubblicato prima. Non devi dare una motivazione e puoi ritirare la tua opposizione in qualsiasi momento.
object-button = Opporti all’uso delle tue informazioni per l’IA
availability-nowhere = Il modulo di opposizione al momento non è disponibile in nessun paese.
availability-some = Il modulo di opposizione è disponibile per i residenti di: { $countries }.

## The form

form-title = Opporti all’uso delle tue informazioni per l’IA
form-intro = Dicci dove vivi e il tuo indirizzo email. Ti invieremo un codice per confermare che l’indirizzo è tuo; prima di allora non viene esaminato nulla.
form-errors-heading =
    { $count ->
        [one] Controlla questo punto
        [many] Controlla questi { $count } punti
       *[other] Controlla questi { $count } punti
    }
form-country-label = Paese di residenza
form-country-choose = Scegli il tuo paese
form-email-label = Indirizzo email
form-email-hint = Qui ti inviamo un codice di conferma e, più avanti, la nostra decisione.
form-impact-label = In che modo ti riguarda questo trattamento?
form-impact-hint-required = Le regole del tuo paese lo richiedono.
form-impact-hint-optional = Non devi dare una motivazione: la tua opposizione viene rispettata comunque.
form-details-label = Vuoi dirci altro?
form-length-limit = Fino a { $max } caratteri.
form-send = Invia
form-privacy = Conserviamo il tuo indirizzo cifrato e lo usiamo solo per questa richiesta. I messaggi privati non vengono mai usati per addestrare l’IA.
form-prefilled = Abbiamo compilato i tuoi dati dal tuo link personale. Controllali, poi invia il modulo.
form-link-expired = Il tuo link personale è scaduto, quindi i tuoi dati non sono compilati. Puoi comunque opporti: compila il modulo qui sotto.
form-link-unusable = Non siamo riusciti a leggere il tuo link personale (potrebbe essere stato tagliato o modificato), quindi i tuoi dati non sono compilati. Puoi comunque opporti: compila il modulo qui sotto.
form-csrf = Per la tua sicurezza, controlla le risposte e invia di nuovo il modulo.
form-unavailable = Non siamo riusciti a salvare la tua opposizione in questo momento: il nostro database è brevemente non disponibile e non è stato salvato nulla. Le tue risposte sono ancora qui; invia di nuovo il modulo tra un minuto.
rate-limited =
    { $minutes ->
        [one] Abbiamo ricevuto diverse richieste da qui in poco tempo. Attendi un minuto e invia di nuovo: ciò che hai scritto viene conservato.
        [many] Abbiamo ricevuto diverse richieste da qui in poco tempo. Attendi { $minutes } minuti e invia di nuovo: ciò che hai scritto viene conservato.
       *[other] Abbiamo ricevuto diverse richieste da qui in poco tempo. Attendi { $minutes } minuti e invia di nuovo: ciò che hai scritto viene conservato.
    }

## What is wrong with a field

error-country-required = Scegli il tuo paese di residenza.
error-country-invalid = Scegli il tuo paese dall’elenco.
error-country-unavailable-nowhere = Il modulo di opposizione non è disponibile per i residenti di { $country }, né altrove al momento.
error-country-unavailable-except = Il modulo di opposizione non è disponibile per i residenti di { $country }. È disponibile per i residenti di tutti i paesi tranne: { $countries }.
error-country-unavailable-only = Il modulo di opposizione non è disponibile per i residenti di { $country }. È disponibile per i residenti di: { $countries }.
error-email-missing = Inserisci il tuo indirizzo email.
error-email-too-long = Un indirizzo email è lungo al massimo 254 caratteri.
error-email-missing-at = Un indirizzo email ha una @ tra il nome e il dominio, come nome@example.com.
error-email-local-too-long = La parte prima della @ è lunga al massimo 64 caratteri.
error-email-local-invalid = La parte prima della @ contiene un carattere o un punto che gli indirizzi email non possono usare.
error-email-domain-invalid = La parte dopo la @ non è un dominio valido, come example.com.
error-impact-required = Nel tuo paese è obbligatorio: dicci in che modo il trattamento ti riguarda.
error-too-long = Questo testo è lungo { $actual } caratteri; il limite è { $max }.

## When what the browser sent cannot be read

unreadable-heading = Non siamo riusciti a leggerlo
unreadable-too-large = Ciò che hai inviato è più grande di quanto accettiamo. Accorcialo e riprova.
unreadable-body = Non siamo riusciti a leggere ciò che il tuo browser ha inviato. Torna indietro e riprova.
back-to-form = Torna al modulo

## Confirming the address

confirm-title = Conferma il tuo indirizzo email
confirm-heading = Controlla la tua email
confirm-intro = Abbiamo inviato un codice di { $digits } cifre all’indirizzo che hai indicato. Inseriscilo qui per confermare la tua opposizione. Il codice vale { $minutes } minuti.
confirm-code-label = Codice di conferma
confirm-button = Conferma
confirm-no-email = Nessuna email? Controlla la cartella spam, oppure chiedi un nuovo codice. Un nuovo codice sostituisce quello vecchio.
confirm-resend-button = Invia un nuovo codice
confirm-wrong-address = Indirizzo sbagliato? Ricomincia con quello giusto.
start-again = Ricomincia
code-csrf = Per la tua sicurezza, inserisci di nuovo il codice.
code-missing = Inserisci il codice di 6 cifre ricevuto via email.
code-malformed = Il codice ha 6 cifre, come 123456. Controlla l’email e inseriscilo di nuovo.
code-wrong =
    { $left ->
        [one] Il codice non è corretto. Controlla la nostra ultima email e riprova (resta 1 tentativo).
        [many] Il codice non è corretto. Controlla la nostra ultima email e riprova (restano { $left } tentativi).
       *[other] Il codice non è corretto. Controlla la nostra ultima email e riprova (restano { $left } tentativi).
    }
code-locked = Il codice è stato sbagliato troppe volte, quindi per la tua sicurezza abbiamo chiuso questa richiesta. Ricomincia: ci vuole un minuto.
code-expired = Questo codice è scaduto. Chiedi un nuovo codice con il pulsante qui sotto, poi inseriscilo qui.
resend-csrf = Per la tua sicurezza, premi di nuovo «Invia un nuovo codice».
resend-sent = Ti abbiamo inviato un nuovo codice. I codici inviati prima non funzionano più.
resend-too-many =
    { $minutes ->
        [one] Abbiamo già inviato { $count } nuovi codici nell’ultima ora. Potrai chiederne un altro tra un minuto. Il tuo ultimo codice funziona fino alla scadenza.
        [many] Abbiamo già inviato { $count } nuovi codici nell’ultima ora. Potrai chiederne un altro tra { $minutes } minuti. Il tuo ultimo codice funziona fino alla scadenza.
       *[other] Abbiamo già inviato { $count } nuovi codici nell’ultima ora. Potrai chiederne un altro tra { $minutes } minuti. Il tuo ultimo codice funziona fino alla scadenza.
    }

## Requests that cannot be shown

not-found-heading = Non troviamo questa richiesta
not-found-body = Il link potrebbe essere incompleto. Usa il link più recente delle nostre email, oppure avvia una nuova opposizione.
closed-heading = Questa richiesta è chiusa
closed-body = Non è stata confermata in tempo, oppure è stato inserito troppe volte un codice sbagliato. Puoi avviare una nuova opposizione: ci vuole un minuto.
already-confirmed-heading = Questo indirizzo email è già confermato
already-confirmed-body = Qui non c’è altro da fare. Il link nelle nostre email mostra lo stato e la cronologia della tua richiesta.
start-new-objection = Avvia una nuova opposizione
page-not-found-heading = Pagina non trovata
page-not-found-body = A questo indirizzo non c’è nulla.
go-to-start = Vai alla pagina iniziale
error-heading = Qualcosa è andato storto da parte nostra
error-body = La tua richiesta non è stata completata. Torna indietro e riprova; se succede ancora, riprova più tardi.
unavailable-heading = Al momento non possiamo accettare richieste
unavailable-body = Il nostro database è brevemente non disponibile. Nulla di ciò che hai inviato è andato perso o è stato salvato a metà: torna indietro e invia di nuovo tra un minuto.

## The status page

status-title = La tua opposizione
status-label = Stato
status-meaning = Cosa significa
status-email = Indirizzo email
status-country = Paese di residenza
status-received = Ricevuta
status-excluded-since = Esclusa dall’addestramento dell’IA dal
status-answer-by = Dobbiamo rispondere entro il
status-decided-by = Decisa in base a
status-reason = Motivazione
status-what-you-can-do = Cosa puoi fare
status-pending = In attesa della conferma del tuo indirizzo email
status-pending-meaning = Inserisci il codice che ti abbiamo inviato via email. Prima di allora non viene esaminato nulla.
status-verified = Confermata, in attesa di decisione
status-verified-meaning = Le tue informazioni sono già escluse dall’addestramento dell’IA mentre decidiamo.
status-review = In esame da parte di una persona
status-review-meaning = Le tue informazioni sono già escluse dall’addestramento dell’IA mentre una persona esamina la tua opposizione. Risponderemo entro il { $due }.
status-honored = Accolta
status-honored-meaning = Applicata da ora in avanti: ogni set di dati per l’addestramento dell’IA che creiamo esclude i contenuti che hai scritto (post pubblici, foto e relative didascalie, messaggi al nostro assistente IA), compreso ciò che hai pubblicato prima. I messaggi privati non vengono mai usati. Informazioni su di te possono ancora comparire in contenuti condivisi da altri.
status-declined = Respinta
status-declined-meaning = La tua opposizione è stata respinta. La motivazione e cosa puoi fare sono qui sotto.
status-withdrawn = Ritirata
status-withdrawn-meaning = Hai ritirato la tua opposizione. I set di dati creati da allora possono includere contenuti che hai scritto; quelli creati mentre era in vigore restano senza.
status-closed = Chiusa
status-closed-meaning = Questa richiesta è stata chiusa senza che l’indirizzo email fosse confermato. Puoi opporti di nuovo in qualsiasi momento.
status-notice-confirmed = Grazie: il tuo indirizzo email è confermato.
status-notice-already = Hai già un’opposizione in vigore, quindi non ne abbiamo aperta una seconda. Eccola.
status-notice-withdrawn = La tua opposizione è ritirata. Ti abbiamo inviato una conferma via email.
withdraw-button = Ritira la mia opposizione
object-again = Opponiti di nuovo
timeline-heading = Cronologia
status-keep-private = Tieni privato il link a questa pagina: chiunque lo abbia può vedere questa pagina e ritirare la tua opposizione.

## The timeline

event-received = Abbiamo ricevuto la tua opposizione.
event-code-sent = Ti abbiamo inviato un codice di conferma via email.
event-code-resent = Ti abbiamo inviato un nuovo codice di conferma via email.
event-code-rejected = È stato inserito un codice di conferma sbagliato.
event-verified = Hai confermato il tuo indirizzo email. Da questo momento le tue informazioni sono escluse dall’addestramento dell’IA.
event-honored = La tua opposizione è stata accolta, applicata da ora in avanti. Regola: { $rule }.
event-sent-to-review = La tua opposizione è stata passata a una persona per l’esame: { $reason }.
review-reason-form-closed = il modulo di opposizione non è più disponibile dove vivi, quindi decide una persona
review-reason-always = nella tua giurisdizione una persona esamina ogni opposizione
review-reason-statement = una persona legge quello che hai scritto prima di decidere
event-declined = La tua opposizione è stata respinta.
event-withdrawn = Hai ritirato la tua opposizione.
event-expired-wrong-codes = La richiesta è stata chiusa dopo troppi codici sbagliati.
event-expired-unconfirmed = La richiesta è stata chiusa perché l’indirizzo email non è stato confermato in tempo.
event-repeat-confirmed = Hai confermato una nuova richiesta; questa opposizione era già in vigore, quindi non ne è stata aperta una seconda.
event-deadline-extended = Abbiamo prorogato il termine della nostra decisione al { $due }. Perché: { $reason }
event-other = È successo qualcos’altro alla tua richiesta.

## Withdrawing

withdraw-title = Ritira la tua opposizione
withdraw-heading = Ritirare la tua opposizione?
withdraw-body = Se la ritiri, i set di dati per l’addestramento dell’IA che creeremo da ora in poi potranno includere contenuti che hai scritto: post pubblici, foto e relative didascalie, e messaggi al nostro assistente IA. I set di dati creati mentre la tua opposizione era in vigore restano senza. I messaggi privati non vengono mai usati.
withdraw-again = Puoi opporti di nuovo in qualsiasi momento.
keep-objection = Mantieni la mia opposizione

## Email: shared

mail-hello = Salve,
mail-footer = Questo messaggio è stato inviato automaticamente da { $operator }. Le risposte non vengono lette.
mail-receipt = In allegato trovi una ricevuta di questa decisione firmata da { $operator } ({ $file }). Conservala: dimostra cosa è stato deciso e quando. Chiunque può verificarla con la nostra chiave pubblica all’indirizzo
mail-follow = Segui la tua richiesta qui:
mail-timeline = Vedi tutta la cronologia qui:

## Email: the confirmation code

mail-code-subject = Il tuo codice di conferma per { $operator }
mail-code-intro = Qualcuno (speriamo tu) ha chiesto a { $operator } di non usare informazioni che lo riguardano per addestrare l’IA, e ha indicato questo indirizzo email.
mail-code-code = Il tuo codice di conferma è: { $code }
mail-code-where = Inseriscilo nella pagina in cui hai fatto la richiesta. Vale { $minutes } minuti.
mail-code-ignore = Se non sei stato tu, puoi ignorare questa email: non succede nulla finché il codice non viene inserito.
mail-code-enter-here = Puoi anche inserirlo qui:

## Email: honored

mail-honored-subject = La tua opposizione all’addestramento dell’IA è stata accolta
mail-honored-intro = La tua opposizione all’uso delle tue informazioni da parte di { $operator } per addestrare l’IA è stata accolta.
mail-honored-means = Cosa significa, da ora in avanti:
mail-honored-datasets = Ogni set di dati per l’addestramento dell’IA che creeremo da ora in poi esclude i contenuti che hai scritto: i tuoi post pubblici, le tue foto e relative didascalie, e i messaggi che invii al nostro assistente IA. Questo include ciò che hai pubblicato prima di oggi.
mail-honored-since = Si applica da quando hai confermato il tuo indirizzo email il { $date }.
mail-honored-private = I messaggi privati con amici e familiari non vengono mai usati per addestrare l’IA, con o senza opposizione.
mail-honored-others = Informazioni su di te possono ancora comparire in contenuti condivisi da altre persone.
mail-honored-how = Come è stato deciso: { $basis } (regola { $rule }).
mail-honored-link = Vedi tutta la cronologia, o ritira la tua opposizione, qui:

## Email: sent to review

mail-review-subject = La tua opposizione all’addestramento dell’IA è in esame
mail-review-intro = Grazie per aver confermato il tuo indirizzo email. Una persona di { $operator } esaminerà la tua opposizione all’uso delle tue informazioni per addestrare l’IA.
mail-review-excluded = Durante l’esame, le tue informazioni sono già escluse dall’addestramento dell’IA (dal { $date }).
mail-review-why = Perché la esamina una persona: { $reason }
mail-review-due = Riceverai la nostra risposta entro il { $due }.

## Email: declined

mail-declined-subject = La decisione sulla tua opposizione all’addestramento dell’IA
mail-declined-intro = { $operator } ha esaminato la tua opposizione all’uso delle tue informazioni per addestrare l’IA e l’ha respinta.
mail-declined-reason = La motivazione: { $reason }
mail-declined-used-again = Le tue informazioni vengono di nuovo usate per addestrare l’IA dal { $date }.
mail-declined-complain = Cosa puoi fare: { $complaint }
mail-object-again = Puoi anche opporti di nuovo in qualsiasi momento: { $url }

## Email: withdrawn

mail-withdrawn-subject = Hai ritirato la tua opposizione all’addestramento dell’IA
mail-withdrawn-intro = Hai ritirato la tua opposizione all’uso delle tue informazioni da parte di { $operator } per addestrare l’IA.
mail-withdrawn-forward = Da ora in avanti, i set di dati per l’addestramento dell’IA creati dal { $date } potranno includere contenuti che hai scritto. Quelli creati mentre la tua opposizione era in vigore restano senza. I messaggi privati non vengono mai usati.
mail-withdrawn-again = Puoi opporti di nuovo in qualsiasi momento: { $url }
mail-withdrawn-not-you = Se non hai ritirato tu la tua opposizione, opponiti di nuovo all’indirizzo qui sopra e diccelo nel modulo.

## Email: deadline extended

mail-extended-subject = Ci serve più tempo per decidere sulla tua opposizione
mail-extended-intro = Ci serve più tempo per decidere sulla tua opposizione all’uso delle tue informazioni per addestrare l’IA. La nostra risposta ti arriverà ora entro il { $due } (la scadenza era il { $was }).
mail-extended-why = Perché ci serve più tempo: { $reason }
mail-extended-excluded = Le tue informazioni restano escluse dall’addestramento dell’IA mentre decidiamo.
mail-extended-law = La legge consente questa proroga una volta, fino a due mesi, quando una richiesta è complessa o ne arrivano molte insieme; dobbiamo dirtelo entro il primo mese, come facciamo ora. Se non sei d’accordo, puoi presentare reclamo a un’autorità di controllo: { $complaint }

## Email: the notice

mail-notice-subject = Come { $operator } userà le informazioni per addestrare l’IA, e il tuo diritto di opposizione
mail-notice-intro = Dal { $date }, { $operator } userà alcune informazioni per sviluppare e migliorare la propria IA.
mail-notice-used = Cosa verrà usato:
mail-notice-never = Cosa non viene mai usato:
mail-notice-right = Hai il diritto di opporti. Ci vuole un minuto, non devi dare una motivazione e puoi ritirare la tua opposizione in qualsiasi momento. Se ti opponi, tutto ciò che hai scritto resta fuori da ogni set di dati per l’addestramento dell’IA che creiamo da quel momento, compreso ciò che hai pubblicato prima.
mail-notice-link = Opponiti con il tuo link personale (compila i tuoi dati; vale fino al { $expires }):
mail-notice-form = Oppure usa il modulo senza link: { $url }
mail-notice-others = Anche se ti opponi, informazioni su di te possono comparire in contenuti condivisi da altre persone, come una tua foto pubblicata da qualcun altro.
