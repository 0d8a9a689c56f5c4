### The staff console: Bulgarian (български). Every other language has exactly these ids.

console-nav = Конзола
console-queue = Опашка за разглеждане
console-dashboard = Табло
console-audit = Одитен дневник
console-search = Търсене
console-signed-in-as = Влезли сте като { $user } ({ $role }).
console-sign-out = Изход

## Sign-in

console-sign-in-title = Вход за служители
console-name = Име
console-password = Парола
console-sign-in = Вход
console-login-csrf = От съображения за сигурност влезте отново.
console-login-rate-limited = Твърде много опити за вход оттук. Изчакайте { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } и опитайте отново.
console-login-slow-down = Твърде много неуспешни опити за вход оттук. Изчакайте { $seconds ->
        [one] { $seconds } секунда
       *[other] { $seconds } секунди
    } и опитайте отново.
console-login-wrong = Името или паролата не са верни.
console-login-unreadable = Формулярът за вход не можа да бъде прочетен.
console-logout-csrf = От съображения за сигурност излезте чрез бутона на страница от конзолата.

## The queue

console-queue-empty = Няма искания, които чакат решение.
console-queue-intro = Чакащи решение: { $count }, започвайки от най-старите. Исканията със срок до 7 дни са отбелязани с „Срокът наближава“.
console-request = Искане
console-received = Получено
console-jurisdiction = Юрисдикция
console-due = Срок
console-overdue = Просрочено
console-due-soon = Срокът наближава
console-days-left = { $days ->
        [one] (остава { $days } ден)
       *[other] (остават { $days } дни)
    }

## A request

console-request-title = Искане { $id }
console-errors-heading =
    { $count ->
        [one] Моля, поправете следната грешка
       *[other] Моля, поправете следните { $count } грешки
    }
console-status = Статус
console-email = Имейл
console-country = Държава
console-decision-due = Срок за решение
console-extended-on = (удължен на { $date })
console-decision = Решение
console-decision-text = { $status } на { $date }
console-decision-rule = (правило { $rule })
console-decision-reason = Причина: { $reason }
console-person-wrote = Какво е написало лицето
console-person-impact = Как обработването засяга лицето
console-person-details = Друго
console-nothing = Нищо.
console-decide = Вземане на решение
console-honor = Уважаване на възражението (прилага се занапред, от момента, в който лицето е потвърдило адреса си)
console-decline = Отхвърляне на възражението
console-decline-reason = Причина за отхвърлянето
console-decline-reason-hint = Задължително при отхвърляне. Лицето я получава заедно с информация за правото си да подаде жалба до надзорен орган и да се обърне към съда.
console-decide-button = Записване на решението и уведомяване на лицето по имейл
console-extend = Удължаване на срока
console-extend-intro = Само веднъж, с до два месеца, когато искането е сложно или едновременно постъпват много искания (чл. 12, пар. 3 от ОРЗД). Лицето получава по имейл новата дата и вашата причина още сега, в рамките на първия месец.
console-extend-by = Удължаване с
console-choose = Изберете
console-one-month = 1 месец
console-two-months = 2 месеца
console-extend-reason = Защо е нужно повече време
console-extend-button = Удължаване и уведомяване на лицето по имейл
console-timeline = Хронология
console-when = Кога
console-who = Кой
console-what = Какво
console-change = Промяна
console-in-audit-log = Това искане в одитния дневник
console-no-such-request = Няма искане с такъв идентификатор.
console-form-unreadable = Формулярът не можа да бъде прочетен.
console-decide-csrf = От съображения за сигурност вземете решението отново на тази страница.
console-decline-reason-missing = Посочете причината за отхвърлянето: тя се съобщава на лицето заедно с правото му на жалба.
console-reason-too-long = Причината трябва да е по-кратка от { $max } знака.
console-choose-decision = Изберете дали възражението се уважава, или се отхвърля.
console-not-decidable = Това искане е със статус „{ $status }“ и вече не може да бъде решено тук.
console-extend-csrf = От съображения за сигурност удължете срока отново на тази страница.
console-choose-months = Изберете един или два месеца.
console-extend-reason-missing = Посочете причината: лицето ще бъде уведомено защо ни е нужно повече време.
console-already-extended = Срокът вече е бил удължен веднъж; законът не допуска второ удължаване.
console-too-late = Първоначалният срок е изтекъл: лицето трябваше да бъде уведомено за удължаването преди него.
console-not-open = Това искане вече не е отворено, затова срокът му не може да бъде променен.
console-no-extension = Правилата на тази юрисдикция не допускат удължаване.
console-shorter-extension = Правилата на тази юрисдикция допускат само по-кратко удължаване.

