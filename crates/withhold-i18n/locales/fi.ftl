### Withhold: suomi (Finnish). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Päivämäärät

month-1 = tammikuuta
month-2 = helmikuuta
month-3 = maaliskuuta
month-4 = huhtikuuta
month-5 = toukokuuta
month-6 = kesäkuuta
month-7 = heinäkuuta
month-8 = elokuuta
month-9 = syyskuuta
month-10 = lokakuuta
month-11 = marraskuuta
month-12 = joulukuuta
date = { $day }. { $month } { $year }
datetime = { $date } klo { $time } UTC

## Kaikki sivut

site-tagline = Tekoälyn koulutus ja sinun tietosi
skip-to-content = Siirry sisältöön
language-switcher = Kieli
footer-about = Tietoa tekoälyn koulutuksesta ja tiedoistasi
footer-object = Vastusta
error-title = Virhe: { $title }
error-prefix = Virhe:
field-required = (pakollinen)
field-optional = (vapaaehtoinen)
field-required-here = (pakollinen asuinmaassasi)

## Ilmoitus

notice-title = Miten käytämme tietoja tekoälyn kouluttamiseen
notice-heading = Miten tulemme käyttämään tietoja tekoälyn kouluttamiseen
notice-lead = { $date } alkaen { $operator } käyttää tiettyjä tietoja tekoälynsä kehittämiseen ja parantamiseen. Sinulla on oikeus vastustaa tätä, ja se vie vain minuutin.
used-heading = Mitä käytetään
used-posts = Julkiset julkaisut
used-photos = Kuvat ja niiden kuvatekstit
used-ai-messages = Viestit, jotka lähetät tekoälyavustajallemme
never-heading = Mitä ei koskaan käytetä
never-private-messages = Yksityisviestit ystävien ja perheen kanssa
others-heading = Muiden jakamat tiedot sinusta
others-body = Vaikka vastustaisit, sinua koskevia tietoja voi silti näkyä muiden jakamassa sisällössä, esimerkiksi jonkun toisen julkaisemassa kuvassa sinusta, ja tällaista sisältöä voidaan käyttää.
right-heading = Oikeutesi vastustaa
right-body = Jos vastustat, jätämme kaiken itse tuottamasi sisällön pois jokaisesta tekoälyn koulutusaineistosta, jonka kokoamme siitä lähtien, myös aiemmin julkaisemasi sisällön. Sinun ei tarvitse kertoa syytä, ja voit perua vastustuksesi milloin tahansa.
object-button = Vastusta tietojesi käyttöä tekoälyn kouluttamiseen
availability-nowhere = Vastustuslomake ei ole tällä hetkellä käytettävissä missään maassa.
availability-some = Vastustuslomake on käytettävissä, jos asuinmaasi on jokin seuraavista: { $countries }.

## Lomake

form-title = Vastusta tietojesi käyttöä tekoälyn kouluttamiseen
form-intro = Kerro meille asuinmaasi ja sähköpostiosoitteesi. Lähetämme sähköpostiisi koodin, jolla vahvistat, että osoite on sinun. Mitään ei käsitellä ennen sitä.
form-errors-heading =
    { $count ->
        [one] Tarkista tämä kohta
       *[other] Tarkista nämä { $count } kohtaa
    }
