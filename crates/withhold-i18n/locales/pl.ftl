### Withhold: polski.

## Dates (months in the genitive, as Polish dates write them)

month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date = { $day } { $month } { $year }
datetime = { $date }, { $time } UTC

## Every page

site-tagline = Trenowanie AI a Twoje informacje
skip-to-content = Przejdź do treści
language-switcher = Język
footer-about = O trenowaniu AI i Twoich informacjach
footer-object = Sprzeciw
error-title = Błąd: { $title }
error-prefix = Błąd:
field-required = (wymagane)
field-optional = (opcjonalne)
field-required-here = (wymagane w Twoim kraju)

## The notice

notice-title = Jak używamy informacji do trenowania AI
notice-heading = Jak będziemy używać informacji do trenowania AI
notice-lead = Od { $date } { $operator } będzie używać niektórych informacji do rozwijania i ulepszania swojej AI. Masz prawo wnieść sprzeciw i zajmie Ci to minutę.
used-heading = Co będzie używane
used-posts = Publiczne posty
used-photos = Zdjęcia i ich podpisy
used-ai-messages = Wiadomości, które wysyłasz do naszego asystenta AI
never-heading = Czego nigdy nie używamy
never-private-messages = Prywatnych wiadomości z przyjaciółmi i rodziną
others-heading = Informacje o Tobie udostępniane przez innych
others-body = Nawet jeśli wniesiesz sprzeciw, informacje o Tobie mogą pojawiać się w treściach udostępnianych przez inne osoby, na przykład w Twoim zdjęciu opublikowanym przez kogoś innego, i te treści mogą zostać użyte.
right-heading = Twoje prawo do sprzeciwu
right-body = Jeśli wniesiesz sprzeciw, wyłączymy wszystko, czego jesteś autorem, z każdego zbioru danych do trenowania AI, który utworzymy od tej chwili, także to, co opublikowano wcześniej. Nie musisz podawać powodu i możesz wycofać sprzeciw w dowolnym momencie.
object-button = Sprzeciw wobec używania Twoich informacji do AI
availability-nowhere = Formularz sprzeciwu nie jest obecnie dostępny w żadnym kraju.
availability-some = Formularz sprzeciwu jest dostępny dla mieszkańców: { $countries }.

## The form

form-title = Sprzeciw wobec używania Twoich informacji do AI
form-intro = Podaj, gdzie mieszkasz, oraz swój adres e-mail. Wyślemy Ci kod, aby potwierdzić, że adres należy do Ciebie; wcześniej nic nie jest rozpatrywane.
form-errors-heading =
    { $count ->
        [one] Sprawdź tę rzecz
        [few] Sprawdź te { $count } rzeczy
       *[many] Sprawdź tych { $count } rzeczy
    }
form-country-label = Kraj zamieszkania
form-country-choose = Wybierz swój kraj
form-email-label = Adres e-mail
form-email-hint = Wyślemy tu kod potwierdzający, a później naszą decyzję.
form-impact-label = Jak to przetwarzanie na Ciebie wpływa?
form-impact-hint-required = Wymagają tego przepisy Twojego kraju.
form-impact-hint-optional = Nie musisz podawać powodu: Twój sprzeciw zostanie uwzględniony tak czy inaczej.
form-details-label = Czy chcesz nam powiedzieć coś jeszcze?
form-length-limit = Do { $max } znaków.
form-send = Wyślij
form-privacy = Przechowujemy Twój adres w postaci zaszyfrowanej i używamy go tylko w tej sprawie. Prywatne wiadomości nigdy nie są używane do trenowania AI.
form-prefilled = Uzupełniliśmy Twoje dane na podstawie Twojego osobistego linku. Sprawdź je, a potem wyślij formularz.
form-link-expired = Twój osobisty link wygasł, więc Twoje dane nie zostały uzupełnione. Nadal możesz wnieść sprzeciw: wypełnij formularz poniżej.
form-link-unusable = Nie udało się odczytać Twojego osobistego linku (mógł zostać ucięty lub zmieniony), więc Twoje dane nie zostały uzupełnione. Nadal możesz wnieść sprzeciw: wypełnij formularz poniżej.
form-csrf = Dla Twojego bezpieczeństwa sprawdź odpowiedzi i wyślij formularz ponownie.
form-unavailable = Nie udało się teraz zapisać Twojego sprzeciwu: nasza baza danych jest chwilowo niedostępna i nic nie zostało zapisane. Twoje odpowiedzi nadal tu są; wyślij formularz ponownie za minutę.
rate-limited =
    { $minutes ->
        [one] Otrzymaliśmy stąd kilka zgłoszeń w krótkim czasie. Odczekaj minutę i wyślij ponownie: to, co wpisano, zostaje zachowane.
        [few] Otrzymaliśmy stąd kilka zgłoszeń w krótkim czasie. Odczekaj { $minutes } minuty i wyślij ponownie: to, co wpisano, zostaje zachowane.
       *[many] Otrzymaliśmy stąd kilka zgłoszeń w krótkim czasie. Odczekaj { $minutes } minut i wyślij ponownie: to, co wpisano, zostaje zachowane.
    }

