### Withhold: norsk bokmål (Norwegian Bokmål). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Datoer

month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
date = { $day }. { $month } { $year }
datetime = { $date } kl. { $time } UTC

## Alle sider

site-tagline = KI-trening og opplysningene dine
skip-to-content = Gå til innholdet
language-switcher = Språk
footer-about = Om KI-trening og opplysningene dine
footer-object = Protester
error-title = Feil: { $title }
error-prefix = Feil:
field-required = (obligatorisk)
field-optional = (valgfritt)
field-required-here = (obligatorisk der du bor)

## Varselet

notice-title = Slik bruker vi opplysninger til å trene KI
notice-heading = Slik kommer vi til å bruke opplysninger til å trene KI
notice-lead = Fra og med { $date } kommer { $operator } til å bruke visse opplysninger til å utvikle og forbedre sin KI. Du har rett til å protestere, og det tar bare et minutt.
used-heading = Dette blir brukt
used-posts = Offentlige innlegg
used-photos = Bilder og bildetekstene deres
used-ai-messages = Meldinger du sender til KI-assistenten vår
never-heading = Dette blir aldri brukt
never-private-messages = Private meldinger med venner og familie
others-heading = Opplysninger om deg som andre deler
others-body = Selv om du protesterer, kan opplysninger om deg fortsatt dukke opp i innhold som andre deler, for eksempel et bilde av deg som noen andre legger ut, og det innholdet kan bli brukt.
right-heading = Din rett til å protestere
right-body = Hvis du protesterer, holder vi alt du selv har laget, utenfor alle datasett for KI-trening som vi bygger fra da av, også det du har lagt ut tidligere. Du trenger ikke å oppgi noen grunn, og du kan når som helst trekke tilbake protesten din.
object-button = Protester mot at opplysningene dine brukes til KI
availability-nowhere = Protestskjemaet er ikke tilgjengelig i noe land for øyeblikket.
availability-some = Protestskjemaet er tilgjengelig for deg som bor i: { $countries }.

## Skjemaet

form-title = Protester mot at opplysningene dine brukes til KI
form-intro = Fortell oss hvor du bor og hvilken e-postadresse du har. Vi sender deg en kode på e-post, slik at du kan bekrefte at adressen er din; ingenting blir vurdert før det.
form-errors-heading =
    { $count ->
        [one] Sjekk dette punktet
       *[other] Sjekk disse { $count } punktene
    }
form-country-label = Bostedsland
form-country-choose = Velg landet ditt
form-email-label = E-postadresse
form-email-hint = Hit sender vi en bekreftelseskode og senere avgjørelsen vår.
form-impact-label = Hvordan påvirker denne behandlingen deg?
form-impact-hint-required = Reglene i landet ditt krever dette.
form-impact-hint-optional = Du trenger ikke å oppgi noen grunn: protesten din blir respektert uansett.
form-details-label = Er det noe annet du vil at vi skal vite?
form-length-limit = Maks { $max } tegn.
form-send = Send inn
form-privacy = Vi lagrer adressen din kryptert og bruker den bare til denne forespørselen. Private meldinger blir aldri brukt til å trene KI.
form-prefilled = Vi har fylt ut opplysningene dine fra den personlige lenken din. Sjekk dem, og send deretter inn skjemaet.
form-link-expired = Den personlige lenken din har utløpt, så opplysningene dine er ikke fylt ut. Du kan likevel protestere: fyll ut skjemaet nedenfor.
form-link-unusable = Vi kunne ikke lese den personlige lenken din (den kan ha blitt kuttet eller endret), så opplysningene dine er ikke fylt ut. Du kan likevel protestere: fyll ut skjemaet nedenfor.
form-csrf = Av sikkerhetshensyn må du sjekke svarene dine og sende inn skjemaet på nytt.
form-unavailable = Vi kunne ikke lagre protesten din akkurat nå: databasen vår er midlertidig utilgjengelig, og ingenting ble lagret. Svarene dine står her fortsatt; send inn skjemaet på nytt om et minutt.
rate-limited =
    { $minutes ->
        [one] Vi har fått flere forespørsler herfra på kort tid. Vent et minutt, og send på nytt: det du har skrevet, er tatt vare på.
       *[other] Vi har fått flere forespørsler herfra på kort tid. Vent { $minutes } minutter, og send på nytt: det du har skrevet, er tatt vare på.
    }

