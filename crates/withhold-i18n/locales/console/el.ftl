### Η κονσόλα του προσωπικού: Ελληνικά. Κάθε άλλη γλώσσα έχει ακριβώς αυτά τα αναγνωριστικά.

console-nav = Κονσόλα
console-queue = Ουρά εξέτασης
console-dashboard = Πίνακας ελέγχου
console-audit = Αρχείο ελέγχου
console-search = Αναζήτηση
console-signed-in-as = Έχετε συνδεθεί ως { $user } ({ $role }).
console-sign-out = Αποσύνδεση

## Σύνδεση

console-sign-in-title = Σύνδεση προσωπικού
console-name = Όνομα
console-password = Κωδικός πρόσβασης
console-sign-in = Σύνδεση
console-login-csrf = Για την ασφάλειά σας, συνδεθείτε ξανά.
console-login-rate-limited =
    { $minutes ->
        [one] Πάρα πολλές απόπειρες σύνδεσης από εδώ. Περιμένετε { $minutes } λεπτό και δοκιμάστε ξανά.
       *[other] Πάρα πολλές απόπειρες σύνδεσης από εδώ. Περιμένετε { $minutes } λεπτά και δοκιμάστε ξανά.
    }
console-login-slow-down =
    { $seconds ->
        [one] Πάρα πολλές αποτυχημένες συνδέσεις από εδώ. Περιμένετε { $seconds } δευτερόλεπτο και δοκιμάστε ξανά.
       *[other] Πάρα πολλές αποτυχημένες συνδέσεις από εδώ. Περιμένετε { $seconds } δευτερόλεπτα και δοκιμάστε ξανά.
    }
console-login-wrong = Το όνομα ή ο κωδικός πρόσβασης δεν είναι σωστός.
console-login-unreadable = Δεν ήταν δυνατή η ανάγνωση της φόρμας σύνδεσης.
console-logout-csrf = Για την ασφάλειά σας, αποσυνδεθείτε από τη σελίδα της κονσόλας.

## Η ουρά

console-queue-empty = Δεν εκκρεμεί καμία απόφαση.
console-queue-intro =
    { $count ->
        [one] { $count } αίτημα αναμένει απόφαση
       *[other] { $count } αιτήματα αναμένουν απόφαση, με τα παλαιότερα πρώτα
    }. Τα αιτήματα με προθεσμία εντός 7 ημερών επισημαίνονται με την ένδειξη «Λήγει σύντομα».
console-request = Αίτημα
console-received = Παραλαβή
console-jurisdiction = Δικαιοδοσία
console-due = Προθεσμία
console-overdue = Εκπρόθεσμο
console-due-soon = Λήγει σύντομα
console-days-left =
    { $days ->
        [one] (απομένει { $days } ημέρα)
       *[other] (απομένουν { $days } ημέρες)
    }

## Ένα αίτημα

console-request-title = Αίτημα { $id }
console-errors-heading =
    { $count ->
        [one] Ελέγξτε αυτό το σημείο
       *[other] Ελέγξτε αυτά τα { $count } σημεία
    }
