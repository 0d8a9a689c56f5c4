### Henkilöstön hallintakonsoli: suomi (Finnish). Every other language has exactly these ids.

console-nav = Hallintakonsoli
console-queue = Käsittelyjono
console-dashboard = Koontinäyttö
console-audit = Tarkastusloki
console-search = Haku
console-signed-in-as = Kirjautunut: { $user } ({ $role }).
console-sign-out = Kirjaudu ulos

## Kirjautuminen

console-sign-in-title = Henkilöstön kirjautuminen
console-name = Nimi
console-password = Salasana
console-sign-in = Kirjaudu sisään
console-login-csrf = Kirjaudu tietoturvasyistä uudelleen sisään.
console-login-rate-limited = Liian monta kirjautumisyritystä tästä osoitteesta. Odota { $minutes } minuuttia ja yritä uudelleen.
console-login-slow-down = Liian monta epäonnistunutta kirjautumista tästä osoitteesta. Odota { $seconds } sekuntia ja yritä uudelleen.
console-login-wrong = Nimi tai salasana on väärin.
console-login-unreadable = Kirjautumislomaketta ei voitu lukea.
console-logout-csrf = Kirjaudu tietoturvasyistä ulos konsolin sivulta.

## Jono

console-queue-empty = Mikään ei odota päätöstä.
console-queue-intro =
    { $count ->
        [one] { $count } pyyntö odottaa päätöstä. Pyynnöt, joiden määräaika umpeutuu 7 päivän kuluessa, on merkitty ”Määräaika lähestyy”.
       *[other] { $count } pyyntöä odottaa päätöstä, vanhimmat ensin. Pyynnöt, joiden määräaika umpeutuu 7 päivän kuluessa, on merkitty ”Määräaika lähestyy”.
    }
console-request = Pyyntö
console-received = Vastaanotettu
console-jurisdiction = Lainkäyttöalue
console-due = Määräaika
console-overdue = Myöhässä
console-due-soon = Määräaika lähestyy
console-days-left =
    { $days ->
        [one] ({ $days } päivä jäljellä)
       *[other] ({ $days } päivää jäljellä)
    }

## Yksittäinen pyyntö

console-request-title = Pyyntö { $id }
console-errors-heading =
    { $count ->
        [one] Tarkista tämä kohta
       *[other] Tarkista nämä { $count } kohtaa
    }
console-status = Tila
console-email = Sähköposti
console-country = Maa
console-decision-due = Päätöksen määräaika
console-extended-on = (pidennetty { $date })
console-decision = Päätös
console-decision-text = Kirjattu tilaan { $status } { $date }
console-decision-rule = (sääntö { $rule })
console-decision-reason = Syy: { $reason }
console-person-wrote = Mitä henkilö kirjoitti
console-person-impact = Miten käsittely vaikuttaa häneen
console-person-details = Muuta
console-nothing = Ei mitään.
console-decide = Tee päätös
console-honor = Hyväksy vastustus (voimassa tästä eteenpäin, siitä lähtien kun henkilö vahvisti osoitteensa)
console-decline = Hylkää vastustus
console-decline-reason = Hylkäämisen syy
console-decline-reason-hint = Pakollinen hylättäessä. Henkilö saa syyn tiedoksi yhdessä tiedon kanssa oikeudestaan tehdä valitus valvontaviranomaiselle ja viedä asia tuomioistuimeen.
console-decide-button = Kirjaa päätös ja ilmoita henkilölle sähköpostitse
console-extend = Pidennä määräaikaa
console-extend-intro = Vain kerran ja enintään kahdella kuukaudella, jos pyyntö on monimutkainen tai pyyntöjä saapuu paljon samanaikaisesti (tietosuoja-asetuksen 12 artiklan 3 kohta). Henkilölle lähetetään uusi päivämäärä ja antamasi syy sähköpostitse heti, ensimmäisen kuukauden kuluessa.
console-extend-by = Pidennys
console-choose = Valitse
console-one-month = 1 kuukausi
console-two-months = 2 kuukautta
console-extend-reason = Miksi tarvitaan lisää aikaa
console-extend-button = Pidennä ja ilmoita henkilölle sähköpostitse
console-timeline = Aikajana
console-when = Milloin
console-who = Kuka
console-what = Mitä
console-change = Muutos
console-in-audit-log = Tämä pyyntö tarkastuslokissa
console-no-such-request = Tällä tunnisteella ei löydy pyyntöä.
console-form-unreadable = Lomaketta ei voitu lukea.
console-decide-csrf = Tee päätös tietoturvasyistä uudelleen tällä sivulla.
console-decline-reason-missing = Anna hylkäämisen syy: se kerrotaan henkilölle yhdessä tiedon kanssa hänen valitusoikeudestaan.
console-reason-too-long = Syyn on oltava alle { $max } merkkiä.
console-choose-decision = Valitse, hyväksytäänkö vai hylätäänkö vastustus.
console-not-decidable = Tämän pyynnön tila on { $status }, eikä siitä voi enää tehdä päätöstä täällä.
console-extend-csrf = Pidennä määräaikaa tietoturvasyistä uudelleen tällä sivulla.
console-choose-months = Valitse yksi tai kaksi kuukautta.
console-extend-reason-missing = Anna syy: henkilölle kerrotaan, miksi tarvitsemme lisää aikaa.
console-already-extended = Määräaikaa on jo pidennetty kerran; laki ei salli toista pidennystä.
console-too-late = Alkuperäinen määräaika on umpeutunut: pidennyksestä olisi pitänyt ilmoittaa henkilölle sen kuluessa.
console-not-open = Tämä pyyntö ei ole enää avoinna, joten sen määräaikaa ei voi muuttaa.
console-no-extension = Tämän lainkäyttöalueen säännöt eivät salli pidennystä.
console-shorter-extension = Tämän lainkäyttöalueen säännöt sallivat vain lyhyemmän pidennyksen.

