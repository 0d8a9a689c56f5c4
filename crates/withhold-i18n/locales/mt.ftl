### Withhold: Malti. Il-katalgi l-oħra kollha għandhom eżattament dawn l-identifikaturi tal-messaġġi
### (jiċċekkjahom crates/withhold-i18n/tests/catalogues.rs).

## Dati

month-1 = Jannar
month-2 = Frar
month-3 = Marzu
month-4 = April
month-5 = Mejju
month-6 = Ġunju
month-7 = Lulju
month-8 = Awwissu
month-9 = Settembru
month-10 = Ottubru
month-11 = Novembru
month-12 = Diċembru
date = { $day } ta’ { $month } { $year }
datetime = { $date }, { $time } UTC

## F’kull paġna

site-tagline = It-taħriġ tal-IA u l-informazzjoni tiegħek
skip-to-content = Aqbeż għall-kontenut
language-switcher = Lingwa
footer-about = Dwar it-taħriġ tal-IA u l-informazzjoni tiegħek
footer-object = Oġġezzjona
error-title = Żball: { $title }
error-prefix = Żball:
field-required = (obbligatorju)
field-optional = (fakultattiv)
field-required-here = (obbligatorju fil-pajjiż fejn tgħix)

## L-avviż

notice-title = Kif nużaw l-informazzjoni biex inħarrġu l-IA
notice-heading = Kif se nużaw l-informazzjoni biex inħarrġu l-IA
notice-lead = Minn { $date }, { $operator } se tuża ċerta informazzjoni biex tiżviluppa u ttejjeb l-intelliġenza artifiċjali (IA) tagħha. Għandek id-dritt li toġġezzjona, u jieħu minuta biss.
used-heading = X’se jintuża
used-posts = Posts pubbliċi
used-photos = Ritratti u d-deskrizzjonijiet tagħhom
used-ai-messages = Messaġġi li tibgħat lill-assistent tal-IA tagħna
never-heading = X’qatt ma jintuża
never-private-messages = Messaġġi privati mal-ħbieb u l-familja
others-heading = Informazzjoni dwarek li jaqsmu oħrajn
others-body = Anki jekk toġġezzjona, informazzjoni dwarek xorta tista’ tidher f’kontenut li jaqsmu nies oħra, bħal ritratt tiegħek li jtella’ xi ħadd ieħor, u dak il-kontenut jista’ jintuża.
right-heading = Id-dritt tiegħek li toġġezzjona
right-body = Jekk toġġezzjona, neskludu dak kollu li ħloqt int minn kull sett ta’ data għat-taħriġ tal-IA li nibnu minn dak il-mument ’il quddiem, inkluż dak li tellajt qabel. M’għandekx għalfejn tagħti raġuni, u tista’ tirtira l-oġġezzjoni tiegħek meta trid.
object-button = Oġġezzjona għall-użu tal-informazzjoni tiegħek għall-IA
availability-nowhere = Bħalissa l-formola tal-oġġezzjoni mhix disponibbli f’ebda pajjiż.
availability-some = Il-formola tal-oġġezzjoni hija disponibbli għal min jgħix f’dawn il-pajjiżi: { $countries }.

## Il-formola

form-title = Oġġezzjona għall-użu tal-informazzjoni tiegħek għall-IA
form-intro = Għidilna fejn tgħix u x’inhu l-indirizz tal-email tiegħek. Nibagħtulek kodiċi bl-email biex tikkonferma li l-indirizz huwa tiegħek; ma jiġi eżaminat xejn qabel dan.
form-errors-heading =
    { $count ->
        [one] Jekk jogħġbok iċċekkja dan il-punt
        [two] Jekk jogħġbok iċċekkja dawn iż-żewġ punti
        [few] Jekk jogħġbok iċċekkja dawn il-punti ({ $count })
        [many] Jekk jogħġbok iċċekkja dawn il-punti ({ $count })
       *[other] Jekk jogħġbok iċċekkja dawn il-punti ({ $count })
    }
