//! The notice campaign: every imported account in the chosen countries is emailed the notice
//! with a personal link, once, through the outbox.

use crate::helpers::{Backend, spawn_app};
use reqwest::StatusCode;

use crate::helpers::withhold_cli as withhold;

pub async fn notice_campaign_reaches_each_account_once_with_a_personal_link(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let accounts = dir.path().join("accounts.jsonl");
    std::fs::write(
        &accounts,
        [
            r#"{"account_id": "de-1", "email": "anna@example.de", "country": "DE"}"#,
            r#"{"account_id": "fr-1", "email": "luc@example.fr", "country": "FR"}"#,
            r#"{"account_id": "us-1", "email": "joe@example.com", "country": "US"}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let (code, out) = withhold(&app, dir.path(), &["accounts", "import", accounts.to_str().unwrap()]).await;
    assert_eq!(code, 0, "{out}");

    let campaign = ["notify", "--campaign", "launch-2027", "--effective", "2027-06-26", "--countries", "DE,FR"];
    let (code, out) = withhold(&app, dir.path(), &[&campaign[..], &["--dry-run"]].concat()).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("would send 2 notices (one per mailbox)"), "{out}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM campaign_deliveries").await, 0, "a dry run sends nothing");

    let (code, out) = withhold(&app, dir.path(), &[&campaign[..], &["--rate", "50"]].concat()).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 notices queued now"), "{out}");
    // Each notice is in the language of the account's country, and its link opens the form in it.
    let languages = [
        (
            "anna@example.de",
            "de-1",
            "Widersprechen Sie mit Ihrem persönlichen Link",
            "26. Juni 2027",
            "Öffentliche Beiträge",
            "Private Nachrichten mit Freunden und Familie",
            "Wir haben Ihre Angaben aus Ihrem persönlichen Link ausgefüllt.",
            "Wir konnten Ihren persönlichen Link nicht lesen",
        ),
        (
            "luc@example.fr",
            "fr-1",
            "Opposez-vous avec votre lien personnel",
            "26 juin 2027",
            "Les publications publiques",
            "Les messages privés avec vos amis et votre famille",
            "Nous avons rempli vos informations à partir de votre lien personnel.",
            "Nous n’avons pas pu lire votre lien personnel",
        ),
    ];
    for (email, account, link_line, date, used, never, filled, unreadable) in languages {
        let mail = app.smtp.wait_for(email, link_line, 1).await;
        let body = mail.body();
        for must in [date, used, never, "/object?invite="] {
            assert!(body.contains(must), "{must} in {body}");
        }
        assert!(!body.contains(account), "the link names the account only inside its signed token");
        let link = body.lines().find(|l| l.contains("/object?invite=")).unwrap().trim().to_owned();
        let form = app.get(&link).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.html.contains(filled), "{}", form.html);
        assert!(form.html.contains(&format!("value=\"{email}\"")), "the address is filled in");
        let country = &account[..2].to_uppercase();
        assert!(form.html.contains(&format!("value=\"{country}\" selected")), "the country is filled in");
        // A changed link still opens the form, says why nothing is filled in, and fills nothing.
        let tampered = link.replacen("invite=", "invite=x", 1);
        let form = app.get(&tampered).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(
            form.html.contains(&unreadable.replace('’', "&#x27;")) || form.html.contains(unreadable),
            "{}",
            form.html
        );
        assert!(!form.html.contains(email));
    }
    // An expired link, signed with the server's own key.
    let keys = withhold_core::Keys::derive(&withhold_core::SecretKey::from_hex(&"5a".repeat(32)).unwrap());
    let expired =
        withhold_core::invite::Invite { account_id: "de-1".into(), campaign: "launch-2027".into(), expires_at: 1 };
    let form = app.get(&format!("/object?invite={}&lang=en", expired.sign(&keys))).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.html.contains("Your personal link has expired"), "{}", form.html);
    assert!(!form.html.contains("anna@example.de"));
    assert!(
        app.smtp.all().iter().all(|m| !m.rcpt_to.iter().any(|r| r == "joe@example.com")),
        "not in the chosen countries"
    );

    // Run again (as after an interruption): nobody gets a second copy.
    let (code, out) = withhold(&app, dir.path(), &campaign).await;
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 notices queued now") && out.contains("2 had it from an earlier run"), "{out}");
    assert!(out.contains("2 notices in all"), "{out}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM campaign_deliveries WHERE campaign = 'launch-2027'").await, 2);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'notice'").await, 2);

    // Bad arguments are refused before anything is sent.
    let (code, out) = withhold(&app, dir.path(), &["notify", "--campaign", "x y", "--effective", "2027-06-26"]).await;
    assert_ne!(code, 0);
    assert!(out.contains("--campaign"), "{out}");
    let (code, out) = withhold(&app, dir.path(), &["notify", "--campaign", "c", "--effective", "26/06/2027"]).await;
    assert_ne!(code, 0);
    assert!(out.contains("YYYY-MM-DD"), "{out}");
}

