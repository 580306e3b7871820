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