console-status = Κατάσταση
console-email = Διεύθυνση email
console-country = Χώρα
console-decision-due = Προθεσμία απόφασης
console-extended-on = (παρατάθηκε στις { $date })
console-decision = Απόφαση
console-decision-text = { $status } στις { $date }
console-decision-rule = (κανόνας { $rule })
console-decision-reason = Αιτιολογία: { $reason }
console-person-wrote = Τι έγραψε το άτομο
console-person-impact = Πώς το επηρεάζει η επεξεργασία
console-person-details = Άλλα σχόλια
console-nothing = Τίποτα.
console-decide = Λήψη απόφασης
console-honor = Αποδοχή της αντίρρησης (ισχύει από εδώ και πέρα, από τη στιγμή που το άτομο επιβεβαίωσε τη διεύθυνσή του)
console-decline = Απόρριψη
console-decline-reason = Αιτιολογία απόρριψης
console-decline-reason-hint = Υποχρεωτική για την απόρριψη. Το άτομο τη λαμβάνει μαζί με την ενημέρωση για το δικαίωμά του να υποβάλει καταγγελία σε εποπτική αρχή και να προσφύγει στη δικαιοσύνη.
console-decide-button = Καταχώριση της απόφασης και ενημέρωση του ατόμου με email
console-extend = Παράταση της προθεσμίας
console-extend-intro = Μόνο μία φορά, έως δύο μήνες το πολύ, όταν το αίτημα είναι πολύπλοκο ή φτάνουν πολλά αιτήματα ταυτόχρονα (άρθρο 12 παρ. 3 ΓΚΠΔ). Το άτομο ενημερώνεται αμέσως με email για τη νέα ημερομηνία και την αιτιολογία σας, εντός του πρώτου μήνα.
console-extend-by = Κατά
console-choose = Επιλέξτε
console-one-month = 1 μήνα
console-two-months = 2 μήνες
console-extend-reason = Γιατί χρειάζεται περισσότερος χρόνος
console-extend-button = Παράταση και ενημέρωση του ατόμου με email
console-timeline = Χρονολόγιο
console-when = Πότε
console-who = Ποιος
console-what = Τι
console-change = Αλλαγή
console-in-audit-log = Αυτό το αίτημα στο αρχείο ελέγχου
console-no-such-request = Δεν υπάρχει αίτημα με αυτό το αναγνωριστικό.
console-form-unreadable = Δεν ήταν δυνατή η ανάγνωση της φόρμας.
console-decide-csrf = Για την ασφάλειά σας, λάβετε ξανά την απόφαση σε αυτή τη σελίδα.
console-decline-reason-missing = Δώστε την αιτιολογία της απόρριψης: το άτομο ενημερώνεται γι' αυτήν, μαζί με το δικαίωμά του να υποβάλει καταγγελία.
console-reason-too-long = Η αιτιολογία πρέπει να έχει λιγότερους από { $max } χαρακτήρες.
console-choose-decision = Επιλέξτε αποδοχή ή απόρριψη.
console-not-decidable = Η κατάσταση αυτού του αιτήματος είναι «{ $status }», οπότε δεν μπορεί πλέον να ληφθεί απόφαση εδώ.
console-extend-csrf = Για την ασφάλειά σας, παρατείνετε ξανά την προθεσμία σε αυτή τη σελίδα.
console-choose-months = Επιλέξτε έναν ή δύο μήνες.
console-extend-reason-missing = Δώστε την αιτιολογία: το άτομο ενημερώνεται γιατί χρειαζόμαστε περισσότερο χρόνο.
console-already-extended = Η προθεσμία έχει ήδη παραταθεί μία φορά· ο νόμος δεν επιτρέπει δεύτερη παράταση.
console-too-late = Η αρχική προθεσμία έχει παρέλθει: η παράταση έπρεπε να γνωστοποιηθεί στο άτομο πριν από τη λήξη της.
console-not-open = Αυτό το αίτημα δεν είναι πλέον ανοιχτό, επομένως η προθεσμία του δεν μπορεί να αλλάξει.
console-no-extension = Οι κανόνες αυτής της δικαιοδοσίας δεν επιτρέπουν παράταση.
console-shorter-extension = Οι κανόνες αυτής της δικαιοδοσίας επιτρέπουν μόνο μικρότερη παράταση.

## Αναζήτηση

console-search-title = Εύρεση αιτήματος
console-search-label = Αναγνωριστικό αιτήματος ή διεύθυνση email
console-search-hint = Οι διευθύνσεις αντιστοιχίζονται όπως και στα αιτήματα: τα κεφαλαία ή πεζά γράμματα και τα κενά δεν έχουν σημασία.
console-search-bad = Εισαγάγετε αναγνωριστικό αιτήματος ή ολόκληρη διεύθυνση email, π.χ. name@example.com.
console-search-none = Δεν έχει υποβληθεί κανένα αίτημα από αυτή τη διεύθυνση.
console-search-found =
    { $count ->
        [one] { $count } αίτημα από αυτή τη διεύθυνση.
       *[other] { $count } αιτήματα από αυτή τη διεύθυνση, με τα νεότερα πρώτα.
    }

## Το αρχείο ελέγχου

