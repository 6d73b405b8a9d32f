//! Arguments for messages, owned so they can be built anywhere and kept.

use fluent_bundle::{FluentArgs, FluentValue};

/// One argument value: words or a number (numbers choose plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Text(String),
    Number(f64),
}

/// Named arguments for a message, such as `$name` or `$count`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args {
    values: Vec<(&'static str, ArgValue)>,
}

impl Args {
    pub fn new() -> Self {
        Args::default()
    }

    /// Sets `$key`, replacing an earlier value.
    pub fn set(&mut self, key: &'static str, value: impl Into<ArgValue>) -> &mut Self {
        let value = value.into();
        match self.values.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.values.push((key, value)),
        }
        self
    }

    /// Builder form of [`Args::set`].
    pub fn with(mut self, key: &'static str, value: impl Into<ArgValue>) -> Self {
        self.set(key, value);
        self
    }

    pub fn to_fluent(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::with_capacity(self.values.len() + 1);
        for (key, value) in &self.values {
            let value: FluentValue<'static> = match value {
                ArgValue::Text(text) => FluentValue::from(text.clone()),
                ArgValue::Number(n) => FluentValue::from(*n),
            };
            args.set(*key, value);
        }
        args
    }
}

impl From<&str> for ArgValue {
    fn from(text: &str) -> Self {
        ArgValue::Text(text.to_owned())
    }
}

impl From<String> for ArgValue {
    fn from(text: String) -> Self {
        ArgValue::Text(text)
    }
}

impl From<&String> for ArgValue {
    fn from(text: &String) -> Self {
        ArgValue::Text(text.clone())
    }
}

impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        // Counts shown to people are far below 2^52, so the conversion is exact.
        ArgValue::Number(n as f64)
    }
}

impl From<u32> for ArgValue {
    fn from(n: u32) -> Self {
        ArgValue::Number(f64::from(n))
    }
}
