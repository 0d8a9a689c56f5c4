### Withhold: slovenčina. Má presne tie isté identifikátory správ ako angličtina
### (kontroluje to crates/withhold-i18n/tests/catalogues.rs).

## Dates

month-1 = januára
month-2 = februára
month-3 = marca
month-4 = apríla
month-5 = mája
month-6 = júna
month-7 = júla
month-8 = augusta
month-9 = septembra
month-10 = októbra
month-11 = novembra
month-12 = decembra
date = { $day }. { $month } { $year }
datetime = { $date } o { $time } UTC

## Every page

site-tagline = Trénovanie AI a vaše informácie
skip-to-content = Prejsť na obsah
language-switcher = Jazyk
footer-about = O trénovaní AI a vašich informáciách
footer-object = Podať námietku
error-title = Chyba: { $title }
error-prefix = Chyba:
field-required = (povinné)
field-optional = (nepovinné)
field-required-here = (povinné v krajine vášho bydliska)

## The notice

notice-title = Ako používame informácie na trénovanie AI
notice-heading = Ako budeme používať informácie na trénovanie AI
notice-lead = Od { $date } bude { $operator } používať niektoré informácie na vývoj a zlepšovanie svojej AI. Máte právo podať námietku a zaberie vám to iba minútu.
used-heading = Čo budeme používať
used-posts = Verejné príspevky
used-photos = Fotky a ich popisy
used-ai-messages = Správy, ktoré posielate nášmu asistentovi AI
never-heading = Čo nikdy nepoužívame
never-private-messages = Súkromné správy s priateľmi a rodinou
others-heading = Informácie o vás, ktoré zdieľajú iní
others-body = Aj keď podáte námietku, informácie o vás sa môžu naďalej objavovať v obsahu, ktorý zdieľajú iní ľudia, napríklad na vašej fotke, ktorú zverejní niekto iný, a takýto obsah sa môže použiť.
right-heading = Vaše právo podať námietku
right-body = Ak podáte námietku, vylúčime všetok obsah, ktorého ste autorom, zo všetkých súborov údajov na trénovanie AI, ktoré odvtedy vytvoríme, a to vrátane toho, čo ste zverejnili predtým. Nemusíte uvádzať dôvod a námietku môžete kedykoľvek vziať späť.
object-button = Podať námietku proti použitiu vašich informácií na AI
availability-nowhere = Formulár na podanie námietky momentálne nie je dostupný v žiadnej krajine.
availability-some = Formulár na podanie námietky môžu použiť obyvatelia týchto krajín: { $countries }.

## The form

form-title = Námietka proti použitiu vašich informácií na AI
form-intro = Uveďte, kde žijete, a svoju e-mailovú adresu. Pošleme vám na ňu kód, ktorým potvrdíte, že adresa patrí vám; dovtedy nič neposudzujeme.
form-errors-heading =
    { $count ->
        [one] Skontrolujte, prosím, túto položku
        [few] Skontrolujte, prosím, tieto { $count } položky
       *[other] Skontrolujte, prosím, týchto { $count } položiek
    }
