### Withhold: Lithuanian (lietuvių kalba). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Datos

month-1 = sausio
month-2 = vasario
month-3 = kovo
month-4 = balandžio
month-5 = gegužės
month-6 = birželio
month-7 = liepos
month-8 = rugpjūčio
month-9 = rugsėjo
month-10 = spalio
month-11 = lapkričio
month-12 = gruodžio
date = { $year } m. { $month } { $day } d.
datetime = { $date } { $time } UTC

## Kiekviename puslapyje

site-tagline = DI mokymas ir jūsų informacija
skip-to-content = Pereiti prie turinio
language-switcher = Kalba
footer-about = Apie DI mokymą ir jūsų informaciją
footer-object = Pateikti prieštaravimą
error-title = Klaida: { $title }
error-prefix = Klaida:
field-required = (privaloma)
field-optional = (neprivaloma)
field-required-here = (privaloma jūsų gyvenamojoje šalyje)

## Pranešimas

notice-title = Kaip informaciją naudojame DI mokyti
notice-heading = Kaip informaciją naudosime DI mokyti
notice-lead = Nuo { $date } { $operator } naudos dalį informacijos savo dirbtiniam intelektui (DI) kurti ir tobulinti. Turite teisę nesutikti – tai užtruks vos minutę.
used-heading = Kas bus naudojama
used-posts = Vieši įrašai
used-photos = Nuotraukos ir jų aprašai
used-ai-messages = Žinutės, kurias siunčiate mūsų DI asistentui
never-heading = Kas niekada nenaudojama
never-private-messages = Privačios žinutės su draugais ir šeima
others-heading = Informacija apie jus, kuria dalijasi kiti
others-body = Net jei nesutiksite, informacija apie jus vis tiek gali atsirasti kitų žmonių bendrinamame turinyje, pavyzdžiui, jūsų nuotraukoje, kurią paskelbė kas nors kitas, ir toks turinys gali būti naudojamas.
right-heading = Jūsų teisė nesutikti
right-body = Jei nesutiksite, į visus DI mokymo duomenų rinkinius, kuriuos kursime nuo tada, neįtrauksime nieko, ką sukūrėte jūs, įskaitant tai, ką paskelbėte anksčiau. Priežasties nurodyti nereikia, o savo prieštaravimą galite bet kada atšaukti.
object-button = Nesutikti, kad jūsų informacija būtų naudojama DI
availability-nowhere = Šiuo metu prieštaravimo forma neprieinama jokioje šalyje.
availability-some = Prieštaravimo formą gali pateikti šių šalių gyventojai: { $countries }.

## Forma

form-title = Nesutikti, kad jūsų informacija būtų naudojama DI
form-intro = Nurodykite, kur gyvenate, ir savo el. pašto adresą. Atsiųsime kodą, kuriuo patvirtinsite, kad adresas priklauso jums; iki tol niekas nenagrinėjama.
form-errors-heading =
    { $count ->
        [1] Patikrinkite šį dalyką
        [one] Patikrinkite { $count } dalyką
        [few] Patikrinkite { $count } dalykus
       *[other] Patikrinkite { $count } dalykų
    }
form-country-label = Gyvenamoji šalis
form-country-choose = Pasirinkite šalį
form-email-label = El. pašto adresas
form-email-hint = Šiuo adresu atsiųsime patvirtinimo kodą, o vėliau – mūsų sprendimą.
form-impact-label = Kaip šis duomenų tvarkymas jus paveikia?
form-impact-hint-required = To reikalaujama pagal jūsų šalies taisykles.
form-impact-hint-optional = Priežasties nurodyti nebūtina: jūsų prieštaravimas bus patenkintas bet kuriuo atveju.
form-details-label = Ar norėtumėte mums dar ką nors pranešti?
form-length-limit =
    { $max ->
        [one] Iki { $max } simbolio.
        [few] Iki { $max } simbolių.
       *[other] Iki { $max } simbolių.
    }
