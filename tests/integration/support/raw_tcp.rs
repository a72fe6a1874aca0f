//! Hand-rolled loopback servers for what wiremock cannot model: a server that accepts and
//! never answers, one that sends garbage or resets, a gate that holds every answer until
//! N requests are in flight at once (to prove requests are concurrent without timing), and
//! a scripted server that answers or hangs per request and logs what it received.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// A running raw server; the task stops with the test's runtime.
pub struct RawServer {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// Notified on each accepted connection.
    pub on_accept: Arc<Notify>,
}

/// What the server does with each connection.
#[derive(Clone)]
pub enum Behaviour {
    /// Reads the request and never answers.
    Hang,
    /// Answers these exact bytes, then closes.
    Bytes(Vec<u8>),
    /// Writes these bytes as soon as the connection opens, without reading (a server that
    /// is not speaking the client's protocol).
    Immediate(Vec<u8>),
    /// Reads the request and resets the connection (RST, not FIN).
    Reset,
}

/// Starts a server with `behaviour` on 127.0.0.1, on a port the OS picks.
pub async fn start(behaviour: Behaviour) -> RawServer {
    start_on("127.0.0.1", behaviour).await
}

/// [`start`] on another loopback address (127.0.0.2...).
pub async fn start_on(ip: &str, behaviour: Behaviour) -> RawServer {
    let listener = TcpListener::bind((ip, 0)).await.expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("local addr"));
    let on_accept = Arc::new(Notify::new());
    let notify = on_accept.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            notify.notify_waiters();
            let behaviour = behaviour.clone();
            tokio::spawn(async move {
                if let Behaviour::Immediate(bytes) = &behaviour {
                    let _ = stream.write_all(bytes).await;
                    let _ = stream.shutdown().await;
                    return;
                }
                let _ = read_head(&mut stream).await;
                match behaviour {
                    Behaviour::Immediate(_) => {}
                    Behaviour::Reset => {
                        // Closing with SO_LINGER 0 sends RST instead of FIN.
                        let _ = stream.set_zero_linger();
                        drop(stream);
                    }
                    Behaviour::Hang => {
                        tokio::time::sleep(Duration::from_secs(3600)).await;
                    }
                    Behaviour::Bytes(bytes) => {
                        let _ = stream.write_all(&bytes).await;
                        let _ = stream.shutdown().await;
                    }
                }
            });
        }
    });
    RawServer { url, on_accept }
}

/// Reads up to the end of the request head; returns the request line.
pub async fn read_head(stream: &mut TcpStream) -> std::io::Result<String> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 64 * 1024 {
        let n = stream.read(&mut byte).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&byte[..n]);
    }
    let text = String::from_utf8_lossy(&buf);
    Ok(text.lines().next().unwrap_or("").to_owned())
}

/// An HTTP/1.1 answer with a JSON body.
pub fn json_response(status: u16, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A server that holds every answer until `n` requests are open at the same time (or
/// `patience` passes), then answers each with `respond(request_line)`. Returns the server
/// and the highest number of requests seen in flight at once.
pub async fn gate(
    n: usize,
    patience: Duration,
    respond: fn(&str) -> Vec<u8>,
) -> (RawServer, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("local addr"));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let open = Arc::new(Notify::new());
    let on_accept = Arc::new(Notify::new());
    let (flight, top, gate_open) = (in_flight.clone(), peak.clone(), open.clone());
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let (flight, top, gate_open) = (flight.clone(), top.clone(), gate_open.clone());
            tokio::spawn(async move {
                let Ok(line) = read_head(&mut stream).await else {
                    return;
                };
                // Registered before counting, so the last arrival's notify cannot be missed.
                let notified = gate_open.notified();
                tokio::pin!(notified);
                notified.as_mut().enable();
                let now = flight.fetch_add(1, Ordering::SeqCst) + 1;
                top.fetch_max(now, Ordering::SeqCst);
                if now >= n {
                    gate_open.notify_waiters();
                } else {
                    let _ = tokio::time::timeout(patience, notified).await;
                }
                let _ = stream.write_all(&respond(&line)).await;
                let _ = stream.shutdown().await;
                flight.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    (RawServer { url, on_accept }, peak)
}

/// A server that answers each request with `respond(request_line, earlier)`, `earlier`
/// being how many requests with the same request line came before; `None` reads the
/// request and never answers. Returns the server and the request lines received, in order.
pub async fn scripted(
    respond: fn(&str, usize) -> Option<Vec<u8>>,
) -> (RawServer, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("local addr"));
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let on_accept = Arc::new(Notify::new());
    let (seen, notify) = (log.clone(), on_accept.clone());
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            notify.notify_waiters();
            let seen = seen.clone();
            tokio::spawn(async move {
                let Ok(line) = read_head(&mut stream).await else {
                    return;
                };
                let earlier = {
                    let mut seen = seen.lock().unwrap();
                    let n = seen.iter().filter(|l| **l == line).count();
                    seen.push(line.clone());
                    n
                };
                match respond(&line, earlier) {
                    Some(bytes) => {
                        let _ = stream.write_all(&bytes).await;
                        let _ = stream.shutdown().await;
                    }
                    None => tokio::time::sleep(Duration::from_secs(3600)).await,
                }
            });
        }
    });
    (RawServer { url, on_accept }, log)
}

/// A server that answers each request with `respond(request_line)` at once, except the
/// request whose line contains `held`: that one is answered only once a request whose line
/// contains `release` has arrived (or `patience` passed). Returns the server and whether
/// `release` arrived while `held` was waiting for its answer: proof, by order and not by
/// timing, that the client did not wait for `held`'s answer before asking `release`.
pub async fn held_until(
    held: &'static str,
    release: &'static str,
    patience: Duration,
    respond: fn(&str) -> Vec<u8>,
) -> (RawServer, Arc<std::sync::atomic::AtomicBool>) {
    use std::sync::atomic::AtomicBool;
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("local addr"));
    let overlapped = Arc::new(AtomicBool::new(false));
    let waiting = Arc::new(AtomicBool::new(false));
    let arrived = Arc::new(Notify::new());
    let on_accept = Arc::new(Notify::new());
    let flag = overlapped.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let (flag, waiting, arrived) = (flag.clone(), waiting.clone(), arrived.clone());
            tokio::spawn(async move {
                let Ok(line) = read_head(&mut stream).await else {
                    return;
                };
                if line.contains(held) {
                    let notified = arrived.notified();
                    tokio::pin!(notified);
                    notified.as_mut().enable();
                    waiting.store(true, Ordering::SeqCst);
                    let _ = tokio::time::timeout(patience, notified).await;
                    waiting.store(false, Ordering::SeqCst);
                } else if line.contains(release) {
                    if waiting.load(Ordering::SeqCst) {
                        flag.store(true, Ordering::SeqCst);
                    }
                    arrived.notify_waiters();
                }
                let _ = stream.write_all(&respond(&line)).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    (RawServer { url, on_accept }, overlapped)
}