/// An objection made through a personal link covers the account the link named, even when the
/// person typed another address than the one the account has.
pub async fn objection_through_a_personal_link_is_bound_to_its_account(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let accounts = dir.path().join("accounts.jsonl");
    std::fs::write(
        &accounts,
        concat!(
            "{\"account_id\": \"71\", \"email\": \"old-address@example.fr\", \"country\": \"FR\"}\n",
            "{\"account_id\": \"72\", \"email\": \"someone-else@example.fr\", \"country\": \"FR\"}\n",
        ),
    )
    .unwrap();
    let (code, out) = withhold(&app, dir.path(), &["accounts", "import", accounts.to_str().unwrap()]).await;
    assert_eq!(code, 0, "{out}");
    let (code, out) = withhold(&app, dir.path(), &["notify", "--campaign", "c1", "--effective", "2027-06-26"]).await;
    assert_eq!(code, 0, "{out}");
    let mail = app.smtp.wait_for("old-address@example.fr", "/object?invite=", 1).await;
    let link = mail.body().lines().find(|l| l.contains("/object?invite=")).unwrap().trim().to_owned();

    let form = app.get(&link).await;
    assert!(form.html.contains("name=\"invite\""), "the link travels with the form");
    let invite = form.html.split("name=\"invite\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let csrf = crate::helpers::csrf_of(&form.html);
    // The person now uses another mailbox than the one on file.
    let page = app
        .post_form(
            "/object",
            &[
                ("csrf", &csrf),
                ("country", "FR"),
                ("email", "new-address@example.fr"),
                ("impact", ""),
                ("details", ""),
                ("invite", &invite),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html);
    let id = crate::helpers::id_in(&page.url);
    let code_mail = app.smtp.wait_for("new-address@example.fr", "", 1).await;
    app.enter_code(&id, &code_mail.code()).await;
    assert_eq!(
        app.scalar(&format!("SELECT COUNT(*) FROM objections WHERE id = '{id}' AND account_id = '71'")).await,
        1
    );

    let snap =
        withhold_enforce::snapshot::snapshot(app.service.store(), chrono::Utc::now().timestamp_micros()).await.unwrap();
    let accounts: Vec<&str> = snap
        .registry
        .entries()
        .iter()
        .filter(|e| e.key_type == withhold_enforce::KeyType::Account)
        .map(|e| e.subject_key.as_str())
        .collect();
    assert_eq!(accounts, ["71"], "bound to the link's account, and to no one else's");

    // A forged token binds nothing: the objection is still made, on its address alone.
    let form = app.get("/object").await;
    let csrf = crate::helpers::csrf_of(&form.html);
    let page = app
        .post_form(
            "/object",
            &[("csrf", &csrf), ("country", "FR"), ("email", "third@example.fr"), ("invite", "forged.token")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html);
    let id = crate::helpers::id_in(&page.url);
    assert_eq!(
        app.scalar(&format!("SELECT COUNT(*) FROM objections WHERE id = '{id}' AND account_id IS NULL")).await,
        1
    );
}
