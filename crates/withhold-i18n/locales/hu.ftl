### Withhold: magyar. Pontosan ugyanazok az üzenetazonosítók, mint az angolban
### (ezt a crates/withhold-i18n/tests/catalogues.rs ellenőrzi).

## Dates

month-1 = január
month-2 = február
month-3 = március
month-4 = április
month-5 = május
month-6 = június
month-7 = július
month-8 = augusztus
month-9 = szeptember
month-10 = október
month-11 = november
month-12 = december
date = { $year }. { $month } { $day }.
datetime = { $date } { $time } UTC

## Every page

site-tagline = Az MI tanítása és az adataid
skip-to-content = Ugrás a tartalomra
language-switcher = Nyelv
footer-about = Az MI tanításáról és az adataidról
footer-object = Tiltakozás
error-title = Hiba: { $title }
error-prefix = Hiba:
field-required = (kötelező)
field-optional = (nem kötelező)
field-required-here = (a lakóhelyeden kötelező)

## The notice

notice-title = Hogyan használunk fel adatokat az MI tanításához
notice-heading = Hogyan fogunk adatokat felhasználni az MI tanításához
notice-lead = { $date } napjától { $operator } bizonyos adatokat fel fog használni saját MI-rendszerei fejlesztéséhez és javításához. Jogodban áll tiltakozni, és ez csak egy percet vesz igénybe.
used-heading = Mit fogunk felhasználni
used-posts = Nyilvános bejegyzések
used-photos = Fotók és a képaláírásaik
used-ai-messages = Az MI-asszisztensünknek küldött üzeneteid
never-heading = Mit nem használunk fel soha
never-private-messages = A barátaiddal és a családoddal váltott privát üzenetek
others-heading = Rólad szóló adatok, amelyeket mások osztanak meg
others-body = Még ha tiltakozol is, a rólad szóló adatok továbbra is megjelenhetnek olyan tartalmakban, amelyeket mások osztanak meg – például egy rólad készült fotón, amelyet valaki más tesz közzé –, és ezek a tartalmak felhasználhatók.
right-heading = A tiltakozáshoz való jogod
right-body = Ha tiltakozol, minden tartalmat, amelynek te vagy a szerzője, kihagyunk az összes olyan MI-tanító adatkészletből, amelyet ettől kezdve összeállítunk, beleértve azt is, amit korábban tettél közzé. Nem kell indokolnod, és a tiltakozásodat bármikor visszavonhatod.
object-button = Tiltakozás az adataid MI-célú felhasználása ellen
availability-nowhere = A tiltakozási űrlap jelenleg egyik országban sem érhető el.
availability-some = A tiltakozási űrlapot a következő országok lakosai használhatják: { $countries }.

## The form

form-title = Tiltakozás az adataid MI-célú felhasználása ellen
form-intro = Add meg, hol élsz, és mi az e-mail-címed. Küldünk egy kódot e-mailben, amellyel megerősítheted, hogy a cím a tiéd; addig semmit sem vizsgálunk meg.
form-errors-heading =
    { $count ->
        [one] Kérjük, ellenőrizd a következőt
       *[other] Kérjük, ellenőrizd a következő { $count } dolgot
    }
form-country-label = Lakóhely szerinti ország
form-country-choose = Válaszd ki az országodat
form-email-label = E-mail-cím
form-email-hint = Ide küldjük a megerősítő kódot, később pedig a döntésünket.
form-impact-label = Hogyan érint téged ez az adatkezelés?
form-impact-hint-required = Az országod szabályai ezt előírják.
form-impact-hint-optional = Nem kell indokolnod: a tiltakozásodnak mindenképpen helyt adunk.
form-details-label = Szeretnél még valamit közölni velünk?
form-length-limit = Legfeljebb { $max } karakter.
form-send = Küldés
form-privacy = Az e-mail-címedet titkosítva tároljuk, és csak ehhez a kérelemhez használjuk. A privát üzeneteket soha nem használjuk fel MI tanítására.
form-prefilled = Az adataidat a személyes linked alapján kitöltöttük. Ellenőrizd őket, majd küldd el az űrlapot.
form-link-expired = A személyes linked lejárt, ezért az adataidat nem töltöttük ki. Tiltakozni így is tudsz: töltsd ki az alábbi űrlapot.
form-link-unusable = Nem tudtuk beolvasni a személyes linkedet (lehet, hogy csonka vagy módosult), ezért az adataidat nem töltöttük ki. Tiltakozni így is tudsz: töltsd ki az alábbi űrlapot.
form-csrf = Biztonsági okokból kérjük, ellenőrizd a válaszaidat, és küldd el újra az űrlapot.
form-unavailable = A tiltakozásodat most nem tudtuk elmenteni: az adatbázisunk rövid ideig nem érhető el, és semmi sem mentődött el. A válaszaid itt maradtak; kérjük, egy perc múlva küldd el újra az űrlapot.
rate-limited =
    { $minutes ->
        [one] Rövid időn belül több kérés érkezett innen. Kérjük, várj egy percet, és küldd el újra: amit beírtál, megmarad.
       *[other] Rövid időn belül több kérés érkezett innen. Kérjük, várj { $minutes } percet, és küldd el újra: amit beírtál, megmarad.
    }

