### Withhold : français.

## Dates

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date = { $day } { $month } { $year }
datetime = { $date }, { $time } UTC

## Every page

site-tagline = L’entraînement de l’IA et vos informations
skip-to-content = Aller au contenu
language-switcher = Langue
footer-about = À propos de l’entraînement de l’IA et de vos informations
footer-object = S’opposer
error-title = Erreur : { $title }
error-prefix = Erreur :
field-required = (obligatoire)
field-optional = (facultatif)
field-required-here = (obligatoire dans votre pays)

## The notice

notice-title = Comment nous utilisons des informations pour entraîner l’IA
notice-heading = Comment nous utiliserons des informations pour entraîner l’IA
notice-lead = À partir du { $date }, { $operator } utilisera certaines informations pour développer et améliorer son IA. Vous avez le droit de vous y opposer, et cela prend une minute.
used-heading = Ce qui sera utilisé
used-posts = Les publications publiques
used-photos = Les photos et leurs légendes
used-ai-messages = Les messages que vous envoyez à notre assistant IA
never-heading = Ce qui n’est jamais utilisé
never-private-messages = Les messages privés avec vos amis et votre famille
others-heading = Les informations vous concernant que d’autres partagent
others-body = Même si vous vous opposez, des informations vous concernant peuvent apparaître dans des contenus que d’autres personnes partagent, comme une photo de vous publiée par quelqu’un d’autre, et ces contenus peuvent être utilisés.
right-heading = Votre droit d’opposition
right-body = Si vous vous opposez, nous retirons tout ce que vous avez rédigé de chaque jeu de données d’entraînement d’IA que nous constituons à partir de ce moment, y compris ce que vous avez publié auparavant. Vous n’avez pas à donner de raison, et vous pouvez retirer votre opposition à tout moment.
object-button = Vous opposer à l’utilisation de vos informations pour l’IA
availability-nowhere = Le formulaire d’opposition n’est disponible dans aucun pays pour le moment.
availability-some = Le formulaire d’opposition est disponible pour les résidents de : { $countries }.

## The form

form-title = Vous opposer à l’utilisation de vos informations pour l’IA
form-intro = Indiquez-nous où vous vivez et votre adresse e-mail. Nous vous enverrons un code pour confirmer que l’adresse est bien la vôtre ; rien n’est examiné avant.
form-errors-heading =
    { $count ->
        [one] Veuillez vérifier ce point
        [many] Veuillez vérifier ces { $count } points
       *[other] Veuillez vérifier ces { $count } points
    }
form-country-label = Pays de résidence
form-country-choose = Choisissez votre pays
form-email-label = Adresse e-mail
form-email-hint = Nous y envoyons un code de confirmation, puis notre décision.
form-impact-label = En quoi ce traitement vous affecte-t-il ?
form-impact-hint-required = Les règles de votre pays le demandent.
form-impact-hint-optional = Vous n’avez pas à donner de raison : votre opposition est respectée dans tous les cas.
form-details-label = Souhaitez-vous nous dire autre chose ?
form-length-limit = Jusqu’à { $max } caractères.
form-send = Envoyer
form-privacy = Nous conservons votre adresse chiffrée et ne l’utilisons que pour cette demande. Les messages privés ne sont jamais utilisés pour entraîner l’IA.
form-prefilled = Nous avons rempli vos informations à partir de votre lien personnel. Vérifiez-les, puis envoyez le formulaire.
form-link-expired = Votre lien personnel a expiré, vos informations ne sont donc pas remplies. Vous pouvez tout de même vous opposer : remplissez le formulaire ci-dessous.
form-link-unusable = Nous n’avons pas pu lire votre lien personnel (il a peut-être été coupé ou modifié), vos informations ne sont donc pas remplies. Vous pouvez tout de même vous opposer : remplissez le formulaire ci-dessous.
form-csrf = Pour votre sécurité, veuillez vérifier vos réponses et envoyer à nouveau le formulaire.
form-unavailable = Nous n’avons pas pu enregistrer votre opposition pour l’instant : notre base de données est brièvement indisponible et rien n’a été enregistré. Vos réponses sont toujours là ; veuillez renvoyer le formulaire dans une minute.
rate-limited =
    { $minutes ->
        [one] Nous avons reçu plusieurs demandes d’ici en peu de temps. Veuillez patienter une minute puis envoyer à nouveau : ce que vous avez saisi est conservé.
        [many] Nous avons reçu plusieurs demandes d’ici en peu de temps. Veuillez patienter { $minutes } minutes puis envoyer à nouveau : ce que vous avez saisi est conservé.
       *[other] Nous avons reçu plusieurs demandes d’ici en peu de temps. Veuillez patienter { $minutes } minutes puis envoyer à nouveau : ce que vous avez saisi est conservé.
    }

