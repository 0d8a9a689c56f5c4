### Withhold: Latvian (latviešu valoda). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Datumi

month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
date = { $year }. gada { $day }. { $month }
datetime = { $date }, plkst. { $time } UTC

## Visās lapās

site-tagline = MI apmācība un jūsu informācija
skip-to-content = Pāriet uz saturu
language-switcher = Valoda
footer-about = Par MI apmācību un jūsu informāciju
footer-object = Iebilst
error-title = Kļūda: { $title }
error-prefix = Kļūda:
field-required = (obligāti)
field-optional = (nav obligāti)
field-required-here = (obligāti jūsu dzīvesvietas valstī)

## Paziņojums

notice-title = Kā mēs izmantojam informāciju MI apmācībai
notice-heading = Kā mēs izmantosim informāciju MI apmācībai
notice-lead = { $operator } sāks izmantot daļu informācijas sava mākslīgā intelekta (MI) izstrādei un uzlabošanai. Sākuma datums: { $date }. Jums ir tiesības iebilst, un tas aizņem tikai minūti.
used-heading = Kas tiks izmantots
used-posts = Publiski ieraksti
used-photos = Fotoattēli un to paraksti
used-ai-messages = Ziņas, ko sūtāt mūsu MI asistentam
never-heading = Kas netiek izmantots nekad
never-private-messages = Privātās ziņas ar draugiem un ģimeni
others-heading = Informācija par jums, ko kopīgo citi
others-body = Pat ja iebilstat, informācija par jums joprojām var parādīties saturā, ko kopīgo citi cilvēki, piemēram, jūsu fotoattēlā, ko publicējis kāds cits, un šo saturu var izmantot.
right-heading = Jūsu tiesības iebilst
right-body = Ja iebilstat, mēs no visām MI apmācības datu kopām, ko veidosim no tā brīža, izslēgsim visu jūsu radīto saturu, arī to, ko publicējāt agrāk. Iemesls nav jānorāda, un savu iebildumu varat atsaukt jebkurā laikā.
object-button = Iebilst pret savas informācijas izmantošanu MI
availability-nowhere = Iebildumu veidlapa pašlaik nav pieejama nevienā valstī.
availability-some = Iebildumu veidlapa ir pieejama šādu valstu iedzīvotājiem: { $countries }.

## Veidlapa

form-title = Iebilst pret savas informācijas izmantošanu MI
form-intro = Norādiet, kur dzīvojat, un savu e-pasta adresi. Mēs nosūtīsim kodu, lai apstiprinātu, ka adrese pieder jums; līdz tam nekas netiek izskatīts.
form-errors-heading =
    { $count ->
        [1] Lūdzu, pārbaudiet šo
        [zero] Lūdzu, pārbaudiet šos { $count } punktus
        [one] Lūdzu, pārbaudiet šo { $count } punktu
       *[other] Lūdzu, pārbaudiet šos { $count } punktus
    }
form-country-label = Dzīvesvietas valsts
form-country-choose = Izvēlieties savu valsti
form-email-label = E-pasta adrese
form-email-hint = Uz šo adresi nosūtīsim apstiprinājuma kodu un vēlāk arī mūsu lēmumu.
form-impact-label = Kā šī apstrāde jūs ietekmē?
form-impact-hint-required = To prasa jūsu valsts noteikumi.
form-impact-hint-optional = Iemesls nav jānorāda: jūsu iebildums tiks ievērots jebkurā gadījumā.
form-details-label = Vai vēlaties mums pastāstīt vēl kaut ko?
form-length-limit =
    { $max ->
        [zero] Ne vairāk kā { $max } rakstzīmes.
        [one] Ne vairāk kā { $max } rakstzīme.
       *[other] Ne vairāk kā { $max } rakstzīmes.
    }