form-country-label = Krajina bydliska
form-country-choose = Vyberte svoju krajinu
form-email-label = E-mailová adresa
form-email-hint = Pošleme na ňu potvrdzovací kód a neskôr aj naše rozhodnutie.
form-impact-label = Ako sa vás toto spracúvanie týka?
form-impact-hint-required = Vyžadujú to predpisy vašej krajiny.
form-impact-hint-optional = Dôvod uvádzať nemusíte: vašej námietke vyhovieme v každom prípade.
form-details-label = Chcete nám povedať ešte niečo?
form-length-limit = Najviac { $max } znakov.
form-send = Odoslať
form-privacy = Vašu adresu uchovávame zašifrovanú a používame ju iba na túto žiadosť. Súkromné správy sa na trénovanie AI nikdy nepoužívajú.
form-prefilled = Vaše údaje sme vyplnili podľa vášho osobného odkazu. Skontrolujte ich a potom formulár odošlite.
form-link-expired = Platnosť vášho osobného odkazu vypršala, preto vaše údaje nie sú vyplnené. Námietku môžete podať aj tak: vyplňte formulár nižšie.
form-link-unusable = Váš osobný odkaz sa nám nepodarilo prečítať (mohol byť skrátený alebo zmenený), preto vaše údaje nie sú vyplnené. Námietku môžete podať aj tak: vyplňte formulár nižšie.
form-csrf = Z bezpečnostných dôvodov, prosím, skontrolujte svoje odpovede a odošlite formulár znova.
form-unavailable = Vašu námietku sa teraz nepodarilo uložiť: naša databáza je na chvíľu nedostupná a nič sa neuložilo. Vaše odpovede tu zostávajú; odošlite, prosím, formulár znova o minútu.
rate-limited =
    { $minutes ->
        [one] Z tohto miesta sme v krátkom čase dostali niekoľko žiadostí. Počkajte, prosím, minútu a odošlite formulár znova: vaše odpovede zostanú zachované.
        [few] Z tohto miesta sme v krátkom čase dostali niekoľko žiadostí. Počkajte, prosím, { $minutes } minúty a odošlite formulár znova: vaše odpovede zostanú zachované.
       *[other] Z tohto miesta sme v krátkom čase dostali niekoľko žiadostí. Počkajte, prosím, { $minutes } minút a odošlite formulár znova: vaše odpovede zostanú zachované.
    }

## What is wrong with a field

error-country-required = Vyberte krajinu svojho bydliska.
error-country-invalid = Vyberte svoju krajinu zo zoznamu.
error-country-unavailable-nowhere = Pre krajinu bydliska { $country } nie je formulár na podanie námietky dostupný a momentálne nie je dostupný ani nikde inde.
error-country-unavailable-except = Pre krajinu bydliska { $country } nie je formulár na podanie námietky dostupný. Môžu ho použiť obyvatelia všetkých krajín okrem týchto: { $countries }.
error-country-unavailable-only = Pre krajinu bydliska { $country } nie je formulár na podanie námietky dostupný. Môžu ho použiť obyvatelia týchto krajín: { $countries }.
error-email-missing = Zadajte svoju e-mailovú adresu.
error-email-too-long = E-mailová adresa môže mať najviac 254 znakov.
error-email-missing-at = E-mailová adresa musí medzi menom a doménou obsahovať zavináč @, napríklad meno@example.com.
error-email-local-too-long = Časť pred zavináčom @ môže mať najviac 64 znakov.
error-email-local-invalid = Časť pred zavináčom @ obsahuje znak, ktorý e-mailové adresy nemôžu používať, alebo bodku na nepovolenom mieste.
error-email-domain-invalid = Časť za zavináčom @ nie je platná doména, ako napríklad example.com.
error-impact-required = Vo vašej krajine je tento údaj povinný: napíšte nám, ako sa vás spracúvanie týka.
error-too-long = Text má { $actual } znakov; povolených je najviac { $max }.

## When what the browser sent cannot be read

unreadable-heading = Nepodarilo sa nám to prečítať
unreadable-too-large = Odoslaný obsah je väčší, ako dokážeme prijať. Skráťte ho, prosím, a skúste to znova.
unreadable-body = Nepodarilo sa nám prečítať, čo odoslal váš prehliadač. Vráťte sa, prosím, späť a skúste to znova.
back-to-form = Späť na formulár

## Confirming the address

