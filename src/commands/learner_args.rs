//! `signpost learner ...`: the commands champions use to look after a learner's data,
//! described in the words of `locales/*/learner.ftl`.

use std::path::PathBuf;

use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};

/// One `signpost learner` command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LearnerCommand {
    Export {
        name: String,
        file: PathBuf,
    },
    /// `as_name`: the name to add them by when a different person here has theirs.
    Import {
        file: PathBuf,
        as_name: Option<String>,
    },
    Show {
        name: String,
    },
    /// Saved in `file` (if given) and sent to the printer (if `print`).
    Certificate {
        name: String,
        file: Option<PathBuf>,
        print: bool,
    },
    Erase {
        name: String,
        yes: bool,
    },
    ResetPin {
        name: String,
    },
}

/// The `learner` command and its subcommands. `subcommand` makes a command with its
/// about text and usage (as `cli` makes `check` and `list`); `listing` is the help
/// template for a command with subcommands.
pub fn command(
    words: crate::cli::Words,
    subcommand: &dyn Fn(&'static str, &str, &str) -> Command,
    listing: String,
) -> Command {
    let name = || Arg::new("name").value_name(words("cli-value-name")).required(true).help(words("cli-learner-name"));
    let file = |help: &str| {
        Arg::new("file")
            .value_name(words("cli-value-file"))
            .value_parser(value_parser!(PathBuf))
            .required(true)
            .help(words(help))
    };
    // Like `cli`'s own template, with the name and file explained too.
    let with_arguments = format!(
        "{{about}}\n\n{}: {{usage}}\n\n{}:\n{{positionals}}\n\n{}:\n{{options}}\n",
        words("cli-heading-usage"),
        words("cli-heading-arguments"),
        words("cli-heading-options"),
    );
    let sub = |id: &'static str, about: &str, usage: &str| {
        subcommand(id, &words(about), &words(usage)).help_template(with_arguments.clone())
    };
    subcommand("learner", &words("cli-learner"), &words("cli-usage-learner"))
        .help_template(listing)
        .disable_help_subcommand(true)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            sub("export", "cli-learner-export", "cli-usage-learner-export")
                .arg(name())
                .arg(file("cli-learner-file-out")),
        )
        .subcommand(
            sub("import", "cli-learner-import", "cli-usage-learner-import").arg(file("cli-learner-file-in")).arg(
                Arg::new("as").long("as").value_name(words("cli-value-name")).help(words("cli-learner-import-as")),
            ),
        )
        .subcommand(sub("show", "cli-learner-show", "cli-usage-learner-show").arg(name()))
        .subcommand(
            sub("certificate", "cli-learner-certificate", "cli-usage-learner-certificate")
                .arg(name())
                .arg(file("cli-learner-certificate-file").required(false))
                .arg(Arg::new("print").long("print").action(ArgAction::SetTrue).help(words("cli-learner-print"))),
        )
        .subcommand(
            sub("erase", "cli-learner-erase", "cli-usage-learner-erase")
                .arg(name())
                .arg(Arg::new("yes").long("yes").action(ArgAction::SetTrue).help(words("cli-learner-yes"))),
        )
        .subcommand(sub("reset-pin", "cli-learner-reset-pin", "cli-usage-learner-reset-pin").arg(name()))
}

/// The command in the matches of `learner`.
pub fn parse(matches: &ArgMatches) -> Option<LearnerCommand> {
    let (which, m) = matches.subcommand()?;
    let name = || m.get_one::<String>("name").cloned().unwrap_or_default();
    let file = || m.get_one::<PathBuf>("file").cloned().unwrap_or_default();
    Some(match which {
        "export" => LearnerCommand::Export { name: name(), file: file() },
        "import" => LearnerCommand::Import { file: file(), as_name: m.get_one::<String>("as").cloned() },
        "show" => LearnerCommand::Show { name: name() },
        "certificate" => LearnerCommand::Certificate {
            name: name(),
            file: m.get_one::<PathBuf>("file").cloned(),
            print: m.get_flag("print"),
        },
        "erase" => LearnerCommand::Erase { name: name(), yes: m.get_flag("yes") },
        "reset-pin" => LearnerCommand::ResetPin { name: name() },
        _ => return None,
    })
}
