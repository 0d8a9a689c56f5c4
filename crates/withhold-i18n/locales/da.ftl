### Withhold: dansk (Danish). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Datoer

month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date = { $day }. { $month } { $year }
datetime = { $date } kl. { $time } UTC

## Alle sider

site-tagline = AI-træning og dine oplysninger
skip-to-content = Gå til indhold
language-switcher = Sprog
footer-about = Om AI-træning og dine oplysninger
footer-object = Gør indsigelse
error-title = Fejl: { $title }
error-prefix = Fejl:
field-required = (skal udfyldes)
field-optional = (valgfrit)
field-required-here = (skal udfyldes, hvor du bor)

## Meddelelsen

notice-title = Sådan bruger vi oplysninger til at træne AI
notice-heading = Sådan vil vi bruge oplysninger til at træne AI
notice-lead = Fra den { $date } vil { $operator } bruge visse oplysninger til at udvikle og forbedre sin AI. Du har ret til at gøre indsigelse, og det tager kun et minut.
used-heading = Det bliver brugt
used-posts = Offentlige opslag
used-photos = Billeder og deres billedtekster
used-ai-messages = Beskeder, du sender til vores AI-assistent
never-heading = Det bliver aldrig brugt
never-private-messages = Private beskeder med venner og familie
others-heading = Oplysninger om dig, som andre deler
others-body = Selv hvis du gør indsigelse, kan oplysninger om dig stadig optræde i indhold, som andre deler, for eksempel et billede af dig, som en anden lægger op, og det indhold kan blive brugt.
right-heading = Din ret til at gøre indsigelse
right-body = Hvis du gør indsigelse, holder vi alt, hvad du selv har lavet, ude af alle de datasæt til AI-træning, vi bygger fra da af – også det, du har slået op tidligere. Du behøver ikke at give en begrundelse, og du kan til enhver tid trække din indsigelse tilbage.
object-button = Gør indsigelse mod, at dine oplysninger bruges til AI
availability-nowhere = Indsigelsesformularen er ikke tilgængelig i noget land i øjeblikket.
availability-some = Indsigelsesformularen er tilgængelig for personer, der bor i: { $countries }.

## Formularen

form-title = Gør indsigelse mod, at dine oplysninger bruges til AI
form-intro = Fortæl os, hvor du bor, og hvad din e-mailadresse er. Vi sender dig en kode på e-mail, så du kan bekræfte, at adressen er din; intet bliver gennemgået før da.
form-errors-heading =
    { $count ->
        [one] Tjek dette punkt
       *[other] Tjek disse { $count } punkter
    }
form-country-label = Bopælsland
form-country-choose = Vælg dit land
form-email-label = E-mailadresse
form-email-hint = Hertil sender vi en bekræftelseskode og senere vores afgørelse.
form-impact-label = Hvordan påvirker denne behandling dig?
form-impact-hint-required = Reglerne i dit land kræver dette.
form-impact-hint-optional = Du behøver ikke at give en begrundelse: din indsigelse bliver respekteret under alle omstændigheder.
form-details-label = Er der andet, du gerne vil fortælle os?
form-length-limit = Højst { $max } tegn.
form-send = Indsend
form-privacy = Vi opbevarer din adresse krypteret og bruger den kun til denne anmodning. Private beskeder bliver aldrig brugt til at træne AI.
form-prefilled = Vi har udfyldt dine oplysninger ud fra dit personlige link. Tjek dem, og send så formularen.
form-link-expired = Dit personlige link er udløbet, så dine oplysninger er ikke udfyldt. Du kan stadig gøre indsigelse: udfyld formularen nedenfor.
form-link-unusable = Vi kunne ikke læse dit personlige link (det er måske blevet afkortet eller ændret), så dine oplysninger er ikke udfyldt. Du kan stadig gøre indsigelse: udfyld formularen nedenfor.
form-csrf = Af sikkerhedshensyn skal du tjekke dine svar og sende formularen igen.
form-unavailable = Vi kunne ikke gemme din indsigelse lige nu: vores database er kortvarigt utilgængelig, og intet blev gemt. Dine svar står her stadig; send formularen igen om et minut.
rate-limited =
    { $minutes ->
        [one] Vi har modtaget flere anmodninger herfra på kort tid. Vent et minut, og send igen: det, du har skrevet, er bevaret.
       *[other] Vi har modtaget flere anmodninger herfra på kort tid. Vent { $minutes } minutter, og send igen: det, du har skrevet, er bevaret.
    }