## Når noe er feil i et felt

error-country-required = Velg bostedslandet ditt.
error-country-invalid = Velg landet ditt fra listen.
error-country-unavailable-nowhere = Protestskjemaet er ikke tilgjengelig for deg som bor i { $country }, og heller ikke noe annet sted for øyeblikket.
error-country-unavailable-except = Protestskjemaet er ikke tilgjengelig for deg som bor i { $country }. Det er tilgjengelig for deg som bor i alle land unntatt: { $countries }.
error-country-unavailable-only = Protestskjemaet er ikke tilgjengelig for deg som bor i { $country }. Det er tilgjengelig for deg som bor i: { $countries }.
error-email-missing = Skriv inn e-postadressen din.
error-email-too-long = En e-postadresse kan være på maks 254 tegn.
error-email-missing-at = En e-postadresse må ha en @ mellom navnet og domenet, for eksempel navn@example.com.
error-email-local-too-long = Delen foran @ kan være på maks 64 tegn.
error-email-local-invalid = Delen foran @ inneholder et tegn eller et punktum som ikke kan brukes i e-postadresser.
error-email-domain-invalid = Delen etter @ er ikke et gyldig domene, som for eksempel example.com.
error-impact-required = Dette er obligatorisk i landet ditt: fortell oss hvordan behandlingen påvirker deg.
error-too-long = Teksten er på { $actual } tegn; grensen er { $max }.

## Når det nettleseren sendte, ikke kan leses

unreadable-heading = Vi kunne ikke lese det
unreadable-too-large = Det du sendte, er større enn vi tar imot. Gjør det kortere, og prøv igjen.
unreadable-body = Vi kunne ikke lese det nettleseren din sendte. Gå tilbake, og prøv igjen.
back-to-form = Tilbake til skjemaet

## Bekrefte adressen

confirm-title = Bekreft e-postadressen din
confirm-heading = Sjekk e-posten din
confirm-intro = Vi har sendt en { $digits }-sifret kode til adressen du oppga. Skriv den inn her for å bekrefte protesten din. Koden gjelder i { $minutes } minutter.
confirm-code-label = Bekreftelseskode
confirm-button = Bekreft
confirm-no-email = Ingen e-post? Sjekk søppelpostmappen, eller be om en ny kode. En ny kode erstatter den gamle.
confirm-resend-button = Send en ny kode
confirm-wrong-address = Feil adresse? Begynn på nytt med riktig adresse.
start-again = Begynn på nytt
code-csrf = Av sikkerhetshensyn må du skrive inn koden på nytt.
code-missing = Skriv inn den 6-sifrede koden fra e-posten.
code-malformed = Koden består av 6 sifre, for eksempel 123456. Sjekk e-posten, og skriv den inn på nytt.
code-wrong =
    { $left ->
        [one] Koden er feil. Sjekk den nyeste e-posten fra oss, og prøv igjen (1 forsøk gjenstår).
       *[other] Koden er feil. Sjekk den nyeste e-posten fra oss, og prøv igjen ({ $left } forsøk gjenstår).
    }
code-locked = Feil kode ble skrevet inn for mange ganger, så av sikkerhetshensyn har vi lukket denne forespørselen. Begynn på nytt: det tar bare et minutt.
code-expired = Denne koden har utløpt. Send deg selv en ny kode med knappen nedenfor, og skriv den deretter inn her.
resend-csrf = Av sikkerhetshensyn må du trykke på «Send en ny kode» på nytt.
resend-sent = Vi har sendt deg en ny kode. Koder vi har sendt tidligere, virker ikke lenger.
resend-too-many =
    { $minutes ->
        [one] Vi har allerede sendt { $count } nye koder den siste timen. Du kan be om en ny om et minutt. Den nyeste koden din virker fortsatt til den utløper.
       *[other] Vi har allerede sendt { $count } nye koder den siste timen. Du kan be om en ny om { $minutes } minutter. Den nyeste koden din virker fortsatt til den utløper.
    }

