### Withhold: Croatian (hrvatski). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Dates

month-1 = siječnja
month-2 = veljače
month-3 = ožujka
month-4 = travnja
month-5 = svibnja
month-6 = lipnja
month-7 = srpnja
month-8 = kolovoza
month-9 = rujna
month-10 = listopada
month-11 = studenoga
month-12 = prosinca
date = { $day }. { $month } { $year }.
datetime = { $date } u { $time } UTC

## Every page

site-tagline = Treniranje umjetne inteligencije i vaši podaci
skip-to-content = Prijeđi na sadržaj
language-switcher = Jezik
footer-about = O treniranju umjetne inteligencije i vašim podacima
footer-object = Podnesite prigovor
error-title = Pogreška: { $title }
error-prefix = Pogreška:
field-required = (obavezno)
field-optional = (neobavezno)
field-required-here = (obavezno u zemlji u kojoj živite)

## The notice

notice-title = Kako koristimo podatke za treniranje umjetne inteligencije
notice-heading = Kako ćemo koristiti podatke za treniranje umjetne inteligencije
notice-lead = Od { $date } { $operator } će neke podatke koristiti za razvoj i poboljšanje svoje umjetne inteligencije. Imate pravo na prigovor, a za to vam treba samo minuta.
used-heading = Što će se koristiti
used-posts = Javne objave
used-photos = Fotografije i njihovi opisi
used-ai-messages = Poruke koje šaljete našem asistentu s umjetnom inteligencijom
never-heading = Što se nikada ne koristi
never-private-messages = Privatne poruke s prijateljima i obitelji
others-heading = Podaci o vama koje dijele drugi
others-body = Čak i ako podnesete prigovor, podaci o vama i dalje se mogu pojaviti u sadržaju koji dijele drugi ljudi, primjerice na vašoj fotografiji koju objavi netko drugi, a takav se sadržaj može koristiti.
right-heading = Vaše pravo na prigovor
right-body = Ako podnesete prigovor, sve čiji ste autor isključujemo iz svih skupova podataka za treniranje umjetne inteligencije koje od tada izradimo, uključujući ono što ste objavili prije toga. Ne morate navesti razlog, a prigovor možete povući u bilo kojem trenutku.
object-button = Podnesite prigovor na korištenje vaših podataka za umjetnu inteligenciju
availability-nowhere = Obrazac za prigovor trenutačno nije dostupan ni u jednoj zemlji.
availability-some = Obrazac za prigovor dostupan je stanovnicima sljedećih zemalja: { $countries }.

## The form

form-title = Prigovor na korištenje vaših podataka za umjetnu inteligenciju
form-intro = Navedite gdje živite i svoju adresu e-pošte. E-poštom ćemo vam poslati kôd kojim ćete potvrditi da je adresa vaša; do tada se ništa ne razmatra.
form-errors-heading =
    { $count ->
        [1] Provjerite sljedeće
        [one] Provjerite sljedeću { $count } stavku
        [few] Provjerite sljedeće { $count } stavke
       *[other] Provjerite sljedećih { $count } stavki
    }
