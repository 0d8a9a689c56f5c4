### Withhold: română. Toate celelalte cataloage au exact aceleași identificatori de mesaje
### (verificați de crates/withhold-i18n/tests/catalogues.rs).

## Date calendaristice

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date = { $day } { $month } { $year }
datetime = { $date }, ora { $time } UTC

## Pe fiecare pagină

site-tagline = Antrenarea IA și informațiile dvs.
skip-to-content = Salt la conținut
language-switcher = Limbă
footer-about = Despre antrenarea IA și informațiile dvs.
footer-object = Trimiteți o obiecție
error-title = Eroare: { $title }
error-prefix = Eroare:
field-required = (obligatoriu)
field-optional = (opțional)
field-required-here = (obligatoriu în țara dvs. de reședință)

## Informarea

notice-title = Cum folosim informațiile pentru antrenarea IA
notice-heading = Cum vom folosi informațiile pentru antrenarea IA
notice-lead = Începând cu { $date }, { $operator } va folosi anumite informații pentru a-și dezvolta și îmbunătăți inteligența artificială (IA). Aveți dreptul să vă opuneți, iar acest lucru durează doar un minut.
used-heading = Ce va fi folosit
used-posts = Postările publice
used-photos = Fotografiile și descrierile lor
used-ai-messages = Mesajele pe care le trimiteți asistentului nostru de IA
never-heading = Ce nu este folosit niciodată
never-private-messages = Mesajele private cu prietenii și familia
others-heading = Informații despre dvs. distribuite de alte persoane
others-body = Chiar dacă vă opuneți, informații despre dvs. pot apărea în continuare în conținutul distribuit de alte persoane, cum ar fi o fotografie cu dvs. postată de altcineva, iar acel conținut poate fi folosit.
right-heading = Dreptul dvs. la opoziție
right-body = Dacă vă opuneți, excludem tot ce ați creat din fiecare set de date pentru antrenarea IA pe care îl construim de atunci încolo, inclusiv ce ați postat anterior. Nu trebuie să oferiți niciun motiv și vă puteți retrage obiecția oricând.
object-button = Opuneți-vă utilizării informațiilor dvs. pentru IA
availability-nowhere = Momentan, formularul de obiecție nu este disponibil în nicio țară.
availability-some = Formularul de obiecție este disponibil pentru rezidenții din: { $countries }.

## Formularul

form-title = Opuneți-vă utilizării informațiilor dvs. pentru IA
form-intro = Spuneți-ne unde locuiți și care este adresa dvs. de e-mail. Vă vom trimite prin e-mail un cod pentru a confirma că adresa vă aparține; până atunci nu se analizează nimic.
form-errors-heading =
    { $count ->
        [one] Verificați acest punct
        [few] Verificați aceste { $count } puncte
       *[other] Verificați aceste { $count } de puncte
    }
form-country-label = Țara de reședință
form-country-choose = Alegeți țara
form-email-label = Adresa de e-mail
form-email-hint = Aici vă trimitem un cod de confirmare și, mai târziu, decizia noastră.
form-impact-label = Cum vă afectează această prelucrare?
form-impact-hint-required = Regulile din țara dvs. cer această informație.
form-impact-hint-optional = Nu trebuie să oferiți niciun motiv: obiecția dvs. este respectată oricum.
form-details-label = Mai doriți să ne spuneți ceva?
form-length-limit =
    { $max ->
        [one] Cel mult { $max } caracter.
        [few] Cel mult { $max } caractere.
       *[other] Cel mult { $max } de caractere.
    }
form-send = Trimiteți
form-privacy = Păstrăm adresa dvs. criptată și o folosim doar pentru această solicitare. Mesajele private nu sunt folosite niciodată pentru antrenarea IA.
form-prefilled = Am completat datele dvs. pe baza linkului personal. Verificați-le, apoi trimiteți formularul.
form-link-expired = Linkul dvs. personal a expirat, așa că datele dvs. nu au fost completate. Vă puteți opune în continuare: completați formularul de mai jos.
form-link-unusable = Nu am putut citi linkul dvs. personal (poate a fost trunchiat sau modificat), așa că datele dvs. nu au fost completate. Vă puteți opune în continuare: completați formularul de mai jos.
form-csrf = Pentru siguranța dvs., verificați răspunsurile și trimiteți din nou formularul.
form-unavailable = Nu am putut salva obiecția dvs. chiar acum: baza noastră de date este indisponibilă pentru scurt timp și nu s-a salvat nimic. Răspunsurile dvs. sunt încă aici; trimiteți din nou formularul peste un minut.
rate-limited =
    { $minutes ->
        [one] Am primit mai multe solicitări de aici într-un timp scurt. Așteptați un minut și trimiteți din nou: ce ați scris se păstrează.
        [few] Am primit mai multe solicitări de aici într-un timp scurt. Așteptați { $minutes } minute și trimiteți din nou: ce ați scris se păstrează.
       *[other] Am primit mai multe solicitări de aici într-un timp scurt. Așteptați { $minutes } de minute și trimiteți din nou: ce ați scris se păstrează.
    }