form-send = Nosūtīt
form-privacy = Jūsu adresi glabājam šifrētu un izmantojam tikai šim pieprasījumam. Privātās ziņas nekad netiek izmantotas MI apmācībai.
form-prefilled = Jūsu datus aizpildījām no jūsu personīgās saites. Pārbaudiet tos un pēc tam nosūtiet veidlapu.
form-link-expired = Jūsu personīgās saites derīguma termiņš ir beidzies, tāpēc jūsu dati nav aizpildīti. Jūs joprojām varat iebilst – aizpildiet tālāk esošo veidlapu.
form-link-unusable = Mēs nevarējām nolasīt jūsu personīgo saiti (iespējams, tā ir saīsināta vai mainīta), tāpēc jūsu dati nav aizpildīti. Jūs joprojām varat iebilst – aizpildiet tālāk esošo veidlapu.
form-csrf = Drošības nolūkos, lūdzu, pārbaudiet savas atbildes un nosūtiet veidlapu vēlreiz.
form-unavailable = Pašlaik nevarējām saglabāt jūsu iebildumu: mūsu datubāze uz brīdi nav pieejama, un nekas netika saglabāts. Jūsu atbildes joprojām ir šeit; lūdzu, pēc minūtes nosūtiet veidlapu vēlreiz.
rate-limited =
    { $minutes ->
        [1] Īsā laikā no šejienes saņēmām vairākus pieprasījumus. Lūdzu, uzgaidiet minūti un nosūtiet vēlreiz: jūsu ievadītais ir saglabāts.
        [zero] Īsā laikā no šejienes saņēmām vairākus pieprasījumus. Lūdzu, uzgaidiet { $minutes } minūtes un nosūtiet vēlreiz: jūsu ievadītais ir saglabāts.
        [one] Īsā laikā no šejienes saņēmām vairākus pieprasījumus. Lūdzu, uzgaidiet { $minutes } minūti un nosūtiet vēlreiz: jūsu ievadītais ir saglabāts.
       *[other] Īsā laikā no šejienes saņēmām vairākus pieprasījumus. Lūdzu, uzgaidiet { $minutes } minūtes un nosūtiet vēlreiz: jūsu ievadītais ir saglabāts.
    }

## Kas nav kārtībā ar lauku

error-country-required = Izvēlieties savu dzīvesvietas valsti.
error-country-invalid = Izvēlieties valsti no saraksta.
error-country-unavailable-nowhere = { $country }: šīs valsts iedzīvotājiem iebildumu veidlapa nav pieejama, un pašlaik tā nav pieejama arī nekur citur.
error-country-unavailable-except = { $country }: šīs valsts iedzīvotājiem iebildumu veidlapa nav pieejama. Tā ir pieejama visu valstu iedzīvotājiem, izņemot šīs: { $countries }.
error-country-unavailable-only = { $country }: šīs valsts iedzīvotājiem iebildumu veidlapa nav pieejama. Tā ir pieejama tikai šādu valstu iedzīvotājiem: { $countries }.
error-email-missing = Ievadiet savu e-pasta adresi.
error-email-too-long = E-pasta adrese nedrīkst būt garāka par 254 rakstzīmēm.
error-email-missing-at = E-pasta adresē starp vārdu un domēnu jābūt simbolam @, piemēram, vards@example.com.
error-email-local-too-long = Daļa pirms @ nedrīkst būt garāka par 64 rakstzīmēm.
error-email-local-invalid = Daļā pirms @ ir rakstzīme vai punkts, ko e-pasta adresēs nevar izmantot.
error-email-domain-invalid = Daļa pēc @ nav derīgs domēns (piemēram, example.com).
error-impact-required = Jūsu valstī tas ir obligāti: norādiet, kā apstrāde jūs ietekmē.
error-too-long = Rakstzīmju skaits: { $actual }; atļauts ne vairāk kā { $max }.

## Kad nevar nolasīt pārlūkprogrammas nosūtīto

unreadable-heading = Mēs to nevarējām nolasīt
unreadable-too-large = Nosūtītais ir lielāks, nekā mēs pieņemam. Lūdzu, saīsiniet to un mēģiniet vēlreiz.
unreadable-body = Mēs nevarējām nolasīt to, ko nosūtīja jūsu pārlūkprogramma. Lūdzu, atgriezieties un mēģiniet vēlreiz.
back-to-form = Atpakaļ uz veidlapu

## Adreses apstiprināšana

confirm-title = Apstipriniet savu e-pasta adresi
confirm-heading = Pārbaudiet savu e-pastu
confirm-intro =
    Uz norādīto adresi nosūtījām { $digits } ciparu kodu. Ievadiet to šeit, lai apstiprinātu savu iebildumu. Kods ir derīgs { $minutes ->
        [zero] { $minutes } minūtes
        [one] { $minutes } minūti
       *[other] { $minutes } minūtes
    }.