form-country-label = Zemlja prebivališta
form-country-choose = Odaberite zemlju
form-email-label = Adresa e-pošte
form-email-hint = Na ovu adresu šaljemo kôd za potvrdu, a kasnije i našu odluku.
form-impact-label = Kako ova obrada utječe na vas?
form-impact-hint-required = To zahtijevaju propisi vaše zemlje.
form-impact-hint-optional = Ne morate navesti razlog: vaš će prigovor biti prihvaćen u svakom slučaju.
form-details-label = Želite li nam još nešto reći?
form-length-limit = Najviše { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }.
form-send = Pošalji
form-privacy = Vašu adresu čuvamo šifriranu i koristimo je samo za ovaj zahtjev. Privatne poruke nikada se ne koriste za treniranje umjetne inteligencije.
form-prefilled = Vaše smo podatke ispunili na temelju vaše osobne poveznice. Provjerite ih, a zatim pošaljite obrazac.
form-link-expired = Vaša je osobna poveznica istekla pa vaši podaci nisu ispunjeni. I dalje možete podnijeti prigovor: ispunite obrazac u nastavku.
form-link-unusable = Nismo mogli pročitati vašu osobnu poveznicu (možda je skraćena ili izmijenjena) pa vaši podaci nisu ispunjeni. I dalje možete podnijeti prigovor: ispunite obrazac u nastavku.
form-csrf = Radi vaše sigurnosti provjerite odgovore i ponovno pošaljite obrazac.
form-unavailable = Trenutačno nismo mogli spremiti vaš prigovor: naša je baza podataka nakratko nedostupna i ništa nije spremljeno. Vaši su odgovori i dalje ovdje; ponovno pošaljite obrazac za minutu.
rate-limited =
    { $minutes ->
        [1] U kratkom smo vremenu primili nekoliko zahtjeva s ove mreže. Pričekajte minutu i pošaljite ponovno: ono što ste upisali sačuvano je.
        [one] U kratkom smo vremenu primili nekoliko zahtjeva s ove mreže. Pričekajte { $minutes } minutu i pošaljite ponovno: ono što ste upisali sačuvano je.
        [few] U kratkom smo vremenu primili nekoliko zahtjeva s ove mreže. Pričekajte { $minutes } minute i pošaljite ponovno: ono što ste upisali sačuvano je.
       *[other] U kratkom smo vremenu primili nekoliko zahtjeva s ove mreže. Pričekajte { $minutes } minuta i pošaljite ponovno: ono što ste upisali sačuvano je.
    }

## What is wrong with a field

error-country-required = Odaberite zemlju prebivališta.
error-country-invalid = Odaberite zemlju s popisa.
error-country-unavailable-nowhere = Obrazac za prigovor nije dostupan stanovnicima odabrane zemlje ({ $country }), a trenutačno ni nigdje drugdje.
error-country-unavailable-except = Obrazac za prigovor nije dostupan stanovnicima odabrane zemlje ({ $country }). Dostupan je stanovnicima svih zemalja osim: { $countries }.
error-country-unavailable-only = Obrazac za prigovor nije dostupan stanovnicima odabrane zemlje ({ $country }). Dostupan je stanovnicima sljedećih zemalja: { $countries }.
error-email-missing = Unesite svoju adresu e-pošte.
error-email-too-long = Adresa e-pošte može imati najviše 254 znaka.
error-email-missing-at = Adresa e-pošte mora sadržavati znak @ između imena i domene, primjerice ime@example.com.
error-email-local-too-long = Dio ispred znaka @ može imati najviše 64 znaka.
error-email-local-invalid = Dio ispred znaka @ sadrži znak ili točku koji se ne smiju koristiti u adresi e-pošte.
error-email-domain-invalid = Dio iza znaka @ nije valjana domena poput example.com.
error-impact-required = U vašoj je zemlji ovo obavezno: navedite kako obrada utječe na vas.
error-too-long = Tekst ima { $actual ->
        [one] { $actual } znak
        [few] { $actual } znaka
       *[other] { $actual } znakova
    }, a ograničenje je { $max }.

## When what the browser sent cannot be read

unreadable-heading = Nismo mogli pročitati poslano
unreadable-too-large = Poslani sadržaj veći je od dopuštenog. Skratite ga i pokušajte ponovno.
unreadable-body = Nismo mogli pročitati ono što je poslao vaš preglednik. Vratite se i pokušajte ponovno.
back-to-form = Natrag na obrazac

## Confirming the address

