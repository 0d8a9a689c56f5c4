### The staff console: Latvian (latviešu valoda). Every other language has exactly these ids.

console-nav = Konsole
console-queue = Izskatīšanas rinda
console-dashboard = Pārskats
console-audit = Audita žurnāls
console-search = Meklēt
console-signed-in-as = Lietotājs: { $user } (loma: { $role }).
console-sign-out = Izrakstīties

## Pieteikšanās

console-sign-in-title = Darbinieku pieteikšanās
console-name = Lietotājvārds
console-password = Parole
console-sign-in = Pieteikties
console-login-csrf = Drošības nolūkos, lūdzu, piesakieties vēlreiz.
console-login-rate-limited =
    { $minutes ->
        [zero] No šejienes ir pārāk daudz pieteikšanās mēģinājumu. Lūdzu, uzgaidiet { $minutes } minūtes un mēģiniet vēlreiz.
        [one] No šejienes ir pārāk daudz pieteikšanās mēģinājumu. Lūdzu, uzgaidiet { $minutes } minūti un mēģiniet vēlreiz.
       *[other] No šejienes ir pārāk daudz pieteikšanās mēģinājumu. Lūdzu, uzgaidiet { $minutes } minūtes un mēģiniet vēlreiz.
    }
console-login-slow-down =
    { $seconds ->
        [zero] No šejienes ir pārāk daudz neveiksmīgu pieteikšanās mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekundes un mēģiniet vēlreiz.
        [one] No šejienes ir pārāk daudz neveiksmīgu pieteikšanās mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekundi un mēģiniet vēlreiz.
       *[other] No šejienes ir pārāk daudz neveiksmīgu pieteikšanās mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekundes un mēģiniet vēlreiz.
    }
console-login-wrong = Lietotājvārds vai parole nav pareiza.
console-login-unreadable = Pieteikšanās veidlapu nevarēja nolasīt.
console-logout-csrf = Drošības nolūkos izrakstieties konsoles lapā.

## Rinda

console-queue-empty = Neviens pieprasījums negaida lēmumu.
console-queue-intro = Lēmumu gaidošo pieprasījumu skaits: { $count }; vecākie – pirmie. Pieprasījumi, kuru termiņš beidzas 7 dienu laikā, ir atzīmēti ar „Drīz termiņš”.
console-request = Pieprasījums
console-received = Saņemts
console-jurisdiction = Jurisdikcija
console-due = Termiņš
console-overdue = Termiņš nokavēts
console-due-soon = Drīz termiņš
console-days-left =
    { $days ->
        [zero] (atlikušas { $days } dienas)
        [one] (atlikusi { $days } diena)
       *[other] (atlikušas { $days } dienas)
    }

## Pieprasījums

console-request-title = Pieprasījums { $id }
console-errors-heading =
    { $count ->
        [1] Lūdzu, pārbaudiet šo
        [zero] Lūdzu, pārbaudiet šos { $count } punktus
        [one] Lūdzu, pārbaudiet šo { $count } punktu
       *[other] Lūdzu, pārbaudiet šos { $count } punktus
    }
console-status = Statuss
console-email = E-pasts
console-country = Valsts
console-decision-due = Lēmuma termiņš
console-extended-on = (pagarināts: { $date })
console-decision = Lēmums
console-decision-text = { $status } ({ $date })
console-decision-rule = (noteikums { $rule })
console-decision-reason = Iemesls: { $reason }
console-person-wrote = Ko persona uzrakstīja
console-person-impact = Kā apstrāde ietekmē personu
console-person-details = Cita informācija
console-nothing = Nekas.
console-decide = Lēmums
console-honor = Apmierināt iebildumu (piemērojams turpmāk, no brīža, kad persona apstiprināja savu adresi)
console-decline = Noraidīt iebildumu
console-decline-reason = Noraidīšanas iemesls
console-decline-reason-hint = Obligāti, ja noraidāt. Persona to saņems kopā ar informāciju par tiesībām iesniegt sūdzību uzraudzības iestādē un vērsties tiesā.
console-decide-button = Reģistrēt lēmumu un paziņot personai pa e-pastu
console-extend = Termiņa pagarināšana
console-extend-intro = Tikai vienu reizi, ne vairāk kā par diviem mēnešiem, ja pieprasījums ir sarežģīts vai vienlaikus saņemts daudz pieprasījumu (VDAR 12. panta 3. punkts). Personai tagad, pirmā mēneša laikā, pa e-pastu tiks nosūtīts jaunais datums un jūsu norādītais iemesls.
console-extend-by = Pagarināt par
console-choose = Izvēlieties
console-one-month = 1 mēnesi
console-two-months = 2 mēnešiem
console-extend-reason = Kāpēc nepieciešams vairāk laika
console-extend-button = Pagarināt un paziņot personai pa e-pastu
console-timeline = Hronoloģija
console-when = Kad
console-who = Kas
console-what = Notikums
console-change = Izmaiņas
console-in-audit-log = Šis pieprasījums audita žurnālā
console-no-such-request = Pieprasījuma ar šādu ID nav.
console-form-unreadable = Veidlapu nevarēja nolasīt.
console-decide-csrf = Drošības nolūkos, lūdzu, pieņemiet lēmumu šajā lapā vēlreiz.
console-decline-reason-missing = Norādiet noraidīšanas iemeslu: tas tiks paziņots personai kopā ar informāciju par tiesībām iesniegt sūdzību.
console-reason-too-long =
    { $max ->
        [zero] Iemesls nedrīkst būt garāks par { $max } rakstzīmēm.
        [one] Iemesls nedrīkst būt garāks par { $max } rakstzīmi.
       *[other] Iemesls nedrīkst būt garāks par { $max } rakstzīmēm.
    }
