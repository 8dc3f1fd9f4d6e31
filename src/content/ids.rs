//! The one place that turns content ids into Fluent message ids, so the
//! loader, the resolver, the checks and `locale new` always agree.

pub fn edition_title(edition: &str) -> String {
    format!("{edition}-title")
}

pub fn edition_description(edition: &str) -> String {
    format!("{edition}-description")
}

pub fn page_title(edition: &str, page: &str) -> String {
    format!("{edition}-{page}-title")
}

/// A short label for a page, e.g. "Outcome 1" (optional message).
pub fn page_label(edition: &str, page: &str) -> String {
    format!("{edition}-{page}-label")
}

pub fn block(edition: &str, page: &str, block: &str) -> String {
    format!("{edition}-{page}-{block}")
}

pub fn item(edition: &str, page: &str, block: &str, item: &str) -> String {
    format!("{edition}-{page}-{block}-{item}")
}

pub fn picture_alt(picture: &str) -> String {
    format!("picture-{picture}-alt")
}

/// Whether `id` is a valid content id: lowercase ASCII letters, digits and
/// single hyphens, so every derived message id is a valid Fluent id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
