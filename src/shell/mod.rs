//! The shell around the engine: it runs the effects `update` asks for (speak, save,
//! load) and drives either front end through one loop.

pub mod app;
mod lessons;
pub mod logging;
mod run;
mod saves;

pub use app::App;
pub use lessons::{Begin, Lessons, LoadLater, Ready};
pub use run::{run, FrontEnd, Input};