confirm-title = Potvrdite adresu e-pošte
confirm-heading = Provjerite e-poštu
confirm-intro = Na adresu koju ste naveli poslali smo { $digits }-znamenkasti kôd. Unesite ga ovdje kako biste potvrdili prigovor. Kôd vrijedi { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }.
confirm-code-label = Kôd za potvrdu
confirm-button = Potvrdi
confirm-no-email = Niste primili poruku? Provjerite mapu neželjene pošte ili zatražite novi kôd. Novi kôd zamjenjuje stari.
confirm-resend-button = Pošalji novi kôd
confirm-wrong-address = Pogrešna adresa? Počnite ispočetka s ispravnom.
start-again = Počni ispočetka
code-csrf = Radi vaše sigurnosti ponovno unesite kôd.
code-missing = Unesite 6-znamenkasti kôd iz poruke e-pošte.
code-malformed = Kôd ima 6 znamenki, primjerice 123456. Provjerite poruku i ponovno ga unesite.
code-wrong =
    { $left ->
        [one] Kôd nije ispravan. Provjerite našu najnoviju poruku i pokušajte ponovno (preostao je još { $left } pokušaj).
        [few] Kôd nije ispravan. Provjerite našu najnoviju poruku i pokušajte ponovno (preostala su još { $left } pokušaja).
       *[other] Kôd nije ispravan. Provjerite našu najnoviju poruku i pokušajte ponovno (preostalo je još { $left } pokušaja).
    }
code-locked = Kôd je previše puta pogrešno unesen pa smo radi vaše sigurnosti zatvorili ovaj zahtjev. Počnite ispočetka: za to vam treba samo minuta.
code-expired = Ovaj je kôd istekao. Pošaljite si novi kôd pomoću gumba u nastavku i zatim ga unesite ovdje.
resend-csrf = Radi vaše sigurnosti ponovno pritisnite „Pošalji novi kôd”.
resend-sent = Poslali smo vam novi kôd. Prethodno poslani kodovi više ne vrijede.
resend-too-many =
    { $minutes ->
        [1] U posljednjih smo vam sat vremena već poslali najveći dopušteni broj novih kodova ({ $count }). Novi možete zatražiti za minutu. Vaš najnoviji kôd vrijedi dok ne istekne.
        [one] U posljednjih smo vam sat vremena već poslali najveći dopušteni broj novih kodova ({ $count }). Novi možete zatražiti za { $minutes } minutu. Vaš najnoviji kôd vrijedi dok ne istekne.
        [few] U posljednjih smo vam sat vremena već poslali najveći dopušteni broj novih kodova ({ $count }). Novi možete zatražiti za { $minutes } minute. Vaš najnoviji kôd vrijedi dok ne istekne.
       *[other] U posljednjih smo vam sat vremena već poslali najveći dopušteni broj novih kodova ({ $count }). Novi možete zatražiti za { $minutes } minuta. Vaš najnoviji kôd vrijedi dok ne istekne.
    }

## Requests that cannot be shown

not-found-heading = Ne možemo pronaći taj zahtjev
not-found-body = Poveznica je možda nepotpuna. Upotrijebite najnoviju poveznicu iz naših poruka ili podnesite novi prigovor.
closed-heading = Ovaj je zahtjev zatvoren
closed-body = Nije potvrđen na vrijeme ili je previše puta unesen pogrešan kôd. Možete podnijeti novi prigovor: za to vam treba samo minuta.
already-confirmed-heading = Ova je adresa e-pošte već potvrđena
already-confirmed-body = Ovdje više ništa ne trebate učiniti. Poveznica u našim porukama prikazuje status i tijek vašeg zahtjeva.
start-new-objection = Podnesite novi prigovor
page-not-found-heading = Stranica nije pronađena
page-not-found-body = Na ovoj adresi nema ničega.
go-to-start = Idi na početnu stranicu
error-heading = Nešto je pošlo po zlu na našoj strani
error-body = Vaš zahtjev nije dovršen. Vratite se i pokušajte ponovno; ako se to ponavlja, pokušajte kasnije.
unavailable-heading = Trenutačno ne možemo primati zahtjeve
unavailable-body = Naša je baza podataka nakratko nedostupna. Ništa od onoga što ste poslali nije izgubljeno ni napola spremljeno: vratite se i ponovno pošaljite za minutu.

