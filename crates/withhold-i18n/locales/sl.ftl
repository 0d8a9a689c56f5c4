### Withhold: Slovenian (slovenščina). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Dates

month-1 = januarja
month-2 = februarja
month-3 = marca
month-4 = aprila
month-5 = maja
month-6 = junija
month-7 = julija
month-8 = avgusta
month-9 = septembra
month-10 = oktobra
month-11 = novembra
month-12 = decembra
date = { $day }. { $month } { $year }
datetime = { $date } ob { $time } UTC

## Every page

site-tagline = Učenje umetne inteligence in vaši podatki
skip-to-content = Preskoči na vsebino
language-switcher = Jezik
footer-about = O učenju umetne inteligence in vaših podatkih
footer-object = Vložite ugovor
error-title = Napaka: { $title }
error-prefix = Napaka:
field-required = (obvezno)
field-optional = (neobvezno)
field-required-here = (obvezno v državi, v kateri živite)

## The notice

notice-title = Kako uporabljamo podatke za učenje umetne inteligence
notice-heading = Kako bomo uporabljali podatke za učenje umetne inteligence
notice-lead = Od { $date } se bodo nekateri podatki uporabljali za razvoj in izboljšanje umetne inteligence podjetja { $operator }. Imate pravico do ugovora in za to potrebujete le minuto.
used-heading = Kaj se bo uporabljalo
used-posts = Javne objave
used-photos = Fotografije in njihovi opisi
used-ai-messages = Sporočila, ki jih pošiljate našemu pomočniku z umetno inteligenco
never-heading = Česa nikoli ne uporabljamo
never-private-messages = Zasebna sporočila s prijatelji in družino
others-heading = Podatki o vas, ki jih delijo drugi
others-body = Tudi če vložite ugovor, se lahko podatki o vas še vedno pojavijo v vsebini, ki jo delijo drugi, na primer na vaši fotografiji, ki jo objavi nekdo drug, in ta vsebina se lahko uporabi.
right-heading = Vaša pravica do ugovora
right-body = Če vložite ugovor, bomo vse, česar avtor ste, izključili iz vseh naborov podatkov za učenje umetne inteligence, ki jih bomo ustvarili od takrat naprej, vključno s tem, kar ste objavili prej. Razloga vam ni treba navesti, ugovor pa lahko kadar koli umaknete.
object-button = Ugovarjajte uporabi svojih podatkov za umetno inteligenco
availability-nowhere = Obrazec za ugovor trenutno ni na voljo v nobeni državi.
availability-some = Obrazec za ugovor je na voljo prebivalcem teh držav: { $countries }.

## The form

form-title = Ugovor zoper uporabo vaših podatkov za umetno inteligenco
form-intro = Navedite, kje živite, in svoj e-poštni naslov. Po e-pošti vam bomo poslali kodo, s katero potrdite, da je naslov vaš; pred tem ne obravnavamo ničesar.
form-errors-heading =
    { $count ->
        [1] Popravite naslednjo napako
        [one] Popravite naslednjo { $count } napako
        [two] Popravite naslednji { $count } napaki
        [few] Popravite naslednje { $count } napake
       *[other] Popravite naslednjih { $count } napak
    }
form-country-label = Država prebivališča
form-country-choose = Izberite državo
form-email-label = E-poštni naslov
form-email-hint = Na ta naslov vam bomo poslali potrditveno kodo, pozneje pa še našo odločitev.
form-impact-label = Kako ta obdelava vpliva na vas?
form-impact-hint-required = To zahtevajo predpisi vaše države.
form-impact-hint-optional = Razloga vam ni treba navesti: vaš ugovor bo upoštevan v vsakem primeru.
form-details-label = Nam želite sporočiti še kaj?
form-length-limit = Največ { $max ->
        [one] { $max } znak
        [two] { $max } znaka
        [few] { $max } znaki
       *[other] { $max } znakov
    }.
