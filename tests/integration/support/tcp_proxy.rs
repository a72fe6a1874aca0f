//! TCP proxies in front of a loopback server, for what the server itself cannot show:
//! [`delayed`] gives every connection a network's round-trip time (so TCP and TLS
//! handshakes cost what they cost on the internet, which loopback makes free), and
//! [`gate`] holds every new connection until `n` are open at once (to prove connections are
//! opened concurrently, by count and not by timing).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, mpsc};
use tokio::time::Instant;

/// Starts a proxy on 127.0.0.1 to `upstream` that behaves like a network with round-trip
/// time `rtt`: each chunk reaches the other side `rtt / 2` after it was sent, and the first
/// bytes of a connection one more `rtt` after the connection was accepted (the SYN / SYN-ACK
/// exchange a real connect waits for, which loopback answers at once). Order is kept in
/// each direction. Returns the proxy's port.
pub async fn delayed(upstream: SocketAddr, rtt: Duration) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let port = listener.local_addr().expect("local addr").port();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let accepted = Instant::now();
            tokio::spawn(async move {
                let Ok(server) = TcpStream::connect(upstream).await else {
                    return;
                };
                let _ = client.set_nodelay(true);
                let _ = server.set_nodelay(true);
                let (cr, cw) = client.into_split();
                let (sr, sw) = server.into_split();
                let half = rtt / 2;
                // Bytes the client sends before its connect would have completed arrive
                // no earlier than one round trip plus the one-way delay.
                let up = pump(cr, sw, half, Some(accepted + rtt + half));
                let down = pump(sr, cw, half, None);
                let _ = tokio::join!(up, down);
            });
        }
    });
    port
}

/// Copies `from` to `to`, each chunk delivered `delay` after it was read (and not before
/// `not_before`); the end of the stream is passed on the same way.
async fn pump<R, W>(mut from: R, mut to: W, delay: Duration, not_before: Option<Instant>)
where
    R: AsyncRead + Unpin + Send + 'static,
    W: AsyncWrite + Unpin + Send + 'static,
{
    let (tx, mut rx) = mpsc::unbounded_channel::<(Instant, Option<Vec<u8>>)>();
    let at = move || {
        let due = Instant::now() + delay;
        not_before.map_or(due, |nb| due.max(nb))
    };
    let reader = async move {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            match from.read(&mut buf).await {
                Ok(0) | Err(_) => {
                    let _ = tx.send((at(), None));
                    return;
                }
                Ok(n) => {
                    if tx.send((at(), Some(buf[..n].to_vec()))).is_err() {
                        return;
                    }
                }
            }
        }
    };
    let writer = async move {
        while let Some((due, chunk)) = rx.recv().await {
            tokio::time::sleep_until(due).await;
            match chunk {
                Some(bytes) => {
                    if to.write_all(&bytes).await.is_err() {
                        return;
                    }
                }
                None => {
                    let _ = to.shutdown().await;
                    return;
                }
            }
        }
    };
    tokio::join!(reader, writer);
}

/// Starts a proxy on 127.0.0.1 to `upstream` that holds each new connection (reads and
/// forwards nothing) until `n` connections are open at the same time, or `patience` passes;
/// then it passes bytes through unchanged. Once `n` were open together the gate stays open,
/// so later connections (a follow-up request) pass at once. Returns the port and the
/// highest number of connections seen open at once.
pub async fn gate(upstream: SocketAddr, n: usize, patience: Duration) -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let port = listener.local_addr().expect("local addr").port();
    let open = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let released = Arc::new(Notify::new());
    let opened = Arc::new(AtomicBool::new(false));
    let top = peak.clone();
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let (open, top, released, opened) =
                (open.clone(), top.clone(), released.clone(), opened.clone());
            tokio::spawn(async move {
                // Registered before counting, so the last arrival's notify cannot be missed.
                let notified = released.notified();
                tokio::pin!(notified);
                notified.as_mut().enable();
                let now = open.fetch_add(1, Ordering::SeqCst) + 1;
                top.fetch_max(now, Ordering::SeqCst);
                if now >= n {
                    opened.store(true, Ordering::SeqCst);
                    released.notify_waiters();
                } else if !opened.load(Ordering::SeqCst) {
                    let _ = tokio::time::timeout(patience, notified).await;
                }
                if let Ok(mut server) = TcpStream::connect(upstream).await {
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                }
                open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    (port, peak)
}