## Forespørsler som ikke kan vises

not-found-heading = Vi finner ikke den forespørselen
not-found-body = Lenken kan være ufullstendig. Bruk den nyeste lenken fra e-postene våre, eller start en ny protest.
closed-heading = Denne forespørselen er lukket
closed-body = Den ble ikke bekreftet i tide, eller feil kode ble skrevet inn for mange ganger. Du kan starte en ny protest: det tar bare et minutt.
already-confirmed-heading = Denne e-postadressen er allerede bekreftet
already-confirmed-body = Du trenger ikke å gjøre noe mer her. Lenken i e-postene våre viser status og tidslinje for forespørselen din.
start-new-objection = Start en ny protest
page-not-found-heading = Fant ikke siden
page-not-found-body = Det finnes ingenting på denne adressen.
go-to-start = Gå til startsiden
error-heading = Noe gikk galt hos oss
error-body = Forespørselen din ble ikke fullført. Gå tilbake, og prøv igjen; hvis det fortsetter å skje, kan du prøve igjen senere.
unavailable-heading = Vi kan ikke ta imot forespørsler akkurat nå
unavailable-body = Databasen vår er midlertidig utilgjengelig. Ingenting av det du sendte, har gått tapt eller blitt halvveis lagret: gå tilbake, og send det på nytt om et minutt.

## Statussiden

status-title = Protesten din
status-label = Saksstatus
status-meaning = Hva det betyr
status-email = E-postadresse
status-country = Bostedsland
status-received = Mottatt
status-excluded-since = Holdt utenfor KI-trening siden
status-answer-by = Vi må svare innen
status-decided-by = Avgjort av
status-reason = Begrunnelse
status-what-you-can-do = Hva du kan gjøre
status-pending = Venter på at du bekrefter e-postadressen din
status-pending-meaning = Skriv inn koden vi sendte deg på e-post. Ingenting blir vurdert før det.
status-verified = Bekreftet, under behandling
status-verified-meaning = Opplysningene dine er allerede holdt utenfor KI-trening mens vi tar en avgjørelse.
status-review = Vurderes av en saksbehandler
status-review-meaning = Opplysningene dine er allerede holdt utenfor KI-trening mens en saksbehandler vurderer protesten din. Vi svarer innen { $due }.
status-honored = Tatt til følge
status-honored-meaning = Gjelder fremover: alle datasett for KI-trening som vi bygger, utelater innhold du selv har laget (offentlige innlegg, bilder og bildetekstene deres, meldinger til KI-assistenten vår), også det du har lagt ut tidligere. Private meldinger blir aldri brukt. Opplysninger om deg kan fortsatt dukke opp i innhold som andre deler.
status-declined = Avslått
status-declined-meaning = Protesten din ble avslått. Begrunnelsen og hva du kan gjøre, står nedenfor.
status-withdrawn = Trukket tilbake
status-withdrawn-meaning = Du trakk tilbake protesten din. Datasett som bygges fra da av, kan inneholde innhold du har laget; datasett som ble bygget mens protesten gjaldt, forblir uten det.
status-closed = Lukket
status-closed-meaning = Denne forespørselen ble lukket uten at e-postadressen ble bekreftet. Du kan protestere på nytt når som helst.
status-notice-confirmed = Takk! E-postadressen din er bekreftet.
status-notice-already = Du har allerede en protest som gjelder, så vi opprettet ikke en ny. Her er den.
status-notice-withdrawn = Protesten din er trukket tilbake. Vi har sendt deg en bekreftelse på e-post.
withdraw-button = Trekk tilbake protesten min
object-again = Protester på nytt
timeline-heading = Tidslinje
status-keep-private = Ikke del lenken til denne siden: alle som har den, kan se siden og trekke tilbake protesten din.

## Tidslinjen