## What is wrong with a field

error-country-required = Válaszd ki a lakóhelyed szerinti országot.
error-country-invalid = Az országodat a listából válaszd ki.
error-country-unavailable-nowhere = A tiltakozási űrlap { $country } lakosai számára nem érhető el, és jelenleg máshol sem.
error-country-unavailable-except = A tiltakozási űrlap { $country } lakosai számára nem érhető el. A következők kivételével minden ország lakosai használhatják: { $countries }.
error-country-unavailable-only = A tiltakozási űrlap { $country } lakosai számára nem érhető el. A következő országok lakosai használhatják: { $countries }.
error-email-missing = Add meg az e-mail-címedet.
error-email-too-long = Egy e-mail-cím legfeljebb 254 karakter hosszú lehet.
error-email-missing-at = Az e-mail-címben a név és a domain között egy @ jelnek kell állnia, például: nev@example.com.
error-email-local-too-long = A @ előtti rész legfeljebb 64 karakter hosszú lehet.
error-email-local-invalid = A @ előtti rész olyan karaktert tartalmaz, amely nem szerepelhet e-mail-címben, vagy rossz helyen van benne pont.
error-email-domain-invalid = A @ utáni rész nem érvényes domain (ilyen például az example.com).
error-impact-required = Az országodban ez kötelező: írd le, hogyan érint téged az adatkezelés.
error-too-long = Ez { $actual } karakter hosszú; a korlát { $max } karakter.

## When what the browser sent cannot be read

unreadable-heading = Ezt nem tudtuk beolvasni
unreadable-too-large = Amit küldtél, nagyobb annál, amit el tudunk fogadni. Kérjük, rövidítsd le, és próbáld újra.
unreadable-body = Nem tudtuk beolvasni, amit a böngésződ küldött. Kérjük, lépj vissza, és próbáld újra.
back-to-form = Vissza az űrlaphoz

## Confirming the address

confirm-title = Erősítsd meg az e-mail-címedet
confirm-heading = Nézd meg az e-mailjeidet
confirm-intro = Küldtünk egy { $digits } jegyű kódot a megadott címre. Írd be ide, hogy megerősítsd a tiltakozásodat. A kód { $minutes } percig érvényes.
confirm-code-label = Megerősítő kód
confirm-button = Megerősítés
confirm-no-email = Nem jött meg az e-mail? Nézd meg a levélszemét mappát, vagy kérj új kódot. Az új kód felváltja a régit.
confirm-resend-button = Új kód küldése
confirm-wrong-address = Rossz címet adtál meg? Kezdd újra a helyes címmel.
start-again = Újrakezdés
code-csrf = Biztonsági okokból kérjük, add meg újra a kódot.
code-missing = Írd be az e-mailben kapott 6 jegyű kódot.
code-malformed = A kód 6 számjegyből áll, például 123456. Nézd meg az e-mailt, és írd be újra.
code-wrong =
    { $left ->
        [one] Ez a kód nem megfelelő. Nézd meg a tőlünk kapott legutóbbi e-mailt, és próbáld újra (még 1 próbálkozásod van).
       *[other] Ez a kód nem megfelelő. Nézd meg a tőlünk kapott legutóbbi e-mailt, és próbáld újra (még { $left } próbálkozásod van).
    }
code-locked = A kódot túl sokszor adták meg hibásan, ezért biztonsági okokból lezártuk ezt a kérelmet. Kérjük, kezdd újra: csak egy percet vesz igénybe.
code-expired = Ez a kód lejárt. Az alábbi gombbal küldj magadnak új kódot, majd írd be ide.
resend-csrf = Biztonsági okokból kérjük, nyomd meg újra az „Új kód küldése” gombot.
resend-sent = Új kódot küldtünk. A korábban küldött kódok már nem érvényesek.
resend-too-many =
    { $minutes ->
        [one] Az elmúlt órában már { $count } új kódot küldtünk neked. Egy perc múlva kérhetsz újabbat. A legutóbbi kódod a lejáratáig érvényes marad.
       *[other] Az elmúlt órában már { $count } új kódot küldtünk neked. { $minutes } perc múlva kérhetsz újabbat. A legutóbbi kódod a lejáratáig érvényes marad.
    }

