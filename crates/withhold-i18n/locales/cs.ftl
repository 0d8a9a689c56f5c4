### Withhold: čeština. Má přesně tytéž identifikátory zpráv jako angličtina
### (kontroluje to crates/withhold-i18n/tests/catalogues.rs).

## Dates

month-1 = ledna
month-2 = února
month-3 = března
month-4 = dubna
month-5 = května
month-6 = června
month-7 = července
month-8 = srpna
month-9 = září
month-10 = října
month-11 = listopadu
month-12 = prosince
date = { $day }. { $month } { $year }
datetime = { $date } v { $time } UTC

## Every page

site-tagline = Trénování AI a vaše informace
skip-to-content = Přejít na obsah
language-switcher = Jazyk
footer-about = O trénování AI a vašich informacích
footer-object = Vznést námitku
error-title = Chyba: { $title }
error-prefix = Chyba:
field-required = (povinné)
field-optional = (nepovinné)
field-required-here = (povinné v zemi vašeho bydliště)

## The notice

notice-title = Jak používáme informace k trénování AI
notice-heading = Jak budeme používat informace k trénování AI
notice-lead = Od { $date } bude { $operator } používat některé informace k vývoji a zlepšování své AI. Máte právo vznést námitku a zabere vám to jen minutu.
used-heading = Co budeme používat
used-posts = Veřejné příspěvky
used-photos = Fotky a jejich popisky
used-ai-messages = Zprávy, které posíláte našemu asistentovi AI
never-heading = Co nikdy nepoužíváme
never-private-messages = Soukromé zprávy s přáteli a rodinou
others-heading = Informace o vás, které sdílejí ostatní
others-body = I když vznesete námitku, informace o vás se mohou dál objevovat v obsahu, který sdílejí jiní lidé, například na vaší fotce, kterou zveřejní někdo jiný, a takový obsah se může použít.
right-heading = Vaše právo vznést námitku
right-body = Pokud vznesete námitku, vyřadíme veškerý obsah, jehož jste autorem, ze všech datových sad pro trénování AI, které od té chvíle vytvoříme, a to včetně toho, co jste zveřejnili dříve. Nemusíte uvádět důvod a námitku můžete kdykoli vzít zpět.
object-button = Vznést námitku proti použití vašich informací pro AI
availability-nowhere = Formulář pro podání námitky teď není dostupný v žádné zemi.
availability-some = Formulář pro podání námitky mohou použít obyvatelé těchto zemí: { $countries }.

## The form

form-title = Námitka proti použití vašich informací pro AI
form-intro = Uveďte, kde žijete, a svou e-mailovou adresu. Pošleme vám na ni kód, kterým potvrdíte, že adresa patří vám; do té doby nic neposuzujeme.
form-errors-heading =
    { $count ->
        [one] Zkontrolujte prosím tento údaj
        [few] Zkontrolujte prosím tyto { $count } údaje
       *[other] Zkontrolujte prosím těchto { $count } údajů
    }
form-country-label = Země bydliště
form-country-choose = Vyberte svou zemi
form-email-label = E-mailová adresa
form-email-hint = Pošleme na ni potvrzovací kód a později i naše rozhodnutí.
form-impact-label = Jak se vás toto zpracování dotýká?
form-impact-hint-required = Vyžadují to předpisy vaší země.
form-impact-hint-optional = Důvod uvádět nemusíte: vaší námitce vyhovíme v každém případě.
form-details-label = Chcete nám sdělit ještě něco?
form-length-limit = Nejvýše { $max } znaků.
form-send = Odeslat
form-privacy = Vaši adresu uchováváme zašifrovanou a používáme ji jen pro tuto žádost. Soukromé zprávy se k trénování AI nikdy nepoužívají.
form-prefilled = Vaše údaje jsme vyplnili podle vašeho osobního odkazu. Zkontrolujte je a formulář odešlete.
form-link-expired = Platnost vašeho osobního odkazu vypršela, a proto vaše údaje nejsou vyplněné. Námitku můžete vznést i tak: vyplňte formulář níže.
form-link-unusable = Váš osobní odkaz se nám nepodařilo přečíst (mohl být zkrácený nebo pozměněný), a proto vaše údaje nejsou vyplněné. Námitku můžete vznést i tak: vyplňte formulář níže.
form-csrf = Z bezpečnostních důvodů prosím zkontrolujte své odpovědi a odešlete formulář znovu.
form-unavailable = Vaši námitku se teď nepodařilo uložit: naše databáze je krátce nedostupná a nic se neuložilo. Vaše odpovědi tu zůstávají; odešlete prosím formulář znovu za minutu.
rate-limited =
    { $minutes ->
        [one] Z tohoto místa jsme v krátké době dostali několik žádostí. Počkejte prosím minutu a odešlete formulář znovu: vaše odpovědi zůstanou zachované.
        [few] Z tohoto místa jsme v krátké době dostali několik žádostí. Počkejte prosím { $minutes } minuty a odešlete formulář znovu: vaše odpovědi zůstanou zachované.
       *[other] Z tohoto místa jsme v krátké době dostali několik žádostí. Počkejte prosím { $minutes } minut a odešlete formulář znovu: vaše odpovědi zůstanou zachované.
    }

