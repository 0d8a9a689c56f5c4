### The staff console: Irish (Gaeilge). Every other language has exactly these ids.

console-nav = Consól
console-queue = Scuaine athbhreithnithe
console-dashboard = Deais
console-audit = Loga iniúchta
console-search = Cuardach
console-signed-in-as = Sínithe isteach mar { $user } ({ $role }).
console-sign-out = Sínigh amach

## Síniú isteach

console-sign-in-title = Síniú isteach don fhoireann
console-name = Ainm
console-password = Pasfhocal
console-sign-in = Sínigh isteach
console-login-csrf = Ar mhaithe le do shlándáil, sínigh isteach arís.
console-login-rate-limited = An iomarca iarrachtaí síniú isteach ón áit seo. Fan { $minutes } nóiméad agus bain triail eile as.
console-login-slow-down =
    { $seconds ->
        [one] An iomarca iarrachtaí síniú isteach ón áit seo nár éirigh leo. Fan { $seconds } soicind agus bain triail eile as.
        [two] An iomarca iarrachtaí síniú isteach ón áit seo nár éirigh leo. Fan { $seconds } shoicind agus bain triail eile as.
        [few] An iomarca iarrachtaí síniú isteach ón áit seo nár éirigh leo. Fan { $seconds } shoicind agus bain triail eile as.
       *[other] An iomarca iarrachtaí síniú isteach ón áit seo nár éirigh leo. Fan { $seconds } soicind agus bain triail eile as.
    }
console-login-wrong = Níl an t-ainm nó an pasfhocal ceart.
console-login-unreadable = Níorbh fhéidir an fhoirm síniú isteach a léamh.
console-logout-csrf = Ar mhaithe le do shlándáil, sínigh amach ó leathanach an chonsóil.

## An scuaine

console-queue-empty = Níl aon rud ag fanacht le cinneadh.
console-queue-intro = Iarratais ag fanacht le cinneadh: { $count }, an ceann is sine ar dtús. Tá iarratais a bhfuil a spriocdháta laistigh de 7 lá marcáilte “Spriocdháta gar”.
console-request = Iarratas
console-received = Faighte
console-jurisdiction = Dlínse
console-due = Spriocdháta
console-overdue = Thar an spriocdháta
console-due-soon = Spriocdháta gar
console-days-left = ({ $days } lá fágtha)

## Iarratas

console-request-title = Iarratas { $id }
console-errors-heading =
    { $count ->
        [one] Seiceáil é seo, le do thoil
        [two] Seiceáil an { $count } rud seo, le do thoil
        [few] Seiceáil na { $count } rud seo, le do thoil
        [many] Seiceáil na { $count } rud seo, le do thoil
       *[other] Seiceáil na { $count } rud seo, le do thoil
    }
console-status = Stádas
console-email = Ríomhphost
console-country = Tír
console-decision-due = Spriocdháta an chinnidh
console-extended-on = (síneadh curtha leis ar { $date })
console-decision = Cinneadh
console-decision-text = { $status } ar { $date }
console-decision-rule = (riail { $rule })
console-decision-reason = Cúis: { $reason }
console-person-wrote = An méid a scríobh an duine
console-person-impact = An tionchar atá ag an bpróiseáil ar an duine
console-person-details = Aon rud eile
console-nothing = Faic.
console-decide = Cinneadh a dhéanamh
console-honor = Glac leis an agóid (i bhfeidhm as seo amach, ón uair a deimhníodh an seoladh)
console-decline = Diúltaigh di
console-decline-reason = Cúis an diúltaithe
console-decline-reason-hint = Riachtanach chun diúltú. Gheobhaidh an duine í mar aon le heolas faoin gceart gearán a dhéanamh le húdarás maoirseachta agus dul chun cúirte.
console-decide-button = Taifead an cinneadh agus cuir ríomhphost chuig an duine
console-extend = Cuir síneadh leis an spriocdháta
console-extend-intro = Ní cheadaítear ach síneadh amháin, suas le dhá mhí, nuair atá an t-iarratas casta nó nuair a thagann go leor iarratas isteach ag an am céanna (Airteagal 12(3) den RGCS). Seoltar an dáta nua agus do chúis chuig an duine i ríomhphost anois, laistigh den chéad mhí.
console-extend-by = Fad an tsínidh
console-choose = Roghnaigh
console-one-month = Mí amháin
console-two-months = Dhá mhí
console-extend-reason = An fáth a bhfuil tuilleadh ama ag teastáil
console-extend-button = Cuir síneadh leis agus cuir ríomhphost chuig an duine
console-timeline = Amlíne
console-when = Cathain
console-who = Cé
console-what = Cad
console-change = Athrú
console-in-audit-log = An t-iarratas seo sa loga iniúchta
console-no-such-request = Níl aon iarratas ann leis an aitheantas seo.
console-form-unreadable = Níorbh fhéidir an fhoirm a léamh.
console-decide-csrf = Ar mhaithe le do shlándáil, déan an cinneadh arís ar an leathanach seo.
console-decline-reason-missing = Tabhair cúis an diúltaithe: insítear don duine í, mar aon leis an gceart gearán a dhéanamh.
console-reason-too-long = Coinnigh an chúis faoi { $max } carachtar.
console-choose-decision = Roghnaigh glacadh léi nó diúltú di.
console-not-decidable = Is é { $status } stádas an iarratais seo, agus ní féidir cinneadh a dhéanamh air anseo a thuilleadh.
console-extend-csrf = Ar mhaithe le do shlándáil, cuir síneadh leis an spriocdháta arís ar an leathanach seo.
console-choose-months = Roghnaigh mí amháin nó dhá mhí.
console-extend-reason-missing = Tabhair an chúis: insítear don duine cén fáth a bhfuil tuilleadh ama ag teastáil uainn.
console-already-extended = Cuireadh síneadh leis an spriocdháta uair amháin cheana; ní cheadaíonn an dlí an dara síneadh.
console-too-late = Tá an spriocdháta bunaidh caite: bhí ar an síneadh a bheith curtha in iúl don duine roimhe sin.
console-not-open = Níl an t-iarratas seo oscailte a thuilleadh, mar sin ní féidir a spriocdháta a athrú.
console-no-extension = Ní cheadaíonn rialacha na dlínse seo aon síneadh.
console-shorter-extension = Ní cheadaíonn rialacha na dlínse seo ach síneadh níos giorra.

