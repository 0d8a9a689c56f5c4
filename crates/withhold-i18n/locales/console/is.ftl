### Stjórnborð starfsfólks: íslenska (Icelandic). Every other language has exactly these ids.

console-nav = Stjórnborð
console-queue = Yfirferðarröð
console-dashboard = Yfirlit
console-audit = Aðgerðaskrá
console-search = Leit
console-signed-in-as = Innskráning: { $user } ({ $role }).
console-sign-out = Skrá út

## Innskráning

console-sign-in-title = Innskráning starfsfólks
console-name = Nafn
console-password = Lykilorð
console-sign-in = Skrá inn
console-login-csrf = Af öryggisástæðum skaltu skrá þig inn aftur.
console-login-rate-limited = Of margar innskráningartilraunir héðan. Bíddu í { $minutes } mínútur og reyndu aftur.
console-login-slow-down = Of margar misheppnaðar innskráningar héðan. Bíddu í { $seconds } sekúndur og reyndu aftur.
console-login-wrong = Nafnið eða lykilorðið er ekki rétt.
console-login-unreadable = Ekki tókst að lesa innskráningareyðublaðið.
console-logout-csrf = Af öryggisástæðum skaltu skrá þig út af síðu stjórnborðsins.

## Röðin

console-queue-empty = Ekkert bíður ákvörðunar.
console-queue-intro = Beiðnir sem bíða ákvörðunar: { $count }, elstu fyrst. Beiðnir þar sem frestur rennur út innan 7 daga eru merktar „Frestur að renna út“.
console-request = Beiðni
console-received = Móttekin
console-jurisdiction = Lögsaga
console-due = Frestur
console-overdue = Frestur liðinn
console-due-soon = Frestur að renna út
console-days-left =
    { $days ->
        [one] ({ $days } dagur eftir)
       *[other] ({ $days } dagar eftir)
    }

## Ein beiðni

console-request-title = Beiðni { $id }
console-errors-heading =
    { $count ->
        [one] Vinsamlegast athugaðu eftirfarandi atriði
       *[other] Vinsamlegast athugaðu eftirfarandi { $count } atriði
    }
console-status = Staða
console-email = Netfang
console-country = Land
console-decision-due = Frestur til ákvörðunar
console-extended-on = (framlengdur { $date })
console-decision = Ákvörðun
console-decision-text = Skráð sem { $status } { $date }
console-decision-rule = (regla { $rule })
console-decision-reason = Ástæða: { $reason }
console-person-wrote = Það sem viðkomandi skrifaði
console-person-impact = Hvaða áhrif vinnslan hefur á viðkomandi
console-person-details = Annað
console-nothing = Ekkert.
console-decide = Taka ákvörðun
console-honor = Samþykkja andmælin (gilda héðan í frá, frá því að viðkomandi staðfesti netfangið sitt)
console-decline = Hafna þeim
console-decline-reason = Ástæða höfnunar
console-decline-reason-hint = Nauðsynlegt til að hafna. Viðkomandi fær ástæðuna senda ásamt upplýsingum um rétt sinn til að kvarta til eftirlitsyfirvalds og leita til dómstóla.
console-decide-button = Skrá ákvörðunina og senda viðkomandi tölvupóst
console-extend = Framlengja frestinn
console-extend-intro = Aðeins einu sinni, um allt að tvo mánuði, þegar beiðnin er flókin eða margar berast í einu (3. mgr. 12. gr. almennu persónuverndarreglugerðarinnar). Viðkomandi fær nýju dagsetninguna og ástæðuna þína senda í tölvupósti strax, innan fyrsta mánaðarins.
console-extend-by = Um
console-choose = Veldu
console-one-month = 1 mánuð
console-two-months = 2 mánuði
console-extend-reason = Hvers vegna þarf lengri tíma
console-extend-button = Framlengja og senda viðkomandi tölvupóst
console-timeline = Tímalína
console-when = Hvenær
console-who = Hver
console-what = Hvað
console-change = Breyting
console-in-audit-log = Þessi beiðni í aðgerðaskránni
console-no-such-request = Engin beiðni er með þetta auðkenni.
console-form-unreadable = Ekki tókst að lesa eyðublaðið.
console-decide-csrf = Af öryggisástæðum skaltu taka ákvörðunina aftur á þessari síðu.
console-decline-reason-missing = Tilgreindu ástæðu höfnunar: viðkomandi fær hana ásamt upplýsingum um rétt sinn til að kvarta.
console-reason-too-long = Ástæðan þarf að vera styttri en { $max } stafir.
console-choose-decision = Veldu hvort á að samþykkja eða hafna.
console-not-decidable = Staða þessarar beiðni er { $status } og ekki er lengur hægt að taka ákvörðun um hana hér.
console-extend-csrf = Af öryggisástæðum skaltu framlengja frestinn aftur á þessari síðu.
console-choose-months = Veldu einn eða tvo mánuði.
console-extend-reason-missing = Tilgreindu ástæðuna: viðkomandi fær að vita hvers vegna við þurfum lengri tíma.
console-already-extended = Fresturinn hefur þegar verið framlengdur einu sinni; lögin heimila ekki aðra framlengingu.
console-too-late = Upphaflegi fresturinn er liðinn: tilkynna þurfti viðkomandi um framlengingu áður en hann rann út.
console-not-open = Þessi beiðni er ekki lengur opin og því er ekki hægt að færa frestinn.
console-no-extension = Reglur þessarar lögsögu heimila enga framlengingu.
console-shorter-extension = Reglur þessarar lögsögu heimila aðeins styttri framlengingu.