## What is wrong with a field

error-country-required = Choisissez votre pays de résidence.
error-country-invalid = Choisissez votre pays dans la liste.
error-country-unavailable-nowhere = Le formulaire d’opposition n’est pas disponible pour les résidents de ce pays : { $country }, ni ailleurs pour le moment.
error-country-unavailable-except = Le formulaire d’opposition n’est pas disponible pour les résidents de ce pays : { $country }. Il est disponible pour les résidents de tous les pays sauf : { $countries }.
error-country-unavailable-only = Le formulaire d’opposition n’est pas disponible pour les résidents de ce pays : { $country }. Il est disponible pour les résidents de : { $countries }.
error-email-missing = Saisissez votre adresse e-mail.
error-email-too-long = Une adresse e-mail compte au plus 254 caractères.
error-email-missing-at = Une adresse e-mail contient un @ entre le nom et le domaine, comme nom@example.com.
error-email-local-too-long = La partie avant le @ compte au plus 64 caractères.
error-email-local-invalid = La partie avant le @ contient un caractère ou un point que les adresses e-mail ne peuvent pas utiliser.
error-email-domain-invalid = La partie après le @ n’est pas un domaine valide, comme example.com.
error-impact-required = C’est obligatoire dans votre pays : dites-nous en quoi le traitement vous affecte.
error-too-long = Ce texte compte { $actual } caractères ; la limite est de { $max }.

## When what the browser sent cannot be read

unreadable-heading = Nous n’avons pas pu lire cela
unreadable-too-large = Ce que vous avez envoyé dépasse ce que nous acceptons. Veuillez le raccourcir et réessayer.
unreadable-body = Nous n’avons pas pu lire ce que votre navigateur a envoyé. Veuillez revenir en arrière et réessayer.
back-to-form = Retour au formulaire

## Confirming the address

confirm-title = Confirmez votre adresse e-mail
confirm-heading = Consultez vos e-mails
confirm-intro = Nous avons envoyé un code à { $digits } chiffres à l’adresse indiquée. Saisissez-le ici pour confirmer votre opposition. Le code est valable { $minutes } minutes.
confirm-code-label = Code de confirmation
confirm-button = Confirmer
confirm-no-email = Pas d’e-mail ? Vérifiez vos courriers indésirables, ou demandez un nouveau code. Un nouveau code remplace l’ancien.
confirm-resend-button = Envoyer un nouveau code
confirm-wrong-address = Mauvaise adresse ? Recommencez avec la bonne.
start-again = Recommencer
code-csrf = Pour votre sécurité, veuillez saisir le code à nouveau.
code-missing = Saisissez le code à 6 chiffres reçu par e-mail.
code-malformed = Le code compte 6 chiffres, comme 123456. Vérifiez l’e-mail et saisissez-le à nouveau.
code-wrong =
    { $left ->
        [one] Ce code n’est pas le bon. Vérifiez notre dernier e-mail et réessayez (1 essai restant).
        [many] Ce code n’est pas le bon. Vérifiez notre dernier e-mail et réessayez ({ $left } essais restants).
       *[other] Ce code n’est pas le bon. Vérifiez notre dernier e-mail et réessayez ({ $left } essais restants).
    }
code-locked = Ce code a été erroné trop de fois ; pour votre sécurité, nous avons fermé cette demande. Veuillez recommencer : cela prend une minute.
code-expired = Ce code a expiré. Demandez un nouveau code avec le bouton ci-dessous, puis saisissez-le ici.
resend-csrf = Pour votre sécurité, veuillez appuyer à nouveau sur « Envoyer un nouveau code ».
resend-sent = Nous vous avons envoyé un nouveau code. Les codes envoyés auparavant ne fonctionnent plus.
resend-too-many =
    { $minutes ->
        [one] Nous avons déjà envoyé { $count } nouveaux codes au cours de la dernière heure. Vous pourrez en demander un autre dans une minute. Votre dernier code reste valable jusqu’à son expiration.
        [many] Nous avons déjà envoyé { $count } nouveaux codes au cours de la dernière heure. Vous pourrez en demander un autre dans { $minutes } minutes. Votre dernier code reste valable jusqu’à son expiration.
       *[other] Nous avons déjà envoyé { $count } nouveaux codes au cours de la dernière heure. Vous pourrez en demander un autre dans { $minutes } minutes. Votre dernier code reste valable jusqu’à son expiration.
    }