## What is wrong with a field

error-country-required = Wybierz kraj zamieszkania.
error-country-invalid = Wybierz swój kraj z listy.
error-country-unavailable-nowhere = Formularz sprzeciwu nie jest dostępny dla mieszkańców kraju { $country } ani obecnie nigdzie indziej.
error-country-unavailable-except = Formularz sprzeciwu nie jest dostępny dla mieszkańców kraju { $country }. Jest dostępny dla mieszkańców wszystkich krajów z wyjątkiem: { $countries }.
error-country-unavailable-only = Formularz sprzeciwu nie jest dostępny dla mieszkańców kraju { $country }. Jest dostępny dla mieszkańców: { $countries }.
error-email-missing = Wpisz swój adres e-mail.
error-email-too-long = Adres e-mail ma co najwyżej 254 znaki.
error-email-missing-at = Adres e-mail wymaga znaku @ między nazwą a domeną, na przykład nazwa@example.com.
error-email-local-too-long = Część przed @ ma co najwyżej 64 znaki.
error-email-local-invalid = Część przed @ zawiera znak lub kropkę, których adresy e-mail nie mogą używać.
error-email-domain-invalid = Część po @ nie jest prawidłową domeną, taką jak example.com.
error-impact-required = W Twoim kraju jest to wymagane: napisz, jak przetwarzanie na Ciebie wpływa.
error-too-long = Ten tekst ma { $actual } znaków; limit to { $max }.

## When what the browser sent cannot be read

unreadable-heading = Nie udało się tego odczytać
unreadable-too-large = To, co wysłano, jest większe, niż przyjmujemy. Skróć tekst i spróbuj ponownie.
unreadable-body = Nie udało się odczytać tego, co wysłała Twoja przeglądarka. Wróć i spróbuj ponownie.
back-to-form = Wróć do formularza

## Confirming the address

confirm-title = Potwierdź swój adres e-mail
confirm-heading = Sprawdź pocztę
confirm-intro = Wysłaliśmy { $digits }-cyfrowy kod na podany adres. Wpisz go tutaj, aby potwierdzić sprzeciw. Kod jest ważny przez { $minutes } minut.
confirm-code-label = Kod potwierdzający
confirm-button = Potwierdź
confirm-no-email = Brak wiadomości? Sprawdź folder spam albo poproś o nowy kod. Nowy kod zastępuje poprzedni.
confirm-resend-button = Wyślij nowy kod
confirm-wrong-address = Błędny adres? Zacznij od nowa z właściwym.
start-again = Zacznij od nowa
code-csrf = Dla Twojego bezpieczeństwa wpisz kod ponownie.
code-missing = Wpisz 6-cyfrowy kod z wiadomości e-mail.
code-malformed = Kod ma 6 cyfr, na przykład 123456. Sprawdź wiadomość i wpisz go ponownie.
code-wrong =
    { $left ->
        [one] Ten kod jest nieprawidłowy. Sprawdź naszą najnowszą wiadomość i spróbuj ponownie (została 1 próba).
        [few] Ten kod jest nieprawidłowy. Sprawdź naszą najnowszą wiadomość i spróbuj ponownie (zostały { $left } próby).
       *[many] Ten kod jest nieprawidłowy. Sprawdź naszą najnowszą wiadomość i spróbuj ponownie (zostało { $left } prób).
    }
code-locked = Kod był błędny zbyt wiele razy, więc dla Twojego bezpieczeństwa zamknęliśmy to zgłoszenie. Zacznij od nowa: zajmie to minutę.
code-expired = Ten kod wygasł. Poproś o nowy kod przyciskiem poniżej, a potem wpisz go tutaj.
resend-csrf = Dla Twojego bezpieczeństwa naciśnij ponownie „Wyślij nowy kod”.
resend-sent = Wysłaliśmy Ci nowy kod. Wcześniej wysłane kody już nie działają.
resend-too-many =
    { $minutes ->
        [one] W ciągu ostatniej godziny wysłaliśmy już { $count } nowe kody. O kolejny możesz poprosić za minutę. Twój najnowszy kod działa, dopóki nie wygaśnie.
        [few] W ciągu ostatniej godziny wysłaliśmy już { $count } nowe kody. O kolejny możesz poprosić za { $minutes } minuty. Twój najnowszy kod działa, dopóki nie wygaśnie.
       *[many] W ciągu ostatniej godziny wysłaliśmy już { $count } nowe kody. O kolejny możesz poprosić za { $minutes } minut. Twój najnowszy kod działa, dopóki nie wygaśnie.
    }

