//! How much Signpost reads from one lesson or locale file. Files travel (a hub copies a
//! translation from a USB stick, an author downloads a course), so a damaged or hostile
//! file must not hang the tutor or overflow its stack. Each limit is far above what a
//! real lesson or translation needs (the largest shipped file is about 22 KB, the
//! longest lesson 14 steps, the busiest .ftl file about 260 messages, the deepest
//! nesting 3), and `signpost check` names the place where a file passes one.

/// The most bytes read from one file; a larger file is not read at all.
pub const MAX_FILE_BYTES: u64 = 1024 * MAX_FILE_KB as u64;

/// The same limit in kilobytes, as messages say it.
pub const MAX_FILE_KB: usize = 1024;

/// The most steps in one lesson.
pub const MAX_STEPS: usize = 500;

/// The most messages in one `.ftl` file.
pub const MAX_MESSAGES_PER_FILE: usize = 5000;

/// How deep placeables (`{ ... }`) and function calls may nest in a Fluent message.
/// Fluent's parser and resolver recurse once per level, so a file nested thousands deep
/// would overflow the stack; real messages nest two or three deep.
pub const MAX_NESTING: usize = 20;

/// The most problems `signpost check` (and the tutor's log) lists for one file; after
/// them, one line says there are more. A damaged file can hold a million.
pub const MAX_PROBLEMS_PER_FILE: usize = 100;
