### La console du personnel : français.

console-nav = Console
console-queue = File d’examen
console-dashboard = Tableau de bord
console-audit = Journal d’audit
console-search = Rechercher
console-signed-in-as = Connecté en tant que { $user } ({ $role }).
console-sign-out = Se déconnecter

## Sign-in

console-sign-in-title = Connexion du personnel
console-name = Nom
console-password = Mot de passe
console-sign-in = Se connecter
console-login-csrf = Pour votre sécurité, veuillez vous reconnecter.
console-login-rate-limited = Trop de tentatives de connexion d’ici. Veuillez patienter { $minutes } minutes et réessayer.
console-login-slow-down = Trop de connexions échouées depuis cet endroit. Patientez { $seconds } secondes, puis réessayez.
console-login-wrong = Le nom ou le mot de passe n’est pas correct.
console-login-unreadable = Le formulaire de connexion n’a pas pu être lu.
console-logout-csrf = Pour votre sécurité, déconnectez-vous depuis la page de la console.

## The queue

console-queue-empty = Rien n’attend de décision.
console-queue-intro = { $count } en attente de décision, les plus anciennes d’abord. Les demandes à échéance sous 7 jours sont marquées « Échéance proche ».
console-request = Demande
console-received = Reçue
console-jurisdiction = Juridiction
console-due = Échéance
console-overdue = En retard
console-due-soon = Échéance proche
console-days-left = ({ $days } jours restants)

## A request

console-request-title = Demande { $id }
console-errors-heading =
    { $count ->
        [one] Veuillez vérifier ce point
        [many] Veuillez vérifier ces { $count } points
       *[other] Veuillez vérifier ces { $count } points
    }
console-status = État
console-email = E-mail
console-country = Pays
console-decision-due = Décision attendue
console-extended-on = (prolongée le { $date })
console-decision = Décision
console-decision-text = { $status } le { $date }
console-decision-rule = (règle { $rule })
console-decision-reason = Motif : { $reason }
console-person-wrote = Ce que la personne a écrit
console-person-impact = En quoi le traitement l’affecte
console-person-details = Autre chose
console-nothing = Rien.
console-decide = Décider
console-honor = Accepter l’opposition (s’applique pour l’avenir, depuis la confirmation de l’adresse)
console-decline = La refuser
console-decline-reason = Motif du refus
console-decline-reason-hint = Obligatoire pour refuser. La personne le reçoit avec son droit de porter plainte auprès d’une autorité de contrôle et de saisir la justice.
console-decide-button = Enregistrer la décision et prévenir la personne
console-extend = Prolonger le délai
console-extend-intro = Une seule fois, de deux mois au plus, lorsque la demande est complexe ou que beaucoup arrivent en même temps (RGPD art. 12, par. 3). La personne reçoit maintenant la nouvelle date et votre motif par e-mail, au cours du premier mois.
console-extend-by = De
console-choose = Choisir
console-one-month = 1 mois
console-two-months = 2 mois
console-extend-reason = Pourquoi plus de temps est nécessaire
console-extend-button = Prolonger et prévenir la personne
console-timeline = Historique
console-when = Quand
console-who = Qui
console-what = Quoi
console-change = Changement
console-in-audit-log = Cette demande dans le journal d’audit
console-no-such-request = Aucune demande ne porte cet identifiant.
console-form-unreadable = Le formulaire n’a pas pu être lu.
console-decide-csrf = Pour votre sécurité, veuillez reprendre la décision sur cette page.
console-decline-reason-missing = Indiquez le motif du refus : la personne en est informée, avec son droit de porter plainte.
console-reason-too-long = Limitez le motif à moins de { $max } caractères.
console-choose-decision = Choisissez accepter ou refuser.
console-not-decidable = Cette demande est { $status } et ne peut plus être décidée ici.
console-extend-csrf = Pour votre sécurité, veuillez prolonger le délai à nouveau sur cette page.
console-choose-months = Choisissez un ou deux mois.
console-extend-reason-missing = Indiquez le motif : la personne apprend pourquoi il nous faut plus de temps.
console-already-extended = Le délai a déjà été prolongé une fois ; la loi ne permet pas de seconde prolongation.
console-too-late = Le délai initial est dépassé : une prolongation devait être annoncée à la personne avant son terme.
console-not-open = Cette demande n’est plus ouverte, son délai ne peut donc plus changer.
console-no-extension = Les règles de cette juridiction ne permettent aucune prolongation.
console-shorter-extension = Les règles de cette juridiction ne permettent qu’une prolongation plus courte.