form-country-label = Pajjiż ta’ residenza
form-country-choose = Agħżel il-pajjiż tiegħek
form-email-label = Indirizz tal-email
form-email-hint = Hawn nibagħtulek kodiċi ta’ konferma, u aktar tard id-deċiżjoni tagħna.
form-impact-label = Kif jaffettwak dan l-ipproċessar?
form-impact-hint-required = Ir-regoli tal-pajjiż tiegħek jitolbu dan.
form-impact-hint-optional = M’għandekx għalfejn tagħti raġuni: l-oġġezzjoni tiegħek tiġi rispettata xorta waħda.
form-details-label = Hemm xi ħaġa oħra li tixtieq tgħidilna?
form-length-limit =
    { $max ->
        [one] Sa { $max } karattru.
        [two] Sa { $max } karattri.
        [few] Sa { $max } karattri.
        [many] Sa { $max }-il karattru.
       *[other] Sa { $max } karattru.
    }
form-send = Ibgħat
form-privacy = Inżommu l-indirizz tiegħek kriptat u nużawh biss għal din it-talba. Il-messaġġi privati qatt ma jintużaw biex titħarreġ l-IA.
form-prefilled = Imlejna d-dettalji tiegħek mil-link personali tiegħek. Iċċekkjahom, imbagħad ibgħat il-formola.
form-link-expired = Il-link personali tiegħek skadiet, għalhekk id-dettalji tiegħek mhumiex mimlija. Xorta tista’ toġġezzjona: imla l-formola hawn taħt.
form-link-unusable = Ma stajniex naqraw il-link personali tiegħek (forsi nqatgħet jew inbidlet), għalhekk id-dettalji tiegħek mhumiex mimlija. Xorta tista’ toġġezzjona: imla l-formola hawn taħt.
form-csrf = Għas-sigurtà tiegħek, jekk jogħġbok iċċekkja t-tweġibiet tiegħek, imbagħad ibgħat il-formola mill-ġdid.
form-unavailable = Ma stajniex naħżnu l-oġġezzjoni tiegħek bħalissa: id-database tagħna mhix disponibbli għal ftit ħin u ma nħażen xejn. It-tweġibiet tiegħek għadhom hawn; ibgħat il-formola mill-ġdid fi żmien minuta.
rate-limited =
    { $minutes ->
        [one] Irċevejna diversi talbiet minn hawn fi żmien qasir. Stenna minuta, imbagħad ibgħat mill-ġdid: dak li ktibt jinżamm.
        [two] Irċevejna diversi talbiet minn hawn fi żmien qasir. Stenna minutejn, imbagħad ibgħat mill-ġdid: dak li ktibt jinżamm.
        [few] Irċevejna diversi talbiet minn hawn fi żmien qasir. Stenna { $minutes } minuti, imbagħad ibgħat mill-ġdid: dak li ktibt jinżamm.
        [many] Irċevejna diversi talbiet minn hawn fi żmien qasir. Stenna { $minutes }-il minuta, imbagħad ibgħat mill-ġdid: dak li ktibt jinżamm.
       *[other] Irċevejna diversi talbiet minn hawn fi żmien qasir. Stenna { $minutes } minuta, imbagħad ibgħat mill-ġdid: dak li ktibt jinżamm.
    }

## X’inhu ħażin f’qasam

