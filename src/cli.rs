//! The command line. Option names are fixed (tests and partners rely on them); their
//! help text comes from Fluent like every other word, in the language `--lang` asks for.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::parser::ValueSource;
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};

use crate::commands::learner_args::{self, LearnerCommand};
use crate::i18n::I18n;

/// What the person asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub task: Task,
    pub plain: bool,
    pub lang: Option<String>,
    pub lessons: Option<PathBuf>,
    pub locales: Option<PathBuf>,
    /// Folders of course packs to add (`--courses`, any number of times), or packs.
    pub courses: Vec<PathBuf>,
    pub data_dir: Option<PathBuf>,
    pub speech: bool,
    pub speech_log: Option<PathBuf>,
    /// What `signpost learner ...` asked for.
    pub learner: Option<LearnerCommand>,
    pub report: crate::report::Request,
}

/// Run the tutor, or one of the subcommands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    Tutor,
    Check,
    List,
    Learner,
    Report,
    ResetChampionPin,
}

/// Finds `--name VALUE` or `--name=VALUE` before full parsing, so that help text can
/// be shown in the right language from the right locale folder.
pub fn early_value(args: &[OsString], name: &str) -> Option<String> {
    let flag = format!("--{name}");
    let prefix = format!("--{name}=");
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == flag {
            return iter.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix(&prefix) {
            return Some(value.to_owned());
        }
    }
    None
}

/// The answer to `signpost --version` (or `-V`) given alone, the same as the full
/// command line gives, found without loading any words: a version costs nothing.
pub fn version_only(args: &[OsString]) -> Option<String> {
    match args {
        [_, flag] if flag == "--version" || flag == "-V" => Some(format!("signpost {}", env!("CARGO_PKG_VERSION"))),
        _ => None,
    }
}

/// The words of the command line's help, by message id.
pub type Words<'a> = &'a dyn Fn(&str) -> String;

/// Reads `args`. clap shows the words of the command only in help and in errors, so the
/// command is first built without them (formatting its sixty-odd messages was a quarter
/// of a start); only when that reading fails is it built again with them, for the help
/// or the error to be shown in the learner's language.
pub fn parse(i18n: &I18n, args: &[OsString]) -> Result<ArgMatches, clap::Error> {
    described(&|_| String::new()).try_get_matches_from(args).or_else(|_| command(i18n).try_get_matches_from(args))
}

/// The `signpost` command, described in the learner's language.
pub fn command(i18n: &I18n) -> Command {
    described(&|id| i18n.tr(id))
}

