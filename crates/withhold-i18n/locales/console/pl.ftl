### Konsola pracowników: polski.

console-nav = Konsola
console-queue = Kolejka do rozpatrzenia
console-dashboard = Pulpit
console-audit = Dziennik audytu
console-search = Szukaj
console-signed-in-as = Zalogowano jako { $user } ({ $role }).
console-sign-out = Wyloguj

## Sign-in

console-sign-in-title = Logowanie pracowników
console-name = Nazwa
console-password = Hasło
console-sign-in = Zaloguj
console-login-csrf = Dla bezpieczeństwa zaloguj się ponownie.
console-login-rate-limited = Zbyt wiele prób logowania stąd. Odczekaj { $minutes } min i spróbuj ponownie.
console-login-slow-down = Zbyt wiele nieudanych logowań z tego miejsca. Odczekaj { $seconds } s i spróbuj ponownie.
console-login-wrong = Nazwa lub hasło są nieprawidłowe.
console-login-unreadable = Nie udało się odczytać formularza logowania.
console-logout-csrf = Dla bezpieczeństwa wyloguj się ze strony konsoli.

## The queue

console-queue-empty = Nic nie czeka na decyzję.
console-queue-intro = Oczekujące na decyzję: { $count }, od najstarszych. Zgłoszenia z terminem w ciągu 7 dni są oznaczone „Termin blisko”.
console-request = Zgłoszenie
console-received = Otrzymano
console-jurisdiction = Jurysdykcja
console-due = Termin
console-overdue = Po terminie
console-due-soon = Termin blisko
console-days-left = (pozostało dni: { $days })

## A request

console-request-title = Zgłoszenie { $id }
console-errors-heading =
    { $count ->
        [one] Sprawdź tę rzecz
        [few] Sprawdź te { $count } rzeczy
       *[many] Sprawdź tych { $count } rzeczy
    }
console-status = Stan
console-email = E-mail
console-country = Kraj
console-decision-due = Termin decyzji
console-extended-on = (przedłużono { $date })
console-decision = Decyzja
console-decision-text = { $status }, { $date }
console-decision-rule = (reguła { $rule })
console-decision-reason = Powód: { $reason }
console-person-wrote = Co napisała osoba
console-person-impact = Jak przetwarzanie na nią wpływa
console-person-details = Coś jeszcze
console-nothing = Nic.
console-decide = Zdecyduj
console-honor = Uwzględnij sprzeciw (na przyszłość, od potwierdzenia adresu)
console-decline = Odrzuć go
console-decline-reason = Powód odrzucenia
console-decline-reason-hint = Wymagany przy odrzuceniu. Osoba otrzyma go wraz z informacją o prawie do skargi do organu nadzorczego i do sądu.
console-decide-button = Zapisz decyzję i powiadom osobę
console-extend = Przedłuż termin
console-extend-intro = Tylko raz, maksymalnie o dwa miesiące, gdy sprawa jest złożona lub wpływa wiele zgłoszeń naraz (RODO art. 12 ust. 3). Osoba otrzyma teraz e-mailem nową datę i Twój powód, w ciągu pierwszego miesiąca.
console-extend-by = O
console-choose = Wybierz
console-one-month = 1 miesiąc
console-two-months = 2 miesiące
console-extend-reason = Dlaczego potrzeba więcej czasu
console-extend-button = Przedłuż i powiadom osobę
console-timeline = Historia
console-when = Kiedy
console-who = Kto
console-what = Co
console-change = Zmiana
console-in-audit-log = To zgłoszenie w dzienniku audytu
console-no-such-request = Nie ma zgłoszenia o tym identyfikatorze.
console-form-unreadable = Nie udało się odczytać formularza.
console-decide-csrf = Dla bezpieczeństwa podejmij decyzję ponownie na tej stronie.
console-decline-reason-missing = Podaj powód odrzucenia: osoba go pozna, wraz z prawem do skargi.
console-reason-too-long = Powód musi mieć mniej niż { $max } znaków.
console-choose-decision = Wybierz: uwzględnij albo odrzuć.
console-not-decidable = To zgłoszenie ma stan { $status } i nie można już tu o nim zdecydować.
console-extend-csrf = Dla bezpieczeństwa przedłuż termin ponownie na tej stronie.
console-choose-months = Wybierz jeden lub dwa miesiące.
console-extend-reason-missing = Podaj powód: osoba dowie się, dlaczego potrzebujemy więcej czasu.
console-already-extended = Termin przedłużono już raz; prawo nie pozwala na drugie przedłużenie.
console-too-late = Pierwotny termin minął: o przedłużeniu trzeba było poinformować osobę przed jego upływem.
console-not-open = To zgłoszenie nie jest już otwarte, więc jego termin nie może się zmienić.
console-no-extension = Przepisy tej jurysdykcji nie pozwalają na przedłużenie.
console-shorter-extension = Przepisy tej jurysdykcji pozwalają tylko na krótsze przedłużenie.

