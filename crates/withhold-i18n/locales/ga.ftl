### Withhold: Irish (Gaeilge). Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Dátaí

month-1 = Eanáir
month-2 = Feabhra
month-3 = Márta
month-4 = Aibreán
month-5 = Bealtaine
month-6 = Meitheamh
month-7 = Iúil
month-8 = Lúnasa
month-9 = Meán Fómhair
month-10 = Deireadh Fómhair
month-11 = Samhain
month-12 = Nollaig
date = { $day } { $month } { $year }
datetime = { $date } ag { $time } UTC

## Gach leathanach

site-tagline = Oiliúint IS agus d'fhaisnéis
skip-to-content = Téigh chuig an ábhar
language-switcher = Teanga
footer-about = Maidir le hoiliúint IS agus d'fhaisnéis
footer-object = Déan agóid
error-title = Earráid: { $title }
error-prefix = Earráid:
field-required = (riachtanach)
field-optional = (roghnach)
field-required-here = (riachtanach san áit a bhfuil cónaí ort)

## An fógra

notice-title = Conas a úsáidimid faisnéis chun IS a oiliúint
notice-heading = Conas a úsáidfimid faisnéis chun IS a oiliúint
notice-lead = Ó { $date } ar aghaidh, úsáidfidh { $operator } roinnt faisnéise chun intleacht shaorga (IS) a fhorbairt agus a fheabhsú. Tá sé de cheart agat agóid a dhéanamh, agus ní thógann sé ach nóiméad.
used-heading = An méid a úsáidfear
used-posts = Postálacha poiblí
used-photos = Grianghraif agus a bhfotheidil
used-ai-messages = Teachtaireachtaí a sheolann tú chuig ár gcúntóir IS
never-heading = An méid nach n-úsáidtear riamh
never-private-messages = Teachtaireachtaí príobháideacha le cairde agus le muintir
others-heading = Faisnéis fút a roinneann daoine eile
others-body = Fiú má dhéanann tú agóid, d'fhéadfadh faisnéis fút a bheith fós in ábhar a roinneann daoine eile, mar shampla grianghraf díot a phostálann duine eile, agus d'fhéadfaí an t-ábhar sin a úsáid.
right-heading = Do cheart agóid a dhéanamh
right-body = Má dhéanann tú agóid, fágfaimid gach rud a chruthaigh tú féin as gach tacar sonraí oiliúna IS a chruthóimid as sin amach, lena n-áirítear an méid a phostáil tú roimhe sin. Ní gá duit cúis a thabhairt, agus is féidir leat d'agóid a tharraingt siar am ar bith.
object-button = Déan agóid in aghaidh d'fhaisnéis a úsáid le haghaidh IS
availability-nowhere = Níl an fhoirm agóide ar fáil in aon tír faoi láthair.
availability-some = Tá an fhoirm agóide ar fáil do chónaitheoirí na dtíortha seo: { $countries }.

## An fhoirm

form-title = Déan agóid in aghaidh d'fhaisnéis a úsáid le haghaidh IS
form-intro = Inis dúinn cá bhfuil cónaí ort agus cad é do sheoladh ríomhphoist. Seolfaimid cód chugat i ríomhphost chun a dheimhniú gur leatsa an seoladh; ní dhéantar aon athbhreithniú roimhe sin.
form-errors-heading =
    { $count ->
        [one] Seiceáil é seo, le do thoil
        [two] Seiceáil an { $count } rud seo, le do thoil
        [few] Seiceáil na { $count } rud seo, le do thoil
        [many] Seiceáil na { $count } rud seo, le do thoil
       *[other] Seiceáil na { $count } rud seo, le do thoil
    }