error-country-required = Agħżel il-pajjiż ta’ residenza tiegħek.
error-country-invalid = Agħżel il-pajjiż tiegħek mil-lista.
error-country-unavailable-nowhere = Il-formola tal-oġġezzjoni mhix disponibbli għal min jgħix f’pajjiżek ({ $country }), u bħalissa lanqas imkien ieħor.
error-country-unavailable-except = Il-formola tal-oġġezzjoni mhix disponibbli għal min jgħix f’pajjiżek ({ $country }). Hija disponibbli għar-residenti ta’ kull pajjiż ħlief: { $countries }.
error-country-unavailable-only = Il-formola tal-oġġezzjoni mhix disponibbli għal min jgħix f’pajjiżek ({ $country }). Hija disponibbli għal min jgħix f’dawn il-pajjiżi: { $countries }.
error-email-missing = Daħħal l-indirizz tal-email tiegħek.
error-email-too-long = Indirizz tal-email ma jistax ikun itwal minn 254 karattru.
error-email-missing-at = Indirizz tal-email jeħtieġ @ bejn l-isem u d-dominju, bħal isem@example.com.
error-email-local-too-long = Il-parti ta’ qabel il-@ ma tistax tkun itwal minn 64 karattru.
error-email-local-invalid = Il-parti ta’ qabel il-@ fiha karattru jew tikka li ma jistgħux jintużaw f’indirizz tal-email.
error-email-domain-invalid = Il-parti ta’ wara l-@ mhix dominju validu, bħal example.com.
error-impact-required = Dan huwa obbligatorju fil-pajjiż tiegħek: għidilna kif jaffettwak l-ipproċessar.
error-too-long =
    { $actual ->
        [one] Dan fih { $actual } karattru; il-limitu huwa { $max }.
        [two] Dan fih { $actual } karattri; il-limitu huwa { $max }.
        [few] Dan fih { $actual } karattri; il-limitu huwa { $max }.
        [many] Dan fih { $actual }-il karattru; il-limitu huwa { $max }.
       *[other] Dan fih { $actual } karattru; il-limitu huwa { $max }.
    }

## Meta ma nistgħux naqraw dak li bagħat il-browser

unreadable-heading = Ma stajniex naqrawh
unreadable-too-large = Dak li bgħatt huwa akbar minn dak li naċċettaw. Qassru u erġa’ pprova.
unreadable-body = Ma stajniex naqraw dak li bagħat il-browser tiegħek. Mur lura u erġa’ pprova.
back-to-form = Lura għall-formola

## Il-konferma tal-indirizz

confirm-title = Ikkonferma l-indirizz tal-email tiegħek
confirm-heading = Iċċekkja l-email tiegħek
confirm-intro =
    { $minutes ->
        [one] Bgħatnielek kodiċi ta’ { $digits } ċifri fl-indirizz li tajtna. Daħħlu hawn biex tikkonferma l-oġġezzjoni tiegħek. Il-kodiċi jaħdem għal minuta.
        [two] Bgħatnielek kodiċi ta’ { $digits } ċifri fl-indirizz li tajtna. Daħħlu hawn biex tikkonferma l-oġġezzjoni tiegħek. Il-kodiċi jaħdem għal minutejn.
        [few] Bgħatnielek kodiċi ta’ { $digits } ċifri fl-indirizz li tajtna. Daħħlu hawn biex tikkonferma l-oġġezzjoni tiegħek. Il-kodiċi jaħdem għal { $minutes } minuti.
        [many] Bgħatnielek kodiċi ta’ { $digits } ċifri fl-indirizz li tajtna. Daħħlu hawn biex tikkonferma l-oġġezzjoni tiegħek. Il-kodiċi jaħdem għal { $minutes }-il minuta.
       *[other] Bgħatnielek kodiċi ta’ { $digits } ċifri fl-indirizz li tajtna. Daħħlu hawn biex tikkonferma l-oġġezzjoni tiegħek. Il-kodiċi jaħdem għal { $minutes } minuta.
    }
