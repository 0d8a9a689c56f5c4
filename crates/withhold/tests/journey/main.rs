//! The objection journey, driven over HTTP against the real server, with a real SMTP
//! conversation, on SQLite and on PostgreSQL. Every test below runs once per backend.

mod admin;
mod api;
mod audit;
mod browser;
mod code;
mod console;
mod crash;
mod enforce;
mod helpers;
mod injection;
mod integration;
mod journey;
mod languages;
mod limits;
mod mail;
mod notify;
mod operator;
mod outage;
mod privacy;
mod proxy;
mod retention;
mod security;
mod smtp;
mod validation;

/// Generates a `sqlite::NAME` and a `postgres::NAME` test for each async `fn NAME(Backend)`.
macro_rules! on_both_backends {
    ($($module:ident :: $name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    crate::$module::$name(crate::helpers::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(backend) = crate::helpers::Backend::postgres() {
                        crate::$module::$name(backend).await
                    }
                }
            )*
        }
    };
}

on_both_backends!(
    journey::notice_explains_and_links_to_the_form,
    journey::language_follows_the_link_the_switcher_and_the_browser,
    journey::happy_path_from_form_to_honored_decision_email,
    journey::withdrawal_is_confirmed_by_email,
    journey::repeat_request_is_folded_into_the_objection_in_effect,
    journey::unavailable_country_says_where_the_form_is_available,
    journey::policy_can_require_a_statement_and_send_to_a_person,
    validation::every_field_error_is_shown_at_its_field_and_input_is_kept,
    validation::csrf_token_is_required_and_text_is_kept,
    validation::oversized_bodies_are_refused,
    validation::markup_in_fields_comes_back_escaped,
    injection::injection_payloads_in_every_field_come_out_inert,
    code::five_wrong_codes_close_the_request,
    code::expired_code_is_replaced_by_a_resend,
    code::resends_are_limited_to_three_an_hour,
    code::unconfirmed_requests_expire,
    code::verified_objections_left_undecided_are_decided_by_the_reviewer,
    api::api_journey_submit_verify_status_withdraw,
    api::api_validation_errors_are_listed_per_field,
    api::api_resend_is_limited,
    api::api_never_reveals_an_existing_objection,
    api::openapi_health_readiness_and_security_headers,
    mail::temporary_smtp_failures_are_retried_until_delivered,
    mail::mail_goes_out_once_the_smtp_server_is_back,
    mail::permanent_failures_become_visible_dead_letters,
    mail::messages_become_dead_letters_after_the_maximum_attempts,
    limits::slow_clients_are_cut_off,
    limits::rate_limits_answer_429_with_retry_after_and_keep_the_text,
    retention::unconfirmed_requests_are_purged_after_retention_and_decided_ones_kept,
    privacy::logs_never_contain_personal_data,
    crash::kill_nine_under_load_loses_nothing,
    enforce::objections_reach_every_account_of_the_mailbox_in_exports_and_filters,
    audit::audit_log_is_a_hash_chain_that_shows_tampering,
    audit::decision_emails_carry_a_receipt_anyone_can_check,
    integration::integration_api_checks_subjects_and_refuses_without_the_right_token,
    admin::staff_sign_in_with_delays_and_the_review_queue,
    console::console_decides_extends_searches_and_exports_the_audit_log,
    console::decisions_and_withdrawals_reach_webhooks_signed_and_retried,
    console::staff_sign_in_is_limited_per_ip,
    notify::notice_campaign_reaches_each_account_once_with_a_personal_link,
    notify::objection_through_a_personal_link_is_bound_to_its_account,
    languages::a_german_objector_reads_the_legal_basis_in_german,
    languages::notices_go_in_the_accounts_language_else_the_countrys,
    operator::notify_tells_only_who_should_be_told,
    operator::registry_over_the_api_is_the_export_byte_for_byte,
    operator::dead_letters_of_both_queues_are_listed_and_requeued,
    operator::operators_look_up_requests_and_staff_at_the_terminal,
    operator::commands_refuse_an_uninitialized_database_and_another_key,
    operator::redaction_from_a_registry_file_needs_its_handles,
    security::a_link_from_before_the_owner_confirmed_opens_nothing,
    security::failed_sign_ins_slow_the_attacker_not_the_owner,
    security::wrong_codes_are_capped_across_resends,
    security::asking_again_never_mails_a_mailbox_beyond_its_pace,
    security::csrf_nonces_are_host_bound_session_bound_and_rotated,
    security::reviewers_see_request_history_and_json_endpoints_refuse_other_bodies,
);

/// What does not depend on the database runs once, on SQLite.
mod web_only {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_servers_files_are_private() {
        crate::operator::the_servers_files_are_private().await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn bodies_are_refused_before_they_are_read_and_connections_are_capped() {
        crate::security::bodies_are_refused_before_they_are_read_and_connections_are_capped().await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn trickled_bodies_are_cut_off() {
        crate::security::trickled_bodies_are_cut_off(crate::helpers::Backend::Sqlite).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn unknown_and_existing_names_are_answered_alike() {
        crate::security::unknown_and_existing_names_are_answered_alike(crate::helpers::Backend::Sqlite).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn links_never_point_where_the_request_path_says() {
        crate::security::links_never_point_where_the_request_path_says(crate::helpers::Backend::Sqlite).await
    }
}

/// The browser journey drives one backend: what it checks is the pages, which do not differ.
mod browser_only {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_console_in_a_real_browser_passes_axe() {
        crate::browser::the_console_in_a_real_browser_passes_axe(crate::helpers::Backend::Sqlite).await
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_journey_in_a_real_browser_in_four_languages_passes_axe() {
        crate::browser::the_journey_in_a_real_browser_in_four_languages_passes_axe(crate::helpers::Backend::Sqlite)
            .await
    }
}

/// A database server that restarts exists only for PostgreSQL (SQLite is a file in-process).
mod postgres_only {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn database_restart_under_load_gives_503_then_recovers() {
        if let Some(backend) = crate::helpers::Backend::postgres() {
            crate::outage::database_restart_under_load_gives_503_then_recovers(backend).await
        }
    }
}