form-country-label = Asuinmaa
form-country-choose = Valitse maa
form-email-label = Sähköpostiosoite
form-email-hint = Lähetämme tähän osoitteeseen vahvistuskoodin ja myöhemmin päätöksemme.
form-impact-label = Miten tämä käsittely vaikuttaa sinuun?
form-impact-hint-required = Asuinmaasi säännöt edellyttävät tätä tietoa.
form-impact-hint-optional = Sinun ei tarvitse kertoa syytä: vastustuksesi otetaan huomioon joka tapauksessa.
form-details-label = Haluatko kertoa meille vielä jotain muuta?
form-length-limit = Enintään { $max } merkkiä.
form-send = Lähetä
form-privacy = Säilytämme osoitteesi salattuna ja käytämme sitä vain tähän pyyntöön. Yksityisviestejä ei koskaan käytetä tekoälyn kouluttamiseen.
form-prefilled = Täytimme tietosi valmiiksi henkilökohtaisen linkkisi perusteella. Tarkista ne ja lähetä sitten lomake.
form-link-expired = Henkilökohtainen linkkisi on vanhentunut, joten tietojasi ei ole täytetty valmiiksi. Voit silti vastustaa: täytä alla oleva lomake.
form-link-unusable = Emme pystyneet lukemaan henkilökohtaista linkkiäsi (se on ehkä katkennut tai muuttunut), joten tietojasi ei ole täytetty valmiiksi. Voit silti vastustaa: täytä alla oleva lomake.
form-csrf = Tarkista tietoturvasyistä vastauksesi ja lähetä lomake uudelleen.
form-unavailable = Emme juuri nyt pystyneet tallentamaan vastustustasi: tietokantamme on hetkellisesti poissa käytöstä, eikä mitään tallennettu. Vastauksesi ovat yhä tallessa tällä sivulla; lähetä lomake uudelleen minuutin kuluttua.
rate-limited =
    { $minutes ->
        [one] Saimme täältä useita pyyntöjä lyhyessä ajassa. Odota minuutti ja lähetä uudelleen: kirjoittamasi tiedot säilyvät.
       *[other] Saimme täältä useita pyyntöjä lyhyessä ajassa. Odota { $minutes } minuuttia ja lähetä uudelleen: kirjoittamasi tiedot säilyvät.
    }

## Virheet kentissä

error-country-required = Valitse asuinmaasi.
error-country-invalid = Valitse maa luettelosta.
error-country-unavailable-nowhere = Vastustuslomake ei ole käytettävissä, jos asuinmaasi on { $country }, eikä se ole tällä hetkellä käytettävissä muuallakaan.
error-country-unavailable-except = Vastustuslomake ei ole käytettävissä, jos asuinmaasi on { $country }. Se on käytettävissä kaikkien maiden asukkaille lukuun ottamatta seuraavia: { $countries }.
error-country-unavailable-only = Vastustuslomake ei ole käytettävissä, jos asuinmaasi on { $country }. Se on käytettävissä, jos asuinmaasi on jokin seuraavista: { $countries }.
error-email-missing = Anna sähköpostiosoitteesi.
error-email-too-long = Sähköpostiosoitteessa voi olla enintään 254 merkkiä.
error-email-missing-at = Sähköpostiosoitteessa on oltava @-merkki nimen ja verkkotunnuksen välissä, esimerkiksi nimi@example.com.
error-email-local-too-long = @-merkkiä edeltävässä osassa voi olla enintään 64 merkkiä.
error-email-local-invalid = @-merkkiä edeltävässä osassa on merkki tai piste, jota sähköpostiosoitteissa ei voi käyttää.
error-email-domain-invalid = @-merkin jälkeinen osa ei ole kelvollinen verkkotunnus (esimerkiksi example.com).
error-impact-required = Tämä tieto on asuinmaassasi pakollinen: kerro, miten käsittely vaikuttaa sinuun.
error-too-long = Tekstissä on { $actual } merkkiä; enimmäismäärä on { $max }.

## Kun selaimen lähettämiä tietoja ei voi lukea

unreadable-heading = Emme pystyneet lukemaan tietoja
unreadable-too-large = Lähettämäsi tiedot ovat suuremmat kuin voimme vastaanottaa. Lyhennä tekstiä ja yritä uudelleen.
unreadable-body = Emme pystyneet lukemaan selaimesi lähettämiä tietoja. Palaa takaisin ja yritä uudelleen.
back-to-form = Takaisin lomakkeelle

## Osoitteen vahvistaminen

