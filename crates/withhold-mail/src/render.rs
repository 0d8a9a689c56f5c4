//! The messages, rendered from templates in `templates/`.

use askama::Template;
use lettre::message::Mailbox;
use serde::{Deserialize, Serialize};
use withhold_core::EmailAddress;
use withhold_i18n::Tr;

/// Who the mail is from and how links in it are made.
#[derive(Debug, Clone)]
pub struct Sender {
    pub operator_name: String,
    /// The no-reply address messages come from.
    pub from: Mailbox,
    /// The public base URL of the site, without a trailing slash.
    pub public_url: String,
}

impl Sender {
    /// The domain used in Message-IDs.
    pub fn message_id_domain(&self) -> &str {
        self.from.email.domain()
    }

    pub fn status_url(&self, objection_id: &str, token: &str) -> String {
        format!("{}/objections/{objection_id}?token={token}", self.public_url)
    }

    /// Where the code is entered. It carries no token: a status link is only handed out once
    /// the mailbox has been proven (see `Service::verify`).
    pub fn confirm_url(&self, objection_id: &str) -> String {
        format!("{}/objections/{objection_id}/confirm", self.public_url)
    }

    pub fn form_url(&self) -> String {
        format!("{}/object", self.public_url)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailKind {
    VerificationCode,
    Honored,
    SentToReview,
    Declined,
    Withdrawn,
    DeadlineExtended,
    Notice,
}

impl MailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::VerificationCode => "verification_code",
            MailKind::Honored => "honored",
            MailKind::SentToReview => "sent_to_review",
            MailKind::Declined => "declined",
            MailKind::Withdrawn => "withdrawn",
            MailKind::DeadlineExtended => "deadline_extended",
            MailKind::Notice => "notice",
        }
    }
}

/// A rendered message, as sealed into the outbox.
#[derive(Clone, Serialize, Deserialize)]
pub struct Rendered {
    pub kind: MailKind,
    pub to: String,
    pub subject: String,
    pub text: String,
    /// A signed decision receipt (JSON), attached as `withhold-receipt.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<String>,
}

/// The attachment name of a decision receipt.
pub const RECEIPT_FILE_NAME: &str = "withhold-receipt.json";

impl Rendered {
    /// Attaches a signed receipt and tells the reader what it is for and how to check it.
    pub fn with_receipt(mut self, receipt_json: String, sender: &Sender, tr: Tr) -> Rendered {
        let note = format!(
            "{}\n{}/.well-known/withhold-receipt-key\n",
            tr.t2("mail-receipt", "operator", sender.operator_name.as_str(), "file", RECEIPT_FILE_NAME),
            sender.public_url,
        );
        // Before the signature block, so it reads as part of the message.
        match self.text.rfind("\n--\n") {
            Some(at) => self.text.insert_str(at + 1, &format!("{note}\n")),
            None => self.text.push_str(&format!("\n{note}")),
        }
        self.receipt = Some(receipt_json);
        self
    }
}

impl std::fmt::Debug for Rendered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rendered").field("kind", &self.kind).finish_non_exhaustive()
    }
}

#[derive(Template)]
#[template(path = "code.txt")]
struct CodeMail<'a> {
    tr: Tr,
    operator: &'a str,
    code: &'a str,
    ttl_minutes: i64,
    confirm_url: &'a str,
}

#[derive(Template)]
#[template(path = "honored.txt")]
struct HonoredMail<'a> {
    tr: Tr,
    operator: &'a str,
    effective: &'a str,
    legal_basis: &'a str,
    rule: &'a str,
    status_url: &'a str,
}

#[derive(Template)]
#[template(path = "review.txt")]
struct ReviewMail<'a> {
    tr: Tr,
    operator: &'a str,
    effective: &'a str,
    reason: &'a str,
    due: &'a str,
    status_url: &'a str,
}

#[derive(Template)]
#[template(path = "declined.txt")]
struct DeclinedMail<'a> {
    tr: Tr,
    operator: &'a str,
    reason: &'a str,
    ended: &'a str,
    complaint: &'a str,
    form_url: &'a str,
    status_url: &'a str,
}

#[derive(Template)]
#[template(path = "withdrawn.txt")]
struct WithdrawnMail<'a> {
    tr: Tr,
    operator: &'a str,
    ended: &'a str,
    form_url: &'a str,
    status_url: &'a str,
}

#[derive(Template)]
#[template(path = "extended.txt")]
struct ExtendedMail<'a> {
    tr: Tr,
    operator: &'a str,
    due: &'a str,
    was_due: &'a str,
    reason: &'a str,
    complaint: &'a str,
    status_url: &'a str,
}

#[derive(Template)]
#[template(path = "notice.txt")]
struct NoticeMail<'a> {
    tr: Tr,
    operator: &'a str,
    effective: &'a str,
    link: &'a str,
    link_expires: &'a str,
    form_url: &'a str,
}

fn rendered(kind: MailKind, to: &EmailAddress, subject: String, template: impl Template) -> Rendered {
    Rendered {
        kind,
        to: to.as_str().to_owned(),
        subject,
        // Templates only interpolate strings; rendering into a String cannot fail.
        text: template.render().expect("plain-text templates render"),
        receipt: None,
    }
}

impl Sender {
    pub fn verification_code(
        &self,
        tr: Tr,
        to: &EmailAddress,
        code: &str,
        ttl_minutes: i64,
        confirm_url: &str,
    ) -> Rendered {
        let subject = tr.t1("mail-code-subject", "operator", self.operator_name.as_str());
        rendered(
            MailKind::VerificationCode,
            to,
            subject,
            CodeMail { tr, operator: &self.operator_name, code, ttl_minutes, confirm_url },
        )
    }