event-received = Vi mottok protesten din.
event-code-sent = Vi sendte deg en bekreftelseskode på e-post.
event-code-resent = Vi sendte deg en ny bekreftelseskode på e-post.
event-code-rejected = Feil bekreftelseskode ble skrevet inn.
event-verified = Du bekreftet e-postadressen din. Fra dette øyeblikket er opplysningene dine holdt utenfor KI-trening.
event-honored = Protesten din ble tatt til følge med virkning fremover. Regel: { $rule }.
event-sent-to-review = Protesten din ble sendt videre til vurdering hos en saksbehandler: { $reason }.
review-reason-form-closed = protestskjemaet tilbys ikke lenger der du bor, så et menneske avgjør saken
review-reason-always = i din jurisdiksjon ser et menneske på hver protest
review-reason-statement = et menneske leser det du skrev før saken avgjøres
event-declined = Protesten din ble avslått.
event-withdrawn = Du trakk tilbake protesten din.
event-expired-wrong-codes = Forespørselen ble lukket etter for mange feil koder.
event-expired-unconfirmed = Forespørselen ble lukket fordi e-postadressen ikke ble bekreftet i tide.
event-repeat-confirmed = Du bekreftet en ny forespørsel; denne protesten gjaldt allerede, så det ble ikke opprettet en ny.
event-deadline-extended = Vi forlenget fristen for avgjørelsen vår til { $due }. Begrunnelse: { $reason }
event-other = Noe annet skjedde med forespørselen din.

## Trekke tilbake

withdraw-title = Trekk tilbake protesten din
withdraw-heading = Vil du trekke tilbake protesten din?
withdraw-body = Hvis du trekker den tilbake, kan datasett for KI-trening som vi bygger fra nå av, inneholde innhold du har laget: offentlige innlegg, bilder og bildetekstene deres og meldinger til KI-assistenten vår. Datasett som ble bygget mens protesten din gjaldt, forblir uten det. Private meldinger blir aldri brukt.
withdraw-again = Du kan protestere på nytt når som helst.
keep-objection = Behold protesten min

## E-post: felles

mail-hello = Hei!
mail-footer = Denne meldingen ble sendt automatisk av { $operator }. Svar på den blir ikke lest.
mail-receipt = En kvittering for denne avgjørelsen, signert av { $operator }, er vedlagt ({ $file }). Ta vare på den: den dokumenterer hva som ble avgjort og når. Alle kan kontrollere den mot den offentlige nøkkelen vår på
mail-follow = Følg forespørselen din her:
mail-timeline = Se hele tidslinjen her:

## E-post: bekreftelseskoden

mail-code-subject = Bekreftelseskoden din fra { $operator }
mail-code-intro = Noen (forhåpentligvis du) har bedt { $operator } om ikke å bruke opplysninger om vedkommende til å trene KI, og har oppgitt denne e-postadressen.
mail-code-code = Bekreftelseskoden din er: { $code }
mail-code-where = Skriv den inn på siden der du sendte forespørselen. Den gjelder i { $minutes } minutter.
mail-code-ignore = Hvis det ikke var deg, kan du se bort fra denne e-posten: ingenting skjer før koden blir skrevet inn.
mail-code-enter-here = Du kan også skrive den inn her:

## E-post: tatt til følge

mail-honored-subject = Protesten din mot KI-trening er tatt til følge
mail-honored-intro = Protesten din mot at { $operator } bruker opplysningene dine til å trene KI, er tatt til følge.
mail-honored-means = Dette betyr følgende, med virkning fremover:
mail-honored-datasets = Alle datasett for KI-trening som vi bygger fra nå av, utelater innhold du selv har laget: de offentlige innleggene dine, bildene dine og bildetekstene deres og meldingene du sender til KI-assistenten vår. Dette gjelder også det du har lagt ut før i dag.
mail-honored-since = Det har gjeldt siden du bekreftet e-postadressen din { $date }.
mail-honored-private = Private meldinger med venner og familie blir aldri brukt til å trene KI, uansett om du protesterer eller ikke.
mail-honored-others = Opplysninger om deg kan fortsatt dukke opp i innhold som andre deler.
mail-honored-how = Slik ble det avgjort: { $basis } (regel { $rule }).
mail-honored-link = Se hele tidslinjen eller trekk tilbake protesten din her:

