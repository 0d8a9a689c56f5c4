### Withhold: English. Every other catalogue has exactly these message ids
### (crates/withhold-i18n/tests/catalogues.rs checks it).

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date = { $day } { $month } { $year }
datetime = { $date }, { $time } UTC

## Every page

site-tagline = AI training and your information
skip-to-content = Skip to content
language-switcher = Language
footer-about = About AI training and your information
footer-object = Object
error-title = Error: { $title }
error-prefix = Error:
field-required = (required)
field-optional = (optional)
field-required-here = (required where you live)

## The notice

notice-title = How we use information to train AI
notice-heading = How we will use information to train AI
notice-lead = From { $date }, { $operator } will use some information to develop and improve its AI. You have the right to object, and it takes a minute.
used-heading = What will be used
used-posts = Public posts
used-photos = Photos and their captions
used-ai-messages = Messages you send to our AI assistant
never-heading = What is never used
never-private-messages = Private messages with friends and family
others-heading = Information about you that others share
others-body = Even if you object, information about you can still appear in content that other people share, such as a photo of you someone else posts, and that content may be used.
right-heading = Your right to object
right-body = If you object, we exclude everything you authored from every AI training dataset we build from then on, including what you posted before. You don't need to give a reason, and you can withdraw your objection at any time.
object-button = Object to your information being used for AI
availability-nowhere = The objection form is not available in any country at the moment.
availability-some = The objection form is available for residents of: { $countries }.

## The form

form-title = Object to your information being used for AI
form-intro = Tell us where you live and your email address. We'll email you a code to confirm the address is yours; nothing is reviewed before that.
form-errors-heading =
    { $count ->
        [one] Please check this
       *[other] Please check these { $count } things
    }
form-country-label = Country of residence
form-country-choose = Choose your country
form-email-label = Email address
form-email-hint = We send a confirmation code here, and later our decision.
form-impact-label = How does this processing affect you?
form-impact-hint-required = Your country's rules ask for this.
form-impact-hint-optional = You don't have to give a reason: your objection is honored either way.
form-details-label = Anything else you'd like us to know?
form-length-limit = Up to { $max } characters.
form-send = Send
form-privacy = We keep your address encrypted and use it only for this request. Private messages are never used to train AI.
form-prefilled = We filled in your details from your personal link. Check them, then send the form.
form-link-expired = Your personal link has expired, so your details are not filled in. You can still object: fill in the form below.
form-link-unusable = We could not read your personal link (it may have been cut or changed), so your details are not filled in. You can still object: fill in the form below.
form-csrf = For your security, please check your answers and send the form again.
form-unavailable = We could not save your objection just now: our database is briefly unavailable and nothing was saved. Your answers are still here; please send the form again in a minute.
rate-limited =
    { $minutes ->
        [one] We received several requests from here in a short time. Please wait a minute and send again: what you typed is kept.
       *[other] We received several requests from here in a short time. Please wait { $minutes } minutes and send again: what you typed is kept.
    }

## What is wrong with a field

error-country-required = Choose your country of residence.
error-country-invalid = Choose your country from the list.
error-country-unavailable-nowhere = The objection form is not available for residents of { $country }, nor anywhere else at the moment.
error-country-unavailable-except = The objection form is not available for residents of { $country }. It is available for residents of every country except: { $countries }.
error-country-unavailable-only = The objection form is not available for residents of { $country }. It is available for residents of: { $countries }.
error-email-missing = Enter your email address.
error-email-too-long = An email address is at most 254 characters long.
error-email-missing-at = An email address needs an @ between the name and the domain, like name@example.com.
error-email-local-too-long = The part before the @ is at most 64 characters long.
error-email-local-invalid = The part before the @ has a character or dot that email addresses cannot use.
error-email-domain-invalid = The part after the @ is not a valid domain, like example.com.
error-impact-required = This is required in your country: tell us how the processing affects you.
error-too-long = This is { $actual } characters long; the limit is { $max }.

## When what the browser sent cannot be read

unreadable-heading = We couldn't read that
unreadable-too-large = What you sent is larger than we accept. Please shorten it and try again.
unreadable-body = We could not read what your browser sent. Please go back and try again.
back-to-form = Back to the form

## Confirming the address