confirm-title = Vahvista sähköpostiosoitteesi
confirm-heading = Tarkista sähköpostisi
confirm-intro = Lähetimme { $digits }-numeroisen koodin antamaasi osoitteeseen. Vahvista vastustuksesi antamalla koodi tässä. Koodi on voimassa { $minutes } minuuttia.
confirm-code-label = Vahvistuskoodi
confirm-button = Vahvista
confirm-no-email = Eikö sähköpostia tullut? Tarkista roskapostikansio tai pyydä uusi koodi. Uusi koodi korvaa vanhan.
confirm-resend-button = Lähetä uusi koodi
confirm-wrong-address = Väärä osoite? Aloita alusta oikealla osoitteella.
start-again = Aloita alusta
code-csrf = Anna koodi tietoturvasyistä uudelleen.
code-missing = Anna sähköpostissa saamasi 6-numeroinen koodi.
code-malformed = Koodissa on 6 numeroa, esimerkiksi 123456. Tarkista sähköposti ja anna koodi uudelleen.
code-wrong =
    { $left ->
        [one] Koodi ei ole oikein. Tarkista uusin meiltä saamasi sähköposti ja yritä uudelleen (1 yritys jäljellä).
       *[other] Koodi ei ole oikein. Tarkista uusin meiltä saamasi sähköposti ja yritä uudelleen ({ $left } yritystä jäljellä).
    }
code-locked = Koodi annettiin väärin liian monta kertaa, joten suljimme tämän pyynnön turvallisuutesi vuoksi. Aloita alusta: se vie vain minuutin.
code-expired = Tämä koodi on vanhentunut. Tilaa uusi koodi alla olevalla painikkeella ja anna se sitten tässä.
resend-csrf = Paina tietoturvasyistä uudelleen ”Lähetä uusi koodi”.
resend-sent = Lähetimme sinulle uuden koodin. Aiemmin lähettämämme koodit eivät enää toimi.
resend-too-many =
    { $minutes ->
        [one] Olemme jo lähettäneet { $count } uutta koodia viimeisen tunnin aikana. Voit pyytää uuden minuutin kuluttua. Uusin koodisi toimii edelleen, kunnes se vanhenee.
       *[other] Olemme jo lähettäneet { $count } uutta koodia viimeisen tunnin aikana. Voit pyytää uuden { $minutes } minuutin kuluttua. Uusin koodisi toimii edelleen, kunnes se vanhenee.
    }

## Pyynnöt, joita ei voi näyttää

not-found-heading = Pyyntöä ei löydy
not-found-body = Linkki voi olla puutteellinen. Käytä uusinta linkkiä sähköposteistamme tai tee uusi vastustus.
closed-heading = Tämä pyyntö on suljettu
closed-body = Sitä ei vahvistettu ajoissa, tai väärä koodi annettiin liian monta kertaa. Voit tehdä uuden vastustuksen: se vie vain minuutin.
already-confirmed-heading = Tämä sähköpostiosoite on jo vahvistettu
already-confirmed-body = Sinun ei tarvitse tehdä täällä enää mitään. Sähköposteissamme olevasta linkistä näet pyyntösi tilan ja vaiheet.
start-new-objection = Tee uusi vastustus
page-not-found-heading = Sivua ei löydy
page-not-found-body = Tässä osoitteessa ei ole mitään.
go-to-start = Siirry etusivulle
error-heading = Jokin meni vikaan meidän päässämme
error-body = Pyyntöäsi ei suoritettu loppuun. Palaa takaisin ja yritä uudelleen; jos ongelma toistuu, yritä myöhemmin uudelleen.
unavailable-heading = Emme voi ottaa pyyntöjä vastaan juuri nyt
unavailable-body = Tietokantamme on hetkellisesti poissa käytöstä. Mitään lähettämääsi ei kadonnut eikä tallentunut puolittain: palaa takaisin ja lähetä tiedot uudelleen minuutin kuluttua.

## Tilasivu