confirm-title = Potvrďte svoju e-mailovú adresu
confirm-heading = Skontrolujte si e-mail
confirm-intro = Na zadanú adresu sme vám poslali { $digits }-miestny kód. Zadajte ho sem, čím potvrdíte svoju námietku. Kód platí { $minutes } min.
confirm-code-label = Potvrdzovací kód
confirm-button = Potvrdiť
confirm-no-email = Neprišiel vám e-mail? Pozrite sa do priečinka so spamom alebo si vyžiadajte nový kód. Nový kód nahradí pôvodný.
confirm-resend-button = Poslať nový kód
confirm-wrong-address = Zadali ste nesprávnu adresu? Začnite znova so správnou.
start-again = Začať znova
code-csrf = Z bezpečnostných dôvodov zadajte, prosím, kód znova.
code-missing = Zadajte šesťmiestny kód z e-mailu.
code-malformed = Kód má 6 číslic, napríklad 123456. Pozrite sa do e-mailu a zadajte ho znova.
code-wrong =
    { $left ->
        [one] Tento kód nie je správny. Skontrolujte posledný e-mail, ktorý sme vám poslali, a skúste to znova (zostáva 1 pokus).
        [few] Tento kód nie je správny. Skontrolujte posledný e-mail, ktorý sme vám poslali, a skúste to znova (zostávajú { $left } pokusy).
       *[other] Tento kód nie je správny. Skontrolujte posledný e-mail, ktorý sme vám poslali, a skúste to znova (zostáva { $left } pokusov).
    }
code-locked = Kód bol príliš veľakrát zadaný nesprávne, preto sme túto žiadosť z bezpečnostných dôvodov uzavreli. Začnite, prosím, znova: zaberie to iba minútu.
code-expired = Platnosť tohto kódu vypršala. Tlačidlom nižšie si pošlite nový kód a zadajte ho sem.
resend-csrf = Z bezpečnostných dôvodov, prosím, znova stlačte „Poslať nový kód“.
resend-sent = Poslali sme vám nový kód. Kódy, ktoré sme poslali predtým, už neplatia.
resend-too-many =
    { $minutes ->
        [one] Za poslednú hodinu sme vám nový kód poslali už { $count }-krát. Ďalší si môžete vyžiadať o minútu. Váš posledný kód platí, kým nevyprší.
        [few] Za poslednú hodinu sme vám nový kód poslali už { $count }-krát. Ďalší si môžete vyžiadať o { $minutes } minúty. Váš posledný kód platí, kým nevyprší.
       *[other] Za poslednú hodinu sme vám nový kód poslali už { $count }-krát. Ďalší si môžete vyžiadať o { $minutes } minút. Váš posledný kód platí, kým nevyprší.
    }

## Requests that cannot be shown

not-found-heading = Túto žiadosť nemôžeme nájsť
not-found-body = Odkaz možno nie je celý. Použite najnovší odkaz z našich e-mailov alebo podajte novú námietku.
closed-heading = Táto žiadosť je uzavretá
closed-body = Nebola včas potvrdená alebo bol príliš veľakrát zadaný nesprávny kód. Môžete podať novú námietku: zaberie to iba minútu.
already-confirmed-heading = Táto e-mailová adresa je už potvrdená
already-confirmed-body = Tu už nemusíte nič robiť. Odkaz v našich e-mailoch ukazuje stav vašej žiadosti a jej priebeh.
start-new-objection = Podať novú námietku
page-not-found-heading = Stránka sa nenašla
page-not-found-body = Na tejto adrese nič nie je.
go-to-start = Prejsť na úvodnú stránku
error-heading = Na našej strane sa niečo pokazilo
error-body = Vaša žiadosť nebola dokončená. Vráťte sa, prosím, späť a skúste to znova; ak sa to bude opakovať, skúste to neskôr.
unavailable-heading = Žiadosti teraz nemôžeme prijímať
unavailable-body = Naša databáza je na chvíľu nedostupná. Nič z toho, čo ste odoslali, sa nestratilo ani neuložilo len sčasti: vráťte sa, prosím, späť a o minútu to odošlite znova.

## The status page

