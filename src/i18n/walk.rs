//! Walking a parsed Fluent file for `signpost check`: every entry's patterns, and in them
//! every function call, select and reference, each with its place in the text. The
//! parser's syntax tree keeps no positions, but every name in it is a slice of the
//! text it was parsed from, so a name's place is where its slice starts.

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement, Resource, Variant,
};

/// Something in a pattern that `check` looks at.
pub enum Seen<'s> {
    /// A call: the function's name and what it was given.
    Function { name: &'s str, arguments: &'s CallArguments<&'s str> },
    /// A select expression's variants.
    Select { variants: &'s [Variant<&'s str>] },
    /// A reference to a message (`hello`, `hello.attr`) or a term (`-brand`), named the
    /// way [`node_name`] names them; `at` is the referenced name in the text.
    Reference { target: String, at: &'s str },
}

/// One pattern of an entry: its value or an attribute.
pub struct Part<'s> {
    /// The message or term it belongs to (`hello`, `-brand`), as people write it.
    pub entry: String,
    /// The name of this part as a reference names it ([`node_name`]).
    pub node: String,
    /// The entry's name in the text, for its place.
    pub at: &'s str,
    pub pattern: &'s Pattern<&'s str>,
}

/// `hello`, `hello.attr`, `-brand` or `-brand.attr`.
pub fn node_name(term: bool, id: &str, attribute: Option<&str>) -> String {
    let dash = if term { "-" } else { "" };
    match attribute {
        Some(attribute) => format!("{dash}{id}.{attribute}"),
        None => format!("{dash}{id}"),
    }
}

/// Every pattern of every message and term in `resource`, in file order.
pub fn parts<'s>(resource: &'s Resource<&'s str>) -> Vec<Part<'s>> {
    let mut parts = Vec::new();
    for entry in &resource.body {
        let (term, id, value, attributes) = match entry {
            Entry::Message(m) => (false, &m.id, m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (true, &t.id, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let entry = node_name(term, id.name, None);
        if let Some(pattern) = value {
            parts.push(Part { entry: entry.clone(), node: entry.clone(), at: id.name, pattern });
        }
        for attribute in attributes {
            let node = node_name(term, id.name, Some(attribute.id.name));
            parts.push(Part { entry: entry.clone(), node, at: attribute.id.name, pattern: &attribute.value });
        }
    }
    parts
}

/// Calls `see` for everything of note in `pattern`, outside in. The depth is bounded:
/// files nested deeper than `limits::MAX_NESTING` were refused before parsing.
pub fn visit<'s>(pattern: &'s Pattern<&'s str>, see: &mut impl FnMut(Seen<'s>)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_of(expression, see);
        }
    }
}

fn expression_of<'s>(expression: &'s Expression<&'s str>, see: &mut impl FnMut(Seen<'s>)) {
    match expression {
        Expression::Select { selector, variants } => {
            inline(selector, see);
            see(Seen::Select { variants });
            for variant in variants {
                visit(&variant.value, see);
            }
        }
        Expression::Inline(expression) => inline(expression, see),
    }
}

fn inline<'s>(expression: &'s InlineExpression<&'s str>, see: &mut impl FnMut(Seen<'s>)) {
    match expression {
        InlineExpression::FunctionReference { id, arguments } => {
            see(Seen::Function { name: id.name, arguments });
            arguments_of(arguments, see);
        }
        InlineExpression::MessageReference { id, attribute } => {
            let target = node_name(false, id.name, attribute.as_ref().map(|a| a.name));
            see(Seen::Reference { target, at: id.name });
        }
        InlineExpression::TermReference { id, attribute, arguments } => {
            let target = node_name(true, id.name, attribute.as_ref().map(|a| a.name));
            see(Seen::Reference { target, at: id.name });
            if let Some(arguments) = arguments {
                arguments_of(arguments, see);
            }
        }
        InlineExpression::Placeable { expression } => expression_of(expression, see),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::VariableReference { .. } => {}
    }
}

fn arguments_of<'s>(arguments: &'s CallArguments<&'s str>, see: &mut impl FnMut(Seen<'s>)) {
    for positional in &arguments.positional {
        inline(positional, see);
    }
    for named in &arguments.named {
        inline(&named.value, see);
    }
}

/// The byte offset of `part` in `text`, when `part` is a slice of it (as every name in a
/// tree parsed from `text` is); else 0, the start of the file.
pub fn offset(text: &str, part: &str) -> usize {
    let (start, base) = (part.as_ptr() as usize, text.as_ptr() as usize);
    start.checked_sub(base).filter(|o| *o + part.len() <= text.len()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::parser;

    #[test]
    fn calls_selects_and_references_are_seen_at_their_places() {
        let text = "-brand = Signpost\nhi = { -brand } { FOO(1) }\n    .attr = { $n ->\n   *[one] { hi }\n}\n";
        let resource = parser::parse(text).unwrap();
        let mut seen = Vec::new();
        for part in parts(&resource) {
            visit(part.pattern, &mut |s| {
                let what = match s {
                    Seen::Function { name, .. } => format!("call {name} at {}", offset(text, name)),
                    Seen::Select { variants } => format!("select of {}", variants.len()),
                    Seen::Reference { target, at } => format!("{target} at {}", offset(text, at)),
                };
                seen.push(format!("{}: {what}", part.node));
            });
        }
        assert_eq!(seen, ["hi: -brand at 26", "hi: call FOO at 36", "hi.attr: select of 1", "hi.attr: hi at 77"]);
        assert_eq!(offset(text, "elsewhere"), 0);
    }
}
