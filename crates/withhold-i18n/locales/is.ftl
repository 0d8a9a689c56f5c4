### Withhold: íslenska (Icelandic). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Dagsetningar

month-1 = janúar
month-2 = febrúar
month-3 = mars
month-4 = apríl
month-5 = maí
month-6 = júní
month-7 = júlí
month-8 = ágúst
month-9 = september
month-10 = október
month-11 = nóvember
month-12 = desember
date = { $day }. { $month } { $year }
datetime = { $date } kl. { $time } UTC

## Allar síður

site-tagline = Þjálfun gervigreindar og upplýsingarnar þínar
skip-to-content = Fara beint í efni
language-switcher = Tungumál
footer-about = Um þjálfun gervigreindar og upplýsingarnar þínar
footer-object = Andmæla
error-title = Villa: { $title }
error-prefix = Villa:
field-required = (nauðsynlegt)
field-optional = (valfrjálst)
field-required-here = (nauðsynlegt þar sem þú býrð)

## Tilkynningin

notice-title = Hvernig við notum upplýsingar til að þjálfa gervigreind
notice-heading = Hvernig við munum nota upplýsingar til að þjálfa gervigreind
notice-lead = Frá og með { $date } mun { $operator } nota tilteknar upplýsingar til að þróa og bæta gervigreind sína. Þú átt rétt á að andmæla því og það tekur aðeins eina mínútu.
used-heading = Hvað verður notað
used-posts = Opinberar færslur
used-photos = Myndir og myndatextar þeirra
used-ai-messages = Skilaboð sem þú sendir gervigreindaraðstoðarmanninum okkar
never-heading = Hvað er aldrei notað
never-private-messages = Einkaskilaboð til vina og fjölskyldu
others-heading = Upplýsingar um þig sem aðrir deila
others-body = Jafnvel þótt þú andmælir geta upplýsingar um þig samt birst í efni sem annað fólk deilir, til dæmis mynd af þér sem einhver annar birtir, og það efni kann að verða notað.
right-heading = Réttur þinn til að andmæla
right-body = Ef þú andmælir höldum við öllu efni sem þú ert höfundur að utan við öll gagnasöfn til þjálfunar gervigreindar sem við búum til upp frá því, líka því sem þú birtir áður. Þú þarft ekki að tilgreina neina ástæðu og getur dregið andmælin til baka hvenær sem er.
object-button = Andmæla notkun upplýsinga um þig fyrir gervigreind
availability-nowhere = Andmælaeyðublaðið er sem stendur ekki í boði í neinu landi.
availability-some = Andmælaeyðublaðið er í boði fyrir íbúa eftirfarandi landa: { $countries }.

## Eyðublaðið

form-title = Andmæla notkun upplýsinga um þig fyrir gervigreind
form-intro = Segðu okkur hvar þú býrð og hvert netfangið þitt er. Við sendum þér kóða í tölvupósti til að staðfesta að netfangið sé þitt; ekkert er skoðað fyrr en það er gert.
form-errors-heading =
    { $count ->
        [one] Vinsamlegast athugaðu eftirfarandi atriði
       *[other] Vinsamlegast athugaðu eftirfarandi { $count } atriði
    }