status-title = Vaša námietka
status-label = Stav
status-meaning = Čo to znamená
status-email = E-mailová adresa
status-country = Krajina bydliska
status-received = Prijaté
status-excluded-since = Vylúčené z trénovania AI od
status-answer-by = Odpovedať musíme do
status-decided-by = Rozhodnuté podľa
status-reason = Dôvod
status-what-you-can-do = Čo môžete urobiť
status-pending = Čaká sa na potvrdenie vašej e-mailovej adresy
status-pending-meaning = Zadajte kód, ktorý sme vám poslali e-mailom. Dovtedy nič neposudzujeme.
status-verified = Potvrdené, čaká na rozhodnutie
status-verified-meaning = Kým rozhodujeme, vaše informácie sú už vylúčené z trénovania AI.
status-review = Posudzuje ju človek
status-review-meaning = Kým vašu námietku posudzuje človek, vaše informácie sú už vylúčené z trénovania AI. Odpovieme vám do { $due }.
status-honored = Vyhovené
status-honored-meaning = Platí do budúcnosti: z každého súboru údajov na trénovanie AI, ktorý vytvoríme, je vylúčený obsah, ktorého ste autorom (verejné príspevky, fotky a ich popisy, správy nášmu asistentovi AI), a to vrátane toho, čo ste zverejnili predtým. Súkromné správy sa nikdy nepoužívajú. Informácie o vás sa môžu naďalej objavovať v obsahu, ktorý zdieľajú iní ľudia.
status-declined = Zamietnuté
status-declined-meaning = Vaša námietka bola zamietnutá. Dôvod a to, čo môžete urobiť, nájdete nižšie.
status-withdrawn = Vzaté späť
status-withdrawn-meaning = Námietku ste vzali späť. Súbory údajov vytvorené odvtedy môžu obsahovať obsah, ktorého ste autorom; súbory údajov vytvorené v čase, keď námietka platila, ho naďalej neobsahujú.
status-closed = Uzavreté
status-closed-meaning = Táto žiadosť bola uzavretá bez potvrdenia e-mailovej adresy. Námietku môžete kedykoľvek podať znova.
status-notice-confirmed = Ďakujeme: vaša e-mailová adresa je potvrdená.
status-notice-already = Už máte platnú námietku, preto sme druhú neotvárali. Nájdete ju tu.
status-notice-withdrawn = Vaša námietka je vzatá späť. Poslali sme vám potvrdenie e-mailom.
withdraw-button = Vziať námietku späť
object-again = Znova podať námietku
timeline-heading = Priebeh
status-keep-private = Odkaz na túto stránku si nechajte pre seba: ktokoľvek, kto ho má, môže túto stránku zobraziť a vašu námietku vziať späť.

## The timeline

event-received = Prijali sme vašu námietku.
event-code-sent = Poslali sme vám e-mailom potvrdzovací kód.
event-code-resent = Poslali sme vám e-mailom nový potvrdzovací kód.
event-code-rejected = Bol zadaný nesprávny potvrdzovací kód.
event-verified = Potvrdili ste svoju e-mailovú adresu. Od tejto chvíle sú vaše informácie vylúčené z trénovania AI.
event-honored = Vašej námietke sa vyhovelo s účinnosťou do budúcnosti. Pravidlo: { $rule }.
event-sent-to-review = Vašu námietku sme odovzdali na posúdenie človeku: { $reason }.
review-reason-form-closed = formulár na podanie námietky sa v krajine vášho bydliska už neponúka, preto rozhoduje človek
review-reason-always = podľa pravidiel platných tam, kde žijete, posudzuje každú námietku človek
review-reason-statement = pred rozhodnutím si človek prečíta vaše vyjadrenie
event-declined = Vaša námietka bola zamietnutá.
event-withdrawn = Vzali ste svoju námietku späť.
event-expired-wrong-codes = Žiadosť bola uzavretá po príliš mnohých nesprávne zadaných kódoch.
event-expired-unconfirmed = Žiadosť bola uzavretá, pretože e-mailová adresa nebola včas potvrdená.
event-repeat-confirmed = Potvrdili ste novú žiadosť; táto námietka už platila, preto sme druhú neotvárali.
event-deadline-extended = Lehotu na naše rozhodnutie sme predĺžili do { $due }. Dôvod: { $reason }
event-other = S vašou žiadosťou sa stalo ešte niečo iné.

