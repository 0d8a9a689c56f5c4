### Withhold: eesti keel (Estonian). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Kuupäevad

month-1 = jaanuar
month-2 = veebruar
month-3 = märts
month-4 = aprill
month-5 = mai
month-6 = juuni
month-7 = juuli
month-8 = august
month-9 = september
month-10 = oktoober
month-11 = november
month-12 = detsember
date = { $day }. { $month } { $year }
datetime = { $date } kell { $time } UTC

## Kõik lehed

site-tagline = Tehisintellekti treenimine ja teie andmed
skip-to-content = Liigu sisu juurde
language-switcher = Keel
footer-about = Tehisintellekti treenimisest ja teie andmetest
footer-object = Esita vastuväide
error-title = Viga: { $title }
error-prefix = Viga:
field-required = (kohustuslik)
field-optional = (valikuline)
field-required-here = (teie elukohariigis kohustuslik)

## Teade

notice-title = Kuidas kasutame andmeid tehisintellekti treenimiseks
notice-heading = Kuidas hakkame andmeid tehisintellekti treenimiseks kasutama
notice-lead = Alates kuupäevast { $date } hakkab { $operator } kasutama teatud andmeid oma tehisintellekti arendamiseks ja täiustamiseks. Teil on õigus esitada selle kohta vastuväide ja see võtab vaid minuti.
used-heading = Mida kasutatakse
used-posts = Avalikud postitused
used-photos = Fotod ja nende pealdised
used-ai-messages = Sõnumid, mille saadate meie tehisintellektiassistendile
never-heading = Mida ei kasutata kunagi
never-private-messages = Privaatsõnumid sõprade ja perega
others-heading = Teie kohta käiv teave, mida jagavad teised
others-body = Isegi kui esitate vastuväite, võib teie kohta käiv teave ilmuda teiste inimeste jagatud sisus, näiteks foto teist, mille keegi teine postitab, ja sellist sisu võidakse kasutada.
right-heading = Teie õigus esitada vastuväide
right-body = Kui esitate vastuväite, jätame kogu teie loodud sisu välja igast tehisintellekti treeningandmestikust, mille me sellest hetkest alates koostame, sealhulgas selle, mille postitasite varem. Te ei pea põhjust esitama ja võite vastuväite igal ajal tagasi võtta.
object-button = Esita vastuväide oma andmete kasutamise kohta tehisintellekti treenimiseks
availability-nowhere = Vastuväite vorm ei ole praegu üheski riigis saadaval.
availability-some = Vastuväite vorm on saadaval järgmiste riikide elanikele: { $countries }.

## Vorm

form-title = Vastuväide andmete kasutamise kohta tehisintellekti treenimiseks
form-intro = Andke meile teada, kus te elate, ja sisestage oma e-posti aadress. Saadame teile e-kirjaga koodi, millega kinnitate, et aadress kuulub teile; enne seda midagi läbi ei vaadata.
form-errors-heading =
    { $count ->
        [one] Palun kontrollige järgmist
       *[other] Palun kontrollige järgmist { $count } punkti
    }
form-country-label = Elukohariik
form-country-choose = Valige oma riik
form-email-label = E-posti aadress
form-email-hint = Saadame siia kinnituskoodi ja hiljem meie otsuse.
form-impact-label = Kuidas see töötlemine teid mõjutab?
form-impact-hint-required = Teie riigi reeglid nõuavad seda.
form-impact-hint-optional = Te ei pea põhjust esitama: teie vastuväidet arvestatakse igal juhul.
form-details-label = Kas soovite meile veel midagi öelda?
form-length-limit = Kuni { $max } tähemärki.
form-send = Saada
form-privacy = Hoiame teie aadressi krüpteeritult ja kasutame seda ainult selle taotluse jaoks. Privaatsõnumeid ei kasutata kunagi tehisintellekti treenimiseks.
form-prefilled = Täitsime teie andmed teie isikliku lingi põhjal. Kontrollige neid ja saatke seejärel vorm.
form-link-expired = Teie isiklik link on aegunud, seega ei ole teie andmeid eeltäidetud. Saate siiski vastuväite esitada: täitke allolev vorm.
form-link-unusable = Me ei suutnud teie isiklikku linki lugeda (see võib olla kärbitud või muudetud), seega ei ole teie andmeid eeltäidetud. Saate siiski vastuväite esitada: täitke allolev vorm.
form-csrf = Teie turvalisuse huvides kontrollige palun oma vastuseid ja saatke vorm uuesti.
form-unavailable = Me ei saanud teie vastuväidet praegu salvestada: meie andmebaas on hetkeks kättesaamatu ja midagi ei salvestatud. Teie vastused on endiselt alles; palun saatke vorm minuti pärast uuesti.
rate-limited =
    { $minutes ->
        [one] Saime siit lühikese aja jooksul mitu taotlust. Palun oodake minut ja saatke uuesti: sisestatud andmed säilivad.
       *[other] Saime siit lühikese aja jooksul mitu taotlust. Palun oodake { $minutes } minutit ja saatke uuesti: sisestatud andmed säilivad.
    }