form-send = Siųsti
form-privacy = Jūsų adresą saugome užšifruotą ir naudojame tik šiam prašymui. Privačios žinutės niekada nenaudojamos DI mokyti.
form-prefilled = Jūsų duomenis užpildėme pagal jūsų asmeninę nuorodą. Patikrinkite juos ir išsiųskite formą.
form-link-expired = Jūsų asmeninės nuorodos galiojimas baigėsi, todėl jūsų duomenys neužpildyti. Vis tiek galite nesutikti – užpildykite toliau pateiktą formą.
form-link-unusable = Nepavyko nuskaityti jūsų asmeninės nuorodos (ji galėjo būti nukirpta ar pakeista), todėl jūsų duomenys neužpildyti. Vis tiek galite nesutikti – užpildykite toliau pateiktą formą.
form-csrf = Saugumo sumetimais patikrinkite savo atsakymus ir išsiųskite formą dar kartą.
form-unavailable = Šiuo metu nepavyko išsaugoti jūsų prieštaravimo: mūsų duomenų bazė trumpam nepasiekiama, todėl niekas nebuvo išsaugota. Jūsų atsakymai liko čia – po minutės išsiųskite formą dar kartą.
rate-limited =
    { $minutes ->
        [1] Per trumpą laiką iš čia gavome kelias užklausas. Palaukite minutę ir išsiųskite dar kartą – tai, ką įvedėte, neprarasta.
        [one] Per trumpą laiką iš čia gavome kelias užklausas. Palaukite { $minutes } min. ir išsiųskite dar kartą – tai, ką įvedėte, neprarasta.
        [few] Per trumpą laiką iš čia gavome kelias užklausas. Palaukite { $minutes } min. ir išsiųskite dar kartą – tai, ką įvedėte, neprarasta.
       *[other] Per trumpą laiką iš čia gavome kelias užklausas. Palaukite { $minutes } min. ir išsiųskite dar kartą – tai, ką įvedėte, neprarasta.
    }

## Kas negerai su lauku

error-country-required = Pasirinkite gyvenamąją šalį.
error-country-invalid = Pasirinkite šalį iš sąrašo.
error-country-unavailable-nowhere = { $country }: šios šalies gyventojams prieštaravimo forma neprieinama, o šiuo metu ji neprieinama ir niekur kitur.
error-country-unavailable-except = { $country }: šios šalies gyventojams prieštaravimo forma neprieinama. Ją gali pateikti visų šalių gyventojai, išskyrus šias: { $countries }.
error-country-unavailable-only = { $country }: šios šalies gyventojams prieštaravimo forma neprieinama. Ją gali pateikti tik šių šalių gyventojai: { $countries }.
error-email-missing = Įveskite savo el. pašto adresą.
error-email-too-long = El. pašto adresas gali būti ne ilgesnis kaip 254 simboliai.
error-email-missing-at = El. pašto adrese tarp vardo ir domeno turi būti simbolis @, pvz., vardas@example.com.
error-email-local-too-long = Dalis prieš @ gali būti ne ilgesnė kaip 64 simboliai.
error-email-local-invalid = Dalyje prieš @ yra simbolis arba taškas, kurio el. pašto adresuose naudoti negalima.
error-email-domain-invalid = Dalis po @ nėra tinkamas domenas (pvz., example.com).
error-impact-required = Jūsų šalyje tai privaloma: parašykite, kaip duomenų tvarkymas jus paveikia.
error-too-long = Įvesta simbolių: { $actual }, o leidžiama ne daugiau kaip { $max }.

## Kai nepavyksta perskaityti to, ką atsiuntė naršyklė

unreadable-heading = Nepavyko to perskaityti
unreadable-too-large = Tai, ką išsiuntėte, viršija leidžiamą dydį. Sutrumpinkite ir bandykite dar kartą.
unreadable-body = Nepavyko perskaityti to, ką atsiuntė jūsų naršyklė. Grįžkite atgal ir bandykite dar kartą.
back-to-form = Grįžti į formą

## Adreso patvirtinimas