## The status page

status-title = Vaš prigovor
status-label = Status prigovora
status-meaning = Što to znači
status-email = Adresa e-pošte
status-country = Zemlja prebivališta
status-received = Zaprimljeno
status-excluded-since = Isključeno iz treniranja umjetne inteligencije od
status-answer-by = Moramo odgovoriti do
status-decided-by = Odlučeno prema
status-reason = Razlog
status-what-you-can-do = Što možete učiniti
status-pending = Čeka se da potvrdite adresu e-pošte
status-pending-meaning = Unesite kôd koji smo vam poslali e-poštom. Do tada se ništa ne razmatra.
status-verified = Potvrđen, odluka je u tijeku
status-verified-meaning = Vaši su podaci već isključeni iz treniranja umjetne inteligencije dok donosimo odluku.
status-review = Pregledava ga zaposlenik
status-review-meaning = Vaši su podaci već isključeni iz treniranja umjetne inteligencije dok zaposlenik pregledava vaš prigovor. Odgovorit ćemo vam do { $due }.
status-honored = Prihvaćen
status-honored-meaning = Primjenjuje se ubuduće: nijedan skup podataka za treniranje umjetne inteligencije koji izradimo ne sadržava sadržaj čiji ste autor (javne objave, fotografije i njihove opise, poruke našem asistentu s umjetnom inteligencijom), uključujući ono što ste objavili prije. Privatne poruke nikada se ne koriste. Podaci o vama i dalje se mogu pojaviti u sadržaju koji dijele drugi.
status-declined = Odbijen
status-declined-meaning = Vaš je prigovor odbijen. Razlog i ono što možete učiniti navedeni su u nastavku.
status-withdrawn = Povučen
status-withdrawn-meaning = Povukli ste prigovor. Skupovi podataka izrađeni od tada mogu uključivati sadržaj čiji ste autor; skupovi izrađeni dok je prigovor bio na snazi ostaju bez njega.
status-closed = Zatvoren
status-closed-meaning = Ovaj je zahtjev zatvoren jer adresa e-pošte nije potvrđena. Prigovor možete ponovno podnijeti u bilo kojem trenutku.
status-notice-confirmed = Hvala: vaša je adresa e-pošte potvrđena.
status-notice-already = Već imate prigovor koji je na snazi pa nismo otvorili drugi. Evo ga.
status-notice-withdrawn = Vaš je prigovor povučen. Poslali smo vam potvrdu e-poštom.
withdraw-button = Povuci moj prigovor
object-again = Ponovno podnesite prigovor
timeline-heading = Tijek zahtjeva
status-keep-private = Poveznicu na ovu stranicu nemojte dijeliti: svatko tko je ima može vidjeti ovu stranicu i povući vaš prigovor.

## The timeline

event-received = Zaprimili smo vaš prigovor.
event-code-sent = Poslali smo vam kôd za potvrdu e-poštom.
event-code-resent = Poslali smo vam novi kôd za potvrdu e-poštom.
event-code-rejected = Unesen je pogrešan kôd za potvrdu.
event-verified = Potvrdili ste adresu e-pošte. Od tog su trenutka vaši podaci isključeni iz treniranja umjetne inteligencije.
event-honored = Vaš je prigovor prihvaćen i primjenjuje se ubuduće. Pravilo: { $rule }.
event-sent-to-review = Vaš je prigovor proslijeđen zaposleniku na pregled: { $reason }.
review-reason-form-closed = obrazac za prigovor više se ne nudi u zemlji u kojoj živite pa odluku donosi zaposlenik
review-reason-always = prema pravilima koja vrijede za vašu zemlju, svaki prigovor pregledava zaposlenik
review-reason-statement = zaposlenik prije odluke pročita izjavu koju ste dali
event-declined = Vaš je prigovor odbijen.
event-withdrawn = Povukli ste prigovor.
event-expired-wrong-codes = Zahtjev je zatvoren nakon previše pogrešno unesenih kodova.
event-expired-unconfirmed = Zahtjev je zatvoren jer adresa e-pošte nije potvrđena na vrijeme.
event-repeat-confirmed = Potvrdili ste novi zahtjev; ovaj je prigovor već bio na snazi pa drugi nije otvoren.
event-deadline-extended = Rok za našu odluku produljili smo do { $due }. Razlog: { $reason }
event-other = S vašim se zahtjevom dogodilo nešto drugo.