/// The `signpost` command, described in `words`.
fn described(words: Words) -> Command {
    let dir_arg = |name: &'static str, help: &str| {
        Arg::new(name)
            .long(name)
            .value_name(words("cli-value-dir"))
            .value_parser(value_parser!(PathBuf))
            .help(help.to_owned())
            .global(true)
    };
    // clap's own headings and flag descriptions are English: replace them with ours.
    let template = |with_commands: bool| {
        let commands = format!("{}:\n{{subcommands}}\n\n", words("cli-heading-commands"));
        format!(
            "{{about}}\n\n{}: {{usage}}\n\n{}{}:\n{{options}}\n",
            words("cli-heading-usage"),
            if with_commands { commands.as_str() } else { "" },
            words("cli-heading-options"),
        )
    };
    // Not global: clap would let the values after a subcommand replace those before it.
    // The tutor, `check` and `list` each take it, and the two places add up.
    let courses_arg = || {
        Arg::new("courses")
            .long("courses")
            .value_name(words("cli-value-dir"))
            .value_parser(value_parser!(PathBuf))
            .action(ArgAction::Append)
            .help(words("cli-courses"))
    };
    let help = Arg::new("help").short('h').long("help").action(ArgAction::Help).help(words("cli-help")).global(true);
    let file_arg = |name: &'static str, help: &str| {
        Arg::new(name)
            .long(name)
            .value_name(words("cli-value-file"))
            .value_parser(value_parser!(PathBuf))
            .help(help.to_owned())
    };
    let subcommand = |name: &'static str, about: &str, usage: &str| {
        Command::new(name).about(about.to_owned()).override_usage(usage.to_owned()).help_template(template(false))
    };
    Command::new("signpost")
        .version(env!("CARGO_PKG_VERSION"))
        .about(words("cli-about"))
        .override_usage(words("cli-usage"))
        .help_template(template(true))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(help)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(words("cli-version")))
        .arg(Arg::new("plain").long("plain").action(ArgAction::SetTrue).help(words("cli-plain")))
        .arg(Arg::new("lang").long("lang").value_name(words("cli-value-lang")).help(words("cli-lang")).global(true))
        .arg(dir_arg("lessons", &words("cli-lessons")))
        .arg(dir_arg("locales", &words("cli-locales")))
        .arg(courses_arg())
        .arg(
            Arg::new("data-dir")
                .long("data-dir")
                .env("SIGNPOST_DATA_DIR")
                .value_name(words("cli-value-dir"))
                .value_parser(value_parser!(PathBuf))
                .help(words("cli-data-dir"))
                .global(true),
        )
        .arg(
            Arg::new("speech")
                .long("speech")
                .value_parser(PossibleValuesParser::new(["on", "off"]))
                .default_value("on")
                .hide_possible_values(true)
                .hide_default_value(true)
                .value_name("on|off")
                .help(words("cli-speech")),
        )
        .arg(
            Arg::new("speech-log")
                .long("speech-log")
                .value_name(words("cli-value-file"))
                .value_parser(value_parser!(PathBuf))
                .help(words("cli-speech-log")),
        )
        .subcommand(subcommand("check", &words("cli-check"), &words("cli-usage-check")).arg(courses_arg()))
        .subcommand(subcommand("list", &words("cli-list"), &words("cli-usage-list")).arg(courses_arg()))
        .subcommand(learner_args::command(words, &subcommand, template(true)))
        .subcommand(subcommand(
            "reset-champion-pin",
            &words("cli-reset-champion-pin"),
            &words("cli-usage-reset-champion-pin"),
        ))
        .subcommand(
            subcommand("report", &words("cli-report"), &words("cli-usage-report"))
                // After the options every command shares, as `check` lists them.
                .next_display_order(100)
                .arg(Arg::new("from").long("from").value_name(words("cli-value-date")).help(words("cli-report-from")))
                .arg(Arg::new("to").long("to").value_name(words("cli-value-date")).help(words("cli-report-to")))
                .arg(file_arg("csv", &words("cli-report-csv")))
                .arg(file_arg("export", &words("cli-report-export")))
                .arg(file_arg("xlsx", &words("cli-report-xlsx")))
                .arg(file_arg("summary", &words("cli-report-summary")))
                .arg(file_arg("merge", &words("cli-report-merge")).num_args(1..).action(ArgAction::Append))
                .arg(Arg::new("publish").long("publish").action(ArgAction::SetTrue).help(words("cli-report-publish"))),
        )
}

