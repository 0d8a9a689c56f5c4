### Il-konsola tal-persunal: Malti. Il-lingwi l-oħra kollha għandhom eżattament dawn l-identifikaturi.

console-nav = Konsola
console-queue = Kju tal-eżami
console-dashboard = Pannell ta’ kontroll
console-audit = Reġistru tal-awditjar
console-search = Fittex
console-signed-in-as = Dħalt bħala { $user } ({ $role }).
console-sign-out = Oħroġ

## Id-dħul

console-sign-in-title = Dħul għall-persunal
console-name = Isem
console-password = Il-password
console-sign-in = Idħol
console-login-csrf = Għas-sigurtà tiegħek, jekk jogħġbok idħol mill-ġdid.
console-login-rate-limited =
    { $minutes ->
        [one] Saru wisq tentattivi ta’ dħul minn hawn. Stenna minuta u erġa’ pprova.
        [two] Saru wisq tentattivi ta’ dħul minn hawn. Stenna minutejn u erġa’ pprova.
        [few] Saru wisq tentattivi ta’ dħul minn hawn. Stenna { $minutes } minuti u erġa’ pprova.
        [many] Saru wisq tentattivi ta’ dħul minn hawn. Stenna { $minutes }-il minuta u erġa’ pprova.
       *[other] Saru wisq tentattivi ta’ dħul minn hawn. Stenna { $minutes } minuta u erġa’ pprova.
    }
console-login-slow-down =
    { $seconds ->
        [one] Fallew wisq tentattivi ta’ dħul minn hawn. Stenna sekonda u erġa’ pprova.
        [two] Fallew wisq tentattivi ta’ dħul minn hawn. Stenna żewġ sekondi u erġa’ pprova.
        [few] Fallew wisq tentattivi ta’ dħul minn hawn. Stenna { $seconds } sekondi u erġa’ pprova.
        [many] Fallew wisq tentattivi ta’ dħul minn hawn. Stenna { $seconds }-il sekonda u erġa’ pprova.
       *[other] Fallew wisq tentattivi ta’ dħul minn hawn. Stenna { $seconds } sekonda u erġa’ pprova.
    }
console-login-wrong = L-isem jew il-password mhumiex korretti.
console-login-unreadable = Il-formola tad-dħul ma setgħetx tinqara.
console-logout-csrf = Għas-sigurtà tiegħek, oħroġ mill-paġna tal-konsola.

## Il-kju

console-queue-empty = M’hemm xejn jistenna deċiżjoni.
console-queue-intro =
    { $count ->
        [one] { $count } talba qed tistenna deċiżjoni
        [two] { $count } talbiet qed jistennew deċiżjoni, l-eqdem l-ewwel
        [few] { $count } talbiet qed jistennew deċiżjoni, l-eqdem l-ewwel
        [many] { $count }-il talba qed jistennew deċiżjoni, l-eqdem l-ewwel
       *[other] { $count } talba qed jistennew deċiżjoni, l-eqdem l-ewwel
    }. It-talbiet li l-iskadenza tagħhom taħbat fi żmien 7 ijiem huma mmarkati “Skadenza qrib”.
console-request = Talba
console-received = Riċevuta
console-jurisdiction = Ġurisdizzjoni
console-due = Skadenza
console-overdue = Skaduta
console-due-soon = Skadenza qrib
console-days-left =
    { $days ->
        [one] (fadal { $days } jum)
        [two] (fadal jumejn)
        [few] (fadal { $days } ijiem)
        [many] (fadal { $days }-il jum)
       *[other] (fadal { $days } jum)
    }

## Talba

console-request-title = Talba { $id }
console-errors-heading =
    { $count ->
        [one] Jekk jogħġbok iċċekkja dan il-punt
        [two] Jekk jogħġbok iċċekkja dawn iż-żewġ punti
        [few] Jekk jogħġbok iċċekkja dawn il-punti ({ $count })
        [many] Jekk jogħġbok iċċekkja dawn il-punti ({ $count })
       *[other] Jekk jogħġbok iċċekkja dawn il-punti ({ $count })
    }
