//! What a lesson can ask for on the practice video call, whether it is done, and the
//! next right move towards it (for hints, "show me" and "do it for me").

use super::{Call, CallAct, Field, Stage};
use crate::practice::{goals, says, Action, Goal, GoalKind, Move};

goals! {
    /// What a lesson can ask for on the practice video call.
    CallGoal {
        /// Allow the camera and microphone.
        Allow = "allow";
        /// Join the call.
        Join = "join";
        /// Answer a call that rings.
        Answer = "answer";
        /// Turn the microphone off.
        Mute = "mute";
        /// Turn the microphone back on.
        Unmute = "unmute";
        /// Turn the camera off.
        CameraOff = "camera-off";
        /// Turn the camera back on.
        CameraOn = "camera-on";
        /// Leave the call; with `words`, say them first (such as goodbye).
        Leave = "leave";
    }
}

impl Call {
    /// Whether the lesson's goal is done.
    pub fn goal_met(&self, goal: &Goal) -> bool {
        let GoalKind::Call(kind) = goal.kind else { return false };
        let in_call = self.stage == Stage::InCall;
        match kind {
            CallGoal::Allow => self.allowed,
            CallGoal::Join => self.joined,
            CallGoal::Answer => self.answered,
            CallGoal::Mute => in_call && self.muted,
            CallGoal::Unmute => in_call && self.was_muted && !self.muted,
            CallGoal::CameraOff => in_call && !self.camera_on,
            CallGoal::CameraOn => in_call && self.camera_was_off && self.camera_on,
            CallGoal::Leave => self.joined && self.stage == Stage::Left && self.said_words(goal),
        }
    }

    /// Whether the goal's words (if any) were said in the call.
    fn said_words(&self, goal: &Goal) -> bool {
        goal.words.as_deref().is_none_or(|words| self.said.iter().any(|s| says(s, words)))
    }

    /// The next right move towards `goal`, or `None` when it is met.
    pub fn next_move(&self, goal: &Goal) -> Option<Move> {
        if self.goal_met(goal) {
            return None;
        }
        let GoalKind::Call(kind) = goal.kind else { return None };
        match self.editing {
            Some(Field::Name) => return Some(Move::Type(goal.words.clone().unwrap_or_else(|| self.name.clone()))),
            Some(Field::Say) => return Some(Move::Type(goal.words.clone().unwrap_or_default())),
            None => {}
        }
        let a = match self.stage {
            Stage::TextMessage | Stage::Left => CallAct::OpenLink,
            Stage::Permission => CallAct::Allow,
            Stage::Blocked => CallAct::TryAgain,
            Stage::Ready if self.name.trim().is_empty() => CallAct::EditName,
            Stage::Ready => CallAct::Join,
            Stage::Waiting => CallAct::KeepWaiting,
            Stage::Ringing => CallAct::Answer,
            Stage::Declined => CallAct::RingAgain,
            Stage::InCall => self.in_call_move(kind, goal)?,
        };
        Some(Move::Choose(Action::Call(a)))
    }

    fn in_call_move(&self, kind: CallGoal, goal: &Goal) -> Option<CallAct> {
        Some(match kind {
            CallGoal::Mute => CallAct::Mute,
            CallGoal::Unmute if self.muted => CallAct::Unmute,
            CallGoal::Unmute => CallAct::Mute,
            CallGoal::CameraOff => CallAct::CameraOff,
            CallGoal::CameraOn if self.camera_on => CallAct::CameraOff,
            CallGoal::CameraOn => CallAct::CameraOn,
            CallGoal::Leave if !self.said_words(goal) => CallAct::EditSay,
            CallGoal::Leave => CallAct::Leave,
            CallGoal::Allow | CallGoal::Join | CallGoal::Answer => return None,
        })
    }
}