## Requests that cannot be shown

not-found-heading = Nem találjuk ezt a kérelmet
not-found-body = Lehet, hogy a link hiányos. Használd az e-mailjeinkben kapott legfrissebb linket, vagy nyújts be új tiltakozást.
closed-heading = Ez a kérelem le van zárva
closed-body = Nem erősítették meg időben, vagy túl sokszor adtak meg hibás kódot. Benyújthatsz új tiltakozást: csak egy percet vesz igénybe.
already-confirmed-heading = Ez az e-mail-cím már meg van erősítve
already-confirmed-body = Itt már nincs teendőd. Az e-mailjeinkben található link megmutatja a kérelmed állapotát és előzményeit.
start-new-objection = Új tiltakozás benyújtása
page-not-found-heading = Az oldal nem található
page-not-found-body = Ezen a címen nincs semmi.
go-to-start = Ugrás a kezdőlapra
error-heading = Valami hiba történt nálunk
error-body = A kérelmed nem teljesült. Kérjük, lépj vissza, és próbáld újra; ha a hiba ismétlődik, próbálkozz később.
unavailable-heading = Most nem tudunk kérelmeket fogadni
unavailable-body = Az adatbázisunk rövid ideig nem érhető el. Semmi sem veszett el abból, amit küldtél, és félig sem mentődött el: kérjük, lépj vissza, és egy perc múlva küldd el újra.

## The status page

status-title = A tiltakozásod
status-label = Állapot
status-meaning = Mit jelent ez
status-email = E-mail-cím
status-country = Lakóhely szerinti ország
status-received = Beérkezett
status-excluded-since = Az MI tanításából való kizárás kezdete
status-answer-by = Válaszadási határidő
status-decided-by = A döntés alapja
status-reason = Indok
status-what-you-can-do = Mit tehetsz
status-pending = Az e-mail-címed megerősítésére vár
status-pending-meaning = Írd be a kódot, amelyet e-mailben küldtünk. Addig semmit sem vizsgálunk meg.
status-verified = Megerősítve, döntésre vár
status-verified-meaning = Amíg döntünk, az adataid már ki vannak zárva az MI tanításából.
status-review = Emberi felülvizsgálat alatt
status-review-meaning = Amíg egy munkatársunk megvizsgálja a tiltakozásodat, az adataid már ki vannak zárva az MI tanításából. Válaszunk határideje: { $due }.
status-honored = Elfogadva
status-honored-meaning = A jövőre nézve érvényes: minden MI-tanító adatkészletből, amelyet összeállítunk, kihagyjuk azokat a tartalmakat, amelyeknek te vagy a szerzője (nyilvános bejegyzések, fotók és a képaláírásaik, az MI-asszisztensünknek küldött üzenetek), beleértve a korábban közzétetteket is. A privát üzeneteket soha nem használjuk fel. A rólad szóló adatok továbbra is megjelenhetnek mások által megosztott tartalmakban.
status-declined = Elutasítva
status-declined-meaning = A tiltakozásodat elutasítottuk. Az indokot és a lehetőségeidet lent találod.
status-withdrawn = Visszavonva
status-withdrawn-meaning = Visszavontad a tiltakozásodat. Az azóta összeállított adatkészletek tartalmazhatnak olyan tartalmakat, amelyeknek te vagy a szerzője; a tiltakozásod érvényessége alatt összeállítottak továbbra sem tartalmazzák őket.
status-closed = Lezárva
status-closed-meaning = Ezt a kérelmet az e-mail-cím megerősítése nélkül lezártuk. Bármikor újra tiltakozhatsz.
status-notice-confirmed = Köszönjük, megerősítetted az e-mail-címedet.
status-notice-already = Már van érvényben lévő tiltakozásod, ezért nem nyitottunk másodikat. Itt láthatod.
status-notice-withdrawn = A tiltakozásodat visszavontad. E-mailben küldtünk róla megerősítést.
withdraw-button = Visszavonom a tiltakozásomat
object-again = Újbóli tiltakozás
timeline-heading = Előzmények
status-keep-private = Ennek az oldalnak a linkjét ne oszd meg senkivel: aki ismeri, megnézheti ezt az oldalt, és visszavonhatja a tiltakozásodat.

## The timeline

