//! The kiosk scripts the Debian package ships (packaging/signpost-kiosk and
//! packaging/kiosk-session), run for real: setup, status and remove in a temporary root
//! holding a made-up passwd file, and the session's loop with a stand-in `signpost`.
//! What needs a reboot (agetty logging the account in) is not tested here.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const ACCOUNTS: &str = "root:x:0:0:root:/root:/bin/bash\n\
                        daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n\
                        learner:x:1001:1001:Learner:/home/learner:/bin/bash\n\
                        boss:x:1002:1002:Boss:/home/boss:/bin/bash\n";
const GROUPS: &str = "root:x:0:\nsudo:x:27:ann,boss\nlearner:x:1001:\n";
const DROPIN: &str = "etc/systemd/system/getty@tty1.service.d/signpost-kiosk.conf";
const PROFILE: &str = "etc/profile.d/signpost-kiosk.sh";
const LIGHTDM: &str = "etc/lightdm/lightdm.conf.d/50-signpost-kiosk.conf";
const AUTOSTART: &str = "etc/xdg/autostart/signpost-kiosk.desktop";

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging").join(name)
}

/// A temporary root with the accounts above.
fn root() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    fs::create_dir_all(root.path().join("etc")).unwrap();
    fs::write(root.path().join("etc/passwd"), ACCOUNTS).unwrap();
    fs::write(root.path().join("etc/group"), GROUPS).unwrap();
    root
}

fn kiosk(root: &Path, args: &[&str]) -> Output {
    Command::new("bash").arg(script("signpost-kiosk")).args(args).arg("--root").arg(root).output().unwrap()
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn read(root: &Path, file: &str) -> String {
    fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Every file under `dir`, relative to it.
fn files(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(
                files(&path).into_iter().map(|f| format!("{}/{f}", path.file_name().unwrap().to_string_lossy())),
            );
        } else {
            found.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    found.sort();
    found
}

#[test]
fn setup_logs_the_learner_in_on_the_console_and_remove_takes_it_all_away() {
    let root = root();
    let output = kiosk(root.path(), &["setup", "learner"]);
    assert!(output.status.success(), "{}", text(&output));
    let dropin = read(root.path(), DROPIN);
    assert!(dropin.contains("[Service]\nExecStart=\n"), "the getty command is replaced:\n{dropin}");
    assert!(
        dropin.contains("ExecStart=-/sbin/agetty -o '-p -f -- \\\\u' --noclear --autologin learner %I $TERM\n"),
        "{dropin}"
    );
    let profile = read(root.path(), PROFILE);
    assert!(profile.contains("[ \"$(id -un)\" = \"learner\" ] && [ \"$(tty)\" = \"/dev/tty1\" ]"), "{profile}");
    assert!(profile.contains("exec /usr/libexec/signpost/kiosk-session\n"), "{profile}");
    let status = kiosk(root.path(), &["status"]);
    assert!(text(&status).contains("--autologin learner"), "{}", text(&status));

    let output = kiosk(root.path(), &["remove"]);
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(files(root.path()), ["etc/group", "etc/passwd"]);
    // Only the drop-in folder setup made goes; the system's own folders stay.
    assert!(root.path().join("etc/profile.d").is_dir());
    assert!(!root.path().join("etc/systemd/system/getty@tty1.service.d").exists());
    assert_eq!(read(root.path(), "etc/passwd"), ACCOUNTS, "the account and its progress are kept");
    assert!(text(&kiosk(root.path(), &["status"])).contains("No kiosk is set up."));
}

#[test]
fn the_desktop_and_other_consoles_can_be_chosen_and_setting_up_again_replaces_the_last() {
    let root = root();
    let output = kiosk(root.path(), &["setup", "learner", "--tty", "3"]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(read(root.path(), "etc/systemd/system/getty@tty3.service.d/signpost-kiosk.conf")
        .contains("--autologin learner"));
    assert!(read(root.path(), PROFILE).contains("\"/dev/tty3\""));

    let output = kiosk(root.path(), &["setup", "learner", "--desktop"]);
    assert!(output.status.success(), "{}", text(&output));
    assert!(text(&output).contains("no LightDM"), "without LightDM it says what to do: {}", text(&output));
    assert_eq!(files(root.path()), ["etc/group", LIGHTDM, "etc/passwd", AUTOSTART]);
    assert!(read(root.path(), LIGHTDM).contains("[Seat:*]\nautologin-user=learner\nautologin-user-timeout=0\n"));
    assert!(read(root.path(), AUTOSTART).contains("\nExec=/usr/libexec/signpost/kiosk-session --desktop learner\n"));
}

#[test]
fn accounts_that_can_administer_the_pc_and_files_it_did_not_write_are_refused() {
    let root = root();
    for (account, why) in [
        ("root", "system account"),
        ("daemon", "system account"),
        ("boss", "in the sudo group"),
        ("Bad Name", "not a usable account name"),
    ] {
        let output = kiosk(root.path(), &["setup", account]);
        assert!(!output.status.success(), "{account} was accepted");
        assert!(text(&output).contains(why), "{account}: {}", text(&output));
    }
    assert_eq!(files(root.path()), ["etc/group", "etc/passwd"], "nothing was written");

    fs::create_dir_all(root.path().join("etc/profile.d")).unwrap();
    fs::write(root.path().join(PROFILE), "# the hub's own\n").unwrap();
    let output = kiosk(root.path(), &["remove"]);
    assert!(!output.status.success());
    assert!(text(&output).contains("was not written by signpost-kiosk"), "{}", text(&output));
    assert_eq!(read(root.path(), PROFILE), "# the hub's own\n");
}

/// A stand-in `signpost` that counts its runs in `runs` and stops at once.
fn fake_signpost(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    fs::create_dir_all(&bin).unwrap();
    let fake = bin.join("signpost");
    fs::write(&fake, format!("#!/bin/sh\necho run >>'{}'\n", dir.join("runs").display())).unwrap();
    fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    bin
}

/// Waits (up to a minute) until the stand-in has run `count` times, while the session
/// keeps going.
fn wait_for_runs(dir: &Path, count: usize, session: &mut Child) {
    let start = Instant::now();
    while fs::read_to_string(dir.join("runs")).map_or(0, |t| t.lines().count()) < count {
        assert!(session.try_wait().unwrap().is_none(), "the session ended");
        assert!(start.elapsed() < Duration::from_secs(60), "signpost did not start {count} times");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_session_starts_signpost_again_after_a_learner_quits_even_after_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let bin = fake_signpost(dir.path());
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut session =
        Command::new("sh").arg(script("kiosk-session")).env("PATH", path).stdin(Stdio::null()).spawn().unwrap();
    wait_for_runs(dir.path(), 1, &mut session);
    // Ctrl+C reaches the session as SIGINT: it must not end it.
    let interrupted = Command::new("kill").args(["-INT", &session.id().to_string()]).status().unwrap();
    assert!(interrupted.success());
    wait_for_runs(dir.path(), 2, &mut session);
    assert!(session.try_wait().unwrap().is_none(), "the session ended");
    session.kill().unwrap();
    session.wait().unwrap();
}

#[test]
fn the_desktop_session_does_nothing_for_other_accounts() {
    let output =
        Command::new("sh").arg(script("kiosk-session")).args(["--desktop", "no-such-learner"]).output().unwrap();
    assert!(output.status.success(), "{}", text(&output));
}