status-title = Vastustuksesi
status-label = Tila
status-meaning = Mitä se tarkoittaa
status-email = Sähköpostiosoite
status-country = Asuinmaa
status-received = Vastaanotettu
status-excluded-since = Rajattu pois tekoälyn koulutuksesta alkaen
status-answer-by = Vastaamme viimeistään
status-decided-by = Päätöksen peruste
status-reason = Syy
status-what-you-can-do = Mitä voit tehdä
status-pending = Odottaa, että vahvistat sähköpostiosoitteesi
status-pending-meaning = Anna koodi, jonka lähetimme sinulle sähköpostitse. Mitään ei käsitellä ennen sitä.
status-verified = Vahvistettu, päätös tekeillä
status-verified-meaning = Tietosi on jo rajattu pois tekoälyn koulutuksesta sillä aikaa, kun teemme päätöstä.
status-review = Työntekijän käsiteltävänä
status-review-meaning = Tietosi on jo rajattu pois tekoälyn koulutuksesta sillä aikaa, kun työntekijämme käsittelee vastustustasi. Vastaamme viimeistään { $due }.
status-honored = Hyväksytty
status-honored-meaning = Voimassa tästä eteenpäin: jokaisesta kokoamastamme tekoälyn koulutusaineistosta jätetään pois itse tuottamasi sisältö (julkiset julkaisut, kuvat ja niiden kuvatekstit, tekoälyavustajallemme lähettämäsi viestit), myös aiemmin julkaisemasi. Yksityisviestejä ei koskaan käytetä. Sinua koskevia tietoja voi silti näkyä muiden jakamassa sisällössä.
status-declined = Hylätty
status-declined-meaning = Vastustuksesi hylättiin. Syy ja se, mitä voit tehdä, kerrotaan alla.
status-withdrawn = Peruttu
status-withdrawn-meaning = Peruit vastustuksesi. Siitä lähtien kootut aineistot voivat sisältää itse tuottamaasi sisältöä; aineistot, jotka koottiin vastustuksesi ollessa voimassa, pysyvät ilman sitä.
status-closed = Suljettu
status-closed-meaning = Tämä pyyntö suljettiin, koska sähköpostiosoitetta ei vahvistettu. Voit vastustaa uudelleen milloin tahansa.
status-notice-confirmed = Kiitos: sähköpostiosoitteesi on vahvistettu.
status-notice-already = Sinulla on jo voimassa oleva vastustus, joten emme avanneet toista. Tässä se on.
status-notice-withdrawn = Vastustuksesi on peruttu. Lähetimme sinulle vahvistuksen sähköpostitse.
withdraw-button = Peru vastustukseni
object-again = Vastusta uudelleen
timeline-heading = Aikajana
status-keep-private = Älä jaa tämän sivun linkkiä: kuka tahansa, jolla se on, voi nähdä tämän sivun ja perua vastustuksesi.

## Aikajana

event-received = Vastaanotimme vastustuksesi.
event-code-sent = Lähetimme sinulle vahvistuskoodin sähköpostitse.
event-code-resent = Lähetimme sinulle uuden vahvistuskoodin sähköpostitse.
event-code-rejected = Annettiin väärä vahvistuskoodi.
event-verified = Vahvistit sähköpostiosoitteesi. Siitä hetkestä lähtien tietosi on rajattu pois tekoälyn koulutuksesta.
event-honored = Vastustuksesi hyväksyttiin, ja se on voimassa tästä eteenpäin. Sääntö: { $rule }.
event-sent-to-review = Vastustuksesi siirrettiin työntekijän käsiteltäväksi: { $reason }.
review-reason-form-closed = vastustuslomaketta ei enää tarjota asuinmaassasi, joten päätöksen tekee työntekijä
review-reason-always = asuinmaassasi sovellettavien sääntöjen mukaan jokaisen vastustuksen käsittelee työntekijä
review-reason-statement = työntekijä lukee antamasi selvityksen ennen päätöksen tekemistä
event-declined = Vastustuksesi hylättiin.
event-withdrawn = Peruit vastustuksesi.
event-expired-wrong-codes = Pyyntö suljettiin liian monen väärän koodin jälkeen.
event-expired-unconfirmed = Pyyntö suljettiin, koska sähköpostiosoitetta ei vahvistettu ajoissa.
event-repeat-confirmed = Vahvistit uuden pyynnön; tämä vastustus oli jo voimassa, joten toista ei avattu.
event-deadline-extended = Pidensimme päätöksemme määräaikaa { $due } asti. Syy: { $reason }
event-other = Pyynnöllesi tapahtui jotain muuta.

