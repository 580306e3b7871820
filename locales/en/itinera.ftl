# Itinera's interface in English. Every message here has its French twin in ../fr/itinera.ftl.

## Menus
menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-language = Language
menu-split = Split
split-none = No split
split-below = { $view } below
split-off = Split: off
split-current = Split: { $view } below
split-hover = Show a second view under this one, in sync with it
plan-warnings = Plan warnings ({ $count })
plan-warnings-hover = A principal in two places at once, or without time to travel
menu-present = Present
show-restricted = Show restricted content
show-restricted-hover = Restricted events and notes are shown and searched only while this is on
menu-shortcuts = Shortcuts
menu-about = About Itinera
menu-undo = Undo
menu-undo-step = Undo { $step }
menu-redo = Redo
menu-redo-step = Redo { $step }
menu-add-event = Add event
menu-duplicate = Duplicate
menu-delete = Delete
menu-select-none = Select none
menu-new = New
menu-open = Open…
menu-open-path = Open path…
menu-open-recent = Open Recent
no-recent-files = No recent files
menu-restore-backup = Restore backup
no-backups = No backups of this file yet
menu-save = Save
menu-save-as = Save As…
menu-save-as-path = Save as path…
menu-export-ics = Export calendar (.ics)…
menu-export-ics-hover = The events shown, for calendar apps. Events known only to the month or year, and restricted ones, are left out.
menu-export-ics-path = Export calendar to path…
menu-quit = Quit

## Views
view-table = Table
view-timeline = Timeline
view-calendar = Calendar
view-map = Map

## Counts
events-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}

## Calendar
calendar-month = Month
calendar-week = Week
calendar-year = Year
calendar-agenda = Agenda
calendar-today = Today
calendar-go-to-month = Go to month
calendar-weeks-start-on = Weeks start on

## Filter bar
search-hint = Search (Ctrl+F)
showing-events = showing { $shown } of { $count } events
filter-by = Filter by…
filter-presets = Presets
no-filters = No filters: every event is shown
filter-clear-all = Clear all

## Inspector
add-event-hover = Add an event (Ctrl+E)
duplicate-hover = Duplicate the selection (Ctrl+D)
delete-hover = Delete the selection (Delete)

## Status bar
status-counts = { $events ->
    [one] { $events } event
   *[other] { $events } events
} · { $trips ->
    [one] { $trips } trip
   *[other] { $trips } trips
} · { $principals ->
    [one] { $principals } principal
   *[other] { $principals } principals
}
load-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
plan-warnings-count = { $count ->
    [one] { $count } plan warning
   *[other] { $count } plan warnings
}

## Timeline toolbar
lanes-by = Lanes by
by-trip = Trip
by-country = Country
by-region = Region
by-principal = Principal
by-kind = Kind
by-status = Status
pack-trips = Pack trips
pack-trips-hover = Several trips to a row, rather than a lane for each
colour-by = Colour by
times-in = Times in
zoom-in = Zoom in
zoom-out = Zoom out
fit-all = Fit all
fit-all-hover = Show every event (double-click the axis)
fit-selection = Fit selection
fit-selection-hover = Show the selected events

## Inspector: the document
inspector-document = Document
inspector-document-hint = Select an event to edit it. With nothing selected, this edits the document.
field-title = Title
field-home = Home
field-city = City
field-display-zone = Display zone (timed events are shown in it)
zone-home = Home ({ $zone })
field-notes = Notes
field-name = Name
field-role = Role
inspector-principals = Principals
inspector-trips = Trips ({ $count })
add-principal = Add principal
add-trip = Add trip
trip-starts = Starts
trip-ends = Ends
trip-departs-home = Departs from home
trip-returns-home = Returns home