## Search

console-search-title = Търсене на искане
console-search-label = Идентификатор на искане или имейл адрес
console-search-hint = Адресите се сравняват по същия начин като при исканията: главните и малките букви и интервалите нямат значение.
console-search-bad = Въведете идентификатор на искане или пълен имейл адрес, например name@example.com.
console-search-none = От този адрес не е подавано искане.
console-search-found = Искания от този адрес: { $count }, започвайки от най-новите.

## The audit log

console-audit-intro = Всяка промяна на състоянието, действие на служител, експорт и прилагане на филтър, започвайки от най-новите. Всеки запис съдържа хеш, изчислен върху предходния; „withhold audit verify“ проверява цялата верига.
console-audit-requests-only = Като проверяващ служител виждате историята на исканията. Входовете, API токените, импортите и експортите се показват на администраторите.
console-kind = Вид
console-actor = Извършител
console-actor-hint = Например policy, person, system или staff:ИМЕ.
console-request-id = Идентификатор на искане
console-filter = Филтриране
console-clear = Изчистване
console-export = Експорт на целия дневник във формат JSON Lines
console-export-note = (за надзорен орган; „withhold audit verify --file“ го проверява).
console-export-forbidden = Само администраторите могат да експортират одитния дневник.
console-audit-none = Няма съвпадащи записи.
console-detail = Подробности
console-older = По-стари записи

## The dashboard

console-states-heading = Искания по състояние (общо { $total })
console-states-chart = Искания по състояние
console-per-day-heading = Потвърдени възражения на ден по държави ({ $total } за 30 дни)
console-per-day-chart = Потвърдени възражения на ден по държави за последните 30 дни
console-other-countries = Други държави
console-latency-heading = Време до решение ({ $count } решени за 90 дни)
console-latency-chart = Време от получаването до решението за последните 90 дни (в часове)
console-latency-caption = От получаването до решението
console-by-state = Искания по състояние
console-filter-state = Състояние
console-filter-any = Всички
console-filter-due-within = Срок до (дни)
console-filter-overdue = Само просрочени
console-sort = Подреждане по
console-sort-due = Срок, първо най-близките
console-sort-received = Получаване, първо най-старите
console-pages = Страници
console-page-of = Страница { $page } от { $pages }
console-previous = Предишна страница
console-next = Следваща страница
console-next-in-queue = Следващо в опашката
console-decided-next = Решението е записано. Това е следващото искане, което чака решение.
console-days-overdue = { $days ->
        [one] просрочено с { $days } ден
       *[other] просрочено с { $days } дни
    }
console-confirm-decline = Потвърждавам отхвърлянето и причината, която лицето ще прочете
console-confirm-decline-missing = Отметнете полето, за да потвърдите отхвърлянето: лицето се уведомява веднага и решението тук е окончателно.
console-no-data = Все още няма данни.
console-duration = { $value } { $unit }
console-unit-ms = мс
console-unit-s = с
console-unit-min = мин
console-unit-h = ч
console-unit-days = дн.
console-risk-heading = С риск от пропускане на срока ({ $count })
console-risk-none = Няма отворени искания със срок през следващите 7 дни.
console-mail = Поща
console-mail-counts = Чакащи изпращане: { $pending }; недоставени (мъртви писма): { $dead }.