confirm-code-label = Apstiprinājuma kods
confirm-button = Apstiprināt
confirm-no-email = Nesaņēmāt e-pastu? Pārbaudiet surogātpasta mapi vai pieprasiet jaunu kodu. Jaunais kods aizstāj iepriekšējo.
confirm-resend-button = Nosūtīt jaunu kodu
confirm-wrong-address = Nepareiza adrese? Sāciet no jauna ar pareizo.
start-again = Sākt no jauna
code-csrf = Drošības nolūkos, lūdzu, ievadiet kodu vēlreiz.
code-missing = Ievadiet 6 ciparu kodu no e-pasta.
code-malformed = Kods sastāv no 6 cipariem, piemēram, 123456. Pārbaudiet e-pastu un ievadiet kodu vēlreiz.
code-wrong =
    { $left ->
        [zero] Kods nav pareizs. Pārbaudiet mūsu jaunāko e-pastu un mēģiniet vēlreiz (atlikuši { $left } mēģinājumi).
        [one] Kods nav pareizs. Pārbaudiet mūsu jaunāko e-pastu un mēģiniet vēlreiz (atlicis { $left } mēģinājums).
       *[other] Kods nav pareizs. Pārbaudiet mūsu jaunāko e-pastu un mēģiniet vēlreiz (atlikuši { $left } mēģinājumi).
    }
code-locked = Kods tika ievadīts nepareizi pārāk daudz reižu, tāpēc drošības nolūkos mēs šo pieprasījumu slēdzām. Lūdzu, sāciet no jauna – tas aizņem tikai minūti.
code-expired = Šī koda derīguma termiņš ir beidzies. Ar tālāk esošo pogu nosūtiet sev jaunu kodu un ievadiet to šeit.
resend-csrf = Drošības nolūkos, lūdzu, vēlreiz nospiediet „Nosūtīt jaunu kodu”.
resend-sent = Mēs jums nosūtījām jaunu kodu. Iepriekš nosūtītie kodi vairs nedarbojas.
resend-too-many =
    Pēdējās stundas laikā jau esam nosūtījuši jaunus kodus: { $count }. Nākamo varēsiet pieprasīt pēc { $minutes ->
        [1] minūtes
        [zero] { $minutes } minūtēm
        [one] { $minutes } minūtes
       *[other] { $minutes } minūtēm
    }. Jūsu jaunākais kods darbojas, līdz beidzas tā derīguma termiņš.

## Pieprasījumi, ko nevar parādīt

not-found-heading = Mēs nevaram atrast šo pieprasījumu
not-found-body = Iespējams, saite nav pilnīga. Izmantojiet jaunāko saiti no mūsu e-pastiem vai iesniedziet jaunu iebildumu.
closed-heading = Šis pieprasījums ir slēgts
closed-body = Tas netika laikus apstiprināts, vai arī pārāk daudz reižu tika ievadīts nepareizs kods. Varat iesniegt jaunu iebildumu – tas aizņem tikai minūti.
already-confirmed-heading = Šī e-pasta adrese jau ir apstiprināta
already-confirmed-body = Šeit vairs nekas nav jādara. Saite mūsu e-pastos rāda jūsu pieprasījuma statusu un hronoloģiju.
start-new-objection = Iesniegt jaunu iebildumu
page-not-found-heading = Lapa nav atrasta
page-not-found-body = Šajā adresē nekā nav.
go-to-start = Uz sākumlapu
error-heading = Mūsu pusē radās kļūda
error-body = Jūsu pieprasījums netika izpildīts. Lūdzu, atgriezieties un mēģiniet vēlreiz; ja kļūda atkārtojas, mēģiniet vēlāk.
unavailable-heading = Pašlaik nevaram pieņemt pieprasījumus
unavailable-body = Mūsu datubāze uz brīdi nav pieejama. Nekas no nosūtītā nav pazudis vai saglabāts daļēji: lūdzu, atgriezieties un pēc minūtes nosūtiet vēlreiz.

## Statusa lapa

