### The staff console: Lithuanian (lietuvių kalba). Every other language has exactly these ids.

console-nav = Konsolė
console-queue = Nagrinėjimo eilė
console-dashboard = Suvestinė
console-audit = Audito žurnalas
console-search = Paieška
console-signed-in-as = Prisijungta kaip { $user } ({ $role }).
console-sign-out = Atsijungti

## Prisijungimas

console-sign-in-title = Darbuotojų prisijungimas
console-name = Naudotojo vardas
console-password = Slaptažodis
console-sign-in = Prisijungti
console-login-csrf = Saugumo sumetimais prisijunkite dar kartą.
console-login-rate-limited = Iš čia per daug bandymų prisijungti. Palaukite { $minutes } min. ir bandykite dar kartą.
console-login-slow-down = Iš čia per daug nesėkmingų bandymų prisijungti. Palaukite { $seconds } sek. ir bandykite dar kartą.
console-login-wrong = Neteisingas naudotojo vardas arba slaptažodis.
console-login-unreadable = Nepavyko nuskaityti prisijungimo formos.
console-logout-csrf = Saugumo sumetimais atsijunkite konsolės puslapyje.

## Eilė

console-queue-empty = Sprendimo nelaukia nė vienas prašymas.
console-queue-intro = Sprendimo laukiančių prašymų: { $count }. Seniausi rodomi pirmi. Prašymai, kurių terminas baigiasi per 7 dienas, pažymėti „Terminas artėja“.
console-request = Prašymas
console-received = Gauta
console-jurisdiction = Jurisdikcija
console-due = Terminas
console-overdue = Terminas praleistas
console-due-soon = Terminas artėja
console-days-left =
    { $days ->
        [one] (liko { $days } diena)
        [few] (liko { $days } dienos)
       *[other] (liko { $days } dienų)
    }

## Prašymas

console-request-title = Prašymas { $id }
console-errors-heading =
    { $count ->
        [1] Patikrinkite šį dalyką
        [one] Patikrinkite { $count } dalyką
        [few] Patikrinkite { $count } dalykus
       *[other] Patikrinkite { $count } dalykų
    }
console-status = Būsena
console-email = El. paštas
console-country = Šalis
console-decision-due = Sprendimo terminas
console-extended-on = (pratęsta { $date })
console-decision = Sprendimas
console-decision-text = { $status } ({ $date })
console-decision-rule = (taisyklė { $rule })
console-decision-reason = Priežastis: { $reason }
console-person-wrote = Ką parašė asmuo
console-person-impact = Kaip duomenų tvarkymas jį paveikia
console-person-details = Kita informacija
console-nothing = Nieko.
console-decide = Sprendimas
console-honor = Patenkinti prieštaravimą (taikoma nuo šiol – nuo tada, kai asmuo patvirtino savo adresą)
console-decline = Atmesti prieštaravimą
console-decline-reason = Atmetimo priežastis
console-decline-reason-hint = Privaloma, jei atmetate. Asmuo ją gaus kartu su informacija apie teisę pateikti skundą priežiūros institucijai ir kreiptis į teismą.
console-decide-button = Įrašyti sprendimą ir pranešti asmeniui el. paštu
console-extend = Termino pratęsimas
console-extend-intro = Tik vieną kartą, ne daugiau kaip dviem mėnesiais, kai prašymas sudėtingas arba vienu metu gaunama daug prašymų (BDAR 12 straipsnio 3 dalis). Asmeniui dabar, per pirmąjį mėnesį, el. paštu bus išsiųsta nauja data ir jūsų nurodyta priežastis.
console-extend-by = Pratęsti
console-choose = Pasirinkite
console-one-month = 1 mėnesiu
console-two-months = 2 mėnesiais
console-extend-reason = Kodėl reikia daugiau laiko
console-extend-button = Pratęsti ir pranešti asmeniui el. paštu
console-timeline = Eiga
console-when = Kada
console-who = Kas
console-what = Įvykis
console-change = Pakeitimas
console-in-audit-log = Šis prašymas audito žurnale
console-no-such-request = Prašymo su tokiu identifikatoriumi nėra.
console-form-unreadable = Nepavyko nuskaityti formos.
console-decide-csrf = Saugumo sumetimais priimkite sprendimą šiame puslapyje dar kartą.
console-decline-reason-missing = Nurodykite atmetimo priežastį: ji bus pranešta asmeniui kartu su informacija apie jo teisę pateikti skundą.
console-reason-too-long =
    { $max ->
        [one] Priežastis gali būti iki { $max } simbolio ilgio.
       *[other] Priežastis gali būti iki { $max } simbolių ilgio.
    }