console-status = Stat
console-email = Indirizz tal-email
console-country = Pajjiż
console-decision-due = Skadenza għad-deċiżjoni
console-extended-on = (estiża fi { $date })
console-decision = Deċiżjoni
console-decision-text = { $status } fi { $date }
console-decision-rule = (regola { $rule })
console-decision-reason = Raġuni: { $reason }
console-person-wrote = X’kitbet il-persuna
console-person-impact = Kif jaffettwaha l-ipproċessar
console-person-details = Xi ħaġa oħra
console-nothing = Xejn.
console-decide = Iddeċiedi
console-honor = Ilqa’ l-oġġezzjoni (tapplika minn issa ’l quddiem, minn meta l-persuna kkonfermat l-indirizz tagħha)
console-decline = Iċħadha
console-decline-reason = Raġuni għaċ-ċaħda
console-decline-reason-hint = Meħtieġa biex tiċħad. Il-persuna tirċeviha flimkien mal-informazzjoni dwar id-dritt tagħha li tressaq ilment quddiem awtorità superviżorja u li tmur il-qorti.
console-decide-button = Irreġistra d-deċiżjoni, imbagħad ibgħat email lill-persuna
console-extend = Estendi l-iskadenza
console-extend-intro = Darba biss, b’mhux aktar minn xahrejn, meta t-talba tkun kumplessa jew meta jaslu ħafna talbiet f’daqqa (l-Artikolu 12(3) tal-GDPR). Il-persuna tirċievi issa email bid-data l-ġdida u r-raġuni tiegħek, fl-ewwel xahar.
console-extend-by = Perjodu
console-choose = Agħżel
console-one-month = Xahar
console-two-months = Xahrejn
console-extend-reason = Għaliex hemm bżonn aktar żmien
console-extend-button = Estendi, imbagħad ibgħat email lill-persuna
console-timeline = Kronoloġija
console-when = Meta
console-who = Min
console-what = X’ġara
console-change = Bidla
console-in-audit-log = Din it-talba fir-reġistru tal-awditjar
console-no-such-request = M’hemm l-ebda talba b’dan l-identifikatur.
console-form-unreadable = Il-formola ma setgħetx tinqara.
console-decide-csrf = Għas-sigurtà tiegħek, jekk jogħġbok erġa’ ħu d-deċiżjoni f’din il-paġna.
console-decline-reason-missing = Agħti r-raġuni għaċ-ċaħda: il-persuna tiġi infurmata biha, flimkien mad-dritt tagħha li tressaq ilment.
console-reason-too-long =
    { $max ->
        [one] Ir-raġuni għandha tkun iqsar minn { $max } karattru.
        [two] Ir-raġuni għandha tkun iqsar minn { $max } karattri.
        [few] Ir-raġuni għandha tkun iqsar minn { $max } karattri.
        [many] Ir-raġuni għandha tkun iqsar minn { $max }-il karattru.
       *[other] Ir-raġuni għandha tkun iqsar minn { $max } karattru.
    }
console-choose-decision = Agħżel jekk tilqa’ jew tiċħad.
console-not-decidable = Din it-talba għandha l-istat “{ $status }” u ma tistax tibqa’ tiġi deċiża hawn.
console-extend-csrf = Għas-sigurtà tiegħek, jekk jogħġbok erġa’ estendi l-iskadenza f’din il-paġna.
console-choose-months = Agħżel xahar jew xahrejn.
console-extend-reason-missing = Agħti r-raġuni: il-persuna tiġi infurmata għaliex għandna bżonn aktar żmien.
console-already-extended = L-iskadenza diġà ġiet estiża darba; il-liġi ma tippermettix estensjoni oħra.
console-too-late = L-iskadenza oriġinali għaddiet: l-estensjoni kellha tiġi kkomunikata lill-persuna qabel ma skadiet.
console-not-open = Din it-talba m’għadhiex miftuħa, għalhekk l-iskadenza tagħha ma tistax tinbidel.
console-no-extension = Ir-regoli ta’ din il-ġurisdizzjoni ma jippermettu l-ebda estensjoni.
console-shorter-extension = Ir-regoli ta’ din il-ġurisdizzjoni jippermettu biss estensjoni iqsar.

## Tfittxija