## Withdrawing

withdraw-title = Povlačenje prigovora
withdraw-heading = Želite li povući prigovor?
withdraw-body = Ako povučete prigovor, skupovi podataka za treniranje umjetne inteligencije koje izradimo od sada mogu uključivati sadržaj čiji ste autor: javne objave, fotografije i njihove opise te poruke našem asistentu s umjetnom inteligencijom. Skupovi izrađeni dok je vaš prigovor bio na snazi ostaju bez njega. Privatne poruke nikada se ne koriste.
withdraw-again = Prigovor možete ponovno podnijeti u bilo kojem trenutku.
keep-objection = Zadrži moj prigovor

## Email: shared

mail-hello = Poštovani,
mail-footer = Ovo je automatska poruka koju šalje { $operator }. Odgovori na nju ne čitaju se.
mail-receipt = U privitku je potvrda o ovoj odluci ({ $file }), a potpisnik je { $operator }. Sačuvajte je: ona dokazuje što je odlučeno i kada. Svatko je može provjeriti pomoću našeg javnog ključa na adresi
mail-follow = Pratite svoj zahtjev ovdje:
mail-timeline = Cijeli tijek zahtjeva pogledajte ovdje:

## Email: the confirmation code

mail-code-subject = Vaš kôd za potvrdu – { $operator }
mail-code-intro = Netko (nadamo se da ste to bili vi) zatražio je da { $operator } ne koristi podatke o toj osobi za treniranje umjetne inteligencije i naveo je ovu adresu e-pošte.
mail-code-code = Vaš kôd za potvrdu je: { $code }
mail-code-where = Unesite ga na stranici na kojoj ste podnijeli zahtjev. Kôd vrijedi { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }.
mail-code-ignore = Ako to niste bili vi, slobodno zanemarite ovu poruku: ništa se neće dogoditi dok se kôd ne unese.
mail-code-enter-here = Možete ga unijeti i ovdje:

## Email: honored

mail-honored-subject = Vaš prigovor na treniranje umjetne inteligencije je prihvaćen
mail-honored-intro = Vaš prigovor na to da { $operator } koristi vaše podatke za treniranje umjetne inteligencije prihvaćen je.
mail-honored-means = Što to znači ubuduće:
mail-honored-datasets = Nijedan skup podataka za treniranje umjetne inteligencije koji izradimo od sada neće uključivati sadržaj čiji ste autor: vaše javne objave, vaše fotografije i njihove opise te poruke koje šaljete našem asistentu s umjetnom inteligencijom. To vrijedi i za ono što ste objavili prije današnjeg dana.
mail-honored-since = Primjenjuje se od trenutka kad ste potvrdili adresu e-pošte: { $date }.
mail-honored-private = Privatne poruke s prijateljima i obitelji nikada se ne koriste za treniranje umjetne inteligencije, bez obzira na prigovor.
mail-honored-others = Podaci o vama i dalje se mogu pojaviti u sadržaju koji dijele drugi ljudi.
mail-honored-how = Kako je odlučeno: { $basis } (pravilo { $rule }).
mail-honored-link = Ovdje možete pogledati cijeli tijek zahtjeva ili povući prigovor:

## Email: sent to review

