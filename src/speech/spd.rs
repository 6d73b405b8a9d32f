//! speech-dispatcher on Linux, through its client library libspeechd (package
//! `libspeechd2`), opened when speech starts rather than linked. A linked library that
//! is missing stops the program before `main`, even `signpost --speech off`; opened
//! here, a missing library only turns speech off, with the reason on the status line.
//!
//! The `tts` and `speech-dispatcher` crates link libspeechd, so this file declares the
//! ten library functions it calls itself, exactly as `libspeechd.h` (0.8 and later)
//! declares them. Speech-dispatcher itself does the work: the language is set directly
//! (`SET SELF LANGUAGE`, like `spd-say -l cy`), never by listing every voice; the
//! client is called "signpost", so a hub can give it its own settings
//! (`BeginClient "*:signpost:*"` in speechd.conf).

use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr::NonNull;
use std::sync::mpsc::Sender;
use std::sync::Arc;

use libloading::Library;

use super::worker::{rate_scale, volume_scale, Command, Connector, Lost, Session, VoiceList};
use super::OffReason;

/// The library's name as the dynamic loader finds it (soname of libspeechd2).
const LIBRARY: &str = "libspeechd.so.2";
/// The name speech-dispatcher knows Signpost by.
const CLIENT: &CStr = c"signpost";
/// `SPD_MODE_SINGLE`: one thread uses a connection at a time; no callbacks.
const MODE_SINGLE: c_int = 0;
/// `SPD_TEXT`: the politest priority, so a screen reader's own messages come first.
const PRIORITY_TEXT: c_int = 3;

/// An opaque `SPDConnection *`.
type Connection = *mut c_void;

/// `SPDVoice` from speechd_types.h.
#[repr(C)]
struct SpdVoice {
    name: *const c_char,
    language: *const c_char,
    variant: *const c_char,
}

extern "C" {
    /// libc's `free`, for the error text `spd_open2` allocates.
    fn free(pointer: *mut c_void);
}

/// The library's functions, valid while `_library` is loaded.
struct Api {
    open2: unsafe extern "C" fn(
        *const c_char,
        *const c_char,
        *const c_char,
        c_int,
        *const c_void,
        c_int,
        *mut *mut c_char,
    ) -> Connection,
    close: unsafe extern "C" fn(Connection),
    say: unsafe extern "C" fn(Connection, c_int, *const c_char) -> c_int,
    cancel: unsafe extern "C" fn(Connection) -> c_int,
    set_language: unsafe extern "C" fn(Connection, *const c_char) -> c_int,
    set_synthesis_voice: unsafe extern "C" fn(Connection, *const c_char) -> c_int,
    set_voice_rate: unsafe extern "C" fn(Connection, c_int) -> c_int,
    set_volume: unsafe extern "C" fn(Connection, c_int) -> c_int,
    list_synthesis_voices: unsafe extern "C" fn(Connection) -> *mut *mut SpdVoice,
    free_spd_voices: unsafe extern "C" fn(*mut *mut SpdVoice),
    _library: Library,
}

impl Api {
    /// Opens libspeechd and finds its functions.
    fn load() -> Result<Api, libloading::Error> {
        // SAFETY: libspeechd's initialisers only set up its own state; every symbol is
        // read with the signature libspeechd.h gives it.
        unsafe {
            let library = Library::new(LIBRARY)?;
            Ok(Api {
                open2: *library.get(b"spd_open2\0")?,
                close: *library.get(b"spd_close\0")?,
                say: *library.get(b"spd_say\0")?,
                cancel: *library.get(b"spd_cancel\0")?,
                set_language: *library.get(b"spd_set_language\0")?,
                set_synthesis_voice: *library.get(b"spd_set_synthesis_voice\0")?,
                set_voice_rate: *library.get(b"spd_set_voice_rate\0")?,
                set_volume: *library.get(b"spd_set_volume\0")?,
                list_synthesis_voices: *library.get(b"spd_list_synthesis_voices\0")?,
                free_spd_voices: *library.get(b"free_spd_voices\0")?,
                _library: library,
            })
        }
    }
}

/// Reaches speech-dispatcher, loading the library the first time.
#[derive(Default)]
pub struct SpdConnector {
    api: Option<Arc<Api>>,
}

impl Connector for SpdConnector {
    type Session = SpdSession;

    fn connect(&mut self) -> Result<SpdSession, (OffReason, String)> {
        let api = match &self.api {
            Some(api) => Arc::clone(api),
            None => {
                let api = Arc::new(Api::load().map_err(|e| (OffReason::NoLibrary, format!("{LIBRARY}: {e}")))?);
                self.api = Some(Arc::clone(&api));
                api
            }
        };
        SpdSession::open(api, c"main").map_err(|detail| (OffReason::NoService, detail))
    }

    /// Lists the voices on a connection of its own, on a thread of its own: it takes
    /// seconds with 13,000 espeak-ng voices, and speech must not wait for it.
    fn list_voices(&mut self, reply: Sender<Command>) {
        let Some(api) = self.api.clone() else { return };
        let spawned = std::thread::Builder::new().name("voices".into()).spawn(move || {
            match SpdSession::open(api, c"voices").map(|session| session.voices()) {
                Ok(list) => {
                    let _ = reply.send(Command::Voices(list));
                }
                Err(detail) => log::warn!("cannot list the voices: {detail}"),
            }
        });
        if let Err(e) = spawned {
            log::warn!("cannot start listing the voices: {e}");
        }
    }
}