## Requests that cannot be shown

not-found-heading = Nous ne trouvons pas cette demande
not-found-body = Le lien est peut-être incomplet. Utilisez le lien le plus récent de nos e-mails, ou commencez une nouvelle opposition.
closed-heading = Cette demande est fermée
closed-body = Elle n’a pas été confirmée à temps, ou un code erroné a été saisi trop de fois. Vous pouvez commencer une nouvelle opposition : cela prend une minute.
already-confirmed-heading = Cette adresse e-mail est déjà confirmée
already-confirmed-body = Il n’y a plus rien à faire ici. Le lien dans nos e-mails montre l’état et l’historique de votre demande.
start-new-objection = Commencer une nouvelle opposition
page-not-found-heading = Page introuvable
page-not-found-body = Il n’y a rien à cette adresse.
go-to-start = Aller à la page d’accueil
error-heading = Un problème est survenu de notre côté
error-body = Votre demande n’a pas abouti. Veuillez revenir en arrière et réessayer ; si cela se reproduit, réessayez plus tard.
unavailable-heading = Nous ne pouvons pas traiter de demandes pour le moment
unavailable-body = Notre base de données est brièvement indisponible. Rien de ce que vous avez envoyé n’a été perdu ni enregistré à moitié : veuillez revenir en arrière et renvoyer dans une minute.

## The status page

status-title = Votre opposition
status-label = État
status-meaning = Ce que cela signifie
status-email = Adresse e-mail
status-country = Pays de résidence
status-received = Reçue le
status-excluded-since = Exclue de l’entraînement de l’IA depuis le
status-answer-by = Nous devons répondre avant le
status-decided-by = Décidé selon
status-reason = Motif
status-what-you-can-do = Ce que vous pouvez faire
status-pending = En attente de la confirmation de votre adresse e-mail
status-pending-meaning = Saisissez le code que nous vous avons envoyé. Rien n’est examiné avant.
status-verified = Confirmée, en cours de décision
status-verified-meaning = Vos informations sont déjà exclues de l’entraînement de l’IA pendant que nous décidons.
status-review = En cours d’examen par une personne
status-review-meaning = Vos informations sont déjà exclues de l’entraînement de l’IA pendant qu’une personne examine votre opposition. Nous répondrons avant le { $due }.
status-honored = Acceptée
status-honored-meaning = Appliquée pour l’avenir : chaque jeu de données d’entraînement d’IA que nous constituons exclut les contenus que vous avez rédigés (publications publiques, photos et leurs légendes, messages à notre assistant IA), y compris ce que vous avez publié auparavant. Les messages privés ne sont jamais utilisés. Des informations vous concernant peuvent encore apparaître dans des contenus que d’autres partagent.
status-declined = Refusée
status-declined-meaning = Votre opposition a été refusée. Le motif et ce que vous pouvez faire figurent ci-dessous.
status-withdrawn = Retirée
status-withdrawn-meaning = Vous avez retiré votre opposition. Les jeux de données constitués depuis peuvent inclure vos contenus ; ceux constitués pendant qu’elle s’appliquait restent sans eux.
status-closed = Fermée
status-closed-meaning = Cette demande a été fermée sans que l’adresse e-mail soit confirmée. Vous pouvez vous opposer à nouveau à tout moment.
status-notice-confirmed = Merci : votre adresse e-mail est confirmée.
status-notice-already = Vous avez déjà une opposition en vigueur, nous n’en avons donc pas ouvert une seconde. La voici.
status-notice-withdrawn = Votre opposition est retirée. Nous vous avons envoyé une confirmation par e-mail.
withdraw-button = Retirer mon opposition
object-again = M’opposer à nouveau
timeline-heading = Historique
status-keep-private = Gardez le lien vers cette page privé : toute personne qui l’a peut voir cette page et retirer votre opposition.

