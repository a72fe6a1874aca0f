//! mp-golive tells a Mercado Pago merchant's developer whether their integration is ready
//! to take real payments, and fails the CI build when it is not.
//!
//! The binary is a thin shell over [`commands::run`]. The pieces: [`config`] layers and
//! validates the inputs, [`checks`] holds one file per go-live requirement, [`api`] is the
//! one authenticated Mercado Pago client, [`runner`] runs the checks concurrently into a
//! [`report::Report`], and [`render`] writes it in each output format.

pub mod api;
pub mod checks;
pub mod cli;
pub mod commands;
pub mod config;
pub mod date;
pub mod describe;
pub mod i18n;
pub mod mcp;
pub mod net;
pub mod render;
pub mod report;
pub mod runner;
pub mod secret;
pub mod suggest;
pub mod webhook;