## Cuardach

console-search-title = Aimsigh iarratas
console-search-label = Aitheantas iarratais nó seoladh ríomhphoist
console-search-hint = Meaitseáiltear seoltaí ar an mbealach céanna le hiarratais: is cuma faoi chás na litreacha ná faoi spásanna.
console-search-bad = Cuir isteach aitheantas iarratais nó seoladh ríomhphoist iomlán, mar shampla ainm@example.com.
console-search-none = Níor rinneadh aon iarratas ón seoladh seo.
console-search-found = Iarratais ón seoladh seo: { $count }, an ceann is déanaí ar dtús.

## An loga iniúchta

console-audit-intro = Gach athrú stádais, gníomh foirne, easpórtáil agus rith scagaire, an ceann is déanaí ar dtús. Tá haiséa den iontráil roimpi i ngach iontráil; seiceálann “withhold audit verify” an slabhra ar fad.
console-audit-requests-only = Mar athbhreithneoir, feiceann tú stair na n-iarratas. Ní thaispeántar sínithe isteach, comharthaí API, iompórtálacha ná easpórtálacha ach do riarthóirí.
console-kind = Cineál
console-actor = Gníomhaí
console-actor-hint = Mar shampla policy, person, system nó staff:AINM.
console-request-id = Aitheantas iarratais
console-filter = Scag
console-clear = Glan
console-export = Easpórtáil an loga ar fad mar JSON Lines
console-export-note = (do rialtóir; seiceálann “withhold audit verify --file” é).
console-export-forbidden = Ní féidir ach le riarthóirí an loga iniúchta a easpórtáil.
console-audit-none = Níl aon iontráil ag teacht leis.
console-detail = Mionsonraí
console-older = Iontrálacha níos sine

## An deais

console-states-heading = Iarratais de réir stádais ({ $total } san iomlán)
console-states-chart = Iarratais de réir stádais
console-per-day-heading = Agóidí deimhnithe in aghaidh an lae de réir tíre ({ $total } le 30 lá anuas)
console-per-day-chart = Agóidí deimhnithe in aghaidh an lae de réir tíre, le 30 lá anuas
console-other-countries = Tíortha eile
console-latency-heading = Aga cinnidh (cinntí le 90 lá anuas: { $count })
console-latency-chart = An t-am ón bhfáil go dtí an cinneadh, le 90 lá anuas (uaireanta an chloig)
console-latency-caption = Ón bhfáil go dtí an cinneadh
console-by-state = Iarratais de réir stádais
console-filter-state = Stádas
console-filter-any = Aon cheann
console-filter-due-within = Spriocdháta laistigh de (laethanta)
console-filter-overdue = Thar an spriocdháta amháin
console-sort = Sórtáil de réir
console-sort-due = Spriocdháta, an ceann is gaire ar dtús
console-sort-received = Faighte, an ceann is sine ar dtús
console-pages = Leathanaigh
console-page-of = Leathanach { $page } de { $pages }
console-previous = An leathanach roimhe seo
console-next = An chéad leathanach eile
console-next-in-queue = An chéad cheann eile sa scuaine
console-decided-next = Sábháladh an cinneadh. Seo an chéad iarratas eile atá ag fanacht ar chinneadh.
console-days-overdue = { $days ->
        [one] { $days } lá thar an spriocdháta
        [two] { $days } lá thar an spriocdháta
        [few] { $days } lá thar an spriocdháta
        [many] { $days } lá thar an spriocdháta
       *[other] { $days } lá thar an spriocdháta
    }
console-confirm-decline = Deimhním an diúltú agus an chúis a léifidh an duine
console-confirm-decline-missing = Cuir tic sa bhosca chun an diúltú a dheimhniú: cuirtear an duine ar an eolas láithreach agus is cinneadh críochnaitheach é anseo.
console-no-data = Níl aon sonraí ann fós.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = lá
console-risk-heading = I mbaol an spriocdháta a chailleadh ({ $count })
console-risk-none = Níl spriocdháta aon iarratais oscailte laistigh de 7 lá.
console-mail = Post
console-mail-counts = Ag fanacht le seoladh: { $pending }; níorbh fhéidir a sheachadadh (litreacha marbha): { $dead }.