form-send = Pošlji
form-privacy = Vaš naslov hranimo šifriran in ga uporabljamo samo za to zahtevo. Zasebna sporočila se nikoli ne uporabljajo za učenje umetne inteligence.
form-prefilled = Vaše podatke smo izpolnili na podlagi vaše osebne povezave. Preverite jih in nato pošljite obrazec.
form-link-expired = Vaša osebna povezava je potekla, zato vaši podatki niso izpolnjeni. Ugovor lahko vseeno vložite: izpolnite spodnji obrazec.
form-link-unusable = Vaše osebne povezave nismo mogli prebrati (morda je bila okrnjena ali spremenjena), zato vaši podatki niso izpolnjeni. Ugovor lahko vseeno vložite: izpolnite spodnji obrazec.
form-csrf = Zaradi vaše varnosti preverite odgovore in obrazec pošljite znova.
form-unavailable = Vašega ugovora trenutno nismo mogli shraniti: naša zbirka podatkov je za kratek čas nedosegljiva in nič ni bilo shranjeno. Vaši odgovori so še vedno tukaj; obrazec pošljite znova čez minuto.
rate-limited =
    { $minutes ->
        [1] V kratkem času smo iz tega omrežja prejeli več zahtev. Počakajte minuto in pošljite znova: to, kar ste vnesli, ostane shranjeno.
        [one] V kratkem času smo iz tega omrežja prejeli več zahtev. Počakajte { $minutes } minuto in pošljite znova: to, kar ste vnesli, ostane shranjeno.
        [two] V kratkem času smo iz tega omrežja prejeli več zahtev. Počakajte { $minutes } minuti in pošljite znova: to, kar ste vnesli, ostane shranjeno.
        [few] V kratkem času smo iz tega omrežja prejeli več zahtev. Počakajte { $minutes } minute in pošljite znova: to, kar ste vnesli, ostane shranjeno.
       *[other] V kratkem času smo iz tega omrežja prejeli več zahtev. Počakajte { $minutes } minut in pošljite znova: to, kar ste vnesli, ostane shranjeno.
    }

## What is wrong with a field

error-country-required = Izberite državo prebivališča.
error-country-invalid = Izberite državo s seznama.
error-country-unavailable-nowhere = Obrazec za ugovor ni na voljo prebivalcem izbrane države ({ $country }), trenutno pa tudi nikjer drugje ne.
error-country-unavailable-except = Obrazec za ugovor ni na voljo prebivalcem izbrane države ({ $country }). Na voljo je prebivalcem vseh držav razen teh: { $countries }.
error-country-unavailable-only = Obrazec za ugovor ni na voljo prebivalcem izbrane države ({ $country }). Na voljo je prebivalcem teh držav: { $countries }.
error-email-missing = Vnesite svoj e-poštni naslov.
error-email-too-long = E-poštni naslov ima lahko največ 254 znakov.
error-email-missing-at = E-poštni naslov mora med imenom in domeno vsebovati znak @, na primer ime@example.com.
error-email-local-too-long = Del pred znakom @ ima lahko največ 64 znakov.
error-email-local-invalid = Del pred znakom @ vsebuje znak ali piko, ki je v e-poštnem naslovu ni mogoče uporabiti.
error-email-domain-invalid = Del za znakom @ ni veljavna domena, kot je example.com.
error-impact-required = V vaši državi je to obvezno: napišite, kako obdelava vpliva na vas.
error-too-long = Besedilo ima { $actual ->
        [one] { $actual } znak
        [two] { $actual } znaka
        [few] { $actual } znake
       *[other] { $actual } znakov
    }, omejitev pa je { $max }.

## When what the browser sent cannot be read

unreadable-heading = Poslanega nismo mogli prebrati
unreadable-too-large = Poslana vsebina je večja, kot je dovoljeno. Skrajšajte jo in poskusite znova.
unreadable-body = Podatkov, ki jih je poslal vaš brskalnik, nismo mogli prebrati. Vrnite se in poskusite znova.
back-to-form = Nazaj na obrazec

## Confirming the address

