//! One file for each page of the tutor, with what its keys do (update), what it shows
//! and says (view), and its entries together: a change to a page is made in one place.
//! `update.rs` and `view.rs` above only pick the page.

pub mod ask;
pub mod champion;
pub mod home;
pub mod milestones;
pub mod pin;
pub mod practice;
pub mod settings;
pub mod skills;
pub mod step;
pub mod step_help;
pub mod typing;

#[cfg(test)]
mod command_tests;
#[cfg(test)]
mod practice_tests;
#[cfg(test)]
mod settings_tests;
#[cfg(test)]
mod skills_tests;