confirm-title = Patvirtinkite savo el. pašto adresą
confirm-heading = Patikrinkite el. paštą
confirm-intro = Jūsų nurodytu adresu išsiuntėme { $digits } skaitmenų kodą. Įveskite jį čia, kad patvirtintumėte savo prieštaravimą. Kodas galioja { $minutes } min.
confirm-code-label = Patvirtinimo kodas
confirm-button = Patvirtinti
confirm-no-email = Negavote laiško? Patikrinkite šlamšto aplanką arba paprašykite naujo kodo. Naujas kodas pakeičia senąjį.
confirm-resend-button = Siųsti naują kodą
confirm-wrong-address = Nurodėte ne tą adresą? Pradėkite iš naujo ir įveskite teisingą.
start-again = Pradėti iš naujo
code-csrf = Saugumo sumetimais įveskite kodą dar kartą.
code-missing = Įveskite 6 skaitmenų kodą iš laiško.
code-malformed = Kodą sudaro 6 skaitmenys, pvz., 123456. Patikrinkite laišką ir įveskite kodą dar kartą.
code-wrong =
    { $left ->
        [one] Kodas neteisingas. Patikrinkite naujausią mūsų laišką ir bandykite dar kartą (liko { $left } bandymas).
        [few] Kodas neteisingas. Patikrinkite naujausią mūsų laišką ir bandykite dar kartą (liko { $left } bandymai).
       *[other] Kodas neteisingas. Patikrinkite naujausią mūsų laišką ir bandykite dar kartą (liko { $left } bandymų).
    }
code-locked = Kodas per daug kartų buvo įvestas neteisingai, todėl saugumo sumetimais šį prašymą uždarėme. Pradėkite iš naujo – tai užtruks vos minutę.
code-expired = Šio kodo galiojimas baigėsi. Paspaudę toliau esantį mygtuką gaukite naują kodą ir įveskite jį čia.
resend-csrf = Saugumo sumetimais dar kartą paspauskite „Siųsti naują kodą“.
resend-sent = Išsiuntėme jums naują kodą. Anksčiau išsiųsti kodai nebegalioja.
resend-too-many =
    { $minutes ->
        [1] Per pastarąją valandą jau išsiuntėme naujų kodų: { $count }. Kito kodo galėsite paprašyti po minutės. Naujausias jūsų kodas galioja, kol nesibaigs jo galiojimo laikas.
        [one] Per pastarąją valandą jau išsiuntėme naujų kodų: { $count }. Kito kodo galėsite paprašyti po { $minutes } min. Naujausias jūsų kodas galioja, kol nesibaigs jo galiojimo laikas.
        [few] Per pastarąją valandą jau išsiuntėme naujų kodų: { $count }. Kito kodo galėsite paprašyti po { $minutes } min. Naujausias jūsų kodas galioja, kol nesibaigs jo galiojimo laikas.
       *[other] Per pastarąją valandą jau išsiuntėme naujų kodų: { $count }. Kito kodo galėsite paprašyti po { $minutes } min. Naujausias jūsų kodas galioja, kol nesibaigs jo galiojimo laikas.
    }

## Prašymai, kurių negalima parodyti

not-found-heading = Tokio prašymo rasti nepavyko
not-found-body = Nuoroda gali būti nepilna. Naudokite naujausią nuorodą iš mūsų laiškų arba pateikite naują prieštaravimą.
closed-heading = Šis prašymas uždarytas
closed-body = Jis nebuvo laiku patvirtintas arba per daug kartų buvo įvestas neteisingas kodas. Galite pateikti naują prieštaravimą – tai užtruks vos minutę.
already-confirmed-heading = Šis el. pašto adresas jau patvirtintas
already-confirmed-body = Daugiau nieko daryti nereikia. Mūsų laiškuose esanti nuoroda rodo jūsų prašymo būseną ir eigą.
start-new-objection = Pateikti naują prieštaravimą
page-not-found-heading = Puslapis nerastas
page-not-found-body = Šiuo adresu nieko nėra.
go-to-start = Eiti į pradžios puslapį
error-heading = Mūsų sistemoje įvyko klaida
error-body = Jūsų prašymas nebuvo įvykdytas. Grįžkite atgal ir bandykite dar kartą; jei klaida kartojasi, pabandykite vėliau.
unavailable-heading = Šiuo metu negalime priimti prašymų
unavailable-body = Mūsų duomenų bazė trumpam nepasiekiama. Niekas, ką išsiuntėte, neprarasta ir neišsaugota tik iš dalies: grįžkite atgal ir po minutės išsiųskite dar kartą.

