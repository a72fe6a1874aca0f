//! Servers the tests start on loopback: a fake Mercado Pago API and raw TCP servers.

pub mod fake_api;
pub mod raw_tcp;
pub mod tls_server;
