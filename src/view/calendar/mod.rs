//! The calendar: month, week, year and agenda views of the same filtered document, editable by dragging.
//! It reads the document and returns requests; edits go through the edit commands.

mod ghosts;
pub mod grid;
pub mod index;
mod month;
mod others;
mod unfixed;
mod week;

use crate::i18n::dates::{DateStyle, date};
use chrono::{Datelike as _, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::document::selection::Selection;
use crate::model::{DateValue, EventTimes};
pub use crate::view::Request;

/// Which calendar is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    #[default]
    Month,
    Week,
    Year,
    Agenda,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Month, Mode::Week, Mode::Year, Mode::Agenda];

    /// The mode's name in the current language.
    pub fn label(self) -> String {
        match self {
            Mode::Month => crate::tr!("calendar-month"),
            Mode::Week => crate::tr!("calendar-week"),
            Mode::Year => crate::tr!("calendar-year"),
            Mode::Agenda => crate::tr!("calendar-agenda"),
        }
    }
}

pub struct CalendarView {
    pub mode: Mode,
    /// A day in the month (or week, or year) shown.
    pub cursor: Option<NaiveDate>,
    pub week_start: Weekday,
    /// The day whose "+N more" list is open.
    pub(crate) more: Option<unfixed::More>,
    pub(crate) drag: Option<month::Drag>,
    /// The selection's generation as of the last frame, to follow selections made in other views.
    seen_selection: u64,
    /// The visible events' days (and the agenda's lines, once asked for), kept until the document or the
    /// filter changes, so a frame does not walk every event again.
    derived: Option<Derived>,
    /// The month the agenda was last brought to; a new cursor scrolls it to its month.
    agenda_month: Option<NaiveDate>,
    /// The month view's bars, for the document revision, visible set, month and week start they were laid
    /// out for.
    month_layout: Option<month::Layout>,
    /// The year view's counts per day, likewise.
    year_counts: Option<others::YearCounts>,
    /// Bar labels laid out in earlier frames.
    labels: crate::view::labels::LabelCache,
    /// The week view's second hour column, in another zone, or off.
    pub second: crate::view::zones::SecondZone,
    /// An IANA zone name being typed for it.
    typed_zone: String,
}

/// What the calendar derives from the visible events.
struct Derived {
    /// Document revision and visible-set version this was made for.
    key: (u64, u64),
    /// The visible events by the days and years they fall on.
    index: index::SpanIndex,
    /// The document's trips by the days they cover.
    trips: index::SpanIndex,
    agenda: Option<Vec<others::Line>>,
}

impl Default for CalendarView {
    fn default() -> Self {
        CalendarView {
            mode: Mode::Month,
            cursor: None,
            week_start: Weekday::Mon,
            more: None,
            drag: None,
            seen_selection: 0,
            derived: None,
            agenda_month: None,
            month_layout: None,
            year_counts: None,
            labels: Default::default(),
            second: crate::view::zones::SecondZone::Off,
            typed_zone: String::new(),
        }
    }
}

/// Everything one frame of drawing needs to read.
pub(crate) struct Frame<'a> {
    pub doc: &'a Document,
    pub selection: &'a Selection,
    pub visible: &'a [u32],
    /// The visible events by the days and years they fall on.
    pub index: &'a index::SpanIndex,
    /// The document's trips by the days they cover (a trip's index in place of an event's).
    pub trips: &'a index::SpanIndex,
    /// The document revision and visible-set version, for what views keep between frames.
    pub key: (u64, u64),
    pub today: NaiveDate,
    /// The baseline and the comparison with it, when the document is compared with one.
    pub baseline: Option<&'a crate::document::Baseline>,
    pub comparison: Option<&'a crate::document::baseline::Comparison>,
    /// With several layers shown: which layer each event is from.
    pub layers: Option<&'a crate::document::layers::Combined>,
    /// The theme's colours for graphics.
    pub palette: crate::view::palette::Palette,
}

