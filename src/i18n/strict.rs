//! The strict half of `signpost check` for Fluent files, as strict as Mozilla's own
//! tools: what Fluent would parse but a learner could not be shown. Control characters,
//! functions Fluent does not have (or given what they cannot use), selects on a number
//! without all of the language's plural forms, references to what the language does not
//! define, and messages that refer back to themselves. Each is an error at its path, line and column.

use fluent_syntax::ast::{CallArguments, InlineExpression, Variant, VariantKey};
use fluent_syntax::parser;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use std::path::PathBuf;

use super::cycles::{Found, Graph};
use super::load::ParsedLocale;
use super::walk::{self, offset, Seen};
use crate::content::diag::{Diagnostic, Problem, Severity};
use crate::content::limits::MAX_PROBLEMS_PER_FILE;
use crate::text::clean::is_unsafe;

/// A Fluent function Signpost's bundles have, with the options it takes.
pub struct Function {
    pub name: &'static str,
    /// Each option's name and whether its value is a number (else a string).
    pub options: &'static [(&'static str, bool)],
}

/// Every function a message may call: those `FluentBundle::add_builtins` gives.
pub const FUNCTIONS: &[Function] = &[Function {
    name: "NUMBER",
    options: &[
        ("type", false),
        ("style", false),
        ("currency", false),
        ("currencyDisplay", false),
        ("useGrouping", false),
        ("minimumIntegerDigits", true),
        ("minimumFractionDigits", true),
        ("maximumFractionDigits", true),
        ("minimumSignificantDigits", true),
        ("maximumSignificantDigits", true),
    ],
}];

/// Every problem of this kind in one language's files, at most
/// [`MAX_PROBLEMS_PER_FILE`] for each file.
pub fn check_locale(locale: &ParsedLocale) -> Vec<Diagnostic> {
    let tag = locale.language.to_string();
    let categories = plural_categories(&locale.language);
    let mut found: Vec<Found> = Vec::new();
    let mut graph = Graph::default();
    for (file, (_, text)) in locale.sources.iter().enumerate() {
        for (offset, c) in control_characters(text).take(MAX_PROBLEMS_PER_FILE + 1) {
            found.push((file, offset, Problem::ControlCharacter { code: format!("U+{:04X}", u32::from(c)) }));
        }
        let resource = parser::parse(text.as_str()).unwrap_or_else(|(partial, _)| partial);
        for part in walk::parts(&resource) {
            let mut edges = Vec::new();
            walk::visit(part.pattern, &mut |seen| match seen {
                Seen::Function { name, arguments } => {
                    if let Some(problem) = function_problem(name, arguments) {
                        found.push((file, offset(text, name), problem));
                    }
                }
                Seen::Select { variants } => {
                    if let Some(missing) = missing_plurals(&categories, variants) {
                        let key = variants.first().map_or(part.at, |v| key_text(&v.key));
                        let problem = Problem::PluralForms { id: part.entry.clone(), locale: tag.clone(), missing };
                        found.push((file, offset(text, key), problem));
                    }
                }
                Seen::Reference { target, at } => {
                    // A term's name in the tree leaves out its dash; the place is the dash.
                    let dash = usize::from(target.starts_with('-'));
                    edges.push((target, offset(text, at).saturating_sub(dash)));
                }
            });
            graph.add(part.node, file, edges);
        }
    }
    found.extend(graph.cycles());
    let broken = |id: &str| locale.definitions.iter().any(|d| d.broken && d.id == id);
    found.extend(graph.unknown_references(broken));
    placed(found, &locale.sources)
}