confirm-code-label = Kodiċi ta’ konferma
confirm-button = Ikkonferma
confirm-no-email = Ma rċevejtx email? Iċċekkja l-folder tal-ispam, jew itlob kodiċi ġdid. Kodiċi ġdid jieħu post il-qadim.
confirm-resend-button = Ibgħat kodiċi ġdid
confirm-wrong-address = Indirizz ħażin? Ibda mill-ġdid bl-indirizz it-tajjeb.
start-again = Ibda mill-ġdid
code-csrf = Għas-sigurtà tiegħek, daħħal il-kodiċi mill-ġdid.
code-missing = Daħħal il-kodiċi ta’ 6 ċifri li hemm fl-email.
code-malformed = Il-kodiċi fih 6 ċifri, bħal 123456. Iċċekkja l-email u daħħlu mill-ġdid.
code-wrong =
    { $left ->
        [one] Dan il-kodiċi mhux korrett. Iċċekkja l-aħħar email li bgħatnielek u erġa’ pprova (fadallek tentattiv wieħed).
        [two] Dan il-kodiċi mhux korrett. Iċċekkja l-aħħar email li bgħatnielek u erġa’ pprova (fadallek żewġ tentattivi).
        [few] Dan il-kodiċi mhux korrett. Iċċekkja l-aħħar email li bgħatnielek u erġa’ pprova (fadallek { $left } tentattivi).
        [many] Dan il-kodiċi mhux korrett. Iċċekkja l-aħħar email li bgħatnielek u erġa’ pprova (fadallek { $left }-il tentattiv).
       *[other] Dan il-kodiċi mhux korrett. Iċċekkja l-aħħar email li bgħatnielek u erġa’ pprova (fadallek { $left } tentattiv).
    }
code-locked = Il-kodiċi ddaħħal ħażin wisq drabi, għalhekk, għas-sigurtà tiegħek, għalaqna din it-talba. Jekk jogħġbok ibda mill-ġdid: jieħu minuta biss.
code-expired = Dan il-kodiċi skada. Itlob kodiċi ġdid bil-buttuna hawn taħt, imbagħad daħħlu hawn.
resend-csrf = Għas-sigurtà tiegħek, erġa’ agħfas “Ibgħat kodiċi ġdid”.
resend-sent = Bgħatnielek kodiċi ġdid. Il-kodiċijiet li bgħatnielek qabel ma għadhomx jaħdmu.
resend-too-many =
    { $minutes ->
        [one] Diġà bgħatnielek l-ogħla numru ta’ kodiċijiet ġodda fl-aħħar siegħa ({ $count }). Tista’ titlob ieħor fi żmien minuta. L-aħħar kodiċi tiegħek għadu jaħdem sakemm jiskadi.
        [two] Diġà bgħatnielek l-ogħla numru ta’ kodiċijiet ġodda fl-aħħar siegħa ({ $count }). Tista’ titlob ieħor fi żmien minutejn. L-aħħar kodiċi tiegħek għadu jaħdem sakemm jiskadi.
        [few] Diġà bgħatnielek l-ogħla numru ta’ kodiċijiet ġodda fl-aħħar siegħa ({ $count }). Tista’ titlob ieħor fi żmien { $minutes } minuti. L-aħħar kodiċi tiegħek għadu jaħdem sakemm jiskadi.
        [many] Diġà bgħatnielek l-ogħla numru ta’ kodiċijiet ġodda fl-aħħar siegħa ({ $count }). Tista’ titlob ieħor fi żmien { $minutes }-il minuta. L-aħħar kodiċi tiegħek għadu jaħdem sakemm jiskadi.
       *[other] Diġà bgħatnielek l-ogħla numru ta’ kodiċijiet ġodda fl-aħħar siegħa ({ $count }). Tista’ titlob ieħor fi żmien { $minutes } minuta. L-aħħar kodiċi tiegħek għadu jaħdem sakemm jiskadi.
    }

## Talbiet li ma jistgħux jintwerew

