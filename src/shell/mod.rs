//! The shell around the engine: it runs the effects `update` asks for (speak, save,
//! load) and drives either front end through one loop.

pub mod app;
pub mod logging;
mod run;
mod saves;

pub use app::App;
pub use run::{run, FrontEnd, Input};