status-title = Jūsu iebildums
status-label = Statuss
status-meaning = Ko tas nozīmē
status-email = E-pasta adrese
status-country = Dzīvesvietas valsts
status-received = Saņemts
status-excluded-since = Izslēgts no MI apmācības kopš
status-answer-by = Atbildes termiņš
status-decided-by = Lēmumu pieņēma
status-reason = Iemesls
status-what-you-can-do = Ko jūs varat darīt
status-pending = Gaidām, kad apstiprināsiet savu e-pasta adresi
status-pending-meaning = Ievadiet kodu, ko nosūtījām uz jūsu e-pastu. Līdz tam nekas netiek izskatīts.
status-verified = Apstiprināts, tiek pieņemts lēmums
status-verified-meaning = Kamēr pieņemam lēmumu, jūsu informācija jau ir izslēgta no MI apmācības.
status-review = Izskata darbinieks
status-review-meaning = Kamēr darbinieks izskata jūsu iebildumu, jūsu informācija jau ir izslēgta no MI apmācības. Atbildes termiņš: { $due }.
status-honored = Apmierināts
status-honored-meaning = Piemērots turpmāk: nevienā MI apmācības datu kopā, ko veidojam, netiek iekļauts jūsu radītais saturs (publiski ieraksti, fotoattēli un to paraksti, ziņas mūsu MI asistentam), arī tas, ko publicējāt agrāk. Privātās ziņas nekad netiek izmantotas. Informācija par jums joprojām var parādīties saturā, ko kopīgo citi cilvēki.
status-declined = Noraidīts
status-declined-meaning = Jūsu iebildums tika noraidīts. Iemesls un tas, ko varat darīt, ir norādīts tālāk.
status-withdrawn = Atsaukts
status-withdrawn-meaning = Jūs atsaucāt savu iebildumu. Datu kopās, kas izveidotas no tā brīža, var būt iekļauts jūsu radītais saturs; datu kopas, kas izveidotas, kamēr iebildums bija spēkā, paliek bez tā.
status-closed = Slēgts
status-closed-meaning = Šis pieprasījums tika slēgts, jo e-pasta adrese netika apstiprināta. Jūs varat iebilst vēlreiz jebkurā laikā.
status-notice-confirmed = Paldies! Jūsu e-pasta adrese ir apstiprināta.
status-notice-already = Jums jau ir spēkā esošs iebildums, tāpēc jaunu neveidojām. Tas ir redzams šeit.
status-notice-withdrawn = Jūsu iebildums ir atsaukts. Apstiprinājumu nosūtījām uz jūsu e-pastu.
withdraw-button = Atsaukt manu iebildumu
object-again = Iebilst vēlreiz
timeline-heading = Hronoloģija
status-keep-private = Neizpaudiet saiti uz šo lapu: ikviens, kam tā ir, var redzēt šo lapu un atsaukt jūsu iebildumu.

## Hronoloģija

event-received = Mēs saņēmām jūsu iebildumu.
event-code-sent = Mēs jums nosūtījām apstiprinājuma kodu pa e-pastu.
event-code-resent = Mēs jums nosūtījām jaunu apstiprinājuma kodu pa e-pastu.
event-code-rejected = Tika ievadīts nepareizs apstiprinājuma kods.
event-verified = Jūs apstiprinājāt savu e-pasta adresi. No šī brīža jūsu informācija ir izslēgta no MI apmācības.
event-honored = Jūsu iebildums tika apmierināts un tiek piemērots turpmāk. Noteikums: { $rule }.
event-sent-to-review = Jūsu iebildums tika nodots izskatīšanai darbiniekam: { $reason }.
review-reason-form-closed = jūsu dzīvesvietas valstī iebildumu veidlapa vairs netiek piedāvāta, tāpēc lēmumu pieņem darbinieks
review-reason-always = jūsu jurisdikcijā katru iebildumu izskata darbinieks
review-reason-statement = pirms lēmuma pieņemšanas darbinieks izlasa jūsu sniegto paskaidrojumu
event-declined = Jūsu iebildums tika noraidīts.
event-withdrawn = Jūs atsaucāt savu iebildumu.
event-expired-wrong-codes = Pieprasījums tika slēgts, jo pārāk daudz reižu tika ievadīts nepareizs kods.
event-expired-unconfirmed = Pieprasījums tika slēgts, jo e-pasta adrese netika laikus apstiprināta.
event-repeat-confirmed = Jūs apstiprinājāt jaunu pieprasījumu; šis iebildums jau bija spēkā, tāpēc otrs netika izveidots.
event-deadline-extended = Mēs pagarinājām lēmuma pieņemšanas termiņu. Jaunais termiņš: { $due }. Iemesls: { $reason }
event-other = Ar jūsu pieprasījumu notika kas cits.