## Withdrawing

withdraw-title = Vziať námietku späť
withdraw-heading = Chcete námietku vziať späť?
withdraw-body = Ak námietku vezmete späť, súbory údajov na trénovanie AI, ktoré odteraz vytvoríme, môžu obsahovať obsah, ktorého ste autorom: verejné príspevky, fotky a ich popisy a správy nášmu asistentovi AI. Súbory údajov vytvorené v čase, keď vaša námietka platila, ho naďalej neobsahujú. Súkromné správy sa nikdy nepoužívajú.
withdraw-again = Námietku môžete kedykoľvek podať znova.
keep-objection = Ponechať námietku

## Email: shared

mail-hello = Dobrý deň,
mail-footer = Túto správu automaticky posiela { $operator }. Odpovede na ňu nikto nečíta.
mail-receipt = V prílohe ({ $file }) nájdete potvrdenie o tomto rozhodnutí s podpisom prevádzkovateľa { $operator }. Uschovajte si ho: dokazuje, čo a kedy bolo rozhodnuté. Ktokoľvek si ho môže overiť pomocou nášho verejného kľúča na adrese
mail-follow = Priebeh svojej žiadosti môžete sledovať tu:
mail-timeline = Celý priebeh nájdete tu:

## Email: the confirmation code

mail-code-subject = { $operator }: váš potvrdzovací kód
mail-code-intro = Niekto (dúfame, že vy) podal u prevádzkovateľa { $operator } námietku proti tomu, aby sa informácie o ňom používali na trénovanie AI, a uviedol túto e-mailovú adresu.
mail-code-code = Váš potvrdzovací kód: { $code }
mail-code-where = Zadajte ho na stránke, kde ste žiadosť podali. Kód platí { $minutes } min.
mail-code-ignore = Ak ste to neboli vy, môžete tento e-mail ignorovať: kým kód nikto nezadá, nič sa nestane.
mail-code-enter-here = Kód môžete zadať aj tu:

## Email: honored

mail-honored-subject = Vašej námietke proti trénovaniu AI sa vyhovelo
mail-honored-intro = Vašej námietke proti tomu, aby prevádzkovateľ { $operator } používal vaše informácie na trénovanie AI, sa vyhovelo.
mail-honored-means = Čo to znamená (platí do budúcnosti):
mail-honored-datasets = Z každého súboru údajov na trénovanie AI, ktorý odteraz vytvoríme, vylučujeme obsah, ktorého ste autorom: vaše verejné príspevky, fotky a ich popisy a správy, ktoré posielate nášmu asistentovi AI. Platí to aj pre to, čo ste zverejnili pred dneškom.
mail-honored-since = Platí to od { $date }, keď ste potvrdili svoju e-mailovú adresu.
mail-honored-private = Súkromné správy s priateľmi a rodinou sa na trénovanie AI nikdy nepoužívajú, či už námietku podáte, alebo nie.
mail-honored-others = Informácie o vás sa môžu naďalej objavovať v obsahu, ktorý zdieľajú iní ľudia.
mail-honored-how = Ako sa rozhodlo: { $basis } (pravidlo { $rule }).
mail-honored-link = Celý priebeh nájdete tu; môžete tu aj vziať námietku späť:

## Email: sent to review