not-found-heading = Ma nistgħux insibu din it-talba
not-found-body = Jista’ jkun li l-link mhix kompluta. Uża l-aktar link riċenti mill-emails tagħna, jew ibda oġġezzjoni ġdida.
closed-heading = Din it-talba hija magħluqa
closed-body = Ma ġietx ikkonfermata fil-ħin, jew iddaħħal kodiċi ħażin wisq drabi. Tista’ tibda oġġezzjoni ġdida: jieħu minuta biss.
already-confirmed-heading = Dan l-indirizz tal-email diġà ġie kkonfermat
already-confirmed-body = M’hemmx aktar x’tagħmel hawn. Il-link fl-emails tagħna turi l-istat u l-kronoloġija tat-talba tiegħek.
start-new-objection = Ibda oġġezzjoni ġdida
page-not-found-heading = Il-paġna ma nstabitx
page-not-found-body = M’hemm xejn f’dan l-indirizz.
go-to-start = Mur fil-paġna tal-bidu
error-heading = Inqala’ xi żball min-naħa tagħna
error-body = It-talba tiegħek ma tlestietx. Mur lura u erġa’ pprova; jekk dan jibqa’ jiġri, erġa’ pprova aktar tard.
unavailable-heading = Bħalissa ma nistgħux nilqgħu talbiet
unavailable-body = Id-database tagħna mhix disponibbli għal ftit ħin. Xejn minn dak li bgħatt ma ntilef, u xejn ma nħażen bin-nofs: mur lura, imbagħad ibagħtu mill-ġdid fi żmien minuta.

## Il-paġna tal-istat

status-title = L-oġġezzjoni tiegħek
status-label = Stat
status-meaning = Xi jfisser
status-email = Indirizz tal-email
status-country = Pajjiż ta’ residenza
status-received = Riċevuta
status-excluded-since = Eskluża mit-taħriġ tal-IA minn
status-answer-by = Irridu nwieġbu sa
status-decided-by = Deċiża skont
status-reason = Raġuni
status-what-you-can-do = X’tista’ tagħmel
status-pending = Qed nistennewk tikkonferma l-indirizz tal-email tiegħek
status-pending-meaning = Daħħal il-kodiċi li bgħatnielek bl-email. Ma jiġi eżaminat xejn qabel dan.
status-verified = Ikkonfermata, qed tiġi deċiża
status-verified-meaning = L-informazzjoni tiegħek diġà hija eskluża mit-taħriġ tal-IA waqt li niddeċiedu.
status-review = Qed tiġi eżaminata minn persuna
status-review-meaning = L-informazzjoni tiegħek diġà hija eskluża mit-taħriġ tal-IA waqt li persuna teżamina l-oġġezzjoni tiegħek. Se nwieġbu sa { $due }.
status-honored = Milqugħa
status-honored-meaning = Tapplika minn issa ’l quddiem: kull sett ta’ data għat-taħriġ tal-IA li nibnu jeskludi l-kontenut li ħloqt int (posts pubbliċi, ritratti u d-deskrizzjonijiet tagħhom, messaġġi lill-assistent tal-IA tagħna), inkluż dak li tellajt qabel. Il-messaġġi privati qatt ma jintużaw. Informazzjoni dwarek xorta tista’ tidher f’kontenut li jaqsmu nies oħra.
status-declined = Miċħuda
status-declined-meaning = L-oġġezzjoni tiegħek ġiet miċħuda. Ir-raġuni u x’tista’ tagħmel huma hawn taħt.
status-withdrawn = Irtirata
status-withdrawn-meaning = Irtirajt l-oġġezzjoni tiegħek. Is-settijiet ta’ data mibnija minn dak il-mument ’il quddiem jistgħu jinkludu kontenut li ħloqt int; dawk mibnija waqt li kienet fis-seħħ jibqgħu mingħajru.
status-closed = Magħluqa
status-closed-meaning = Din it-talba ngħalqet mingħajr ma ġie kkonfermat l-indirizz tal-email. Tista’ terġa’ toġġezzjona meta trid.
status-notice-confirmed = Grazzi: l-indirizz tal-email tiegħek ġie kkonfermat.
status-notice-already = Diġà għandek oġġezzjoni fis-seħħ, għalhekk ma ftaħniex oħra. Hawn hi.
status-notice-withdrawn = L-oġġezzjoni tiegħek ġiet irtirata. Bgħatnielek konferma bl-email.
withdraw-button = Irtira l-oġġezzjoni tiegħi
object-again = Erġa’ oġġezzjona
timeline-heading = Kronoloġija
status-keep-private = Żomm il-link ta’ din il-paġna għalik biss: kull min għandu l-link jista’ jara din il-paġna u jirtira l-oġġezzjoni tiegħek.