confirm-title = Potrdite svoj e-poštni naslov
confirm-heading = Preverite e-pošto
confirm-intro = Na naslov, ki ste ga navedli, smo poslali { $digits }-mestno kodo. Vnesite jo tukaj, da potrdite ugovor. Koda velja { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    }.
confirm-code-label = Potrditvena koda
confirm-button = Potrdi
confirm-no-email = Niste prejeli sporočila? Preverite mapo z neželeno pošto ali zahtevajte novo kodo. Nova koda nadomesti staro.
confirm-resend-button = Pošlji novo kodo
confirm-wrong-address = Napačen naslov? Začnite znova s pravim.
start-again = Začni znova
code-csrf = Zaradi vaše varnosti znova vnesite kodo.
code-missing = Vnesite 6-mestno kodo iz e-poštnega sporočila.
code-malformed = Koda ima 6 števk, na primer 123456. Preverite e-poštno sporočilo in jo vnesite znova.
code-wrong =
    { $left ->
        [one] Koda ni pravilna. Preverite naše zadnje sporočilo in poskusite znova (imate še { $left } poskus).
        [two] Koda ni pravilna. Preverite naše zadnje sporočilo in poskusite znova (imate še { $left } poskusa).
        [few] Koda ni pravilna. Preverite naše zadnje sporočilo in poskusite znova (imate še { $left } poskuse).
       *[other] Koda ni pravilna. Preverite naše zadnje sporočilo in poskusite znova (imate še { $left } poskusov).
    }
code-locked = Koda je bila prevečkrat napačno vnesena, zato smo zaradi vaše varnosti to zahtevo zaprli. Začnite znova: potrebujete le minuto.
code-expired = Ta koda je potekla. S spodnjim gumbom si pošljite novo kodo in jo nato vnesite tukaj.
resend-csrf = Zaradi vaše varnosti znova pritisnite »Pošlji novo kodo«.
resend-sent = Poslali smo vam novo kodo. Prej poslane kode ne veljajo več.
resend-too-many =
    { $minutes ->
        [1] V zadnji uri smo vam poslali že največje dovoljeno število novih kod ({ $count }). Novo lahko zahtevate čez minuto. Vaša zadnja koda velja, dokler ne poteče.
        [one] V zadnji uri smo vam poslali že največje dovoljeno število novih kod ({ $count }). Novo lahko zahtevate čez { $minutes } minuto. Vaša zadnja koda velja, dokler ne poteče.
        [two] V zadnji uri smo vam poslali že največje dovoljeno število novih kod ({ $count }). Novo lahko zahtevate čez { $minutes } minuti. Vaša zadnja koda velja, dokler ne poteče.
        [few] V zadnji uri smo vam poslali že največje dovoljeno število novih kod ({ $count }). Novo lahko zahtevate čez { $minutes } minute. Vaša zadnja koda velja, dokler ne poteče.
       *[other] V zadnji uri smo vam poslali že največje dovoljeno število novih kod ({ $count }). Novo lahko zahtevate čez { $minutes } minut. Vaša zadnja koda velja, dokler ne poteče.
    }

## Requests that cannot be shown

not-found-heading = Te zahteve ne najdemo
not-found-body = Povezava je morda nepopolna. Uporabite najnovejšo povezavo iz naših sporočil ali vložite nov ugovor.
closed-heading = Ta zahteva je zaprta
closed-body = Ni bila pravočasno potrjena ali pa je bila prevečkrat vnesena napačna koda. Vložite lahko nov ugovor: potrebujete le minuto.
already-confirmed-heading = Ta e-poštni naslov je že potrjen
already-confirmed-body = Tukaj vam ni treba storiti ničesar več. Povezava v naših sporočilih prikazuje stanje in potek vaše zahteve.
start-new-objection = Vložite nov ugovor
page-not-found-heading = Strani ni mogoče najti
page-not-found-body = Na tem naslovu ni ničesar.
go-to-start = Na začetno stran
error-heading = Pri nas je prišlo do napake
error-body = Vaša zahteva ni bila izvedena. Vrnite se in poskusite znova; če se težava ponavlja, poskusite pozneje.
unavailable-heading = Trenutno ne moremo sprejemati zahtev
unavailable-body = Naša zbirka podatkov je za kratek čas nedosegljiva. Nič od poslanega se ni izgubilo ali le delno shranilo: vrnite se in pošljite znova čez minuto.