## E-post: sendt til vurdering

mail-review-subject = Protesten din mot KI-trening blir vurdert
mail-review-intro = Takk for at du bekreftet e-postadressen din. En saksbehandler hos { $operator } skal vurdere protesten din mot at opplysningene dine brukes til å trene KI.
mail-review-excluded = Mens den blir vurdert, er opplysningene dine allerede holdt utenfor KI-trening (siden { $date }).
mail-review-why = Derfor vurderes den av en saksbehandler: { $reason }
mail-review-due = Du får svar fra oss senest { $due }.

## E-post: avslått

mail-declined-subject = Avgjørelsen om protesten din mot KI-trening
mail-declined-intro = { $operator } har vurdert protesten din mot at opplysningene dine brukes til å trene KI, og har avslått den.
mail-declined-reason = Begrunnelse: { $reason }
mail-declined-used-again = Opplysningene dine blir brukt til KI-trening igjen fra og med { $date }.
mail-declined-complain = Dette kan du gjøre: { $complaint }
mail-object-again = Du kan også protestere på nytt når som helst: { $url }

## E-post: trukket tilbake

mail-withdrawn-subject = Du har trukket tilbake protesten din mot KI-trening
mail-withdrawn-intro = Du har trukket tilbake protesten din mot at { $operator } bruker opplysningene dine til å trene KI.
mail-withdrawn-forward = Fremover kan datasett for KI-trening som bygges fra og med { $date }, inneholde innhold du har laget. Datasett som ble bygget mens protesten din gjaldt, forblir uten det. Private meldinger blir aldri brukt.
mail-withdrawn-again = Du kan protestere på nytt når som helst: { $url }
mail-withdrawn-not-you = Hvis det ikke var du som trakk tilbake protesten, kan du protestere på nytt på adressen ovenfor og fortelle oss om det i skjemaet.

## E-post: forlenget frist

mail-extended-subject = Vi trenger mer tid til å avgjøre protesten din
mail-extended-intro = Vi trenger mer tid til å avgjøre protesten din mot at opplysningene dine brukes til å trene KI. Du får nå svar fra oss senest { $due } (den opprinnelige fristen var { $was }).
mail-extended-why = Derfor trenger vi mer tid: { $reason }
mail-extended-excluded = Opplysningene dine er fortsatt holdt utenfor KI-trening mens vi tar en avgjørelse.
mail-extended-law = Loven tillater denne forlengelsen én gang, med inntil to måneder, når en forespørsel er komplisert eller mange forespørsler kommer samtidig; vi må gi deg beskjed innen den første måneden, slik vi gjør nå. Hvis du er uenig, kan du klage til en tilsynsmyndighet: { $complaint }

## E-post: varselet

mail-notice-subject = Slik kommer { $operator } til å bruke opplysninger til å trene KI – og din rett til å protestere
mail-notice-intro = Fra og med { $date } kommer { $operator } til å bruke visse opplysninger til å utvikle og forbedre sin KI.
mail-notice-used = Dette blir brukt:
mail-notice-never = Dette blir aldri brukt:
mail-notice-right = Du har rett til å protestere. Det tar et minutt, du trenger ikke å oppgi noen grunn, og du kan når som helst trekke tilbake protesten din. Hvis du protesterer, blir alt du selv har laget, holdt utenfor alle datasett for KI-trening som vi bygger fra da av, også det du har lagt ut tidligere.
mail-notice-link = Protester med den personlige lenken din (den fyller ut opplysningene dine og virker frem til { $expires }):
mail-notice-form = Eller bruk skjemaet uten lenken: { $url }
mail-notice-others = Selv om du protesterer, kan opplysninger om deg fortsatt dukke opp i innhold som andre deler, for eksempel et bilde av deg som noen andre legger ut.
