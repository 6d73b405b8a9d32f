//! A practice video call, joined from a link in a text message, as for a GP video
//! appointment or a family call: open the link, allow the camera and microphone, see
//! yourself, type your name, wait to be let in, mute, turn the camera off, leave.

use super::practice_screen;
use super::{goals, Action, CallSetup, Control, Editing, Goal, GoalKind, Move, View, Words};

/// A move in the video call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallAct {
    OpenLink,
    Allow,
    Block,
    TryAgain,
    EditName,
    Join,
    KeepWaiting,
    Mute,
    Unmute,
    CameraOff,
    CameraOn,
    Leave,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    TextMessage,
    Permission,
    Blocked,
    Ready,
    Waiting,
    InCall,
    Left,
}

/// The practice call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    setup: CallSetup,
    stage: Stage,
    name: String,
    editing_name: bool,
    muted: bool,
    camera_on: bool,
    /// What has happened, for goals such as "mute, then unmute".
    was_muted: bool,
    camera_was_off: bool,
    joined: bool,
    /// The camera and microphone were allowed.
    allowed: bool,
}

fn control(id: &'static str, a: CallAct) -> Control {
    Control { label: Words::new(id), action: Action::Call(a) }
}

impl Call {
    pub fn new(setup: &CallSetup) -> Call {
        Call {
            setup: setup.clone(),
            stage: if setup.in_call { Stage::InCall } else { Stage::TextMessage },
            name: String::new(),
            editing_name: false,
            muted: false,
            camera_on: true,
            was_muted: false,
            camera_was_off: false,
            joined: setup.in_call,
            allowed: setup.in_call,
        }
    }

    fn status(&self) -> Words {
        Words::new("practice-call-status")
            .number("muted", usize::from(self.muted))
            .number("camera", usize::from(self.camera_on))
    }

    pub fn view(&self) -> View {
        let s = &self.setup;
        let (title, lines, controls) = match self.stage {
            Stage::TextMessage => (
                "practice-call-messages-title",
                vec![
                    Words::new("practice-call-text-from").message("name", &s.sender),
                    Words::new("practice-call-text").message("text", &s.text),
                ],
                vec![control("practice-call-open-link", CallAct::OpenLink)],
            ),
            Stage::Permission => (
                "practice-call-browser-title",
                vec![Words::new("practice-call-permission")],
                vec![control("practice-call-allow", CallAct::Allow), control("practice-call-block", CallAct::Block)],
            ),
            Stage::Blocked => (
                "practice-call-browser-title",
                vec![Words::new("practice-call-blocked")],
                vec![control("practice-call-try-again", CallAct::TryAgain)],
            ),
            Stage::Ready => {
                let name = Words::new("practice-text").plain("text", &self.name);
                let name_box = Control {
                    label: Words::new("practice-call-name-box").nested("value", name),
                    action: Action::Call(CallAct::EditName),
                };
                (
                    "practice-call-ready-title",
                    vec![Words::new("practice-call-you").message("description", &s.me), self.status()],
                    vec![name_box, control("practice-call-join", CallAct::Join)],
                )
            }
            Stage::Waiting => (
                "practice-call-waiting-title",
                vec![Words::new("practice-call-waiting")],
                vec![control("practice-call-keep-waiting", CallAct::KeepWaiting)],
            ),
            Stage::InCall => {
                let mute = if self.muted {
                    control("practice-call-unmute", CallAct::Unmute)
                } else {
                    control("practice-call-mute", CallAct::Mute)
                };
                let camera = if self.camera_on {
                    control("practice-call-camera-off", CallAct::CameraOff)
                } else {
                    control("practice-call-camera-on", CallAct::CameraOn)
                };
                let lines = vec![
                    Words::new("practice-call-with").message("name", &s.host),
                    Words::new("practice-call-scene").message("description", &s.scene),
                    self.status(),
                ];
                (
                    "practice-call-in-call-title",
                    lines,
                    vec![mute, camera, control("practice-call-leave", CallAct::Leave)],
                )
            }
            Stage::Left => (
                "practice-call-left-title",
                vec![Words::new("practice-call-left")],
                vec![control("practice-call-open-link", CallAct::OpenLink)],
            ),
        };
        View { title: Words::new(title), lines, controls }
    }