## Search

console-search-title = Znajdź zgłoszenie
console-search-label = Identyfikator zgłoszenia lub adres e-mail
console-search-hint = Adresy są porównywane tak jak zgłoszenia: wielkość liter i spacje nie mają znaczenia.
console-search-bad = Wpisz identyfikator zgłoszenia albo pełny adres e-mail, na przykład nazwa@example.com.
console-search-none = Z tego adresu nie złożono żadnego zgłoszenia.
console-search-found = Zgłoszenia z tego adresu: { $count }, od najnowszych.

## The audit log

console-audit-intro = Każda zmiana stanu, działanie pracownika, eksport i filtrowanie, od najnowszych. Każdy wpis zawiera skrót poprzedniego; „withhold audit verify” sprawdza cały łańcuch.
console-audit-requests-only = Jako recenzent widzisz historię zgłoszeń. Logowania, tokeny API, importy i eksporty widzą tylko administratorzy.
console-kind = Rodzaj
console-actor = Wykonawca
console-actor-hint = Na przykład policy, person, system lub staff:NAZWA.
console-request-id = Identyfikator zgłoszenia
console-filter = Filtruj
console-clear = Wyczyść
console-export = Eksportuj cały dziennik jako JSON Lines
console-export-note = (dla organu nadzorczego; „withhold audit verify --file” go sprawdza).
console-export-forbidden = Tylko administratorzy mogą eksportować dziennik audytu.
console-audit-none = Żaden wpis nie pasuje.
console-detail = Szczegóły
console-older = Starsze wpisy

## The dashboard

console-states-heading = Zgłoszenia według stanu (łącznie { $total })
console-states-chart = Zgłoszenia według stanu
console-per-day-heading = Potwierdzone sprzeciwy dziennie według kraju ({ $total } w 30 dni)
console-per-day-chart = Potwierdzone sprzeciwy dziennie według kraju, ostatnie 30 dni
console-other-countries = Inne kraje
console-latency-heading = Czas decyzji (rozstrzygnięte w 90 dni: { $count })
console-latency-chart = Czas od otrzymania do decyzji, ostatnie 90 dni (godziny)
console-latency-caption = Od otrzymania do decyzji
console-by-state = Zgłoszenia według stanu
console-filter-state = Stan
console-filter-any = Dowolny
console-filter-due-within = Termin w ciągu (dni)
console-filter-overdue = Tylko po terminie
console-sort = Sortuj według
console-sort-due = Termin, najbliższe najpierw
console-sort-received = Data otrzymania, najstarsze najpierw
console-pages = Strony
console-page-of = Strona { $page } z { $pages }
console-previous = Poprzednia strona
console-next = Następna strona
console-next-in-queue = Następne w kolejce
console-decided-next = Decyzja zapisana. To jest następne zgłoszenie oczekujące na decyzję.
console-days-overdue = { $days ->
        [one] 1 dzień po terminie
        [few] { $days } dni po terminie
       *[many] { $days } dni po terminie
    }
console-confirm-decline = Potwierdzam odrzucenie i powód, który przeczyta osoba
console-confirm-decline-missing = Zaznacz pole, aby potwierdzić odrzucenie: osoba zostanie od razu powiadomiona, a decyzja jest tu ostateczna.
console-no-data = Nie ma jeszcze danych.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = Zagrożone przekroczeniem terminu ({ $count })
console-risk-none = Żadne otwarte zgłoszenie nie ma terminu w ciągu 7 dni.
console-mail = Poczta
console-mail-counts = Czeka na wysłanie: { $pending }; nie dało się doręczyć: { $dead } (niedoręczalne).