## Il-kronoloġija

event-received = Irċevejna l-oġġezzjoni tiegħek.
event-code-sent = Bgħatnielek kodiċi ta’ konferma bl-email.
event-code-resent = Bgħatnielek kodiċi ta’ konferma ġdid bl-email.
event-code-rejected = Iddaħħal kodiċi ta’ konferma ħażin.
event-verified = Ikkonfermajt l-indirizz tal-email tiegħek. Minn dan il-mument, l-informazzjoni tiegħek hija eskluża mit-taħriġ tal-IA.
event-honored = L-oġġezzjoni tiegħek ġiet milqugħa u tapplika minn issa ’l quddiem. Regola: { $rule }.
event-sent-to-review = L-oġġezzjoni tiegħek intbagħtet lil persuna biex teżaminaha: { $reason }.
review-reason-form-closed = il-formola tal-oġġezzjoni m’għadhiex offruta fil-pajjiż fejn tgħix, għalhekk tiddeċiedi persuna
review-reason-always = fil-ġurisdizzjoni tiegħek, persuna teżamina kull oġġezzjoni
review-reason-statement = persuna taqra dak li ktibt qabel tiddeċiedi
event-declined = L-oġġezzjoni tiegħek ġiet miċħuda.
event-withdrawn = Irtirajt l-oġġezzjoni tiegħek.
event-expired-wrong-codes = It-talba ngħalqet wara wisq kodiċijiet ħżiena.
event-expired-unconfirmed = It-talba ngħalqet għax l-indirizz tal-email ma ġiex ikkonfermat fil-ħin.
event-repeat-confirmed = Ikkonfermajt talba ġdida; din l-oġġezzjoni kienet diġà tapplika, għalhekk ma nfetħitx oħra.
event-deadline-extended = Estendejna l-iskadenza għad-deċiżjoni tagħna sa { $due }. Għaliex: { $reason }
event-other = Ġrat xi ħaġa oħra lit-talba tiegħek.

## L-irtirar

withdraw-title = Irtira l-oġġezzjoni tiegħek
withdraw-heading = Trid tirtira l-oġġezzjoni tiegħek?
withdraw-body = Jekk tirtiraha, is-settijiet ta’ data għat-taħriġ tal-IA li nibnu minn issa ’l quddiem jistgħu jinkludu kontenut li ħloqt int: posts pubbliċi, ritratti u d-deskrizzjonijiet tagħhom, u messaġġi lill-assistent tal-IA tagħna. Is-settijiet ta’ data mibnija waqt li l-oġġezzjoni tiegħek kienet fis-seħħ jibqgħu mingħajru. Il-messaġġi privati qatt ma jintużaw.
withdraw-again = Tista’ terġa’ toġġezzjona meta trid.
keep-objection = Żomm l-oġġezzjoni tiegħi

## Email: komuni

mail-hello = Bonġu,
mail-footer = Dan il-messaġġ intbagħat awtomatikament minn { $operator }. It-tweġibiet għalih ma jinqrawx.
mail-receipt = Hawn mehmuża riċevuta ta’ din id-deċiżjoni, iffirmata minn { $operator } ({ $file }). Żommha: turi x’ġie deċiż u meta. Kulħadd jista’ jivverifikaha bil-kjavi pubblika tagħna fuq
mail-follow = Segwi t-talba tiegħek hawn:
mail-timeline = Ara l-kronoloġija kollha hawn:

## Email: il-kodiċi ta’ konferma

