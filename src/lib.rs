//! Signpost: a talking, large-print terminal tutor that helps people get online.
//!
//! Data flows one way: a key or a line becomes a [`tutor::Message`]; [`tutor::update`]
//! changes the [`tutor::State`] and returns effects (speak, save) that [`shell::App`]
//! carries out; [`tutor::view`] describes the screen once, and that one
//! [`tutor::Screen`] is drawn by [`ui::tui`] or printed by [`ui::plain`] and read by
//! [`speech`]. DEVELOPERS.md has the map of rooms.

pub mod cli;
pub mod commands;
pub mod content;
pub mod domain;
pub mod hub;
pub mod i18n;
pub mod learner_data;
pub mod lesson;
pub mod practice;
pub mod report;
pub mod shell;
pub mod speech;
pub mod store;
pub mod text;
pub mod tutor;
pub mod ui;