## Search

console-search-title = Trouver une demande
console-search-label = Identifiant de demande ou adresse e-mail
console-search-hint = Les adresses sont comparées comme les demandes : la casse et les espaces n’importent pas.
console-search-bad = Saisissez un identifiant de demande ou une adresse e-mail complète, comme nom@example.com.
console-search-none = Aucune demande n’a été faite depuis cette adresse.
console-search-found = { $count } demande(s) depuis cette adresse, les plus récentes d’abord.

## The audit log

console-audit-intro = Chaque changement d’état, action du personnel, export et filtrage, les plus récents d’abord. Chaque entrée porte un hachage de la précédente ; « withhold audit verify » vérifie toute la chaîne.
console-audit-requests-only = En tant que relecteur, vous voyez l’historique des demandes. Les connexions, les jetons d’API, les imports et les exports sont réservés aux admins.
console-kind = Type
console-actor = Acteur
console-actor-hint = Par exemple policy, person, system ou staff:NOM.
console-request-id = Identifiant de demande
console-filter = Filtrer
console-clear = Effacer
console-export = Exporter tout le journal en JSON Lines
console-export-note = (pour une autorité ; « withhold audit verify --file » le vérifie).
console-export-forbidden = Seuls les administrateurs peuvent exporter le journal d’audit.
console-audit-none = Aucune entrée ne correspond.
console-detail = Détail
console-older = Entrées plus anciennes

## The dashboard

console-states-heading = Demandes par état ({ $total } au total)
console-states-chart = Demandes par état
console-per-day-heading = Oppositions confirmées par jour et par pays ({ $total } en 30 jours)
console-per-day-chart = Oppositions confirmées par jour et par pays, 30 derniers jours
console-other-countries = Autres pays
console-latency-heading = Délai de décision ({ $count } décidées en 90 jours)
console-latency-chart = Temps entre la réception et la décision, 90 derniers jours (heures)
console-latency-caption = De la réception à la décision
console-by-state = Demandes par état
console-filter-state = État
console-filter-any = Tous
console-filter-due-within = Échéance sous (jours)
console-filter-overdue = En retard uniquement
console-sort = Trier par
console-sort-due = Échéance, la plus proche d’abord
console-sort-received = Réception, la plus ancienne d’abord
console-pages = Pagination
console-page-of = Page { $page } sur { $pages }
console-previous = Page précédente
console-next = Page suivante
console-next-in-queue = Suivante dans la file
console-decided-next = Décision enregistrée. Voici la demande suivante en attente de décision.
console-days-overdue = { $days ->
        [one] { $days } jour de retard
        [many] { $days } de jours de retard
       *[other] { $days } jours de retard
    }
console-confirm-decline = Je confirme le refus et le motif que la personne lira
console-confirm-decline-missing = Cochez la case pour confirmer le refus : la personne est prévenue immédiatement et la décision est définitive ici.
console-no-data = Pas encore de données.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = j
console-risk-heading = Risque de manquer l’échéance ({ $count })
console-risk-none = Aucune demande ouverte n’arrive à échéance sous 7 jours.
console-mail = E-mails
console-mail-counts = { $pending } en attente d’envoi ; { $dead } n’ont pas pu être remis (non distribuables).
