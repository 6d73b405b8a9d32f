//! The variables (`$name`) each message uses, so `check` can tell a translation that
//! lost one (it would show a sentence with a hole in it) or invented one.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// Message id to the variables its value uses, for one .ftl text. Unparseable parts are
/// skipped (they are reported as syntax errors elsewhere).
pub fn variables(text: &str) -> FxHashMap<String, BTreeSet<String>> {
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    of_entries(resource.body.iter())
}

/// The same, for a file already parsed (see [`super::ParsedLocale::resources`]).
pub fn variables_of(resource: &FluentResource) -> FxHashMap<String, BTreeSet<String>> {
    of_entries(resource.entries())
}

fn of_entries<'r>(entries: impl Iterator<Item = &'r Entry<&'r str>>) -> FxHashMap<String, BTreeSet<String>> {
    entries
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut found = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern(value, &mut found);
                }
                Some((message.id.name.to_owned(), found))
            }
            _ => None,
        })
        .collect()
}

fn pattern(p: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, found);
        }
    }
}

fn expression_vars(e: &Expression<&str>, found: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, found);
            for variant in variants {
                pattern(&variant.value, found);
            }
        }
        Expression::Inline(i) => inline(i, found),
    }
}

fn inline(i: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, found),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_found_in_text_selectors_and_variants() {
        let text = "a = Hello { $name }\nb = { $count ->\n    [one] one { $thing }\n   *[other] many\n}\nc = plain\n";
        let found = variables(text);
        let names = |id: &str| found[id].iter().cloned().collect::<Vec<_>>();
        assert_eq!(names("a"), ["name"]);
        assert_eq!(names("b"), ["count", "thing"]);
        assert!(names("c").is_empty());
    }
}
