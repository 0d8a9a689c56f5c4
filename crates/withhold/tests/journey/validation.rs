use crate::helpers::{Backend, csrf_of, spawn_app};
use reqwest::StatusCode;

pub async fn every_field_error_is_shown_at_its_field_and_input_is_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let long_impact = "é".repeat(5_001);
    let long_details = "d".repeat(10_001);
    let page = app.submit_form("", "not-an-email", &long_impact, &long_details).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.html.contains("Please check these 4 things"));
    for field in ["country", "email", "impact", "details"] {
        assert!(page.html.contains(&format!("id=\"{field}-error\"")), "no message at {field}");
        assert!(page.html.contains(&format!("<a href=\"#{field}\">")), "the summary does not link to {field}");
    }
    assert!(page.html.contains("Choose your country of residence"));
    assert!(page.html.contains("needs an @"));
    assert!(page.html.contains("5001 characters long; the limit is 5000"));
    assert!(page.html.contains("10001 characters long; the limit is 10000"));
    // Everything typed comes back.
    assert!(page.html.contains("value=\"not-an-email\""));
    assert!(page.html.contains(&format!(">{long_impact}</textarea>")));
    assert!(page.html.contains(&format!(">{long_details}</textarea>")));

    let local65 = format!("{}@example.com", "a".repeat(65));
    let long_domain = format!("a@{}.com", ["b".repeat(63), "c".repeat(63), "d".repeat(63), "e".repeat(63)].join("."));
    let cases = [
        ("XX", "jane@example.com", "country", "Choose your country from the list"),
        ("DE", "", "email", "Enter your email address"),
        ("DE", local65.as_str(), "email", "at most 64 characters"),
        ("DE", long_domain.as_str(), "email", "at most 254 characters"),
        ("DE", "jane@localhost", "email", "not a valid domain"),
        ("DE", "ja ne@example.com", "email", "cannot use"),
    ];
    for (country, email, field, message) in cases {
        let page = app.submit_form(country, email, "kept words", "").await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{country} {email}");
        assert!(page.html.contains(&format!("id=\"{field}-error\"")), "{email}: no error at {field}");
        assert!(page.html.contains(message), "{email}: missing {message:?}");
        assert!(page.html.contains(">kept words</textarea>"));
        assert!(page.html.contains("Please check this"));
    }
    // The largest valid input is accepted.
    let ok = app.submit_form("DE", "max@example.com", &"é".repeat(5_000), &"d".repeat(10_000)).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 1);
}

pub async fn csrf_token_is_required_and_text_is_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let _ = app.get("/object").await;
    let page =
        app.post_form("/object", &[("country", "DE"), ("email", "jane@example.com"), ("impact", "my own words")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.html.contains("For your security"));
    assert!(page.html.contains("value=\"jane@example.com\""));
    assert!(page.html.contains(">my own words</textarea>"));

    // A token minted for another browser's cookie does not work either.
    let other = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let other_page = other.get(format!("{}/object", app.address)).send().await.unwrap().text().await.unwrap();
    let foreign = csrf_of(&other_page);
    let page = app.post_form("/object", &[("csrf", &foreign), ("country", "DE"), ("email", "jane@example.com")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 0);
    assert!(app.smtp.all().is_empty());
    // The re-shown form carries a working token.
    let csrf = csrf_of(&page.html);
    let ok = app.post_form("/object", &[("csrf", &csrf), ("country", "DE"), ("email", "jane@example.com")]).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.url.ends_with("/confirm"));
}

pub async fn oversized_bodies_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let form = app.get("/object").await;
    let csrf = csrf_of(&form.html);
    let huge = "x".repeat(400 * 1024);
    let page = app
        .post_form("/object", &[("csrf", &csrf), ("country", "DE"), ("email", "a@example.com"), ("details", &huge)])
        .await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.html.contains("larger than we accept"));
    let r = app
        .client
        .post(format!("{}/api/v1/objections", app.address))
        .header("content-type", "application/json")
        .body(format!("{{\"details\":\"{huge}\"}}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM objections").await, 0);
}

pub async fn markup_in_fields_comes_back_escaped(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app
        .submit_form(
            "<b>DE</b>",
            "<script>alert(1)</script>@example.com",
            "<img src=x onerror=alert(1)>",
            "\"><script>x</script>",
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!page.html.contains("<script>alert(1)</script>"));
    assert!(!page.html.contains("<img src=x"));
    assert!(!page.html.contains("\"><script>"));
    assert!(page.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;@example.com"));
    assert!(page.html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}