console-search-title = Sib talba
console-search-label = Identifikatur tat-talba jew indirizz tal-email
console-search-hint = L-indirizzi jitqabblu bl-istess mod bħat-talbiet: l-ittri kbar jew żgħar u l-ispazji ma jagħmlux differenza.
console-search-bad = Daħħal identifikatur ta’ talba jew indirizz tal-email sħiħ, bħal isem@example.com.
console-search-none = Ma saret l-ebda talba minn dan l-indirizz.
console-search-found =
    { $count ->
        [one] { $count } talba minn dan l-indirizz.
        [two] { $count } talbiet minn dan l-indirizz, l-aktar riċenti l-ewwel.
        [few] { $count } talbiet minn dan l-indirizz, l-aktar riċenti l-ewwel.
        [many] { $count }-il talba minn dan l-indirizz, l-aktar riċenti l-ewwel.
       *[other] { $count } talba minn dan l-indirizz, l-aktar riċenti l-ewwel.
    }

## Ir-reġistru tal-awditjar

console-audit-intro = Kull bidla fl-istat, azzjoni tal-persunal, esportazzjoni u tħaddim ta’ filtru, l-aktar riċenti l-ewwel. Kull entrata fiha hash ta’ dik ta’ qabilha; il-kmand “withhold audit verify” jiċċekkja l-katina kollha.
console-audit-requests-only = Bħala reviżur tara l-istorja tat-talbiet. Id-dħul, it-tokens tal-API, l-importazzjonijiet u l-esportazzjonijiet jintwerew biss lill-amministraturi.
console-kind = Tip
console-actor = Attur
console-actor-hint = Pereżempju policy, person, system jew staff:ISEM.
console-request-id = Identifikatur tat-talba
console-filter = Iffiltra
console-clear = Neħħi l-filtri
console-export = Esporta r-reġistru kollu bħala JSON Lines
console-export-note = (għal regolatur; il-kmand “withhold audit verify --file” jiċċekkjah).
console-export-forbidden = L-amministraturi biss jistgħu jesportaw ir-reġistru tal-awditjar.
console-audit-none = L-ebda entrata ma taqbel.
console-detail = Dettall
console-older = Entrati eqdem

## Il-pannell ta’ kontroll

console-states-heading = Talbiet skont l-istat ({ $total } b’kollox)
console-states-chart = Talbiet skont l-istat
console-per-day-heading = Oġġezzjonijiet ikkonfermati kuljum skont il-pajjiż ({ $total } f’30 jum)
console-per-day-chart = Oġġezzjonijiet ikkonfermati kuljum skont il-pajjiż, l-aħħar 30 jum
console-other-countries = Pajjiżi oħra
console-latency-heading = Żmien sad-deċiżjoni (deċiżjonijiet f’90 jum: { $count })
console-latency-chart = Żmien mill-wasla sad-deċiżjoni, l-aħħar 90 jum (sigħat)
console-latency-caption = Mill-wasla sad-deċiżjoni
console-by-state = Talbiet skont l-istat
console-filter-state = Stat
console-filter-any = Kwalunkwe
console-filter-due-within = Skadenza fi żmien (ijiem)
console-filter-overdue = Skaduti biss
console-sort = Ordna skont
console-sort-due = Skadenza, l-eqreb l-ewwel
console-sort-received = Riċevuta, l-eqdem l-ewwel
console-pages = Paġni
console-page-of = Paġna { $page } minn { $pages }
console-previous = Il-paġna ta’ qabel
console-next = Il-paġna li jmiss
console-next-in-queue = Li jmiss fil-kju
console-decided-next = Id-deċiżjoni ġiet irreġistrata. Din hija t-talba li jmiss li qed tistenna deċiżjoni.
console-days-overdue = { $days ->
        [one] { $days } jum wara l-iskadenza
        [two] Jumejn wara l-iskadenza
        [few] { $days } ijiem wara l-iskadenza
        [many] { $days }-il jum wara l-iskadenza
       *[other] { $days } jum wara l-iskadenza
    }
console-confirm-decline = Nikkonferma ċ-ċaħda u r-raġuni li se taqra l-persuna
console-confirm-decline-missing = Immarka l-kaxxa biex tikkonferma ċ-ċaħda: il-persuna tiġi infurmata minnufih u d-deċiżjoni hawn hija finali.
console-no-data = Għad m’hemm l-ebda data.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = jum
console-risk-heading = F’riskju li jaqbżu l-iskadenza ({ $count })
console-risk-none = L-ebda talba miftuħa m’għandha skadenza fi żmien 7 ijiem.
console-mail = Posta
console-mail-counts = Jistennew li jintbagħtu: { $pending }; ma setgħux jitwasslu (dead letters): { $dead }.
