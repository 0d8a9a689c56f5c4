### Withhold: Nederlands. Elke andere catalogus heeft precies deze bericht-id's
### (crates/withhold-i18n/tests/catalogues.rs controleert dat).

## Dates

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date = { $day } { $month } { $year }
datetime = { $date } om { $time } UTC

## Every page

site-tagline = AI-training en je informatie
skip-to-content = Naar de inhoud
language-switcher = Taal
footer-about = Over AI-training en je informatie
footer-object = Bezwaar maken
error-title = Fout: { $title }
error-prefix = Fout:
field-required = (verplicht)
field-optional = (optioneel)
field-required-here = (verplicht in het land waar je woont)

## The notice

notice-title = Hoe we informatie gebruiken om AI te trainen
notice-heading = Hoe we informatie gaan gebruiken om AI te trainen
notice-lead = Vanaf { $date } gebruikt { $operator } bepaalde informatie om zijn AI te ontwikkelen en te verbeteren. Je hebt het recht om bezwaar te maken, en dat kost je maar een minuut.
used-heading = Wat wordt gebruikt
used-posts = Openbare berichten
used-photos = Foto's en hun bijschriften
used-ai-messages = Berichten die je naar onze AI-assistent stuurt
never-heading = Wat nooit wordt gebruikt
never-private-messages = Privéberichten met vrienden en familie
others-heading = Informatie over jou die anderen delen
others-body = Ook als je bezwaar maakt, kan informatie over jou nog steeds voorkomen in content die anderen delen, zoals een foto van jou die iemand anders plaatst, en die content kan worden gebruikt.
right-heading = Je recht van bezwaar
right-body = Als je bezwaar maakt, laten we vanaf dat moment alles wat van jou afkomstig is weg uit elke dataset voor AI-training die we samenstellen, ook wat je eerder hebt geplaatst. Je hoeft geen reden op te geven en je kunt je bezwaar op elk moment intrekken.
object-button = Bezwaar maken tegen het gebruik van je informatie voor AI
availability-nowhere = Het bezwaarformulier is op dit moment in geen enkel land beschikbaar.
availability-some = Het bezwaarformulier is beschikbaar voor inwoners van: { $countries }.

## The form

form-title = Bezwaar maken tegen het gebruik van je informatie voor AI
form-intro = Vertel ons in welk land je woont en wat je e-mailadres is. We mailen je een code om te bevestigen dat het adres van jou is; tot dan wordt er niets beoordeeld.
form-errors-heading =
    { $count ->
        [one] Controleer dit punt
       *[other] Controleer deze { $count } punten
    }
form-country-label = Woonland
form-country-choose = Kies je land
form-email-label = E-mailadres
form-email-hint = Hierheen sturen we een bevestigingscode en later ons besluit.
form-impact-label = Welke gevolgen heeft deze verwerking voor jou?
form-impact-hint-required = De regels in je land vragen hierom.
form-impact-hint-optional = Je hoeft geen reden op te geven: je bezwaar wordt hoe dan ook gehonoreerd.
form-details-label = Wil je ons verder nog iets laten weten?
form-length-limit = Maximaal { $max } tekens.
form-send = Versturen
form-privacy = We bewaren je adres versleuteld en gebruiken het alleen voor dit verzoek. Privéberichten worden nooit gebruikt om AI te trainen.
form-prefilled = We hebben je gegevens ingevuld op basis van je persoonlijke link. Controleer ze en verstuur dan het formulier.
form-link-expired = Je persoonlijke link is verlopen, dus je gegevens zijn niet ingevuld. Je kunt nog steeds bezwaar maken: vul het formulier hieronder in.
form-link-unusable = We konden je persoonlijke link niet lezen (misschien is hij afgebroken of gewijzigd), dus je gegevens zijn niet ingevuld. Je kunt nog steeds bezwaar maken: vul het formulier hieronder in.
form-csrf = Controleer voor je veiligheid je antwoorden en verstuur het formulier opnieuw.
form-unavailable = We konden je bezwaar nu niet opslaan: onze database is even niet beschikbaar en er is niets opgeslagen. Je antwoorden staan er nog; verstuur het formulier over een minuut opnieuw.
rate-limited =
    { $minutes ->
        [one] We hebben in korte tijd meerdere verzoeken van hier ontvangen. Wacht een minuut en verstuur het opnieuw: wat je hebt ingevuld, blijft bewaard.
       *[other] We hebben in korte tijd meerdere verzoeken van hier ontvangen. Wacht { $minutes } minuten en verstuur het opnieuw: wat je hebt ingevuld, blijft bewaard.
    }

