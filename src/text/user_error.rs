//! The one error type that reaches a person: a Fluent message id and its arguments.

use super::Args;

/// Something went wrong that the person at the keyboard must hear about: which message
/// explains it, and what to fill in. `main` prints it in the learner's language and
/// exits with status 2; the tutor shows and says it.
#[derive(Debug, Clone, PartialEq)]
pub struct UserError {
    /// The Fluent message id, such as `error-store-damaged`.
    pub id: &'static str,
    /// Its `$variables`.
    pub args: Args,
}

impl UserError {
    /// An error with no arguments.
    pub fn new(id: &'static str) -> UserError {
        UserError { id, args: Args::new() }
    }

    /// An error with arguments.
    pub fn with(id: &'static str, args: Args) -> UserError {
        UserError { id, args }
    }
}

impl std::fmt::Display for UserError {
    /// The id, for logs; people see the message itself.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.id)
    }
}

impl std::error::Error for UserError {}