confirm-title = Confirm your email address
confirm-heading = Check your email
confirm-intro = We emailed a { $digits }-digit code to the address you gave. Enter it here to confirm your objection. The code works for { $minutes } minutes.
confirm-code-label = Confirmation code
confirm-button = Confirm
confirm-no-email = No email? Check your spam folder, or ask for a new code. A new code replaces the old one.
confirm-resend-button = Send a new code
confirm-wrong-address = Wrong address? Start again with the right one.
start-again = Start again
code-csrf = For your security, please enter the code again.
code-missing = Enter the 6-digit code from the email.
code-malformed = The code is 6 digits, like 123456. Check the email and enter it again.
code-wrong =
    { $left ->
        [one] That code is not right. Check the latest email from us and try again (1 try left).
       *[other] That code is not right. Check the latest email from us and try again ({ $left } tries left).
    }
code-locked = That code was wrong too many times, so for your security we closed this request. Please start again: it takes a minute.
code-expired = This code has expired. Send yourself a new code with the button below, then enter it here.
resend-csrf = For your security, please press "Send a new code" again.
resend-sent = We sent you a new code. Codes we sent before no longer work.
resend-too-many =
    { $minutes ->
        [one] We've already sent { $count } new codes in the last hour. You can ask for another in a minute. Your latest code still works until it expires.
       *[other] We've already sent { $count } new codes in the last hour. You can ask for another in { $minutes } minutes. Your latest code still works until it expires.
    }

## Requests that cannot be shown

not-found-heading = We can't find that request
not-found-body = The link may be incomplete. Use the most recent link from our emails, or start a new objection.
closed-heading = This request is closed
closed-body = It was not confirmed in time, or a wrong code was entered too many times. You can start a new objection: it takes a minute.
already-confirmed-heading = This email address is already confirmed
already-confirmed-body = Nothing more to do here. The link in our emails shows your request's status and timeline.
start-new-objection = Start a new objection
page-not-found-heading = Page not found
page-not-found-body = There is nothing at this address.
go-to-start = Go to the start page
error-heading = Something went wrong on our side
error-body = Your request was not completed. Please go back and try again; if it keeps happening, try again later.
unavailable-heading = We can't take requests right now
unavailable-body = Our database is briefly unavailable. Nothing you sent was lost or half-saved: please go back and send it again in a minute.

## The status page

status-title = Your objection
status-label = Status
status-meaning = What it means
status-email = Email address
status-country = Country of residence
status-received = Received
status-excluded-since = Excluded from AI training since
status-answer-by = We must answer by
status-decided-by = Decided by
status-reason = Reason
status-what-you-can-do = What you can do
status-pending = Waiting for you to confirm your email address
status-pending-meaning = Enter the code we emailed you. Nothing is reviewed before that.
status-verified = Confirmed, being decided
status-verified-meaning = Your information is already excluded from AI training while we decide.
status-review = Being reviewed by a person
status-review-meaning = Your information is already excluded from AI training while a person reviews your objection. We will answer by { $due }.
status-honored = Honored
status-honored-meaning = Applied going forward: every AI training dataset we build excludes the content you authored (public posts, photos and their captions, messages to our AI assistant), including what you posted before. Private messages are never used. Information about you can still appear in content other people share.
status-declined = Declined
status-declined-meaning = Your objection was declined. The reason and what you can do are below.
status-withdrawn = Withdrawn
status-withdrawn-meaning = You withdrew your objection. Datasets built from then on may include content you authored; datasets built while it applied stay without it.
status-closed = Closed
status-closed-meaning = This request was closed without the email address being confirmed. You can object again at any time.
status-notice-confirmed = Thank you: your email address is confirmed.
status-notice-already = You already have an objection in effect, so we didn't open a second one. Here it is.
status-notice-withdrawn = Your objection is withdrawn. We've emailed you a confirmation.
withdraw-button = Withdraw my objection
object-again = Object again
timeline-heading = Timeline
status-keep-private = Keep the link to this page private: anyone with it can see this page and withdraw your objection.

## The timeline

event-received = We received your objection.
event-code-sent = We emailed you a confirmation code.
event-code-resent = We emailed you a new confirmation code.
event-code-rejected = A wrong confirmation code was entered.
event-verified = You confirmed your email address. From this moment your information is excluded from AI training.
event-honored = Your objection was honored, applied going forward. Rule: { $rule }.
event-sent-to-review = Your objection was passed to a person for review: { $reason }.
review-reason-form-closed = the objection form is no longer offered where you live, so a person decides
review-reason-always = in your jurisdiction, a person looks at every objection
review-reason-statement = a person reads the statement you gave before deciding
event-declined = Your objection was declined.
event-withdrawn = You withdrew your objection.
event-expired-wrong-codes = The request was closed after too many wrong codes.
event-expired-unconfirmed = The request was closed because the email address was not confirmed in time.
event-repeat-confirmed = You confirmed a new request; this objection already applied, so no second one was opened.
event-deadline-extended = We extended the deadline for our decision to { $due }. Why: { $reason }
event-other = Something else happened to your request.