## Ce nu este în regulă la un câmp

error-country-required = Alegeți țara de reședință.
error-country-invalid = Alegeți țara din listă.
error-country-unavailable-nowhere = Formularul de obiecție nu este disponibil pentru rezidenții țării dvs. ({ $country }) și, momentan, nici în altă parte.
error-country-unavailable-except = Formularul de obiecție nu este disponibil pentru rezidenții țării dvs. ({ $country }). Este disponibil pentru rezidenții tuturor țărilor, cu excepția: { $countries }.
error-country-unavailable-only = Formularul de obiecție nu este disponibil pentru rezidenții țării dvs. ({ $country }). Este disponibil pentru rezidenții din: { $countries }.
error-email-missing = Introduceți adresa de e-mail.
error-email-too-long = O adresă de e-mail are cel mult 254 de caractere.
error-email-missing-at = O adresă de e-mail trebuie să conțină un @ între nume și domeniu, de exemplu nume@example.com.
error-email-local-too-long = Partea dinaintea semnului @ are cel mult 64 de caractere.
error-email-local-invalid = Partea dinaintea semnului @ conține un caracter sau un punct care nu poate fi folosit în adresele de e-mail.
error-email-domain-invalid = Partea de după @ nu este un domeniu valid, cum ar fi example.com.
error-impact-required = Acest câmp este obligatoriu în țara dvs.: spuneți-ne cum vă afectează prelucrarea.
error-too-long =
    { $actual ->
        [one] Textul are { $actual } caracter; limita este de { $max }.
        [few] Textul are { $actual } caractere; limita este de { $max }.
       *[other] Textul are { $actual } de caractere; limita este de { $max }.
    }

## Când nu putem citi ce a trimis browserul

unreadable-heading = Nu am putut citi datele
unreadable-too-large = Ce ați trimis depășește dimensiunea acceptată. Scurtați textul și încercați din nou.
unreadable-body = Nu am putut citi ce a trimis browserul dvs. Reveniți și încercați din nou.
back-to-form = Înapoi la formular

## Confirmarea adresei

confirm-title = Confirmați adresa de e-mail
confirm-heading = Verificați-vă e-mailul
confirm-intro =
    { $minutes ->
        [one] Am trimis un cod din { $digits } cifre la adresa indicată. Introduceți-l aici pentru a vă confirma obiecția. Codul este valabil { $minutes } minut.
        [few] Am trimis un cod din { $digits } cifre la adresa indicată. Introduceți-l aici pentru a vă confirma obiecția. Codul este valabil { $minutes } minute.
       *[other] Am trimis un cod din { $digits } cifre la adresa indicată. Introduceți-l aici pentru a vă confirma obiecția. Codul este valabil { $minutes } de minute.
    }
confirm-code-label = Cod de confirmare
confirm-button = Confirmați
confirm-no-email = Nu ați primit e-mailul? Verificați dosarul Spam sau cereți un cod nou. Codul nou îl înlocuiește pe cel vechi.
confirm-resend-button = Trimiteți un cod nou
confirm-wrong-address = Adresă greșită? Reîncepeți cu adresa corectă.
start-again = Reîncepeți
code-csrf = Pentru siguranța dvs., introduceți din nou codul.
code-missing = Introduceți codul din 6 cifre primit prin e-mail.
code-malformed = Codul are 6 cifre, de exemplu 123456. Verificați e-mailul și introduceți-l din nou.
code-wrong =
    { $left ->
        [one] Codul nu este corect. Verificați cel mai recent e-mail de la noi și încercați din nou (vă mai rămâne 1 încercare).
        [few] Codul nu este corect. Verificați cel mai recent e-mail de la noi și încercați din nou (vă mai rămân { $left } încercări).
       *[other] Codul nu este corect. Verificați cel mai recent e-mail de la noi și încercați din nou (vă mai rămân { $left } de încercări).
    }