mail-review-subject = Vašu námietku proti trénovaniu AI posudzujeme
mail-review-intro = Ďakujeme za potvrdenie e-mailovej adresy. Vašu námietku proti použitiu vašich informácií na trénovanie AI posúdi pracovník prevádzkovateľa { $operator }.
mail-review-excluded = Počas posudzovania sú vaše informácie už vylúčené z trénovania AI (od { $date }).
mail-review-why = Prečo ju posudzuje človek: { $reason }
mail-review-due = Našu odpoveď dostanete najneskôr do { $due }.

## Email: declined

mail-declined-subject = Rozhodnutie o vašej námietke proti trénovaniu AI
mail-declined-intro = Prevádzkovateľ { $operator } posúdil vašu námietku proti použitiu vašich informácií na trénovanie AI a zamietol ju.
mail-declined-reason = Dôvod: { $reason }
mail-declined-used-again = Od { $date } sa vaše informácie na trénovanie AI opäť používajú.
mail-declined-complain = Čo môžete urobiť: { $complaint }
mail-object-again = Námietku môžete aj kedykoľvek podať znova: { $url }

## Email: withdrawn

mail-withdrawn-subject = Vzali ste späť svoju námietku proti trénovaniu AI
mail-withdrawn-intro = Vzali ste späť svoju námietku proti tomu, aby prevádzkovateľ { $operator } používal vaše informácie na trénovanie AI.
mail-withdrawn-forward = Do budúcnosti teda súbory údajov na trénovanie AI vytvorené od { $date } môžu obsahovať obsah, ktorého ste autorom. Súbory údajov vytvorené v čase, keď vaša námietka platila, ho naďalej neobsahujú. Súkromné správy sa nikdy nepoužívajú.
mail-withdrawn-again = Námietku môžete kedykoľvek podať znova: { $url }
mail-withdrawn-not-you = Ak ste námietku späť nevzali vy, podajte ju znova na adrese uvedenej vyššie a uveďte to vo formulári.

## Email: deadline extended

mail-extended-subject = Na rozhodnutie o vašej námietke potrebujeme viac času
mail-extended-intro = Na rozhodnutie o vašej námietke proti použitiu vašich informácií na trénovanie AI potrebujeme viac času. Našu odpoveď teraz dostanete najneskôr do { $due } (pôvodná lehota bola do { $was }).
mail-extended-why = Prečo potrebujeme viac času: { $reason }
mail-extended-excluded = Počas rozhodovania zostávajú vaše informácie vylúčené z trénovania AI.
mail-extended-law = Zákon umožňuje túto lehotu raz predĺžiť, a to najviac o dva mesiace, ak je žiadosť zložitá alebo ak naraz príde veľa žiadostí; musíme vás o tom informovať počas prvého mesiaca, ako to teraz robíme. Ak nesúhlasíte, môžete podať sťažnosť dozornému orgánu: { $complaint }

## Email: the notice

mail-notice-subject = Ako bude { $operator } používať informácie na trénovanie AI a vaše právo podať námietku
mail-notice-intro = Od { $date } bude { $operator } používať niektoré informácie na vývoj a zlepšovanie svojej AI.
mail-notice-used = Čo budeme používať:
mail-notice-never = Čo nikdy nepoužívame:
mail-notice-right = Máte právo podať námietku. Zaberie to iba minútu, nemusíte uvádzať dôvod a námietku môžete kedykoľvek vziať späť. Ak námietku podáte, vylúčime všetok obsah, ktorého ste autorom, zo všetkých súborov údajov na trénovanie AI, ktoré odvtedy vytvoríme, a to vrátane toho, čo ste zverejnili predtým.
mail-notice-link = Podajte námietku pomocou svojho osobného odkazu (vyplní za vás vaše údaje; platí do { $expires }):
mail-notice-form = Alebo použite formulár bez neho: { $url }
mail-notice-others = Aj keď podáte námietku, informácie o vás sa môžu naďalej objavovať v obsahu, ktorý zdieľajú iní ľudia, napríklad na vašej fotke, ktorú zverejní niekto iný.
