//! A private speech-dispatcher for tests and the speech benchmark: its own config
//! folder (espeak-ng, audio to libao's null driver, `LogLevel 5` so every command and
//! every utterance is in its log), its own socket, ended when dropped. Nothing is heard
//! and the machine's own speech-dispatcher is left alone.

use std::fs;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long the daemon may take to start (it lists 13,000 espeak-ng voices first).
const START: Duration = Duration::from_secs(30);

pub struct PrivateSpeechd {
    child: Child,
    socket: PathBuf,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl PrivateSpeechd {
    /// Starts one, or says why it cannot (speech-dispatcher or espeak-ng missing, or
    /// it did not start): the caller skips with that reason.
    pub fn start() -> Result<PrivateSpeechd, String> {
        PrivateSpeechd::start_with_client_settings("")
    }

    /// Starts one with `clients` as an extra file in its `clients/` folder (settings
    /// for some clients, in `BeginClient` sections).
    pub fn start_with_client_settings(clients: &str) -> Result<PrivateSpeechd, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        PrivateSpeechd::start_in(dir, clients)
    }

    /// The socket a daemon started in `dir` (by [`PrivateSpeechd::start_in`]) listens
    /// on, so a client can be pointed at it before the daemon runs.
    pub fn socket_in(dir: &Path) -> PathBuf {
        dir.join("speechd.sock")
    }

    /// Starts one whose files (and socket) are in `dir`.
    pub fn start_in(dir: tempfile::TempDir, clients: &str) -> Result<PrivateSpeechd, String> {
        let module = Path::new("/usr/lib/speech-dispatcher-modules/sd_espeak-ng");
        if !module.exists() {
            return Err(format!("{} is missing (package speech-dispatcher-espeak-ng)", module.display()));
        }
        let conf = dir.path().join("conf");
        copy_dir(Path::new("/etc/speech-dispatcher"), &conf).map_err(|e| format!("/etc/speech-dispatcher: {e}"))?;
        let mut settings = fs::read_to_string(conf.join("speechd.conf")).map_err(|e| e.to_string())?;
        settings.push_str(
            "\nLogLevel 5\nAudioOutputMethod \"libao\"\nAddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\nDefaultModule espeak-ng\n",
        );
        fs::write(conf.join("speechd.conf"), settings).map_err(|e| e.to_string())?;
        fs::write(conf.join("clients/test.conf"), clients).map_err(|e| e.to_string())?;
        let home = dir.path().join("home");
        let logs = dir.path().join("log");
        for folder in [&home, &logs] {
            fs::create_dir_all(folder).map_err(|e| e.to_string())?;
        }
        fs::write(home.join(".libao"), "default_driver=null\n").map_err(|e| e.to_string())?;
        let socket = PrivateSpeechd::socket_in(dir.path());
        let child = Command::new("speech-dispatcher")
            .args(["--run-single", "--timeout", "0", "--config-dir"])
            .arg(&conf)
            .arg("--socket-path")
            .arg(&socket)
            .arg("--log-dir")
            .arg(&logs)
            .arg("--pid-file")
            .arg(dir.path().join("speechd.pid"))
            .env("HOME", &home)
            .env("XDG_RUNTIME_DIR", dir.path())
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|e| format!("speech-dispatcher cannot run: {e}"))?;
        let mut daemon = PrivateSpeechd { child, socket, log: logs.join("speech-dispatcher.log"), _dir: dir };
        daemon.wait_until_ready()?;
        Ok(daemon)
    }

    /// Waits until the daemon says it waits for clients (polling, with a deadline).
    fn wait_until_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + START;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("speech-dispatcher stopped at once ({status})"));
            }
            if self.socket.exists() && self.log_text().contains("waiting for clients") {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!("speech-dispatcher did not start within {START:?}"))
    }

    /// The value for `SPEECHD_ADDRESS` that reaches this daemon.
    pub fn address(&self) -> String {
        format!("unix_socket:{}", self.socket.display())
    }

    /// Where the daemon writes its log.
    pub fn log_path(&self) -> &Path {
        &self.log
    }

    /// The daemon's log so far.
    pub fn log_text(&self) -> String {
        fs::read(&self.log).map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
    }

    /// Waits (up to `limit`) until `found` holds for the log; returns the log then.
    pub fn wait_for_log(&self, limit: Duration, found: impl Fn(&str) -> bool) -> Result<String, String> {
        let deadline = Instant::now() + limit;
        loop {
            let log = self.log_text();
            if found(&log) {
                return Ok(log);
            }
            if Instant::now() > deadline {
                return Err(log);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for PrivateSpeechd {
    /// Ends the daemon (which ends its output modules); if it does not go, its whole
    /// process group.
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Lines of the log that show what a client asked for (`SET SELF ...`, `SPEAK`) and
/// what the output module was told (`language=...`), in order: enough to follow a
/// session without the thousands of other lines.
pub fn commands(log: &str) -> Vec<String> {
    log.lines()
        .filter_map(|line| {
            if let Some((_, data)) = line.split_once(":DATA:|") {
                return Some(data.trim_end_matches(['|', '\r']).to_owned());
            }
            let setting = ["language=", "synthesis_voice=", "rate=", "volume="];
            setting.iter().any(|s| line.starts_with(s)).then(|| format!("module {line}"))
        })
        .collect()
}
