### Withhold: svenska (Swedish). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Datum

month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date = { $day } { $month } { $year }
datetime = { $date } kl. { $time } UTC

## Alla sidor

site-tagline = AI-träning och dina uppgifter
skip-to-content = Hoppa till innehållet
language-switcher = Språk
footer-about = Om AI-träning och dina uppgifter
footer-object = Invänd
error-title = Fel: { $title }
error-prefix = Fel:
field-required = (obligatoriskt)
field-optional = (valfritt)
field-required-here = (obligatoriskt där du bor)

## Meddelandet

notice-title = Så använder vi uppgifter för att träna AI
notice-heading = Så kommer vi att använda uppgifter för att träna AI
notice-lead = Från och med den { $date } kommer { $operator } att använda vissa uppgifter för att utveckla och förbättra sin AI. Du har rätt att invända, och det tar bara en minut.
used-heading = Det här används
used-posts = Offentliga inlägg
used-photos = Foton och deras bildtexter
used-ai-messages = Meddelanden som du skickar till vår AI-assistent
never-heading = Det här används aldrig
never-private-messages = Privata meddelanden med vänner och familj
others-heading = Uppgifter om dig som andra delar
others-body = Även om du invänder kan uppgifter om dig fortfarande förekomma i innehåll som andra delar, till exempel ett foto av dig som någon annan lägger upp, och det innehållet kan komma att användas.
right-heading = Din rätt att invända
right-body = Om du invänder undantar vi allt som du själv har skapat från alla dataset för AI-träning som vi bygger från och med då, även det som du har lagt upp tidigare. Du behöver inte ange något skäl, och du kan när som helst återkalla din invändning.
object-button = Invänd mot att dina uppgifter används för AI
availability-nowhere = Formuläret för invändningar är inte tillgängligt i något land just nu.
availability-some = Formuläret för invändningar är tillgängligt för dig som bor i: { $countries }.

## Formuläret

form-title = Invänd mot att dina uppgifter används för AI
form-intro = Berätta var du bor och vilken e-postadress du har. Vi mejlar dig en kod så att du kan bekräfta att adressen är din; ingenting granskas innan dess.
form-errors-heading =
    { $count ->
        [one] Kontrollera den här punkten
       *[other] Kontrollera de här { $count } punkterna
    }
form-country-label = Bosättningsland
form-country-choose = Välj ditt land
form-email-label = E-postadress
form-email-hint = Hit skickar vi en bekräftelsekod och senare vårt beslut.
form-impact-label = Hur påverkar den här behandlingen dig?
form-impact-hint-required = Reglerna i ditt land kräver detta.
form-impact-hint-optional = Du behöver inte ange något skäl: din invändning respekteras i vilket fall som helst.
form-details-label = Är det något mer du vill att vi ska veta?
form-length-limit = Högst { $max } tecken.
form-send = Skicka
form-privacy = Vi lagrar din adress krypterad och använder den bara för den här begäran. Privata meddelanden används aldrig för att träna AI.
form-prefilled = Vi har fyllt i dina uppgifter utifrån din personliga länk. Kontrollera dem och skicka sedan formuläret.
form-link-expired = Din personliga länk har gått ut, så dina uppgifter är inte ifyllda. Du kan ändå invända: fyll i formuläret nedan.
form-link-unusable = Vi kunde inte läsa din personliga länk (den kan ha blivit avkortad eller ändrad), så dina uppgifter är inte ifyllda. Du kan ändå invända: fyll i formuläret nedan.
form-csrf = Av säkerhetsskäl ber vi dig kontrollera dina svar och skicka formuläret igen.
form-unavailable = Vi kunde inte spara din invändning just nu: vår databas är tillfälligt otillgänglig och ingenting har sparats. Dina svar finns kvar här; skicka formuläret igen om en minut.
rate-limited =
    { $minutes ->
        [one] Vi har fått flera förfrågningar härifrån på kort tid. Vänta en minut och skicka igen: det du har skrivit finns kvar.
       *[other] Vi har fått flera förfrågningar härifrån på kort tid. Vänta { $minutes } minuter och skicka igen: det du har skrivit finns kvar.
    }

## När något är fel i ett fält