/// The problems found, in file and place order, each at its line and column; after
/// [`MAX_PROBLEMS_PER_FILE`] in one file, one problem saying there are more. (A hostile
/// file can hold a million problems; listing them all would help nobody.)
fn placed(mut found: Vec<Found>, sources: &[(PathBuf, String)]) -> Vec<Diagnostic> {
    found.sort_by_key(|(file, offset, _)| (*file, *offset));
    let mut problems = Vec::new();
    for (file, (path, text)) in sources.iter().enumerate() {
        let in_file = found.iter().filter(|(f, _, _)| *f == file);
        for (count, (_, offset, problem)) in in_file.enumerate() {
            let problem = match count {
                MAX_PROBLEMS_PER_FILE => Problem::TooManyProblems { limit: MAX_PROBLEMS_PER_FILE },
                n if n > MAX_PROBLEMS_PER_FILE => break,
                _ => problem.clone(),
            };
            problems.push(Diagnostic::at(path, text, *offset, Severity::Error, problem));
        }
    }
    problems
}

/// Characters that must never be in a message, with their byte offsets: everything
/// `clean` takes out before text is shown, except the line breaks that end lines.
fn control_characters(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.char_indices().filter(move |&(offset, c)| match c {
        '\n' => false,
        '\r' => !text[offset..].starts_with("\r\n"),
        c => is_unsafe(c),
    })
}

/// What is wrong with a call of `name`, if anything.
fn function_problem(name: &str, arguments: &CallArguments<&str>) -> Option<Problem> {
    let Some(function) = FUNCTIONS.iter().find(|f| f.name == name) else {
        let known = FUNCTIONS.iter().map(|f| f.name).collect::<Vec<_>>().join(", ");
        return Some(Problem::UnknownFunction { name: name.to_owned(), known });
    };
    let option_ok = |name: &str, value: &InlineExpression<&str>| {
        function.options.iter().any(|(option, number)| {
            *option == name
                && match value {
                    InlineExpression::NumberLiteral { .. } => *number,
                    InlineExpression::StringLiteral { .. } => !*number,
                    _ => false,
                }
        })
    };
    let fits = arguments.positional.len() == 1 && arguments.named.iter().all(|n| option_ok(n.name.name, &n.value));
    (!fits).then(|| {
        let options = function.options.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ");
        Problem::FunctionArguments { function: name.to_owned(), options }
    })
}

/// The plural categories a select leaves out, when it selects on a plural category at
/// all (has a key like `one` or `few`, `other` aside), as Mozilla's compare-locales
/// decides it.
fn missing_plurals(categories: &[&str], variants: &[Variant<&str>]) -> Option<String> {
    let keys: Vec<&str> = variants.iter().map(|v| key_text(&v.key)).collect();
    if !keys.iter().any(|k| *k != "other" && categories.contains(k)) {
        return None;
    }
    let missing: Vec<&str> = categories.iter().copied().filter(|c| !keys.contains(c)).collect();
    (!missing.is_empty()).then(|| missing.join(", "))
}

fn key_text<'s>(key: &VariantKey<&'s str>) -> &'s str {
    match key {
        VariantKey::Identifier { name } => name,
        VariantKey::NumberLiteral { value } => value,
    }
}

/// The CLDR plural categories of `language` (Welsh: zero, one, two, few, many, other),
/// in that order; none for a language CLDR has no rules for. Found by asking the rules
/// about numbers that between them reach every category CLDR uses.
pub fn plural_categories(language: &LanguageIdentifier) -> Vec<&'static str> {
    let bare = LanguageIdentifier::from_parts(language.language, None, None, &[]);
    let Ok(rules) = PluralRules::create(language.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(bare, PluralRuleType::CARDINAL))
    else {
        return Vec::new();
    };
    let integers = (0..=1000).chain([10_000, 100_000, 1_000_000, 10_000_000]).map(|n| n.to_string());
    let decimals = ["0.1", "0.5", "1.0", "1.5", "2.5", "3.5", "10.5", "100.5", "1000.5"].map(String::from);
    let mut found = [false; 6];
    for n in integers.chain(decimals) {
        if let Ok(category) = rules.select(n.as_str()) {
            found[category_index(&category)] = true;
        }
    }
    let names = ["zero", "one", "two", "few", "many", "other"];
    names.iter().zip(found).filter(|(_, f)| *f).map(|(name, _)| *name).collect()
}

