use crate::helpers::{Backend, Options, id_in, spawn_app, spawn_app_with};
use reqwest::StatusCode;
use withhold_core::ObjectionId;
use withhold_service::{DecideOutcome, StaffDecision};

pub async fn notice_explains_and_links_to_the_form(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    for must in [
        "Public posts",
        "Photos and their captions",
        "Messages you send to our AI assistant",
        "Private messages with friends and family",
        "26 June 2027",
        "content that other people share",
        "href=\"/object\"",
    ] {
        assert!(page.html.contains(must), "the notice lacks {must:?}");
    }
    let form = app.get("/object").await;
    assert!(form.html.contains("<label for=\"country\">Country of residence"));
    assert!(form.html.contains("<option value=\"DE\">Germany</option>"));
    // Every ISO 3166-1 country, after the "Choose your country" prompt.
    assert_eq!(form.html.matches("<option value=\"").count(), 1 + 249);
    assert!(form.html.contains("How does this processing affect you?"));
    assert!(form.html.contains("(optional)"));
}

pub async fn happy_path_from_form_to_honored_decision_email(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.submit_form("DE", "Jane.Doe@Example.com", "It exposes my photos.", "Thanks").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.url.ends_with("/confirm"), "{}", page.url);
    assert!(page.html.contains("Check your email"));
    let id = id_in(&page.url);

    let code_mail = app.smtp.wait_for("Jane.Doe@example.com", "Your confirmation code is", 1).await;
    let from = code_mail.header("From").unwrap();
    assert!(from.contains("Example Social") && from.ends_with("<no-reply@example.org>"), "{from}");
    assert_eq!(code_mail.header("Auto-Submitted").unwrap(), "auto-generated");
    assert!(code_mail.header("Message-ID").unwrap().ends_with("@example.org>"));
    assert!(code_mail.header("Date").is_some());
    assert!(code_mail.body().contains("30 minutes"));
    // The code email links where the code is entered; a status link is only given out once
    // the mailbox is proven.
    assert_eq!(code_mail.confirm_link(), format!("{}/objections/{id}/confirm", app.address));
    assert!(!code_mail.body().contains("token="), "{}", code_mail.body());

    let status = app.enter_code(&id, &code_mail.code()).await;
    assert_eq!(status.status, StatusCode::OK);
    assert!(status.url.contains(&format!("/objections/{id}?token=")));
    assert!(status.html.contains("your email address is confirmed"));
    assert!(status.html.contains("Honored"), "{}", status.html);
    assert!(status.html.contains("eu-gdpr/auto-honor"));
    assert!(status.html.contains("GDPR Art. 21(1)"));
    assert!(status.html.contains("J•••@example.com"));

    let decision = app.smtp.wait_for("Jane.Doe@example.com", "has been honored", 1).await;
    let body = decision.body();
    assert!(body.contains("applied going forward"));
    assert!(
        body.contains("public posts, your photos and their captions, and the messages you send to our AI assistant")
    );
    assert!(body.contains("Private messages with friends and family are never used"));
    assert!(body.contains("eu-gdpr/auto-honor"));
    assert_ne!(decision.header("Message-ID"), code_mail.header("Message-ID"));

    // The link in the decision email opens the status page with the whole timeline.
    let from_mail = app.get(&decision.status_link()).await;
    assert_eq!(from_mail.status, StatusCode::OK);
    for step in [
        "We received your objection.",
        "We emailed you a confirmation code.",
        "You confirmed your email address.",
        "Your objection was honored",
    ] {
        assert!(from_mail.html.contains(step), "timeline lacks {step:?}");
    }

    // Nothing the person gave is stored in the clear.
    let leaks = app
        .scalar("SELECT COUNT(*) FROM objections WHERE email_sealed LIKE '%Jane%' OR email_key LIKE '%Jane%' OR impact_sealed LIKE '%photos%'")
        .await;
    assert_eq!(leaks, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE payload_sealed IS NOT NULL AND state = 'sent'").await, 0);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%Jane%' OR detail LIKE '%photos%'").await,
        0
    );
}

pub async fn withdrawal_is_confirmed_by_email(backend: Backend) {
    let app = spawn_app(backend).await;
    let (id, status) = app.object_and_confirm("FR", "marie@example.fr").await;
    assert!(status.html.contains("Withdraw my objection"));
    let withdraw_link = format!("/objections/{id}/withdraw?token=");
    let start = status.html.find(&withdraw_link).unwrap();
    let href = status.html[start..].split('"').next().unwrap().to_owned();

    let confirm = app.get(&href).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(confirm.html.contains("Withdraw your objection?"));
    let csrf = crate::helpers::csrf_of(&confirm.html);
    let token = href.split("token=").nth(1).unwrap().to_owned();

    // A wrong token withdraws nothing.
    let wrong =
        app.post_form(&format!("/objections/{id}/withdraw"), &[("csrf", &csrf), ("token", "not-the-token")]).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);

    let done = app.post_form(&format!("/objections/{id}/withdraw"), &[("csrf", &csrf), ("token", &token)]).await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.html.contains("Your objection is withdrawn"));
    assert!(done.html.contains("status-withdrawn"));
    assert!(done.html.contains("You withdrew your objection."));

    let mail = app.smtp.wait_for("marie@example.fr", "You withdrew your objection", 1).await;
    assert!(mail.body().contains("You can object again at any time"));

    // Withdrawing twice changes nothing and is not an error page.
    let again = app.post_form(&format!("/objections/{id}/withdraw"), &[("csrf", &csrf), ("token", &token)]).await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.html.contains("status-withdrawn"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_events WHERE kind = 'withdrawn'").await, 1);
}

