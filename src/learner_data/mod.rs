//! One learner's data outside the tutor: every row kept about them as plain data
//! ([`record`]), their learner file for moving between hubs ([`transfer`]), everything
//! kept in words ([`disclosure`]) and their large-print certificate ([`certificate`]); both files are written
//! [`private`]ly.

pub mod certificate;
pub mod disclosure;
pub mod pdf;
pub mod private;
pub mod record;
pub mod transfer;