    pub fn honored(
        &self,
        tr: Tr,
        to: &EmailAddress,
        effective: &str,
        legal_basis: &str,
        rule: &str,
        status_url: &str,
    ) -> Rendered {
        let subject = tr.t("mail-honored-subject");
        rendered(
            MailKind::Honored,
            to,
            subject,
            HonoredMail { tr, operator: &self.operator_name, effective, legal_basis, rule, status_url },
        )
    }

    pub fn sent_to_review(
        &self,
        tr: Tr,
        to: &EmailAddress,
        effective: &str,
        reason: &str,
        due: &str,
        status_url: &str,
    ) -> Rendered {
        let subject = tr.t("mail-review-subject");
        rendered(
            MailKind::SentToReview,
            to,
            subject,
            ReviewMail { tr, operator: &self.operator_name, effective, reason, due, status_url },
        )
    }

    pub fn declined(
        &self,
        tr: Tr,
        to: &EmailAddress,
        reason: &str,
        ended: &str,
        complaint: &str,
        status_url: &str,
    ) -> Rendered {
        let subject = tr.t("mail-declined-subject");
        let form_url = self.form_url();
        rendered(
            MailKind::Declined,
            to,
            subject,
            DeclinedMail {
                tr,
                operator: &self.operator_name,
                reason,
                ended,
                complaint,
                form_url: &form_url,
                status_url,
            },
        )
    }

    /// The notice of a campaign: what will be used, what never is, from when, and a personal
    /// link to object.
    pub fn notice(&self, tr: Tr, to: &EmailAddress, effective: &str, link: &str, link_expires: &str) -> Rendered {
        let subject = tr.t1("mail-notice-subject", "operator", self.operator_name.as_str());
        let form_url = self.form_url();
        rendered(
            MailKind::Notice,
            to,
            subject,
            NoticeMail { tr, operator: &self.operator_name, effective, link, link_expires, form_url: &form_url },
        )
    }

    /// The decision deadline moved (once, by up to two months), and why.
    #[allow(clippy::too_many_arguments)]
    pub fn deadline_extended(
        &self,
        tr: Tr,
        to: &EmailAddress,
        due: &str,
        was_due: &str,
        reason: &str,
        complaint: &str,
        status_url: &str,
    ) -> Rendered {
        let subject = tr.t("mail-extended-subject");
        rendered(
            MailKind::DeadlineExtended,
            to,
            subject,
            ExtendedMail { tr, operator: &self.operator_name, due, was_due, reason, complaint, status_url },
        )
    }

    pub fn withdrawn(&self, tr: Tr, to: &EmailAddress, ended: &str, status_url: &str) -> Rendered {
        let subject = tr.t("mail-withdrawn-subject");
        let form_url = self.form_url();
        rendered(
            MailKind::Withdrawn,
            to,
            subject,
            WithdrawnMail { tr, operator: &self.operator_name, ended, form_url: &form_url, status_url },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sender() -> Sender {
        Sender {
            operator_name: "Example Social".into(),
            from: "Example Social <no-reply@example.org>".parse().unwrap(),
            public_url: "https://withhold.example.org".into(),
        }
    }

    #[test]
    fn code_mail_carries_code_expiry_and_status_link() {
        let to = EmailAddress::parse("jane@example.com").unwrap();
        let url = sender().status_url("abc", "tok");
        let m = sender().verification_code(Tr::default(), &to, "042917", 30, &url);
        assert_eq!(m.to, "jane@example.com");
        assert!(m.text.contains("042917"));
        assert!(m.text.contains("30 minutes"));
        assert!(m.text.contains("https://withhold.example.org/objections/abc?token=tok"));
    }

    #[test]
    fn honored_mail_explains_going_forward() {
        let to = EmailAddress::parse("jane@example.com").unwrap();
        let m =
            sender().honored(Tr::default(), &to, "2026-11-22", "GDPR Art. 21(1)", "eu-gdpr/auto-honor", "https://x/s");
        assert!(m.text.contains("applied going forward"));
        assert!(m.text.contains("Private messages"));
        assert!(m.text.contains("GDPR Art. 21(1)") && m.text.contains("eu-gdpr/auto-honor"));
    }

    #[test]
    fn declined_mail_gives_reason_and_how_to_complain() {
        let to = EmailAddress::parse("jane@example.com").unwrap();
        let m = sender().declined(
            Tr::default(),
            &to,
            "compelling grounds",
            "2026-12-01",
            "Complain to the DPA.",
            "https://x/s",
        );
        assert!(m.text.contains("compelling grounds") && m.text.contains("Complain to the DPA."));
        assert!(m.text.contains("https://withhold.example.org/object"));
    }

    #[test]
    fn mail_is_written_in_the_persons_language() {
        let to = EmailAddress::parse("jana@example.pl").unwrap();
        let m = sender().verification_code(Tr::new(withhold_core::Locale::Pl), &to, "042917", 30, "https://x/s");
        assert_eq!(m.subject, "Twój kod potwierdzający dla Example Social");
        assert!(m.text.starts_with("Dzień dobry,"));
        assert!(m.text.contains("Twój kod potwierdzający to: 042917"));
        let m = sender().withdrawn(Tr::new(withhold_core::Locale::De), &to, "1. Juli 2027", "https://x/s");
        assert!(m.text.contains("ab dem 1. Juli 2027"), "{}", m.text);
    }
}