form-country-label = Búsetuland
form-country-choose = Veldu landið þitt
form-email-label = Netfang
form-email-hint = Hingað sendum við staðfestingarkóða og síðar ákvörðun okkar.
form-impact-label = Hvaða áhrif hefur þessi vinnsla á þig?
form-impact-hint-required = Reglur í þínu landi krefjast þess.
form-impact-hint-optional = Þú þarft ekki að tilgreina ástæðu: andmælin þín eru virt hvort sem er.
form-details-label = Viltu koma einhverju öðru á framfæri?
form-length-limit = Að hámarki { $max } stafir.
form-send = Senda
form-privacy = Við geymum netfangið þitt dulkóðað og notum það eingöngu vegna þessarar beiðni. Einkaskilaboð eru aldrei notuð til að þjálfa gervigreind.
form-prefilled = Við fylltum út upplýsingarnar þínar út frá persónulega tenglinum þínum. Farðu yfir þær og sendu svo eyðublaðið.
form-link-expired = Persónulegi tengillinn þinn er útrunninn og því eru upplýsingarnar þínar ekki útfylltar. Þú getur samt andmælt: fylltu út eyðublaðið hér fyrir neðan.
form-link-unusable = Við gátum ekki lesið persónulega tengilinn þinn (hann gæti hafa styst eða breyst) og því eru upplýsingarnar þínar ekki útfylltar. Þú getur samt andmælt: fylltu út eyðublaðið hér fyrir neðan.
form-csrf = Af öryggisástæðum biðjum við þig að fara yfir svörin þín og senda eyðublaðið aftur.
form-unavailable = Við gátum ekki vistað andmælin þín rétt í þessu: gagnagrunnurinn okkar liggur niðri í augnablikinu og ekkert var vistað. Svörin þín eru enn hér; sendu eyðublaðið aftur eftir eina mínútu.
rate-limited =
    { $minutes ->
        [one] Við fengum margar beiðnir héðan á stuttum tíma. Bíddu í { $minutes } mínútu og sendu aftur: það sem þú skrifaðir er geymt.
       *[other] Við fengum margar beiðnir héðan á stuttum tíma. Bíddu í { $minutes } mínútur og sendu aftur: það sem þú skrifaðir er geymt.
    }

## Villur í reitum

error-country-required = Veldu búsetuland þitt.
error-country-invalid = Veldu landið þitt af listanum.
error-country-unavailable-nowhere = Andmælaeyðublaðið er ekki í boði þegar búsetulandið er { $country } og sem stendur er það hvergi annars staðar í boði heldur.
error-country-unavailable-except = Andmælaeyðublaðið er ekki í boði þegar búsetulandið er { $country }. Það er í boði fyrir íbúa allra landa nema: { $countries }.
error-country-unavailable-only = Andmælaeyðublaðið er ekki í boði þegar búsetulandið er { $country }. Það er í boði fyrir íbúa eftirfarandi landa: { $countries }.
error-email-missing = Sláðu inn netfangið þitt.
error-email-too-long = Netfang má að hámarki vera 254 stafir.
error-email-missing-at = Í netfangi þarf að vera @ á milli nafns og léns, t.d. nafn@example.com.
error-email-local-too-long = Hlutinn á undan @ má að hámarki vera 64 stafir.
error-email-local-invalid = Hlutinn á undan @ inniheldur staf eða punkt sem ekki má nota í netföngum.
error-email-domain-invalid = Hlutinn á eftir @ er ekki gilt lén, eins og t.d. example.com.
error-impact-required = Þetta er skylt í þínu landi: segðu okkur hvaða áhrif vinnslan hefur á þig.
error-too-long = Þetta eru { $actual } stafir; hámarkið er { $max }.

## Þegar ekki er hægt að lesa það sem vafrinn sendi

unreadable-heading = Við gátum ekki lesið þetta
unreadable-too-large = Það sem þú sendir er stærra en við tökum við. Styttu það og reyndu aftur.
unreadable-body = Við gátum ekki lesið það sem vafrinn þinn sendi. Farðu til baka og reyndu aftur.
back-to-form = Aftur á eyðublaðið

## Staðfesting netfangs