## The status page

status-title = Vaš ugovor
status-label = Stanje
status-meaning = Kaj to pomeni
status-email = E-poštni naslov
status-country = Država prebivališča
status-received = Prejeto
status-excluded-since = Izključeno iz učenja umetne inteligence od
status-answer-by = Odgovoriti moramo do
status-decided-by = Odločeno na podlagi
status-reason = Razlog
status-what-you-can-do = Kaj lahko storite
status-pending = Čakamo, da potrdite e-poštni naslov
status-pending-meaning = Vnesite kodo, ki smo vam jo poslali po e-pošti. Pred tem ne obravnavamo ničesar.
status-verified = Potrjen, odločanje poteka
status-verified-meaning = Vaši podatki so že izključeni iz učenja umetne inteligence, medtem ko odločamo.
status-review = V pregledu pri zaposlenem
status-review-meaning = Vaši podatki so že izključeni iz učenja umetne inteligence, medtem ko zaposleni pregleduje vaš ugovor. Odgovorili vam bomo do { $due }.
status-honored = Upoštevan
status-honored-meaning = Velja za naprej: noben nabor podatkov za učenje umetne inteligence, ki ga ustvarimo, ne vključuje vsebine, katere avtor ste (javnih objav, fotografij in njihovih opisov, sporočil našemu pomočniku z umetno inteligenco), vključno s tem, kar ste objavili prej. Zasebna sporočila se nikoli ne uporabljajo. Podatki o vas se lahko še vedno pojavijo v vsebini, ki jo delijo drugi.
status-declined = Zavrnjen
status-declined-meaning = Vaš ugovor je bil zavrnjen. Razlog in to, kar lahko storite, sta navedena spodaj.
status-withdrawn = Umaknjen
status-withdrawn-meaning = Ugovor ste umaknili. Nabori podatkov, ustvarjeni od takrat naprej, lahko vključujejo vsebino, katere avtor ste; nabori, ustvarjeni v času, ko je ugovor veljal, ostanejo brez nje.
status-closed = Zaprt
status-closed-meaning = Ta zahteva je bila zaprta, ne da bi bil e-poštni naslov potrjen. Ugovor lahko kadar koli vložite znova.
status-notice-confirmed = Hvala: vaš e-poštni naslov je potrjen.
status-notice-already = Že imate veljaven ugovor, zato drugega nismo odprli. Tukaj je.
status-notice-withdrawn = Vaš ugovor je umaknjen. Po e-pošti smo vam poslali potrdilo.
withdraw-button = Umakni moj ugovor
object-again = Znova vložite ugovor
timeline-heading = Potek
status-keep-private = Povezave do te strani ne delite z drugimi: kdor jo ima, lahko vidi to stran in umakne vaš ugovor.

## The timeline

event-received = Prejeli smo vaš ugovor.
event-code-sent = Po e-pošti smo vam poslali potrditveno kodo.
event-code-resent = Po e-pošti smo vam poslali novo potrditveno kodo.
event-code-rejected = Vnesena je bila napačna potrditvena koda.
event-verified = Potrdili ste e-poštni naslov. Od tega trenutka so vaši podatki izključeni iz učenja umetne inteligence.
event-honored = Vaš ugovor je bil upoštevan in velja za naprej. Pravilo: { $rule }.
event-sent-to-review = Vaš ugovor smo predali v pregled zaposlenemu: { $reason }.
review-reason-form-closed = obrazec za ugovor v državi, v kateri živite, ni več na voljo, zato odloči zaposleni
review-reason-always = po pravilih, ki veljajo za vašo državo, vsak ugovor pregleda zaposleni
review-reason-statement = zaposleni pred odločitvijo prebere izjavo, ki ste jo podali
event-declined = Vaš ugovor je bil zavrnjen.
event-withdrawn = Umaknili ste ugovor.
event-expired-wrong-codes = Zahteva je bila zaprta po preveč napačnih kodah.
event-expired-unconfirmed = Zahteva je bila zaprta, ker e-poštni naslov ni bil pravočasno potrjen.
event-repeat-confirmed = Potrdili ste novo zahtevo; ta ugovor je že veljal, zato drugi ni bil odprt.
event-deadline-extended = Rok za našo odločitev smo podaljšali do { $due }. Razlog: { $reason }
event-other = Z vašo zahtevo se je zgodilo nekaj drugega.

