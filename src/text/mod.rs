//! Words as data, before they are put into a language: a message id with its arguments.
//! Everything that reports to a person (a refused command, a failed start-up, a problem
//! in a lesson file) carries one of these, and the front end or `main` turns it into
//! words with [`crate::i18n::I18n`].

mod args;
pub mod clean;
pub mod html;
mod user_error;

pub use args::{ArgValue, Args};
pub use user_error::UserError;
