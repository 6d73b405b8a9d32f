//! Proving who you are to NHS login: with photo ID (a photo, then a face scan or a
//! video) or without (the 3 details from the GP surgery), and the planner reaching both.

use super::super::nhs::identity::{PRACTICE_ACCOUNT_ID, PRACTICE_LINKAGE_KEY, PRACTICE_ODS_CODE};
use super::super::nhs::{NhsAct, NhsField};
use super::nhs::{app_with, nhs, said};
use super::*;

fn proving() -> PracticeApp {
    app_with(true, false, true)
}

#[test]
fn the_first_time_nhs_login_asks_about_photo_id() {
    let screen = proving();
    assert_eq!(screen.view().title.id, "practice-nhs-prove-title");
    assert_eq!(labels(&screen), ["practice-nhs-have-photo-id", "practice-nhs-no-photo-id"]);
    // Logging in leads there too, instead of Home.
    let mut screen = app_with(false, false, true);
    solve(&mut screen, &goal("log-in", None, None));
    assert_eq!(screen.view().title.id, "practice-nhs-prove-title");
}

#[test]
fn with_photo_id_a_photo_then_a_face_scan_or_a_video() {
    for (last, said_last) in
        [(NhsAct::ScanFace, "practice-nhs-did-scan-face"), (NhsAct::RecordVideo, "practice-nhs-did-record-video")]
    {
        let mut screen = proving();
        assert_eq!(said(&mut screen, NhsAct::HavePhotoId), "practice-nhs-did-photo-id");
        assert_eq!(labels(&screen), ["practice-nhs-take-photo", "practice-nhs-back"]);
        assert_eq!(screen.back().map(|w| w.id), Some("practice-did-back"), "back to the question");
        said(&mut screen, NhsAct::HavePhotoId);
        assert_eq!(said(&mut screen, NhsAct::TakePhoto), "practice-nhs-did-take-photo");
        assert_eq!(labels(&screen), ["practice-nhs-scan-face", "practice-nhs-record-video", "practice-nhs-back"]);
        assert_eq!(said(&mut screen, last), said_last);
        assert_eq!(screen.view().title.id, "practice-nhs-checking-title", "the answer comes later, by email");
        assert!(screen.goal_met(&goal("prove-with-photo-id", None, None)));
        assert!(!screen.goal_met(&goal("prove-without-photo-id", None, None)));
        assert_eq!(screen.back(), None, "sent: nothing to go back to");
    }
}

#[test]
fn without_photo_id_the_three_details_from_the_surgery() {
    let mut screen = proving();
    assert_eq!(said(&mut screen, NhsAct::NoPhotoId), "practice-nhs-did-no-photo-id");
    let boxes = [
        "practice-nhs-ods-box",
        "practice-nhs-account-box",
        "practice-nhs-linkage-box",
        "practice-nhs-continue",
        "practice-nhs-back",
    ];
    assert_eq!(labels(&screen), boxes);
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-wrong-details");
    for (field, value) in [(NhsField::Ods, PRACTICE_ODS_CODE), (NhsField::Account, PRACTICE_ACCOUNT_ID)] {
        said(&mut screen, NhsAct::Edit(field));
        screen.fill(value);
    }
    said(&mut screen, NhsAct::Edit(NhsField::Linkage));
    assert_eq!(screen.editing().map(|e| e.label.id), Some("practice-nhs-linkage-label"));
    screen.fill("7kd9 3mq2 8txrb");
    assert_eq!(said(&mut screen, NhsAct::Continue), "practice-nhs-did-details", "spaces and small letters are fine");
    assert!(screen.goal_met(&goal("prove-without-photo-id", None, None)));
    assert_eq!(PRACTICE_LINKAGE_KEY, "7KD93MQ28TXRB", "the letter's key, without its spaces");
}

#[test]
fn both_ways_are_reached_by_doing_it_for_me_even_from_the_wrong_one() {
    for name in ["prove-with-photo-id", "prove-without-photo-id"] {
        solve(&mut app_with(false, false, true), &goal(name, None, None));
        solve(&mut proving(), &goal(name, None, None));
    }
    // Half way down the other path: the planner goes back to the question first.
    let mut screen = proving();
    screen.act(&nhs(NhsAct::NoPhotoId));
    assert_eq!(solve(&mut screen, &goal("prove-with-photo-id", None, None)), 4);
}