form-country-label = Tír chónaithe
form-country-choose = Roghnaigh do thír
form-email-label = Seoladh ríomhphoist
form-email-hint = Seolaimid cód deimhnithe chuig an seoladh seo, agus ár gcinneadh níos déanaí.
form-impact-label = Cén tionchar atá ag an bpróiseáil seo ort?
form-impact-hint-required = Éilíonn rialacha do thíre é seo.
form-impact-hint-optional = Ní gá duit cúis a thabhairt: glacfar le d'agóid pé scéal é.
form-details-label = An bhfuil aon rud eile ar mhaith leat a insint dúinn?
form-length-limit = Suas le { $max } carachtar.
form-send = Seol
form-privacy = Coinnímid do sheoladh criptithe agus ní úsáidimid é ach don iarratas seo. Ní úsáidtear teachtaireachtaí príobháideacha riamh chun IS a oiliúint.
form-prefilled = Líonamar do shonraí isteach ó do nasc pearsanta. Seiceáil iad, agus ansin seol an fhoirm.
form-link-expired = Tá do nasc pearsanta imithe in éag, mar sin níl do shonraí líonta isteach. Is féidir leat agóid a dhéanamh fós: líon isteach an fhoirm thíos.
form-link-unusable = Níorbh fhéidir linn do nasc pearsanta a léamh (b'fhéidir gur gearradh nó gur athraíodh é), mar sin níl do shonraí líonta isteach. Is féidir leat agóid a dhéanamh fós: líon isteach an fhoirm thíos.
form-csrf = Ar mhaithe le do shlándáil, seiceáil d'fhreagraí agus seol an fhoirm arís.
form-unavailable = Níorbh fhéidir linn d'agóid a shábháil díreach anois: níl ár mbunachar sonraí ar fáil ar feadh tamaill ghearr agus níor sábháladh aon rud. Tá d'fhreagraí fós anseo; seol an fhoirm arís i gceann nóiméid.
rate-limited =
    { $minutes ->
        [one] Fuaireamar roinnt iarratas ón áit seo in achar gearr. Fan nóiméad agus seol arís: coinníodh an méid a scríobh tú.
        [two] Fuaireamar roinnt iarratas ón áit seo in achar gearr. Fan { $minutes } nóiméad agus seol arís: coinníodh an méid a scríobh tú.
        [few] Fuaireamar roinnt iarratas ón áit seo in achar gearr. Fan { $minutes } nóiméad agus seol arís: coinníodh an méid a scríobh tú.
        [many] Fuaireamar roinnt iarratas ón áit seo in achar gearr. Fan { $minutes } nóiméad agus seol arís: coinníodh an méid a scríobh tú.
       *[other] Fuaireamar roinnt iarratas ón áit seo in achar gearr. Fan { $minutes } nóiméad agus seol arís: coinníodh an méid a scríobh tú.
    }

## Nuair atá rud éigin mícheart le réimse

error-country-required = Roghnaigh do thír chónaithe.
error-country-invalid = Roghnaigh do thír ón liosta.
error-country-unavailable-nowhere = { $country }: níl an fhoirm agóide ar fáil do chónaitheoirí na tíre sin, ná in aon áit eile faoi láthair.
error-country-unavailable-except = { $country }: níl an fhoirm agóide ar fáil do chónaitheoirí na tíre sin. Tá sí ar fáil do chónaitheoirí gach tíre ach amháin: { $countries }.
error-country-unavailable-only = { $country }: níl an fhoirm agóide ar fáil do chónaitheoirí na tíre sin. Tá sí ar fáil do chónaitheoirí na dtíortha seo: { $countries }.
error-email-missing = Cuir isteach do sheoladh ríomhphoist.
error-email-too-long = Ní féidir le seoladh ríomhphoist a bheith níos faide ná 254 carachtar.
error-email-missing-at = Ní mór @ a bheith i seoladh ríomhphoist idir an t-ainm agus an fearann, mar shampla ainm@example.com.
error-email-local-too-long = Ní féidir leis an gcuid roimh an @ a bheith níos faide ná 64 carachtar.
error-email-local-invalid = Tá carachtar nó ponc sa chuid roimh an @ nach féidir a úsáid i seoltaí ríomhphoist.
error-email-domain-invalid = Níl fearann bailí sa chuid i ndiaidh an @ (mar shampla example.com).
error-impact-required = Tá sé seo riachtanach i do thír: inis dúinn cén tionchar atá ag an bpróiseáil ort.
error-too-long = Líon na gcarachtar: { $actual }; is é { $max } an uasteorainn.

## Nuair nach féidir an méid a sheol an brabhsálaí a léamh

unreadable-heading = Níorbh fhéidir linn é sin a léamh
unreadable-too-large = Tá an méid a sheol tú níos mó ná mar a ghlacaimid leis. Giorraigh é agus bain triail eile as.
unreadable-body = Níorbh fhéidir linn an méid a sheol do bhrabhsálaí a léamh. Téigh siar agus bain triail eile as.
back-to-form = Ar ais chuig an bhfoirm

## An seoladh a dheimhniú

confirm-title = Deimhnigh do sheoladh ríomhphoist
confirm-heading = Seiceáil do ríomhphost
confirm-intro =
    Sheolamar cód { $digits ->
        [one] { $digits } digit
        [two] { $digits } dhigit
        [few] { $digits } dhigit
        [many] { $digits } ndigit
       *[other] { $digits } digit
    } chuig an seoladh a thug tú. Cuir isteach anseo é chun d'agóid a dheimhniú. Oibríonn an cód ar feadh { $minutes } nóiméad.
confirm-code-label = Cód deimhnithe
confirm-button = Deimhnigh
confirm-no-email = Níor tháinig aon ríomhphost? Seiceáil d'fhillteán turscair, nó iarr cód nua. Tagann cód nua in áit an tseanchóid.
confirm-resend-button = Seol cód nua
confirm-wrong-address = Seoladh mícheart? Tosaigh arís leis an seoladh ceart.
start-again = Tosaigh arís
code-csrf = Ar mhaithe le do shlándáil, cuir isteach an cód arís.
code-missing = Cuir isteach an cód 6 dhigit ón ríomhphost.
code-malformed = Tá 6 dhigit sa chód, mar shampla 123456. Seiceáil an ríomhphost agus cuir isteach arís é.
code-wrong =
    { $left ->
        [one] Níl an cód sin ceart. Seiceáil an ríomhphost is déanaí uainn agus bain triail eile as ({ $left } iarracht fágtha).
        [two] Níl an cód sin ceart. Seiceáil an ríomhphost is déanaí uainn agus bain triail eile as ({ $left } iarracht fágtha).
        [few] Níl an cód sin ceart. Seiceáil an ríomhphost is déanaí uainn agus bain triail eile as ({ $left } iarracht fágtha).
        [many] Níl an cód sin ceart. Seiceáil an ríomhphost is déanaí uainn agus bain triail eile as ({ $left } n-iarracht fágtha).
       *[other] Níl an cód sin ceart. Seiceáil an ríomhphost is déanaí uainn agus bain triail eile as ({ $left } iarracht fágtha).
    }
code-locked = Cuireadh cód mícheart isteach an iomarca uaireanta, mar sin dhúnamar an t-iarratas seo ar mhaithe le do shlándáil. Tosaigh arís: ní thógann sé ach nóiméad.
code-expired = Tá an cód seo imithe in éag. Seol cód nua chugat féin leis an gcnaipe thíos, agus ansin cuir isteach anseo é.
resend-csrf = Ar mhaithe le do shlándáil, brúigh “Seol cód nua” arís.
resend-sent = Sheolamar cód nua chugat. Ní oibríonn na cóid a sheolamar roimhe seo a thuilleadh.
resend-too-many =
    { $minutes ->
        [one] Sheolamar cóid nua chugat cheana san uair an chloig seo caite ({ $count } san iomlán). Is féidir leat ceann eile a iarraidh i gceann nóiméid. Oibríonn an cód is déanaí fós go dtí go n-imíonn sé in éag.
        [two] Sheolamar cóid nua chugat cheana san uair an chloig seo caite ({ $count } san iomlán). Is féidir leat ceann eile a iarraidh i gceann { $minutes } nóiméad. Oibríonn an cód is déanaí fós go dtí go n-imíonn sé in éag.
        [few] Sheolamar cóid nua chugat cheana san uair an chloig seo caite ({ $count } san iomlán). Is féidir leat ceann eile a iarraidh i gceann { $minutes } nóiméad. Oibríonn an cód is déanaí fós go dtí go n-imíonn sé in éag.
        [many] Sheolamar cóid nua chugat cheana san uair an chloig seo caite ({ $count } san iomlán). Is féidir leat ceann eile a iarraidh i gceann { $minutes } nóiméad. Oibríonn an cód is déanaí fós go dtí go n-imíonn sé in éag.
       *[other] Sheolamar cóid nua chugat cheana san uair an chloig seo caite ({ $count } san iomlán). Is féidir leat ceann eile a iarraidh i gceann { $minutes } nóiméad. Oibríonn an cód is déanaí fós go dtí go n-imíonn sé in éag.
    }

## Iarratais nach féidir a thaispeáint

not-found-heading = Ní féidir linn an t-iarratas sin a aimsiú
not-found-body = B'fhéidir nach bhfuil an nasc iomlán. Úsáid an nasc is déanaí ónár ríomhphoist, nó déan agóid nua.
closed-heading = Tá an t-iarratas seo dúnta
closed-body = Níor deimhníodh é in am, nó cuireadh cód mícheart isteach an iomarca uaireanta. Is féidir leat agóid nua a dhéanamh: ní thógann sé ach nóiméad.
already-confirmed-heading = Tá an seoladh ríomhphoist seo deimhnithe cheana
already-confirmed-body = Níl aon rud eile le déanamh anseo. Taispeánann an nasc inár ríomhphoist stádas agus amlíne d'iarratais.
start-new-objection = Déan agóid nua
page-not-found-heading = Níor aimsíodh an leathanach
page-not-found-body = Níl aon rud ag an seoladh seo.
go-to-start = Téigh chuig an leathanach tosaigh
error-heading = Chuaigh rud éigin mícheart ar ár dtaobh
error-body = Níor críochnaíodh d'iarratas. Téigh siar agus bain triail eile as; má leanann sé ar aghaidh, bain triail eile as ar ball.
unavailable-heading = Ní féidir linn iarratais a ghlacadh faoi láthair
unavailable-body = Níl ár mbunachar sonraí ar fáil ar feadh tamaill ghearr. Níor cailleadh aon rud a sheol tú agus níor sábháladh aon rud go páirteach: téigh siar agus seol arís é i gceann nóiméid.

## Leathanach an stádais

status-title = D'agóid
status-label = Stádas
status-meaning = Cad is brí leis
status-email = Seoladh ríomhphoist
status-country = Tír chónaithe
status-received = Faighte
status-excluded-since = Fágtha as oiliúint IS ó
status-answer-by = Ní mór dúinn freagra a thabhairt faoi
status-decided-by = Cinneadh déanta ag
status-reason = Cúis
status-what-you-can-do = Cad is féidir leat a dhéanamh
status-pending = Ag fanacht go ndeimhneoidh tú do sheoladh ríomhphoist
status-pending-meaning = Cuir isteach an cód a sheolamar chugat i ríomhphost. Ní dhéantar aon athbhreithniú roimhe sin.
status-verified = Deimhnithe, cinneadh á dhéanamh
status-verified-meaning = Tá d'fhaisnéis fágtha as oiliúint IS cheana féin fad atá cinneadh á dhéanamh againn.
status-review = Á hathbhreithniú ag duine
status-review-meaning = Tá d'fhaisnéis fágtha as oiliúint IS cheana féin fad atá duine ag déanamh athbhreithnithe ar d'agóid. Tabharfaimid freagra faoi { $due }.
status-honored = Glactha léi
status-honored-meaning = I bhfeidhm as seo amach: fágtar an t-ábhar a chruthaigh tú (postálacha poiblí, grianghraif agus a bhfotheidil, teachtaireachtaí chuig ár gcúntóir IS) as gach tacar sonraí oiliúna IS a chruthaímid, lena n-áirítear an méid a phostáil tú roimhe seo. Ní úsáidtear teachtaireachtaí príobháideacha riamh. D'fhéadfadh faisnéis fút a bheith fós in ábhar a roinneann daoine eile.
status-declined = Diúltaithe
status-declined-meaning = Níor glacadh le d'agóid. Tá an chúis, agus an méid is féidir leat a dhéanamh, thíos.
status-withdrawn = Tarraingthe siar
status-withdrawn-meaning = Tharraing tú d'agóid siar. D'fhéadfadh ábhar a chruthaigh tú a bheith sna tacair sonraí a cruthaíodh ó shin; fanann na tacair a cruthaíodh fad a bhí sí i bhfeidhm gan é.
status-closed = Dúnta
status-closed-meaning = Dúnadh an t-iarratas seo gan an seoladh ríomhphoist a bheith deimhnithe. Is féidir leat agóid a dhéanamh arís am ar bith.
status-notice-confirmed = Go raibh maith agat: tá do sheoladh ríomhphoist deimhnithe.
status-notice-already = Tá agóid i bhfeidhm agat cheana, mar sin níor osclaíomar an dara ceann. Seo í.
status-notice-withdrawn = Tá d'agóid tarraingthe siar. Sheolamar deimhniú chugat i ríomhphost.
withdraw-button = Tarraing siar m'agóid
object-again = Déan agóid arís
timeline-heading = Amlíne
status-keep-private = Coinnigh an nasc chuig an leathanach seo príobháideach: is féidir le duine ar bith a bhfuil sé aige an leathanach seo a fheiceáil agus d'agóid a tharraingt siar.

## An amlíne

event-received = Fuaireamar d'agóid.
event-code-sent = Sheolamar cód deimhnithe chugat i ríomhphost.
event-code-resent = Sheolamar cód deimhnithe nua chugat i ríomhphost.
event-code-rejected = Cuireadh cód deimhnithe mícheart isteach.
event-verified = Dheimhnigh tú do sheoladh ríomhphoist. Ón nóiméad seo, tá d'fhaisnéis fágtha as oiliúint IS.
event-honored = Glacadh le d'agóid, agus tá sí i bhfeidhm as seo amach. Riail: { $rule }.
event-sent-to-review = Cuireadh d'agóid faoi bhráid duine le haghaidh athbhreithnithe: { $reason }.
review-reason-form-closed = ní thairgtear an fhoirm agóide a thuilleadh san áit a bhfuil cónaí ort, mar sin is duine a dhéanann an cinneadh
review-reason-always = i do dhlínse, féachann duine ar gach agóid
review-reason-statement = léann duine an ráiteas a thug tú sula ndéantar cinneadh
event-declined = Níor glacadh le d'agóid.
event-withdrawn = Tharraing tú d'agóid siar.
event-expired-wrong-codes = Dúnadh an t-iarratas tar éis an iomarca cód mícheart.
event-expired-unconfirmed = Dúnadh an t-iarratas toisc nár deimhníodh an seoladh ríomhphoist in am.
event-repeat-confirmed = Dheimhnigh tú iarratas nua; bhí an agóid seo i bhfeidhm cheana, mar sin níor osclaíodh an dara ceann.
event-deadline-extended = Chuireamar síneadh leis an spriocdháta dár gcinneadh go dtí { $due }. An chúis: { $reason }
event-other = Tharla rud éigin eile maidir le d'iarratas.

## Tarraingt siar

withdraw-title = Tarraing siar d'agóid
withdraw-heading = An bhfuil tú ag iarraidh d'agóid a tharraingt siar?
withdraw-body = Má tharraingíonn tú siar í, d'fhéadfadh ábhar a chruthaigh tú a bheith sna tacair sonraí oiliúna IS a chruthóimid as seo amach: postálacha poiblí, grianghraif agus a bhfotheidil, agus teachtaireachtaí chuig ár gcúntóir IS. Fanann na tacair sonraí a cruthaíodh fad a bhí d'agóid i bhfeidhm gan é. Ní úsáidtear teachtaireachtaí príobháideacha riamh.
withdraw-again = Is féidir leat agóid a dhéanamh arís am ar bith.
keep-objection = Coinnigh m'agóid

## Ríomhphost: coitianta

mail-hello = Dia duit,
mail-footer = Sheol { $operator } an teachtaireacht seo go huathoibríoch. Ní léitear freagraí uirthi.
mail-receipt = Tá admháil ar an gcinneadh seo, sínithe ag { $operator }, ceangailte leis an teachtaireacht seo ({ $file }). Coinnigh í: cruthaíonn sí cad a cinneadh agus cathain. Is féidir le duine ar bith í a sheiceáil lenár n-eochair phoiblí, atá ar fáil ag
mail-follow = Lean d'iarratas anseo:
mail-timeline = Féach an amlíne ar fad anseo:

## Ríomhphost: an cód deimhnithe

mail-code-subject = Do chód deimhnithe do { $operator }
mail-code-intro = D'iarr duine éigin (tusa, tá súil againn) ar { $operator } gan faisnéis faoin duine sin a úsáid chun IS a oiliúint, agus tugadh an seoladh ríomhphoist seo.
mail-code-code = Is é do chód deimhnithe: { $code }
mail-code-where = Cuir isteach é ar an leathanach inar rinne tú an t-iarratas. Oibríonn sé ar feadh { $minutes } nóiméad.
mail-code-ignore = Murarbh tusa a bhí ann, is féidir leat neamhaird a dhéanamh den ríomhphost seo: ní tharlóidh aon rud go dtí go gcuirfear an cód isteach.
mail-code-enter-here = Is féidir leat é a chur isteach anseo freisin:

## Ríomhphost: glacadh léi

mail-honored-subject = Glacadh le d'agóid in aghaidh oiliúna IS
mail-honored-intro = Glacadh le d'agóid in aghaidh { $operator } a bheith ag úsáid d'fhaisnéise chun IS a oiliúint.
mail-honored-means = Cad is brí leis seo, i bhfeidhm as seo amach:
mail-honored-datasets = Fágtar an t-ábhar a chruthaigh tú as gach tacar sonraí oiliúna IS a chruthóimid as seo amach: do phostálacha poiblí, do ghrianghraif agus a bhfotheidil, agus na teachtaireachtaí a sheolann tú chuig ár gcúntóir IS. Áirítear leis seo an méid a phostáil tú roimh inniu.
mail-honored-since = Tá sé i bhfeidhm ó dheimhnigh tú do sheoladh ríomhphoist ar { $date }.
mail-honored-private = Ní úsáidtear teachtaireachtaí príobháideacha le cairde agus le muintir riamh chun IS a oiliúint, agóid nó gan agóid.
mail-honored-others = D'fhéadfadh faisnéis fút a bheith fós in ábhar a roinneann daoine eile.
mail-honored-how = Conas a rinneadh an cinneadh: { $basis } (riail { $rule }).
mail-honored-link = Féach an amlíne ar fad, nó tarraing siar d'agóid, anseo:

## Ríomhphost: á hathbhreithniú

mail-review-subject = Tá d'agóid in aghaidh oiliúna IS á hathbhreithniú
mail-review-intro = Go raibh maith agat as do sheoladh ríomhphoist a dheimhniú. Déanfaidh duine ag { $operator } athbhreithniú ar d'agóid in aghaidh d'fhaisnéis a úsáid chun IS a oiliúint.
mail-review-excluded = Fad atá sí á hathbhreithniú, tá d'fhaisnéis fágtha as oiliúint IS cheana féin (ó { $date }).
mail-review-why = An fáth a ndéanann duine athbhreithniú uirthi: { $reason }
mail-review-due = Gheobhaidh tú ár bhfreagra faoi { $due } ar a dhéanaí.

## Ríomhphost: diúltaithe

mail-declined-subject = An cinneadh ar d'agóid in aghaidh oiliúna IS
mail-declined-intro = Rinne { $operator } athbhreithniú ar d'agóid in aghaidh d'fhaisnéis a úsáid chun IS a oiliúint, agus níor glacadh léi.
mail-declined-reason = An chúis: { $reason }
mail-declined-used-again = Úsáidtear d'fhaisnéis arís chun IS a oiliúint ó { $date } ar aghaidh.
mail-declined-complain = Cad is féidir leat a dhéanamh: { $complaint }
mail-object-again = Is féidir leat agóid a dhéanamh arís am ar bith freisin: { $url }

## Ríomhphost: tarraingthe siar

mail-withdrawn-subject = Tharraing tú siar d'agóid in aghaidh oiliúna IS
mail-withdrawn-intro = Tharraing tú siar d'agóid in aghaidh { $operator } a bheith ag úsáid d'fhaisnéise chun IS a oiliúint.
mail-withdrawn-forward = As seo amach, d'fhéadfadh ábhar a chruthaigh tú a bheith sna tacair sonraí oiliúna IS a chruthófar ó { $date } ar aghaidh. Fanann na tacair sonraí a cruthaíodh fad a bhí d'agóid i bhfeidhm gan é. Ní úsáidtear teachtaireachtaí príobháideacha riamh.
mail-withdrawn-again = Is féidir leat agóid a dhéanamh arís am ar bith: { $url }
mail-withdrawn-not-you = Murar tharraing tú siar d'agóid, déan agóid arís ag an seoladh thuas agus inis dúinn faoi san fhoirm.

## Ríomhphost: síneadh leis an spriocdháta

mail-extended-subject = Tá tuilleadh ama ag teastáil uainn chun cinneadh a dhéanamh ar d'agóid
mail-extended-intro = Tá tuilleadh ama ag teastáil uainn chun cinneadh a dhéanamh ar d'agóid in aghaidh d'fhaisnéis a úsáid chun IS a oiliúint. Gheobhaidh tú ár bhfreagra anois faoi { $due } ar a dhéanaí (bhí sé le teacht faoi { $was }).
mail-extended-why = An fáth a bhfuil tuilleadh ama ag teastáil uainn: { $reason }
mail-extended-excluded = Fanann d'fhaisnéis fágtha as oiliúint IS fad atá cinneadh á dhéanamh againn.
mail-extended-law = Ceadaíonn an dlí an síneadh seo uair amháin, suas le dhá mhí, nuair atá iarratas casta nó nuair a thagann go leor iarratas isteach ag an am céanna; ní mór dúinn é sin a chur in iúl duit laistigh den chéad mhí, mar a dhéanaimid anois. Mura n-aontaíonn tú leis, is féidir leat gearán a dhéanamh le húdarás maoirseachta: { $complaint }

## Ríomhphost: an fógra

mail-notice-subject = Conas a úsáidfidh { $operator } faisnéis chun IS a oiliúint, agus do cheart agóid a dhéanamh
mail-notice-intro = Ó { $date } ar aghaidh, úsáidfidh { $operator } roinnt faisnéise chun intleacht shaorga (IS) a fhorbairt agus a fheabhsú.
mail-notice-used = An méid a úsáidfear:
mail-notice-never = An méid nach n-úsáidtear riamh:
mail-notice-right = Tá sé de cheart agat agóid a dhéanamh. Ní thógann sé ach nóiméad, ní gá duit cúis a thabhairt, agus is féidir leat d'agóid a tharraingt siar am ar bith. Má dhéanann tú agóid, fágfar gach rud a chruthaigh tú as gach tacar sonraí oiliúna IS a chruthóimid as sin amach, lena n-áirítear an méid a phostáil tú roimhe sin.
mail-notice-link = Déan agóid le do nasc pearsanta (líonann sé do shonraí isteach; oibríonn sé go dtí { $expires }):
mail-notice-form = Nó úsáid an fhoirm gan é: { $url }
mail-notice-others = Fiú má dhéanann tú agóid, d'fhéadfadh faisnéis fút a bheith fós in ábhar a roinneann daoine eile, mar shampla grianghraf díot a phostálann duine eile.
