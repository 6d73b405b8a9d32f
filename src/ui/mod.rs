//! The two front ends. Both draw the same `Screen`; neither decides anything.

pub mod plain;
pub mod tui;
