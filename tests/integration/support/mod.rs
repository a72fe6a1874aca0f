//! Servers the tests start on loopback: a fake Mercado Pago API, raw TCP servers, TLS
//! servers and notification receivers.

pub mod fake_api;
pub mod raw_tcp;
pub mod receiver;
pub mod tls_server;