    fn apply(&mut self, a: &CallAct) -> Words {
        let (stage, said) = match (self.stage, a) {
            (Stage::TextMessage | Stage::Left, CallAct::OpenLink) if self.joined => {
                (Stage::Ready, "practice-call-did-open")
            }
            (Stage::TextMessage | Stage::Left, CallAct::OpenLink) => (Stage::Permission, "practice-call-did-open"),
            (Stage::Permission, CallAct::Allow) => {
                self.allowed = true;
                (Stage::Ready, "practice-call-did-allow")
            }
            (Stage::Permission, CallAct::Block) => (Stage::Blocked, "practice-call-did-block"),
            (Stage::Blocked, CallAct::TryAgain) => (Stage::Permission, "practice-call-did-try-again"),
            (Stage::Ready, CallAct::EditName) => {
                self.editing_name = true;
                return Words::new("practice-did-edit").nested("field", Words::new("practice-call-name-label"));
            }
            (Stage::Ready, CallAct::Join) if self.name.trim().is_empty() => {
                return Words::new("practice-call-need-name")
            }
            (Stage::Ready, CallAct::Join) => (Stage::Waiting, "practice-call-did-join"),
            (Stage::Waiting, CallAct::KeepWaiting) => {
                self.joined = true;
                (Stage::InCall, "practice-call-let-in")
            }
            (Stage::InCall, CallAct::Mute) => {
                (self.muted, self.was_muted) = (true, true);
                (Stage::InCall, "practice-call-did-mute")
            }
            (Stage::InCall, CallAct::Unmute) => {
                self.muted = false;
                (Stage::InCall, "practice-call-did-unmute")
            }
            (Stage::InCall, CallAct::CameraOff) => {
                (self.camera_on, self.camera_was_off) = (false, true);
                (Stage::InCall, "practice-call-did-camera-off")
            }
            (Stage::InCall, CallAct::CameraOn) => {
                self.camera_on = true;
                (Stage::InCall, "practice-call-did-camera-on")
            }
            (Stage::InCall, CallAct::Leave) => (Stage::Left, "practice-call-did-leave"),
            _ => return Words::new("practice-nothing"),
        };
        self.stage = stage;
        Words::new(said)
    }

    pub fn back(&mut self) -> Option<Words> {
        let (stage, said) = match self.stage {
            Stage::TextMessage => return None,
            Stage::Ready if self.editing_name => {
                self.editing_name = false;
                return Some(Words::new("practice-did-stop-typing"));
            }
            // In a call, Escape does not hang up: leaving is a choice of its own.
            Stage::InCall => return Some(Words::new("practice-call-use-leave")),
            Stage::Waiting => (Stage::Ready, "practice-call-did-leave-waiting"),
            Stage::Permission | Stage::Blocked | Stage::Ready | Stage::Left => {
                (Stage::TextMessage, "practice-call-did-back")
            }
        };
        self.stage = stage;
        Some(Words::new(said))
    }

    pub fn editing(&self) -> Option<Editing> {
        (self.stage == Stage::Ready && self.editing_name).then(|| Editing {
            label: Words::new("practice-call-name-label"),
            value: self.name.clone(),
            hidden: false,
        })
    }

    pub fn fill(&mut self, text: &str) -> Option<Words> {
        if !std::mem::take(&mut self.editing_name) {
            return None;
        }
        self.name = text.trim().to_owned();
        Some(Words::new("practice-did-type").nested("field", Words::new("practice-call-name-label")))
    }

    pub fn stop_editing(&mut self) {
        self.editing_name = false;
    }

    pub fn goal_met(&self, goal: &Goal) -> bool {
        let GoalKind::Call(kind) = goal.kind else { return false };
        let in_call = self.stage == Stage::InCall;
        match kind {
            CallGoal::Allow => self.allowed,
            CallGoal::Join => self.joined,
            CallGoal::Mute => in_call && self.muted,
            CallGoal::Unmute => in_call && self.was_muted && !self.muted,
            CallGoal::CameraOff => in_call && !self.camera_on,
            CallGoal::CameraOn => in_call && self.camera_was_off && self.camera_on,
            CallGoal::Leave => self.joined && self.stage == Stage::Left,
        }
    }

    pub fn next_move(&self, goal: &Goal) -> Option<Move> {
        if self.goal_met(goal) {
            return None;
        }
        let GoalKind::Call(kind) = goal.kind else { return None };
        if self.editing_name {
            return Some(Move::Type(goal.words.clone().unwrap_or_else(|| self.name.clone())));
        }
        let a = match self.stage {
            Stage::TextMessage | Stage::Left => CallAct::OpenLink,
            Stage::Permission => CallAct::Allow,
            Stage::Blocked => CallAct::TryAgain,
            Stage::Ready if self.name.trim().is_empty() => CallAct::EditName,
            Stage::Ready => CallAct::Join,
            Stage::Waiting => CallAct::KeepWaiting,
            Stage::InCall => match kind {
                CallGoal::Mute => CallAct::Mute,
                CallGoal::Unmute if self.muted => CallAct::Unmute,
                CallGoal::Unmute => CallAct::Mute,
                CallGoal::CameraOff => CallAct::CameraOff,
                CallGoal::CameraOn if self.camera_on => CallAct::CameraOff,
                CallGoal::CameraOn => CallAct::CameraOn,
                CallGoal::Leave => CallAct::Leave,
                CallGoal::Allow | CallGoal::Join => return None,
            },
        };
        Some(Move::Choose(Action::Call(a)))
    }
}

goals! {
    /// What a lesson can ask for on the practice video call.
    CallGoal {
        /// Allow the camera and microphone.
        Allow = "allow";
        /// Join the call.
        Join = "join";
        /// Turn the microphone off.
        Mute = "mute";
        /// Turn the microphone back on.
        Unmute = "unmute";
        /// Turn the camera off.
        CameraOff = "camera-off";
        /// Turn the camera back on.
        CameraOn = "camera-on";
        /// Leave the call.
        Leave = "leave";
    }
}

practice_screen!(Call, Call, "practice-way-back");
