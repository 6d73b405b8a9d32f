//! Plain facts shared by the engine, the store and the commands: learners and their
//! progress, settings, the PIN rule, and time read for people. No storage, no screens.

pub mod learner;
pub mod pin;
pub mod settings;
pub mod when;