confirm-title = Staðfestu netfangið þitt
confirm-heading = Athugaðu tölvupóstinn þinn
confirm-intro = Við sendum { $digits } stafa kóða á netfangið sem þú gafst upp. Sláðu hann inn hér til að staðfesta andmælin þín. Kóðinn gildir í { $minutes } mínútur.
confirm-code-label = Staðfestingarkóði
confirm-button = Staðfesta
confirm-no-email = Enginn tölvupóstur? Athugaðu ruslpóstmöppuna eða biddu um nýjan kóða. Nýr kóði kemur í stað þess gamla.
confirm-resend-button = Senda nýjan kóða
confirm-wrong-address = Rangt netfang? Byrjaðu upp á nýtt með rétta netfanginu.
start-again = Byrja upp á nýtt
code-csrf = Af öryggisástæðum biðjum við þig að slá kóðann inn aftur.
code-missing = Sláðu inn 6 stafa kóðann úr tölvupóstinum.
code-malformed = Kóðinn er 6 tölustafir, t.d. 123456. Athugaðu tölvupóstinn og sláðu hann inn aftur.
code-wrong =
    { $left ->
        [one] Þessi kóði er ekki réttur. Athugaðu nýjasta tölvupóstinn frá okkur og reyndu aftur ({ $left } tilraun eftir).
       *[other] Þessi kóði er ekki réttur. Athugaðu nýjasta tölvupóstinn frá okkur og reyndu aftur ({ $left } tilraunir eftir).
    }
code-locked = Rangur kóði var sleginn inn of oft og því lokuðum við þessari beiðni af öryggisástæðum. Byrjaðu upp á nýtt: það tekur aðeins eina mínútu.
code-expired = Þessi kóði er útrunninn. Fáðu nýjan kóða sendan með hnappnum hér fyrir neðan og sláðu hann svo inn hér.
resend-csrf = Af öryggisástæðum biðjum við þig að smella aftur á „Senda nýjan kóða“.
resend-sent = Við sendum þér nýjan kóða. Kóðar sem við sendum áður virka ekki lengur.
resend-too-many =
    { $minutes ->
        [one] Við höfum þegar sent { $count } nýja kóða síðustu klukkustundina. Þú getur beðið um annan eftir { $minutes } mínútu. Nýjasti kóðinn þinn virkar áfram þar til hann rennur út.
       *[other] Við höfum þegar sent { $count } nýja kóða síðustu klukkustundina. Þú getur beðið um annan eftir { $minutes } mínútur. Nýjasti kóðinn þinn virkar áfram þar til hann rennur út.
    }

## Beiðnir sem ekki er hægt að sýna

not-found-heading = Við finnum ekki þessa beiðni
not-found-body = Tengillinn gæti verið ófullgerður. Notaðu nýjasta tengilinn úr tölvupóstunum frá okkur eða sendu inn ný andmæli.
closed-heading = Þessari beiðni hefur verið lokað
closed-body = Hún var ekki staðfest í tæka tíð eða rangur kóði var sleginn inn of oft. Þú getur sent inn ný andmæli: það tekur aðeins eina mínútu.
already-confirmed-heading = Þetta netfang hefur þegar verið staðfest
already-confirmed-body = Þú þarft ekki að gera neitt meira hér. Tengillinn í tölvupóstunum frá okkur sýnir stöðu beiðninnar og tímalínu hennar.
start-new-objection = Senda inn ný andmæli
page-not-found-heading = Síðan fannst ekki
page-not-found-body = Það er ekkert á þessari slóð.
go-to-start = Fara á upphafssíðuna
error-heading = Eitthvað fór úrskeiðis hjá okkur
error-body = Ekki tókst að ljúka við beiðnina þína. Farðu til baka og reyndu aftur; ef þetta gerist ítrekað skaltu reyna aftur síðar.
unavailable-heading = Við getum ekki tekið við beiðnum í augnablikinu
unavailable-body = Gagnagrunnurinn okkar liggur niðri í augnablikinu. Ekkert af því sem þú sendir glataðist eða vistaðist til hálfs: farðu til baka og sendu það aftur eftir eina mínútu.

## Stöðusíðan

