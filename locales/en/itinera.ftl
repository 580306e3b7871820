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