## What is wrong with a field

error-country-required = Kies je woonland.
error-country-invalid = Kies je land uit de lijst.
error-country-unavailable-nowhere = Het bezwaarformulier is niet beschikbaar voor inwoners van { $country }, en op dit moment ook nergens anders.
error-country-unavailable-except = Het bezwaarformulier is niet beschikbaar voor inwoners van { $country }. Het is beschikbaar voor inwoners van alle landen behalve: { $countries }.
error-country-unavailable-only = Het bezwaarformulier is niet beschikbaar voor inwoners van { $country }. Het is beschikbaar voor inwoners van: { $countries }.
error-email-missing = Vul je e-mailadres in.
error-email-too-long = Een e-mailadres is maximaal 254 tekens lang.
error-email-missing-at = Een e-mailadres heeft een @ tussen de naam en het domein, zoals naam@example.com.
error-email-local-too-long = Het deel vóór de @ is maximaal 64 tekens lang.
error-email-local-invalid = Het deel vóór de @ bevat een teken of punt dat niet in een e-mailadres mag staan.
error-email-domain-invalid = Het deel na de @ is geen geldig domein. Een domein ziet eruit als example.com.
error-impact-required = Dit is verplicht in je land: vertel ons welke gevolgen de verwerking voor je heeft.
error-too-long = Dit is { $actual } tekens lang; het maximum is { $max }.

## When what the browser sent cannot be read

unreadable-heading = We konden dat niet lezen
unreadable-too-large = Wat je hebt verstuurd, is groter dan we accepteren. Maak het korter en probeer het opnieuw.
unreadable-body = We konden niet lezen wat je browser heeft verstuurd. Ga terug en probeer het opnieuw.
back-to-form = Terug naar het formulier

## Confirming the address

confirm-title = Bevestig je e-mailadres
confirm-heading = Kijk in je mailbox
confirm-intro = We hebben een code van { $digits } cijfers gemaild naar het adres dat je hebt opgegeven. Vul die hier in om je bezwaar te bevestigen. De code is { $minutes } minuten geldig.
confirm-code-label = Bevestigingscode
confirm-button = Bevestigen
confirm-no-email = Geen e-mail ontvangen? Kijk in je spammap of vraag een nieuwe code aan. Een nieuwe code vervangt de oude.
confirm-resend-button = Stuur een nieuwe code
confirm-wrong-address = Verkeerd adres? Begin opnieuw met het juiste adres.
start-again = Opnieuw beginnen
code-csrf = Vul voor je veiligheid de code opnieuw in.
code-missing = Vul de code van 6 cijfers uit de e-mail in.
code-malformed = De code bestaat uit 6 cijfers, zoals 123456. Kijk in de e-mail en vul de code opnieuw in.
code-wrong =
    { $left ->
        [one] Die code klopt niet. Kijk in de laatste e-mail die we je hebben gestuurd en probeer het opnieuw (nog { $left } poging over).
       *[other] Die code klopt niet. Kijk in de laatste e-mail die we je hebben gestuurd en probeer het opnieuw (nog { $left } pogingen over).
    }
code-locked = Die code is te vaak verkeerd ingevuld, dus hebben we dit verzoek voor je veiligheid gesloten. Begin opnieuw: het kost maar een minuut.
code-expired = Deze code is verlopen. Vraag met de knop hieronder een nieuwe code aan en vul die hier in.
resend-csrf = Klik voor je veiligheid nog een keer op 'Stuur een nieuwe code'.
resend-sent = We hebben je een nieuwe code gestuurd. Codes die we eerder hebben gestuurd, werken niet meer.
resend-too-many =
    { $minutes ->
        [one] We hebben je het afgelopen uur al { $count } nieuwe codes gestuurd. Over een minuut kun je er weer een aanvragen. Je laatste code werkt nog tot hij verloopt.
       *[other] We hebben je het afgelopen uur al { $count } nieuwe codes gestuurd. Over { $minutes } minuten kun je er weer een aanvragen. Je laatste code werkt nog tot hij verloopt.
    }