mail-code-subject = Il-kodiċi ta’ konferma tiegħek għal { $operator }
mail-code-intro = Xi ħadd (nisperaw li kont int) talab lil { $operator } biex ma tużax informazzjoni dwaru biex tħarreġ l-IA, u ta dan l-indirizz tal-email.
mail-code-code = Il-kodiċi ta’ konferma tiegħek huwa: { $code }
mail-code-where =
    { $minutes ->
        [one] Daħħlu fil-paġna fejn għamilt it-talba. Jaħdem għal minuta.
        [two] Daħħlu fil-paġna fejn għamilt it-talba. Jaħdem għal minutejn.
        [few] Daħħlu fil-paġna fejn għamilt it-talba. Jaħdem għal { $minutes } minuti.
        [many] Daħħlu fil-paġna fejn għamilt it-talba. Jaħdem għal { $minutes }-il minuta.
       *[other] Daħħlu fil-paġna fejn għamilt it-talba. Jaħdem għal { $minutes } minuta.
    }
mail-code-ignore = Jekk ma kontx int, tista’ tinjora din l-email: ma jiġri xejn sakemm ma jiddaħħalx il-kodiċi.
mail-code-enter-here = Tista’ ddaħħlu wkoll hawn:

## Email: oġġezzjoni milqugħa

mail-honored-subject = L-oġġezzjoni tiegħek għat-taħriġ tal-IA ġiet milqugħa
mail-honored-intro = L-oġġezzjoni tiegħek biex { $operator } ma tużax l-informazzjoni tiegħek biex tħarreġ l-IA ġiet milqugħa.
mail-honored-means = Xi jfisser dan, minn issa ’l quddiem:
mail-honored-datasets = Kull sett ta’ data għat-taħriġ tal-IA li nibnu minn issa ’l quddiem jeskludi l-kontenut li ħloqt int: il-posts pubbliċi tiegħek, ir-ritratti tiegħek u d-deskrizzjonijiet tagħhom, u l-messaġġi li tibgħat lill-assistent tal-IA tagħna. Dan jinkludi dak li tellajt qabel illum.
mail-honored-since = Ilha tapplika minn meta kkonfermajt l-indirizz tal-email tiegħek fi { $date }.
mail-honored-private = Il-messaġġi privati mal-ħbieb u l-familja qatt ma jintużaw biex titħarreġ l-IA, kemm jekk toġġezzjona u kemm jekk le.
mail-honored-others = Informazzjoni dwarek xorta tista’ tidher f’kontenut li jaqsmu nies oħra.
mail-honored-how = Kif ġiet deċiża: { $basis } (regola { $rule }).
mail-honored-link = Ara l-kronoloġija kollha, jew irtira l-oġġezzjoni tiegħek, hawn:

## Email: mibgħuta għall-eżami

mail-review-subject = L-oġġezzjoni tiegħek għat-taħriġ tal-IA qed tiġi eżaminata
mail-review-intro = Grazzi talli kkonfermajt l-indirizz tal-email tiegħek. Persuna minn { $operator } se teżamina l-oġġezzjoni tiegħek għall-użu tal-informazzjoni tiegħek biex titħarreġ l-IA.
mail-review-excluded = Waqt li qed tiġi eżaminata, l-informazzjoni tiegħek diġà hija eskluża mit-taħriġ tal-IA (minn { $date }).
mail-review-why = Għaliex qed teżaminaha persuna: { $reason }
mail-review-due = Se tirċievi t-tweġiba tagħna mhux aktar tard minn { $due }.

## Email: oġġezzjoni miċħuda

mail-declined-subject = Id-deċiżjoni dwar l-oġġezzjoni tiegħek għat-taħriġ tal-IA
mail-declined-intro = { $operator } eżaminat l-oġġezzjoni tiegħek għall-użu tal-informazzjoni tiegħek biex titħarreġ l-IA, u ċaħditha.
mail-declined-reason = Ir-raġuni: { $reason }
mail-declined-used-again = L-informazzjoni tiegħek terġa’ tintuża għat-taħriġ tal-IA minn { $date }.
mail-declined-complain = X’tista’ tagħmel: { $complaint }
mail-object-again = Tista’ wkoll terġa’ toġġezzjona meta trid: { $url }