## Vead väljadel

error-country-required = Valige oma elukohariik.
error-country-invalid = Valige oma riik loendist.
error-country-unavailable-nowhere = Vastuväite vorm ei ole saadaval, kui teie elukohariik on { $country }, ega praegu ka kusagil mujal.
error-country-unavailable-except = Vastuväite vorm ei ole saadaval, kui teie elukohariik on { $country }. See on saadaval kõigi riikide elanikele, välja arvatud: { $countries }.
error-country-unavailable-only = Vastuväite vorm ei ole saadaval, kui teie elukohariik on { $country }. See on saadaval järgmiste riikide elanikele: { $countries }.
error-email-missing = Sisestage oma e-posti aadress.
error-email-too-long = E-posti aadress võib olla kuni 254 tähemärki pikk.
error-email-missing-at = E-posti aadressis peab nime ja domeeni vahel olema @, näiteks nimi@example.com.
error-email-local-too-long = @-märgile eelnev osa võib olla kuni 64 tähemärki pikk.
error-email-local-invalid = @-märgile eelnevas osas on märk või punkt, mida e-posti aadressides kasutada ei saa.
error-email-domain-invalid = @-märgile järgnev osa ei ole kehtiv domeen (näiteks example.com).
error-impact-required = See on teie riigis kohustuslik: kirjeldage, kuidas töötlemine teid mõjutab.
error-too-long = Tekst on { $actual } tähemärki pikk; piirang on { $max }.

## Kui brauseri saadetut ei saa lugeda

unreadable-heading = Me ei suutnud seda lugeda
unreadable-too-large = Saadetu on suurem, kui me vastu võtame. Palun lühendage seda ja proovige uuesti.
unreadable-body = Me ei suutnud lugeda seda, mida teie brauser saatis. Palun minge tagasi ja proovige uuesti.
back-to-form = Tagasi vormi juurde

## Aadressi kinnitamine

confirm-title = Kinnitage oma e-posti aadress
confirm-heading = Vaadake oma postkasti
confirm-intro = Saatsime teie antud aadressile { $digits }-kohalise koodi. Sisestage see siia, et oma vastuväide kinnitada. Kood kehtib { $minutes } minutit.
confirm-code-label = Kinnituskood
confirm-button = Kinnita
confirm-no-email = Kas e-kirja ei tulnud? Vaadake rämpspostikausta või küsige uus kood. Uus kood asendab vana.
confirm-resend-button = Saada uus kood
confirm-wrong-address = Vale aadress? Alustage uuesti õige aadressiga.
start-again = Alusta uuesti
code-csrf = Teie turvalisuse huvides sisestage kood palun uuesti.
code-missing = Sisestage e-kirjas olev 6-kohaline kood.
code-malformed = Kood koosneb 6 numbrist, näiteks 123456. Vaadake e-kirja ja sisestage kood uuesti.
code-wrong =
    { $left ->
        [one] See kood ei ole õige. Vaadake meie viimast e-kirja ja proovige uuesti (jäänud on 1 katse).
       *[other] See kood ei ole õige. Vaadake meie viimast e-kirja ja proovige uuesti (jäänud on { $left } katset).
    }
code-locked = Kood sisestati liiga mitu korda valesti, seega sulgesime teie turvalisuse huvides selle taotluse. Palun alustage uuesti: see võtab vaid minuti.
code-expired = See kood on aegunud. Tellige allpool oleva nupuga uus kood ja sisestage see siia.
resend-csrf = Teie turvalisuse huvides vajutage palun uuesti „Saada uus kood“.
resend-sent = Saatsime teile uue koodi. Varem saadetud koodid enam ei kehti.
resend-too-many =
    { $minutes ->
        [one] Oleme viimase tunni jooksul saatnud juba { $count } uut koodi. Uue saate küsida minuti pärast. Teie viimane kood kehtib kuni aegumiseni.
       *[other] Oleme viimase tunni jooksul saatnud juba { $count } uut koodi. Uue saate küsida { $minutes } minuti pärast. Teie viimane kood kehtib kuni aegumiseni.
    }