code-locked = Codul a fost introdus greșit de prea multe ori, așa că, pentru siguranța dvs., am închis această solicitare. Reîncepeți: durează doar un minut.
code-expired = Acest cod a expirat. Cereți un cod nou cu butonul de mai jos, apoi introduceți-l aici.
resend-csrf = Pentru siguranța dvs., apăsați din nou „Trimiteți un cod nou”.
resend-sent = V-am trimis un cod nou. Codurile trimise anterior nu mai funcționează.
resend-too-many =
    { $minutes ->
        [one] În ultima oră v-am trimis deja numărul maxim de coduri noi ({ $count }). Puteți cere altul peste un minut. Cel mai recent cod rămâne valabil până la expirare.
        [few] În ultima oră v-am trimis deja numărul maxim de coduri noi ({ $count }). Puteți cere altul peste { $minutes } minute. Cel mai recent cod rămâne valabil până la expirare.
       *[other] În ultima oră v-am trimis deja numărul maxim de coduri noi ({ $count }). Puteți cere altul peste { $minutes } de minute. Cel mai recent cod rămâne valabil până la expirare.
    }

## Solicitări care nu pot fi afișate

not-found-heading = Nu găsim această solicitare
not-found-body = Este posibil ca linkul să fie incomplet. Folosiți cel mai recent link din e-mailurile noastre sau trimiteți o nouă obiecție.
closed-heading = Această solicitare este închisă
closed-body = Nu a fost confirmată la timp sau a fost introdus un cod greșit de prea multe ori. Puteți trimite o nouă obiecție: durează doar un minut.
already-confirmed-heading = Această adresă de e-mail este deja confirmată
already-confirmed-body = Nu mai trebuie să faceți nimic aici. Linkul din e-mailurile noastre arată starea și istoricul solicitării dvs.
start-new-objection = Trimiteți o nouă obiecție
page-not-found-heading = Pagina nu a fost găsită
page-not-found-body = Nu există nimic la această adresă.
go-to-start = Mergeți la pagina de start
error-heading = A apărut o problemă la noi
error-body = Solicitarea dvs. nu a fost finalizată. Reveniți și încercați din nou; dacă problema persistă, încercați mai târziu.
unavailable-heading = Momentan nu putem primi solicitări
unavailable-body = Baza noastră de date este indisponibilă pentru scurt timp. Nimic din ce ați trimis nu s-a pierdut și nu a fost salvat pe jumătate: reveniți și trimiteți din nou peste un minut.

## Pagina de stare

status-title = Obiecția dvs.
status-label = Stare
status-meaning = Ce înseamnă
status-email = Adresa de e-mail
status-country = Țara de reședință
status-received = Primită
status-excluded-since = Excludere de la antrenarea IA începând cu
status-answer-by = Trebuie să răspundem până la
status-decided-by = Decizie luată pe baza
status-reason = Motiv
status-what-you-can-do = Ce puteți face
status-pending = Așteptăm să vă confirmați adresa de e-mail
status-pending-meaning = Introduceți codul pe care vi l-am trimis prin e-mail. Până atunci nu se analizează nimic.
status-verified = Confirmată, în curs de decizie
status-verified-meaning = Informațiile dvs. sunt deja excluse de la antrenarea IA cât timp luăm o decizie.
status-review = În analiză la o persoană
status-review-meaning = Informațiile dvs. sunt deja excluse de la antrenarea IA cât timp o persoană vă analizează obiecția. Vă vom răspunde până la { $due }.
status-honored = Acceptată
status-honored-meaning = Se aplică de acum înainte: fiecare set de date pentru antrenarea IA pe care îl construim exclude conținutul creat de dvs. (postări publice, fotografii și descrierile lor, mesaje către asistentul nostru de IA), inclusiv ce ați postat anterior. Mesajele private nu sunt folosite niciodată. Informații despre dvs. pot apărea în continuare în conținutul distribuit de alte persoane.
status-declined = Respinsă
status-declined-meaning = Obiecția dvs. a fost respinsă. Mai jos găsiți motivul și ce puteți face.
status-withdrawn = Retrasă
status-withdrawn-meaning = V-ați retras obiecția. Seturile de date construite de atunci încolo pot include conținut creat de dvs.; cele construite cât timp obiecția era în vigoare rămân fără el.
status-closed = Închisă
status-closed-meaning = Această solicitare a fost închisă fără ca adresa de e-mail să fie confirmată. Vă puteți opune din nou oricând.
status-notice-confirmed = Vă mulțumim: adresa dvs. de e-mail este confirmată.
status-notice-already = Aveți deja o obiecție în vigoare, așa că nu am deschis încă una. O găsiți aici.
status-notice-withdrawn = Obiecția dvs. a fost retrasă. V-am trimis o confirmare prin e-mail.
withdraw-button = Retrageți obiecția
object-again = Opuneți-vă din nou
timeline-heading = Istoric
status-keep-private = Nu distribuiți linkul către această pagină: oricine îl are poate vedea pagina și vă poate retrage obiecția.