## Requests that cannot be shown

not-found-heading = Nie możemy znaleźć tego zgłoszenia
not-found-body = Link może być niepełny. Użyj najnowszego linku z naszych wiadomości albo zgłoś nowy sprzeciw.
closed-heading = To zgłoszenie jest zamknięte
closed-body = Nie zostało potwierdzone na czas albo zbyt wiele razy wpisano błędny kod. Możesz zgłosić nowy sprzeciw: zajmie to minutę.
already-confirmed-heading = Ten adres e-mail jest już potwierdzony
already-confirmed-body = Nie musisz tu nic więcej robić. Link w naszych wiadomościach pokazuje stan i historię Twojego zgłoszenia.
start-new-objection = Zgłoś nowy sprzeciw
page-not-found-heading = Nie znaleziono strony
page-not-found-body = Pod tym adresem nic nie ma.
go-to-start = Przejdź do strony głównej
error-heading = Coś poszło nie tak po naszej stronie
error-body = Twoje zgłoszenie nie zostało zrealizowane. Wróć i spróbuj ponownie; jeśli to się powtarza, spróbuj później.
unavailable-heading = Nie możemy teraz przyjmować zgłoszeń
unavailable-body = Nasza baza danych jest chwilowo niedostępna. Nic z tego, co wysłano, nie zostało utracone ani zapisane częściowo: wróć i wyślij ponownie za minutę.

## The status page

status-title = Twój sprzeciw
status-label = Stan
status-meaning = Co to oznacza
status-email = Adres e-mail
status-country = Kraj zamieszkania
status-received = Otrzymano
status-excluded-since = Wyłączone z trenowania AI od
status-answer-by = Musimy odpowiedzieć do
status-decided-by = Podstawa decyzji
status-reason = Powód
status-what-you-can-do = Co możesz zrobić
status-pending = Czeka na potwierdzenie Twojego adresu e-mail
status-pending-meaning = Wpisz kod, który wysłaliśmy e-mailem. Wcześniej nic nie jest rozpatrywane.
status-verified = Potwierdzony, czeka na decyzję
status-verified-meaning = Twoje informacje są już wyłączone z trenowania AI, gdy podejmujemy decyzję.
status-review = Rozpatrywany przez człowieka
status-review-meaning = Twoje informacje są już wyłączone z trenowania AI, gdy człowiek rozpatruje Twój sprzeciw. Odpowiemy do { $due }.
status-honored = Uwzględniony
status-honored-meaning = Obowiązuje na przyszłość: każdy zbiór danych do trenowania AI, który tworzymy, pomija treści, których jesteś autorem (publiczne posty, zdjęcia i ich podpisy, wiadomości do naszego asystenta AI), także te opublikowane wcześniej. Prywatne wiadomości nigdy nie są używane. Informacje o Tobie mogą nadal pojawiać się w treściach udostępnianych przez innych.
status-declined = Odrzucony
status-declined-meaning = Twój sprzeciw został odrzucony. Powód i to, co możesz zrobić, znajdziesz poniżej.
status-withdrawn = Wycofany
status-withdrawn-meaning = Wycofano sprzeciw. Zbiory danych tworzone od tej chwili mogą zawierać Twoje treści; zbiory utworzone, gdy obowiązywał, pozostają bez nich.
status-closed = Zamknięty
status-closed-meaning = To zgłoszenie zamknięto bez potwierdzenia adresu e-mail. Możesz ponownie wnieść sprzeciw w dowolnym momencie.
status-notice-confirmed = Dziękujemy: Twój adres e-mail jest potwierdzony.
status-notice-already = Masz już obowiązujący sprzeciw, więc nie otworzyliśmy drugiego. Oto on.
status-notice-withdrawn = Twój sprzeciw został wycofany. Wysłaliśmy Ci potwierdzenie e-mailem.
withdraw-button = Wycofaj mój sprzeciw
object-again = Wnieś sprzeciw ponownie
timeline-heading = Historia
status-keep-private = Nie udostępniaj linku do tej strony: każdy, kto go ma, może zobaczyć tę stronę i wycofać Twój sprzeciw.

