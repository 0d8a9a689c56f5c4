//! Withhold's domain: the types a raw request is parsed into once, at the edge, the objection
//! lifecycle, the jurisdiction policy and its review engine, and the keyed secrets.
//! This crate does no IO: no database, no network, no files.

mod countries_data;

pub mod audit;
pub mod country;
pub mod email;
pub mod ids;
pub mod invite;
pub mod law;
pub mod lifecycle;
pub mod locale;
pub mod policy;
pub mod receipt;
pub mod scope;
pub mod secrets;
pub mod staff;
pub mod text;
pub mod webhook;

pub use country::CountryCode;
pub use email::EmailAddress;
pub use ids::ObjectionId;
pub use lifecycle::{Action, IllegalTransition, Status, Transition};
pub use locale::Locale;
pub use policy::{AutomatedDecision, Jurisdiction, Policy};
pub use secrets::{AccessToken, Keys, SecretKey, VerificationCode};
pub use text::{Details, Impact};