## Fejl i et felt

error-country-required = Vælg dit bopælsland.
error-country-invalid = Vælg dit land på listen.
error-country-unavailable-nowhere = Indsigelsesformularen er ikke tilgængelig for personer, der bor i { $country }, og heller ikke andre steder i øjeblikket.
error-country-unavailable-except = Indsigelsesformularen er ikke tilgængelig for personer, der bor i { $country }. Den er tilgængelig for personer, der bor i alle lande undtagen: { $countries }.
error-country-unavailable-only = Indsigelsesformularen er ikke tilgængelig for personer, der bor i { $country }. Den er tilgængelig for personer, der bor i: { $countries }.
error-email-missing = Indtast din e-mailadresse.
error-email-too-long = En e-mailadresse må højst være 254 tegn lang.
error-email-missing-at = En e-mailadresse skal have et @ mellem navnet og domænet, f.eks. navn@example.com.
error-email-local-too-long = Delen før @ må højst være 64 tegn lang.
error-email-local-invalid = Delen før @ indeholder et tegn eller et punktum, som e-mailadresser ikke kan bruge.
error-email-domain-invalid = Delen efter @ er ikke et gyldigt domæne som f.eks. example.com.
error-impact-required = Det er påkrævet i dit land: fortæl os, hvordan behandlingen påvirker dig.
error-too-long = Teksten er { $actual } tegn lang; grænsen er { $max }.

## Når det, browseren sendte, ikke kan læses

unreadable-heading = Vi kunne ikke læse det
unreadable-too-large = Det, du sendte, er større, end vi kan modtage. Gør det kortere, og prøv igen.
unreadable-body = Vi kunne ikke læse det, din browser sendte. Gå tilbage, og prøv igen.
back-to-form = Tilbage til formularen

## Bekræftelse af adressen

confirm-title = Bekræft din e-mailadresse
confirm-heading = Tjek din e-mail
confirm-intro = Vi har sendt en { $digits }-cifret kode til den adresse, du angav. Indtast den her for at bekræfte din indsigelse. Koden gælder i { $minutes } minutter.
confirm-code-label = Bekræftelseskode
confirm-button = Bekræft
confirm-no-email = Ingen e-mail? Tjek din spammappe, eller bed om en ny kode. En ny kode erstatter den gamle.
confirm-resend-button = Send en ny kode
confirm-wrong-address = Forkert adresse? Start forfra med den rigtige.
start-again = Start forfra
code-csrf = Af sikkerhedshensyn skal du indtaste koden igen.
code-missing = Indtast den 6-cifrede kode fra e-mailen.
code-malformed = Koden består af 6 cifre, f.eks. 123456. Tjek e-mailen, og indtast den igen.
code-wrong =
    { $left ->
        [one] Koden er forkert. Tjek den seneste e-mail fra os, og prøv igen (1 forsøg tilbage).
       *[other] Koden er forkert. Tjek den seneste e-mail fra os, og prøv igen ({ $left } forsøg tilbage).
    }
code-locked = Der blev indtastet en forkert kode for mange gange, så af sikkerhedshensyn har vi lukket denne anmodning. Start forfra: det tager kun et minut.
code-expired = Koden er udløbet. Send dig selv en ny kode med knappen nedenfor, og indtast den så her.
resend-csrf = Af sikkerhedshensyn skal du trykke på »Send en ny kode« igen.
resend-sent = Vi har sendt dig en ny kode. Koder, vi har sendt tidligere, virker ikke længere.
resend-too-many =
    { $minutes ->
        [one] Vi har allerede sendt { $count } nye koder inden for den seneste time. Du kan bede om en ny om et minut. Din seneste kode virker stadig, indtil den udløber.
       *[other] Vi har allerede sendt { $count } nye koder inden for den seneste time. Du kan bede om en ny om { $minutes } minutter. Din seneste kode virker stadig, indtil den udløber.
    }