## Requests that cannot be shown

not-found-heading = We kunnen dat verzoek niet vinden
not-found-body = De link is misschien onvolledig. Gebruik de meest recente link uit onze e-mails, of maak opnieuw bezwaar.
closed-heading = Dit verzoek is gesloten
closed-body = Het is niet op tijd bevestigd, of er is te vaak een verkeerde code ingevuld. Je kunt opnieuw bezwaar maken: het kost maar een minuut.
already-confirmed-heading = Dit e-mailadres is al bevestigd
already-confirmed-body = Je hoeft hier niets meer te doen. Via de link in onze e-mails zie je de status en het verloop van je verzoek.
start-new-objection = Opnieuw bezwaar maken
page-not-found-heading = Pagina niet gevonden
page-not-found-body = Op dit adres staat niets.
go-to-start = Naar de startpagina
error-heading = Er ging bij ons iets mis
error-body = Je verzoek is niet afgerond. Ga terug en probeer het opnieuw; blijft het misgaan, probeer het dan later nog eens.
unavailable-heading = We kunnen nu geen verzoeken aannemen
unavailable-body = Onze database is even niet beschikbaar. Niets van wat je hebt verstuurd, is verloren gegaan of half opgeslagen: ga terug en verstuur het over een minuut opnieuw.

## The status page