pub async fn repeat_request_is_folded_into_the_objection_in_effect(backend: Backend) {
    let app = spawn_app(backend).await;
    let (first_id, _) = app.object_and_confirm("DE", "jane@example.com").await;

    // The response to a second request for the same mailbox looks exactly like a first one.
    let repeat = app.submit_form("DE", "JANE@example.com", "", "").await;
    let fresh = app.submit_form("DE", "someone-else@example.com", "", "").await;
    assert_eq!(repeat.status, fresh.status);
    let strip = |html: &str, id: &str| html.replace(id, "ID");
    assert_eq!(strip(&repeat.html, &id_in(&repeat.url)), strip(&fresh.html, &id_in(&fresh.url)));

    // The mailbox owner confirms, and is shown the objection already in effect.
    let repeat_id = id_in(&repeat.url);
    let mail = app.smtp.wait_for("JANE@example.com", "Your confirmation code is", 1).await;
    let page = app.enter_code(&repeat_id, &mail.code()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.url.contains(&format!("/objections/{first_id}?token=")), "{}", page.url);
    assert!(page.html.contains("You already have an objection in effect"));
    assert!(page.html.contains("no second one was opened"));
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM objections WHERE status IN ('verified', 'needs_review', 'honored')").await,
        1
    );
    assert_eq!(app.get(&format!("/objections/{repeat_id}/confirm")).await.status, StatusCode::NOT_FOUND);
}

pub const CLOSED_POLICY: &str = r#"
version = "test-closed"
[[jurisdiction]]
id = "closed"
name = "Closed"
statutory = false
countries = ["US", "CA"]
available = false
legal_basis = "none"
deadline = "1 month"
statement = "optional"
review = "never"
complaint = "n/a"
[[jurisdiction]]
id = "strict-fr"
name = "France (strict test rule)"
statutory = true
countries = ["FR"]
available = true
legal_basis = "GDPR Art. 21(1)"
deadline = "1 month"
extension = "2 months"
statement = "required"
review = "when-statement-given"
complaint = "You can complain to the CNIL and go to court."
[everywhere_else]
id = "rest"
name = "Everywhere else"
statutory = false
available = true
legal_basis = "voluntary"
deadline = "1 month"
statement = "optional"
review = "never"
complaint = "Contact the privacy team."
"#;

pub async fn unavailable_country_says_where_the_form_is_available(backend: Backend) {
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    let form = app.get("/object").await;
    assert!(form.html.contains("The objection form is available for residents of:"));
    assert!(form.html.contains("Germany"));
    let notice = app.get("/").await;
    assert!(notice.html.contains("The objection form is available for residents of:"));

    let page = app.submit_form("US", "joe@example.com", "my words", "").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.html.contains("not available for residents of United States"));
    assert!(page.html.contains("every country except: Canada, United States"));
    assert!(page.html.contains("value=\"joe@example.com\""));
    assert!(page.html.contains(">my words</textarea>"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 0);
}

pub async fn policy_can_require_a_statement_and_send_to_a_person(backend: Backend) {
    let app = spawn_app_with(backend, Options { policy_toml: Some(CLOSED_POLICY.into()), ..Options::default() }).await;
    let missing = app.submit_form("FR", "luc@example.fr", "", "").await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.html.contains("id=\"impact-error\""));
    assert!(missing.html.contains("required in your country"));

    let page = app.submit_form("FR", "luc@example.fr", "It profiles me.", "").await;
    assert_eq!(page.status, StatusCode::OK);
    let id = id_in(&page.url);
    let code = app.smtp.wait_for("luc@example.fr", "Your confirmation code is", 1).await.code();
    let status = app.enter_code(&id, &code).await;
    assert!(status.html.contains("Being reviewed by a person"), "{}", status.html);
    assert!(status.html.contains("already excluded from AI training"));
    let review_mail = app.smtp.wait_for("luc@example.fr", "will review your objection", 1).await;
    assert!(review_mail.body().contains("already excluded from AI training"));

    // Automation never declined it; a person does, and the person is told how to complain.
    let objection = ObjectionId::parse(&id).unwrap();
    let outcome = app
        .service
        .decide(
            &objection,
            StaffDecision::Decline { reason: "We rely on a compelling legitimate ground.".into() },
            "staff:alice",
        )
        .await
        .unwrap();
    assert!(matches!(outcome, DecideOutcome::Decided { status: withhold_core::Status::Declined }));
    let declined = app.smtp.wait_for("luc@example.fr", "has declined it", 1).await;
    assert!(declined.body().contains("We rely on a compelling legitimate ground."));
    assert!(declined.body().contains("You can complain to the CNIL and go to court."));
    let page = app.get(&declined.status_link()).await;
    assert!(page.html.contains("Declined"));
    assert!(page.html.contains("You can complain to the CNIL"));
    // A declined objection cannot be decided again.
    let again = app.service.decide(&objection, StaffDecision::Honor, "staff:alice").await.unwrap();
    assert!(matches!(again, DecideOutcome::NotDecidable { .. }));
}

