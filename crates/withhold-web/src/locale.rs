//! Which language a page is in: the link's `?lang=` (a notice link names the person's language;
//! the switcher's links do too), else the language chosen before (a cookie the switcher sets),
//! else the browser's `Accept-Language`, else English.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Uri, header};
use axum::middleware::Next;
use axum::response::Response;
use withhold_core::Locale;
use withhold_i18n::Tr;

const COOKIE: &str = "withhold_lang";

/// One entry of the language switcher.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// What every page needs beyond its own content: the translator, and what the switcher needs
/// (its links are made only when a page is rendered, not for every API call).
#[derive(Debug, Clone)]
pub struct Chrome {
    pub tr: Tr,
    uri: Uri,
    /// On a page with a form someone may have typed into, the switcher's entries are buttons
    /// that send the form along (to this path, with `switch_language`), so nothing typed is lost.
    pub keep_form: Option<&'static str>,
}

impl Chrome {
    /// The switcher's entries: this page in each language.
    pub fn languages(&self) -> Vec<LanguageLink> {
        switcher(&self.uri, self.tr.locale())
    }

    /// The page's language, named in itself (the switcher's summary).
    pub fn current_language(&self) -> &'static str {
        self.tr.locale().native_name()
    }

    /// This page's switcher re-sends its form (`id="main-form"`) to `action` instead of leaving it.
    pub fn keeping_form(mut self, action: &'static str) -> Chrome {
        self.keep_form = Some(action);
        self
    }
}

impl Chrome {
    /// For responses made before any request was read (a rejected body, say).
    pub fn plain(tr: Tr) -> Chrome {
        Chrome { tr, uri: Uri::from_static("/"), keep_form: None }
    }
}

fn query_lang(uri: &Uri) -> Option<Locale> {
    uri.query()?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| value.parse().ok())
}

/// Links to the same page in each language: the query is kept (a status page's token with
/// it), only `lang` changes. The links are relative (`?…`): a path taken from the request could
/// point elsewhere (`GET //evil.example/` would make `//evil.example/?lang=en`), while a
/// query-only reference always stays on the page the browser is on.
fn switcher(uri: &Uri, current: Locale) -> Vec<LanguageLink> {
    let kept: Vec<&str> =
        uri.query().unwrap_or("").split('&').filter(|pair| !pair.is_empty() && !pair.starts_with("lang=")).collect();
    Locale::ALL
        .into_iter()
        .map(|locale| {
            let mut query = kept.clone();
            let lang = format!("lang={}", locale.tag());
            query.push(&lang);
            LanguageLink {
                tag: locale.tag(),
                name: locale.native_name(),
                href: format!("?{}", query.join("&")),
                current: locale == current,
            }
        })
        .collect()
}

pub async fn choose(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let from_link = query_lang(request.uri());
    let locale = from_link
        .or_else(|| crate::csrf::cookie_value(request.headers(), COOKIE, 8).and_then(|v| v.parse().ok()))
        .or_else(|| {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default();
    let tr = Tr::new(locale);
    let uri = request.uri().clone();
    request.extensions_mut().insert(Chrome { tr, uri, keep_form: None });
    let mut response = next.run(request).await;
    if let Some(failed) = response.extensions().get::<crate::error::FailedPage>().copied() {
        *response.body_mut() = axum::body::Body::from(failed.html(tr));
        response.headers_mut().remove(header::CONTENT_LENGTH);
    }
    // The language stays chosen for the pages that follow (the form's POST, the code page).
    if let Some(locale) = from_link {
        let secure = if state.site().secure_cookies { "; Secure" } else { "" };
        let cookie = format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}", locale.tag());
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switcher_keeps_the_query_and_replaces_lang() {
        let uri: Uri = "/objections/abc?token=t0k&lang=fr&notice=confirmed".parse().unwrap();
        let links = switcher(&uri, Locale::Fr);
        let german = links.iter().find(|l| l.tag == "de").unwrap();
        assert_eq!(german.href, "?token=t0k&notice=confirmed&lang=de");
        let elsewhere = switcher(&"//evil.example/".parse().unwrap(), Locale::En);
        assert!(elsewhere.iter().all(|l| l.href.starts_with("?lang=")), "{elsewhere:?}");
        assert!(links.iter().find(|l| l.tag == "fr").unwrap().current);
        assert_eq!(query_lang(&uri), Some(Locale::Fr));
        assert_eq!(query_lang(&"/?lang=xx".parse().unwrap()), None);
    }
}
