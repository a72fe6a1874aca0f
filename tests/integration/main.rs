//! The one integration test binary: the real `mp-golive` binary against servers the tests
//! start on loopback. No test reaches the internet.

mod common;
mod support;

mod action;
mod api_client;
mod bench;
mod checkout_page;
mod checkout_security;
mod checkout_tls;
mod cli;
mod codes;
mod config;
mod credentials;
mod formats;
mod hostile;
mod in_process;
mod lang_accounts;
mod lang_checkout;
mod lang_notifications;
mod lang_payments;
mod languages;
mod malformed_token;
mod notifications;
mod official;
mod order_notifications;
mod orders;
mod payment_approval;
mod payment_quality;
mod pins;
mod pix_key;
mod reports;
mod secrets;
mod signals;
mod source_secrets;
mod unverified;
mod webhook_send;
