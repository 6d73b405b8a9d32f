//! The checked lesson model the tutor runs. Built from the files by [`super::load`];
//! every text is a Fluent message id that the i18n layer turns into words.

use std::fmt;
use std::path::PathBuf;

/// All courses that loaded, in the order of their folder names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    pub courses: Vec<Course>,
}

/// A course: a folder with `course.toml` and its lessons.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Whether learners are asked how confident they feel, before and after.
    pub ask_confidence: bool,
    /// Things a learner can go on to do for real, in the file's order.
    pub milestones: Vec<Milestone>,
    /// Lessons in the order of their file names.
    pub lessons: Vec<Lesson>,
    /// Its `course.toml`, for messages to authors.
    pub path: PathBuf,
    /// Where it comes from: built in, or a course pack.
    pub origin: Origin,
}

/// Where a course comes from, for `signpost list` and for the words it is in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Origin {
    /// Built into Signpost (or from `--lessons`): in every language Signpost has.
    #[default]
    BuiltIn,
    /// A course pack in `folder`, with words in `languages` (tags such as `en-GB`).
    Pack { folder: PathBuf, languages: Vec<String> },
}

/// Something done for real after a course ("I made a video call to my family").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub id: String,
    /// Message id of its words.
    pub words: String,
}

/// One lesson: a short run of steps with one aim.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Essential Digital Skills areas it teaches, as named in lesson files.
    pub skills: Vec<String>,
    pub steps: Vec<Step>,
    /// The file it came from, for messages to authors.
    pub path: PathBuf,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub text: String,
    pub body: StepBody,
}

/// What the step asks of the learner, with what it needs to check the answer.
#[derive(Debug, Clone, PartialEq)]
pub enum StepBody {
    Explain,
    Question {
        choices: Vec<Choice>,
        /// Index of the one right choice; `None` in a choose step, where every answer
        /// is right.
        correct: Option<usize>,
    },
    Key {
        key: Key,
        success: String,
    },
    /// Use one of the tutor's own commands (repeat, help, where, stop): it does what it
    /// always does, and the step is done.
    Command {
        command: Command,
        success: String,
    },
    Type {
        answer: String,
        match_case: bool,
        success: String,
    },
    Practice {
        setup: crate::practice::Setup,
        goal: GoalSpec,
        success: String,
    },
}

/// A practice step's goal as the lesson gives it; `words` is a message id, turned into
/// the learner's language when the step runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalSpec {
    /// The goal, known to the step's practice screen.
    pub kind: crate::practice::GoalKind,
    pub target: Option<String>,
    pub words: Option<String>,
}

/// One choice of a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub text: String,
    pub feedback: String,
}

/// A key the learner can press, named the same way in lesson files, in the keymaps of
/// both front ends and in the words that name keys to learners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Enter,
    Space,
    Backspace,
    Tab,
    Escape,
    Up,
    Down,
    Left,
    Right,
    /// A letter, digit or sign. A capital letter means Shift was held.
    Char(char),
    /// A key that has no name in lessons (a function key, say).
    Other,
}

impl Key {
    /// Reads a key name as written in a lesson file (`enter`, `space`, `a`, `A`, ...).
    pub fn parse(name: &str) -> Option<Key> {
        let named = match name {
            "enter" => Key::Enter,
            "space" => Key::Space,
            "backspace" => Key::Backspace,
            "tab" => Key::Tab,
            "up" => Key::Up,
            "down" => Key::Down,
            "left" => Key::Left,
            "right" => Key::Right,
            _ => {
                let mut chars = name.chars();
                return match (chars.next(), chars.next()) {
                    (Some(c), None) if !c.is_whitespace() && !c.is_control() => Some(Key::Char(c)),
                    _ => None,
                };
            }
        };
        Some(named)
    }
}

impl fmt::Display for Key {
    /// The lesson-file name of the key; the inverse of [`Key::parse`]. Not for learners:
    /// they hear key names from Fluent.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Enter => f.write_str("enter"),
            Key::Space => f.write_str("space"),
            Key::Backspace => f.write_str("backspace"),
            Key::Tab => f.write_str("tab"),
            Key::Escape => f.write_str("escape"),
            Key::Up => f.write_str("up"),
            Key::Down => f.write_str("down"),
            Key::Left => f.write_str("left"),
            Key::Right => f.write_str("right"),
            Key::Char(c) => write!(f, "{c}"),
            Key::Other => f.write_str("other"),
        }
    }
}

/// A command of the tutor itself that a `command` step asks the learner to use. Each
/// one works as it does everywhere (R repeats, H gives help, W says where you are, Q
/// asks whether to stop), so practising it is honest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Repeat,
    Help,
    Where,
    Quit,
}

impl Command {
    /// Every command, with its name in lesson files.
    pub const ALL: [(Command, &'static str); 4] =
        [(Command::Repeat, "repeat"), (Command::Help, "help"), (Command::Where, "where"), (Command::Quit, "quit")];

    /// The command a lesson file names, if there is one by that name.
    pub fn parse(name: &str) -> Option<Command> {
        Command::ALL.iter().find(|(_, n)| *n == name).map(|(command, _)| *command)
    }
}

impl Catalog {
    /// The lesson at `(course, lesson)` indexes, if both exist.
    pub fn lesson(&self, course: usize, lesson: usize) -> Option<&Lesson> {
        self.courses.get(course)?.lessons.get(lesson)
    }

    /// Finds a lesson by its ids, as saved progress names it.
    pub fn milestones(&self) -> Vec<(&Course, &Milestone)> {
        self.courses.iter().flat_map(|c| c.milestones.iter().map(move |m| (c, m))).collect()
    }

    /// The lesson with these ids, as (course index, lesson index).
    pub fn find(&self, course_id: &str, lesson_id: &str) -> Option<(usize, usize)> {
        let c = self.courses.iter().position(|c| c.id == course_id)?;
        let l = self.courses[c].lessons.iter().position(|l| l.id == lesson_id)?;
        Some((c, l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_round_trip() {
        for name in ["enter", "space", "backspace", "tab", "up", "down", "left", "right", "a", "A", "7", "?"] {
            let key = Key::parse(name).unwrap_or_else(|| panic!("{name} should parse"));
            assert_eq!(key.to_string(), name);
        }
    }

    #[test]
    fn command_names_are_read_and_others_refused() {
        assert_eq!(Command::parse("repeat"), Some(Command::Repeat));
        assert_eq!(Command::parse("quit"), Some(Command::Quit));
        for name in ["", "stop", "R", "Help"] {
            assert_eq!(Command::parse(name), None, "{name:?}");
        }
    }

    #[test]
    fn unknown_key_names_are_refused() {
        for name in ["", "ab", "Enter", "f1", " ", "shift"] {
            assert_eq!(Key::parse(name), None, "{name:?}");
        }
    }
}