console-audit-intro = Κάθε αλλαγή κατάστασης, ενέργεια του προσωπικού, εξαγωγή και εκτέλεση φίλτρου, με τις νεότερες πρώτες. Κάθε εγγραφή περιέχει ένα hash της προηγούμενης· η εντολή «withhold audit verify» ελέγχει ολόκληρη την αλυσίδα.
console-audit-requests-only = Ως αξιολογητής βλέπετε το ιστορικό των αιτημάτων. Οι συνδέσεις, τα διακριτικά API, οι εισαγωγές και οι εξαγωγές εμφανίζονται μόνο στους διαχειριστές.
console-kind = Είδος
console-actor = Φορέας
console-actor-hint = Για παράδειγμα policy, person, system ή staff:ΟΝΟΜΑ.
console-request-id = Αναγνωριστικό αιτήματος
console-filter = Φιλτράρισμα
console-clear = Καθαρισμός
console-export = Εξαγωγή ολόκληρου του αρχείου σε μορφή JSON Lines
console-export-note = (για εποπτική αρχή· η εντολή «withhold audit verify --file» το ελέγχει).
console-export-forbidden = Μόνο οι διαχειριστές μπορούν να εξαγάγουν το αρχείο ελέγχου.
console-audit-none = Δεν βρέθηκαν εγγραφές.
console-detail = Λεπτομέρειες
console-older = Παλαιότερες εγγραφές

## Ο πίνακας ελέγχου

console-states-heading = Αιτήματα ανά κατάσταση ({ $total } συνολικά)
console-states-chart = Αιτήματα ανά κατάσταση
console-per-day-heading = Επιβεβαιωμένες αντιρρήσεις ανά ημέρα και χώρα ({ $total } σε 30 ημέρες)
console-per-day-chart = Επιβεβαιωμένες αντιρρήσεις ανά ημέρα και χώρα, τελευταίες 30 ημέρες
console-other-countries = Άλλες χώρες
console-latency-heading =
    { $count ->
        [one] Χρόνος έως την απόφαση ({ $count } απόφαση σε 90 ημέρες)
       *[other] Χρόνος έως την απόφαση ({ $count } αποφάσεις σε 90 ημέρες)
    }
console-latency-chart = Χρόνος από την παραλαβή έως την απόφαση, τελευταίες 90 ημέρες (ώρες)
console-latency-caption = Από την παραλαβή έως την απόφαση
console-by-state = Αιτήματα ανά κατάσταση
console-filter-state = Κατάσταση
console-filter-any = Οποιαδήποτε
console-filter-due-within = Λήξη εντός (ημερών)
console-filter-overdue = Μόνο εκπρόθεσμα
console-sort = Ταξινόμηση κατά
console-sort-due = Προθεσμία, πρώτα οι πλησιέστερες
console-sort-received = Παραλαβή, πρώτα τα παλαιότερα
console-pages = Σελίδες
console-page-of = Σελίδα { $page } από { $pages }
console-previous = Προηγούμενη σελίδα
console-next = Επόμενη σελίδα
console-next-in-queue = Επόμενο στην ουρά
console-decided-next = Η απόφαση αποθηκεύτηκε. Αυτό είναι το επόμενο αίτημα που αναμένει απόφαση.
console-days-overdue = { $days ->
        [one] Εκπρόθεσμο κατά { $days } ημέρα
       *[other] Εκπρόθεσμο κατά { $days } ημέρες
    }
console-confirm-decline = Επιβεβαιώνω την απόρριψη και την αιτιολογία που θα διαβάσει το άτομο
console-confirm-decline-missing = Επιλέξτε το πλαίσιο για να επιβεβαιώσετε την απόρριψη: το άτομο ενημερώνεται αμέσως και η απόφαση εδώ είναι οριστική.
console-no-data = Δεν υπάρχουν ακόμη δεδομένα.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = δευτ.
console-unit-min = λεπ.
console-unit-h = ώρ.
console-unit-days = ημ.
console-risk-heading = Κίνδυνος υπέρβασης της προθεσμίας ({ $count })
console-risk-none = Κανένα ανοιχτό αίτημα δεν λήγει εντός 7 ημερών.
console-mail = Αλληλογραφία
console-mail-counts = Σε αναμονή για αποστολή: { $pending }· δεν ήταν δυνατό να παραδοθούν: { $dead } (ανεπίδοτα).
