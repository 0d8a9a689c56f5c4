//! Every language of the people Withhold serves: the policy's own words in the person's
//! language, and notices in the account's language, else its country's, else English.

use crate::helpers::{Backend, spawn_app};
use withhold_core::{Locale, Policy};

use crate::helpers::withhold_cli as withhold;

/// A German objector's decision email and status page state the legal basis in German, as the
/// shipped policy words it; the signed receipt keeps the policy's canonical English.
pub async fn a_german_objector_reads_the_legal_basis_in_german(backend: Backend) {
    let app = spawn_app(backend).await;
    let eu = Policy::shipped().jurisdiction_by_id("eu-gdpr").unwrap().clone();
    let german = eu.legal_basis_in(Locale::De).to_owned();
    assert_ne!(german, eu.legal_basis, "the shipped policy has German texts");
    app.get("/object?lang=de").await;
    let page = app.submit_form("DE", "greta@example.de", "", "").await;
    let id = crate::helpers::id_in(&page.url);
    let code = app.smtp.wait_for("greta@example.de", "", 1).await.code();
    let status = app.enter_code(&id, &code).await;
    assert!(status.html.contains(&german.replace('\'', "&#x27;")), "{}", status.html);
    assert!(status.html.contains(eu.name_in(Locale::De)), "the jurisdiction's German name");
    let mail = app.smtp.wait_for("greta@example.de", &german, 1).await;
    assert!(!mail.body().contains(&eu.legal_basis) || mail.body().contains("withhold-receipt"), "German in the text");
    // Every jurisdiction of the shipped policy speaks every language.
    for j in Policy::shipped().jurisdictions() {
        assert!(j.languages_missing().is_empty(), "{} lacks {:?}", j.id, j.languages_missing());
    }
}

/// Notices go out in the account's language where the platform gave one, else in the
/// country's main language, else (in a country with several, like Belgium or Finland) English.
pub async fn notices_go_in_the_accounts_language_else_the_countrys(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("accounts.csv");
    std::fs::write(
        &file,
        "account_id,email,country,language\n\
         1,be-nl@example.be,BE,nl\n\
         2,be-none@example.be,BE,\n\
         3,fi-sv@example.fi,FI,sv\n\
         4,fi-none@example.fi,FI,\n\
         5,pt-none@example.pt,PT,\n\
         6,br-none@example.com.br,BR,\n",
    )
    .unwrap();
    let (code, out) = withhold(&app, dir.path(), &["accounts", "import", file.to_str().unwrap()]).await;
    assert_eq!(code, 0, "{out}");
    let (code, out) =
        withhold(&app, dir.path(), &["notify", "--campaign", "langs", "--effective", "2027-06-26", "--rate", "50"])
            .await;
    assert_eq!(code, 0, "{out}");
    for (email, lang) in [
        ("be-nl@example.be", "nl"),
        ("be-none@example.be", "en"),
        ("fi-sv@example.fi", "sv"),
        ("fi-none@example.fi", "en"),
        ("pt-none@example.pt", "pt-PT"),
        ("br-none@example.com.br", "pt-BR"),
    ] {
        let mail = app.smtp.wait_for(email, "/object?invite=", 1).await;
        let link = mail.body().lines().find(|l| l.contains("/object?invite=")).unwrap().trim().to_owned();
        assert!(link.ends_with(&format!("&lang={lang}")), "{email}: {link}");
        let tr = withhold_i18n::Tr::new(lang.parse().unwrap());
        let used = tr.t("mail-notice-used");
        assert!(mail.body().contains(&used), "{email}: the notice is in {lang}: {}", mail.body());
    }
}