## Haku

console-search-title = Etsi pyyntö
console-search-label = Pyynnön tunniste tai sähköpostiosoite
console-search-hint = Osoitteita verrataan samalla tavalla kuin pyynnöissä: isoilla ja pienillä kirjaimilla tai välilyönneillä ei ole merkitystä.
console-search-bad = Anna pyynnön tunniste tai koko sähköpostiosoite, esimerkiksi nimi@example.com.
console-search-none = Tästä osoitteesta ei ole tehty pyyntöjä.
console-search-found =
    { $count ->
        [one] { $count } pyyntö tästä osoitteesta.
       *[other] { $count } pyyntöä tästä osoitteesta, uusimmat ensin.
    }

## Tarkastusloki

console-audit-intro = Jokainen tilamuutos, henkilöstön toimenpide, vienti ja suodatusajo, uusimmat ensin. Jokaiseen merkintään sisältyy edellisen merkinnän tiiviste; ”withhold audit verify” tarkistaa koko ketjun.
console-audit-requests-only = Käsittelijänä näet pyyntöjen historian. Kirjautumiset, API-tunnukset, tuonnit ja viennit näytetään vain ylläpitäjille.
console-kind = Tyyppi
console-actor = Toimija
console-actor-hint = Esimerkiksi policy, person, system tai staff:NIMI.
console-request-id = Pyynnön tunniste
console-filter = Suodata
console-clear = Tyhjennä
console-export = Vie koko loki JSON Lines -muodossa
console-export-note = (valvontaviranomaista varten; ”withhold audit verify --file” tarkistaa sen).
console-export-forbidden = Vain ylläpitäjät voivat viedä tarkastuslokin.
console-audit-none = Ei vastaavia merkintöjä.
console-detail = Tiedot
console-older = Vanhemmat merkinnät

## Koontinäyttö

console-states-heading = Pyynnöt tilan mukaan (yhteensä { $total })
console-states-chart = Pyynnöt tilan mukaan
console-per-day-heading = Vahvistetut vastustukset päivittäin maittain ({ $total } 30 päivän aikana)
console-per-day-chart = Vahvistetut vastustukset päivittäin maittain, viimeiset 30 päivää
console-other-countries = Muut maat
console-latency-heading = Päätösten kesto (päätöksiä 90 päivän aikana: { $count })
console-latency-chart = Aika vastaanotosta päätökseen, viimeiset 90 päivää (tunteina)
console-latency-caption = Vastaanotosta päätökseen
console-by-state = Pyynnöt tilan mukaan
console-filter-state = Tila
console-filter-any = Mikä tahansa
console-filter-due-within = Määräaika umpeutuu (päivän kuluessa)
console-filter-overdue = Vain myöhässä olevat
console-sort = Lajitteluperuste
console-sort-due = Määräaika, lähin ensin
console-sort-received = Vastaanotettu, vanhin ensin
console-pages = Sivut
console-page-of = Sivu { $page }/{ $pages }
console-previous = Edellinen sivu
console-next = Seuraava sivu
console-next-in-queue = Seuraava jonossa
console-decided-next = Päätös tallennettu. Tämä on seuraava päätöstä odottava pyyntö.
console-days-overdue = { $days ->
        [one] { $days } päivä myöhässä
       *[other] { $days } päivää myöhässä
    }
console-confirm-decline = Vahvistan hylkäyksen ja syyn, jonka henkilö lukee
console-confirm-decline-missing = Vahvista hylkäys valitsemalla valintaruutu: henkilölle ilmoitetaan heti, ja päätös on tässä lopullinen.
console-no-data = Ei vielä tietoja.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = pv
console-risk-heading = Määräaika vaarassa ylittyä ({ $count })
console-risk-none = Yhdenkään avoimen pyynnön määräaika ei umpeudu 7 päivän kuluessa.
console-mail = Sähköposti
console-mail-counts = Lähetystä odottaa: { $pending }; ei voitu toimittaa: { $dead } (toimittamattomat viestit).