## Būsenos puslapis

status-title = Jūsų prieštaravimas
status-label = Būsena
status-meaning = Ką tai reiškia
status-email = El. pašto adresas
status-country = Gyvenamoji šalis
status-received = Gauta
status-excluded-since = Neįtraukiama į DI mokymą nuo
status-answer-by = Turime atsakyti iki
status-decided-by = Sprendimą priėmė
status-reason = Priežastis
status-what-you-can-do = Ką galite padaryti
status-pending = Laukiama, kol patvirtinsite el. pašto adresą
status-pending-meaning = Įveskite kodą, kurį atsiuntėme el. paštu. Iki tol niekas nenagrinėjama.
status-verified = Patvirtinta, priimamas sprendimas
status-verified-meaning = Kol priimame sprendimą, jūsų informacija jau neįtraukiama į DI mokymą.
status-review = Nagrinėja darbuotojas
status-review-meaning = Kol darbuotojas nagrinėja jūsų prieštaravimą, jūsų informacija jau neįtraukiama į DI mokymą. Atsakysime iki { $due }.
status-honored = Patenkintas
status-honored-meaning = Taikoma nuo šiol: į visus mūsų kuriamus DI mokymo duomenų rinkinius neįtraukiamas jūsų sukurtas turinys (vieši įrašai, nuotraukos ir jų aprašai, žinutės mūsų DI asistentui), įskaitant tai, ką paskelbėte anksčiau. Privačios žinutės niekada nenaudojamos. Informacija apie jus vis tiek gali atsirasti kitų žmonių bendrinamame turinyje.
status-declined = Atmestas
status-declined-meaning = Jūsų prieštaravimas atmestas. Priežastis ir tai, ką galite padaryti, nurodyta toliau.
status-withdrawn = Atšauktas
status-withdrawn-meaning = Atšaukėte savo prieštaravimą. Nuo tada kuriamuose duomenų rinkiniuose gali būti jūsų sukurto turinio; rinkiniai, sukurti prieštaravimui galiojant, lieka be jo.
status-closed = Uždarytas
status-closed-meaning = Šis prašymas uždarytas, nes el. pašto adresas nebuvo patvirtintas. Nesutikti galite dar kartą bet kada.
status-notice-confirmed = Ačiū! Jūsų el. pašto adresas patvirtintas.
status-notice-already = Jūsų prieštaravimas jau galioja, todėl naujo nesukūrėme. Štai jis.
status-notice-withdrawn = Jūsų prieštaravimas atšauktas. Patvirtinimą išsiuntėme jums el. paštu.
withdraw-button = Atšaukti mano prieštaravimą
object-again = Vėl pateikti prieštaravimą
timeline-heading = Eiga
status-keep-private = Nuorodos į šį puslapį niekam neduokite: kiekvienas, kas ją turi, gali matyti šį puslapį ir atšaukti jūsų prieštaravimą.

## Eiga

event-received = Gavome jūsų prieštaravimą.
event-code-sent = Atsiuntėme jums patvirtinimo kodą el. paštu.
event-code-resent = Atsiuntėme jums naują patvirtinimo kodą el. paštu.
event-code-rejected = Įvestas neteisingas patvirtinimo kodas.
event-verified = Patvirtinote savo el. pašto adresą. Nuo šios akimirkos jūsų informacija neįtraukiama į DI mokymą.
event-honored = Jūsų prieštaravimas patenkintas ir taikomas nuo šiol. Taisyklė: { $rule }.
event-sent-to-review = Jūsų prieštaravimas perduotas nagrinėti darbuotojui: { $reason }.
review-reason-form-closed = jūsų gyvenamojoje šalyje prieštaravimo forma nebeteikiama, todėl sprendimą priima darbuotojas
review-reason-always = jūsų jurisdikcijoje kiekvieną prieštaravimą nagrinėja darbuotojas
review-reason-statement = prieš priimdamas sprendimą darbuotojas perskaito jūsų pateiktą paaiškinimą
event-declined = Jūsų prieštaravimas atmestas.
event-withdrawn = Atšaukėte savo prieštaravimą.
event-expired-wrong-codes = Prašymas uždarytas, nes per daug kartų buvo įvestas neteisingas kodas.
event-expired-unconfirmed = Prašymas uždarytas, nes el. pašto adresas nebuvo laiku patvirtintas.
event-repeat-confirmed = Patvirtinote naują prašymą; šis prieštaravimas jau galiojo, todėl naujas nebuvo sukurtas.
event-deadline-extended = Sprendimo priėmimo terminą pratęsėme iki { $due }. Priežastis: { $reason }
event-other = Su jūsų prašymu įvyko kažkas kita.

