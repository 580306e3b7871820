//! Which widgets are views that take the keyboard (the timeline, the calendar grids, the map), so that keys
//! meant for a view, such as Delete, act only while a view or nothing has focus, never a button or a field.

use egui::{Context, Id};

#[derive(Clone, Default)]
struct ViewAreas(Vec<Id>);

fn key() -> Id {
    Id::unique("itinera-view-focus-areas")
}

/// Records that `id` is a view's focus area; called by each view as it draws.
pub fn register(ctx: &Context, id: Id) {
    ctx.data_mut(|d| {
        let areas = d.get_temp_mut_or_default::<ViewAreas>(key());
        if !areas.0.contains(&id) {
            areas.0.push(id);
        }
    });
}

/// Whether a view's keys may act: nothing has focus, or a view drawn since the last call has it.
/// Each call starts a new round of registrations.
pub fn view_keys_allowed(ctx: &Context) -> bool {
    let areas = ctx.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<ViewAreas>(key())));
    ctx.memory(|m| m.focused())
        .is_none_or(|focused| areas.0.contains(&focused))
}