## Taotlused, mida ei saa näidata

not-found-heading = Me ei leia seda taotlust
not-found-body = Link võib olla puudulik. Kasutage meie e-kirjadest kõige uuemat linki või esitage uus vastuväide.
closed-heading = See taotlus on suletud
closed-body = Seda ei kinnitatud õigel ajal või sisestati liiga mitu korda vale kood. Võite esitada uue vastuväite: see võtab vaid minuti.
already-confirmed-heading = See e-posti aadress on juba kinnitatud
already-confirmed-body = Siin pole enam midagi teha. Meie e-kirjades olev link näitab teie taotluse olekut ja ajajoont.
start-new-objection = Esita uus vastuväide
page-not-found-heading = Lehte ei leitud
page-not-found-body = Sellel aadressil ei ole midagi.
go-to-start = Mine avalehele
error-heading = Meie poolel läks midagi valesti
error-body = Teie taotlust ei täidetud. Palun minge tagasi ja proovige uuesti; kui see kordub, proovige hiljem uuesti.
unavailable-heading = Me ei saa praegu taotlusi vastu võtta
unavailable-body = Meie andmebaas on hetkeks kättesaamatu. Midagi teie saadetust ei läinud kaotsi ega salvestatud poolikult: palun minge tagasi ja saatke see minuti pärast uuesti.

## Olekuleht

status-title = Teie vastuväide
status-label = Olek
status-meaning = Mida see tähendab
status-email = E-posti aadress
status-country = Elukohariik
status-received = Vastu võetud
status-excluded-since = Tehisintellekti treenimisest välja jäetud alates
status-answer-by = Vastamise tähtaeg
status-decided-by = Otsuse alus
status-reason = Põhjus
status-what-you-can-do = Mida saate teha
status-pending = Ootab teie e-posti aadressi kinnitamist
status-pending-meaning = Sisestage kood, mille saatsime teile e-kirjaga. Enne seda midagi läbi ei vaadata.
status-verified = Kinnitatud, otsus on tegemisel
status-verified-meaning = Teie andmed on juba tehisintellekti treenimisest välja jäetud, kuni me otsust teeme.
status-review = Inimene vaatab vastuväite läbi
status-review-meaning = Teie andmed on juba tehisintellekti treenimisest välja jäetud, kuni inimene teie vastuväidet läbi vaatab. Vastamise tähtaeg on { $due }.
status-honored = Rahuldatud
status-honored-meaning = Kehtib edaspidiseks: igast meie koostatavast tehisintellekti treeningandmestikust jäetakse välja teie loodud sisu (avalikud postitused, fotod ja nende pealdised, sõnumid meie tehisintellektiassistendile), sealhulgas see, mille postitasite varem. Privaatsõnumeid ei kasutata kunagi. Teie kohta käiv teave võib siiski ilmuda teiste jagatud sisus.
status-declined = Tagasi lükatud
status-declined-meaning = Teie vastuväide lükati tagasi. Põhjuse ja selle, mida saate teha, leiate allpool.
status-withdrawn = Tagasi võetud
status-withdrawn-meaning = Võtsite oma vastuväite tagasi. Sellest hetkest alates koostatud andmestikud võivad sisaldada teie loodud sisu; andmestikud, mis koostati vastuväite kehtimise ajal, jäävad ilma selleta.
status-closed = Suletud
status-closed-meaning = See taotlus suleti, ilma et e-posti aadress oleks kinnitatud. Võite igal ajal uuesti vastuväite esitada.
status-notice-confirmed = Aitäh: teie e-posti aadress on kinnitatud.
status-notice-already = Teil on juba kehtiv vastuväide, seega me teist ei avanud. Siin see on.
status-notice-withdrawn = Teie vastuväide on tagasi võetud. Saatsime teile kinnituse e-kirjaga.
withdraw-button = Võta vastuväide tagasi
object-again = Esita vastuväide uuesti
timeline-heading = Ajajoon
status-keep-private = Hoidke selle lehe link enda teada: igaüks, kellel see on, näeb seda lehte ja saab teie vastuväite tagasi võtta.

## Ajajoon