status-title = Je bezwaar
status-label = Huidige status
status-meaning = Wat dit betekent
status-email = E-mailadres
status-country = Woonland
status-received = Ontvangen op
status-excluded-since = Uitgesloten van AI-training sinds
status-answer-by = Uiterste antwoorddatum
status-decided-by = Besloten op grond van
status-reason = Reden
status-what-you-can-do = Wat je kunt doen
status-pending = Wacht tot je je e-mailadres bevestigt
status-pending-meaning = Vul de code in die we je hebben gemaild. Tot dan wordt er niets beoordeeld.
status-verified = Bevestigd, besluit volgt
status-verified-meaning = Je informatie is al uitgesloten van AI-training terwijl we een besluit nemen.
status-review = Wordt beoordeeld door een medewerker
status-review-meaning = Je informatie is al uitgesloten van AI-training terwijl een medewerker je bezwaar beoordeelt. We antwoorden uiterlijk op { $due }.
status-honored = Gehonoreerd
status-honored-meaning = Geldt voor de toekomst: elke dataset voor AI-training die we samenstellen, laat de content weg die van jou afkomstig is (openbare berichten, foto's en hun bijschriften, berichten aan onze AI-assistent), ook wat je eerder hebt geplaatst. Privéberichten worden nooit gebruikt. Informatie over jou kan nog steeds voorkomen in content die anderen delen.
status-declined = Afgewezen
status-declined-meaning = Je bezwaar is afgewezen. Hieronder lees je de reden en wat je kunt doen.
status-withdrawn = Ingetrokken
status-withdrawn-meaning = Je hebt je bezwaar ingetrokken. Datasets die vanaf dat moment worden samengesteld, kunnen content bevatten die van jou afkomstig is; datasets die zijn samengesteld terwijl je bezwaar gold, blijven zonder die content.
status-closed = Gesloten
status-closed-meaning = Dit verzoek is gesloten zonder dat het e-mailadres is bevestigd. Je kunt op elk moment opnieuw bezwaar maken.
status-notice-confirmed = Bedankt: je e-mailadres is bevestigd.
status-notice-already = Je hebt al een bezwaar dat van kracht is, dus we hebben geen tweede geopend. Hier is het.
status-notice-withdrawn = Je bezwaar is ingetrokken. We hebben je een bevestiging gemaild.
withdraw-button = Mijn bezwaar intrekken
object-again = Opnieuw bezwaar maken
timeline-heading = Tijdlijn
status-keep-private = Houd de link naar deze pagina voor jezelf: iedereen die hem heeft, kan deze pagina zien en je bezwaar intrekken.

## The timeline

event-received = We hebben je bezwaar ontvangen.
event-code-sent = We hebben je een bevestigingscode gemaild.
event-code-resent = We hebben je een nieuwe bevestigingscode gemaild.
event-code-rejected = Er is een verkeerde bevestigingscode ingevuld.
event-verified = Je hebt je e-mailadres bevestigd. Vanaf dit moment is je informatie uitgesloten van AI-training.
event-honored = Je bezwaar is gehonoreerd en geldt voor de toekomst. Regel: { $rule }.
event-sent-to-review = Je bezwaar is ter beoordeling doorgestuurd naar een medewerker: { $reason }.
review-reason-form-closed = het bezwaarformulier wordt niet meer aangeboden in het land waar je woont, dus beslist een medewerker
review-reason-always = in jouw rechtsgebied bekijkt een medewerker elk bezwaar
review-reason-statement = een medewerker leest de toelichting die je hebt gegeven voordat er een besluit valt
event-declined = Je bezwaar is afgewezen.
event-withdrawn = Je hebt je bezwaar ingetrokken.
event-expired-wrong-codes = Het verzoek is gesloten na te veel verkeerde codes.
event-expired-unconfirmed = Het verzoek is gesloten omdat het e-mailadres niet op tijd is bevestigd.
event-repeat-confirmed = Je hebt een nieuw verzoek bevestigd; dit bezwaar gold al, dus er is geen tweede geopend.
event-deadline-extended = We hebben de termijn voor ons besluit verlengd tot { $due }. Reden: { $reason }
event-other = Er is iets anders met je verzoek gebeurd.

## Withdrawing

withdraw-title = Je bezwaar intrekken
withdraw-heading = Je bezwaar intrekken?
withdraw-body = Als je je bezwaar intrekt, kunnen datasets voor AI-training die we vanaf nu samenstellen content bevatten die van jou afkomstig is: openbare berichten, foto's en hun bijschriften, en berichten aan onze AI-assistent. Datasets die zijn samengesteld terwijl je bezwaar gold, blijven zonder die content. Privéberichten worden nooit gebruikt.
withdraw-again = Je kunt op elk moment opnieuw bezwaar maken.
keep-objection = Mijn bezwaar behouden

## Email: shared

mail-hello = Hallo,
mail-footer = Dit bericht is automatisch verstuurd door { $operator }. Antwoorden op dit bericht worden niet gelezen.
mail-receipt = In de bijlage vind je een bewijs van dit besluit, ondertekend door { $operator } ({ $file }). Bewaar het goed: het bewijst wat er is besloten en wanneer. Iedereen kan het controleren met onze openbare sleutel op
mail-follow = Volg je verzoek hier:
mail-timeline = Bekijk de hele tijdlijn hier:

## Email: the confirmation code

mail-code-subject = Je bevestigingscode voor { $operator }
mail-code-intro = Iemand (hopelijk jij) heeft { $operator } gevraagd om informatie over zichzelf niet te gebruiken om AI te trainen, en heeft daarbij dit e-mailadres opgegeven.
mail-code-code = Je bevestigingscode is: { $code }
mail-code-where = Vul de code in op de pagina waar je het verzoek hebt gedaan. De code is { $minutes } minuten geldig.
mail-code-ignore = Was jij het niet? Dan kun je deze e-mail negeren: er gebeurt niets zolang de code niet is ingevuld.
mail-code-enter-here = Je kunt de code ook hier invullen:

## Email: honored

mail-honored-subject = Je bezwaar tegen AI-training is gehonoreerd
mail-honored-intro = Je bezwaar tegen het gebruik van je informatie door { $operator } om AI te trainen, is gehonoreerd.
mail-honored-means = Wat dit voor de toekomst betekent:
mail-honored-datasets = Elke dataset voor AI-training die we vanaf nu samenstellen, laat content weg die van jou afkomstig is: je openbare berichten, je foto's en hun bijschriften, en de berichten die je naar onze AI-assistent stuurt. Dat geldt ook voor wat je vóór vandaag hebt geplaatst.
mail-honored-since = Dit geldt sinds je op { $date } je e-mailadres hebt bevestigd.
mail-honored-private = Privéberichten met vrienden en familie worden nooit gebruikt om AI te trainen, met of zonder bezwaar.
mail-honored-others = Informatie over jou kan nog steeds voorkomen in content die anderen delen.
mail-honored-how = Hoe dit is besloten: { $basis } (regel { $rule }).
mail-honored-link = Bekijk hier de hele tijdlijn of trek je bezwaar in:

## Email: sent to review

mail-review-subject = Je bezwaar tegen AI-training wordt beoordeeld
mail-review-intro = Bedankt voor het bevestigen van je e-mailadres. Een medewerker van { $operator } gaat je bezwaar tegen het gebruik van je informatie voor AI-training beoordelen.
mail-review-excluded = Tijdens de beoordeling is je informatie al uitgesloten van AI-training (sinds { $date }).
mail-review-why = Waarom een medewerker het beoordeelt: { $reason }
mail-review-due = Je krijgt uiterlijk op { $due } ons antwoord.

## Email: declined

mail-declined-subject = Het besluit over je bezwaar tegen AI-training
mail-declined-intro = { $operator } heeft je bezwaar tegen het gebruik van je informatie voor AI-training beoordeeld en afgewezen.
mail-declined-reason = De reden: { $reason }
mail-declined-used-again = Vanaf { $date } wordt je informatie weer gebruikt voor AI-training.
mail-declined-complain = Wat je kunt doen: { $complaint }
mail-object-again = Je kunt ook op elk moment opnieuw bezwaar maken: { $url }

## Email: withdrawn

mail-withdrawn-subject = Je hebt je bezwaar tegen AI-training ingetrokken
mail-withdrawn-intro = Je hebt je bezwaar tegen het gebruik van je informatie door { $operator } voor AI-training ingetrokken.
mail-withdrawn-forward = Datasets voor AI-training die vanaf { $date } worden samengesteld, kunnen voortaan content bevatten die van jou afkomstig is. Datasets die zijn samengesteld terwijl je bezwaar van kracht was, blijven zonder die content. Privéberichten worden nooit gebruikt.
mail-withdrawn-again = Je kunt op elk moment opnieuw bezwaar maken: { $url }
mail-withdrawn-not-you = Heb je je bezwaar niet zelf ingetrokken? Maak dan opnieuw bezwaar via het adres hierboven en laat het ons weten in het formulier.

## Email: deadline extended

mail-extended-subject = We hebben meer tijd nodig voor een besluit over je bezwaar
mail-extended-intro = We hebben meer tijd nodig om een besluit te nemen over je bezwaar tegen het gebruik van je informatie voor AI-training. Je krijgt ons antwoord nu uiterlijk op { $due } (oorspronkelijk was dat { $was }).
mail-extended-why = Waarom we meer tijd nodig hebben: { $reason }
mail-extended-excluded = Zolang we een besluit nemen, blijft je informatie uitgesloten van AI-training.
mail-extended-law = De wet staat deze verlenging één keer toe, met maximaal twee maanden, als een verzoek complex is of als er veel verzoeken tegelijk binnenkomen; we moeten je dat binnen de eerste maand laten weten, zoals we nu doen. Ben je het er niet mee eens, dan kun je een klacht indienen bij een toezichthoudende autoriteit: { $complaint }

## Email: the notice

mail-notice-subject = Hoe { $operator } informatie gaat gebruiken om AI te trainen, en je recht van bezwaar
mail-notice-intro = Vanaf { $date } gebruikt { $operator } bepaalde informatie om zijn AI te ontwikkelen en te verbeteren.
mail-notice-used = Wat wordt gebruikt:
mail-notice-never = Wat nooit wordt gebruikt:
mail-notice-right = Je hebt het recht om bezwaar te maken. Het kost maar een minuut, je hoeft geen reden op te geven en je kunt je bezwaar op elk moment intrekken. Als je bezwaar maakt, laten we vanaf dat moment alles wat van jou afkomstig is weg uit elke dataset voor AI-training die we samenstellen, ook wat je eerder hebt geplaatst.
mail-notice-link = Maak bezwaar via je persoonlijke link (die vult je gegevens in en werkt tot { $expires }):
mail-notice-form = Of gebruik het formulier zonder link: { $url }
mail-notice-others = Ook als je bezwaar maakt, kan informatie over jou nog steeds voorkomen in content die anderen delen, zoals een foto van jou die iemand anders plaatst.