/// One open connection to speech-dispatcher.
pub struct SpdSession {
    api: Arc<Api>,
    connection: NonNull<c_void>,
}

// SAFETY: a connection in SPD_MODE_SINGLE may be used from any thread, one at a time;
// `SpdSession` is owned by one thread and never shared.
unsafe impl Send for SpdSession {}

impl SpdSession {
    /// Connects as "signpost" (starting speech-dispatcher if it is not running).
    /// `SPEECHD_ADDRESS` chooses another daemon, as for every speech-dispatcher client.
    fn open(api: Arc<Api>, connection_name: &CStr) -> Result<SpdSession, String> {
        let mut error: *mut c_char = std::ptr::null_mut();
        // SAFETY: the strings are NUL-terminated and outlive the call; a null address
        // means "the default" (or SPEECHD_ADDRESS); `error` receives a malloc'd string.
        let connection = unsafe {
            (api.open2)(
                CLIENT.as_ptr(),
                connection_name.as_ptr(),
                std::ptr::null(),
                MODE_SINGLE,
                std::ptr::null(),
                1,
                &mut error,
            )
        };
        let detail = (!error.is_null()).then(|| {
            // SAFETY: libspeechd wrote a NUL-terminated string that we now own.
            let text = unsafe { CStr::from_ptr(error) }.to_string_lossy().into_owned();
            unsafe { free(error.cast()) };
            text
        });
        match NonNull::new(connection) {
            Some(connection) => Ok(SpdSession { api, connection }),
            None => Err(detail.unwrap_or_else(|| "speech-dispatcher did not answer".to_owned())),
        }
    }

    /// Turns a libspeechd result (0 is success) into ours.
    fn check(&self, what: &str, result: c_int) -> Result<(), Lost> {
        if result == 0 {
            Ok(())
        } else {
            Err(Lost(format!("speech-dispatcher refused {what}")))
        }
    }

    fn text(what: &str) -> Result<CString, Lost> {
        CString::new(what.replace('\0', " ")).map_err(|e| Lost(e.to_string()))
    }

    /// Every voice's name and language.
    fn voices(&self) -> VoiceList {
        // SAFETY: the connection is open; the list is freed with the library's own call.
        let list = unsafe { (self.api.list_synthesis_voices)(self.connection.as_ptr()) };
        let mut voices = Vec::new();
        if list.is_null() {
            return VoiceList::new(voices);
        }
        let text = |p: *const c_char| {
            // SAFETY: non-null fields of a voice are NUL-terminated strings.
            (!p.is_null()).then(|| unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
        };
        // SAFETY: the list ends with a null pointer, and each entry is a valid SPDVoice.
        unsafe {
            let mut entry = list;
            while !(*entry).is_null() {
                let voice = &**entry;
                if let (Some(name), Some(language)) = (text(voice.name), text(voice.language)) {
                    voices.push((name, language));
                }
                entry = entry.add(1);
            }
            (self.api.free_spd_voices)(list);
        }
        VoiceList::new(voices)
    }
}

impl Session for SpdSession {
    fn speak(&mut self, text: &str) -> Result<(), Lost> {
        let text = SpdSession::text(text)?;
        // SAFETY: the connection is open and the text NUL-terminated.
        let id = unsafe {
            (self.api.cancel)(self.connection.as_ptr());
            (self.api.say)(self.connection.as_ptr(), PRIORITY_TEXT, text.as_ptr())
        };
        // spd_say returns the message's id, or -1.
        if id < 0 {
            return Err(Lost("speech-dispatcher did not take the words".to_owned()));
        }
        Ok(())
    }

    fn cancel(&mut self) -> Result<(), Lost> {
        // SAFETY: the connection is open.
        let result = unsafe { (self.api.cancel)(self.connection.as_ptr()) };
        self.check("to stop", result)
    }

    fn set_rate(&mut self, step: i8) -> Result<(), Lost> {
        // SAFETY: the connection is open.
        let result = unsafe { (self.api.set_voice_rate)(self.connection.as_ptr(), rate_scale(step)) };
        self.check("the rate", result)
    }

    fn set_volume(&mut self, percent: u8) -> Result<(), Lost> {
        // SAFETY: the connection is open.
        let result = unsafe { (self.api.set_volume)(self.connection.as_ptr(), volume_scale(percent)) };
        self.check("the volume", result)
    }

    fn set_language(&mut self, tag: &str, voice: Option<&str>) -> Result<(), Lost> {
        let language = SpdSession::text(tag)?;
        // SAFETY: the connection is open and the text NUL-terminated.
        let result = unsafe { (self.api.set_language)(self.connection.as_ptr(), language.as_ptr()) };
        self.check("the language", result)?;
        if let Some(voice) = voice {
            let name = SpdSession::text(voice)?;
            // SAFETY: as above.
            let result = unsafe { (self.api.set_synthesis_voice)(self.connection.as_ptr(), name.as_ptr()) };
            self.check("the voice", result)?;
        }
        Ok(())
    }
}

impl Drop for SpdSession {
    fn drop(&mut self) {
        // SAFETY: the connection is open and is not used again.
        unsafe { (self.api.close)(self.connection.as_ptr()) };
    }
}