## Peruminen

withdraw-title = Peru vastustuksesi
withdraw-heading = Haluatko perua vastustuksesi?
withdraw-body = Jos perut vastustuksesi, tästä lähtien kokoamamme tekoälyn koulutusaineistot voivat sisältää itse tuottamaasi sisältöä: julkisia julkaisuja, kuvia ja niiden kuvatekstejä sekä tekoälyavustajallemme lähettämiäsi viestejä. Aineistot, jotka koottiin vastustuksesi ollessa voimassa, pysyvät ilman sitä. Yksityisviestejä ei koskaan käytetä.
withdraw-again = Voit vastustaa uudelleen milloin tahansa.
keep-objection = Pidä vastustukseni voimassa

## Sähköposti: yhteiset

mail-hello = Hei,
mail-footer = Tämän viestin lähetti automaattisesti { $operator }. Tähän viestiin lähetettyjä vastauksia ei lueta.
mail-receipt = Liitteenä on kuitti tästä päätöksestä ({ $file }), jonka { $operator } on allekirjoittanut. Säilytä se: se todistaa, mitä päätettiin ja milloin. Kuka tahansa voi tarkistaa sen julkisella avaimellamme osoitteessa
mail-follow = Seuraa pyyntöäsi täällä:
mail-timeline = Näet koko aikajanan täällä:

## Sähköposti: vahvistuskoodi

mail-code-subject = Vahvistuskoodisi – { $operator }
mail-code-intro = Joku (toivottavasti sinä) pyysi, ettei { $operator } käyttäisi häntä koskevia tietoja tekoälyn kouluttamiseen, ja antoi tämän sähköpostiosoitteen.
mail-code-code = Vahvistuskoodisi on: { $code }
mail-code-where = Anna se sivulla, jolla teit pyynnön. Koodi on voimassa { $minutes } minuuttia.
mail-code-ignore = Jos pyyntö ei ollut sinun, voit jättää tämän viestin huomiotta: mitään ei tapahdu, ellei koodia anneta.
mail-code-enter-here = Voit antaa koodin myös täällä:

## Sähköposti: hyväksytty

mail-honored-subject = Tekoälyn koulutusta koskeva vastustuksesi on hyväksytty
mail-honored-intro = Vastustuksesi sille, että { $operator } käyttää tietojasi tekoälyn kouluttamiseen, on hyväksytty.
mail-honored-means = Mitä tämä tarkoittaa tästä eteenpäin:
mail-honored-datasets = Jokaisesta tästä lähtien kokoamastamme tekoälyn koulutusaineistosta jätetään pois itse tuottamasi sisältö: julkiset julkaisusi, kuvasi ja niiden kuvatekstit sekä tekoälyavustajallemme lähettämäsi viestit. Tämä koskee myös sitä, mitä olet julkaissut ennen tätä päivää.
mail-honored-since = Tämä on ollut voimassa siitä lähtien, kun vahvistit sähköpostiosoitteesi { $date }.
mail-honored-private = Yksityisviestejä ystävien ja perheen kanssa ei koskaan käytetä tekoälyn kouluttamiseen, vastustit tai et.
mail-honored-others = Sinua koskevia tietoja voi silti näkyä muiden jakamassa sisällössä.
mail-honored-how = Miten päätös tehtiin: { $basis } (sääntö { $rule }).
mail-honored-link = Täällä näet koko aikajanan tai voit perua vastustuksesi:

## Sähköposti: käsittelyssä

mail-review-subject = Tekoälyn koulutusta koskeva vastustuksesi on käsittelyssä
mail-review-intro = Kiitos, että vahvistit sähköpostiosoitteesi. Vastustuksesi, joka koskee tietojesi käyttöä tekoälyn kouluttamiseen, siirtyy { $operator } -palvelun työntekijän käsiteltäväksi.
mail-review-excluded = Käsittelyn ajan tietosi on jo rajattu pois tekoälyn koulutuksesta ({ $date } alkaen).
mail-review-why = Miksi ihminen käsittelee vastustuksesi: { $reason }
mail-review-due = Saat vastauksemme viimeistään { $due }.