## What is wrong with a field

error-country-required = Vyberte zemi svého bydliště.
error-country-invalid = Vyberte svou zemi ze seznamu.
error-country-unavailable-nowhere = Pro zemi bydliště { $country } není formulář pro podání námitky dostupný a momentálně není dostupný ani nikde jinde.
error-country-unavailable-except = Pro zemi bydliště { $country } není formulář pro podání námitky dostupný. Mohou ho použít obyvatelé všech zemí kromě těchto: { $countries }.
error-country-unavailable-only = Pro zemi bydliště { $country } není formulář pro podání námitky dostupný. Mohou ho použít obyvatelé těchto zemí: { $countries }.
error-email-missing = Zadejte svou e-mailovou adresu.
error-email-too-long = E-mailová adresa může mít nejvýše 254 znaků.
error-email-missing-at = E-mailová adresa musí mezi jménem a doménou obsahovat zavináč @, například jmeno@example.com.
error-email-local-too-long = Část před zavináčem @ může mít nejvýše 64 znaků.
error-email-local-invalid = Část před zavináčem @ obsahuje znak, který e-mailové adresy nemohou použít, nebo tečku na nepovoleném místě.
error-email-domain-invalid = Část za zavináčem @ není platná doména, jako je například example.com.
error-impact-required = Ve vaší zemi je tento údaj povinný: napište nám, jak se vás zpracování dotýká.
error-too-long = Text má { $actual } znaků; povoleno je nejvýše { $max }.

## When what the browser sent cannot be read

unreadable-heading = Nepodařilo se nám to přečíst
unreadable-too-large = Odeslaný obsah je větší, než dokážeme přijmout. Zkraťte ho prosím a zkuste to znovu.
unreadable-body = Nepodařilo se nám přečíst, co váš prohlížeč odeslal. Vraťte se prosím zpět a zkuste to znovu.
back-to-form = Zpět na formulář

## Confirming the address

confirm-title = Potvrďte svou e-mailovou adresu
confirm-heading = Zkontrolujte svůj e-mail
confirm-intro = Na zadanou adresu jsme vám poslali { $digits }místný kód. Zadejte ho sem, a potvrdíte tím svou námitku. Kód platí { $minutes } min.
confirm-code-label = Potvrzovací kód
confirm-button = Potvrdit
confirm-no-email = Nepřišel vám e-mail? Podívejte se do složky se spamem nebo si vyžádejte nový kód. Nový kód nahradí ten původní.
confirm-resend-button = Poslat nový kód
confirm-wrong-address = Zadali jste špatnou adresu? Začněte znovu se správnou.
start-again = Začít znovu
code-csrf = Z bezpečnostních důvodů prosím zadejte kód znovu.
code-missing = Zadejte šestimístný kód z e-mailu.
code-malformed = Kód má 6 číslic, například 123456. Podívejte se do e-mailu a zadejte ho znovu.
code-wrong =
    { $left ->
        [one] Tento kód není správný. Zkontrolujte poslední e-mail, který jsme vám poslali, a zkuste to znovu (zbývá 1 pokus).
        [few] Tento kód není správný. Zkontrolujte poslední e-mail, který jsme vám poslali, a zkuste to znovu (zbývají { $left } pokusy).
       *[other] Tento kód není správný. Zkontrolujte poslední e-mail, který jsme vám poslali, a zkuste to znovu (zbývá { $left } pokusů).
    }