## Leit

console-search-title = Finna beiðni
console-search-label = Auðkenni beiðni eða netfang
console-search-hint = Netföng eru borin saman á sama hátt og í beiðnum: hástafir, lágstafir og bil skipta ekki máli.
console-search-bad = Sláðu inn auðkenni beiðni eða heilt netfang, t.d. nafn@example.com.
console-search-none = Engin beiðni hefur borist frá þessu netfangi.
console-search-found =
    { $count ->
        [one] { $count } beiðni frá þessu netfangi, nýjustu fyrst.
       *[other] { $count } beiðnir frá þessu netfangi, nýjustu fyrst.
    }

## Aðgerðaskráin

console-audit-intro = Allar stöðubreytingar, aðgerðir starfsfólks, útflutningar og síukeyrslur, nýjustu fyrst. Hver færsla inniheldur tætigildi (hash) fyrri færslu; „withhold audit verify“ sannreynir alla keðjuna.
console-audit-requests-only = Sem yfirlesari sérðu feril beiðna. Innskráningar, API-tókar, innflutningar og útflutningar eru aðeins sýnd stjórnendum.
console-kind = Tegund
console-actor = Gerandi
console-actor-hint = Til dæmis policy, person, system eða staff:NAFN.
console-request-id = Auðkenni beiðni
console-filter = Sía
console-clear = Hreinsa
console-export = Flytja alla skrána út sem JSON Lines
console-export-note = (fyrir eftirlitsyfirvald; „withhold audit verify --file“ sannreynir hana).
console-export-forbidden = Aðeins stjórnendur geta flutt aðgerðaskrána út.
console-audit-none = Engar færslur passa við síuna.
console-detail = Nánar
console-older = Eldri færslur

## Yfirlitið

console-states-heading = Beiðnir eftir stöðu ({ $total } alls)
console-states-chart = Beiðnir eftir stöðu
console-per-day-heading = Staðfest andmæli á dag eftir löndum ({ $total } á 30 dögum)
console-per-day-chart = Staðfest andmæli á dag eftir löndum, síðustu 30 daga
console-other-countries = Önnur lönd
console-latency-heading = Afgreiðslutími ákvarðana ({ $count } afgreiddar síðustu 90 daga)
console-latency-chart = Tími frá móttöku til ákvörðunar, síðustu 90 daga (klukkustundir)
console-latency-caption = Frá móttöku til ákvörðunar
console-by-state = Beiðnir eftir stöðu
console-filter-state = Staða
console-filter-any = Allar
console-filter-due-within = Frestur rennur út innan (daga)
console-filter-overdue = Aðeins fram yfir frest
console-sort = Raða eftir
console-sort-due = Frestur, sá næsti fyrst
console-sort-received = Móttekin, elsta fyrst
console-pages = Síður
console-page-of = Síða { $page } af { $pages }
console-previous = Fyrri síða
console-next = Næsta síða
console-next-in-queue = Næst í röðinni
console-decided-next = Ákvörðun vistuð. Þetta er næsta beiðni sem bíður ákvörðunar.
console-days-overdue = { $days ->
        [one] { $days } dagur fram yfir frest
       *[other] { $days } dagar fram yfir frest
    }
console-confirm-decline = Ég staðfesti höfnunina og ástæðuna sem viðkomandi mun lesa
console-confirm-decline-missing = Hakaðu í reitinn til að staðfesta höfnunina: viðkomandi fær að vita af henni strax og ákvörðunin er endanleg hér.
console-no-data = Engin gögn enn.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = sek.
console-unit-min = mín.
console-unit-h = klst.
console-unit-days = d.
console-risk-heading = Hætta á að frestur renni út ({ $count })
console-risk-none = Engin opin beiðni hefur frest sem rennur út innan 7 daga.
console-mail = Póstur
console-mail-counts = { $pending } bíða sendingar; ekki var hægt að afhenda { $dead } (óafhendanleg).
