//! Mozilla's own Fluent tools (the `fluent.syntax` parser, compare-locales and
//! moz-l10n-lint) over `locales/`, through `tools/mozilla-check`: zero errors, zero
//! warnings. They are Python packages, installed by `.ci/run` in `target/mozilla-venv`;
//! where they are not installed the test says so and skips.

use std::path::Path;
use std::process::Command;

#[test]
fn mozillas_tools_find_nothing_wrong_in_the_shipped_locales() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = std::env::var_os("SIGNPOST_MOZILLA_PYTHON")
        .map(Into::into)
        .unwrap_or_else(|| root.join("target/mozilla-venv/bin/python"));
    let output = match Command::new(&python).arg(root.join("tools/mozilla-check")).output() {
        Ok(output) => output,
        Err(e) => {
            println!("SKIPPED: no Python at {} ({e}); see .ci/run to install the tools", python.display());
            return;
        }
    };
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.code() == Some(2) {
        println!("SKIPPED: Mozilla's tools are not installed for {}: {said}", python.display());
        return;
    }
    assert!(output.status.success(), "{said}");
    assert!(said.ends_with("tools/mozilla-check: 0 errors and warnings from Mozilla's tools.\n"), "{said}");
}