## Sähköposti: hylätty

mail-declined-subject = Päätös tekoälyn koulutusta koskevasta vastustuksestasi
mail-declined-intro = { $operator } on käsitellyt vastustuksesi, joka koskee tietojesi käyttöä tekoälyn kouluttamiseen, ja hylännyt sen.
mail-declined-reason = Syy: { $reason }
mail-declined-used-again = Tietojasi käytetään jälleen tekoälyn kouluttamiseen { $date } alkaen.
mail-declined-complain = Mitä voit tehdä: { $complaint }
mail-object-again = Voit myös vastustaa uudelleen milloin tahansa: { $url }

## Sähköposti: peruttu

mail-withdrawn-subject = Peruit tekoälyn koulutusta koskevan vastustuksesi
mail-withdrawn-intro = Peruit vastustuksesi sille, että { $operator } käyttää tietojasi tekoälyn kouluttamiseen.
mail-withdrawn-forward = { $date } alkaen kootut tekoälyn koulutusaineistot voivat jatkossa sisältää itse tuottamaasi sisältöä. Aineistot, jotka koottiin vastustuksesi ollessa voimassa, pysyvät ilman sitä. Yksityisviestejä ei koskaan käytetä.
mail-withdrawn-again = Voit vastustaa uudelleen milloin tahansa: { $url }
mail-withdrawn-not-you = Jos et itse perunut vastustustasi, vastusta uudelleen yllä olevassa osoitteessa ja kerro asiasta meille lomakkeessa.

## Sähköposti: määräaikaa pidennetty

mail-extended-subject = Tarvitsemme lisää aikaa vastustustasi koskevaan päätökseen
mail-extended-intro = Tarvitsemme lisää aikaa päättääksemme vastustuksestasi, joka koskee tietojesi käyttöä tekoälyn kouluttamiseen. Saat nyt vastauksemme viimeistään { $due } (aiempi määräaika oli { $was }).
mail-extended-why = Miksi tarvitsemme lisää aikaa: { $reason }
mail-extended-excluded = Tietosi pysyvät rajattuina pois tekoälyn koulutuksesta sillä aikaa, kun teemme päätöstä.
mail-extended-law = Laki sallii määräajan pidentämisen kerran, enintään kahdella kuukaudella, jos pyyntö on monimutkainen tai pyyntöjä saapuu paljon samanaikaisesti; meidän on ilmoitettava siitä sinulle ensimmäisen kuukauden kuluessa, kuten nyt teemme. Jos olet eri mieltä, voit tehdä valituksen valvontaviranomaiselle: { $complaint }

## Sähköposti: ilmoitus

mail-notice-subject = Miten { $operator } käyttää tietoja tekoälyn kouluttamiseen ja oikeutesi vastustaa
mail-notice-intro = { $date } alkaen { $operator } käyttää tiettyjä tietoja tekoälynsä kehittämiseen ja parantamiseen.
mail-notice-used = Mitä käytetään:
mail-notice-never = Mitä ei koskaan käytetä:
mail-notice-right = Sinulla on oikeus vastustaa. Se vie minuutin, sinun ei tarvitse kertoa syytä, ja voit perua vastustuksesi milloin tahansa. Jos vastustat, kaikki itse tuottamasi sisältö jätetään pois jokaisesta siitä lähtien kokoamastamme tekoälyn koulutusaineistosta, myös aiemmin julkaisemasi sisältö.
mail-notice-link = Vastusta henkilökohtaisella linkilläsi (se täyttää tietosi valmiiksi ja on voimassa { $expires } asti):
mail-notice-form = Tai käytä lomaketta ilman linkkiä: { $url }
mail-notice-others = Vaikka vastustaisit, sinua koskevia tietoja voi silti näkyä muiden jakamassa sisällössä, esimerkiksi jonkun toisen julkaisemassa kuvassa sinusta.