code-locked = Kód byl příliš mnohokrát zadán špatně, a proto jsme tuto žádost z bezpečnostních důvodů uzavřeli. Začněte prosím znovu: zabere to jen minutu.
code-expired = Platnost tohoto kódu vypršela. Tlačítkem níže si pošlete nový kód a zadejte ho sem.
resend-csrf = Z bezpečnostních důvodů prosím znovu stiskněte „Poslat nový kód“.
resend-sent = Poslali jsme vám nový kód. Kódy, které jsme poslali dříve, už neplatí.
resend-too-many =
    { $minutes ->
        [one] Za poslední hodinu jsme vám nový kód poslali už { $count }×. Další si můžete vyžádat za minutu. Váš poslední kód platí, dokud nevyprší.
        [few] Za poslední hodinu jsme vám nový kód poslali už { $count }×. Další si můžete vyžádat za { $minutes } minuty. Váš poslední kód platí, dokud nevyprší.
       *[other] Za poslední hodinu jsme vám nový kód poslali už { $count }×. Další si můžete vyžádat za { $minutes } minut. Váš poslední kód platí, dokud nevyprší.
    }

## Requests that cannot be shown

not-found-heading = Tuto žádost nemůžeme najít
not-found-body = Odkaz možná není celý. Použijte nejnovější odkaz z našich e-mailů, nebo vzneste novou námitku.
closed-heading = Tato žádost je uzavřená
closed-body = Nebyla včas potvrzena, nebo byl příliš mnohokrát zadán špatný kód. Můžete vznést novou námitku: zabere to jen minutu.
already-confirmed-heading = Tato e-mailová adresa už je potvrzená
already-confirmed-body = Tady už nemusíte nic dělat. Odkaz v našich e-mailech ukazuje stav vaší žádosti a její průběh.
start-new-objection = Vznést novou námitku
page-not-found-heading = Stránka nenalezena
page-not-found-body = Na této adrese nic není.
go-to-start = Přejít na úvodní stránku
error-heading = Na naší straně se něco pokazilo
error-body = Vaše žádost nebyla dokončena. Vraťte se prosím zpět a zkuste to znovu; pokud se to bude opakovat, zkuste to později.
unavailable-heading = Žádosti teď nemůžeme přijímat
unavailable-body = Naše databáze je krátce nedostupná. Nic z toho, co jste odeslali, se neztratilo ani neuložilo napůl: vraťte se prosím zpět a za minutu to odešlete znovu.

## The status page

status-title = Vaše námitka
status-label = Stav
status-meaning = Co to znamená
status-email = E-mailová adresa
status-country = Země bydliště
status-received = Přijato
status-excluded-since = Vyřazeno z trénování AI od
status-answer-by = Odpovědět musíme do
status-decided-by = Rozhodnuto podle
status-reason = Důvod
status-what-you-can-do = Co můžete udělat
status-pending = Čeká na potvrzení vaší e-mailové adresy
status-pending-meaning = Zadejte kód, který jsme vám poslali e-mailem. Do té doby nic neposuzujeme.
status-verified = Potvrzeno, čeká na rozhodnutí
status-verified-meaning = Zatímco rozhodujeme, vaše informace jsou už z trénování AI vyřazené.
status-review = Posuzuje ji člověk
status-review-meaning = Zatímco vaši námitku posuzuje člověk, vaše informace jsou už z trénování AI vyřazené. Odpovíme vám do { $due }.
status-honored = Vyhověno
status-honored-meaning = Platí do budoucna: z každé datové sady pro trénování AI, kterou vytvoříme, je vyřazen obsah, jehož jste autorem (veřejné příspěvky, fotky a jejich popisky, zprávy našemu asistentovi AI), a to včetně toho, co jste zveřejnili dříve. Soukromé zprávy se nikdy nepoužívají. Informace o vás se mohou dál objevovat v obsahu, který sdílejí jiní lidé.
status-declined = Zamítnuto
status-declined-meaning = Vaše námitka byla zamítnuta. Důvod a to, co můžete udělat, najdete níže.
status-withdrawn = Vzato zpět
status-withdrawn-meaning = Námitku jste vzali zpět. Datové sady vytvořené od té chvíle mohou obsahovat obsah, jehož jste autorem; datové sady vytvořené v době, kdy námitka platila, ho nadále neobsahují.
status-closed = Uzavřeno
status-closed-meaning = Tato žádost byla uzavřena, aniž by byla potvrzena e-mailová adresa. Námitku můžete kdykoli vznést znovu.
status-notice-confirmed = Děkujeme: vaše e-mailová adresa je potvrzená.
status-notice-already = Už máte platnou námitku, a proto jsme druhou neotevírali. Najdete ji zde.
status-notice-withdrawn = Vaše námitka je vzata zpět. Poslali jsme vám potvrzení e-mailem.
withdraw-button = Vzít námitku zpět
object-again = Znovu vznést námitku
timeline-heading = Průběh
status-keep-private = Odkaz na tuto stránku si nechte pro sebe: kdokoli, kdo ho má, může tuto stránku zobrazit a vaši námitku vzít zpět.

