//! Servers the tests start on loopback: a fake Mercado Pago API, raw TCP servers, TLS
//! servers, notification receivers and TCP proxies (delay, gate) in front of them.

pub mod fake_api;
pub mod fake_mcp;
pub mod raw_tcp;
pub mod receiver;
pub mod tcp_proxy;
pub mod tls_server;
