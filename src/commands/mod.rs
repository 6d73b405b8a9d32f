//! One file for each thing `signpost` can be asked to do: start the tutor, check
//! content, list courses, look after a learner's data, report for the hub.

pub mod champion_pin;
pub mod check;
mod check_packs;
pub mod learner;
pub mod learner_args;
pub mod learner_certificate;
pub mod list;
pub mod report;
pub mod tutor;
mod tutor_lessons;

mod data;

pub use data::{data_dir, hub_settings, store_error, unreadable_folder};
