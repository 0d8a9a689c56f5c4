//! The whole journey in a real browser: headless Chromium driven over WebDriver (Debian's
//! `chromium` and `chromium-driver`), in four languages (German, Polish, Greek, Irish), at desktop and phone width. Every page on
//! the way is checked with axe-core (npm, installed into `scripts/browser/` by `scripts/browser/setup`)
//! and photographed into `$CARGO_TARGET_TMPDIR/browser-journey/<language>/`.
//!
//! Without chromedriver or axe-core this test says so and passes, unless
//! `WITHHOLD_REQUIRE_BROWSER=1` (as `.ci/run` sets), when their absence fails it.

use crate::helpers::{Backend, TestApp, spawn_app};
use base64::Engine;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A WebDriver session against a chromedriver this test started.
struct Browser {
    http: reqwest::Client,
    base: String,
    session: String,
    driver: tokio::process::Child,
}

impl Browser {
    async fn start(width: u32, height: u32) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = tokio::process::Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts");
        let http = reqwest::Client::new();
        let base = format!("http://127.0.0.1:{port}");
        // chromedriver is another process: its port opens when it is ready.
        let mut ready = false;
        for _ in 0..200 {
            if let Ok(r) = http.get(format!("{base}/status")).send().await
                && r.status().is_success()
            {
                ready = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(ready, "chromedriver did not start");
        let mut options = json!({
            "binary": chromium_binary(),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     format!("--window-size={width},{height}"), "--hide-scrollbars", "--lang=en-GB"]
        });
        if width < 500 {
            // A desktop window is never narrower than 500 pixels: a phone is emulated instead.
            options["mobileEmulation"] =
                json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true } });
        }
        let capabilities =
            json!({ "capabilities": { "alwaysMatch": { "browserName": "chrome", "goog:chromeOptions": options } } });
        let created: Value =
            http.post(format!("{base}/session")).json(&capabilities).send().await.unwrap().json().await.unwrap();
        let session =
            created["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {created}")).to_owned();
        Browser { http, base, session, driver }
    }

    async fn command(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut request = self.http.request(method, url);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let answer: Value = request.send().await.unwrap().json().await.unwrap();
        if answer["value"].get("error").is_some() {
            panic!("WebDriver {path}: {}", answer["value"]);
        }
        answer["value"].clone()
    }

    async fn go(&self, url: &str) {
        self.command(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await;
    }

    async fn url(&self) -> String {
        self.command(reqwest::Method::GET, "/url", None).await.as_str().unwrap().to_owned()
    }

    async fn source(&self) -> String {
        self.command(reqwest::Method::GET, "/source", None).await.as_str().unwrap().to_owned()
    }

    async fn find(&self, css: &str) -> String {
        let found = self
            .command(reqwest::Method::POST, "/element", Some(json!({ "using": "css selector", "value": css })))
            .await;
        found.as_object().and_then(|o| o.values().next()).and_then(Value::as_str).unwrap().to_owned()
    }

    async fn click(&self, css: &str) {
        let element = self.find(css).await;
        self.command(reqwest::Method::POST, &format!("/element/{element}/click"), Some(json!({}))).await;
    }

    /// Clicks something that loads a new page, and waits until the new page has loaded.
    async fn click_and_wait(&self, css: &str) {
        self.script("window.__withholdOldPage = true; return true;").await;
        self.click(css).await;
        self.wait_for_new_page(&format!("clicking {css}")).await;
    }

    /// Waits until the page marked old has been replaced by a loaded one.
    async fn wait_for_new_page(&self, what: &str) {
        for _ in 0..400 {
            let loaded = self
                .script("return window.__withholdOldPage === undefined && document.readyState === 'complete';")
                .await;
            if loaded == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("{what} did not load a page");
    }

    /// Submits a form as its submit button would, and waits for the page that answers.
    async fn submit_and_wait(&self, form_css: &str) {
        self.script("window.__withholdOldPage = true; return true;").await;
        self.script(&format!("document.querySelector(\"{form_css}\").requestSubmit(); return true;")).await;
        self.wait_for_new_page(&format!("submitting {form_css}")).await;
    }

    async fn type_into(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        self.command(reqwest::Method::POST, &format!("/element/{element}/clear"), Some(json!({}))).await;
        self.command(reqwest::Method::POST, &format!("/element/{element}/value"), Some(json!({ "text": text }))).await;
    }

    /// Presses keys on whatever has the focus, as a keyboard-only user would.
    async fn press(&self, keys: &str) {
        let actions: Vec<Value> = keys
            .chars()
            .flat_map(|c| {
                [
                    json!({ "type": "keyDown", "value": c.to_string() }),
                    json!({ "type": "keyUp", "value": c.to_string() }),
                ]
            })
            .collect();
        let body = json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] });
        self.command(reqwest::Method::POST, "/actions", Some(body)).await;
    }

    async fn script(&self, script: &str) -> Value {
        self.command(reqwest::Method::POST, "/execute/sync", Some(json!({ "script": script, "args": [] }))).await
    }

    async fn screenshot(&self, path: &Path) {
        let png = self.command(reqwest::Method::GET, "/screenshot", None).await;
        let bytes = base64::engine::general_purpose::STANDARD.decode(png.as_str().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// Runs axe-core on the page; returns its violations, one line each.
    async fn axe(&self, axe_source: &str) -> Vec<String> {
        // Injected through WebDriver, which the pages' Content-Security-Policy does not govern.
        self.command(
            reqwest::Method::POST,
            "/execute/sync",
            Some(json!({ "script": format!("{axe_source}\nreturn true;"), "args": [] })),
        )
        .await;
        let script = "const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done({ passes: r.passes.length, violations: r.violations.map(v => v.impact + ' ' + v.id +
                  ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')) }))
              .catch(e => done({ passes: 0, violations: ['axe failed: ' + e] }));";
        let result =
            self.command(reqwest::Method::POST, "/execute/async", Some(json!({ "script": script, "args": [] }))).await;
        // An axe that checked nothing would pass anything.
        assert!(result["passes"].as_u64().unwrap_or(0) >= 10, "axe-core ran no checks: {result}");
        result["violations"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
    }

    async fn quit(mut self) {
        let _ = self.http.delete(format!("{}/session/{}", self.base, self.session)).send().await;
        let _ = self.driver.kill().await;
    }
}

fn chromium_binary() -> String {
    std::env::var("WITHHOLD_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

fn axe_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/browser/node_modules/axe-core/axe.min.js")
}

/// What the browser test needs, or why it cannot run here.
fn prerequisites() -> Result<String, String> {
    let driver = std::process::Command::new("chromedriver").arg("--version").output();
    if driver.is_err() {
        return Err("chromedriver is not installed (Debian: chromium chromium-driver)".into());
    }
    if !Path::new(&chromium_binary()).exists() {
        return Err(format!("{} is missing (Debian: chromium)", chromium_binary()));
    }
    std::fs::read_to_string(axe_path())
        .map_err(|_| format!("axe-core is missing at {} (run scripts/browser/setup)", axe_path().display()))
}

/// The words the test looks for, per language.
struct Words {
    lang: String,
    country: &'static str,
    country_name: String,
    email: &'static str,
    notice_heading: String,
    email_error: String,
    confirm_heading: String,
    honored: String,
    decision_subject_part: String,
    withdraw_heading: String,
    withdrawn_notice: String,
}

/// German and Polish, written out by hand (a check of the catalogues themselves).
fn german() -> Words {
    Words {
        lang: "de".into(),
        country: "DE",
        country_name: "Deutschland".into(),
        email: "anna@example.de",
        notice_heading: "Wie wir Informationen für das Training von KI verwenden werden".into(),
        email_error: "Eine E-Mail-Adresse braucht ein @".into(),
        confirm_heading: "Sehen Sie in Ihr Postfach".into(),
        honored: "Stattgegeben".into(),
        decision_subject_part: "Ihrem Widerspruch dagegen".into(),
        withdraw_heading: "Ihren Widerspruch zurücknehmen?".into(),
        withdrawn_notice: "Ihr Widerspruch ist zurückgenommen.".into(),
    }
}

fn polish() -> Words {
    Words {
        lang: "pl".into(),
        country: "PL",
        country_name: "Polska".into(),
        email: "jan@example.pl",
        notice_heading: "Jak będziemy używać informacji do trenowania AI".into(),
        email_error: "Adres e-mail wymaga znaku @".into(),
        confirm_heading: "Sprawdź pocztę".into(),
        honored: "Uwzględniony".into(),
        decision_subject_part: "został uwzględniony".into(),
        withdraw_heading: "Wycofać sprzeciw?".into(),
        withdrawn_notice: "Twój sprzeciw został wycofany.".into(),
    }
}

/// Text as the browser serializes a page's text (quotes stay as they are).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Another language's words, taken from its catalogue: Greek (a non-Latin script) and Irish.
fn from_catalogue(locale: withhold_i18n::Locale, country: &'static str, email: &'static str) -> Words {
    let tr = withhold_i18n::Tr::new(locale);
    let page = |id: &str| escaped(&tr.t(id));
    Words {
        lang: locale.tag().into(),
        country,
        country_name: tr.country(country),
        email,
        notice_heading: page("notice-heading"),
        email_error: page("error-email-missing-at"),
        confirm_heading: page("confirm-heading"),
        honored: page("status-honored"),
        // Every decision email carries its signed receipt.
        decision_subject_part: "withhold-receipt".into(),
        withdraw_heading: page("withdraw-heading"),
        withdrawn_notice: page("status-notice-withdrawn"),
    }
}

pub async fn the_journey_in_a_real_browser_in_four_languages_passes_axe(backend: Backend) {
    let axe = match prerequisites() {
        Ok(axe) => axe,
        Err(why) if std::env::var("WITHHOLD_REQUIRE_BROWSER").is_ok_and(|v| v == "1") => {
            panic!("the browser test is required here, but {why}")
        }
        Err(why) => {
            eprintln!("SKIPPED the browser journey: {why}");
            return;
        }
    };
    let app = spawn_app(backend).await;
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-journey");
    let mut report = Vec::new();
    // German and Irish at desktop width, Polish and Greek on a 360-pixel phone.
    let languages = [
        (german(), (1280, 900)),
        (polish(), (360, 780)),
        (from_catalogue(withhold_i18n::Locale::El, "GR", "eleni@example.gr"), (360, 780)),
        (from_catalogue(withhold_i18n::Locale::Ga, "IE", "aoife@example.ie"), (1280, 900)),
    ];
    for (words, (width, height)) in languages {
        let dir = out.join(&words.lang);
        std::fs::create_dir_all(&dir).unwrap();
        let browser = Browser::start(width, height).await;
        let pages = journey(&browser, &app, &words, &dir, &axe).await;
        report.extend(pages);
        browser.quit().await;
    }
    let violations: Vec<&String> = report.iter().flat_map(|(_, v)| v).collect();
    for (page, found) in &report {
        eprintln!("axe {page}: {} violations", found.len());
    }
    assert!(violations.is_empty(), "axe-core found violations: {violations:#?}");
    eprintln!("screenshots in {}", out.display());
}

/// Notice → form (one mistake, corrected) → code from the mail → decision → status → withdrawal.
/// Returns the axe result of each page on the way.
async fn journey(browser: &Browser, app: &TestApp, words: &Words, dir: &Path, axe: &str) -> Vec<(String, Vec<String>)> {
    let (country, country_name, email) = (words.country, words.country_name.as_str(), words.email);
    let mut results = Vec::new();
    let mut step = 0;
    let page = Page { browser, words, dir, axe };
    // The notice, reached by a link that names the language (as a notice email's does).
    browser.go(&format!("{}/?lang={}", app.address, words.lang)).await;
    let html = browser.source().await;
    assert!(html.contains(&format!("<html lang=\"{}\">", words.lang)), "the page says its language");
    assert!(html.contains(&words.notice_heading), "{html}");
    page.check(&mut step, &mut results, "notice").await;

    // Keyboard alone: the first Tab reaches the skip link, Enter follows it to the content.
    browser.press("\u{E004}").await;
    let focused = browser.script("return document.activeElement.className;").await;
    assert_eq!(focused, "skip", "the skip link comes first");

    browser.click_and_wait("main a.button").await;
    assert!(browser.url().await.ends_with("/object"));
    page.check(&mut step, &mut results, "form").await;

    // One mistake: an address without its @.
    // Typing a country's name into the list chooses it, as on a keyboard.
    let select = browser.find("#country").await;
    browser
        .command(reqwest::Method::POST, &format!("/element/{select}/value"), Some(json!({ "text": country_name })))
        .await;
    assert_eq!(browser.script("return document.getElementById('country').value;").await, json!(country));
    browser.type_into("#email", &email.replace('@', ".")).await;
    browser.type_into("#details", "Bitte nicht. / Proszę nie.").await;
    browser.click_and_wait("form button[type=submit]").await;
    let html = browser.source().await;
    assert!(html.contains(&words.email_error), "{html}");
    assert!(html.contains("aria-invalid=\"true\""), "the field is marked invalid");
    assert!(html.contains(">Bitte nicht. / Proszę nie.</textarea>"), "what was typed is kept");
    page.check(&mut step, &mut results, "form-with-a-mistake").await;

    // The error summary links to the field.
    browser.click(".error-summary a[href=\"#email\"]").await;
    let focused = browser.script("return document.activeElement.id;").await;
    assert_eq!(focused, "email", "the summary's link moves the focus to the field");
    browser.type_into("#email", email).await;
    browser.click_and_wait("form button[type=submit]").await;
    assert!(browser.url().await.ends_with("/confirm"));
    assert!(browser.source().await.contains(&words.confirm_heading));
    page.check(&mut step, &mut results, "confirm").await;

    // The code, from the test's SMTP server, in the person's language.
    let mail = app.smtp.wait_for(email, "", 1).await;
    browser.type_into("#code", &mail.code()).await;
    browser.click_and_wait("form button[type=submit]").await;
    let status_url = browser.url().await;
    assert!(status_url.contains("notice=confirmed"), "{status_url}");
    // The policy decides within seconds; the decision email follows.
    let decision = app.smtp.wait_for(email, &words.decision_subject_part, 1).await;
    assert!(decision.body().contains("withhold-receipt") || decision.body().contains("/.well-known/"));
    browser.go(&status_url).await;
    let html = browser.source().await;
    assert!(html.contains(&words.honored), "{html}");
    page.check(&mut step, &mut results, "status-honored").await;

    browser.click_and_wait("main a.secondary-button").await;
    assert!(browser.source().await.contains(&words.withdraw_heading));
    page.check(&mut step, &mut results, "withdraw").await;
    browser.click_and_wait("form button.danger").await;
    assert!(browser.source().await.contains(&words.withdrawn_notice));
    page.check(&mut step, &mut results, "status-withdrawn").await;

    // The pages that say something could not be found.
    browser.go(&format!("{}/objections/not-a-request", app.address)).await;
    page.check(&mut step, &mut results, "request-not-found").await;
    browser.go(&format!("{}/no-such-page", app.address)).await;
    page.check(&mut step, &mut results, "page-not-found").await;
    results
}

/// Where the journey's checks of each page go.
struct Page<'a> {
    browser: &'a Browser,
    words: &'a Words,
    dir: &'a Path,
    axe: &'a str,
}

impl Page<'_> {
    /// Photographs the page, checks that it fits the screen's width, and runs axe-core on it.
    async fn check(&self, step: &mut u32, results: &mut Vec<(String, Vec<String>)>, name: &str) {
        *step += 1;
        let file = self.dir.join(format!("{step:02}-{name}.png"));
        self.browser.screenshot(&file).await;
        let fits = self.browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1;").await;
        assert_eq!(fits, Value::Bool(true), "{}: {name} is wider than the screen", self.words.lang);
        let found = self.browser.axe(self.axe).await;
        results.push((format!("{}/{name}", self.words.lang), found));
    }
}

/// The staff console in Chromium at desktop and phone width: an admin signs in, filters and
/// sorts the queue, declines a request (confirmed) and lands on the next one, searches, reads
/// the audit log and the dashboard, whose per-country series have distinct fills as the
/// browser computes them and whose sub-second latency is in ms or s. axe-core on every page;
/// no raw state key in any page's visible text.
pub async fn the_console_in_a_real_browser_passes_axe(backend: Backend) {
    let axe = match prerequisites() {
        Ok(axe) => axe,
        Err(why) if std::env::var("WITHHOLD_REQUIRE_BROWSER").is_ok_and(|v| v == "1") => {
            panic!("the browser test is required here, but {why}")
        }
        Err(why) => {
            eprintln!("SKIPPED the console in a browser: {why}");
            return;
        }
    };
    let app = crate::helpers::spawn_app_with(
        backend,
        crate::helpers::Options { policy_toml: Some(crate::journey::CLOSED_POLICY.into()), ..Default::default() },
    )
    .await;
    assert_eq!(crate::admin::add_user(&app, "ada", "admin", "ada's long passphrase").await.0, 0);
    // Decided by the policy in seven countries (sub-second latency), and four French requests
    // with a statement, which the policy hands to a person.
    for (n, country) in ["DE", "IT", "ES", "PL", "NL", "AT", "SE"].iter().enumerate() {
        for k in 0..=n % 3 {
            app.object_and_confirm(country, &format!("p{n}-{k}@example.eu")).await;
        }
    }
    for n in 0..4 {
        let email = format!("fr{n}@example.fr");
        let page = app.submit_form("FR", &email, "It profiles me.", "").await;
        let id = crate::helpers::id_in(&page.url);
        let code = app.smtp.wait_for(&email, "", 1).await.code();
        app.enter_code(&id, &code).await;
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-journey").join("console");
    let mut report = Vec::new();
    for (label, (width, height)) in [("desktop", (1280, 900)), ("phone", (390, 844))] {
        let dir = out.join(label);
        std::fs::create_dir_all(&dir).unwrap();
        let browser = Browser::start(width, height).await;
        let mut step = 0;
        let mut check = async |browser: &Browser, name: &str| {
            step += 1;
            browser.screenshot(&dir.join(format!("{step:02}-{name}.png"))).await;
            let text = browser.script("return document.body.innerText;").await;
            let text = text.as_str().unwrap_or("");
            for raw in ["pending_verification", "needs_review"] {
                assert!(!text.contains(raw), "{label} {name}: the raw state key {raw} is shown");
            }
            let fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1;").await;
            assert_eq!(fits, Value::Bool(true), "{label}: {name} is wider than the screen");
            report.push((format!("console-{label}/{name}"), browser.axe(&axe).await));
        };
        browser.go(&format!("{}/admin/login?lang=en", app.address)).await;
        check(&browser, "sign-in").await;
        browser.type_into("#name", "ada").await;
        browser.type_into("#password", "ada's long passphrase").await;
        browser.click_and_wait("form button[type=submit]").await;
        assert!(browser.url().await.ends_with("/admin"), "{}", browser.url().await);
        check(&browser, "queue").await;
        // Filters and sorting.
        browser.script("document.getElementById('q-sort').value = 'received'; return true;").await;
        browser.script("document.getElementById('q-jurisdiction').value = 'strict-fr'; return true;").await;
        browser.click_and_wait(".queue-filters button[type=submit]").await;
        let url = browser.url().await;
        assert!(url.contains("sort=received") && url.contains("jurisdiction=strict-fr"), "{url}");
        let html = browser.source().await;
        assert!(html.contains("class=\"queue\""), "requests are listed: {html}");
        check(&browser, "queue-filtered").await;
        // A request: decline it (confirmed), and go on to the next.
        browser.click_and_wait("table.queue tbody a").await;
        check(&browser, "request").await;
        browser.click("#decision-decline").await;
        browser.type_into("#decline-reason", "The statement does not concern this service.").await;
        browser.submit_and_wait("form[action$='/decision']").await;
        assert!(browser.source().await.contains("Tick the box to confirm the decline"), "unconfirmed: refused");
        check(&browser, "request-confirm-missing").await;
        browser.click("#decision-decline").await;
        browser.click("#confirm-decline").await;
        browser.submit_and_wait("form[action$='/decision']").await;
        let url = browser.url().await;
        assert!(url.contains("decided="), "on to the next request: {url}");
        assert!(browser.source().await.contains("This is the next request awaiting a decision"));
        check(&browser, "next-request").await;
        browser.go(&format!("{}/admin/search?q=fr0%40example.fr", app.address)).await;
        check(&browser, "search").await;
        browser.go(&format!("{}/admin/audit", app.address)).await;
        check(&browser, "audit").await;
        browser.go(&format!("{}/admin/dashboard", app.address)).await;
        // The per-country series, as the browser paints them: distinct, and none black.
        let fills = browser
            .script(
                "return Array.from(new Set(Array.from(document.querySelectorAll('#per-day rect[class^=\"s\"]'))
                   .map(r => getComputedStyle(r).fill)));",
            )
            .await;
        let fills: Vec<&str> = fills.as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
        assert!(fills.len() >= 6, "six series, six fills: {fills:?}");
        assert!(!fills.contains(&"rgb(0, 0, 0)"), "no black series: {fills:?}");
        let latency = browser.script("return document.getElementById('latency-h').parentElement.innerText;").await;
        let latency = latency.as_str().unwrap_or("");
        assert!(latency.contains(" ms") || latency.contains(" s\n") || latency.contains(" s\t"), "{latency}");
        check(&browser, "dashboard").await;
        browser.quit().await;
    }
    for (page, found) in &report {
        eprintln!("axe {page}: {} violations", found.len());
    }
    let violations: Vec<&String> = report.iter().flat_map(|(_, v)| v).collect();
    assert!(violations.is_empty(), "axe-core found violations: {violations:#?}");
    eprintln!("screenshots in {}", out.display());
}