event-received = Võtsime teie vastuväite vastu.
event-code-sent = Saatsime teile e-kirjaga kinnituskoodi.
event-code-resent = Saatsime teile e-kirjaga uue kinnituskoodi.
event-code-rejected = Sisestati vale kinnituskood.
event-verified = Kinnitasite oma e-posti aadressi. Sellest hetkest alates on teie andmed tehisintellekti treenimisest välja jäetud.
event-honored = Teie vastuväide rahuldati edaspidiseks. Reegel: { $rule }.
event-sent-to-review = Teie vastuväide anti inimesele läbivaatamiseks: { $reason }.
review-reason-form-closed = vastuväite vormi teie elukohariigis enam ei pakuta, seega otsustab inimene
review-reason-always = teie jurisdiktsioonis vaatab inimene läbi iga vastuväite
review-reason-statement = inimene loeb enne otsustamist läbi teie esitatud selgituse
event-declined = Teie vastuväide lükati tagasi.
event-withdrawn = Võtsite oma vastuväite tagasi.
event-expired-wrong-codes = Taotlus suleti liiga paljude valede koodide tõttu.
event-expired-unconfirmed = Taotlus suleti, sest e-posti aadressi ei kinnitatud õigel ajal.
event-repeat-confirmed = Kinnitasite uue taotluse; see vastuväide juba kehtis, seega teist ei avatud.
event-deadline-extended = Pikendasime otsuse tegemise tähtaega, uus tähtaeg on { $due }. Põhjus: { $reason }
event-other = Teie taotlusega juhtus midagi muud.

## Tagasivõtmine

withdraw-title = Vastuväite tagasivõtmine
withdraw-heading = Kas võtta vastuväide tagasi?
withdraw-body = Kui võtate vastuväite tagasi, võivad meie edaspidi koostatavad tehisintellekti treeningandmestikud sisaldada teie loodud sisu: avalikke postitusi, fotosid ja nende pealdisi ning sõnumeid meie tehisintellektiassistendile. Andmestikud, mis koostati teie vastuväite kehtimise ajal, jäävad ilma selleta. Privaatsõnumeid ei kasutata kunagi.
withdraw-again = Võite igal ajal uuesti vastuväite esitada.
keep-objection = Jäta vastuväide kehtima

## E-kiri: ühine

mail-hello = Tere!
mail-footer = Selle sõnumi saatis automaatselt { $operator }. Sellele saadetud vastuseid ei loeta.
mail-receipt = Manuses on selle otsuse kviitung ({ $file }), mille on allkirjastanud { $operator }. Hoidke see alles: see tõendab, mis ja millal otsustati. Igaüks saab seda kontrollida meie avaliku võtmega aadressil
mail-follow = Jälgige oma taotlust siin:
mail-timeline = Kogu ajajoont näete siin:

## E-kiri: kinnituskood

mail-code-subject = Teie kinnituskood – { $operator }
mail-code-intro = Keegi (loodetavasti teie) palus, et { $operator } ei kasutaks tema kohta käivat teavet tehisintellekti treenimiseks, ja andis selle e-posti aadressi.
mail-code-code = Teie kinnituskood on: { $code }
mail-code-where = Sisestage see lehel, kus taotluse esitasite. Kood kehtib { $minutes } minutit.
mail-code-ignore = Kui see polnud teie, võite selle e-kirja tähelepanuta jätta: midagi ei juhtu enne, kui kood sisestatakse.
mail-code-enter-here = Koodi saate sisestada ka siin:

## E-kiri: rahuldatud

mail-honored-subject = Teie vastuväide tehisintellekti treenimise kohta on rahuldatud
mail-honored-intro = Teie vastuväide selle kohta, et { $operator } kasutab teie andmeid tehisintellekti treenimiseks, on rahuldatud.
mail-honored-means = Mida see edaspidi tähendab:
mail-honored-datasets = Igast tehisintellekti treeningandmestikust, mille me nüüdsest koostame, jäetakse välja teie loodud sisu: teie avalikud postitused, teie fotod ja nende pealdised ning sõnumid, mille saadate meie tehisintellektiassistendile. See hõlmab ka seda, mille postitasite enne tänast päeva.
mail-honored-since = See kehtib alates hetkest, mil kinnitasite oma e-posti aadressi ({ $date }).
mail-honored-private = Privaatsõnumeid sõprade ja perega ei kasutata kunagi tehisintellekti treenimiseks, olenemata sellest, kas olete vastuväite esitanud või mitte.
mail-honored-others = Teie kohta käiv teave võib siiski ilmuda teiste inimeste jagatud sisus.
mail-honored-how = Kuidas otsustati: { $basis } (reegel { $rule }).
mail-honored-link = Siin näete kogu ajajoont või saate vastuväite tagasi võtta:

## E-kiri: läbivaatamisel

mail-review-subject = Teie vastuväide tehisintellekti treenimise kohta on läbivaatamisel
mail-review-intro = Aitäh, et kinnitasite oma e-posti aadressi. { $operator } annab teie vastuväite, mis puudutab teie andmete kasutamist tehisintellekti treenimiseks, läbivaatamiseks inimesele.
mail-review-excluded = Läbivaatamise ajal on teie andmed juba tehisintellekti treenimisest välja jäetud (alates kuupäevast { $date }).
mail-review-why = Miks vaatab vastuväite läbi inimene: { $reason }
mail-review-due = Meie vastuse viimane tähtaeg on { $due }.

## E-kiri: tagasi lükatud

mail-declined-subject = Otsus teie vastuväite kohta, mis puudutab tehisintellekti treenimist
mail-declined-intro = { $operator } on teie vastuväite, mis puudutab teie andmete kasutamist tehisintellekti treenimiseks, läbi vaadanud ja selle tagasi lükanud.
mail-declined-reason = Põhjus: { $reason }
mail-declined-used-again = Alates kuupäevast { $date } kasutatakse teie andmeid taas tehisintellekti treenimiseks.
mail-declined-complain = Mida saate teha: { $complaint }
mail-object-again = Võite ka igal ajal uuesti vastuväite esitada: { $url }

## E-kiri: tagasi võetud

mail-withdrawn-subject = Võtsite tehisintellekti treenimist puudutava vastuväite tagasi
mail-withdrawn-intro = Võtsite tagasi oma vastuväite selle kohta, et { $operator } kasutab teie andmeid tehisintellekti treenimiseks.
mail-withdrawn-forward = Alates kuupäevast { $date } koostatud tehisintellekti treeningandmestikud võivad edaspidi sisaldada teie loodud sisu. Andmestikud, mis koostati teie vastuväite kehtimise ajal, jäävad ilma selleta. Privaatsõnumeid ei kasutata kunagi.
mail-withdrawn-again = Võite igal ajal uuesti vastuväite esitada: { $url }
mail-withdrawn-not-you = Kui te ei võtnud oma vastuväidet tagasi, esitage ülaltoodud aadressil uus vastuväide ja andke sellest vormis teada.

## E-kiri: tähtaega pikendati

mail-extended-subject = Vajame teie vastuväite kohta otsustamiseks rohkem aega
mail-extended-intro = Vajame rohkem aega, et otsustada teie vastuväite üle, mis puudutab teie andmete kasutamist tehisintellekti treenimiseks. Meie vastuse uus tähtaeg on { $due } (varasem tähtaeg oli { $was }).
mail-extended-why = Miks vajame rohkem aega: { $reason }
mail-extended-excluded = Kuni me otsustame, jäävad teie andmed tehisintellekti treenimisest välja.
mail-extended-law = Seadus lubab tähtaega pikendada ühe korra kuni kahe kuu võrra, kui taotlus on keeruline või taotlusi saabub korraga palju; peame teile sellest teatama esimese kuu jooksul, nagu praegu teeme. Kui te pole sellega nõus, võite esitada kaebuse järelevalveasutusele: { $complaint }

## E-kiri: teade

mail-notice-subject = Kuidas { $operator } hakkab andmeid tehisintellekti treenimiseks kasutama ja teie õigus esitada vastuväide
mail-notice-intro = Alates kuupäevast { $date } hakkab { $operator } kasutama teatud andmeid oma tehisintellekti arendamiseks ja täiustamiseks.
mail-notice-used = Mida kasutatakse:
mail-notice-never = Mida ei kasutata kunagi:
mail-notice-right = Teil on õigus esitada vastuväide. See võtab minuti, te ei pea põhjust esitama ja võite vastuväite igal ajal tagasi võtta. Kui esitate vastuväite, jäetakse kogu teie loodud sisu välja igast tehisintellekti treeningandmestikust, mille me sellest hetkest alates koostame, sealhulgas see, mille postitasite varem.
mail-notice-link = Esitage vastuväide oma isikliku lingiga (see täidab teie andmed ette ja kehtib kuni kuupäevani { $expires }):
mail-notice-form = Või kasutage vormi ilma selleta: { $url }
mail-notice-others = Isegi kui esitate vastuväite, võib teie kohta käiv teave ilmuda teiste inimeste jagatud sisus, näiteks foto teist, mille keegi teine postitab.
