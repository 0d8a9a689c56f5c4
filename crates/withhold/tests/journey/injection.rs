use crate::helpers::{Backend, Options, id_in, spawn_app_with};
use crate::journey::CLOSED_POLICY;
use reqwest::StatusCode;
use serde_json::json;
use withhold_core::ObjectionId;
use withhold_service::StaffDecision;

/// Markup, script, template and SQL syntax and header injection (CRLF + Bcc).
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "x\r\nBcc: attacker@evil.example\r\nSubject: pwned",
    "{{ 7*7 }}{% if true %}",
    "'; DROP TABLE objections; --",
    "</textarea><svg onload=alert(1)>",
];

/// What askama's HTML escaping makes of a value.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#x27;")
}

fn assert_inert(html: &str, payload: &str, place: &str) {
    if payload.contains(['<', '>', '"', '\'']) {
        assert!(!html.contains(payload), "{place}: the payload {payload:?} came back unescaped");
    }
    assert!(!html.contains("<script>alert"), "{place}");
    assert!(!html.contains("<img src=x"), "{place}");
    assert!(!html.contains("<svg onload"), "{place}");
}

/// Every field of the form and the API, and the one text staff write (a decline reason), with
/// each payload: pages escape it, JSON carries it as data, and no email gains a header or a
/// recipient.
pub async fn injection_payloads_in_every_field_come_out_inert(backend: Backend) {
    // France: reviewed by a person, so a staff decline reason reaches a page and an email.
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    for (n, payload) in PAYLOADS.iter().enumerate() {
        let email = format!("inject{n}@example.org");
        // Country and email: refused, echoed escaped.
        for (country, address) in [(*payload, email.as_str()), ("FR", &format!("jane{payload}@example.org"))] {
            let page = app.submit_form(country, address, payload, payload).await;
            assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{payload:?}");
            assert_inert(&page.html, payload, "form with a bad field");
            if !payload.contains('\r') {
                assert!(page.html.contains(&escaped(payload)), "the text is kept, escaped: {payload:?}");
            }
            let (status, body) = app
                .api_post("/api/v1/objections", &json!({ "country": country, "email": address, "impact": payload }))
                .await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
            assert_eq!(body["error"], "validation_failed");
        }
        // Free text: accepted as data.
        let page = app.submit_form("FR", &email, payload, payload).await;
        assert_eq!(page.status, StatusCode::OK, "{payload:?}");
        assert_inert(&page.html, payload, "confirmation page");
        let id = id_in(&page.url);
        let code = app.smtp.wait_for(&email, "Your confirmation code is", 1).await.code();
        let status = app.enter_code(&id, &code).await;
        assert_inert(&status.html, payload, "status page");
        let (api_status, _) = app
            .api_post(
                "/api/v1/objections",
                &json!({ "country": "FR", "email": email, "impact": payload, "details": payload }),
            )
            .await;
        assert_eq!(api_status, StatusCode::ACCEPTED);

        // Staff decline with the payload as the reason: the status page and the email.
        let objection = ObjectionId::parse(&id).unwrap();
        app.service
            .decide(&objection, StaffDecision::Decline { reason: (*payload).to_owned() }, "staff:alice")
            .await
            .unwrap();
        let declined = app.smtp.wait_for(&email, "has declined it", 1).await;
        let page = app.get(&declined.status_link()).await;
        assert_inert(&page.html, payload, "status page with a decline reason");
        if !payload.contains('\r') {
            assert!(page.html.contains(&escaped(payload)), "the reason is shown, escaped: {payload:?}");
        }
    }
    // No email gained a header, a recipient or another subject.
    let subjects = [
        "Your confirmation code for Example Social",
        "Your objection to AI training is being reviewed",
        "The decision on your objection to AI training",
    ];
    let received = app.smtp.all();
    assert!(received.len() >= PAYLOADS.len() * 3);
    for mail in &received {
        assert_eq!(mail.rcpt_to.len(), 1);
        assert!(
            mail.rcpt_to[0].starts_with("inject") && mail.rcpt_to[0].ends_with("@example.org"),
            "{:?}",
            mail.rcpt_to
        );
        let head = mail.raw.split("\r\n\r\n").next().unwrap().to_ascii_lowercase();
        assert!(!head.contains("bcc:") && !head.contains("evil.example") && !head.contains("pwned"), "{head}");
        let subject = mail.header("Subject").unwrap();
        assert!(subjects.contains(&subject.as_str()), "unexpected subject {subject:?}");
    }
    // The SQL payload was data: the table is still there.
    assert!(app.scalar("SELECT COUNT(*) FROM objections").await >= PAYLOADS.len() as i64);
}