/// Reads the parsed arguments into [`Options`].
pub fn options(matches: &ArgMatches) -> Options {
    let task = match matches.subcommand_name() {
        Some("check") => Task::Check,
        Some("list") => Task::List,
        Some("learner") => Task::Learner,
        Some("report") => Task::Report,
        Some("reset-champion-pin") => Task::ResetChampionPin,
        _ => Task::Tutor,
    };
    // Global options given after a subcommand live in the subcommand's matches.
    let sub = matches.subcommand().map(|(_, m)| m);
    let path =
        |name: &str| sub.and_then(|m| m.get_one::<PathBuf>(name)).or_else(|| matches.get_one::<PathBuf>(name)).cloned();
    let lang = sub.and_then(|m| m.get_one::<String>("lang")).or_else(|| matches.get_one::<String>("lang")).cloned();
    Options {
        task,
        plain: matches.get_flag("plain"),
        lang,
        lessons: path("lessons"),
        locales: path("locales"),
        courses: matches
            .get_many::<PathBuf>("courses")
            .into_iter()
            .flatten()
            .chain(sub.and_then(|m| m.try_get_many::<PathBuf>("courses").ok().flatten()).into_iter().flatten())
            .cloned()
            .collect(),
        // --data-dir is global: typed after a subcommand it lives in the subcommand's
        // matches, and a typed one beats SIGNPOST_DATA_DIR.
        data_dir: sub
            .and_then(|m| {
                let typed = m.try_get_one::<PathBuf>("data-dir").ok().flatten();
                typed.filter(|_| m.value_source("data-dir") == Some(ValueSource::CommandLine))
            })
            .or_else(|| matches.get_one::<PathBuf>("data-dir"))
            .cloned(),
        speech: matches.get_one::<String>("speech").is_none_or(|s| s == "on"),
        speech_log: matches.get_one::<PathBuf>("speech-log").cloned(),
        learner: matches.subcommand_matches("learner").and_then(learner_args::parse),
        report: match matches.subcommand() {
            Some(("report", m)) => crate::report::Request {
                from: m.get_one::<String>("from").cloned(),
                to: m.get_one::<String>("to").cloned(),
                csv: m.get_one::<PathBuf>("csv").cloned(),
                export: m.get_one::<PathBuf>("export").cloned(),
                xlsx: m.get_one::<PathBuf>("xlsx").cloned(),
                summary: m.get_one::<PathBuf>("summary").cloned(),
                merge: m.get_many::<PathBuf>("merge").into_iter().flatten().cloned().collect(),
                publish: m.get_flag("publish"),
            },
            _ => crate::report::Request::default(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::base_language;

    fn parse(args: &[&str]) -> Options {
        let i18n = I18n::built_in(&[base_language()]);
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        options(&super::parse(&i18n, &args).unwrap())
    }

    /// Help and mistakes are shown with the words, though a good command line is read
    /// without them.
    #[test]
    fn help_and_mistakes_are_in_the_learners_language() {
        let welsh = I18n::built_in(&["cy".parse().unwrap()]);
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        let help = super::parse(&welsh, &args(&["signpost", "--help"])).unwrap_err();
        assert_eq!(help.kind(), clap::error::ErrorKind::DisplayHelp);
        assert_eq!(help.render().to_string(), command(&welsh).render_help().to_string());
        assert!(help.render().to_string().contains(&welsh.tr("cli-about")));
        let wrong = super::parse(&welsh, &args(&["signpost", "report", "--from"])).unwrap_err();
        let shown = wrong.render().to_string();
        assert!(shown.contains(&welsh.tr("cli-value-date")), "{shown}");
    }

    /// Help with its words read as wanted is word for word the help with every file read,
    /// and reads only the files that hold the command line's words: help is quick.
    #[test]
    fn help_reads_only_the_command_lines_words_and_is_the_whole_help() {
        use crate::content::source::SourceTree;
        let tree = SourceTree::built_in_locales();
        let paths: [&[&str]; 4] = [&[], &["check"], &["report"], &["learner", "import"]];
        for lang in ["en-GB", "cy", "pl"] {
            let requested = [lang.parse().unwrap()];
            let whole = I18n::load(&tree, &requested).0;
            let wanted = I18n::on_demand(&tree, &requested);
            for path in paths {
                let render = |i18n: &I18n| {
                    let mut command = command(i18n);
                    command.build();
                    let mut found = &mut command;
                    for name in path {
                        found = found.find_subcommand_mut(name).unwrap();
                    }
                    found.render_long_help().to_string()
                };
                let expected = render(&whole);
                assert!(!expected.contains("cli-"), "{lang} {path:?}: a message id in the help");
                assert_eq!(render(&wanted), expected, "{lang} {path:?}");
            }
            let mut read: Vec<String> =
                wanted.read_paths().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
            read.sort();
            read.dedup();
            assert_eq!(read, ["cli.ftl", "learner.ftl"], "{lang}");
        }
    }

    #[test]
    fn the_command_is_well_formed() {
        command(&I18n::built_in(&[base_language()])).debug_assert();
        described(&|_| String::new()).debug_assert();
    }

    #[test]
    fn options_are_read_before_and_after_subcommands() {
        let opts = parse(&["signpost", "--plain", "--speech", "off", "--lang", "cy", "--data-dir", "/tmp/x"]);
        assert_eq!(opts.task, Task::Tutor);
        assert!(opts.plain && !opts.speech);
        assert_eq!(opts.lang.as_deref(), Some("cy"));
        assert_eq!(opts.data_dir, Some(PathBuf::from("/tmp/x")));
        let opts = parse(&["signpost", "check", "--lessons", "l", "--locales", "t"]);
        assert_eq!(opts.task, Task::Check);
        assert_eq!((opts.lessons, opts.locales), (Some("l".into()), Some("t".into())));
        assert!(parse(&["signpost", "list"]).speech);
        let opts = parse(&["signpost", "--courses", "a", "check", "--courses", "b", "--courses=c"]);
        assert_eq!(opts.courses, [PathBuf::from("a"), "b".into(), "c".into()], "--courses adds up, anywhere");
        assert!(parse(&["signpost"]).courses.is_empty());
    }

    #[test]
    fn learner_commands_take_the_data_folder_anywhere() {
        let opts = parse(&["signpost", "learner", "export", "Ann Lee", "ann.json", "--data-dir", "/tmp/x"]);
        assert_eq!(opts.task, Task::Learner);
        assert_eq!(opts.learner, Some(LearnerCommand::Export { name: "Ann Lee".into(), file: "ann.json".into() }));
        assert_eq!(opts.data_dir, Some(PathBuf::from("/tmp/x")));
        let opts = parse(&["signpost", "--data-dir", "/tmp/y", "learner", "erase", "Ann", "--yes"]);
        assert_eq!(opts.learner, Some(LearnerCommand::Erase { name: "Ann".into(), yes: true }));
        assert_eq!(opts.data_dir, Some(PathBuf::from("/tmp/y")));
        let i18n = I18n::built_in(&[base_language()]);
        assert!(command(&i18n).try_get_matches_from(["signpost", "learner", "erase"]).is_err(), "a name is needed");
    }

    #[test]
    fn report_options_are_read_with_the_data_folder_after_the_subcommand() {
        let opts =
            parse(&["signpost", "report", "--data-dir", "d", "--from", "2026-01-01", "--merge", "a", "b", "--publish"]);
        assert_eq!((opts.task, opts.data_dir), (Task::Report, Some("d".into())));
        let report = opts.report;
        assert_eq!((report.from.as_deref(), report.to), (Some("2026-01-01"), None));
        assert_eq!((report.merge, report.publish), (vec![PathBuf::from("a"), PathBuf::from("b")], true));
        assert_eq!(parse(&["signpost", "--data-dir", "top", "report"]).data_dir, Some("top".into()));
    }

    #[test]
    fn the_quick_version_is_what_the_full_command_says() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        let full = command(&I18n::built_in(&[base_language()])).render_version();
        for flag in ["--version", "-V"] {
            assert_eq!(version_only(&args(&["signpost", flag])).map(|v| v + "\n"), Some(full.clone()));
        }
        assert_eq!(version_only(&args(&["signpost", "--plain", "--version"])), None, "clap answers the rest");
        assert_eq!(version_only(&args(&["signpost"])), None);
    }

    #[test]
    fn early_values_are_found_in_both_spellings() {
        let args: Vec<OsString> = ["signpost", "--lang", "cy", "--locales=x"].iter().map(OsString::from).collect();
        assert_eq!(early_value(&args, "lang").as_deref(), Some("cy"));
        assert_eq!(early_value(&args, "locales").as_deref(), Some("x"));
        assert_eq!(early_value(&args, "lessons"), None);
    }
}