## Withdrawing

withdraw-title = Umik ugovora
withdraw-heading = Želite umakniti ugovor?
withdraw-body = Če ugovor umaknete, lahko nabori podatkov za učenje umetne inteligence, ki jih bomo ustvarili od zdaj naprej, vključujejo vsebino, katere avtor ste: javne objave, fotografije in njihove opise ter sporočila našemu pomočniku z umetno inteligenco. Nabori, ustvarjeni v času, ko je vaš ugovor veljal, ostanejo brez nje. Zasebna sporočila se nikoli ne uporabljajo.
withdraw-again = Ugovor lahko kadar koli vložite znova.
keep-objection = Obdrži moj ugovor

## Email: shared

mail-hello = Pozdravljeni,
mail-footer = To je samodejno sporočilo, ki ga pošilja { $operator }. Odgovorov nanj ne beremo.
mail-receipt = Priloženo je potrdilo o tej odločitvi ({ $file }), podpisnik je { $operator }. Shranite ga: dokazuje, kaj je bilo odločeno in kdaj. Vsakdo ga lahko preveri z našim javnim ključem na naslovu
mail-follow = Potek zahteve spremljajte tukaj:
mail-timeline = Celoten potek si oglejte tukaj:

## Email: the confirmation code

mail-code-subject = Vaša potrditvena koda – { $operator }
mail-code-intro = Nekdo (upamo, da ste bili to vi) je zahteval, da { $operator } podatkov o njem ne uporablja za učenje umetne inteligence, in navedel ta e-poštni naslov.
mail-code-code = Vaša potrditvena koda je: { $code }
mail-code-where = Vnesite jo na strani, kjer ste oddali zahtevo. Koda velja { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    }.
mail-code-ignore = Če to niste bili vi, lahko to sporočilo prezrete: nič se ne bo zgodilo, dokler koda ne bo vnesena.
mail-code-enter-here = Vnesete jo lahko tudi tukaj:

## Email: honored

mail-honored-subject = Vaš ugovor zoper učenje umetne inteligence je upoštevan
mail-honored-intro = Upoštevali smo vaš ugovor zoper to, da { $operator } uporablja vaše podatke za učenje umetne inteligence.
mail-honored-means = Kaj to pomeni za naprej:
mail-honored-datasets = Noben nabor podatkov za učenje umetne inteligence, ki ga bomo ustvarili od zdaj naprej, ne bo vključeval vsebine, katere avtor ste: vaših javnih objav, vaših fotografij in njihovih opisov ter sporočil, ki jih pošiljate našemu pomočniku z umetno inteligenco. To velja tudi za vse, kar ste objavili pred današnjim dnem.
mail-honored-since = Velja od trenutka, ko ste potrdili e-poštni naslov: { $date }.
mail-honored-private = Zasebna sporočila s prijatelji in družino se nikoli ne uporabljajo za učenje umetne inteligence, ne glede na ugovor.
mail-honored-others = Podatki o vas se lahko še vedno pojavijo v vsebini, ki jo delijo drugi.
mail-honored-how = Kako je bilo odločeno: { $basis } (pravilo { $rule }).
mail-honored-link = Celoten potek si lahko ogledate ali ugovor umaknete tukaj:

## Email: sent to review