## Anmodninger, der ikke kan vises

not-found-heading = Vi kan ikke finde den anmodning
not-found-body = Linket er måske ufuldstændigt. Brug det seneste link fra vores e-mails, eller start en ny indsigelse.
closed-heading = Denne anmodning er lukket
closed-body = Den blev ikke bekræftet i tide, eller der blev indtastet en forkert kode for mange gange. Du kan starte en ny indsigelse: det tager kun et minut.
already-confirmed-heading = Denne e-mailadresse er allerede bekræftet
already-confirmed-body = Du behøver ikke at gøre mere her. Linket i vores e-mails viser status og forløb for din anmodning.
start-new-objection = Start en ny indsigelse
page-not-found-heading = Siden blev ikke fundet
page-not-found-body = Der er intet på denne adresse.
go-to-start = Gå til forsiden
error-heading = Der gik noget galt hos os
error-body = Din anmodning blev ikke gennemført. Gå tilbage, og prøv igen. Hvis det bliver ved med at ske, så prøv igen senere.
unavailable-heading = Vi kan ikke modtage anmodninger lige nu
unavailable-body = Vores database er kortvarigt utilgængelig. Intet af det, du sendte, er gået tabt eller blevet halvt gemt: gå tilbage, og send det igen om et minut.

## Statussiden

status-title = Din indsigelse
status-label = Sagens status
status-meaning = Betydning
status-email = E-mailadresse
status-country = Bopælsland
status-received = Modtaget
status-excluded-since = Udelukket fra AI-træning siden
status-answer-by = Vi skal svare senest
status-decided-by = Afgjort af
status-reason = Begrundelse
status-what-you-can-do = Det kan du gøre
status-pending = Venter på, at du bekræfter din e-mailadresse
status-pending-meaning = Indtast den kode, vi har sendt dig på e-mail. Intet bliver gennemgået før da.
status-verified = Bekræftet, afgørelse på vej
status-verified-meaning = Dine oplysninger er allerede udelukket fra AI-træning, mens vi træffer afgørelse.
status-review = Gennemgås af en medarbejder
status-review-meaning = Dine oplysninger er allerede udelukket fra AI-træning, mens en medarbejder gennemgår din indsigelse. Vi svarer senest den { $due }.
status-honored = Imødekommet
status-honored-meaning = Gælder fremadrettet: alle de datasæt til AI-træning, vi bygger, udelukker det indhold, du selv har lavet (offentlige opslag, billeder og deres billedtekster, beskeder til vores AI-assistent) – også det, du har slået op tidligere. Private beskeder bliver aldrig brugt. Oplysninger om dig kan stadig optræde i indhold, som andre deler.
status-declined = Afvist
status-declined-meaning = Din indsigelse blev afvist. Du kan se begrundelsen, og hvad du kan gøre, nedenfor.
status-withdrawn = Trukket tilbage
status-withdrawn-meaning = Du har trukket din indsigelse tilbage. Datasæt, der bygges fra da af, kan indeholde indhold, du selv har lavet; datasæt, der blev bygget, mens indsigelsen gjaldt, forbliver uden det.
status-closed = Lukket
status-closed-meaning = Denne anmodning blev lukket, uden at e-mailadressen blev bekræftet. Du kan gøre indsigelse igen når som helst.
status-notice-confirmed = Tak: din e-mailadresse er bekræftet.
status-notice-already = Du har allerede en indsigelse, der gælder, så vi har ikke oprettet en ny. Her er den.
status-notice-withdrawn = Din indsigelse er trukket tilbage. Vi har sendt dig en bekræftelse på e-mail.
withdraw-button = Træk min indsigelse tilbage
object-again = Gør indsigelse igen
timeline-heading = Forløb
status-keep-private = Del ikke linket til denne side med andre: alle, der har det, kan se siden og trække din indsigelse tilbage.

## Forløbet