/// The page's language: the link's `?lang=`, then the switcher's remembered choice, then the
/// browser's `Accept-Language`; the switcher is on every page and keeps the page's query.
pub async fn language_follows_the_link_the_switcher_and_the_browser(backend: Backend) {
    let logo = b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".to_vec();
    let app = crate::helpers::spawn_app_with(
        backend,
        crate::helpers::Options { logo: Some(("logo.svg", logo.clone())), ..Default::default() },
    )
    .await;
    let get = |accept: Option<&'static str>, path: &'static str| {
        // A fresh browser each time: no cookie.
        let client = reqwest::Client::new();
        let mut request = client.get(format!("{}{path}", app.address));
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        async move {
            let r = request.send().await.unwrap();
            let cookies: Vec<String> =
                r.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
            let cookie = (!cookies.is_empty()).then(|| cookies.join("\n"));
            (r.text().await.unwrap(), cookie)
        }
    };
    let (html, _) = get(None, "/").await;
    assert!(html.contains("<html lang=\"en\">") && html.contains("How we will use information to train AI"));
    let (html, _) = get(Some("it-IT,it;q=0.9,en;q=0.5"), "/").await;
    assert!(html.contains("<html lang=\"it\">") && html.contains("Come useremo le informazioni"), "{html}");
    let (html, _) = get(Some("ja, es;q=0.4"), "/object").await;
    assert!(html.contains("Oponerte al uso de tu información para la IA"), "{html}");
    assert!(html.contains("<option value=\"DE\">Alemania</option>"), "country names are translated");
    // The link wins over the browser, and the choice is remembered.
    let (html, cookie) = get(Some("de"), "/?lang=fr").await;
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    assert!(cookie.is_some_and(|c| c.contains("withhold_lang=fr")));
    let _ = app.get("/?lang=pl").await;
    let page = app.get("/object").await;
    assert!(page.html.contains("<html lang=\"pl\">"), "the switcher's choice stays");
    // The switcher, on every page, keeps the page's own query.
    let notice = app.get("/?from=mail").await;
    for lang in ["en", "de", "fr", "es", "it", "pl"] {
        assert!(notice.html.contains(&format!("href=\"?from=mail&amp;lang={lang}\"")), "no link to {lang}");
        assert!(page.html.contains(&format!("formaction=\"/object?lang={lang}\"")), "no button for {lang}");
    }
    assert!(notice.html.contains("aria-current=\"true\">Polski</a>"));
    let (html, _) = get(None, "/?lang=xx").await;
    assert!(html.contains("<html lang=\"en\">"), "an unknown language is ignored");
    // The objection keeps its language: the code mail is Polish.
    let csrf = crate::helpers::csrf_of(&page.html);
    let sent = app.post_form("/object", &[("csrf", &csrf), ("country", "PL"), ("email", "ola@example.pl")]).await;
    assert_eq!(sent.status, StatusCode::OK);
    app.smtp.wait_for("ola@example.pl", "Twój kod potwierdzający to:", 1).await;
    // On the form, the switcher sends what was typed along: nothing is lost, nothing is submitted.
    let page = app
        .post_form(
            "/object?lang=de",
            &[("csrf", &csrf), ("country", "PL"), ("impact", "moje słowa"), ("switch_language", "de")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.html.contains("<html lang=\"de\">") && page.html.contains(">moje słowa</textarea>"), "{}", page.html);
    assert!(!page.html.contains("error-summary"), "switching language is not a submission");
    assert!(page.html.contains("formaction=\"/object?lang=fr\""), "the switcher's buttons send the form");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 1);

    // Through the API, the person's app names the language.
    let r = reqwest::Client::new()
        .post(format!("{}/api/v1/objections", app.address))
        .header("accept-language", "fr-CA,fr;q=0.9")
        .json(&serde_json::json!({ "country": "FR", "email": "zoe@example.fr" }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    app.smtp.wait_for("zoe@example.fr", "Votre code de confirmation est :", 1).await;
    // The operator's logo, served from here.
    assert!(html.contains("<img src=\"/static/logo\" alt=\"\" class=\"logo\">"));
    let r = app.client.get(format!("{}/static/logo", app.address)).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "image/svg+xml");
    assert_eq!(r.bytes().await.unwrap().to_vec(), logo);
}