## Email: oġġezzjoni irtirata

mail-withdrawn-subject = Irtirajt l-oġġezzjoni tiegħek għat-taħriġ tal-IA
mail-withdrawn-intro = Irtirajt l-oġġezzjoni tiegħek biex { $operator } ma tużax l-informazzjoni tiegħek biex tħarreġ l-IA.
mail-withdrawn-forward = Minn issa ’l quddiem, is-settijiet ta’ data għat-taħriġ tal-IA mibnija minn { $date } ’il quddiem jistgħu jinkludu kontenut li ħloqt int. Is-settijiet ta’ data mibnija waqt li l-oġġezzjoni tiegħek kienet fis-seħħ jibqgħu mingħajru. Il-messaġġi privati qatt ma jintużaw.
mail-withdrawn-again = Tista’ terġa’ toġġezzjona meta trid: { $url }
mail-withdrawn-not-you = Jekk ma rtirajtx int l-oġġezzjoni tiegħek, erġa’ oġġezzjona fl-indirizz ta’ hawn fuq u għidilna fil-formola.

## Email: l-iskadenza ġiet estiża

mail-extended-subject = Għandna bżonn aktar żmien biex niddeċiedu dwar l-oġġezzjoni tiegħek
mail-extended-intro = Għandna bżonn aktar żmien biex niddeċiedu dwar l-oġġezzjoni tiegħek għall-użu tal-informazzjoni tiegħek biex titħarreġ l-IA. Issa se tirċievi t-tweġiba tagħna mhux aktar tard minn { $due } (qabel kienet dovuta sa { $was }).
mail-extended-why = Għaliex għandna bżonn aktar żmien: { $reason }
mail-extended-excluded = L-informazzjoni tiegħek tibqa’ eskluża mit-taħriġ tal-IA waqt li niddeċiedu.
mail-extended-law = Il-liġi tippermetti din l-estensjoni darba biss, b’mhux aktar minn xahrejn, meta talba tkun kumplessa jew meta jaslu ħafna talbiet f’daqqa; irridu ninfurmawk fl-ewwel xahar, kif qed nagħmlu issa. Jekk ma taqbilx, tista’ tressaq ilment quddiem awtorità superviżorja: { $complaint }

## Email: l-avviż

mail-notice-subject = Kif { $operator } se tuża l-informazzjoni biex tħarreġ l-IA, u d-dritt tiegħek li toġġezzjona
mail-notice-intro = Minn { $date }, { $operator } se tuża ċerta informazzjoni biex tiżviluppa u ttejjeb l-intelliġenza artifiċjali (IA) tagħha.
mail-notice-used = X’se jintuża:
mail-notice-never = X’qatt ma jintuża:
mail-notice-right = Għandek id-dritt li toġġezzjona. Jieħu minuta biss, m’għandekx għalfejn tagħti raġuni, u tista’ tirtira l-oġġezzjoni tiegħek meta trid. Jekk toġġezzjona, dak kollu li ħloqt int jitħalla barra minn kull sett ta’ data għat-taħriġ tal-IA li nibnu minn dak il-mument ’il quddiem, inkluż dak li tellajt qabel.
mail-notice-link = Oġġezzjona bil-link personali tiegħek (timla d-dettalji tiegħek; taħdem sa { $expires }):
mail-notice-form = Jew uża l-formola mingħajrha: { $url }
mail-notice-others = Anki jekk toġġezzjona, informazzjoni dwarek xorta tista’ tidher f’kontenut li jaqsmu nies oħra, bħal ritratt tiegħek li jtella’ xi ħadd ieħor.