## The timeline

event-received = Nous avons reçu votre opposition.
event-code-sent = Nous vous avons envoyé un code de confirmation par e-mail.
event-code-resent = Nous vous avons envoyé un nouveau code de confirmation par e-mail.
event-code-rejected = Un code de confirmation erroné a été saisi.
event-verified = Vous avez confirmé votre adresse e-mail. À partir de ce moment, vos informations sont exclues de l’entraînement de l’IA.
event-honored = Votre opposition a été acceptée, appliquée pour l’avenir. Règle : { $rule }.
event-sent-to-review = Votre opposition a été transmise à une personne pour examen : { $reason }.
review-reason-form-closed = le formulaire d’opposition n’est plus proposé là où vous vivez, c’est donc une personne qui décide
review-reason-always = dans votre juridiction, une personne examine chaque opposition
review-reason-statement = une personne lit ce que vous avez écrit avant de décider
event-declined = Votre opposition a été refusée.
event-withdrawn = Vous avez retiré votre opposition.
event-expired-wrong-codes = La demande a été fermée après trop de codes erronés.
event-expired-unconfirmed = La demande a été fermée car l’adresse e-mail n’a pas été confirmée à temps.
event-repeat-confirmed = Vous avez confirmé une nouvelle demande ; cette opposition s’appliquait déjà, aucune seconde n’a donc été ouverte.
event-deadline-extended = Nous avons prolongé le délai de notre décision jusqu’au { $due }. Pourquoi : { $reason }
event-other = Autre chose s’est produit pour votre demande.

## Withdrawing

withdraw-title = Retirer votre opposition
withdraw-heading = Retirer votre opposition ?
withdraw-body = Si vous la retirez, les jeux de données d’entraînement d’IA que nous constituerons désormais pourront inclure les contenus que vous avez rédigés : publications publiques, photos et leurs légendes, et messages à notre assistant IA. Les jeux de données constitués pendant que votre opposition s’appliquait restent sans eux. Les messages privés ne sont jamais utilisés.
withdraw-again = Vous pouvez vous opposer à nouveau à tout moment.
keep-objection = Garder mon opposition

## Email: shared

mail-hello = Bonjour,
mail-footer = Ce message a été envoyé automatiquement par { $operator }. Les réponses ne sont pas lues.
mail-receipt = Un reçu de cette décision, signé par { $operator }, est joint ({ $file }). Conservez-le : il prouve ce qui a été décidé et quand. Chacun peut le vérifier avec notre clé publique à l’adresse
mail-follow = Suivez votre demande ici :
mail-timeline = Consultez tout l’historique ici :

## Email: the confirmation code

mail-code-subject = Votre code de confirmation pour { $operator }
mail-code-intro = Quelqu’un (nous espérons que c’était vous) a demandé à { $operator } de ne pas utiliser d’informations le concernant pour entraîner l’IA, et a indiqué cette adresse e-mail.
mail-code-code = Votre code de confirmation est : { $code }
mail-code-where = Saisissez-le sur la page où vous avez fait la demande. Il est valable { $minutes } minutes.
mail-code-ignore = Si ce n’était pas vous, vous pouvez ignorer cet e-mail : rien ne se passe tant que le code n’est pas saisi.
mail-code-enter-here = Vous pouvez aussi le saisir ici :

## Email: honored

mail-honored-subject = Votre opposition à l’entraînement de l’IA a été acceptée
mail-honored-intro = Votre opposition à l’utilisation de vos informations par { $operator } pour entraîner l’IA a été acceptée.
mail-honored-means = Ce que cela signifie, pour l’avenir :
mail-honored-datasets = Chaque jeu de données d’entraînement d’IA que nous constituerons désormais exclut les contenus que vous avez rédigés : vos publications publiques, vos photos et leurs légendes, et les messages que vous envoyez à notre assistant IA. Cela inclut ce que vous avez publié avant aujourd’hui.
mail-honored-since = Cela s’applique depuis que vous avez confirmé votre adresse e-mail le { $date }.
mail-honored-private = Les messages privés avec vos amis et votre famille ne sont jamais utilisés pour entraîner l’IA, avec ou sans opposition.
mail-honored-others = Des informations vous concernant peuvent encore apparaître dans des contenus que d’autres personnes partagent.
mail-honored-how = Comment cela a été décidé : { $basis } (règle { $rule }).
mail-honored-link = Consultez tout l’historique, ou retirez votre opposition, ici :

