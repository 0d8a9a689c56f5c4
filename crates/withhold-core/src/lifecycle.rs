//! The objection lifecycle.
//!
//! ```text
//! pending_verification ─verify→ verified ─honor→ honored ─withdraw→ withdrawn
//!          │                       ├─decline→ declined
//!          └─expire→ expired       └─send_to_review→ needs_review ─honor|decline→ honored|declined
//! ```
//!
//! A [`Transition`] can only be obtained from [`Status::apply`], and storage writes only
//! transitions, so an illegal change of state cannot be written.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    PendingVerification,
    Verified,
    NeedsReview,
    Honored,
    Declined,
    Withdrawn,
    Expired,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Verify,
    Expire,
    SendToReview,
    Honor,
    Decline,
    Withdraw,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an objection that is {from} cannot be {action}")]
pub struct IllegalTransition {
    pub from: Status,
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown objection status {0:?}")]
pub struct UnknownStatus(pub String);

/// A legal change of state, as produced by [`Status::apply`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    from: Status,
    to: Status,
    action: Action,
}

impl Transition {
    pub fn from(&self) -> Status {
        self.from
    }
    pub fn to(&self) -> Status {
        self.to
    }
    pub fn action(&self) -> Action {
        self.action
    }
}

impl Status {
    pub const ALL: [Status; 7] = [
        Status::PendingVerification,
        Status::Verified,
        Status::NeedsReview,
        Status::Honored,
        Status::Declined,
        Status::Withdrawn,
        Status::Expired,
    ];

    pub fn apply(self, action: Action) -> Result<Transition, IllegalTransition> {
        use Action as A;
        use Status as S;
        let to = match (self, action) {
            (S::PendingVerification, A::Verify) => S::Verified,
            (S::PendingVerification, A::Expire) => S::Expired,
            (S::Verified, A::Honor) => S::Honored,
            (S::Verified, A::Decline) => S::Declined,
            (S::Verified, A::SendToReview) => S::NeedsReview,
            (S::NeedsReview, A::Honor) => S::Honored,
            (S::NeedsReview, A::Decline) => S::Declined,
            (S::Honored, A::Withdraw) => S::Withdrawn,
            (from, action) => return Err(IllegalTransition { from, action }),
        };
        Ok(Transition { from: self, to, action })
    }

    /// Whether the person's data is excluded from processing in this state: from verification
    /// (GDPR Art. 18(1)(d) restriction while the objection is reviewed) until a decline or a
    /// withdrawal.
    pub fn restricts_processing(self) -> bool {
        matches!(self, Status::Verified | Status::NeedsReview | Status::Honored)
    }

    /// No further transition is possible except a withdrawal of an honored objection.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Declined | Status::Withdrawn | Status::Expired)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::PendingVerification => "pending_verification",
            Status::Verified => "verified",
            Status::NeedsReview => "needs_review",
            Status::Honored => "honored",
            Status::Declined => "declined",
            Status::Withdrawn => "withdrawn",
            Status::Expired => "expired",
        }
    }

    pub fn parse(raw: &str) -> Result<Status, UnknownStatus> {
        Status::ALL.into_iter().find(|s| s.as_str() == raw).ok_or_else(|| UnknownStatus(raw.to_owned()))
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Verify => "verified",
            Action::Expire => "expired",
            Action::SendToReview => "sent to review",
            Action::Honor => "honored",
            Action::Decline => "declined",
            Action::Withdraw => "withdrawn",
        }
    }
}

impl Action {
    /// The name of the audit event that records this action.
    pub fn event_kind(self) -> &'static str {
        match self {
            Action::Verify => "verified",
            Action::Expire => "expired",
            Action::SendToReview => "sent_to_review",
            Action::Honor => "honored",
            Action::Decline => "declined",
            Action::Withdraw => "withdrawn",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action as A;
    use Status as S;

    const ACTIONS: [Action; 6] = [A::Verify, A::Expire, A::SendToReview, A::Honor, A::Decline, A::Withdraw];

    #[test]
    fn exactly_the_designed_transitions_are_legal() {
        let legal: Vec<(Status, Action, Status)> = vec![
            (S::PendingVerification, A::Verify, S::Verified),
            (S::PendingVerification, A::Expire, S::Expired),
            (S::Verified, A::Honor, S::Honored),
            (S::Verified, A::Decline, S::Declined),
            (S::Verified, A::SendToReview, S::NeedsReview),
            (S::NeedsReview, A::Honor, S::Honored),
            (S::NeedsReview, A::Decline, S::Declined),
            (S::Honored, A::Withdraw, S::Withdrawn),
        ];
        for from in Status::ALL {
            for action in ACTIONS {
                let expected = legal.iter().find(|(f, a, _)| *f == from && *a == action).map(|(_, _, to)| *to);
                match (from.apply(action), expected) {
                    (Ok(t), Some(to)) => {
                        assert_eq!((t.from(), t.to(), t.action()), (from, to, action));
                    }
                    (Err(e), None) => assert_eq!(e, IllegalTransition { from, action }),
                    (got, want) => panic!("{from} + {action:?}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    #[test]
    fn final_states_admit_nothing() {
        for from in [S::Declined, S::Withdrawn, S::Expired] {
            assert!(from.is_final());
            for action in ACTIONS {
                assert!(from.apply(action).is_err());
            }
        }
    }

    #[test]
    fn restriction_runs_from_verification_until_decline_or_withdrawal() {
        let restricted: Vec<Status> = Status::ALL.into_iter().filter(|s| s.restricts_processing()).collect();
        assert_eq!(restricted, vec![S::Verified, S::NeedsReview, S::Honored]);
    }

    #[test]
    fn status_names_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Ok(s));
        }
        assert!(Status::parse("approved").is_err());
    }
}