console-choose-decision = Pasirinkite: patenkinti ar atmesti.
console-not-decidable = Šio prašymo būsena – { $status }, todėl čia sprendimo dėl jo priimti nebegalima.
console-extend-csrf = Saugumo sumetimais pratęskite terminą šiame puslapyje dar kartą.
console-choose-months = Pasirinkite vieną arba du mėnesius.
console-extend-reason-missing = Nurodykite priežastį: asmeniui bus pranešta, kodėl mums reikia daugiau laiko.
console-already-extended = Terminas jau buvo pratęstas vieną kartą; antrą kartą jo pratęsti įstatymas neleidžia.
console-too-late = Pradinis terminas jau praėjo: apie pratęsimą asmeniui reikėjo pranešti iki jo pabaigos.
console-not-open = Šis prašymas nebėra atviras, todėl jo termino keisti negalima.
console-no-extension = Šios jurisdikcijos taisyklės termino pratęsti neleidžia.
console-shorter-extension = Šios jurisdikcijos taisyklės leidžia tik trumpesnį pratęsimą.

## Paieška

console-search-title = Rasti prašymą
console-search-label = Prašymo identifikatorius arba el. pašto adresas
console-search-hint = Adresai lyginami taip pat, kaip ir prašymuose: didžiosios ir mažosios raidės bei tarpai nesvarbūs.
console-search-bad = Įveskite prašymo identifikatorių arba visą el. pašto adresą, pvz., vardas@example.com.
console-search-none = Iš šio adreso prašymų nepateikta.
console-search-found = Iš šio adreso pateiktų prašymų: { $count }. Naujausi rodomi pirmi.

## Audito žurnalas

console-audit-intro = Kiekvienas būsenos pakeitimas, darbuotojo veiksmas, eksportas ir filtravimas, naujausi – pirmi. Kiekviename įraše yra ankstesnio įrašo maiša; komanda „withhold audit verify“ patikrina visą grandinę.
console-audit-requests-only = Kaip nagrinėtojas matote prašymų istoriją. Prisijungimai, API prieigos raktai, importas ir eksportas rodomi tik administratoriams.
console-kind = Tipas
console-actor = Vykdytojas
console-actor-hint = Pavyzdžiui, policy, person, system arba staff:VARDAS.
console-request-id = Prašymo identifikatorius
console-filter = Filtruoti
console-clear = Išvalyti
console-export = Eksportuoti visą žurnalą JSON Lines formatu
console-export-note = (priežiūros institucijai; jį patikrina komanda „withhold audit verify --file“).
console-export-forbidden = Audito žurnalą eksportuoti gali tik administratoriai.
console-audit-none = Atitinkančių įrašų nėra.
console-detail = Išsami informacija
console-older = Senesni įrašai

## Suvestinė

console-states-heading = Prašymai pagal būseną (iš viso { $total })
console-states-chart = Prašymai pagal būseną
console-per-day-heading = Patvirtinti prieštaravimai per dieną pagal šalį (per 30 dienų iš viso { $total })
console-per-day-chart = Patvirtinti prieštaravimai per dieną pagal šalį, paskutinės 30 dienų
console-other-countries = Kitos šalys
console-latency-heading = Sprendimo priėmimo trukmė (per 90 dienų priimta sprendimų: { $count })
console-latency-chart = Laikas nuo gavimo iki sprendimo, paskutinės 90 dienų (valandomis)
console-latency-caption = Nuo gavimo iki sprendimo
console-by-state = Prašymai pagal būseną
console-filter-state = Būsena
console-filter-any = Bet kokia
console-filter-due-within = Terminas baigiasi per (dienas)
console-filter-overdue = Tik praleisto termino
console-sort = Rikiuoti pagal
console-sort-due = Terminą, artimiausi pirmiau
console-sort-received = Gavimo datą, seniausi pirmiau
console-pages = Puslapiai
console-page-of = { $page } puslapis iš { $pages }
console-previous = Ankstesnis puslapis
console-next = Kitas puslapis
console-next-in-queue = Kitas eilėje
console-decided-next = Sprendimas išsaugotas. Tai kitas sprendimo laukiantis prašymas.
console-days-overdue = { $days ->
        [one] Vėluojama { $days } dieną
        [few] Vėluojama { $days } dienas
       *[other] Vėluojama { $days } dienų
    }
console-confirm-decline = Patvirtinu atmetimą ir priežastį, kurią perskaitys asmuo
console-confirm-decline-missing = Pažymėkite langelį, kad patvirtintumėte atmetimą: asmuo informuojamas iš karto, o sprendimas čia yra galutinis.
console-no-data = Duomenų dar nėra.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = val.
console-unit-days = d.
console-risk-heading = Gresia praleisti terminą ({ $count })
console-risk-none = Nė vieno atviro prašymo terminas nesibaigia per artimiausias 7 dienas.
console-mail = Paštas
console-mail-counts = Laukia išsiuntimo: { $pending }; nepavyko pristatyti (neįteikti laiškai): { $dead }.