## Withdrawing

withdraw-title = Withdraw your objection
withdraw-heading = Withdraw your objection?
withdraw-body = If you withdraw, AI training datasets we build from now on may include content you authored: public posts, photos and their captions, and messages to our AI assistant. Datasets built while your objection applied stay without it. Private messages are never used.
withdraw-again = You can object again at any time.
keep-objection = Keep my objection

## Email: shared

mail-hello = Hello,
mail-footer = This message was sent automatically by { $operator }. Replies to it are not read.
mail-receipt = A receipt of this decision, signed by { $operator }, is attached ({ $file }). Keep it: it proves what was decided and when. Anyone can check it against our public key at
mail-follow = Follow your request here:
mail-timeline = See the whole timeline here:

## Email: the confirmation code

mail-code-subject = Your confirmation code for { $operator }
mail-code-intro = Someone (we hope it was you) asked { $operator } not to use information about them to train AI, and gave this email address.
mail-code-code = Your confirmation code is: { $code }
mail-code-where = Enter it on the page where you made the request. It works for { $minutes } minutes.
mail-code-ignore = If it wasn't you, you can ignore this email: nothing happens until the code is entered.
mail-code-enter-here = You can also enter it here:

## Email: honored

mail-honored-subject = Your objection to AI training has been honored
mail-honored-intro = Your objection to { $operator } using your information to train AI has been honored.
mail-honored-means = What this means, applied going forward:
mail-honored-datasets = Every AI training dataset we build from now on excludes content you authored: your public posts, your photos and their captions, and the messages you send to our AI assistant. This includes what you posted before today.
mail-honored-since = It has applied since you confirmed your email address on { $date }.
mail-honored-private = Private messages with friends and family are never used to train AI, objection or not.
mail-honored-others = Information about you can still appear in content that other people share.
mail-honored-how = How it was decided: { $basis } (rule { $rule }).
mail-honored-link = See the whole timeline, or withdraw your objection, here:

## Email: sent to review

mail-review-subject = Your objection to AI training is being reviewed
mail-review-intro = Thank you for confirming your email address. A person at { $operator } will review your objection to your information being used to train AI.
mail-review-excluded = While it is reviewed, your information is already excluded from AI training (since { $date }).
mail-review-why = Why a person reviews it: { $reason }
mail-review-due = You will get our answer by { $due } at the latest.

## Email: declined

mail-declined-subject = The decision on your objection to AI training
mail-declined-intro = { $operator } has reviewed your objection to your information being used to train AI and has declined it.
mail-declined-reason = The reason: { $reason }
mail-declined-used-again = Your information is used for AI training again from { $date }.
mail-declined-complain = What you can do: { $complaint }
mail-object-again = You can also object again at any time: { $url }

## Email: withdrawn

mail-withdrawn-subject = You withdrew your objection to AI training
mail-withdrawn-intro = You withdrew your objection to { $operator } using your information to train AI.
mail-withdrawn-forward = Going forward, AI training datasets built from { $date } on may include content you authored. Datasets built while your objection was in effect stay without it. Private messages are never used.
mail-withdrawn-again = You can object again at any time: { $url }
mail-withdrawn-not-you = If you did not withdraw your objection, object again at the address above and tell us in the form.

## Email: deadline extended

mail-extended-subject = We need more time to decide on your objection
mail-extended-intro = We need more time to decide on your objection to your information being used to train AI. Our answer will now reach you by { $due } at the latest (it was due by { $was }).
mail-extended-why = Why we need more time: { $reason }
mail-extended-excluded = Your information stays excluded from AI training while we decide.
mail-extended-law = The law allows this extension once, by up to two months, when a request is complex or many requests arrive at once; we must tell you within the first month, as we do now. If you disagree, you can complain to a supervisory authority: { $complaint }

## Email: the notice

mail-notice-subject = How { $operator } will use information to train AI, and your right to object
mail-notice-intro = From { $date }, { $operator } will use some information to develop and improve its AI.
mail-notice-used = What will be used:
mail-notice-never = What is never used:
mail-notice-right = You have the right to object. It takes a minute, you don't need to give a reason, and you can withdraw your objection at any time. If you object, everything you authored is left out of every AI training dataset we build from then on, including what you posted before.
mail-notice-link = Object with your personal link (it fills in your details; it works until { $expires }):
mail-notice-form = Or use the form without it: { $url }
mail-notice-others = Even if you object, information about you can still appear in content that other people share, such as a photo of you someone else posts.