## The timeline

event-received = Přijali jsme vaši námitku.
event-code-sent = Poslali jsme vám e-mailem potvrzovací kód.
event-code-resent = Poslali jsme vám e-mailem nový potvrzovací kód.
event-code-rejected = Byl zadán špatný potvrzovací kód.
event-verified = Potvrdili jste svou e-mailovou adresu. Od této chvíle jsou vaše informace vyřazené z trénování AI.
event-honored = Vaší námitce bylo vyhověno s účinností do budoucna. Pravidlo: { $rule }.
event-sent-to-review = Vaši námitku jsme předali k posouzení člověku: { $reason }.
review-reason-form-closed = formulář pro podání námitky se v zemi vašeho bydliště už nenabízí, a proto rozhoduje člověk
review-reason-always = podle pravidel platných tam, kde žijete, posuzuje každou námitku člověk
review-reason-statement = než padne rozhodnutí, přečte si člověk vaše vyjádření
event-declined = Vaše námitka byla zamítnuta.
event-withdrawn = Vzali jste svou námitku zpět.
event-expired-wrong-codes = Žádost byla uzavřena po příliš mnoha špatně zadaných kódech.
event-expired-unconfirmed = Žádost byla uzavřena, protože e-mailová adresa nebyla včas potvrzena.
event-repeat-confirmed = Potvrdili jste novou žádost; tato námitka už platila, a proto jsme druhou neotevírali.
event-deadline-extended = Lhůtu pro naše rozhodnutí jsme prodloužili do { $due }. Důvod: { $reason }
event-other = S vaší žádostí se stalo ještě něco jiného.

## Withdrawing

withdraw-title = Vzít námitku zpět
withdraw-heading = Chcete námitku vzít zpět?
withdraw-body = Pokud námitku vezmete zpět, datové sady pro trénování AI, které od té chvíle vytvoříme, mohou obsahovat obsah, jehož jste autorem: veřejné příspěvky, fotky a jejich popisky a zprávy našemu asistentovi AI. Datové sady vytvořené v době, kdy vaše námitka platila, ho nadále neobsahují. Soukromé zprávy se nikdy nepoužívají.
withdraw-again = Námitku můžete kdykoli vznést znovu.
keep-objection = Ponechat námitku

## Email: shared

mail-hello = Dobrý den,
mail-footer = Tuto zprávu automaticky posílá { $operator }. Odpovědi na ni nikdo nečte.
mail-receipt = V příloze ({ $file }) najdete potvrzení o tomto rozhodnutí s podpisem provozovatele { $operator }. Uschovejte si ho: dokládá, co a kdy bylo rozhodnuto. Kdokoli si ho může ověřit pomocí našeho veřejného klíče na adrese
mail-follow = Průběh své žádosti můžete sledovat zde:
mail-timeline = Celý průběh najdete zde:

## Email: the confirmation code

mail-code-subject = { $operator }: váš potvrzovací kód
mail-code-intro = Někdo (doufáme, že vy) vznesl u provozovatele { $operator } námitku proti tomu, aby se informace o něm používaly k trénování AI, a uvedl tuto e-mailovou adresu.
mail-code-code = Váš potvrzovací kód: { $code }
mail-code-where = Zadejte ho na stránce, kde jste žádost podali. Kód platí { $minutes } min.
mail-code-ignore = Pokud jste to nebyli vy, můžete tento e-mail ignorovat: dokud kód nikdo nezadá, nic se nestane.
mail-code-enter-here = Kód můžete zadat také zde:

## Email: honored