## Atšaukimas

withdraw-title = Prieštaravimo atšaukimas
withdraw-heading = Atšaukti prieštaravimą?
withdraw-body = Jei atšauksite, nuo šiol mūsų kuriamuose DI mokymo duomenų rinkiniuose gali būti jūsų sukurto turinio: viešų įrašų, nuotraukų ir jų aprašų bei žinučių mūsų DI asistentui. Rinkiniai, sukurti jūsų prieštaravimui galiojant, lieka be jo. Privačios žinutės niekada nenaudojamos.
withdraw-again = Nesutikti galėsite dar kartą bet kada.
keep-objection = Neatšaukti prieštaravimo

## El. laiškai: bendri tekstai

mail-hello = Sveiki,
mail-footer = Šį laišką automatiškai išsiuntė { $operator }. Atsakymai į jį neskaitomi.
mail-receipt = Pridedame šio sprendimo patvirtinimą ({ $file }), kurį pasirašė { $operator }. Išsaugokite jį: jis įrodo, koks sprendimas ir kada buvo priimtas. Kiekvienas gali jį patikrinti pagal mūsų viešąjį raktą, paskelbtą adresu
mail-follow = Savo prašymo eigą galite stebėti čia:
mail-timeline = Visą eigą galite peržiūrėti čia:

## El. laiškas: patvirtinimo kodas

mail-code-subject = { $operator }: jūsų patvirtinimo kodas
mail-code-intro = Kažkas (tikimės, kad tai buvote jūs) paprašė, kad { $operator } nenaudotų su juo susijusios informacijos DI mokyti, ir nurodė šį el. pašto adresą.
mail-code-code = Jūsų patvirtinimo kodas: { $code }
mail-code-where = Įveskite jį puslapyje, kuriame pateikėte prašymą. Kodas galioja { $minutes } min.
mail-code-ignore = Jei tai buvote ne jūs, šį laišką galite ignoruoti: kol kodas neįvestas, niekas nevyksta.
mail-code-enter-here = Kodą taip pat galite įvesti čia:

## El. laiškas: prieštaravimas patenkintas

mail-honored-subject = Jūsų prieštaravimas dėl DI mokymo patenkintas
mail-honored-intro = Jūsų prieštaravimas, kad { $operator } naudotų jūsų informaciją DI mokyti, patenkintas.
mail-honored-means = Ką tai reiškia (taikoma nuo šiol):
mail-honored-datasets = Į visus DI mokymo duomenų rinkinius, kuriuos kursime nuo šiol, neįtraukiamas jūsų sukurtas turinys: jūsų vieši įrašai, nuotraukos ir jų aprašai bei žinutės, kurias siunčiate mūsų DI asistentui. Tai apima ir tai, ką paskelbėte iki šiandien.
mail-honored-since = Tai taikoma nuo tada, kai { $date } patvirtinote savo el. pašto adresą.
mail-honored-private = Privačios žinutės su draugais ir šeima niekada nenaudojamos DI mokyti, nesvarbu, ar prieštaraujate, ar ne.
mail-honored-others = Informacija apie jus vis tiek gali atsirasti kitų žmonių bendrinamame turinyje.
mail-honored-how = Kaip priimtas sprendimas: { $basis } (taisyklė { $rule }).
mail-honored-link = Visą eigą peržiūrėti arba prieštaravimą atšaukti galite čia:

## El. laiškas: perduota nagrinėti