## Atsaukšana

withdraw-title = Iebilduma atsaukšana
withdraw-heading = Atsaukt iebildumu?
withdraw-body = Ja atsauksiet iebildumu, MI apmācības datu kopās, ko veidosim turpmāk, var tikt iekļauts jūsu radītais saturs: publiski ieraksti, fotoattēli un to paraksti, kā arī ziņas mūsu MI asistentam. Datu kopas, kas izveidotas, kamēr jūsu iebildums bija spēkā, paliek bez tā. Privātās ziņas nekad netiek izmantotas.
withdraw-again = Jūs varat iebilst vēlreiz jebkurā laikā.
keep-objection = Paturēt manu iebildumu

## E-pasts: kopīgie teksti

mail-hello = Labdien!
mail-footer = Šo ziņojumu automātiski nosūtīja { $operator }. Atbildes uz to netiek lasītas.
mail-receipt = Pielikumā ir šī lēmuma apliecinājums ({ $file }) ar { $operator } parakstu. Saglabājiet to: tas pierāda, kas un kad tika nolemts. Ikviens to var pārbaudīt ar mūsu publisko atslēgu, kas pieejama šeit:
mail-follow = Sekojiet sava pieprasījuma gaitai šeit:
mail-timeline = Visa hronoloģija ir pieejama šeit:

## E-pasts: apstiprinājuma kods

mail-code-subject = Jūsu apstiprinājuma kods – { $operator }
mail-code-intro = Kāds (mēs ceram, ka jūs) lūdza, lai { $operator } neizmanto informāciju par viņu MI apmācībai, un norādīja šo e-pasta adresi.
mail-code-code = Jūsu apstiprinājuma kods: { $code }
mail-code-where =
    Ievadiet to lapā, kurā iesniedzāt pieprasījumu. Kods ir derīgs { $minutes ->
        [zero] { $minutes } minūtes
        [one] { $minutes } minūti
       *[other] { $minutes } minūtes
    }.
mail-code-ignore = Ja tas nebijāt jūs, varat šo e-pastu ignorēt: kamēr kods nav ievadīts, nekas nenotiek.
mail-code-enter-here = Kodu var ievadīt arī šeit:

## E-pasts: iebildums apmierināts

mail-honored-subject = Jūsu iebildums pret MI apmācību ir apmierināts
mail-honored-intro = Jūsu iebildums pret to, ka { $operator } izmanto jūsu informāciju MI apmācībai, ir apmierināts.
mail-honored-means = Ko tas nozīmē (piemērojams turpmāk):
mail-honored-datasets = Nevienā MI apmācības datu kopā, ko veidosim no šī brīža, netiks iekļauts jūsu radītais saturs: jūsu publiskie ieraksti, fotoattēli un to paraksti, kā arī ziņas, ko sūtāt mūsu MI asistentam. Tas attiecas arī uz to, ko publicējāt pirms šodienas.
mail-honored-since = Tas ir spēkā kopš brīža, kad apstiprinājāt savu e-pasta adresi ({ $date }).
mail-honored-private = Privātās ziņas ar draugiem un ģimeni nekad netiek izmantotas MI apmācībai – neatkarīgi no tā, vai iebilstat.
mail-honored-others = Informācija par jums joprojām var parādīties saturā, ko kopīgo citi cilvēki.
mail-honored-how = Kā tika pieņemts lēmums: { $basis } (noteikums { $rule }).
mail-honored-link = Visu hronoloģiju var apskatīt vai iebildumu atsaukt šeit:

## E-pasts: nodots izskatīšanai