status-title = Andmælin þín
status-label = Staða
status-meaning = Hvað það þýðir
status-email = Netfang
status-country = Búsetuland
status-received = Móttekið
status-excluded-since = Ekki notað til þjálfunar gervigreindar síðan
status-answer-by = Við verðum að svara í síðasta lagi
status-decided-by = Ákvörðun byggð á
status-reason = Ástæða
status-what-you-can-do = Hvað þú getur gert
status-pending = Bíður þess að þú staðfestir netfangið þitt
status-pending-meaning = Sláðu inn kóðann sem við sendum þér í tölvupósti. Ekkert er skoðað fyrr en það er gert.
status-verified = Staðfest, ákvörðun í vinnslu
status-verified-meaning = Upplýsingarnar þínar eru þegar undanþegnar þjálfun gervigreindar á meðan við tökum ákvörðun.
status-review = Starfsmaður fer yfir andmælin
status-review-meaning = Upplýsingarnar þínar eru þegar undanþegnar þjálfun gervigreindar á meðan starfsmaður fer yfir andmælin þín. Við svörum í síðasta lagi { $due }.
status-honored = Samþykkt
status-honored-meaning = Gildir héðan í frá: öllu efni sem þú ert höfundur að (opinberum færslum, myndum og myndatextum þeirra, skilaboðum til gervigreindaraðstoðarmannsins okkar) er haldið utan við öll gagnasöfn til þjálfunar gervigreindar sem við búum til, líka því sem þú birtir áður. Einkaskilaboð eru aldrei notuð. Upplýsingar um þig geta samt birst í efni sem aðrir deila.
status-declined = Hafnað
status-declined-meaning = Andmælum þínum var hafnað. Ástæðuna og hvað þú getur gert finnurðu hér fyrir neðan.
status-withdrawn = Dregið til baka
status-withdrawn-meaning = Þú dróst andmælin þín til baka. Gagnasöfn sem búin eru til upp frá því geta innihaldið efni sem þú ert höfundur að; gagnasöfn sem voru búin til á meðan andmælin giltu verða áfram án þess.
status-closed = Lokað
status-closed-meaning = Þessari beiðni var lokað án þess að netfangið væri staðfest. Þú getur andmælt aftur hvenær sem er.
status-notice-confirmed = Takk: netfangið þitt hefur verið staðfest.
status-notice-already = Andmæli frá þér eru þegar í gildi og því stofnuðum við ekki ný. Hér eru þau.
status-notice-withdrawn = Andmælin þín hafa verið dregin til baka. Við sendum þér staðfestingu í tölvupósti.
withdraw-button = Draga andmælin mín til baka
object-again = Andmæla aftur
timeline-heading = Tímalína
status-keep-private = Deildu ekki tenglinum á þessa síðu: hver sem hefur hann getur skoðað síðuna og dregið andmælin þín til baka.

## Tímalínan

event-received = Við tókum við andmælum þínum.
event-code-sent = Við sendum þér staðfestingarkóða í tölvupósti.
event-code-resent = Við sendum þér nýjan staðfestingarkóða í tölvupósti.
event-code-rejected = Rangur staðfestingarkóði var sleginn inn.
event-verified = Þú staðfestir netfangið þitt. Frá þeirri stundu eru upplýsingarnar þínar undanþegnar þjálfun gervigreindar.
event-honored = Andmæli þín voru samþykkt og gilda héðan í frá. Regla: { $rule }.
event-sent-to-review = Andmælum þínum var vísað til starfsmanns til yfirferðar: { $reason }.
review-reason-form-closed = andmælaeyðublaðið er ekki lengur í boði þar sem þú býrð og því tekur starfsmaður ákvörðunina
review-reason-always = í þinni lögsögu fer starfsmaður yfir öll andmæli
review-reason-statement = starfsmaður les skýringuna sem þú gafst áður en ákvörðun er tekin
event-declined = Andmælum þínum var hafnað.
event-withdrawn = Þú dróst andmælin þín til baka.
event-expired-wrong-codes = Beiðninni var lokað eftir of marga ranga kóða.
event-expired-unconfirmed = Beiðninni var lokað vegna þess að netfangið var ekki staðfest í tæka tíð.
event-repeat-confirmed = Þú staðfestir nýja beiðni; þessi andmæli voru þegar í gildi og því voru ekki stofnuð ný.
event-deadline-extended = Við framlengdum frest okkar til að taka ákvörðun til { $due }. Ástæða: { $reason }
event-other = Eitthvað annað gerðist varðandi beiðnina þína.

