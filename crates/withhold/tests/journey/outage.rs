use crate::helpers::{Backend, Options, spawn_app_with};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// PostgreSQL goes away under load (every connection cut, new ones refused) and comes back:
/// requests meanwhile get a 503 with a clear body, `/readyz` says so, the form keeps what was
/// typed, and the same server process recovers on its own.
pub async fn database_restart_under_load_gives_503_then_recovers(backend: Backend) {
    let app = spawn_app_with(backend, Options { database_through_proxy: true, ..Options::default() }).await;
    let proxy = app.proxy.clone().unwrap();
    let responses: Arc<Mutex<Vec<(StatusCode, Value)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let mut load = Vec::new();
    for worker in 0..8 {
        let (responses, stop, client, address) =
            (responses.clone(), stop.clone(), app.client.clone(), app.address.clone());
        load.push(tokio::spawn(async move {
            for n in 0.. {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                let email = format!("outage.{worker}.{n}@example.org");
                let response = client
                    .post(format!("{address}/api/v1/objections"))
                    .json(&json!({ "country": "DE", "email": email, "impact": "My posts." }))
                    .send()
                    .await
                    .expect("the web server itself stays up");
                let status = response.status();
                let body = response.json::<Value>().await.unwrap_or(Value::Null);
                responses.lock().unwrap().push((status, body));
            }
        }));
    }
    let count = |status: StatusCode| responses.lock().unwrap().iter().filter(|(s, _)| *s == status).count();
    // The guards below only stop a broken test from hanging.
    let wait_until = |what: &'static str, done: Box<dyn Fn() -> bool + Send>| async move {
        for _ in 0..600 {
            if done() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("gave up waiting until {what}");
    };
    let accepted_before = {
        let r = responses.clone();
        wait_until(
            "submissions succeed",
            Box::new(move || r.lock().unwrap().iter().filter(|(s, _)| *s == StatusCode::ACCEPTED).count() >= 20),
        )
        .await;
        count(StatusCode::ACCEPTED)
    };

    proxy.go_down();
    let mut ready = app.api_get("/readyz").await;
    for _ in 0..600 {
        if ready.0 == StatusCode::SERVICE_UNAVAILABLE {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        ready = app.api_get("/readyz").await;
    }
    assert_eq!(ready.0, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(ready.1, json!({ "status": "unavailable", "database": "unreachable" }));
    {
        let r = responses.clone();
        wait_until(
            "submissions get 503",
            Box::new(move || {
                r.lock().unwrap().iter().filter(|(s, _)| *s == StatusCode::SERVICE_UNAVAILABLE).count() >= 5
            }),
        )
        .await;
    }
    // Someone using the form meanwhile keeps every word.
    let page = app.submit_form("FR", "during.outage@example.org", "Words typed during the outage", "More words").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    for kept in ["during.outage@example.org", "Words typed during the outage", "More words", "briefly unavailable"] {
        assert!(page.html.contains(kept), "the form lost {kept:?}");
    }

    // A page that needs the database says so, in the person's language, with a way back.
    let id = withhold_core::ObjectionId::new_random();
    let r = app
        .client
        .get(format!("{}/objections/{id}?token=t", app.address))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("<html lang=\"es\">") && html.contains("Ahora mismo no podemos atender solicitudes"),
        "{html}"
    );
    assert!(html.contains("href=\"/\""));

    proxy.come_back();
    for _ in 0..600 {
        if app.api_get("/readyz").await.0 == StatusCode::OK {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.api_get("/readyz").await.0, StatusCode::OK, "the server did not recover");
    {
        let r = responses.clone();
        wait_until(
            "submissions succeed again",
            Box::new(move || {
                r.lock().unwrap().iter().filter(|(s, _)| *s == StatusCode::ACCEPTED).count() >= accepted_before + 20
            }),
        )
        .await;
    }
    stop.store(true, Ordering::SeqCst);
    for worker in load {
        worker.await.unwrap();
    }
    let page = app.submit_form("FR", "during.outage@example.org", "Words typed during the outage", "More words").await;
    assert!(page.url.contains("/confirm"), "the form works again");

    let responses = responses.lock().unwrap().clone();
    let mut accepted_ids = Vec::new();
    for (status, body) in &responses {
        match *status {
            StatusCode::ACCEPTED => accepted_ids.push(body["id"].as_str().unwrap().to_owned()),
            StatusCode::SERVICE_UNAVAILABLE => {
                assert_eq!(body["error"], "unavailable", "{body}");
                assert_eq!(
                    body["message"], "The database is briefly unavailable; nothing was saved. Retry later.",
                    "a clear message, no internals: {body}"
                );
            }
            other => panic!("during the outage a request got {other}: {body}"),
        }
    }
    // Every acknowledged submission is stored.
    for id in &accepted_ids {
        assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM objections WHERE id = '{id}'")).await, 1, "{id} lost");
    }
    eprintln!(
        "outage test: {} accepted, {} answered 503 while the database was away",
        accepted_ids.len(),
        count_503(&responses)
    );
}

fn count_503(responses: &[(StatusCode, Value)]) -> usize {
    responses.iter().filter(|(s, _)| *s == StatusCode::SERVICE_UNAVAILABLE).count()
}