## The timeline

event-received = Otrzymaliśmy Twój sprzeciw.
event-code-sent = Wysłaliśmy Ci e-mailem kod potwierdzający.
event-code-resent = Wysłaliśmy Ci e-mailem nowy kod potwierdzający.
event-code-rejected = Wpisano błędny kod potwierdzający.
event-verified = Potwierdzono adres e-mail. Od tej chwili Twoje informacje są wyłączone z trenowania AI.
event-honored = Twój sprzeciw został uwzględniony ze skutkiem na przyszłość. Reguła: { $rule }.
event-sent-to-review = Twój sprzeciw przekazano do rozpatrzenia człowiekowi: { $reason }.
review-reason-form-closed = formularz sprzeciwu nie jest już dostępny tam, gdzie mieszkasz, więc decyduje człowiek
review-reason-always = w Twojej jurysdykcji każdy sprzeciw sprawdza człowiek
review-reason-statement = zanim zapadnie decyzja, człowiek przeczyta to, co napisano
event-declined = Twój sprzeciw został odrzucony.
event-withdrawn = Wycofano sprzeciw.
event-expired-wrong-codes = Zgłoszenie zamknięto po zbyt wielu błędnych kodach.
event-expired-unconfirmed = Zgłoszenie zamknięto, ponieważ adres e-mail nie został potwierdzony na czas.
event-repeat-confirmed = Potwierdzono nowe zgłoszenie; ten sprzeciw już obowiązywał, więc nie otwarto drugiego.
event-deadline-extended = Przedłużyliśmy termin naszej decyzji do { $due }. Dlaczego: { $reason }
event-other = W Twoim zgłoszeniu wydarzyło się coś innego.

## Withdrawing

withdraw-title = Wycofaj swój sprzeciw
withdraw-heading = Wycofać sprzeciw?
withdraw-body = Jeśli go wycofasz, zbiory danych do trenowania AI, które utworzymy od teraz, mogą zawierać treści, których jesteś autorem: publiczne posty, zdjęcia i ich podpisy oraz wiadomości do naszego asystenta AI. Zbiory utworzone, gdy Twój sprzeciw obowiązywał, pozostają bez nich. Prywatne wiadomości nigdy nie są używane.
withdraw-again = Możesz ponownie wnieść sprzeciw w dowolnym momencie.
keep-objection = Zachowaj mój sprzeciw

## Email: shared

mail-hello = Dzień dobry,
mail-footer = Tę wiadomość wysłano automatycznie w imieniu { $operator }. Odpowiedzi na nią nie są czytane.
mail-receipt = W załączniku jest potwierdzenie tej decyzji podpisane przez { $operator } ({ $file }). Zachowaj je: dowodzi, co i kiedy postanowiono. Każdy może je sprawdzić naszym kluczem publicznym pod adresem
mail-follow = Śledź swoje zgłoszenie tutaj:
mail-timeline = Całą historię zobaczysz tutaj:

## Email: the confirmation code

mail-code-subject = Twój kod potwierdzający dla { $operator }
mail-code-intro = Ktoś (mamy nadzieję, że Ty) poprosił { $operator } o nieużywanie informacji o sobie do trenowania AI i podał ten adres e-mail.
mail-code-code = Twój kod potwierdzający to: { $code }
mail-code-where = Wpisz go na stronie, na której złożono zgłoszenie. Jest ważny przez { $minutes } minut.
mail-code-ignore = Jeśli to nie Ty, możesz zignorować tę wiadomość: nic się nie stanie, dopóki kod nie zostanie wpisany.
mail-code-enter-here = Możesz go też wpisać tutaj:

## Email: honored

mail-honored-subject = Twój sprzeciw wobec trenowania AI został uwzględniony
mail-honored-intro = Twój sprzeciw wobec używania Twoich informacji przez { $operator } do trenowania AI został uwzględniony.
mail-honored-means = Co to oznacza na przyszłość:
mail-honored-datasets = Każdy zbiór danych do trenowania AI, który utworzymy od teraz, pomija treści, których jesteś autorem: Twoje publiczne posty, zdjęcia i ich podpisy oraz wiadomości wysyłane do naszego asystenta AI. Dotyczy to także tego, co opublikowano przed dzisiejszym dniem.
mail-honored-since = Obowiązuje od potwierdzenia adresu e-mail w dniu { $date }.
mail-honored-private = Prywatne wiadomości z przyjaciółmi i rodziną nigdy nie są używane do trenowania AI, niezależnie od sprzeciwu.
mail-honored-others = Informacje o Tobie mogą nadal pojawiać się w treściach udostępnianych przez inne osoby.
mail-honored-how = Podstawa decyzji: { $basis } (reguła { $rule }).
mail-honored-link = Całą historię zobaczysz, a sprzeciw wycofasz, tutaj:

## Email: sent to review

mail-review-subject = Twój sprzeciw wobec trenowania AI jest rozpatrywany
mail-review-intro = Dziękujemy za potwierdzenie adresu e-mail. Pracownik { $operator } rozpatrzy Twój sprzeciw wobec używania Twoich informacji do trenowania AI.
mail-review-excluded = Podczas rozpatrywania Twoje informacje są już wyłączone z trenowania AI (od { $date }).
mail-review-why = Dlaczego rozpatruje go człowiek: { $reason }
mail-review-due = Naszą odpowiedź otrzymasz najpóźniej { $due }.

## Email: declined

mail-declined-subject = Decyzja w sprawie Twojego sprzeciwu wobec trenowania AI
mail-declined-intro = { $operator } rozpatrzył Twój sprzeciw wobec używania Twoich informacji do trenowania AI i go odrzucił.
mail-declined-reason = Powód: { $reason }
mail-declined-used-again = Twoje informacje są ponownie używane do trenowania AI od { $date }.
mail-declined-complain = Co możesz zrobić: { $complaint }
mail-object-again = Możesz też w każdej chwili ponownie wnieść sprzeciw: { $url }

## Email: withdrawn

mail-withdrawn-subject = Wycofano Twój sprzeciw wobec trenowania AI
mail-withdrawn-intro = Wycofano Twój sprzeciw wobec używania Twoich informacji przez { $operator } do trenowania AI.
mail-withdrawn-forward = Na przyszłość: zbiory danych do trenowania AI tworzone od { $date } mogą zawierać treści, których jesteś autorem. Zbiory utworzone, gdy Twój sprzeciw obowiązywał, pozostają bez nich. Prywatne wiadomości nigdy nie są używane.
mail-withdrawn-again = Możesz w każdej chwili ponownie wnieść sprzeciw: { $url }
mail-withdrawn-not-you = Jeśli to nie Ty wycofano sprzeciw, wnieś go ponownie pod powyższym adresem i napisz nam o tym w formularzu.

## Email: deadline extended

mail-extended-subject = Potrzebujemy więcej czasu na decyzję w sprawie Twojego sprzeciwu
mail-extended-intro = Potrzebujemy więcej czasu na decyzję w sprawie Twojego sprzeciwu wobec używania Twoich informacji do trenowania AI. Naszą odpowiedź otrzymasz teraz najpóźniej { $due } (wcześniej termin upływał { $was }).
mail-extended-why = Dlaczego potrzebujemy więcej czasu: { $reason }
mail-extended-excluded = Twoje informacje pozostają wyłączone z trenowania AI, dopóki nie podejmiemy decyzji.
mail-extended-law = Prawo pozwala na takie przedłużenie raz, o maksymalnie dwa miesiące, gdy sprawa jest złożona lub wpływa wiele zgłoszeń naraz; musimy poinformować o tym w ciągu pierwszego miesiąca, co właśnie robimy. Jeśli się nie zgadzasz, możesz złożyć skargę do organu nadzorczego: { $complaint }

## Email: the notice

mail-notice-subject = Jak { $operator } będzie używać informacji do trenowania AI i Twoje prawo do sprzeciwu
mail-notice-intro = Od { $date } { $operator } będzie używać niektórych informacji do rozwijania i ulepszania swojej AI.
mail-notice-used = Co będzie używane:
mail-notice-never = Czego nigdy nie używamy:
mail-notice-right = Masz prawo wnieść sprzeciw. Zajmie to minutę, nie musisz podawać powodu i możesz wycofać sprzeciw w dowolnym momencie. Jeśli wniesiesz sprzeciw, wszystko, czego jesteś autorem, zostanie pominięte w każdym zbiorze danych do trenowania AI, który utworzymy od tej chwili, także to, co opublikowano wcześniej.
mail-notice-link = Wnieś sprzeciw przez swój osobisty link (uzupełnia Twoje dane; działa do { $expires }):
mail-notice-form = Albo użyj formularza bez niego: { $url }
mail-notice-others = Nawet jeśli wniesiesz sprzeciw, informacje o Tobie mogą pojawiać się w treściach udostępnianych przez inne osoby, na przykład w Twoim zdjęciu opublikowanym przez kogoś innego.