impl Frame<'_> {
    /// The days an event covers on the calendar: venue-local days for dates, display-zone days for times.
    pub fn days(&self, index: u32) -> Option<(NaiveDate, NaiveDate)> {
        let e = &self.doc.timeline().events[index as usize];
        self.days_of(e, &self.doc.resolved().times[index as usize])
    }

    /// The days `e`, with its times, covers on the calendar (an event as a drop would leave it, say).
    pub fn days_of(
        &self,
        e: &crate::model::Event,
        times: &EventTimes,
    ) -> Option<(NaiveDate, NaiveDate)> {
        if !e.start.precision().is_fixed_day() {
            return None;
        }
        if matches!(e.start, DateValue::Time(_)) {
            let zone = self.doc.timeline().display_zone().0;
            let day = |secs: i64| {
                chrono::DateTime::from_timestamp(secs, 0)
                    .map(|t| t.with_timezone(&zone).date_naive())
            };
            // A timed end at midnight ends the day before.
            let end = if times.end > times.start {
                times.end - 1
            } else {
                times.end
            };
            Some((day(times.start)?, day(end)?))
        } else {
            Some((times.first_day, times.last_day))
        }
    }
}

impl CalendarView {
    /// Draws the calendar for the events in `visible`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shown: &crate::view::Shown<'_>,
        today: NaiveDate,
    ) -> Vec<Request> {
        let crate::view::Shown {
            doc,
            selection,
            visible,
            visible_version,
            ..
        } = *shown;
        let mut requests = Vec::new();
        let key = (doc.revision(), visible_version);
        let mut derived = match self.derived.take() {
            Some(d) if d.key == key => d,
            _ => {
                let empty = index::SpanIndex::default();
                let probe = Frame {
                    doc,
                    selection,
                    visible,
                    index: &empty,
                    trips: &empty,
                    key,
                    today,
                    baseline: None,
                    comparison: None,
                    layers: None,
                    palette: crate::view::palette::Palette::of(ui),
                };
                let spans = visible
                    .iter()
                    .filter_map(|&i| probe.days(i).map(|(a, b)| (i, a, b)))
                    .collect();
                let t = doc.timeline();
                let unfixed = visible.iter().filter_map(|&i| {
                    let e = &t.events[i as usize];
                    (!e.start.precision().is_fixed_day())
                        .then(|| (i, e.start.year(), e.end_or_start().year()))
                });
                let trips = t
                    .trips
                    .iter()
                    .enumerate()
                    .map(|(n, trip)| (n as u32, trip.start.first_day(), trip.end.last_day()))
                    .filter(|&(_, a, b)| a <= b)
                    .collect();
                Derived {
                    key,
                    index: index::SpanIndex::new(spans, unfixed),
                    trips: index::SpanIndex::new(trips, []),
                    agenda: None,
                }
            }
        };
        let frame = Frame {
            doc,
            selection,
            visible,
            index: &derived.index,
            trips: &derived.trips,
            key,
            today,
            baseline: shown.baseline,
            comparison: shown.comparison,
            layers: shown.layers,
            palette: crate::view::palette::Palette::of(ui),
        };
        let cursor = *self
            .cursor
            .get_or_insert_with(|| first_event_day(&frame).unwrap_or(today));
        self.follow_selection(&frame);
        toolbar(self, ui, cursor, today, doc);
        match self.mode {
            Mode::Month => month::ui(self, ui, &frame, &mut requests),
            Mode::Week => week::ui(self, ui, &frame, &mut requests),
            Mode::Year => others::year_ui(self, ui, &frame),
            Mode::Agenda => {
                let lines = derived
                    .agenda
                    .get_or_insert_with(|| others::agenda_lines(&frame));
                let month = cursor.with_day(1);
                let scroll_to = (self.agenda_month != month)
                    .then(|| others::agenda_line_for(lines, cursor))
                    .flatten();
                self.agenda_month = month;
                others::agenda_ui(ui, &frame, lines, scroll_to, &mut requests);
            }
        }
        self.seen_selection = selection.generation();
        self.derived = Some(derived);
        requests
    }

    /// A selection made in another view brings its month into sight.
    fn follow_selection(&mut self, frame: &Frame<'_>) {
        if frame.selection.generation() == self.seen_selection {
            return;
        }
        if let Some(day) = frame
            .selection
            .ids()
            .next()
            .and_then(|id| frame.doc.index_of(id))
            .and_then(|i| frame.days(i as u32))
            .map(|(first, _)| first)
        {
            self.cursor = Some(day);
        }
    }
}

/// Gives `draw` the rest of the view when it is at least `least` points tall; otherwise (the lower half of a
/// split layout) a scrolling area of that height, so a grid is never squeezed below readable.
pub(crate) fn fit_or_scroll(
    ui: &mut egui::Ui,
    id: &str,
    least: f32,
    mut draw: impl FnMut(&mut egui::Ui, egui::Rect),
) {
    if ui.available_height() >= least {
        let area = ui.available_rect_before_wrap();
        draw(ui, area);
    } else {
        egui::ScrollArea::vertical().id_salt(id).show(ui, |ui| {
            let (_, area) = ui.allocate_space(egui::vec2(ui.available_width(), least));
            draw(ui, area);
        });
    }
}