## Afturköllun

withdraw-title = Draga andmælin þín til baka
withdraw-heading = Draga andmælin þín til baka?
withdraw-body = Ef þú dregur þau til baka geta gagnasöfn til þjálfunar gervigreindar sem við búum til héðan í frá innihaldið efni sem þú ert höfundur að: opinberar færslur, myndir og myndatexta þeirra og skilaboð til gervigreindaraðstoðarmannsins okkar. Gagnasöfn sem voru búin til á meðan andmælin þín giltu verða áfram án þess. Einkaskilaboð eru aldrei notuð.
withdraw-again = Þú getur andmælt aftur hvenær sem er.
keep-objection = Halda andmælunum mínum

## Tölvupóstur: sameiginlegt

mail-hello = Góðan dag,
mail-footer = Þessi skilaboð voru send sjálfvirkt af { $operator }. Svör við þeim eru ekki lesin.
mail-receipt = Kvittun fyrir þessari ákvörðun, undirrituð af { $operator }, fylgir í viðhengi ({ $file }). Geymdu hana: hún sannar hvað var ákveðið og hvenær. Hver sem er getur sannreynt hana með opinbera lyklinum okkar á slóðinni:
mail-follow = Fylgstu með beiðninni þinni hér:
mail-timeline = Sjáðu alla tímalínuna hér:

## Tölvupóstur: staðfestingarkóðinn

mail-code-subject = Staðfestingarkóðinn þinn hjá { $operator }
mail-code-intro = Einhver (vonandi þú) bað { $operator } um að nota ekki upplýsingar um sig til að þjálfa gervigreind og gaf upp þetta netfang.
mail-code-code = Staðfestingarkóðinn þinn er: { $code }
mail-code-where = Sláðu hann inn á síðunni þar sem þú sendir beiðnina. Hann gildir í { $minutes } mínútur.
mail-code-ignore = Ef þetta varst ekki þú geturðu hunsað þennan tölvupóst: ekkert gerist nema kóðinn sé sleginn inn.
mail-code-enter-here = Þú getur líka slegið hann inn hér:

## Tölvupóstur: samþykkt

mail-honored-subject = Andmæli þín gegn þjálfun gervigreindar hafa verið samþykkt
mail-honored-intro = Andmæli þín gegn því að { $operator } noti upplýsingarnar þínar til að þjálfa gervigreind hafa verið samþykkt.
mail-honored-means = Þetta þýðir, héðan í frá:
mail-honored-datasets = Öll gagnasöfn til þjálfunar gervigreindar sem við búum til héðan í frá eru án efnis sem þú ert höfundur að: opinberra færslna þinna, mynda þinna og myndatexta þeirra og skilaboðanna sem þú sendir gervigreindaraðstoðarmanninum okkar. Þetta á líka við um það sem þú birtir fyrir daginn í dag.
mail-honored-since = Þetta hefur gilt síðan þú staðfestir netfangið þitt { $date }.
mail-honored-private = Einkaskilaboð til vina og fjölskyldu eru aldrei notuð til að þjálfa gervigreind, hvort sem þú andmælir eða ekki.
mail-honored-others = Upplýsingar um þig geta samt birst í efni sem annað fólk deilir.
mail-honored-how = Hvernig ákvörðunin var tekin: { $basis } (regla { $rule }).
mail-honored-link = Hér geturðu séð alla tímalínuna eða dregið andmælin þín til baka:

## Tölvupóstur: til yfirferðar

mail-review-subject = Starfsmaður fer yfir andmæli þín gegn þjálfun gervigreindar
mail-review-intro = Takk fyrir að staðfesta netfangið þitt. Starfsmaður hjá { $operator } mun fara yfir andmæli þín gegn því að upplýsingar þínar séu notaðar til að þjálfa gervigreind.
mail-review-excluded = Á meðan farið er yfir þau eru upplýsingarnar þínar þegar undanþegnar þjálfun gervigreindar (síðan { $date }).
mail-review-why = Hvers vegna starfsmaður fer yfir þau: { $reason }
mail-review-due = Þú færð svar frá okkur í síðasta lagi { $due }.