event-received = Vi modtog din indsigelse.
event-code-sent = Vi sendte dig en bekræftelseskode på e-mail.
event-code-resent = Vi sendte dig en ny bekræftelseskode på e-mail.
event-code-rejected = Der blev indtastet en forkert bekræftelseskode.
event-verified = Du bekræftede din e-mailadresse. Fra dette øjeblik er dine oplysninger udelukket fra AI-træning.
event-honored = Din indsigelse blev imødekommet med virkning fremadrettet. Regel: { $rule }.
event-sent-to-review = Din indsigelse blev sendt videre til gennemgang hos en medarbejder: { $reason }.
review-reason-form-closed = indsigelsesformularen tilbydes ikke længere, hvor du bor, så et menneske træffer afgørelsen
review-reason-always = i din jurisdiktion ser et menneske på hver indsigelse
review-reason-statement = et menneske læser det, du har skrevet, før der træffes en afgørelse
event-declined = Din indsigelse blev afvist.
event-withdrawn = Du trak din indsigelse tilbage.
event-expired-wrong-codes = Anmodningen blev lukket efter for mange forkerte koder.
event-expired-unconfirmed = Anmodningen blev lukket, fordi e-mailadressen ikke blev bekræftet i tide.
event-repeat-confirmed = Du bekræftede en ny anmodning; denne indsigelse gjaldt allerede, så der blev ikke oprettet en ny.
event-deadline-extended = Vi forlængede fristen for vores afgørelse til den { $due }. Begrundelse: { $reason }
event-other = Der skete noget andet med din anmodning.

## Tilbagetrækning

withdraw-title = Træk din indsigelse tilbage
withdraw-heading = Vil du trække din indsigelse tilbage?
withdraw-body = Hvis du trækker den tilbage, kan de datasæt til AI-træning, vi bygger fra nu af, indeholde indhold, du selv har lavet: offentlige opslag, billeder og deres billedtekster samt beskeder til vores AI-assistent. Datasæt, der blev bygget, mens din indsigelse gjaldt, forbliver uden det. Private beskeder bliver aldrig brugt.
withdraw-again = Du kan gøre indsigelse igen når som helst.
keep-objection = Behold min indsigelse

## E-mail: fælles

mail-hello = Hej
mail-footer = Denne besked blev sendt automatisk af { $operator }. Svar på den bliver ikke læst.
mail-receipt = En kvittering for denne afgørelse, underskrevet af { $operator }, er vedhæftet ({ $file }). Gem den: den dokumenterer, hvad der blev besluttet og hvornår. Alle kan kontrollere den med vores offentlige nøgle på
mail-follow = Følg din anmodning her:
mail-timeline = Se hele forløbet her:

## E-mail: bekræftelseskoden

mail-code-subject = Din bekræftelseskode fra { $operator }
mail-code-intro = Nogen (forhåbentlig dig) har bedt { $operator } om ikke at bruge oplysninger om vedkommende til at træne AI og har angivet denne e-mailadresse.
mail-code-code = Din bekræftelseskode er: { $code }
mail-code-where = Indtast den på den side, hvor du sendte anmodningen. Den gælder i { $minutes } minutter.
mail-code-ignore = Hvis det ikke var dig, kan du se bort fra denne e-mail: der sker ikke noget, før koden bliver indtastet.
mail-code-enter-here = Du kan også indtaste den her:

## E-mail: imødekommet

mail-honored-subject = Din indsigelse mod AI-træning er blevet imødekommet
mail-honored-intro = Din indsigelse mod, at { $operator } bruger dine oplysninger til at træne AI, er blevet imødekommet.
mail-honored-means = Det betyder følgende med virkning fremadrettet:
mail-honored-datasets = Alle de datasæt til AI-træning, vi bygger fra nu af, udelukker indhold, du selv har lavet: dine offentlige opslag, dine billeder og deres billedtekster og de beskeder, du sender til vores AI-assistent. Det gælder også det, du har slået op før i dag.
mail-honored-since = Det har gældet, siden du bekræftede din e-mailadresse den { $date }.
mail-honored-private = Private beskeder med venner og familie bliver aldrig brugt til at træne AI, uanset om du gør indsigelse eller ej.
mail-honored-others = Oplysninger om dig kan stadig optræde i indhold, som andre deler.
mail-honored-how = Sådan blev det afgjort: { $basis } (regel { $rule }).
mail-honored-link = Se hele forløbet, eller træk din indsigelse tilbage, her:

## E-mail: sendt til gennemgang

mail-review-subject = Din indsigelse mod AI-træning bliver gennemgået
mail-review-intro = Tak, fordi du bekræftede din e-mailadresse. En medarbejder hos { $operator } vil gennemgå din indsigelse mod, at dine oplysninger bruges til at træne AI.
mail-review-excluded = Mens den bliver gennemgået, er dine oplysninger allerede udelukket fra AI-træning (siden den { $date }).
mail-review-why = Derfor gennemgår en medarbejder den: { $reason }
mail-review-due = Du får vores svar senest den { $due }.

## E-mail: afvist

mail-declined-subject = Afgørelsen om din indsigelse mod AI-træning
mail-declined-intro = { $operator } har gennemgået din indsigelse mod, at dine oplysninger bruges til at træne AI, og har afvist den.
mail-declined-reason = Begrundelse: { $reason }
mail-declined-used-again = Dine oplysninger bliver igen brugt til AI-træning fra den { $date }.
mail-declined-complain = Det kan du gøre: { $complaint }
mail-object-again = Du kan også gøre indsigelse igen når som helst: { $url }

## E-mail: trukket tilbage

mail-withdrawn-subject = Du har trukket din indsigelse mod AI-træning tilbage
mail-withdrawn-intro = Du har trukket din indsigelse mod, at { $operator } bruger dine oplysninger til at træne AI, tilbage.
mail-withdrawn-forward = Fremover kan datasæt til AI-træning, der bygges fra den { $date }, indeholde indhold, du selv har lavet. Datasæt, der blev bygget, mens din indsigelse gjaldt, forbliver uden det. Private beskeder bliver aldrig brugt.
mail-withdrawn-again = Du kan gøre indsigelse igen når som helst: { $url }
mail-withdrawn-not-you = Hvis det ikke var dig, der trak indsigelsen tilbage, så gør indsigelse igen på adressen ovenfor, og fortæl os det i formularen.

## E-mail: fristen er forlænget

mail-extended-subject = Vi har brug for mere tid til at træffe afgørelse om din indsigelse
mail-extended-intro = Vi har brug for mere tid til at træffe afgørelse om din indsigelse mod, at dine oplysninger bruges til at træne AI. Du får nu vores svar senest den { $due } (fristen var den { $was }).
mail-extended-why = Derfor har vi brug for mere tid: { $reason }
mail-extended-excluded = Dine oplysninger forbliver udelukket fra AI-træning, mens vi træffer afgørelse.
mail-extended-law = Loven tillader denne forlængelse én gang og med højst to måneder, når en anmodning er kompliceret, eller når der kommer mange anmodninger på én gang; vi skal give dig besked inden for den første måned, som vi gør nu. Hvis du er uenig, kan du klage til en tilsynsmyndighed: { $complaint }

## E-mail: meddelelsen

mail-notice-subject = Sådan vil { $operator } bruge oplysninger til at træne AI – og din ret til at gøre indsigelse
mail-notice-intro = Fra den { $date } vil { $operator } bruge visse oplysninger til at udvikle og forbedre sin AI.
mail-notice-used = Det bliver brugt:
mail-notice-never = Det bliver aldrig brugt:
mail-notice-right = Du har ret til at gøre indsigelse. Det tager et minut, du behøver ikke at give en begrundelse, og du kan til enhver tid trække din indsigelse tilbage. Hvis du gør indsigelse, bliver alt, hvad du selv har lavet, holdt ude af alle de datasæt til AI-træning, vi bygger fra da af – også det, du har slået op tidligere.
mail-notice-link = Gør indsigelse med dit personlige link (det udfylder dine oplysninger og virker indtil den { $expires }):
mail-notice-form = Eller brug formularen uden linket: { $url }
mail-notice-others = Selv hvis du gør indsigelse, kan oplysninger om dig stadig optræde i indhold, som andre deler, for eksempel et billede af dig, som en anden lægger op.