error-country-required = Välj ditt bosättningsland.
error-country-invalid = Välj ditt land i listan.
error-country-unavailable-nowhere = Formuläret för invändningar är inte tillgängligt för dig som bor i { $country }, och inte heller någon annanstans just nu.
error-country-unavailable-except = Formuläret för invändningar är inte tillgängligt för dig som bor i { $country }. Det är tillgängligt för dig som bor i alla länder utom: { $countries }.
error-country-unavailable-only = Formuläret för invändningar är inte tillgängligt för dig som bor i { $country }. Det är tillgängligt för dig som bor i: { $countries }.
error-email-missing = Ange din e-postadress.
error-email-too-long = En e-postadress får vara högst 254 tecken lång.
error-email-missing-at = En e-postadress behöver ett @ mellan namnet och domänen, till exempel namn@example.com.
error-email-local-too-long = Delen före @ får vara högst 64 tecken lång.
error-email-local-invalid = Delen före @ innehåller ett tecken eller en punkt som inte kan användas i e-postadresser.
error-email-domain-invalid = Delen efter @ är inte en giltig domän, som till exempel example.com.
error-impact-required = Det här är obligatoriskt i ditt land: berätta hur behandlingen påverkar dig.
error-too-long = Texten är { $actual } tecken lång; gränsen är { $max }.

## När det som webbläsaren skickade inte kan läsas

unreadable-heading = Vi kunde inte läsa det
unreadable-too-large = Det du skickade är större än vi tar emot. Korta ner det och försök igen.
unreadable-body = Vi kunde inte läsa det som din webbläsare skickade. Gå tillbaka och försök igen.
back-to-form = Tillbaka till formuläret

## Bekräfta adressen

confirm-title = Bekräfta din e-postadress
confirm-heading = Kolla din e-post
confirm-intro = Vi har mejlat en { $digits }-siffrig kod till adressen du angav. Ange den här för att bekräfta din invändning. Koden gäller i { $minutes } minuter.
confirm-code-label = Bekräftelsekod
confirm-button = Bekräfta
confirm-no-email = Inget mejl? Kolla din skräppostmapp eller begär en ny kod. En ny kod ersätter den gamla.
confirm-resend-button = Skicka en ny kod
confirm-wrong-address = Fel adress? Börja om med rätt adress.
start-again = Börja om
code-csrf = Av säkerhetsskäl ber vi dig ange koden igen.
code-missing = Ange den 6-siffriga koden från mejlet.
code-malformed = Koden består av 6 siffror, till exempel 123456. Kontrollera mejlet och ange den igen.
code-wrong =
    { $left ->
        [one] Koden stämmer inte. Kontrollera det senaste mejlet från oss och försök igen (1 försök kvar).
       *[other] Koden stämmer inte. Kontrollera det senaste mejlet från oss och försök igen ({ $left } försök kvar).
    }
code-locked = Fel kod angavs för många gånger, så av säkerhetsskäl har vi stängt den här begäran. Börja om: det tar bara en minut.
code-expired = Koden har gått ut. Skicka en ny kod till dig själv med knappen nedan och ange den sedan här.
resend-csrf = Av säkerhetsskäl ber vi dig trycka på ”Skicka en ny kod” igen.
resend-sent = Vi har skickat en ny kod till dig. Koder som vi skickat tidigare fungerar inte längre.
resend-too-many =
    { $minutes ->
        [one] Vi har redan skickat { $count } nya koder under den senaste timmen. Du kan begära en till om en minut. Din senaste kod fungerar fortfarande tills den går ut.
       *[other] Vi har redan skickat { $count } nya koder under den senaste timmen. Du kan begära en till om { $minutes } minuter. Din senaste kod fungerar fortfarande tills den går ut.
    }

## Begäranden som inte kan visas

not-found-heading = Vi hittar inte den begäran
not-found-body = Länken kan vara ofullständig. Använd den senaste länken från våra mejl, eller gör en ny invändning.
closed-heading = Den här begäran är stängd
closed-body = Den bekräftades inte i tid, eller så angavs fel kod för många gånger. Du kan göra en ny invändning: det tar bara en minut.
already-confirmed-heading = Den här e-postadressen är redan bekräftad
already-confirmed-body = Du behöver inte göra något mer här. Länken i våra mejl visar status och förlopp för din begäran.
start-new-objection = Gör en ny invändning
page-not-found-heading = Sidan hittades inte
page-not-found-body = Det finns ingenting på den här adressen.
go-to-start = Gå till startsidan
error-heading = Något gick fel hos oss
error-body = Din begäran slutfördes inte. Gå tillbaka och försök igen; om det fortsätter att hända kan du försöka igen senare.
unavailable-heading = Vi kan inte ta emot begäranden just nu
unavailable-body = Vår databas är tillfälligt otillgänglig. Ingenting av det du skickade har gått förlorat eller sparats till hälften: gå tillbaka och skicka det igen om en minut.

## Statussidan