mail-review-subject = Jūsų prieštaravimas dėl DI mokymo nagrinėjamas
mail-review-intro = Ačiū, kad patvirtinote savo el. pašto adresą. { $operator } darbuotojas išnagrinės jūsų prieštaravimą dėl jūsų informacijos naudojimo DI mokyti.
mail-review-excluded = Kol prieštaravimas nagrinėjamas, jūsų informacija jau neįtraukiama į DI mokymą (nuo { $date }).
mail-review-why = Kodėl jį nagrinėja žmogus: { $reason }
mail-review-due = Mūsų atsakymą gausite ne vėliau kaip iki { $due }.

## El. laiškas: atmesta

mail-declined-subject = Sprendimas dėl jūsų prieštaravimo, susijusio su DI mokymu
mail-declined-intro = { $operator } išnagrinėjo jūsų prieštaravimą dėl jūsų informacijos naudojimo DI mokyti ir jį atmetė.
mail-declined-reason = Priežastis: { $reason }
mail-declined-used-again = Nuo { $date } jūsų informacija vėl naudojama DI mokyti.
mail-declined-complain = Ką galite padaryti: { $complaint }
mail-object-again = Be to, nesutikti galite dar kartą bet kada: { $url }

## El. laiškas: atšaukta

mail-withdrawn-subject = Atšaukėte savo prieštaravimą dėl DI mokymo
mail-withdrawn-intro = Atšaukėte savo prieštaravimą, kad { $operator } naudotų jūsų informaciją DI mokyti.
mail-withdrawn-forward = DI mokymo duomenų rinkiniuose, kuriamuose nuo { $date }, gali būti jūsų sukurto turinio. Rinkiniai, sukurti jūsų prieštaravimui galiojant, lieka be jo. Privačios žinutės niekada nenaudojamos.
mail-withdrawn-again = Nesutikti galite dar kartą bet kada: { $url }
mail-withdrawn-not-you = Jei savo prieštaravimo neatšaukėte, pateikite jį dar kartą pirmiau nurodytu adresu ir praneškite mums apie tai formoje.

## El. laiškas: pratęstas terminas

mail-extended-subject = Sprendimui dėl jūsų prieštaravimo mums reikia daugiau laiko
mail-extended-intro = Sprendimui dėl jūsų prieštaravimo, kad jūsų informacija būtų naudojama DI mokyti, priimti mums reikia daugiau laiko. Dabar mūsų atsakymą gausite ne vėliau kaip iki { $due } (ankstesnis terminas buvo { $was }).
mail-extended-why = Kodėl mums reikia daugiau laiko: { $reason }
mail-extended-excluded = Kol priimame sprendimą, jūsų informacija ir toliau neįtraukiama į DI mokymą.
mail-extended-law = Teisės aktai leidžia šį terminą pratęsti vieną kartą, ne daugiau kaip dviem mėnesiais, kai prašymas yra sudėtingas arba vienu metu gaunama daug prašymų; apie tai privalome jums pranešti per pirmąjį mėnesį, kaip ir darome dabar. Jei nesutinkate, galite pateikti skundą priežiūros institucijai: { $complaint }

## El. laiškas: pranešimas

mail-notice-subject = Kaip { $operator } naudos informaciją DI mokyti ir jūsų teisė nesutikti
mail-notice-intro = Nuo { $date } { $operator } naudos dalį informacijos savo dirbtiniam intelektui (DI) kurti ir tobulinti.
mail-notice-used = Kas bus naudojama:
mail-notice-never = Kas niekada nenaudojama:
mail-notice-right = Turite teisę nesutikti. Tai užtruks vos minutę, priežasties nurodyti nereikia, o prieštaravimą galite bet kada atšaukti. Jei nesutiksite, viskas, ką sukūrėte, nebus įtraukta į jokį DI mokymo duomenų rinkinį, kurį kursime nuo tada, įskaitant tai, ką paskelbėte anksčiau.
mail-notice-link = Nesutikite naudodami savo asmeninę nuorodą (ji užpildo jūsų duomenis; galioja iki { $expires }):
mail-notice-form = Arba naudokite formą be jos: { $url }
mail-notice-others = Net jei nesutiksite, informacija apie jus vis tiek gali atsirasti kitų žmonių bendrinamame turinyje, pavyzdžiui, jūsų nuotraukoje, kurią paskelbė kas nors kitas.