event-received = Megkaptuk a tiltakozásodat.
event-code-sent = E-mailben elküldtük neked a megerősítő kódot.
event-code-resent = E-mailben új megerősítő kódot küldtünk neked.
event-code-rejected = Hibás megerősítő kódot adtak meg.
event-verified = Megerősítetted az e-mail-címedet. Ettől a pillanattól az adataid ki vannak zárva az MI tanításából.
event-honored = Helyt adtunk a tiltakozásodnak, a jövőre nézve. Szabály: { $rule }.
event-sent-to-review = A tiltakozásodat emberi felülvizsgálatra továbbítottuk: { $reason }.
review-reason-form-closed = a lakóhelyeden már nem érhető el a tiltakozási űrlap, ezért egy munkatársunk dönt
review-reason-always = a lakóhelyeden érvényes szabályok szerint minden tiltakozást egy munkatársunk vizsgál meg
review-reason-statement = döntés előtt egy munkatársunk elolvassa, amit leírtál
event-declined = A tiltakozásodat elutasítottuk.
event-withdrawn = Visszavontad a tiltakozásodat.
event-expired-wrong-codes = A kérelmet túl sok hibás kód után lezártuk.
event-expired-unconfirmed = A kérelmet lezártuk, mert az e-mail-címet nem erősítették meg időben.
event-repeat-confirmed = Megerősítettél egy új kérelmet; ez a tiltakozás már érvényben volt, ezért nem nyitottunk másodikat.
event-deadline-extended = Meghosszabbítottuk a döntésünk határidejét, az új határidő: { $due }. Indok: { $reason }
event-other = Valami más történt a kérelmeddel.

## Withdrawing

withdraw-title = A tiltakozás visszavonása
withdraw-heading = Visszavonod a tiltakozásodat?
withdraw-body = Ha visszavonod, az ezután összeállított MI-tanító adatkészletek tartalmazhatnak olyan tartalmakat, amelyeknek te vagy a szerzője: nyilvános bejegyzéseket, fotókat és a képaláírásaikat, valamint az MI-asszisztensünknek küldött üzeneteket. A tiltakozásod érvényessége alatt összeállított adatkészletek továbbra sem tartalmazzák őket. A privát üzeneteket soha nem használjuk fel.
withdraw-again = Bármikor újra tiltakozhatsz.
keep-objection = Megtartom a tiltakozásomat

## Email: shared

mail-hello = Üdvözlünk!
mail-footer = Ezt az üzenetet { $operator } automatikusan küldte. Az erre érkező válaszokat nem olvassuk el.
mail-receipt = Mellékeltük a döntésről szóló, { $operator } által aláírt igazolást ({ $file }). Őrizd meg: ez bizonyítja, mit és mikor döntöttünk. Bárki ellenőrizheti a nyilvános kulcsunkkal, amely ezen a címen érhető el:
mail-follow = Itt követheted a kérelmedet:
mail-timeline = A teljes előzményeket itt láthatod:

## Email: the confirmation code

mail-code-subject = { $operator }: a megerősítő kódod
mail-code-intro = Valaki (reméljük, hogy te) azt kérte, hogy { $operator } ne használja fel a róla szóló adatokat MI tanítására, és ezt az e-mail-címet adta meg.
mail-code-code = A megerősítő kódod: { $code }
mail-code-where = Írd be azon az oldalon, ahol a kérelmet benyújtottad. A kód { $minutes } percig érvényes.
mail-code-ignore = Ha nem te voltál, nyugodtan figyelmen kívül hagyhatod ezt az e-mailt: amíg senki nem adja meg a kódot, nem történik semmi.
mail-code-enter-here = Itt is beírhatod:

## Email: honored

mail-honored-subject = Helyt adtunk az MI-tanítás elleni tiltakozásodnak
mail-honored-intro = Helyt adtunk a tiltakozásodnak, amelyben azt kérted, hogy { $operator } ne használja fel az adataidat MI tanítására.
mail-honored-means = Mit jelent ez a jövőre nézve:
mail-honored-datasets = Minden MI-tanító adatkészletből, amelyet mostantól összeállítunk, kihagyjuk azokat a tartalmakat, amelyeknek te vagy a szerzője: a nyilvános bejegyzéseidet, a fotóidat és a képaláírásaikat, valamint az MI-asszisztensünknek küldött üzeneteidet. Ez a ma előtt közzétett tartalmaidra is vonatkozik.
mail-honored-since = Ez { $date } óta érvényes, amikor megerősítetted az e-mail-címedet.
mail-honored-private = A barátaiddal és a családoddal váltott privát üzeneteket soha nem használjuk fel MI tanítására, akár tiltakozol, akár nem.
mail-honored-others = A rólad szóló adatok továbbra is megjelenhetnek mások által megosztott tartalmakban.
mail-honored-how = A döntés alapja: { $basis } (szabály: { $rule }).
mail-honored-link = A teljes előzményeket itt láthatod, és itt vonhatod vissza a tiltakozásodat is:

## Email: sent to review

mail-review-subject = Felülvizsgáljuk az MI-tanítás elleni tiltakozásodat
mail-review-intro = Köszönjük, hogy megerősítetted az e-mail-címedet. { $operator } egyik munkatársa fogja megvizsgálni a tiltakozásodat, amelyet az adataid MI-tanításra való felhasználása ellen nyújtottál be.
mail-review-excluded = A felülvizsgálat ideje alatt az adataid már ki vannak zárva az MI tanításából ({ $date } óta).
mail-review-why = Miért vizsgálja meg egy munkatársunk: { $reason }
mail-review-due = A válaszunkat legkésőbb eddig megkapod: { $due }.

## Email: declined

mail-declined-subject = Döntés az MI-tanítás elleni tiltakozásodról
mail-declined-intro = { $operator } megvizsgálta a tiltakozásodat, amelyet az adataid MI-tanításra való felhasználása ellen nyújtottál be, és elutasította.
mail-declined-reason = Az indok: { $reason }
mail-declined-used-again = Az adataidat { $date } óta ismét felhasználjuk MI tanítására.
mail-declined-complain = Mit tehetsz: { $complaint }
mail-object-again = Emellett bármikor újra tiltakozhatsz: { $url }

## Email: withdrawn

mail-withdrawn-subject = Visszavontad az MI-tanítás elleni tiltakozásodat
mail-withdrawn-intro = Visszavontad a tiltakozásodat, amelyben azt kérted, hogy { $operator } ne használja fel az adataidat MI tanítására.
mail-withdrawn-forward = A jövőre nézve: a { $date } óta összeállított MI-tanító adatkészletek tartalmazhatnak olyan tartalmakat, amelyeknek te vagy a szerzője. A tiltakozásod érvényessége alatt összeállított adatkészletek továbbra sem tartalmazzák őket. A privát üzeneteket soha nem használjuk fel.
mail-withdrawn-again = Bármikor újra tiltakozhatsz: { $url }
mail-withdrawn-not-you = Ha nem te vontad vissza a tiltakozásodat, tiltakozz újra a fenti címen, és ezt az űrlapon is jelezd.

## Email: deadline extended

mail-extended-subject = Több időre van szükségünk a tiltakozásodról szóló döntéshez
mail-extended-intro = Több időre van szükségünk ahhoz, hogy döntsünk a tiltakozásodról, amelyet az adataid MI-tanításra való felhasználása ellen nyújtottál be. Válaszunk új határideje: { $due } (az eredeti határidő: { $was }).
mail-extended-why = Miért van szükségünk több időre: { $reason }
mail-extended-excluded = Amíg döntünk, az adataid továbbra is ki vannak zárva az MI tanításából.
mail-extended-law = A jogszabály lehetővé teszi, hogy ezt a határidőt egyszer, legfeljebb két hónappal meghosszabbítsuk, ha a kérelem összetett, vagy ha egyszerre sok kérelem érkezik; erről az első hónapon belül tájékoztatnunk kell téged, ahogy most tesszük. Ha nem értesz egyet, panaszt tehetsz egy felügyeleti hatóságnál: { $complaint }

## Email: the notice

mail-notice-subject = Hogyan fogja { $operator } felhasználni az adatokat MI tanítására, és a tiltakozáshoz való jogod
mail-notice-intro = { $date } napjától { $operator } bizonyos adatokat fel fog használni saját MI-rendszerei fejlesztéséhez és javításához.
mail-notice-used = Mit fogunk felhasználni:
mail-notice-never = Mit nem használunk fel soha:
mail-notice-right = Jogodban áll tiltakozni. Csak egy percet vesz igénybe, nem kell indokolnod, és a tiltakozásodat bármikor visszavonhatod. Ha tiltakozol, minden tartalmat, amelynek te vagy a szerzője, kihagyunk az összes olyan MI-tanító adatkészletből, amelyet ettől kezdve összeállítunk, beleértve azt is, amit korábban tettél közzé.
mail-notice-link = Tiltakozz a személyes linkeddel (kitölti helyetted az adataidat; { $expires } napjáig érvényes):
mail-notice-form = Vagy használd az űrlapot link nélkül: { $url }
mail-notice-others = Még ha tiltakozol is, a rólad szóló adatok továbbra is megjelenhetnek olyan tartalmakban, amelyeket mások osztanak meg, például egy rólad készült fotón, amelyet valaki más tesz közzé.