mail-review-subject = Vaš ugovor zoper učenje umetne inteligence je v pregledu
mail-review-intro = Hvala, ker ste potrdili e-poštni naslov. Vaš ugovor zoper uporabo vaših podatkov za učenje umetne inteligence bo pregledal zaposleni v podjetju { $operator }.
mail-review-excluded = Med pregledom so vaši podatki že izključeni iz učenja umetne inteligence (od { $date }).
mail-review-why = Zakaj ugovor pregleda zaposleni: { $reason }
mail-review-due = Naš odgovor boste prejeli najpozneje do { $due }.

## Email: declined

mail-declined-subject = Odločitev o vašem ugovoru zoper učenje umetne inteligence
mail-declined-intro = { $operator } vas obvešča, da je bil vaš ugovor zoper uporabo vaših podatkov za učenje umetne inteligence pregledan in zavrnjen.
mail-declined-reason = Razlog: { $reason }
mail-declined-used-again = Od { $date } se vaši podatki znova uporabljajo za učenje umetne inteligence.
mail-declined-complain = Kaj lahko storite: { $complaint }
mail-object-again = Ugovor lahko tudi kadar koli vložite znova: { $url }

## Email: withdrawn

mail-withdrawn-subject = Umaknili ste ugovor zoper učenje umetne inteligence
mail-withdrawn-intro = Umaknili ste ugovor zoper to, da { $operator } uporablja vaše podatke za učenje umetne inteligence.
mail-withdrawn-forward = Nabori podatkov za učenje umetne inteligence, ustvarjeni od { $date } naprej, lahko vključujejo vsebino, katere avtor ste. Nabori, ustvarjeni v času, ko je vaš ugovor veljal, ostanejo brez nje. Zasebna sporočila se nikoli ne uporabljajo.
mail-withdrawn-again = Ugovor lahko kadar koli vložite znova: { $url }
mail-withdrawn-not-you = Če ugovora niste umaknili vi, ga znova vložite na zgornjem naslovu in nam to sporočite v obrazcu.

## Email: deadline extended

mail-extended-subject = Za odločitev o vašem ugovoru potrebujemo več časa
mail-extended-intro = Za odločitev o vašem ugovoru zoper uporabo vaših podatkov za učenje umetne inteligence potrebujemo več časa. Naš odgovor boste zdaj prejeli najpozneje do { $due } (prvotni rok je bil { $was }).
mail-extended-why = Zakaj potrebujemo več časa: { $reason }
mail-extended-excluded = Dokler ne odločimo, ostanejo vaši podatki izključeni iz učenja umetne inteligence.
mail-extended-law = Zakon dovoljuje, da se ta rok enkrat podaljša za največ dva meseca, če je zahteva zapletena ali če hkrati prispe veliko zahtev; o tem vas moramo obvestiti v prvem mesecu, kot to počnemo zdaj. Če se ne strinjate, lahko vložite pritožbo pri nadzornem organu: { $complaint }

## Email: the notice

mail-notice-subject = { $operator }: uporaba podatkov za učenje umetne inteligence in vaša pravica do ugovora
mail-notice-intro = Od { $date } se bodo nekateri podatki uporabljali za razvoj in izboljšanje umetne inteligence podjetja { $operator }.
mail-notice-used = Kaj se bo uporabljalo:
mail-notice-never = Česa nikoli ne uporabljamo:
mail-notice-right = Imate pravico do ugovora. Za to potrebujete le minuto, razloga vam ni treba navesti, ugovor pa lahko kadar koli umaknete. Če vložite ugovor, bo vse, česar avtor ste, izpuščeno iz vseh naborov podatkov za učenje umetne inteligence, ki jih bomo ustvarili od takrat naprej, vključno s tem, kar ste objavili prej.
mail-notice-link = Ugovor vložite prek svoje osebne povezave (ta samodejno izpolni vaše podatke in velja do { $expires }):
mail-notice-form = Ali pa uporabite obrazec brez nje: { $url }
mail-notice-others = Tudi če vložite ugovor, se lahko podatki o vas še vedno pojavijo v vsebini, ki jo delijo drugi, na primer na vaši fotografiji, ki jo objavi nekdo drug.