mail-review-subject = Jūsu iebildums pret MI apmācību tiek izskatīts
mail-review-intro = Paldies, ka apstiprinājāt savu e-pasta adresi. { $operator } darbinieks izskatīs jūsu iebildumu pret jūsu informācijas izmantošanu MI apmācībai.
mail-review-excluded = Kamēr iebildums tiek izskatīts, jūsu informācija jau ir izslēgta no MI apmācības (spēkā no: { $date }).
mail-review-why = Kāpēc to izskata cilvēks: { $reason }
mail-review-due = Mūsu atbildi saņemsiet ne vēlāk kā šajā datumā: { $due }.

## E-pasts: noraidīts

mail-declined-subject = Lēmums par jūsu iebildumu pret MI apmācību
mail-declined-intro = { $operator } ir izskatījis jūsu iebildumu pret jūsu informācijas izmantošanu MI apmācībai un to noraidījis.
mail-declined-reason = Iemesls: { $reason }
mail-declined-used-again = Jūsu informācija atkal tiek izmantota MI apmācībai (spēkā no: { $date }).
mail-declined-complain = Ko varat darīt: { $complaint }
mail-object-again = Jūs varat arī jebkurā laikā iebilst vēlreiz: { $url }

## E-pasts: atsaukts

mail-withdrawn-subject = Jūs atsaucāt savu iebildumu pret MI apmācību
mail-withdrawn-intro = Jūs atsaucāt savu iebildumu pret to, ka { $operator } izmanto jūsu informāciju MI apmācībai.
mail-withdrawn-forward = Turpmāk MI apmācības datu kopās var tikt iekļauts jūsu radītais saturs (attiecas uz datu kopām, kas veidotas, sākot no šī datuma: { $date }). Datu kopas, kas izveidotas, kamēr jūsu iebildums bija spēkā, paliek bez tā. Privātās ziņas nekad netiek izmantotas.
mail-withdrawn-again = Jūs varat iebilst vēlreiz jebkurā laikā: { $url }
mail-withdrawn-not-you = Ja jūs neatsaucāt savu iebildumu, iebilstiet vēlreiz iepriekš norādītajā adresē un pastāstiet mums par to veidlapā.

## E-pasts: termiņš pagarināts

mail-extended-subject = Mums vajag vairāk laika, lai pieņemtu lēmumu par jūsu iebildumu
mail-extended-intro = Mums vajag vairāk laika, lai pieņemtu lēmumu par jūsu iebildumu pret jūsu informācijas izmantošanu MI apmācībai. Jaunais atbildes termiņš: { $due } (iepriekšējais termiņš: { $was }).
mail-extended-why = Kāpēc mums vajag vairāk laika: { $reason }
mail-extended-excluded = Kamēr pieņemam lēmumu, jūsu informācija joprojām ir izslēgta no MI apmācības.
mail-extended-law = Tiesību akti ļauj šo termiņu pagarināt vienu reizi, ne vairāk kā par diviem mēnešiem, ja pieprasījums ir sarežģīts vai vienlaikus saņemts daudz pieprasījumu; mums par to jāpaziņo pirmā mēneša laikā, kā mēs to darām tagad. Ja nepiekrītat, varat iesniegt sūdzību uzraudzības iestādē: { $complaint }

## E-pasts: paziņojums

mail-notice-subject = Kā { $operator } izmantos informāciju MI apmācībai un jūsu tiesības iebilst
mail-notice-intro = { $operator } sāks izmantot daļu informācijas sava mākslīgā intelekta (MI) izstrādei un uzlabošanai. Sākuma datums: { $date }.
mail-notice-used = Kas tiks izmantots:
mail-notice-never = Kas netiek izmantots nekad:
mail-notice-right = Jums ir tiesības iebilst. Tas aizņem tikai minūti, iemesls nav jānorāda, un iebildumu varat atsaukt jebkurā laikā. Ja iebilstat, jūsu radītais saturs netiks iekļauts nevienā MI apmācības datu kopā, ko veidosim no tā brīža, arī tas, ko publicējāt agrāk.
mail-notice-link = Iebilstiet, izmantojot savu personīgo saiti (tā aizpilda jūsu datus; derīguma termiņš: { $expires }):
mail-notice-form = Vai izmantojiet veidlapu bez tās: { $url }
mail-notice-others = Pat ja iebilstat, informācija par jums joprojām var parādīties saturā, ko kopīgo citi cilvēki, piemēram, jūsu fotoattēlā, ko publicējis kāds cits.
