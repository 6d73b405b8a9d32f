//! Signpost: a talking, large-print terminal tutor that helps people get online.
//!
//! Data flows one way: a key or a line becomes a [`tutor::Message`]; [`tutor::update`]
//! changes the [`tutor::State`] and returns effects (speak, save) that [`app::App`]
//! carries out; [`tutor::view`] describes the screen, which [`ui::tui`] or
//! [`ui::plain`] draws and [`speech`] reads.

pub mod app;
pub mod certificate;
pub mod check;
pub mod cli;
pub mod diag;
pub mod disclosure;
pub mod i18n;
pub mod learner;
pub mod learner_cli;
pub mod learner_cmd;
pub mod learner_record;
pub mod lesson;
pub mod logging;
pub mod pin;
pub mod practice;
pub mod report;
pub mod settings;
pub mod source;
pub mod speech;
pub mod store;
pub mod transfer;
pub mod tutor;
pub mod ui;
pub mod when;