console-choose-decision = Izvēlieties: apmierināt vai noraidīt.
console-not-decidable = Šī pieprasījuma statuss ir { $status }, tāpēc šeit par to vairs nevar pieņemt lēmumu.
console-extend-csrf = Drošības nolūkos, lūdzu, pagariniet termiņu šajā lapā vēlreiz.
console-choose-months = Izvēlieties vienu vai divus mēnešus.
console-extend-reason-missing = Norādiet iemeslu: personai tiks paziņots, kāpēc mums vajag vairāk laika.
console-already-extended = Termiņš jau vienreiz tika pagarināts; likums otru pagarinājumu neatļauj.
console-too-late = Sākotnējais termiņš ir pagājis: par pagarinājumu personai bija jāpaziņo līdz tā beigām.
console-not-open = Šis pieprasījums vairs nav atvērts, tāpēc tā termiņu nevar mainīt.
console-no-extension = Šīs jurisdikcijas noteikumi termiņa pagarinājumu neatļauj.
console-shorter-extension = Šīs jurisdikcijas noteikumi atļauj tikai īsāku pagarinājumu.

## Meklēšana

console-search-title = Atrast pieprasījumu
console-search-label = Pieprasījuma ID vai e-pasta adrese
console-search-hint = Adreses tiek salīdzinātas tāpat kā pieprasījumos: lielajiem un mazajiem burtiem un atstarpēm nav nozīmes.
console-search-bad = Ievadiet pieprasījuma ID vai pilnu e-pasta adresi, piemēram, vards@example.com.
console-search-none = No šīs adreses neviens pieprasījums nav iesniegts.
console-search-found = No šīs adreses iesniegto pieprasījumu skaits: { $count }; jaunākie – pirmie.

## Audita žurnāls

console-audit-intro = Katra statusa maiņa, darbinieka darbība, eksports un filtra palaišana, jaunākās – pirmās. Katrā ierakstā ir iepriekšējā ieraksta jaucējkods; komanda „withhold audit verify” pārbauda visu ķēdi.
console-audit-requests-only = Kā izskatītājs jūs redzat pieprasījumu vēsturi. Pieteikšanās, API pilnvaras, importēšana un eksportēšana ir redzama tikai administratoriem.
console-kind = Veids
console-actor = Izpildītājs
console-actor-hint = Piemēram, policy, person, system vai staff:VĀRDS.
console-request-id = Pieprasījuma ID
console-filter = Filtrēt
console-clear = Notīrīt
console-export = Eksportēt visu žurnālu JSON Lines formātā
console-export-note = (uzraudzības iestādei; to pārbauda komanda „withhold audit verify --file”).
console-export-forbidden = Audita žurnālu var eksportēt tikai administratori.
console-audit-none = Neviens ieraksts neatbilst.
console-detail = Sīkāka informācija
console-older = Vecāki ieraksti

## Pārskats

console-states-heading = Pieprasījumi pēc statusa (kopā { $total })
console-states-chart = Pieprasījumi pēc statusa
console-per-day-heading = Apstiprinātie iebildumi dienā pa valstīm (30 dienās kopā { $total })
console-per-day-chart = Apstiprinātie iebildumi dienā pa valstīm, pēdējās 30 dienas
console-other-countries = Citas valstis
console-latency-heading = Lēmuma pieņemšanas laiks (90 dienās pieņemto lēmumu skaits: { $count })
console-latency-chart = Laiks no saņemšanas līdz lēmumam, pēdējās 90 dienas (stundās)
console-latency-caption = No saņemšanas līdz lēmumam
console-by-state = Pieprasījumi pēc statusa
console-filter-state = Statuss
console-filter-any = Jebkurš
console-filter-due-within = Termiņš beidzas (dienu laikā)
console-filter-overdue = Tikai nokavētie
console-sort = Kārtot pēc
console-sort-due = Termiņš, tuvākie vispirms
console-sort-received = Saņemšanas datums, vecākie vispirms
console-pages = Lapas
console-page-of = { $page }. lapa no { $pages }
console-previous = Iepriekšējā lapa
console-next = Nākamā lapa
console-next-in-queue = Nākamais rindā
console-decided-next = Lēmums saglabāts. Šis ir nākamais pieprasījums, kas gaida lēmumu.
console-days-overdue = { $days ->
        [zero] Termiņš nokavēts par { $days } dienām
        [one] Termiņš nokavēts par { $days } dienu
       *[other] Termiņš nokavēts par { $days } dienām
    }
console-confirm-decline = Apstiprinu noraidījumu un iemeslu, ko persona izlasīs
console-confirm-decline-missing = Atzīmējiet izvēles rūtiņu, lai apstiprinātu noraidījumu: persona to uzzinās nekavējoties, un lēmums šeit ir galīgs.
console-no-data = Datu vēl nav.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d.
console-risk-heading = Draud nokavēt termiņu ({ $count })
console-risk-none = Neviena atvērta pieprasījuma termiņš nebeidzas tuvāko 7 dienu laikā.
console-mail = Pasts
console-mail-counts = Gaida nosūtīšanu: { $pending }; nevarēja piegādāt (nepiegādātās vēstules): { $dead }.