mail-honored-subject = Vaší námitce proti trénování AI bylo vyhověno
mail-honored-intro = Vaší námitce proti tomu, aby provozovatel { $operator } používal vaše informace k trénování AI, bylo vyhověno.
mail-honored-means = Co to znamená (platí do budoucna):
mail-honored-datasets = Z každé datové sady pro trénování AI, kterou od teď vytvoříme, vyřazujeme obsah, jehož jste autorem: vaše veřejné příspěvky, fotky a jejich popisky a zprávy, které posíláte našemu asistentovi AI. Platí to i pro to, co jste zveřejnili před dneškem.
mail-honored-since = Platí to od { $date }, kdy jste potvrdili svou e-mailovou adresu.
mail-honored-private = Soukromé zprávy s přáteli a rodinou se k trénování AI nikdy nepoužívají, ať už námitku vznesete, nebo ne.
mail-honored-others = Informace o vás se mohou dál objevovat v obsahu, který sdílejí jiní lidé.
mail-honored-how = Jak bylo rozhodnuto: { $basis } (pravidlo { $rule }).
mail-honored-link = Celý průběh najdete zde; můžete tu také námitku vzít zpět:

## Email: sent to review

mail-review-subject = Vaši námitku proti trénování AI posuzujeme
mail-review-intro = Děkujeme za potvrzení e-mailové adresy. Vaši námitku proti použití vašich informací k trénování AI posoudí pracovník provozovatele { $operator }.
mail-review-excluded = Během posuzování jsou vaše informace už vyřazené z trénování AI (od { $date }).
mail-review-why = Proč ji posuzuje člověk: { $reason }
mail-review-due = Naši odpověď dostanete nejpozději do { $due }.

## Email: declined

mail-declined-subject = Rozhodnutí o vaší námitce proti trénování AI
mail-declined-intro = Provozovatel { $operator } posoudil vaši námitku proti použití vašich informací k trénování AI a zamítl ji.
mail-declined-reason = Důvod: { $reason }
mail-declined-used-again = Od { $date } se vaše informace k trénování AI opět používají.
mail-declined-complain = Co můžete udělat: { $complaint }
mail-object-again = Námitku můžete také kdykoli vznést znovu: { $url }

## Email: withdrawn

mail-withdrawn-subject = Vzali jste zpět svou námitku proti trénování AI
mail-withdrawn-intro = Vzali jste zpět svou námitku proti tomu, aby provozovatel { $operator } používal vaše informace k trénování AI.
mail-withdrawn-forward = Do budoucna tedy datové sady pro trénování AI vytvořené od { $date } mohou obsahovat obsah, jehož jste autorem. Datové sady vytvořené v době, kdy vaše námitka platila, ho nadále neobsahují. Soukromé zprávy se nikdy nepoužívají.
mail-withdrawn-again = Námitku můžete kdykoli vznést znovu: { $url }
mail-withdrawn-not-you = Pokud jste námitku zpět nevzali vy, vzneste ji znovu na adrese výše a uveďte to ve formuláři.

## Email: deadline extended

mail-extended-subject = Na rozhodnutí o vaší námitce potřebujeme více času
mail-extended-intro = Na rozhodnutí o vaší námitce proti použití vašich informací k trénování AI potřebujeme více času. Naši odpověď nyní dostanete nejpozději do { $due } (původní lhůta byla do { $was }).
mail-extended-why = Proč potřebujeme více času: { $reason }
mail-extended-excluded = Po dobu rozhodování zůstávají vaše informace vyřazené z trénování AI.
mail-extended-law = Zákon umožňuje tuto lhůtu jednou prodloužit, a to nejvýše o dva měsíce, pokud je žádost složitá nebo pokud najednou přijde mnoho žádostí; musíme vás o tom informovat během prvního měsíce, jak to nyní činíme. Pokud nesouhlasíte, můžete podat stížnost u dozorového úřadu: { $complaint }

## Email: the notice

mail-notice-subject = Jak bude { $operator } používat informace k trénování AI a vaše právo vznést námitku
mail-notice-intro = Od { $date } bude { $operator } používat některé informace k vývoji a zlepšování své AI.
mail-notice-used = Co budeme používat:
mail-notice-never = Co nikdy nepoužíváme:
mail-notice-right = Máte právo vznést námitku. Zabere to jen minutu, nemusíte uvádět důvod a námitku můžete kdykoli vzít zpět. Pokud námitku vznesete, vyřadíme veškerý obsah, jehož jste autorem, ze všech datových sad pro trénování AI, které od té chvíle vytvoříme, a to včetně toho, co jste zveřejnili dříve.
mail-notice-link = Vzneste námitku pomocí svého osobního odkazu (vyplní za vás vaše údaje; platí do { $expires }):
mail-notice-form = Nebo použijte formulář bez něj: { $url }
mail-notice-others = I když vznesete námitku, informace o vás se mohou dál objevovat v obsahu, který sdílejí jiní lidé, například na vaší fotce, kterou zveřejní někdo jiný.
