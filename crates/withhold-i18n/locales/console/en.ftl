### The staff console: English. Every other language has exactly these ids.

console-nav = Console
console-queue = Review queue
console-dashboard = Dashboard
console-audit = Audit log
console-search = Search
console-signed-in-as = Signed in as { $user } ({ $role }).
console-sign-out = Sign out

## Sign-in

console-sign-in-title = Staff sign-in
console-name = Name
console-password = Password
console-sign-in = Sign in
console-login-csrf = For your security, please sign in again.
console-login-rate-limited = Too many sign-in attempts from here. Please wait { $minutes } minutes and try again.
console-login-slow-down = Too many failed sign-ins from here. Please wait { $seconds } seconds and try again.
console-login-wrong = The name or the password is not right.
console-login-unreadable = The sign-in form could not be read.
console-logout-csrf = For your security, sign out from the console page.

## The queue

console-queue-empty = Nothing is waiting for a decision.
console-queue-intro = { $count } waiting for a decision, oldest first. Requests due within 7 days are marked "Due soon".
console-request = Request
console-received = Received
console-jurisdiction = Jurisdiction
console-due = Due
console-overdue = Overdue
console-due-soon = Due soon
console-days-left = ({ $days } days left)

## A request

console-request-title = Request { $id }
console-errors-heading =
    { $count ->
        [one] Please check this
       *[other] Please check these { $count } things
    }
console-status = Status
console-email = Email
console-country = Country
console-decision-due = Decision due
console-extended-on = (extended on { $date })
console-decision = Decision
console-decision-text = { $status } on { $date }
console-decision-rule = (rule { $rule })
console-decision-reason = Reason: { $reason }
console-person-wrote = What the person wrote
console-person-impact = How the processing affects them
console-person-details = Anything else
console-nothing = Nothing.
console-decide = Decide
console-honor = Honor the objection (applies going forward, from when they confirmed their address)
console-decline = Decline it
console-decline-reason = Reason for declining
console-decline-reason-hint = Required to decline. The person receives it with their right to complain to a supervisory authority and to go to court.
console-decide-button = Record the decision and email the person
console-extend = Extend the deadline
console-extend-intro = Once only, by up to two months, when the request is complex or many arrive at once (GDPR Art. 12(3)). The person is emailed the new date and your reason now, within the first month.
console-extend-by = By
console-choose = Choose
console-one-month = 1 month
console-two-months = 2 months
console-extend-reason = Why more time is needed
console-extend-button = Extend and email the person
console-timeline = Timeline
console-when = When
console-who = Who
console-what = What
console-change = Change
console-in-audit-log = This request in the audit log
console-no-such-request = There is no request with this id.
console-form-unreadable = The form could not be read.
console-decide-csrf = For your security, please make the decision again on this page.
console-decline-reason-missing = Give the reason for declining: the person is told it, with their right to complain.
console-reason-too-long = Keep the reason under { $max } characters.
console-choose-decision = Choose honor or decline.
console-not-decidable = This request is { $status } and can no longer be decided here.
console-extend-csrf = For your security, please extend the deadline again on this page.
console-choose-months = Choose one or two months.
console-extend-reason-missing = Give the reason: the person is told why we need more time.
console-already-extended = The deadline was already extended once; the law allows no second extension.
console-too-late = The original deadline has passed: an extension had to be told to the person within it.
console-not-open = This request is no longer open, so its deadline cannot move.
console-no-extension = This jurisdiction's rules allow no extension.
console-shorter-extension = This jurisdiction's rules allow a shorter extension only.

## Search

console-search-title = Find a request
console-search-label = Request id or email address
console-search-hint = Addresses are matched the way requests are: case and spaces do not matter.
console-search-bad = Enter a request id or a whole email address, like name@example.com.
console-search-none = No request was made from this address.
console-search-found = { $count } request(s) from this address, newest first.

## The audit log

console-audit-intro = Every state change, staff action, export and filter run, newest first. Each entry carries a hash over the one before; "withhold audit verify" checks the whole chain.
console-audit-requests-only = As a reviewer you see the history of requests. Sign-ins, API tokens, imports and exports are shown to admins.
console-kind = Kind
console-actor = Actor
console-actor-hint = For example policy, person, system or staff:NAME.
console-request-id = Request id
console-filter = Filter
console-clear = Clear
console-export = Export the whole log as JSON Lines
console-export-note = (for a regulator; "withhold audit verify --file" checks it).
console-export-forbidden = Only admins can export the audit log.
console-audit-none = No entries match.
console-detail = Detail
console-older = Older entries

## The dashboard

console-states-heading = Requests by state ({ $total } in all)
console-states-chart = Requests by state
console-per-day-heading = Confirmed objections per day by country ({ $total } in 30 days)
console-per-day-chart = Confirmed objections per day by country, last 30 days
console-other-countries = Other countries
console-latency-heading = Decision latency ({ $count } decided in 90 days)
console-latency-chart = Time from receipt to decision, last 90 days (hours)
console-latency-caption = From receipt to decision
console-by-state = Requests by state
console-filter-state = State
console-filter-any = Any
console-filter-due-within = Due within (days)
console-filter-overdue = Overdue only
console-sort = Sort by
console-sort-due = Due date, soonest first
console-sort-received = Received, oldest first
console-pages = Pages
console-page-of = Page { $page } of { $pages }
console-previous = Previous page
console-next = Next page
console-next-in-queue = Next in queue
console-decided-next = Decision saved. This is the next request awaiting a decision.
console-days-overdue = { $days ->
        [one] 1 day overdue
       *[other] { $days } days overdue
    }
console-confirm-decline = I confirm the decline and the reason the person will read
console-confirm-decline-missing = Tick the box to confirm the decline: the person is told at once and the decision is final here.
console-no-data = No data yet.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = days
console-risk-heading = At risk of missing the deadline ({ $count })
console-risk-none = No open request is due within 7 days.
console-mail = Mail
console-mail-counts = { $pending } waiting to be sent; { $dead } could not be delivered (dead letters).