/// An event's title as a label that selects it, highlighted while selected (in lists of events).
pub(crate) fn title_label(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    e: &crate::model::Event,
    requests: &mut Vec<Request>,
) {
    if ui
        .selectable_label(frame.selection.contains(e.id.as_str()), e.shown_title())
        .clicked()
    {
        requests.push(Request::Select {
            ids: vec![e.id.to_string()],
            additive: false,
        });
    }
}

/// Where the calendar opens: the month of the first event shown, dated or not.
fn first_event_day(frame: &Frame<'_>) -> Option<NaiveDate> {
    let first = *frame.visible.first()?;
    Some(frame.days(first).map_or_else(
        || {
            frame.doc.timeline().events[first as usize]
                .start
                .first_day()
        },
        |(a, _)| a,
    ))
}

fn toolbar(
    view: &mut CalendarView,
    ui: &mut egui::Ui,
    cursor: NaiveDate,
    today: NaiveDate,
    doc: &Document,
) {
    ui.horizontal_wrapped(|ui| {
        if view.mode == Mode::Week {
            crate::view::zones::second_zone_ui(
                ui,
                "week-second-zone",
                crate::tr!("second-hours-is", zone = view.second.label(doc)),
                &mut view.second,
                &mut view.typed_zone,
                doc,
            );
            ui.separator();
        }
        for mode in Mode::ALL {
            if ui
                .selectable_label(view.mode == mode, mode.label())
                .clicked()
            {
                view.mode = mode;
            }
        }
        ui.separator();
        if ui
            .button("◀")
            .on_hover_text(crate::tr!("calendar-previous"))
            .clicked()
        {
            view.cursor = Some(step(cursor, -1, view.mode));
        }
        if ui.button(crate::tr!("calendar-today")).clicked() {
            view.cursor = Some(today);
        }
        if ui
            .button("▶")
            .on_hover_text(crate::tr!("calendar-next"))
            .clicked()
        {
            view.cursor = Some(step(cursor, 1, view.mode));
        }
        let title = match view.mode {
            Mode::Year => date(cursor, DateStyle::Year),
            Mode::Week => crate::tr!(
                "calendar-week-title",
                week = cursor.iso_week().week(),
                year = cursor.iso_week().year().to_string()
            ),
            _ => date(cursor, DateStyle::MonthYear),
        };
        let label = ui.label(egui::RichText::new(title).heading());
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("calendar-month")
                .selected_text(crate::tr!("calendar-go-to-month"))
                .show_ui(ui, |ui| {
                    for m in 1..=12 {
                        if let Some(day) = NaiveDate::from_ymd_opt(cursor.year(), m, 1)
                            && ui
                                .selectable_label(cursor.month() == m, date(day, DateStyle::Month))
                                .clicked()
                        {
                            view.cursor = Some(day);
                        }
                    }
                });
        });
        ui.separator();
        let label = ui.label(crate::tr!("calendar-weeks-start-on"));
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("calendar-week-start")
                .selected_text(crate::i18n::dates::weekday(view.week_start))
                .show_ui(ui, |ui| {
                    for day in [Weekday::Mon, Weekday::Sun] {
                        ui.selectable_value(
                            &mut view.week_start,
                            day,
                            crate::i18n::dates::weekday(day),
                        );
                    }
                });
        });
    });
    ui.separator();
}

/// Page Up and Page Down change month (or week, or year) while the calendar has focus.
pub(crate) fn page_keys(view: &mut CalendarView, ui: &egui::Ui, focused: bool) {
    if !focused {
        return;
    }
    let Some(cursor) = view.cursor else { return };
    let n = ui.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, egui::Key::PageUp) {
            -1
        } else if i.consume_key(egui::Modifiers::NONE, egui::Key::PageDown) {
            1
        } else {
            0
        }
    });
    if n != 0 {
        view.cursor = Some(step(cursor, n, view.mode));
    }
}

/// The cursor moved by `n` pages: weeks in the week view, years in the year view, months otherwise.
fn step(cursor: NaiveDate, n: i32, mode: Mode) -> NaiveDate {
    match mode {
        Mode::Week => cursor + chrono::Duration::days(7 * i64::from(n)),
        Mode::Year => grid::shift_months(cursor, 12 * n),
        Mode::Month | Mode::Agenda => grid::shift_months(cursor, n),
    }
}