## Email: sent to review

mail-review-subject = Votre opposition à l’entraînement de l’IA est en cours d’examen
mail-review-intro = Merci d’avoir confirmé votre adresse e-mail. Une personne chez { $operator } examinera votre opposition à l’utilisation de vos informations pour entraîner l’IA.
mail-review-excluded = Pendant l’examen, vos informations sont déjà exclues de l’entraînement de l’IA (depuis le { $date }).
mail-review-why = Pourquoi une personne l’examine : { $reason }
mail-review-due = Vous recevrez notre réponse au plus tard le { $due }.

## Email: declined

mail-declined-subject = La décision sur votre opposition à l’entraînement de l’IA
mail-declined-intro = { $operator } a examiné votre opposition à l’utilisation de vos informations pour entraîner l’IA et l’a refusée.
mail-declined-reason = Le motif : { $reason }
mail-declined-used-again = Vos informations sont de nouveau utilisées pour entraîner l’IA à partir du { $date }.
mail-declined-complain = Ce que vous pouvez faire : { $complaint }
mail-object-again = Vous pouvez aussi vous opposer à nouveau à tout moment : { $url }

## Email: withdrawn

mail-withdrawn-subject = Vous avez retiré votre opposition à l’entraînement de l’IA
mail-withdrawn-intro = Vous avez retiré votre opposition à l’utilisation de vos informations par { $operator } pour entraîner l’IA.
mail-withdrawn-forward = Pour l’avenir, les jeux de données d’entraînement d’IA constitués à partir du { $date } pourront inclure les contenus que vous avez rédigés. Ceux constitués pendant que votre opposition était en vigueur restent sans eux. Les messages privés ne sont jamais utilisés.
mail-withdrawn-again = Vous pouvez vous opposer à nouveau à tout moment : { $url }
mail-withdrawn-not-you = Si vous n’avez pas retiré votre opposition, opposez-vous à nouveau à l’adresse ci-dessus et dites-le-nous dans le formulaire.

## Email: deadline extended

mail-extended-subject = Nous avons besoin de plus de temps pour décider de votre opposition
mail-extended-intro = Nous avons besoin de plus de temps pour décider de votre opposition à l’utilisation de vos informations pour entraîner l’IA. Notre réponse vous parviendra désormais au plus tard le { $due } (elle était attendue pour le { $was }).
mail-extended-why = Pourquoi nous avons besoin de plus de temps : { $reason }
mail-extended-excluded = Vos informations restent exclues de l’entraînement de l’IA pendant que nous décidons.
mail-extended-law = La loi permet cette prolongation une fois, de deux mois au plus, lorsqu’une demande est complexe ou que de nombreuses demandes arrivent en même temps ; nous devons vous en informer au cours du premier mois, comme nous le faisons maintenant. Si vous n’êtes pas d’accord, vous pouvez porter plainte auprès d’une autorité de contrôle : { $complaint }

## Email: the notice

mail-notice-subject = Comment { $operator } utilisera des informations pour entraîner l’IA, et votre droit d’opposition
mail-notice-intro = À partir du { $date }, { $operator } utilisera certaines informations pour développer et améliorer son IA.
mail-notice-used = Ce qui sera utilisé :
mail-notice-never = Ce qui n’est jamais utilisé :
mail-notice-right = Vous avez le droit de vous y opposer. Cela prend une minute, vous n’avez pas à donner de raison, et vous pouvez retirer votre opposition à tout moment. Si vous vous opposez, tout ce que vous avez rédigé est exclu de chaque jeu de données d’entraînement d’IA que nous constituons à partir de ce moment, y compris ce que vous avez publié auparavant.
mail-notice-link = Opposez-vous avec votre lien personnel (il remplit vos informations ; il est valable jusqu’au { $expires }) :
mail-notice-form = Ou utilisez le formulaire sans lui : { $url }
mail-notice-others = Même si vous vous opposez, des informations vous concernant peuvent apparaître dans des contenus que d’autres personnes partagent, comme une photo de vous publiée par quelqu’un d’autre.