## Istoricul

event-received = Am primit obiecția dvs.
event-code-sent = V-am trimis prin e-mail un cod de confirmare.
event-code-resent = V-am trimis prin e-mail un nou cod de confirmare.
event-code-rejected = A fost introdus un cod de confirmare greșit.
event-verified = Ați confirmat adresa de e-mail. Din acest moment, informațiile dvs. sunt excluse de la antrenarea IA.
event-honored = Obiecția dvs. a fost acceptată și se aplică de acum înainte. Regula: { $rule }.
event-sent-to-review = Obiecția dvs. a fost transmisă spre analiză unei persoane: { $reason }.
review-reason-form-closed = formularul de obiecție nu mai este oferit în țara în care locuiți, așa că decide o persoană
review-reason-always = în jurisdicția dvs., o persoană analizează fiecare obiecție
review-reason-statement = o persoană citește ce ați scris înainte de a decide
event-declined = Obiecția dvs. a fost respinsă.
event-withdrawn = V-ați retras obiecția.
event-expired-wrong-codes = Solicitarea a fost închisă după prea multe coduri greșite.
event-expired-unconfirmed = Solicitarea a fost închisă deoarece adresa de e-mail nu a fost confirmată la timp.
event-repeat-confirmed = Ați confirmat o nouă solicitare; această obiecție era deja în vigoare, așa că nu s-a deschis încă una.
event-deadline-extended = Am prelungit termenul pentru decizia noastră până la { $due }. Motivul: { $reason }
event-other = S-a întâmplat altceva cu solicitarea dvs.

## Retragerea

withdraw-title = Retrageți-vă obiecția
withdraw-heading = Doriți să vă retrageți obiecția?
withdraw-body = Dacă o retrageți, seturile de date pentru antrenarea IA pe care le construim de acum înainte pot include conținut creat de dvs.: postări publice, fotografii și descrierile lor, precum și mesaje către asistentul nostru de IA. Seturile de date construite cât timp obiecția dvs. era în vigoare rămân fără el. Mesajele private nu sunt folosite niciodată.
withdraw-again = Vă puteți opune din nou oricând.
keep-objection = Păstrați obiecția

## E-mail: elemente comune

mail-hello = Bună ziua,
mail-footer = Acest mesaj a fost trimis automat de { $operator }. Răspunsurile la acest mesaj nu sunt citite.
mail-receipt = Atașat găsiți o dovadă a acestei decizii, semnată de { $operator } ({ $file }). Păstrați-o: arată ce s-a decis și când. Oricine o poate verifica cu ajutorul cheii noastre publice, la adresa
mail-follow = Urmăriți solicitarea aici:
mail-timeline = Vedeți întregul istoric aici:

## E-mail: codul de confirmare

mail-code-subject = Codul dvs. de confirmare pentru { $operator }
mail-code-intro = Cineva (sperăm că dvs.) a cerut ca { $operator } să nu folosească pentru antrenarea IA informații despre persoana sa și a indicat această adresă de e-mail.
mail-code-code = Codul dvs. de confirmare este: { $code }
mail-code-where =
    { $minutes ->
        [one] Introduceți-l pe pagina pe care ați făcut solicitarea. Este valabil { $minutes } minut.
        [few] Introduceți-l pe pagina pe care ați făcut solicitarea. Este valabil { $minutes } minute.
       *[other] Introduceți-l pe pagina pe care ați făcut solicitarea. Este valabil { $minutes } de minute.
    }
mail-code-ignore = Dacă nu ați fost dvs., puteți ignora acest e-mail: nu se întâmplă nimic cât timp codul nu este introdus.
mail-code-enter-here = Îl puteți introduce și aici:

## E-mail: obiecție acceptată

mail-honored-subject = Obiecția dvs. privind antrenarea IA a fost acceptată
mail-honored-intro = Obiecția dvs. față de utilizarea informațiilor dvs. de către { $operator } pentru antrenarea IA a fost acceptată.
mail-honored-means = Ce înseamnă acest lucru, de acum înainte:
mail-honored-datasets = Fiecare set de date pentru antrenarea IA pe care îl construim de acum înainte exclude conținutul creat de dvs.: postările publice, fotografiile și descrierile lor, precum și mesajele pe care le trimiteți asistentului nostru de IA. Aceasta include și ce ați postat înainte de astăzi.
mail-honored-since = Se aplică de când v-ați confirmat adresa de e-mail, pe { $date }.
mail-honored-private = Mesajele private cu prietenii și familia nu sunt folosite niciodată pentru antrenarea IA, indiferent dacă v-ați opus sau nu.
mail-honored-others = Informații despre dvs. pot apărea în continuare în conținutul distribuit de alte persoane.
mail-honored-how = Cum s-a decis: { $basis } (regula { $rule }).
mail-honored-link = Vedeți întregul istoric sau retrageți-vă obiecția aici:

## E-mail: trimisă spre analiză

mail-review-subject = Obiecția dvs. privind antrenarea IA este în curs de analiză
mail-review-intro = Vă mulțumim că v-ați confirmat adresa de e-mail. O persoană de la { $operator } va analiza obiecția dvs. față de utilizarea informațiilor dvs. pentru antrenarea IA.
mail-review-excluded = Cât timp obiecția este analizată, informațiile dvs. sunt deja excluse de la antrenarea IA (din { $date }).
mail-review-why = De ce o analizează o persoană: { $reason }
mail-review-due = Veți primi răspunsul nostru cel târziu până la { $due }.

## E-mail: obiecție respinsă

mail-declined-subject = Decizia privind obiecția dvs. față de antrenarea IA
mail-declined-intro = { $operator } a analizat obiecția dvs. față de utilizarea informațiilor dvs. pentru antrenarea IA și a respins-o.
mail-declined-reason = Motivul: { $reason }
mail-declined-used-again = Începând cu { $date }, informațiile dvs. sunt din nou folosite pentru antrenarea IA.
mail-declined-complain = Ce puteți face: { $complaint }
mail-object-again = De asemenea, vă puteți opune din nou oricând: { $url }

## E-mail: obiecție retrasă

mail-withdrawn-subject = V-ați retras obiecția privind antrenarea IA
mail-withdrawn-intro = V-ați retras obiecția față de utilizarea informațiilor dvs. de către { $operator } pentru antrenarea IA.
mail-withdrawn-forward = De acum înainte, seturile de date pentru antrenarea IA construite începând cu { $date } pot include conținut creat de dvs. Seturile de date construite cât timp obiecția dvs. era în vigoare rămân fără el. Mesajele private nu sunt folosite niciodată.
mail-withdrawn-again = Vă puteți opune din nou oricând: { $url }
mail-withdrawn-not-you = Dacă nu dvs. v-ați retras obiecția, opuneți-vă din nou la adresa de mai sus și spuneți-ne acest lucru în formular.

## E-mail: termen prelungit

mail-extended-subject = Avem nevoie de mai mult timp pentru a decide asupra obiecției dvs.
mail-extended-intro = Avem nevoie de mai mult timp pentru a decide asupra obiecției dvs. față de utilizarea informațiilor dvs. pentru antrenarea IA. Veți primi răspunsul nostru cel târziu până la { $due } (termenul inițial era { $was }).
mail-extended-why = De ce avem nevoie de mai mult timp: { $reason }
mail-extended-excluded = Informațiile dvs. rămân excluse de la antrenarea IA cât timp luăm decizia.
mail-extended-law = Legea permite această prelungire o singură dată, cu cel mult două luni, atunci când o solicitare este complexă sau când sosesc multe solicitări deodată; trebuie să vă informăm în prima lună, așa cum facem acum. Dacă nu sunteți de acord, puteți depune o plângere la o autoritate de supraveghere: { $complaint }

## E-mail: informarea

mail-notice-subject = Cum va folosi { $operator } informațiile pentru antrenarea IA și dreptul dvs. la opoziție
mail-notice-intro = Începând cu { $date }, { $operator } va folosi anumite informații pentru a-și dezvolta și îmbunătăți inteligența artificială (IA).
mail-notice-used = Ce va fi folosit:
mail-notice-never = Ce nu este folosit niciodată:
mail-notice-right = Aveți dreptul să vă opuneți. Durează doar un minut, nu trebuie să oferiți niciun motiv și vă puteți retrage obiecția oricând. Dacă vă opuneți, tot ce ați creat este exclus din fiecare set de date pentru antrenarea IA pe care îl construim de atunci încolo, inclusiv ce ați postat anterior.
mail-notice-link = Opuneți-vă folosind linkul dvs. personal (vă completează datele și este valabil până la { $expires }):
mail-notice-form = Sau folosiți formularul fără link: { $url }
mail-notice-others = Chiar dacă vă opuneți, informații despre dvs. pot apărea în continuare în conținutul distribuit de alte persoane, cum ar fi o fotografie cu dvs. postată de altcineva.