## Tölvupóstur: hafnað

mail-declined-subject = Ákvörðun um andmæli þín gegn þjálfun gervigreindar
mail-declined-intro = { $operator } hefur farið yfir andmæli þín gegn því að upplýsingar þínar séu notaðar til að þjálfa gervigreind og hafnað þeim.
mail-declined-reason = Ástæðan: { $reason }
mail-declined-used-again = Upplýsingarnar þínar verða aftur notaðar til þjálfunar gervigreindar frá og með { $date }.
mail-declined-complain = Hvað þú getur gert: { $complaint }
mail-object-again = Þú getur líka andmælt aftur hvenær sem er: { $url }

## Tölvupóstur: dregið til baka

mail-withdrawn-subject = Þú dróst andmæli þín gegn þjálfun gervigreindar til baka
mail-withdrawn-intro = Þú dróst til baka andmæli þín gegn því að { $operator } noti upplýsingarnar þínar til að þjálfa gervigreind.
mail-withdrawn-forward = Héðan í frá geta gagnasöfn til þjálfunar gervigreindar sem búin eru til frá og með { $date } innihaldið efni sem þú ert höfundur að. Gagnasöfn sem voru búin til á meðan andmælin þín voru í gildi verða áfram án þess. Einkaskilaboð eru aldrei notuð.
mail-withdrawn-again = Þú getur andmælt aftur hvenær sem er: { $url }
mail-withdrawn-not-you = Ef þú dróst andmælin ekki til baka skaltu andmæla aftur á slóðinni hér að ofan og láta okkur vita af því í eyðublaðinu.

## Tölvupóstur: frestur framlengdur

mail-extended-subject = Við þurfum lengri tíma til að taka ákvörðun um andmæli þín
mail-extended-intro = Við þurfum lengri tíma til að taka ákvörðun um andmæli þín gegn því að upplýsingar þínar séu notaðar til að þjálfa gervigreind. Svar okkar berst þér nú í síðasta lagi { $due } (áður var fresturinn { $was }).
mail-extended-why = Hvers vegna við þurfum lengri tíma: { $reason }
mail-extended-excluded = Upplýsingarnar þínar verða áfram undanþegnar þjálfun gervigreindar á meðan við tökum ákvörðun.
mail-extended-law = Lögin heimila þessa framlengingu einu sinni, um allt að tvo mánuði, þegar beiðni er flókin eða margar beiðnir berast í einu; við verðum að láta þig vita innan fyrsta mánaðarins, eins og við gerum nú. Ef þú ert ósammála geturðu lagt fram kvörtun hjá eftirlitsyfirvaldi: { $complaint }

## Tölvupóstur: tilkynningin

mail-notice-subject = Hvernig { $operator } mun nota upplýsingar til að þjálfa gervigreind og réttur þinn til að andmæla
mail-notice-intro = Frá og með { $date } mun { $operator } nota tilteknar upplýsingar til að þróa og bæta gervigreind sína.
mail-notice-used = Hvað verður notað:
mail-notice-never = Hvað er aldrei notað:
mail-notice-right = Þú átt rétt á að andmæla. Það tekur eina mínútu, þú þarft ekki að tilgreina neina ástæðu og þú getur dregið andmælin til baka hvenær sem er. Ef þú andmælir er öllu efni sem þú ert höfundur að haldið utan við öll gagnasöfn til þjálfunar gervigreindar sem við búum til upp frá því, líka því sem þú birtir áður.
mail-notice-link = Andmæltu með persónulega tenglinum þínum (hann fyllir út upplýsingarnar þínar og gildir til { $expires }):
mail-notice-form = Eða notaðu eyðublaðið án hans: { $url }
mail-notice-others = Jafnvel þótt þú andmælir geta upplýsingar um þig samt birst í efni sem annað fólk deilir, til dæmis mynd af þér sem einhver annar birtir.