status-title = Din invändning
status-label = Ärendestatus
status-meaning = Vad det innebär
status-email = E-postadress
status-country = Bosättningsland
status-received = Mottagen
status-excluded-since = Undantagen från AI-träning sedan
status-answer-by = Vi måste svara senast
status-decided-by = Beslutad av
status-reason = Skäl
status-what-you-can-do = Vad du kan göra
status-pending = Väntar på att du bekräftar din e-postadress
status-pending-meaning = Ange koden som vi mejlade dig. Ingenting granskas innan dess.
status-verified = Bekräftad, beslut pågår
status-verified-meaning = Dina uppgifter är redan undantagna från AI-träning medan vi fattar beslut.
status-review = Granskas av en medarbetare
status-review-meaning = Dina uppgifter är redan undantagna från AI-träning medan en medarbetare granskar din invändning. Vi svarar senast den { $due }.
status-honored = Godkänd
status-honored-meaning = Gäller framåt: alla dataset för AI-träning som vi bygger undantar innehåll som du själv har skapat (offentliga inlägg, foton och deras bildtexter, meddelanden till vår AI-assistent), även det som du har lagt upp tidigare. Privata meddelanden används aldrig. Uppgifter om dig kan fortfarande förekomma i innehåll som andra delar.
status-declined = Avslagen
status-declined-meaning = Din invändning har avslagits. Skälet och vad du kan göra står nedan.
status-withdrawn = Återkallad
status-withdrawn-meaning = Du har återkallat din invändning. Dataset som byggs från och med då kan innehålla innehåll som du har skapat; dataset som byggdes medan invändningen gällde förblir utan det.
status-closed = Stängd
status-closed-meaning = Den här begäran stängdes utan att e-postadressen bekräftades. Du kan invända igen när som helst.
status-notice-confirmed = Tack! Din e-postadress är bekräftad.
status-notice-already = Du har redan en invändning som gäller, så vi har inte öppnat någon ny. Här är den.
status-notice-withdrawn = Din invändning är återkallad. Vi har mejlat dig en bekräftelse.
withdraw-button = Återkalla min invändning
object-again = Invänd igen
timeline-heading = Förlopp
status-keep-private = Dela inte länken till den här sidan: den som har länken kan se sidan och återkalla din invändning.

## Förloppet

event-received = Vi tog emot din invändning.
event-code-sent = Vi mejlade dig en bekräftelsekod.
event-code-resent = Vi mejlade dig en ny bekräftelsekod.
event-code-rejected = Fel bekräftelsekod angavs.
event-verified = Du bekräftade din e-postadress. Från och med nu är dina uppgifter undantagna från AI-träning.
event-honored = Din invändning godkändes och gäller framåt. Regel: { $rule }.
event-sent-to-review = Din invändning skickades vidare för granskning av en medarbetare: { $reason }.
review-reason-form-closed = invändningsformuläret erbjuds inte längre där du bor, så en människa fattar beslutet
review-reason-always = i din jurisdiktion går en människa igenom varje invändning
review-reason-statement = en människa läser det du skrev innan beslutet fattas
event-declined = Din invändning avslogs.
event-withdrawn = Du återkallade din invändning.
event-expired-wrong-codes = Begäran stängdes efter för många felaktiga koder.
event-expired-unconfirmed = Begäran stängdes eftersom e-postadressen inte bekräftades i tid.
event-repeat-confirmed = Du bekräftade en ny begäran; den här invändningen gällde redan, så ingen ny öppnades.
event-deadline-extended = Vi förlängde tidsfristen för vårt beslut till den { $due }. Skäl: { $reason }
event-other = Något annat hände med din begäran.

## Återkalla

withdraw-title = Återkalla din invändning
withdraw-heading = Vill du återkalla din invändning?
withdraw-body = Om du återkallar den kan dataset för AI-träning som vi bygger från och med nu innehålla innehåll som du har skapat: offentliga inlägg, foton och deras bildtexter samt meddelanden till vår AI-assistent. Dataset som byggdes medan din invändning gällde förblir utan det. Privata meddelanden används aldrig.
withdraw-again = Du kan invända igen när som helst.
keep-objection = Behåll min invändning

## E-post: gemensamt

mail-hello = Hej!
mail-footer = Det här meddelandet skickades automatiskt av { $operator }. Svar på det läses inte.
mail-receipt = Ett kvitto på det här beslutet, signerat av { $operator }, bifogas ({ $file }). Spara det: det visar vad som beslutades och när. Vem som helst kan kontrollera det mot vår offentliga nyckel på
mail-follow = Följ din begäran här:
mail-timeline = Se hela förloppet här:

## E-post: bekräftelsekoden

mail-code-subject = Din bekräftelsekod från { $operator }
mail-code-intro = Någon (förhoppningsvis du) har bett { $operator } att inte använda uppgifter om hen för att träna AI och har angett den här e-postadressen.
mail-code-code = Din bekräftelsekod är: { $code }
mail-code-where = Ange den på sidan där du gjorde begäran. Den gäller i { $minutes } minuter.
mail-code-ignore = Om det inte var du kan du bortse från det här mejlet: ingenting händer förrän koden anges.
mail-code-enter-here = Du kan också ange den här:

## E-post: godkänd

mail-honored-subject = Din invändning mot AI-träning har godkänts
mail-honored-intro = Din invändning mot att { $operator } använder dina uppgifter för att träna AI har godkänts.
mail-honored-means = Det här innebär, med verkan framåt:
mail-honored-datasets = Alla dataset för AI-träning som vi bygger från och med nu undantar innehåll som du själv har skapat: dina offentliga inlägg, dina foton och deras bildtexter och de meddelanden du skickar till vår AI-assistent. Det gäller även det som du lagt upp före i dag.
mail-honored-since = Det har gällt sedan du bekräftade din e-postadress den { $date }.
mail-honored-private = Privata meddelanden med vänner och familj används aldrig för att träna AI, oavsett om du invänder eller inte.
mail-honored-others = Uppgifter om dig kan fortfarande förekomma i innehåll som andra delar.
mail-honored-how = Så fattades beslutet: { $basis } (regel { $rule }).
mail-honored-link = Se hela förloppet eller återkalla din invändning här:

## E-post: skickad för granskning

mail-review-subject = Din invändning mot AI-träning granskas
mail-review-intro = Tack för att du bekräftade din e-postadress. En medarbetare hos { $operator } kommer att granska din invändning mot att dina uppgifter används för att träna AI.
mail-review-excluded = Medan den granskas är dina uppgifter redan undantagna från AI-träning (sedan den { $date }).
mail-review-why = Därför granskas den av en medarbetare: { $reason }
mail-review-due = Du får vårt svar senast den { $due }.

## E-post: avslagen

mail-declined-subject = Beslutet om din invändning mot AI-träning
mail-declined-intro = { $operator } har granskat din invändning mot att dina uppgifter används för att träna AI och har avslagit den.
mail-declined-reason = Skäl: { $reason }
mail-declined-used-again = Dina uppgifter används för AI-träning igen från och med den { $date }.
mail-declined-complain = Det här kan du göra: { $complaint }
mail-object-again = Du kan också invända igen när som helst: { $url }

## E-post: återkallad

mail-withdrawn-subject = Du har återkallat din invändning mot AI-träning
mail-withdrawn-intro = Du har återkallat din invändning mot att { $operator } använder dina uppgifter för att träna AI.
mail-withdrawn-forward = Framöver kan dataset för AI-träning som byggs från och med den { $date } innehålla innehåll som du har skapat. Dataset som byggdes medan din invändning gällde förblir utan det. Privata meddelanden används aldrig.
mail-withdrawn-again = Du kan invända igen när som helst: { $url }
mail-withdrawn-not-you = Om det inte var du som återkallade invändningen, invänd igen på adressen ovan och berätta det för oss i formuläret.

## E-post: förlängd tidsfrist

mail-extended-subject = Vi behöver mer tid för att besluta om din invändning
mail-extended-intro = Vi behöver mer tid för att besluta om din invändning mot att dina uppgifter används för att träna AI. Du får nu vårt svar senast den { $due } (tidsfristen var den { $was }).
mail-extended-why = Därför behöver vi mer tid: { $reason }
mail-extended-excluded = Dina uppgifter förblir undantagna från AI-träning medan vi fattar beslut.
mail-extended-law = Lagen tillåter att tidsfristen förlängs en gång, med högst två månader, när en begäran är komplicerad eller när många begäranden kommer in samtidigt; vi måste meddela dig inom den första månaden, vilket vi gör nu. Om du inte håller med kan du klaga hos en tillsynsmyndighet: { $complaint }

## E-post: meddelandet

mail-notice-subject = Så kommer { $operator } att använda uppgifter för att träna AI – och din rätt att invända
mail-notice-intro = Från och med den { $date } kommer { $operator } att använda vissa uppgifter för att utveckla och förbättra sin AI.
mail-notice-used = Det här används:
mail-notice-never = Det här används aldrig:
mail-notice-right = Du har rätt att invända. Det tar en minut, du behöver inte ange något skäl, och du kan när som helst återkalla din invändning. Om du invänder undantas allt som du själv har skapat från alla dataset för AI-träning som vi bygger från och med då, även det som du har lagt upp tidigare.
mail-notice-link = Invänd med din personliga länk (den fyller i dina uppgifter och fungerar fram till den { $expires }):
mail-notice-form = Eller använd formuläret utan länken: { $url }
mail-notice-others = Även om du invänder kan uppgifter om dig fortfarande förekomma i innehåll som andra delar, till exempel ett foto av dig som någon annan lägger upp.