mail-review-subject = Vaš prigovor na treniranje umjetne inteligencije je na pregledu
mail-review-intro = Hvala što ste potvrdili adresu e-pošte. Zaposlenik tvrtke { $operator } pregledat će vaš prigovor na korištenje vaših podataka za treniranje umjetne inteligencije.
mail-review-excluded = Dok traje pregled, vaši su podaci već isključeni iz treniranja umjetne inteligencije (od { $date }).
mail-review-why = Zašto prigovor pregledava zaposlenik: { $reason }
mail-review-due = Naš ćete odgovor dobiti najkasnije do { $due }.

## Email: declined

mail-declined-subject = Odluka o vašem prigovoru na treniranje umjetne inteligencije
mail-declined-intro = { $operator } vas obavještava da je vaš prigovor na korištenje vaših podataka za treniranje umjetne inteligencije pregledan i odbijen.
mail-declined-reason = Razlog: { $reason }
mail-declined-used-again = Od { $date } vaši se podaci ponovno koriste za treniranje umjetne inteligencije.
mail-declined-complain = Što možete učiniti: { $complaint }
mail-object-again = Prigovor možete i ponovno podnijeti u bilo kojem trenutku: { $url }

## Email: withdrawn

mail-withdrawn-subject = Povukli ste prigovor na treniranje umjetne inteligencije
mail-withdrawn-intro = Povukli ste prigovor na to da { $operator } koristi vaše podatke za treniranje umjetne inteligencije.
mail-withdrawn-forward = Ubuduće skupovi podataka za treniranje umjetne inteligencije izrađeni od { $date } nadalje mogu uključivati sadržaj čiji ste autor. Skupovi izrađeni dok je vaš prigovor bio na snazi ostaju bez njega. Privatne poruke nikada se ne koriste.
mail-withdrawn-again = Prigovor možete ponovno podnijeti u bilo kojem trenutku: { $url }
mail-withdrawn-not-you = Ako niste vi povukli prigovor, ponovno ga podnesite na gornjoj adresi i napišite nam to u obrascu.

## Email: deadline extended

mail-extended-subject = Treba nam više vremena za odluku o vašem prigovoru
mail-extended-intro = Treba nam više vremena za odluku o vašem prigovoru na korištenje vaših podataka za treniranje umjetne inteligencije. Naš ćete odgovor sada dobiti najkasnije do { $due } (prvotni rok bio je { $was }).
mail-extended-why = Zašto nam treba više vremena: { $reason }
mail-extended-excluded = Dok ne donesemo odluku, vaši podaci ostaju isključeni iz treniranja umjetne inteligencije.
mail-extended-law = Zakon dopušta da se ovaj rok jednom produlji za najviše dva mjeseca ako je zahtjev složen ili ako istodobno stigne mnogo zahtjeva; o tome vas moramo obavijestiti u prvom mjesecu, kao što sada činimo. Ako se ne slažete, možete podnijeti pritužbu nadzornom tijelu: { $complaint }

## Email: the notice

mail-notice-subject = Kako će { $operator } koristiti podatke za treniranje umjetne inteligencije i vaše pravo na prigovor
mail-notice-intro = Od { $date } { $operator } će neke podatke koristiti za razvoj i poboljšanje svoje umjetne inteligencije.
mail-notice-used = Što će se koristiti:
mail-notice-never = Što se nikada ne koristi:
mail-notice-right = Imate pravo na prigovor. Za to vam treba samo minuta, ne morate navesti razlog, a prigovor možete povući u bilo kojem trenutku. Ako podnesete prigovor, sve čiji ste autor izostavlja se iz svih skupova podataka za treniranje umjetne inteligencije koje od tada izradimo, uključujući ono što ste objavili prije toga.
mail-notice-link = Podnesite prigovor putem svoje osobne poveznice (ona sama ispunjava vaše podatke i vrijedi do { $expires }):
mail-notice-form = Ili upotrijebite obrazac bez nje: { $url }
mail-notice-others = Čak i ako podnesete prigovor, podaci o vama i dalje se mogu pojaviti u sadržaju koji dijele drugi ljudi, primjerice na vašoj fotografiji koju objavi netko drugi.