fn category_index(category: &PluralCategory) -> usize {
    match category {
        PluralCategory::ZERO => 0,
        PluralCategory::ONE => 1,
        PluralCategory::TWO => 2,
        PluralCategory::FEW => 3,
        PluralCategory::MANY => 4,
        PluralCategory::OTHER => 5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_are_cldr_s() {
        let of = |tag: &str| plural_categories(&tag.parse().unwrap());
        assert_eq!(of("cy"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(of("pl"), ["one", "few", "many", "other"]);
        assert_eq!(of("en-GB"), ["one", "other"]);
        assert!(of("xx").is_empty());
    }

    #[test]
    fn every_listed_function_works_in_signpost_s_bundles() {
        for function in FUNCTIONS {
            let mut locale = ParsedLocale::empty(super::super::base_language());
            let option = function.options.iter().find(|(_, number)| *number).map(|(name, _)| *name);
            let option = option.map_or(String::new(), |name| format!(", {name}: 2"));
            locale.sources.push(("a.ftl".into(), format!("m = {{ {}(5{option}) }}\n", function.name)));
            let bundle = locale.to_bundle();
            let pattern = bundle.get_message("m").and_then(|m| m.value()).unwrap();
            let mut errors = Vec::new();
            let shown = bundle.format_pattern(pattern, None, &mut errors);
            assert!(errors.is_empty(), "{}: {errors:?}", function.name);
            assert!(shown.starts_with('5'), "{shown}");
        }
    }

    fn problems_in(text: &str) -> Vec<String> {
        let mut locale = ParsedLocale::empty("cy".parse().unwrap());
        locale.sources.push(("a.ftl".into(), text.to_owned()));
        check_locale(&locale).iter().map(|d| format!("{}:{} {:?}", d.line, d.col, d.problem)).collect()
    }

    #[test]
    fn unknown_functions_and_options_are_found_at_the_call() {
        let found = problems_in("a = { FOO(1) }\nb = x { NUMBER(5, foo: \"x\") }\nc = { NUMBER(1, 2) }\nd = { NUMBER($n, minimumIntegerDigits: \"2\") }\ne = { NUMBER($n, style: \"percent\") }\n");
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found[0].starts_with("1:7 UnknownFunction { name: \"FOO\""), "{found:?}");
        assert!(found[1].starts_with("2:9 FunctionArguments"), "{found:?}");
        assert!(found[2].starts_with("3:7 FunctionArguments"), "{found:?}");
        assert!(found[3].starts_with("4:7 FunctionArguments"), "{found:?}");
    }

    #[test]
    fn control_characters_are_found_where_they_are_but_line_ends_are_not() {
        let found = problems_in("a = x\u{1b}[2J\r\nb = y\u{202e}z\u{feff}\n");
        assert_eq!(
            found,
            [
                "1:6 ControlCharacter { code: \"U+001B\" }",
                "2:6 ControlCharacter { code: \"U+202E\" }",
                "2:8 ControlCharacter { code: \"U+FEFF\" }"
            ]
        );
    }

    #[test]
    fn a_hundred_problems_are_listed_in_a_file_and_then_one_saying_there_are_more() {
        let found = problems_in(&format!("a = {}\nb = {{ x }}\n", "\u{7}".repeat(150)));
        assert_eq!(found.len(), MAX_PROBLEMS_PER_FILE + 1);
        assert_eq!(found[99], "1:104 ControlCharacter { code: \"U+0007\" }");
        assert_eq!(found[100], "1:105 TooManyProblems { limit: 100 }");
    }

    #[test]
    fn a_plural_select_needs_every_category_of_the_language() {
        let text = "a = { $n ->\n    [one] un\n   *[other] mwy\n}\nb = { $mode ->\n    [plain] x\n   *[tui] y\n}\n";
        let found = problems_in(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("2:6 PluralForms"), "{found:?}");
        assert!(found[0].contains("missing: \"zero, two, few, many\""), "{found:?}");
    }
}
